// SPDX-License-Identifier: MIT
// The report's timeline figure: what a reader can tell apart on it.
#include "report/svgtimeline.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace factline;
using namespace factline::report;
using namespace Qt::StringLiterals;

namespace {

ReportEvent event(const QString &title, QDate start, QDate end = {})
{
    ReportEvent e;
    e.event.title = title;
    e.event.dateStart = start;
    e.event.dateEnd = end;
    e.lane = u"Gaza"_s;
    return e;
}

const TimelineFigure::Mark &markOf(const TimelineFigure &f, int number)
{
    return f.marks.at(number - 1);
}

} // namespace

TEST_CASE("report timeline: events over one week spread over the figure, with no break and no hours", "[report][timeline]")
{
    ReportData data;
    data.events = {event(u"Talks begin"_s, QDate(2024, 3, 18)), event(u"Vote"_s, QDate(2024, 3, 22)),
                   event(u"Visit"_s, QDate(2024, 3, 24))};
    const TimelineFigure f = layoutTimeline(data, 900);
    REQUIRE(f.marks.size() == 3);
    CHECK(f.breaks.isEmpty());
    CHECK(markOf(f, 3).x - markOf(f, 1).x > 0.5 * (f.width - f.plotLeft));
    for (const TimelineFigure::Tick &t : f.ticks)
        CHECK_FALSE(t.label.contains(u':')); // dated to the day: the ruler counts days
    CHECK(markOf(f, 2).x - markOf(f, 1).x > 250); // four days apart: far apart on paper
}

TEST_CASE("report timeline: one event years before the rest is cut off by a break", "[report][timeline]")
{
    ReportData data;
    data.events = {event(u"Blockade begins"_s, QDate(2007, 6, 15)), event(u"Talks begin"_s, QDate(2024, 3, 18)),
                   event(u"Vote"_s, QDate(2024, 3, 22)),
                   event(u"Trip"_s, QDate(2024, 3, 19), QDate(2024, 3, 22))};
    const TimelineFigure f = layoutTimeline(data, 900);
    REQUIRE(f.marks.size() == 4);
    REQUIRE(f.breaks.size() == 1);
    CHECK(f.breaks[0].label == u"16 years"_s);
    const double cut = f.breaks[0].x;
    CHECK(markOf(f, 1).x < cut);
    CHECK(markOf(f, 2).x > cut);
    // The March days keep most of the width: four days are hundreds of pixels, not one.
    CHECK(markOf(f, 3).x - markOf(f, 2).x > 250);
    CHECK(markOf(f, 4).width > 150);
    // Every mark stays inside the figure, and each side of the break says its year.
    for (const TimelineFigure::Mark &m : f.marks)
        CHECK((m.x >= f.plotLeft && m.x + m.width <= f.width));
    bool before = false;
    bool after = false;
    for (const TimelineFigure::Tick &t : f.ticks) {
        if (t.major && t.label.contains(u"2007"_s))
            before = before || t.x < cut;
        if (t.major && t.label.contains(u"2024"_s))
            after = after || t.x > cut;
    }
    CHECK(before);
    CHECK(after);
    const QString svg = timelineSvg(f);
    CHECK(svg.contains(u"16 years without events are left out here"_s));
}

TEST_CASE("report timeline: events spread evenly over a year are not cut", "[report][timeline]")
{
    ReportData data;
    for (int month = 1; month <= 12; ++month)
        data.events.append(event(u"Monthly report"_s, QDate(2023, month, 10)));
    const TimelineFigure f = layoutTimeline(data, 900);
    CHECK(f.breaks.isEmpty());
    CHECK(markOf(f, 12).x - markOf(f, 1).x > 600);
}

TEST_CASE("report timeline: odd dates stay on the figure - a range ending before it starts, a narrow figure", "[report][timeline]")
{
    ReportData data;
    data.events = {event(u"Backwards"_s, QDate(2024, 3, 20), QDate(2024, 3, 10))};
    TimelineFigure f = layoutTimeline(data, 900);
    REQUIRE(f.marks.size() == 1);
    CHECK(std::isfinite(f.marks[0].x));
    CHECK(f.marks[0].x >= f.plotLeft);
    CHECK(f.marks[0].width == 0); // drawn as the day it starts
    for (const TimelineFigure::Tick &t : f.ticks)
        CHECK_FALSE(t.label.contains(u':')); // a lone day's ruler counts days, not hours

    data.events = {event(u"Blockade begins"_s, QDate(2007, 6, 15)), event(u"Talks begin"_s, QDate(2024, 3, 18)),
                   event(u"Vote"_s, QDate(2024, 3, 22))};
    f = layoutTimeline(data, 260);
    for (const TimelineFigure::Mark &m : f.marks)
        CHECK(m.x <= f.width);
    for (const TimelineFigure::Tick &t : f.ticks)
        CHECK(t.x <= f.width);
}

TEST_CASE("report timeline: a break says how long the time without events is", "[report][timeline]")
{
    ReportData data;
    data.events = {event(u"First"_s, QDate(2024, 1, 1)), event(u"Second"_s, QDate(2024, 3, 1)),
                   event(u"Third"_s, QDate(2024, 3, 4))};
    const TimelineFigure f = layoutTimeline(data, 900);
    REQUIRE(f.breaks.size() == 1);
    CHECK(f.breaks[0].label == u"59 days"_s); // 2 January to 29 February
}
