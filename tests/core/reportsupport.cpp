// SPDX-License-Identifier: MIT
#include "reportsupport.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace factline::test {

using namespace Qt::StringLiterals;

SmallReport::SmallReport(report::Scope scope)
{
    auto read = store::readSnapshot(*s.project);
    REQUIRE(read.ok());
    snapshot = *read;
    report::GatherOptions options;
    options.title = u"Gaza casualty figures"_s;
    options.scope = std::move(scope);
    options.now = when();
    data = report::gather(snapshot, options);
    data.programVersion = u"0.1.0"_s; // the golden files do not change with each release
}

QString goldenPath(const QString &name)
{
    // The tests folder, found from a path the build gives as absolute.
    const QDir tests(QStringLiteral(FACTLINE_FUZZ_CORPUS "/../.."));
    return QDir::cleanPath(tests.absoluteFilePath(u"golden/report/"_s + name));
}

void checkGolden(const QString &name, const QByteArray &actual)
{
    QFile f(goldenPath(name));
    INFO("golden file " << goldenPath(name).toStdString());
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray expected = f.readAll();
    if (expected != actual) {
        QFile out(goldenPath(name) + u".actual"_s);
        if (out.open(QIODevice::WriteOnly))
            out.write(actual);
    }
    CHECK(expected == actual);
}

QJsonDocument parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    INFO(error.errorString().toStdString());
    REQUIRE_FALSE(doc.isNull());
    return doc;
}

} // namespace factline::test
