// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace factline::cli {

// One subcommand: its name, a line for the help, and the function that runs it
// (`arguments` starts with the command's own name).
struct Command {
    const char *name;
    const char *summary; // translated in the "factline" context
    int (*run)(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

// factline-cli: the same jobs as the desktop program, without a window. `arguments`
// excludes the program name. Results go to `out`, one-line reasons for failure to `err`;
// the return value is the process exit status (0 success, 1 failure, 2 usage error).
// `more` adds commands from libraries that build on the core (reports, see
// report/reportcommands.h): the core cannot link them, the program can.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err, const QList<Command> &more = {});

} // namespace factline::cli
