// SPDX-License-Identifier: MIT
#include "extract/timexvalue.h"

#include <catch2/catch.hpp>

using namespace factline::extract;

TEST_CASE("timex values: each granularity covers the calendar days a reader expects", "[timexvalue]")
{
    const DateRange day = calendarRange(QStringLiteral("2024-03-22"));
    CHECK(day.start == QDate(2024, 3, 22));
    CHECK(day.end == QDate(2024, 3, 22));
    CHECK(describeRange(day) == QStringLiteral("Fri 22 Mar 2024"));

    const DateRange week = calendarRange(QStringLiteral("2024-W13"));
    CHECK(week.granularity == QStringLiteral("week"));
    CHECK(week.start == QDate(2024, 3, 25)); // a Monday
    CHECK(week.end == QDate(2024, 3, 31));
    CHECK(describeRange(week) == QStringLiteral("week of 25 Mar 2024"));

    // ISO week 1 of 2021 starts on 4 January (1 January 2021 was a Friday).
    CHECK(calendarRange(QStringLiteral("2021-W01")).start == QDate(2021, 1, 4));

    const DateRange month = calendarRange(QStringLiteral("2024-02"));
    CHECK(month.end == QDate(2024, 2, 29));
    CHECK(describeRange(month) == QStringLiteral("February 2024"));

    CHECK(calendarRange(QStringLiteral("2007")).end == QDate(2007, 12, 31));
    CHECK(describeRange(calendarRange(QStringLiteral("199"))) == QStringLiteral("the 1990s"));
    CHECK(calendarRange(QStringLiteral("2024-Q2")).start == QDate(2024, 4, 1));
    CHECK(calendarRange(QStringLiteral("2023-WI")).end == QDate(2024, 2, 29));
    CHECK(calendarRange(QStringLiteral("2024-03-22T14:30")).start == QDate(2024, 3, 22));
}

TEST_CASE("timex values: durations, sets, references and unknown years are no calendar range", "[timexvalue]")
{
    for (const char *v : {"P5M", "XXXX-WI", "PAST_REF", "PRESENT_REF", "XXXX-03-22", "XXXX-WXX-5", "", "2024-13",
                          "2024-02-30", "garbage"})
        CHECK_FALSE(calendarRange(QString::fromLatin1(v)).isValid());
}

TEST_CASE("timex values: the four seasons, and digits that are not ASCII", "[timexvalue]")
{
    const DateRange spring = calendarRange(QStringLiteral("2024-SP"));
    CHECK(spring.granularity == QStringLiteral("season"));
    CHECK(spring.start == QDate(2024, 3, 1));
    CHECK(spring.end == QDate(2024, 5, 31));
    CHECK(calendarRange(QStringLiteral("2024-SU")).start == QDate(2024, 6, 1));
    CHECK(calendarRange(QStringLiteral("2024-FA")).end == QDate(2024, 11, 30));
    CHECK(calendarRange(QStringLiteral("2023-WI")).start == QDate(2023, 12, 1));
    // A season is spelled in capitals, and nothing else names one.
    CHECK_FALSE(calendarRange(QStringLiteral("2024-sp")).isValid());
    CHECK_FALSE(calendarRange(QStringLiteral("2024-SPR")).isValid());
    // Arabic-Indic digits are digits, but not the ones a TIMEX3 value is written in.
    CHECK_FALSE(calendarRange(QStringLiteral("\u0662\u0660\u0662\u0664-03")).isValid());
    CHECK(calendarRange(QStringLiteral("2024-Q4")).end == QDate(2024, 12, 31));
    CHECK_FALSE(calendarRange(QStringLiteral("2024-Q5")).isValid());
    CHECK_FALSE(calendarRange(QStringLiteral("2024-Q12345678901")).isValid());
}
