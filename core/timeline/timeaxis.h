// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

namespace factline::timeline {

// Time on the timeline is a double: days since 1970-01-01 (0.5 is noon of 1 Jan 1970).
// Days keep calendar arithmetic exact for dates, and the fraction reaches hours.
constexpr qint64 kEpochJulianDay = 2440588;
inline double dayOf(const QDate &date) { return double(date.toJulianDay() - kEpochJulianDay); }
QDate dateOf(double day);

// One step of the axis ruler: every `count` hours, days, weeks (Mondays), months or years.
struct TickStep {
    enum Unit { Hour, Day, Week, Month, Year };
    Unit unit = Day;
    int count = 1;
    friend bool operator==(const TickStep &, const TickStep &) = default;
};

// Every step the ruler can take, finest first (1 hour … 1000 years).
const QList<TickStep> &tickSteps();
// The shortest distance between two ticks of a step, in days (a month is 28 days).
double shortestSpan(const TickStep &step);
// The first tick at or after `day`, and the one after a tick.
double firstTickAtOrAfter(const TickStep &step, double day);
double nextTick(const TickStep &step, double tick);
// The coarser step that gives context to a finer one (hours → days, days → months, …).
TickStep contextStep(const TickStep &step);

struct AxisLabel {
    double day = 0;      // where the tick is
    double x = 0;        // where the label starts, in pixels from the left edge
    double width = 0;
    QString text;
};

// The ruler for one view: minor ticks with short labels ("Mar", "Fri 22", "14:00") and
// context labels on a second row ("March 2024"), chosen so that no two labels on a row
// overlap: the finest step whose ticks are further apart than its widest label.
struct AxisTicks {
    TickStep step;
    TickStep context;
    QList<AxisLabel> minor;
    QList<AxisLabel> major;
};

using MeasureText = std::function<double(const QString &)>;

// `firstDay` is at x = 0, `width` pixels wide, `pixelsPerDay` the zoom. Labels are kept
// `gap` pixels apart; a context label sticks to the left edge while its period is in view.
AxisTicks generateTicks(double firstDay, double width, double pixelsPerDay, const MeasureText &measure,
                        double gap = 8);

// The label of a tick of `step`, in the longest of its forms ("Friday 22", "Fri 22", "22")
// no wider than `room` pixels, or the shortest if none fits.
QString tickLabel(const TickStep &step, double day, double room, const MeasureText &measure);

} // namespace factline::timeline
