// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace factline::cli {

// One function per subcommand; `arguments` starts with the command's own name.
int runImport(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runList(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runShow(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runExtract(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runSearch(const QStringList &arguments, QTextStream &out, QTextStream &err);
int runSample(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace factline::cli
