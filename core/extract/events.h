// SPDX-License-Identifier: MIT
#pragma once

#include "extract/actors.h"
#include "extract/attribution.h"
#include "extract/timex.h"
#include "extract/timexvalue.h"

namespace factline::extract {

// A dated happening: "Blinken leaves the Middle East" on Fri 22 Mar 2024, "talks in
// Washington" in the week of 25 Mar 2024. A statement with its own date ("health
// officials said Friday …") is an event too: when something was said is on the timeline.
struct Event {
    TextSpan anchor;         // the words it came from: the clause around the date
    QString title;           // a short title made from those words
    QString dateValue;       // TIMEX3 value
    DateRange range;         // the calendar days it covers
    int timex = -1;          // index of the temporal expression that dates it
    int attribution = -1;    // for a statement, the attribution it dates
    QStringList actors;      // canonical names of the actors named in the anchor
    double confidence = 0.5;
};

// Makes events from the dated temporal expressions. Mentions of one happening (the same
// week's talks, "the Oct. 7 attack" twice) become one event, anchored in the body rather
// than the headline. Durations, sets, vague references (PAST_REF) and unresolved dates
// make no event.
QList<Event> findEvents(QStringView text, const QList<Sentence> &sentences, const QList<Timex> &timexes,
                        const QList<Attribution> &attributions, const QList<Actor> &actors);

} // namespace factline::extract
