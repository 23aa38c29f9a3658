// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>
#include <QTextStream>

namespace factline::cli {

// factline-cli: the same jobs as the desktop program, without a window. `arguments`
// excludes the program name. Results go to `out`, one-line reasons for failure to `err`;
// the return value is the process exit status (0 success, 1 failure, 2 usage error).
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace factline::cli
