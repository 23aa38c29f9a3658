// SPDX-License-Identifier: MIT
#pragma once

#include "reportdata.h"

#include <QStringList>

namespace factline::report {

// The readable report as one self-contained HTML file: styles inline, no scripts, no
// fonts or images from elsewhere (a Content-Security-Policy says so to the browser too),
// printable. Every piece of article text and every note is escaped (notetext.h).
QString htmlReport(const ReportData &data);

// The same content for Qt's rich-text engine (the PDF writer): tables instead of CSS
// layout, the timeline as the image resource `timelineImage` instead of inline SVG. In
// parts, each to start on a new page, with at most `claimsPerPart` claims in each.
QStringList richTextReport(const ReportData &data, const QString &timelineImage, int claimsPerPart = 40);

} // namespace factline::report
