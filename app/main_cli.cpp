// SPDX-License-Identifier: MIT
#include "cli/cli.h"
#include "report/reportcommands.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // Reports lay out text (the PDF) and so need Qt Gui, without a screen: the offscreen
    // platform. Every other command stays a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("factline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FACTLINE_VERSION));
    // Devices rather than FILE*: large JSON goes to stdout as bytes, without a detour.
    QFile stdoutFile;
    QFile stderrFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    stderrFile.open(stderr, QIODevice::WriteOnly);
    QTextStream out(&stdoutFile);
    QTextStream err(&stderrFile);
    const int status = factline::cli::run(QCoreApplication::arguments().mid(1), out, err,
                                          factline::report::reportCommands());
    out.flush();
    err.flush();
    return status;
}
