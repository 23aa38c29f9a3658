// SPDX-License-Identifier: MIT
#pragma once

#include "reportdata.h"

namespace factline::report {

// The report's timeline as shapes, laid out once and drawn twice: as inline SVG for the
// HTML report and with QPainter for the PDF. One lane per event lane (ReportEvent::lane),
// time left to right with the timeline view's own ruler (timeline/timeaxis.h); each
// event a numbered mark, a bar when its date is a range ("this week"). The numbers refer
// to the event list under the figure.
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
    double width = 0;
    double height = 0;
    double plotLeft = 0;
    double axisY = 0;
    QList<Lane> lanes;
    QList<Mark> marks;
    QList<Tick> ticks;
    bool isEmpty() const { return marks.isEmpty(); }
};

inline constexpr double kLaneHeight = 26;

TimelineFigure layoutTimeline(const ReportData &data, double width = 900);
// Self-contained SVG (no fonts, images or scripts from outside), every text escaped.
QString timelineSvg(const TimelineFigure &figure);

} // namespace factline::report
