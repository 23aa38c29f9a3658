// SPDX-License-Identifier: MIT
#pragma once

#include "report/reportdata.h"
#include "smallproject.h"
#include "testsupport.h"

#include <QJsonDocument>

namespace factline::test {

// The small project and its report content, gathered at a fixed time so that outputs
// compare byte for byte with the golden files.
struct SmallReport {
    Scratch dir;
    SmallProject s = buildSmallProject(dir.path(QStringLiteral("small.factline")));
    ProjectSnapshot snapshot;
    report::ReportData data;

    explicit SmallReport(report::Scope scope = {});
    static QDateTime when() { return QDateTime(QDate(2024, 4, 2), QTime(8, 30), Qt::UTC); }
};

// tests/golden/report/NAME. A mismatch writes the output beside it as NAME.actual for
// diffing (never over the golden file).
QString goldenPath(const QString &name);
void checkGolden(const QString &name, const QByteArray &actual);

// Parses JSON output, failing the test with the parser's message.
QJsonDocument parseJson(const QByteArray &bytes);

} // namespace factline::test
