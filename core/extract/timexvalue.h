// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QString>

namespace factline::extract {

// The calendar days a TIMEX3 date value covers, and how fine it is: "2024-03-22" is one
// day, "2024-W13" Monday 25 to Sunday 31 March 2024, "2007" a whole year, "199" the
// 1990s. Values that name no calendar range (durations, sets, PAST_REF, "XXXX-03-22")
// give an invalid range. Events and the timeline draw uncertain dates as these ranges.
struct DateRange {
    QDate start;
    QDate end;            // inclusive
    QString granularity;  // "day", "week", "weekend", "month", "quarter", "season", "half", "year", "decade", "century"

    bool isValid() const { return start.isValid() && end.isValid(); }
};

DateRange calendarRange(const QString &timexValue);

// A person's reading of a range: "Fri 22 Mar 2024", "week of 25 Mar 2024", "March 2024", "2007", "the 1990s".
QString describeRange(const DateRange &range);

} // namespace factline::extract
