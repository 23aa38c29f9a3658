// SPDX-License-Identifier: MIT
#pragma once
// Runs the real factline-cli binary, as a script would (core tests only: the path is
// defined for them).

#include <QProcess>
#include <QString>
#include <QStringList>

namespace factline::test {

struct Run {
    int status = -1;
    QString out;
    QString err;
};

inline Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(FACTLINE_CLI_PATH), args);
    p.waitForFinished(120000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace factline::test
