// SPDX-License-Identifier: MIT
#include "cli/cli.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("factline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FACTLINE_VERSION));
    // Devices rather than FILE*: large JSON goes to stdout as bytes, without a detour.
    QFile stdoutFile;
    QFile stderrFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    stderrFile.open(stderr, QIODevice::WriteOnly);
    QTextStream out(&stdoutFile);
    QTextStream err(&stderrFile);
    const int status = factline::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
