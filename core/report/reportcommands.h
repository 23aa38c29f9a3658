// SPDX-License-Identifier: MIT
#pragma once

#include "cli/cli.h"

namespace factline::report {

// factline-cli's report commands, registered by app/main_cli.cpp (the core's dispatcher
// cannot link this library):
//   report --project P --format F [--scope KEY=VALUE …] [--title T] [--table T] --output FILE
//   import-json --project P FILE
QList<cli::Command> reportCommands();

int runReport(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runImportJson(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace factline::report
