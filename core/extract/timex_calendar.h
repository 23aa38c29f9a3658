// SPDX-License-Identifier: MIT
#pragma once

// Internal to the TIMEX3 extractor: calendar arithmetic on partial dates and the TIMEX3
// spelling of each granularity.

#include "timex_lexicon.h"

#include <QDate>
#include <QString>

namespace factline::extract::timex {

enum class Gran : std::uint8_t { None, Century, Decade, Year, Half, Season, Quarter, Month, Week, Weekend, Day };

// A calendar point at some granularity: "2024" (Year), "2024-Q3", "2024-03", "2024-W13" (Week:
// `date` is any day of that ISO week), "2024-03-22" (Day).
struct Point {
    Gran gran = Gran::None;
    int year = 0;
    int sub = 0;  // month, quarter, half or season number, by granularity
    QDate date;   // for Week, Weekend, Day

    bool isValid() const { return gran != Gran::None; }
    static Point ofYear(int y) { return {Gran::Year, y, 0, {}}; }
    static Point ofMonth(int y, int m) { return {Gran::Month, y, m, {}}; }
    static Point ofQuarter(int y, int q) { return {Gran::Quarter, y, q, {}}; }
    static Point ofDay(QDate d) { return {Gran::Day, d.year(), d.month(), d}; }
    static Point ofWeek(QDate d) { return {Gran::Week, d.year(), 0, d}; }
};

QString pointValue(const Point &p);
// The same point moved by `n` of its own units (a year, quarter, month, week or day).
Point shifted(const Point &p, int n);
// `p` moved back or forward by n units of `unit`, keeping p's granularity where it can.
Point shiftedBy(const Point &p, Unit unit, int n);

int quarterOf(QDate d);
int seasonOf(QDate d); // Season, winter counted from December
QString seasonCode(int season);

// The day with ISO weekday `dow` that tense picks relative to `dct`: past = on or before,
// future = on or after, otherwise the nearer one.
QDate weekdayFor(QDate dct, int dow, Tense tense);
// The year in which month `m` (day `d`, 0 = whole month) falls, picked the same way.
int yearFor(QDate dct, int m, int d, Tense tense);

// "year", "years", "centuries"
QString unitName(Unit u, int n = 1);

// "Sun 24 Mar 2024"
QString describe(QDate d);
// "2024-03-22"
QString dayValue(QDate d);
QString tenseWord(Tense t); // "past-tense", "future-tense", "present-tense", "tenseless"

} // namespace factline::extract::timex
