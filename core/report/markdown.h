// SPDX-License-Identifier: MIT
#pragma once

#include "reportdata.h"

namespace factline::report {

// The readable report as CommonMark (with GitHub-style tables) for wikis and notes. The
// timeline is a table of events, not a picture. Article text is escaped so that no
// wiki renders it as markup or HTML.
QString markdownReport(const ReportData &data);

} // namespace factline::report
