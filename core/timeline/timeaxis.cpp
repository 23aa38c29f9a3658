// SPDX-License-Identifier: MIT
#include "timeaxis.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace factline::timeline {
namespace {

using namespace Qt::StringLiterals;

constexpr int kMaxTicks = 4000; // a guard: no view needs more

QDate monthStart(const QDate &d) { return QDate(d.year(), d.month(), 1); }

// The forms a tick's label can take, longest first.
QStringList labelForms(const TickStep &step, double day)
{
    const QDate d = dateOf(day);
    const QLocale locale;
    switch (step.unit) {
    case TickStep::Hour: {
        const int hour = int(std::lround((day - std::floor(day)) * 24)) % 24;
        return {u"%1:00"_s.arg(hour, 2, 10, QChar(u'0'))};
    }
    case TickStep::Day:
        return {locale.toString(d, u"ddd d"_s), QString::number(d.day())};
    case TickStep::Week:
        return {locale.toString(d, u"d MMM"_s), QString::number(d.day())};
    case TickStep::Month:
        return {locale.standaloneMonthName(d.month(), QLocale::LongFormat),
                locale.standaloneMonthName(d.month(), QLocale::ShortFormat)};
    case TickStep::Year:
        return {QString::number(d.year())};
    }
    return {};
}

// The widest shortest form a step's labels take, so that the step is chosen before any
// label is laid out.
double widestShortLabel(const TickStep &step, const MeasureText &measure)
{
    static const double sampleDays[] = {
        dayOf(QDate(2024, 1, 28)), dayOf(QDate(2024, 5, 22)), dayOf(QDate(2024, 9, 30)),
        dayOf(QDate(2024, 12, 8)), dayOf(QDate(2024, 2, 11)) + 23.0 / 24, dayOf(QDate(2024, 3, 4)),
        dayOf(QDate(2024, 6, 1)), dayOf(QDate(2024, 7, 1)), dayOf(QDate(2024, 11, 1)), dayOf(QDate(2024, 8, 1))};
    double widest = 0;
    for (double day : sampleDays)
        widest = std::max(widest, measure(labelForms(step, day).constLast()));
    return widest;
}

// A context label's forms, longest first.
QStringList contextForms(const TickStep &step, double day)
{
    const QDate d = dateOf(day);
    const QLocale locale;
    switch (step.unit) {
    case TickStep::Hour:
    case TickStep::Day:
        return {locale.toString(d, u"dddd d MMMM yyyy"_s), locale.toString(d, u"ddd d MMM yyyy"_s),
                locale.toString(d, u"d MMM"_s)};
    case TickStep::Week:
    case TickStep::Month:
        return {locale.toString(d, u"MMMM yyyy"_s), locale.toString(d, u"MMM yyyy"_s),
                locale.toString(d, u"MMM"_s)};
    case TickStep::Year: break;
    }
    if (step.count == 1)
        return {QString::number(d.year())};
    if (step.count == 10)
        return {u"%1s"_s.arg(d.year())};
    return {u"%1–%2"_s.arg(d.year()).arg(d.year() + step.count - 1), u"%1s"_s.arg(d.year())};
}

} // namespace

QDate dateOf(double day)
{
    return QDate::fromJulianDay(qint64(std::floor(day)) + kEpochJulianDay);
}

const QList<TickStep> &tickSteps()
{
    static const QList<TickStep> steps = {
        {TickStep::Hour, 1},   {TickStep::Hour, 3},   {TickStep::Hour, 6},    {TickStep::Hour, 12},
        {TickStep::Day, 1},    {TickStep::Week, 1},   {TickStep::Month, 1},   {TickStep::Month, 3},
        {TickStep::Month, 6},  {TickStep::Year, 1},   {TickStep::Year, 2},    {TickStep::Year, 5},
        {TickStep::Year, 10},  {TickStep::Year, 20},  {TickStep::Year, 50},   {TickStep::Year, 100},
        {TickStep::Year, 200}, {TickStep::Year, 500}, {TickStep::Year, 1000},
    };
    return steps;
}

double shortestSpan(const TickStep &step)
{
    switch (step.unit) {
    case TickStep::Hour: return step.count / 24.0;
    case TickStep::Day: return step.count;
    case TickStep::Week: return 7.0 * step.count;
    case TickStep::Month: return step.count == 1 ? 28.0 : 30.0 * step.count - 2;
    case TickStep::Year: return 365.0 * step.count;
    }
    return 1;
}

double firstTickAtOrAfter(const TickStep &step, double day)
{
    const int c = step.count;
    switch (step.unit) {
    case TickStep::Hour:
        return std::ceil(day * 24 / c - 1e-9) * c / 24.0;
    case TickStep::Day:
        return std::ceil(day - 1e-9);
    case TickStep::Week: {
        const qint64 d = qint64(std::ceil(day - 1e-9));
        const qint64 shift = (((-(d + 3)) % 7) + 7) % 7; // day -3 was a Monday
        return double(d + shift);
    }
    case TickStep::Month: {
        QDate m = monthStart(dateOf(day));
        if (dayOf(m) < day - 1e-9)
            m = m.addMonths(1);
        while ((m.month() - 1) % c != 0)
            m = m.addMonths(1);
        return dayOf(m);
    }
    case TickStep::Year: {
        int y = dateOf(day).year();
        if (dayOf(QDate(y, 1, 1)) < day - 1e-9)
            ++y;
        y = int(std::ceil(double(y) / c)) * c;
        if (y == 0)
            y = c; // there is no year 0
        return dayOf(QDate(y, 1, 1));
    }
    }
    return day;
}

double nextTick(const TickStep &step, double tick)
{
    switch (step.unit) {
    case TickStep::Hour: return std::round((tick + step.count / 24.0) * 24) / 24;
    case TickStep::Day: return tick + step.count;
    case TickStep::Week: return tick + 7.0 * step.count;
    case TickStep::Month: return dayOf(dateOf(tick).addMonths(step.count));
    case TickStep::Year: return dayOf(dateOf(tick).addYears(step.count));
    }
    return tick + 1;
}

TickStep contextStep(const TickStep &step)
{
    switch (step.unit) {
    case TickStep::Hour: return {TickStep::Day, 1};
    case TickStep::Day:
    case TickStep::Week: return {TickStep::Month, 1};
    case TickStep::Month: return {TickStep::Year, 1};
    case TickStep::Year: break;
    }
    if (step.count < 10)
        return {TickStep::Year, 10};
    if (step.count < 100)
        return {TickStep::Year, 100};
    return {TickStep::Year, 1000};
}

QString tickLabel(const TickStep &step, double day, double room, const MeasureText &measure)
{
    const QStringList forms = labelForms(step, day);
    for (const QString &form : forms) {
        if (measure(form) <= room)
            return form;
    }
    return forms.constLast();
}

AxisTicks generateTicks(double firstDay, double width, double pixelsPerDay, const MeasureText &measure, double gap)
{
    constexpr double pad = 3; // a label starts this far right of its tick
    AxisTicks out;
    const QList<TickStep> &steps = tickSteps();
    out.step = steps.constLast();
    for (const TickStep &s : steps) {
        if (shortestSpan(s) * pixelsPerDay >= widestShortLabel(s, measure) + gap + pad) {
            out.step = s;
            break;
        }
    }
    out.context = contextStep(out.step);
    const double lastDay = firstDay + width / pixelsPerDay;
    auto xOf = [&](double day) { return (day - firstDay) * pixelsPerDay; };

    // Minor labels fit between their tick and the next: the step guarantees the room.
    double tick = firstTickAtOrAfter(out.step, firstDay - shortestSpan(out.step) * 2);
    for (int n = 0; tick <= lastDay && n < kMaxTicks; ++n) {
        const double next = nextTick(out.step, tick);
        const double room = xOf(next) - xOf(tick) - gap - pad;
        AxisLabel label{tick, xOf(tick) + pad, 0, tickLabel(out.step, tick, room, measure)};
        label.width = measure(label.text);
        if (label.x + label.width > 0)
            out.minor.append(label);
        tick = next;
    }

    // Context labels: the period under the left edge keeps its label in view (sticky)
    // until the next period's label pushes it out; the others take the longest form
    // that fits their period, or none.
    const TickStep cs = out.context;
    double c = firstTickAtOrAfter(cs, firstDay - shortestSpan(cs) * 1.1);
    while (nextTick(cs, c) <= firstDay)
        c = nextTick(cs, c);
    for (int n = 0; c <= lastDay && n < kMaxTicks; ++n) {
        const double next = nextTick(cs, c);
        const bool sticky = xOf(c) < 0;
        const double x = std::max(xOf(c), 0.0) + pad;
        const double limit = xOf(next) + pad - gap; // where the next label may start, less the gap
        const QStringList forms = contextForms(cs, c);
        for (qsizetype i = 0; i < forms.size(); ++i) {
            const double w = measure(forms[i]);
            const bool last = i == forms.size() - 1;
            if (x + w <= limit || (sticky && last)) {
                const double at = std::min(x, limit - w);
                if (at >= 0)  // a label half pushed out says nothing; it goes
                    out.major.append({c, at, w, forms[i]});
                break;
            }
        }
        c = next;
    }
    return out;
}

} // namespace factline::timeline
