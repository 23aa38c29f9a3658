// SPDX-License-Identifier: MIT
#pragma once

#include "reportdata.h"

namespace factline::report {

// The report's timeline as shapes, laid out once and drawn twice: as inline SVG for the
// HTML report and with QPainter for the PDF. One lane per event lane (ReportEvent::lane),
// time left to right with the timeline view's own ruler (timeline/timeaxis.h); each
// event a numbered mark, a bar when its date is a range ("this week"). The numbers refer
// to the event list under the figure. Long empty stretches between groups of events (one
// event years before the rest) are cut out of the axis and shown as breaks, so that the
// groups each keep room enough to be read.
struct TimelineFigure {
    struct Lane {
        QString name;
        double y = 0;
    };
    struct Mark {
        int number = 0;      // 1-based, as in the event list
        double x = 0;
        double width = 0;    // 0: a single day, drawn as a dot
        double y = 0;
        double labelX = 0;   // where its number goes: moved right of a neighbour's it would cover
        QString title;       // for a tooltip
    };
    struct Tick {
        double x = 0;
        QString label;
        bool major = false;
    };
    struct Break {
        double x = 0;        // the middle of the cut
        QString label;       // how much time it leaves out ("3 years")
    };
    double width = 0;
    double height = 0;
    double plotLeft = 0;
    double axisY = 0;
    QList<Lane> lanes;
    QList<Mark> marks;
    QList<Tick> ticks;
    QList<Break> breaks;
    bool isEmpty() const { return marks.isEmpty(); }
};

inline constexpr double kLaneHeight = 26;
inline constexpr double kBreakWidth = 26;

TimelineFigure layoutTimeline(const ReportData &data, double width = 900);
// A break's tooltip ("3 years without events are left out here"); whether its label fits
// upright in the lanes, and the middle of the lanes where it goes (rotated a quarter turn).
QString breakTitle(const TimelineFigure::Break &b);
bool breakLabelFits(const TimelineFigure &f, const TimelineFigure::Break &b);
double breakLabelY(const TimelineFigure &f);

// Self-contained SVG (no fonts, images or scripts from outside), every text escaped.
QString timelineSvg(const TimelineFigure &figure);

} // namespace factline::report
