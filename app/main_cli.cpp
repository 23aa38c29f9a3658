// SPDX-License-Identifier: MIT
#include "cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("factline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FACTLINE_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int status = factline::cli::run(app.arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return status;
}
