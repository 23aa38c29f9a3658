// SPDX-License-Identifier: MIT
#include "timex_calendar.h"

#include <algorithm>

namespace factline::extract::timex {

using namespace Qt::StringLiterals;

namespace {
QString pad(int v, int width) { return QString::number(v).rightJustified(width, u'0'); }

QString weekValue(QDate d)
{
    int weekYear = 0;
    const int w = d.weekNumber(&weekYear);
    return pad(weekYear, 4) + u"-W"_s + pad(w, 2);
}
} // namespace

QString seasonCode(int season)
{
    switch (season) {
    case SSpring: return u"SP"_s;
    case SSummer: return u"SU"_s;
    case SFall: return u"FA"_s;
    default: return u"WI"_s;
    }
}

QString pointValue(const Point &p)
{
    switch (p.gran) {
    case Gran::None: return {};
    case Gran::Century: return pad(p.year / 100, 2);
    case Gran::Decade: return pad(p.year / 10, 3);
    case Gran::Year: return pad(p.year, 4);
    case Gran::Half: return pad(p.year, 4) + u"-H"_s + QString::number(p.sub);
    case Gran::Season: return pad(p.year, 4) + u'-' + seasonCode(p.sub);
    case Gran::Quarter: return pad(p.year, 4) + u"-Q"_s + QString::number(p.sub);
    case Gran::Month: return pad(p.year, 4) + u'-' + pad(p.sub, 2);
    case Gran::Week: return weekValue(p.date);
    case Gran::Weekend: return weekValue(p.date) + u"-WE"_s;
    case Gran::Day: return dayValue(p.date);
    }
    return {};
}

Point shifted(const Point &p, int n)
{
    Point r = p;
    switch (p.gran) {
    case Gran::Century: r.year += 100 * n; break;
    case Gran::Decade: r.year += 10 * n; break;
    case Gran::Year: r.year += n; break;
    case Gran::Season: r.year += n; break;
    case Gran::Half: {
        const int h = p.year * 2 + (p.sub - 1) + n;
        r.year = h / 2;
        r.sub = h % 2 + 1;
        break;
    }
    case Gran::Quarter: {
        const int q = p.year * 4 + (p.sub - 1) + n;
        r.year = q / 4;
        r.sub = q % 4 + 1;
        break;
    }
    case Gran::Month: {
        const int m = p.year * 12 + (p.sub - 1) + n;
        r.year = m / 12;
        r.sub = m % 12 + 1;
        break;
    }
    case Gran::Week:
    case Gran::Weekend: r.date = p.date.addDays(7 * n); break;
    case Gran::Day: r.date = p.date.addDays(n); break;
    case Gran::None: break;
    }
    if (r.date.isValid()) {
        r.year = r.date.year();
        if (r.gran == Gran::Day)
            r.sub = r.date.month();
    }
    return r;
}

Point shiftedBy(const Point &p, Unit unit, int n)
{
    switch (unit) {
    case UYear:
        if (p.gran == Gran::Day)
            return Point::ofDay(p.date.addYears(n));
        if (p.gran == Gran::Week || p.gran == Gran::Weekend)
            return Point::ofYear(p.year + n);
        return shifted(p, p.gran == Gran::Quarter ? 4 * n : p.gran == Gran::Month ? 12 * n
                             : p.gran == Gran::Half ? 2 * n : n);
    case UQuarter:
        if (p.gran == Gran::Quarter)
            return shifted(p, n);
        if (p.gran == Gran::Month)
            return shifted(p, 3 * n);
        return p;
    case UMonth:
        if (p.gran == Gran::Day)
            return Point::ofDay(p.date.addMonths(n));
        if (p.gran == Gran::Month)
            return shifted(p, n);
        return p;
    case UWeek:
        if (p.gran == Gran::Day || p.gran == Gran::Week)
            return shifted(p, p.gran == Gran::Day ? 7 * n : n);
        return p;
    case UDay:
        if (p.gran == Gran::Day)
            return shifted(p, n);
        return p;
    default: return p;
    }
}

int quarterOf(QDate d) { return (d.month() - 1) / 3 + 1; }

int seasonOf(QDate d)
{
    const int m = d.month();
    if (m >= 3 && m <= 5)
        return SSpring;
    if (m >= 6 && m <= 8)
        return SSummer;
    if (m >= 9 && m <= 11)
        return SFall;
    return SWinter;
}

QDate weekdayFor(QDate dct, int dow, Tense tense)
{
    const int back = (dct.dayOfWeek() - dow + 7) % 7;
    const int ahead = (dow - dct.dayOfWeek() + 7) % 7;
    if (tense == TPast)
        return dct.addDays(-back);
    if (tense == TFuture)
        return dct.addDays(ahead);
    // No tense: news mostly reports what has happened, so lean to the past.
    if (tense == TPresent)
        return ahead <= back ? dct.addDays(ahead) : dct.addDays(-back);
    return ahead < back - 1 ? dct.addDays(ahead) : dct.addDays(-back);
}

int yearFor(QDate dct, int m, int d, Tense tense)
{
    const int y = dct.year();
    // Compare month*32+day so a whole month (d = 0) counts as its first day.
    const int here = dct.month() * 32 + dct.day();
    const int there = m * 32 + (d ? d : 1);
    const bool sameMonth = d == 0 && m == dct.month();
    if (sameMonth)
        return y;
    // Days from the article back to the last occurrence and ahead to the next one.
    const int day = std::clamp(d, 1, 28); // distances only; 29 February exists not every year
    const QDate last = QDate(there <= here ? y : y - 1, m, day);
    const QDate next = QDate(there > here ? y : y + 1, m, day);
    const qint64 back = last.daysTo(dct);
    const qint64 ahead = dct.daysTo(next);
    // Tense words are a weak signal ("the offer was extended to Nov. 16"): a date close
    // to the article wins whatever the tense; beyond that, past tense means the past
    // and, as news mostly reports what happened, so does no tense unless the date is near.
    if (tense == TFuture)
        return back <= 45 ? last.year() : next.year();
    if (tense == TPast)
        return ahead <= 75 ? next.year() : last.year();
    return ahead <= 120 ? next.year() : last.year();
}

QString unitName(Unit u, int n)
{
    static const char16_t *names[] = {u"", u"second", u"minute", u"hour", u"day", u"week", u"weekend",
                                      u"month", u"quarter", u"year", u"decade", u"century"};
    QString s = QString::fromUtf16(names[u]);
    if (n != 1)
        s = (u == UCentury) ? u"centuries"_s : s + u's';
    return s;
}

// Spelled by hand: QDate::toString goes through the calendar and locale machinery, which
// costs more than the rest of the extraction of a date.
QString describe(QDate d)
{
    static const char16_t *days[] = {u"Mon", u"Tue", u"Wed", u"Thu", u"Fri", u"Sat", u"Sun"};
    static const char16_t *months[] = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun",
                                       u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};
    if (!d.isValid())
        return {};
    return QString::fromUtf16(days[d.dayOfWeek() - 1]) + u' ' + QString::number(d.day()) + u' '
        + QString::fromUtf16(months[d.month() - 1]) + u' ' + QString::number(d.year());
}

QString dayValue(QDate d)
{
    if (!d.isValid())
        return {};
    int y = 0, m = 0, day = 0;
    d.getDate(&y, &m, &day);
    QString s(10, u'0');
    QChar *p = s.data();
    for (int k = 3; k >= 0; --k, y /= 10)
        p[k] = QChar(u'0' + std::abs(y % 10));
    p[4] = u'-';
    p[5] = QChar(u'0' + m / 10);
    p[6] = QChar(u'0' + m % 10);
    p[7] = u'-';
    p[8] = QChar(u'0' + day / 10);
    p[9] = QChar(u'0' + day % 10);
    return s;
}

QString tenseWord(Tense t)
{
    switch (t) {
    case TPast: return u"past-tense"_s;
    case TFuture: return u"future-tense"_s;
    case TPresent: return u"present-tense"_s;
    default: return u"tenseless"_s;
    }
}

} // namespace factline::extract::timex
