// SPDX-License-Identifier: MIT
#include "timexvalue.h"

#include <QLocale>

#include <algorithm>
#include <iterator>

namespace factline::extract {

using namespace Qt::StringLiterals;

namespace {

int number(QStringView s, bool &ok)
{
    ok = !s.isEmpty();
    bool ascii = s.size() <= 9; // nine digits always fit an int
    int n = 0;
    for (QChar c : s) {
        ok = ok && c.isDigit();
        ascii = ascii && c.unicode() >= u'0' && c.unicode() <= u'9';
        if (ascii)
            n = n * 10 + (c.unicode() - u'0');
    }
    // The ASCII digits every value holds are read here; any other digit as toInt reads it.
    if (ok && ascii)
        return n;
    return ok ? s.toInt() : 0;
}

DateRange months(int year, int first, int last, const QString &granularity)
{
    const QDate start(year, first, 1);
    const QDate endMonth(year, last, 1);
    return {start, endMonth.addDays(endMonth.daysInMonth() - 1), granularity};
}

} // namespace

DateRange calendarRange(const QString &value)
{
    // Times ("2024-03-22T14:30", "2024-03-22TMO") cover their day.
    const QStringView v = QStringView(value).left(value.indexOf(u'T') >= 0 ? value.indexOf(u'T') : value.size());
    bool ok = false;
    const int year = number(v.left(4), ok);
    if (v.size() == 3 || v.size() == 2) {
        const int n = number(v, ok);
        if (!ok)
            return {};
        if (v.size() == 3)
            return {QDate(n * 10, 1, 1), QDate(n * 10 + 9, 12, 31), u"decade"_s};
        return {QDate(n * 100, 1, 1), QDate(n * 100 + 99, 12, 31), u"century"_s};
    }
    if (!ok || v.size() < 4)
        return {};
    if (v.size() == 4)
        return {QDate(year, 1, 1), QDate(year, 12, 31), u"year"_s};
    if (v[4] != u'-')
        return {};
    const QStringView rest = v.mid(5);
    static constexpr QStringView seasons[] = {u"SP", u"SU", u"FA", u"WI"};
    const qsizetype s = std::find(std::begin(seasons), std::end(seasons), rest) - std::begin(seasons);
    if (s < qsizetype(std::size(seasons))) {
        if (s == 3) // winter: December to February
            return {QDate(year, 12, 1), QDate(year + 1, 3, 1).addDays(-1), u"season"_s};
        return months(year, 3 + 3 * static_cast<int>(s), 5 + 3 * static_cast<int>(s), u"season"_s);
    }
    if (rest.startsWith(u'W')) {
        const int week = number(rest.mid(1, 2), ok);
        if (!ok || week < 1 || week > 53)
            return {};
        // ISO week 1 holds 4 January; its Monday starts the count.
        const QDate jan4(year, 1, 4);
        const QDate monday = jan4.addDays(1 - jan4.dayOfWeek() + 7 * (week - 1));
        if (rest.size() > 3 && rest.mid(3) == u"-WE")
            return {monday.addDays(5), monday.addDays(6), u"weekend"_s};
        return {monday, monday.addDays(6), u"week"_s};
    }
    if (rest.startsWith(u'Q')) {
        const int q = number(rest.mid(1), ok);
        if (!ok || q < 1 || q > 4)
            return {};
        return months(year, q * 3 - 2, q * 3, u"quarter"_s);
    }
    if (rest.startsWith(u'H')) {
        const int h = number(rest.mid(1), ok);
        if (!ok || h < 1 || h > 2)
            return {};
        return months(year, h * 6 - 5, h * 6, u"half"_s);
    }
    const int month = number(rest.left(2), ok);
    if (!ok || month < 1 || month > 12)
        return {};
    if (rest.size() == 2)
        return months(year, month, month, u"month"_s);
    if (rest.size() != 5 || rest[2] != u'-')
        return {};
    const QDate day(year, month, number(rest.mid(3, 2), ok));
    if (!ok || !day.isValid())
        return {};
    return {day, day, u"day"_s};
}

QString describeRange(const DateRange &r)
{
    if (!r.isValid())
        return QString();
    const QLocale c(QLocale::English);
    if (r.granularity == u"day"_s)
        return c.toString(r.start, u"ddd d MMM yyyy"_s);
    if (r.granularity == u"week"_s)
        return u"week of "_s + c.toString(r.start, u"d MMM yyyy"_s);
    if (r.granularity == u"weekend"_s)
        return u"weekend of "_s + c.toString(r.start, u"d MMM yyyy"_s);
    if (r.granularity == u"month"_s)
        return c.toString(r.start, u"MMMM yyyy"_s);
    if (r.granularity == u"year"_s)
        return QString::number(r.start.year());
    if (r.granularity == u"decade"_s)
        return u"the %1s"_s.arg(r.start.year());
    if (r.granularity == u"century"_s)
        return u"%1–%2"_s.arg(r.start.year()).arg(r.end.year());
    return c.toString(r.start, u"d MMM yyyy"_s) + u" – "_s + c.toString(r.end, u"d MMM yyyy"_s);
}

} // namespace factline::extract
