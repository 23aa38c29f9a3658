// SPDX-License-Identifier: MIT
#pragma once

#include "reportdata.h"

namespace factline::report {

// The events in scope as TimelineJS 3 JSON (https://timeline.knightlab.com/docs/json-format.html):
// a title slide and one slide per event with start_date, end_date for ranges, headline,
// text and a group per lane. TimelineJS renders headline and text as HTML, so both are
// escaped here: an article's words cannot become markup on the web page.
QByteArray timelineJsJson(const ReportData &data);

} // namespace factline::report
