// SPDX-License-Identifier: MIT
// The seed article end to end through the command-line tool, scored by the project's
// shared scorer against the hand-made gold annotation, with the thresholds.
#include <catch2/catch.hpp>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

// The F1 printed on the scorer's line that starts with `label`.
double f1Of(const QString &output, const QString &label)
{
    for (const QString &line : output.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(label))
            continue;
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("F1\\s+([0-9.]+)")).match(line);
        if (m.hasMatch())
            return m.captured(1).toDouble();
    }
    return -1;
}

} // namespace

TEST_CASE("seed article: claims, timexes and events against the gold annotation", "[seed][extract]")
{
    const QString scorer = QStringLiteral(FACTLINE_SHARED_DIR "/eval/score.py");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!QFileInfo::exists(scorer) || python.isEmpty()) {
        WARN("skipped: ../shared/eval/score.py or python3 is not here");
        return;
    }
    QProcess p;
    p.start(python, {scorer, QStringLiteral("seed"), QStringLiteral("--cli"), QStringLiteral(FACTLINE_CLI_PATH)});
    REQUIRE(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    INFO(out.toStdString());
    REQUIRE(p.exitCode() == 0);
    CHECK(f1Of(out, QStringLiteral("claims + right source")) >= 90.0);
    CHECK(f1Of(out, QStringLiteral("timex values")) >= 90.0);
    CHECK(f1Of(out, QStringLiteral("events with right date")) >= 80.0);
}

TEST_CASE("seed article: at least 5 of the 6 gold disputes, with at most 12 suggestions", "[seed][disputes]")
{
    const QString scorer = QStringLiteral(FACTLINE_SHARED_DIR "/eval/score.py");
    const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!QFileInfo::exists(scorer) || python.isEmpty()) {
        WARN("skipped: ../shared/eval/score.py or python3 is not here");
        return;
    }
    QProcess p;
    p.start(python, {scorer, QStringLiteral("seed"), QStringLiteral("--cli"), QStringLiteral(FACTLINE_CLI_PATH)});
    REQUIRE(p.waitForFinished(120000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    INFO(out.toStdString());
    // "disputes found  P 85.7  R 100.0  F1 92.3   6/6 gold questions, 7 predicted"
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("disputes found.*?(\\d+)/(\\d+) gold questions, (\\d+) predicted")).match(out);
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1).toInt() >= 5);
    CHECK(m.captured(2).toInt() == 6);
    CHECK(m.captured(3).toInt() <= 12);
}
