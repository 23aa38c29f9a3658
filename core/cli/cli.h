// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QCommandLineParser>
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

// For commands' own parsers: parses a command's options, prints its help (--help) or a
// usage error. Returns -1 to go on, otherwise the exit status.
int parseArguments(QCommandLineParser &parser, const QStringList &arguments, const QString &synopsis,
                   const QString &description, QTextStream &out, QTextStream &err);
// Prints "factline-cli COMMAND: MESSAGE" to `err` and returns 1.
int fail(QTextStream &err, const QString &command, const QString &message);

} // namespace factline::cli
