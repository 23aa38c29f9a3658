// SPDX-License-Identifier: MIT
// Extraction never crashes or hangs, and every span it returns lies inside the text:
// on hostile text written here and on the inputs the fuzzer kept (tests/fuzz/corpus).
#include "extract/contractjson.h"
#include "extract/pipeline.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace factline::extract;

namespace {

void checkSpans(const QString &text, const Extraction &x)
{
    auto inside = [&](const TextSpan &s) { return !s.isValid() || (s.start >= 0 && s.end <= text.size()); };
    for (const Attribution &a : x.attributions) {
        CHECK(inside(a.source));
        CHECK(inside(a.cue));
        CHECK_FALSE(a.content.isEmpty());
        for (const TextSpan &c : a.content)
            CHECK((c.isValid() && inside(c)));
    }
    for (const Timex &t : x.timexes)
        CHECK((t.span.isValid() && inside(t.span)));
    for (const Event &e : x.events)
        CHECK((e.anchor.isValid() && inside(e.anchor)));
    for (const Quantity &q : x.quantities)
        CHECK((q.span.isValid() && inside(q.span)));
    // The JSON of it is well formed whatever the text held.
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(contractJson(text, x), &error);
    INFO(error.errorString().toStdString());
    CHECK(json.object().value(QStringLiteral("schema")).toString() == QStringLiteral("factline.extract/1"));
    CHECK(json.object().value(QStringLiteral("attributions")).toArray().size() == x.attributions.size());
}

} // namespace

TEST_CASE("bad text: empty, huge lines, quote storms, control characters", "[extract][bad-input]")
{
    const QString bad[] = {
        QString(),
        QStringLiteral("\n\n\n"),
        QString(5 * 1024 * 1024, QLatin1Char('a')),                       // one 5 MB line, no spaces
        QStringLiteral("He said ").repeated(200000),                      // cue after cue, nothing said
        QString(100000, QChar(0x201C)),                                    // 100,000 opening quotes
        QStringLiteral("“Unclosed, she said. And then Officials said “more"),
        QStringLiteral("\x01\x02\x03 said \x1b[31m Friday \x7f"),
        QString::fromUtf8("\xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 said \xF0\x9F\x98\x80 Friday"),
    };
    for (const QString &text : bad) {
        INFO("text of length " << text.size());
        checkSpans(text, extract(text, QDate(2024, 3, 24)));
    }
}

TEST_CASE("bad text: the fuzzer's kept inputs", "[extract][bad-input][fuzz]")
{
    QDirIterator it(QStringLiteral(FACTLINE_FUZZ_CORPUS), QDir::Files);
    int n = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        INFO(f.fileName().toStdString());
        checkSpans(text, extract(text, QDate(2024, 3, 24)));
        checkSpans(text, extract(text, QDate()));
        ++n;
    }
    CHECK(n >= 8);
}
