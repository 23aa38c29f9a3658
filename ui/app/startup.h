// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QStringList>

namespace factline {

// Where the sample project lives: the user's data folder (XDG), sample.factline.
QString sampleProjectPath();

// The project to open at start: the one named on the command line, else the most recent
// one that still exists, else the sample project (built on first start).
Result<QString> startupProject(const QStringList &arguments, const QStringList &recentProjects);

} // namespace factline
