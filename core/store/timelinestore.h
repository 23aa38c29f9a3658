// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/timelinedata.h"
#include "util/result.h"

namespace factline {

class Project;

namespace store {

// Reads what the timeline shows from a project: dated events (when they happened), dated
// claims (when they were said), the documents with their publication dates, the sources,
// and which claims are about which event. One forward-only pass per table, dates turned
// into day numbers by SQLite, so a million events load in well under a second.
Result<timeline::TimelineSource> loadTimeline(Project &project);

// Whether the project has so many events that the timeline reads them through its cache
// and in the background (50,000 or more).
bool timelineIsBig(Project &project);

} // namespace store
} // namespace factline
