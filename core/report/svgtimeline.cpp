// SPDX-License-Identifier: MIT
#include "svgtimeline.h"

#include "notetext.h"
#include "timeline/timeaxis.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace factline::report {
namespace {

using namespace Qt::StringLiterals;

constexpr double kLabelWidth = 150;
constexpr double kAxisHeight = 40;
constexpr double kMargin = 12;

// No fonts are measured here (core has no Qt Gui): an 11 px sans-serif averages this.
double measure(const QString &text)
{
    return 6.4 * double(text.size());
}

using timeline::dayOf;

// The last day of an event; one that ends before it starts (a hand-made project file)
// is taken for its first day.
QDate endOf(const EventRecord &e)
{
    return e.dateEnd.isValid() && e.dateEnd > e.dateStart ? e.dateEnd : e.dateStart;
}

// Days [first, last) an event covers.
struct Stretch {
    double first = 0;
    double last = 0;
    bool operator<(const Stretch &o) const { return first < o.first; }
};

// A part of the axis drawn at one scale: a group of events with no long empty stretch in it.
struct Segment {
    double first = 0; // the day at its left edge
    double last = 0;  // the day at its right edge
    double eventsFirst = 0; // the days its events cover, without the room around them
    double eventsLast = 0;
    double x = 0;     // its left edge in the figure
    double width = 0;
    double perDay() const { return width / (last - first); }
    double xOf(double day) const { return x + (day - first) * perDay(); }
};

constexpr double kMinSegment = 110; // room for a group's month and year and a tick or two
constexpr double kMaxPerDay = 70;   // pixels a day at most: wider, the ruler would show hours

// Events further apart than this many empty days, out of `span` days in a group, go to
// groups of their own: a gap of a fifth of the group, and of more than six weeks.
double breakingGap(double span)
{
    return std::max(45.0, span * 0.2);
}

// Widths for segments holding `weights` events each, in `room` pixels: in proportion to
// their events (where the story is dense it needs room, however few days it covers), but
// none narrower than kMinSegment (or a fair share of a narrow figure).
QList<double> widthsFor(const QList<double> &weights, double room)
{
    const double least = std::min(kMinSegment, room / double(weights.size()));
    QList<bool> atMinimum(weights.size(), false);
    for (bool changed = true; changed;) {
        changed = false;
        double free = room;
        double weight = 0;
        for (qsizetype i = 0; i < weights.size(); ++i) {
            if (atMinimum[i])
                free -= least;
            else
                weight += weights[i];
        }
        for (qsizetype i = 0; i < weights.size(); ++i) {
            if (!atMinimum[i] && free * weights[i] / weight < least) {
                atMinimum[i] = true;
                changed = true;
            }
        }
        if (!changed || weight == 0) {
            QList<double> widths;
            for (qsizetype i = 0; i < weights.size(); ++i)
                widths.append(atMinimum[i] || weight == 0 ? least : free * weights[i] / weight);
            return widths;
        }
    }
    return {};
}

struct Group {
    double first = 0;
    double last = 0;
    int events = 0;
};

// Splits sorted stretches into groups at long gaps, and each group again at gaps long for
// it: a week of events after a quiet half year after one event a decade before is three.
void splitInto(QList<Group> &groups, const Stretch *begin, const Stretch *end)
{
    double last = begin->last;
    for (const Stretch *s = begin; s != end; ++s)
        last = std::max(last, s->last);
    const double gap = breakingGap(last - begin->first);
    const Stretch *from = begin;
    double reach = begin->last;
    for (const Stretch *s = begin + 1; s <= end; ++s) {
        if (s != end && s->first - reach <= gap) {
            reach = std::max(reach, s->last);
            continue;
        }
        if (from == begin && s == end) { // nothing to cut here
            groups.append({begin->first, last, int(end - begin)});
            return;
        }
        splitInto(groups, from, s);
        if (s != end) {
            from = s;
            reach = s->last;
        }
    }
}

QList<Segment> segmentsFor(QList<Stretch> spans, double plot)
{
    std::sort(spans.begin(), spans.end());
    QList<Group> groups;
    splitInto(groups, spans.cbegin(), spans.cend());
    while (groups.size() > 1 && double(groups.size()) * (kMinSegment + kBreakWidth) > plot) {
        qsizetype closest = 0; // too many to cut: join the two groups nearest each other
        for (qsizetype i = 1; i + 1 < groups.size(); ++i) {
            if (groups[i + 1].first - groups[i].last < groups[closest + 1].first - groups[closest].last)
                closest = i;
        }
        groups[closest].last = std::max(groups[closest].last, groups[closest + 1].last);
        groups[closest].events += groups[closest + 1].events;
        groups.removeAt(closest + 1);
    }
    QList<Segment> segments;
    QList<double> weights;
    for (const Group &g : groups) {
        // Room for the first and last marks; a day on its own gets a few, so that its ruler
        // counts days, not hours.
        const double pad = std::max((g.last - g.first) * 0.04, g.last - g.first < 2 ? 1.5 : 0.5);
        segments.append({g.first - pad, g.last + pad, g.first, g.last});
        weights.append(g.events);
    }
    const QList<double> widths = widthsFor(weights, plot - kBreakWidth * double(segments.size() - 1));
    double x = kLabelWidth;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        Segment &g = segments[i];
        g.x = x;
        g.width = widths[i];
        x += widths[i] + kBreakWidth;
        // Events are dated to the day: a few days on a wide figure are not stretched so far
        // that the ruler would count hours.
        const double wanted = g.width / kMaxPerDay;
        if (g.last - g.first < wanted) {
            const double more = (wanted - (g.last - g.first)) / 2;
            g.first -= more;
            g.last += more;
        }
    }
    return segments;
}

const Segment &segmentOf(const QList<Segment> &segments, double day)
{
    for (const Segment &g : segments) {
        if (day < g.last)
            return g;
    }
    return segments.last();
}

// The segment's ruler; labels that would run into the next segment are left out.
void addTicks(TimelineFigure &f, const Segment &g)
{
    const timeline::AxisTicks ticks = timeline::generateTicks(g.first, g.width, g.perDay(), measure, 10);
    const auto fits = [&](const timeline::AxisLabel &l) { return l.x >= 0 && l.x + l.width <= g.width; };
    for (const timeline::AxisLabel &l : ticks.minor) {
        if (fits(l))
            f.ticks.append({g.x + l.x, l.text, false});
    }
    bool major = false;
    for (const timeline::AxisLabel &l : ticks.major) {
        if (fits(l)) {
            f.ticks.append({g.x + l.x, l.text, true});
            major = true;
        }
    }
    if (!major) // a segment always says which year it is
        f.ticks.append({g.x, QString::number(timeline::dateOf(g.first).year()), true});
}

// How much time a break leaves out, roughly: "3 years", "5 months", "52 days".
QString lengthOf(double days)
{
    if (days >= 730)
        return QCoreApplication::translate("factline::report", "%n years", nullptr, int(days / 365.25));
    if (days >= 61)
        return QCoreApplication::translate("factline::report", "%n months", nullptr, int(days / 30.44));
    return QCoreApplication::translate("factline::report", "%n days", nullptr, int(days));
}

QString num(double v)
{
    return QString::number(v, 'f', 1);
}

QString elided(const QString &text, int chars)
{
    return text.size() <= chars ? text : text.left(chars - 1) + u'…';
}

} // namespace

TimelineFigure layoutTimeline(const ReportData &data, double width)
{
    TimelineFigure f;
    f.width = width;
    f.plotLeft = kLabelWidth;
    f.axisY = kAxisHeight;
    if (data.events.isEmpty())
        return f;
    QStringList lanes;
    QList<Stretch> spans;
    for (const ReportEvent &e : data.events) {
        if (!lanes.contains(e.lane))
            lanes.append(e.lane);
        spans.append({dayOf(e.event.dateStart), dayOf(endOf(e.event)) + 1});
    }
    const QList<Segment> segments = segmentsFor(spans, width - kLabelWidth - kMargin);
    for (qsizetype i = 0; i < lanes.size(); ++i)
        f.lanes.append({lanes[i], kAxisHeight + double(i) * kLaneHeight});
    f.height = kAxisHeight + double(lanes.size()) * kLaneHeight + kMargin;

    int number = 0;
    QHash<QString, double> lastLabel; // per lane, where the last number ended
    for (const ReportEvent &e : data.events) {
        const double start = dayOf(e.event.dateStart);
        const QDate endDate = endOf(e.event);
        const Segment &g = segmentOf(segments, start);
        TimelineFigure::Mark m;
        m.number = ++number;
        m.x = g.xOf(start);
        m.width = endDate > e.event.dateStart ? (dayOf(endDate) + 1 - start) * g.perDay() : 0;
        m.y = kAxisHeight + double(lanes.indexOf(e.lane)) * kLaneHeight + kLaneHeight / 2;
        m.title = e.event.title;
        m.labelX = std::max(m.x + 2, lastLabel.value(e.lane, -1e9) + 2);
        lastLabel.insert(e.lane, m.labelX + measure(QString::number(m.number)));
        f.marks.append(m);
    }
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &g = segments[i];
        addTicks(f, g);
        if (i + 1 < segments.size())
            f.breaks.append({g.x + g.width + kBreakWidth / 2, lengthOf(segments[i + 1].eventsFirst - g.eventsLast)});
    }
    return f;
}

QString breakTitle(const TimelineFigure::Break &b)
{
    return QCoreApplication::translate("factline::report", "%1 without events are left out here").arg(b.label);
}

bool breakLabelFits(const TimelineFigure &f, const TimelineFigure::Break &b)
{
    return f.height - f.axisY - kMargin >= 5.5 * double(b.label.size()) + 8;
}

double breakLabelY(const TimelineFigure &f)
{
    return (f.axisY + f.height - kMargin) / 2;
}

QString timelineSvg(const TimelineFigure &f)
{
    if (f.isEmpty())
        return {};
    QString s;
    s += u"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" role=\"img\" width=\"%1\" height=\"%2\" "
         "viewBox=\"0 0 %1 %2\" font-family=\"sans-serif\" font-size=\"11\">"_s.arg(num(f.width), num(f.height));
    s += u"<title>Timeline of the events</title>"_s;
    for (qsizetype i = 0; i < f.lanes.size(); ++i) {
        const TimelineFigure::Lane &l = f.lanes[i];
        if (i % 2 == 0)
            s += u"<rect x=\"0\" y=\"%1\" width=\"%2\" height=\"%3\" fill=\"#f3f5f8\"/>"_s.arg(
                num(l.y), num(f.width), num(kLaneHeight));
        s += u"<text x=\"6\" y=\"%1\" fill=\"#333\">%2</text>"_s.arg(num(l.y + kLaneHeight / 2 + 4),
                                                                     escapeHtml(elided(l.name, 22)));
    }
    for (const TimelineFigure::Tick &t : f.ticks) {
        const double y = t.major ? 14 : 30;
        s += u"<text x=\"%1\" y=\"%2\" fill=\"%3\"%4>%5</text>"_s.arg(num(t.x + 3), num(y),
                                                                      t.major ? u"#222"_s : u"#666"_s,
                                                                      t.major ? u" font-weight=\"bold\""_s : QString(),
                                                                      escapeHtml(t.label));
        s += u"<line x1=\"%1\" y1=\"%2\" x2=\"%1\" y2=\"%3\" stroke=\"%4\"/>"_s.arg(
            num(t.x), num(t.major ? 2 : 20), num(f.height - 12), t.major ? u"#bbb"_s : u"#e1e4e8"_s);
    }
    s += u"<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\" stroke=\"#999\"/>"_s.arg(num(f.plotLeft), num(f.axisY),
                                                                                 num(f.width));
    for (const TimelineFigure::Break &b : f.breaks) {
        s += u"<g><title>%1</title>"_s.arg(escapeHtml(breakTitle(b)));
        s += u"<rect x=\"%1\" y=\"0\" width=\"%2\" height=\"%3\" fill=\"#fff\"/>"_s.arg(
            num(b.x - kBreakWidth / 2 + 4), num(kBreakWidth - 8), num(f.height));
        for (double dx : {-3.0, 3.0})
            s += u"<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"#777\"/>"_s.arg(
                num(b.x + dx - 3), num(f.axisY + 6), num(b.x + dx + 3), num(f.axisY - 6));
        if (breakLabelFits(f, b))
            s += u"<text transform=\"rotate(-90 %1 %2)\" x=\"%1\" y=\"%2\" text-anchor=\"middle\" fill=\"#777\" "
                 "font-size=\"9\">%3</text>"_s.arg(num(b.x + 3), num(breakLabelY(f)), escapeHtml(b.label));
        s += u"</g>"_s;
    }
    for (const TimelineFigure::Mark &m : f.marks) {
        s += u"<g><title>%1. %2</title>"_s.arg(m.number).arg(escapeHtml(m.title));
        if (m.width > 0)
            s += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"10\" rx=\"3\" fill=\"#7aa6d6\" opacity=\"0.8\"/>"_s.arg(
                num(m.x), num(m.y - 5), num(std::max(m.width, 4.0)));
        else
            s += u"<circle cx=\"%1\" cy=\"%2\" r=\"5\" fill=\"#2a6db5\"/>"_s.arg(num(m.x), num(m.y));
        s += u"<text x=\"%1\" y=\"%2\" fill=\"#111\" font-size=\"10\">%3</text></g>"_s.arg(num(m.labelX), num(m.y - 7))
                 .arg(m.number);
    }
    s += u"</svg>"_s;
    return s;
}

} // namespace factline::report
