// SPDX-License-Identifier: MIT
#include "svgtimeline.h"

#include "notetext.h"
#include "timeline/timeaxis.h"

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
    double first = timeline::dayOf(data.events.first().event.dateStart);
    double last = first;
    for (const ReportEvent &e : data.events) {
        if (!lanes.contains(e.lane))
            lanes.append(e.lane);
        const QDate end = e.event.dateEnd.isValid() ? e.event.dateEnd : e.event.dateStart;
        first = std::min(first, timeline::dayOf(e.event.dateStart));
        last = std::max(last, timeline::dayOf(end) + 1);
    }
    const double span = std::max(last - first, 1.0);
    first -= span * 0.04; // room for the first and last marks
    last += span * 0.04;
    const double plot = width - kLabelWidth - kMargin;
    const double perDay = plot / (last - first);
    for (qsizetype i = 0; i < lanes.size(); ++i)
        f.lanes.append({lanes[i], kAxisHeight + double(i) * kLaneHeight});
    f.height = kAxisHeight + double(lanes.size()) * kLaneHeight + kMargin;

    int number = 0;
    QHash<QString, double> lastLabel; // per lane, where the last number ended
    for (const ReportEvent &e : data.events) {
        const double start = timeline::dayOf(e.event.dateStart);
        const QDate endDate = e.event.dateEnd.isValid() ? e.event.dateEnd : e.event.dateStart;
        const double end = timeline::dayOf(endDate) + 1;
        TimelineFigure::Mark m;
        m.number = ++number;
        m.x = kLabelWidth + (start - first) * perDay;
        m.width = endDate > e.event.dateStart ? (end - start) * perDay : 0;
        m.y = kAxisHeight + double(lanes.indexOf(e.lane)) * kLaneHeight + kLaneHeight / 2;
        m.title = e.event.title;
        m.labelX = std::max(m.x + 2, lastLabel.value(e.lane, -1e9) + 2);
        lastLabel.insert(e.lane, m.labelX + measure(QString::number(m.number)));
        f.marks.append(m);
    }
    const timeline::AxisTicks ticks = timeline::generateTicks(first, plot, perDay, measure, 10);
    for (const timeline::AxisLabel &l : ticks.minor)
        f.ticks.append({kLabelWidth + l.x, l.text, false});
    for (const timeline::AxisLabel &l : ticks.major)
        f.ticks.append({kLabelWidth + l.x, l.text, true});
    return f;
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
