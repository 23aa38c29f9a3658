// SPDX-License-Identifier: MIT
#include "timex_scanner.h"

namespace factline::extract::timex {

using namespace Qt::StringLiterals;

namespace {

const char16_t *dayPartCode(int p)
{
    static const char16_t *codes[] = {u"", u"TMO", u"TAF", u"TEV", u"TNI"};
    return codes[p < 0 || p > 4 ? 0 : p];
}

} // namespace

int Scanner::parseDayNumber(int j, int &day) const
{
    if (isNumber(j) && tok(j).digits > 0 && tok(j).digits <= 2 && tok(j).number >= 1 && tok(j).number <= 31) {
        day = tok(j).number;
        int k = j + 1;
        if (has(k) && !tok(k).spaceBefore
            && (isWordText(k, u"st") || isWordText(k, u"nd") || isWordText(k, u"rd") || isWordText(k, u"th")))
            ++k;
        // "22:30" is a clock, "22-year" a length, "3.5" a number.
        if ((isPunct(k, u':') && isNumber(k + 1) && !tok(k + 1).spaceBefore) || isJoin(k) || isPunct(k, u'%'))
            return -1;
        return k;
    }
    if (isCat(j, Cat::Ordinal) && tok(j).lex.value <= 31) {
        int v = tok(j).lex.value;
        int k = j + 1;
        if (v == 20 || v == 30) {
            // "twenty-first": the tens as an ordinal are rare; accept "twenty" "first" too.
        }
        day = v;
        return k;
    }
    if (isCat(j, Cat::NumWord) && (tok(j).lex.value == 20 || tok(j).lex.value == 30) && isJoin(j + 1)
        && isCat(j + 2, Cat::Ordinal) && tok(j + 2).lex.value < 10) {
        day = tok(j).lex.value + tok(j + 2).lex.value;
        return j + 3;
    }
    return -1;
}

// "today", "yesterday", "tonight", "now", "currently", "recently", "the past", "the future",
// "soon", "these days", "at the moment", "the near term".
bool Scanner::ruleRelativeWord(int i, Cand &c)
{
    c.first = i;
    c.last = i + 1;
    auto ref = [&](const QString &v, const QString &why, int last) {
        c.value = v;
        c.last = last;
        c.explanation = why;
        return true;
    };
    const QString now = u"PRESENT_REF"_s;
    // "today's world", "the people of tomorrow": the present age, not a day.
    if ((isId(i, WToday) && afterPossessive(i + 1) > 0) || (isId(i, WTomorrow) && isId(i - 1, WOf)))
        return false;
    if (isId(i, WToday) || isId(i, WYesterday) || isId(i, WTomorrow)) {
        const int offset = isId(i, WToday) ? 0 : isId(i, WYesterday) ? -1 : 1;
        const QString word = m_text.sliced(tok(i).start, tok(i).end - tok(i).start).toString().toLower();
        // "yesterday morning" is a part of that day.
        const int part = isCat(i + 1, Cat::DayPart) && !tok(i + 1).lex.plural ? tok(i + 1).lex.value : 0;
        if (part)
            c.last = i + 2;
        if (!hasDct()) {
            setUnresolved(c, u"XXXX-XX-XX"_s + QString::fromUtf16(dayPartCode(part)), u"needs the article's date"_s);
        } else {
            const QDate d = m_dct.addDays(offset);
            setDayValue(c, d, u"%1: %2 the article's date (%3)"_s.arg(word, offset == 0 ? u"the day of"_s : offset < 0 ? u"the day before"_s : u"the day after"_s, m_dctText));
            if (part) {
                c.value += QString::fromUtf16(dayPartCode(part));
                c.type = TimexType::Time;
            }
        }
        return true;
    }
    if (isId(i, WTonight)) {
        c.type = TimexType::Time;
        if (!hasDct())
            setUnresolved(c, u"XXXX-XX-XXTNI"_s, u"needs the article's date"_s);
        else {
            setDayValue(c, m_dct, u"tonight: the night of the article's date (%1)"_s.arg(m_dctText));
            c.value += u"TNI"_s;
        }
        return true;
    }
    if (isId(i, WRight) && isId(i + 1, WNow)) {
        c.first = i;
        return ref(now, u"now: the time of writing"_s, i + 2);
    }
    // "Now, they say ...": a sentence-opening "Now," is a discourse marker, not a time.
    if (isId(i, WNow) && i == 0 && isPunct(i + 1, u','))
        return false;
    if (isId(i, WNow) || isId(i, WCurrently) || isId(i, WNowadays) || isId(i, WPresently))
        return ref(now, u"now: the time of writing"_s, i + 1);
    if (isId(i, WCurrent) && !tok(i).capital && !isWordText(i + 1, u"account") && !isWordText(i + 1, u"accounts")
        && !isId(i - 1, WThen))
        return ref(now, u"current: at the time of writing"_s, i + 1);
    if (isId(i, WThese) && isUnit(i + 1, UDay) && tok(i + 1).lex.plural)
        return ref(now, u"these days: the present"_s, i + 2);
    if (isId(i, WAt) && isId(i + 1, WPresent) && !isCat(i + 2, Cat::None))
        return false;
    if (isId(i, WAt) && isId(i + 1, WPresent))
        return ref(now, u"at present: the time of writing"_s, i + 2);
    if (isId(i, WThe) && isId(i + 1, WMoment) && isId(i - 1, WAt)) {
        return ref(now, u"the moment: the time of writing"_s, i + 2);
    }
    if (isId(i, WRecently))
        return ref(u"PAST_REF"_s, u"some time before the article's date"_s, i + 1);
    if (isId(i, WThe) && isId(i + 1, WPast) && !isCat(i + 2, Cat::Unit) && !isCat(i + 2, Cat::NumWord)
        && !isNumber(i + 2) && !isId(i + 2, WFew) && !isId(i + 2, WSeveral) && !isId(i + 2, WCouple))
        return ref(u"PAST_REF"_s, u"the past: before the article's date"_s, i + 2);
    if (isId(i, WThe) && isId(i + 1, WFuture) && !isId(i + 2, WOf))
        return ref(u"FUTURE_REF"_s, u"the future: after the article's date"_s, i + 2);
    if (isId(i, WThe) && isId(i + 1, WNear) && isId(i + 2, WFuture))
        return ref(u"FUTURE_REF"_s, u"the near future: soon after the article's date"_s, i + 3);
    if (isId(i, WThe) && (isId(i + 1, WNear) || isId(i + 1, WShort) || isId(i + 1, WLong)) && isId(i + 2, WTerm))
        return ref(u"FUTURE_REF"_s, u"the coming period after the article's date"_s, i + 3);
    if (isId(i, WA) && isId(i + 1, WLater) && isUnit(i + 2, UDay) && !tok(i + 2).lex.plural)
        return false;
    if (isId(i, WA) && isId(i + 1, WLater) && isWordText(i + 2, u"date"))
        return ref(u"FUTURE_REF"_s, u"a later date: some time after the article's date"_s, i + 3);
    return false;
}

// "this week", "next month", "last year", "the past year", "last Friday", "this summer",
// "last June", "this morning", "last night", "the weekend", "the year".
bool Scanner::ruleDeictic(int i, Cand &c)
{
    // "year-end", "year end", "year's end": the end of the year in question.
    if (isUnit(i, UYear) && !tok(i).lex.plural && !(tok(i).capital && i > 0)) {
        int e = isJoin(i + 1) ? i + 2 : afterPossessive(i + 1) > 0 ? afterPossessive(i + 1) : i + 1;
        if (isId(e, WEnd) && !isJoin(e + 1)) {
            c.first = isId(i - 1, WAround) ? i - 1 : i;
            c.last = e + 1;
            if (!hasDct()) {
                setUnresolved(c, u"XXXX"_s, u"needs the article's date"_s);
                return true;
            }
            setPoint(c, Point::ofYear(m_dct.year()), u"the end of the year of the article's date"_s, true);
            return true;
        }
    }
    // "that year", "that quarter": the one the text spoke of last.
    if (isId(i, WThat) && isCat(i + 1, Cat::Unit) && !tok(i + 1).lex.plural) {
        const Unit u = Unit(tok(i + 1).lex.value);
        Point p;
        if (u == UYear && m_ref.isValid() && m_ref.gran >= Gran::Year)
            p = Point::ofYear(m_ref.year);
        else if (u == UQuarter && recentPeriod().gran == Gran::Quarter)
            p = recentPeriod();
        else if (u == UDay && m_ref.gran == Gran::Day)
            p = m_ref;
        if (!p.isValid())
            return false;
        c.first = i;
        c.last = i + 2;
        setPoint(c, p, u"%1: the one mentioned before (%2)"_s.arg(u"that "_s + unitName(u), pointValue(p)), true);
        return true;
    }
    int j = i;
    const bool the = isId(j, WThe);
    if (the)
        ++j;
    int shift = 0;
    bool current = false, following = false, previous = false, latest = false;
    if (isId(j, WThis)) {
        current = true;
        ++j;
        if (isId(j, WPast)) {
            shift = -1;
            current = false;
            ++j;
        } else if (isId(j, WComing)) {
            shift = 1;
            current = false;
            ++j;
        }
    } else if (isId(j, WNext) || isId(j, WComing)) {
        shift = 1;
        ++j;
    } else if (isId(j, WLast) || isId(j, WPast)) {
        shift = -1;
        ++j;
    } else if (isId(j, WCurrent) && the) {
        current = true;
        ++j;
    } else if (isId(j, WFollowing) && the) {
        following = true;
        shift = 1;
        ++j;
    } else if (isId(j, WPrevious) && the) {
        previous = true;
        shift = -1;
        ++j;
    } else if (the) {
        latest = true; // plain "the": "the weekend", "the year"
    } else if (isCat(j, Cat::Season) && (isId(j - 1, WEarly) || isId(j - 1, WLate) || isHyphen(j - 1))) {
        latest = true; // "early summer", "mid-winter": the season nearest the article
    } else {
        return false;
    }
    if ((isId(j, WFiscal) || (latest && isWordText(j, u"full"))) && isUnit(j + 1, UYear))
        ++j; // "the current fiscal year", "last fiscal year", "the full year"
    if (!has(j))
        return false;
    // "this week" needs "this"; "the this" is no phrase.
    if (the && current && isId(i + 1, WThis))
        return false;
    c.first = i;
    c.last = j + 1;
    // Computed only once a rule below has matched: most calls here match nothing.
    auto tenseNow = [&] { return tenseAround(i, j + 1); };
    auto phraseText = [&] { return m_text.sliced(tok(i).start, tok(j).end - tok(i).start).toString(); };
    auto fromText = [&] { return hasDct() ? u"the article's date (%1)"_s.arg(m_dctText) : QString(); };

    if (isCat(j, Cat::Unit) && !tok(j).lex.plural && !(tok(j).capital && j > 0)) {
        const Unit u = Unit(tok(j).lex.value);
        if (latest) {
            // "the weekend" by tense; "the year" is the year in question.
            if (u == UWeekend) {
                if (!hasDct()) {
                    setUnresolved(c, u"XXXX-WXX-WE"_s, u"needs the article's date"_s);
                    return true;
                }
                QDate d = m_dct;
                if (tenseNow() != TFuture && m_dct.dayOfWeek() < 6)
                    d = d.addDays(-7);
                setPoint(c, {Gran::Weekend, d.year(), 0, d},
                         u"the weekend %1 %2"_s.arg(tenseNow() == TFuture ? u"after"_s : u"before"_s, fromText()), true);
                return true;
            }
            if (u == UYear && !isId(j + 1, WEnded) && !isId(j + 1, WEnding) && !isJoin(j + 1) && afterPossessive(j + 1) < 0) {
                if (isWordText(j + 1, u"before") || isWordText(j + 1, u"after"))
                    return false;
                // The year of a period named in this or the last two sentences, else the
                // article's own year ("for the year" in results news).
                const Point period = recentPeriod();
                const Point p = period.isValid() ? period : (hasDct() ? anchoredPoint(Gran::Year) : Point());
                if (!p.isValid()) {
                    setUnresolved(c, u"XXXX"_s, u"needs the article's date"_s);
                    return true;
                }
                setPoint(c, Point::ofYear(p.year), u"the year: the year in question (%1)"_s.arg(p.year), true);
                return true;
            }
            if (u == UYear && (isId(j + 1, WEnded) || isId(j + 1, WEnding))) {
                c.type = TimexType::Duration;
                c.value = u"P1Y"_s;
                c.explanation = u"a twelve-month period"_s;
                return true;
            }
            return false;
        }
        if (u == UQuarter && (latest || previous))
            return false; // ruleQuarter
        if (u == UDay) {
            // "the next day", "the previous day": relative to the day last mentioned.
            if (!(following || previous || (the && shift != 0)))
                return false;
            if (m_ref.gran != Gran::Day)
                return false;
            setDayValue(c, m_ref.date.addDays(shift), u"%1: relative to %2"_s.arg(phraseText(), describe(m_ref.date)));
            return true;
        }
        Gran g = Gran::None;
        switch (u) {
        case UWeek: g = Gran::Week; break;
        case UWeekend: g = Gran::Weekend; break;
        case UMonth: g = Gran::Month; break;
        case UQuarter: g = Gran::Quarter; break;
        case UYear: g = Gran::Year; break;
        case UDecade: g = Gran::Decade; break;
        case UCentury: g = Gran::Century; break;
        default: return false;
        }
        // "the following year": after the year last mentioned, not the article's.
        if (following && m_ref.isValid() && m_ref.gran >= Gran::Year) {
            Point base = m_ref;
            if (g == Gran::Year)
                base = Point::ofYear(m_ref.year);
            else if (g == Gran::Month && m_ref.gran >= Gran::Month)
                base = Point::ofMonth(m_ref.year, m_ref.gran == Gran::Month ? m_ref.sub : m_ref.date.month());
            else
                base = Point();
            if (base.isValid()) {
                setPoint(c, shifted(base, 1), u"%1: after %2, mentioned before"_s.arg(phraseText(), pointValue(base)), true);
                return true;
            }
        }
        if (!hasDct()) {
            static const char16_t *ph[] = {u"", u"XX", u"XXX", u"XXXX", u"XXXX-HX", u"XXXX-XX", u"XXXX-QX",
                                           u"XXXX-XX", u"XXXX-WXX", u"XXXX-WXX-WE", u"XXXX-XX-XX"};
            setUnresolved(c, QString::fromUtf16(ph[int(g)]), u"needs the article's date"_s);
            return true;
        }
        Point p = g == Gran::Weekend ? Point{Gran::Weekend, m_dct.year(), 0, m_dct} : anchoredPoint(g);
        QString why = u"%1: "_s.arg(phraseText());
        // On a weekend, "this week" in a clause that is not past means the week ahead: news
        // written on a Saturday or Sunday speaks of the coming days.
        if ((g == Gran::Week || g == Gran::Weekend) && current && tenseNow() != TPast && m_dct.dayOfWeek() >= 6
            && g == Gran::Week) {
            p = shifted(p, 1);
            why += u"in a %1 clause on a weekend, the coming week after %2"_s.arg(tenseWord(tenseNow()), fromText());
        } else if (shift != 0) {
            p = shifted(p, shift);
            why += u"the %1 %2 that of %3"_s.arg(unitName(u), shift < 0 ? u"before"_s : u"after"_s, fromText());
        } else {
            if ((g == Gran::Week || g == Gran::Weekend) && current && m_dct.dayOfWeek() >= 6)
                why += u"in a %1 clause, the week just ending on %2"_s.arg(tenseWord(tenseNow()), fromText());
            else
                why += u"the %1 of %2"_s.arg(unitName(u), fromText());
        }
        setPoint(c, p, why, true);
        return true;
    }
    if (isCat(j, Cat::Season) && !previous && !following && !(latest && isId(j + 1, WOf))) {
        const int s = tok(j).lex.value;
        if (!hasDct()) {
            setUnresolved(c, u"XXXX-"_s + seasonCode(s), u"needs the article's date"_s);
            return true;
        }
        // A season of year Y runs three months from its first month (winter from December).
        const int firstMonth = s == SSpring ? 3 : s == SSummer ? 6 : s == SFall ? 9 : 12;
        auto starts = [&](int y) { return QDate(y, firstMonth, 1); };
        int y = m_dct.year() + 1;
        if (shift < 0) {
            while (starts(y).addMonths(3) > m_dct) // the last one already over
                --y;
        } else if (shift > 0) {
            y = m_dct.year() - 1;
            while (starts(y) <= m_dct) // the first one not yet begun
                ++y;
        } else {
            while (starts(y) > m_dct.addMonths(3)) // the one under way or just ahead
                --y;
        }
        setPoint(c, {Gran::Season, y, s, {}}, u"%1: relative to %2"_s.arg(phraseText(), fromText()), true);
        return true;
    }
    if (latest || following)
        return false;
    if (isCat(j, Cat::Weekday) && tok(j).capital && !tok(j).lex.plural) {
        const int dow = tok(j).lex.value;
        if (!hasDct()) {
            setUnresolved(c, u"XXXX-WXX-%1"_s.arg(dow), u"needs the article's date"_s);
            return true;
        }
        QDate base = (previous && m_ref.gran == Gran::Day) ? m_ref.date : m_dct;
        QDate d;
        if (shift < 0) {
            const int back = (base.dayOfWeek() - dow + 7) % 7;
            d = base.addDays(back == 0 ? -7 : -back);
        } else if (shift > 0) {
            const int ahead = (dow - base.dayOfWeek() + 7) % 7;
            d = base.addDays(ahead == 0 ? 7 : ahead);
        } else {
            d = weekdayFor(base, dow, tenseNow() == TNone ? TFuture : tenseNow());
        }
        setDayValue(c, d, u"%1: relative to %2"_s.arg(phraseText(), describe(base)));
        return true;
    }
    if (isCat(j, Cat::Month) && tok(j).capital && !previous) {
        const int m = tok(j).lex.value;
        if (!hasDct()) {
            setUnresolved(c, u"XXXX-%1"_s.arg(m, 2, 10, QChar(u'0')), u"needs the article's date"_s);
            return true;
        }
        int y = m_dct.year();
        if (shift < 0)
            y = m < m_dct.month() ? y : y - 1;
        else if (shift > 0)
            y = m > m_dct.month() ? y : y + 1;
        // "last Oct. 23": the day in that month
        int k = j + 1;
        if (isPunct(k, u'.') && !tok(k).spaceBefore)
            ++k;
        int day = 0;
        const int afterDay = parseDayNumber(k, day);
        if (afterDay > 0 && QDate::isValid(y, m, day)) {
            c.last = afterDay;
            setDayValue(c, QDate(y, m, day), u"%1: relative to %2"_s.arg(phraseText(), fromText()));
            return true;
        }
        setPoint(c, Point::ofMonth(y, m), u"%1: relative to %2"_s.arg(phraseText(), fromText()), true);
        return true;
    }
    if (isCat(j, Cat::DayPart) && !tok(j).lex.plural && !the && (current || (shift < 0 && tok(j).lex.value == PNight))) {
        c.type = TimexType::Time;
        const int part = tok(j).lex.value;
        if (!hasDct()) {
            setUnresolved(c, u"XXXX-XX-XX"_s + QString::fromUtf16(dayPartCode(part)), u"needs the article's date"_s);
            return true;
        }
        const QDate d = shift < 0 ? m_dct.addDays(-1) : m_dct;
        setDayValue(c, d, u"%1: on %2"_s.arg(phraseText(), describe(d)));
        c.value += QString::fromUtf16(dayPartCode(part));
        return true;
    }
    return false;
}

// "March 22, 2024", "Oct. 7", "22 March", "June 1994", "March", "June last year".
bool Scanner::ruleMonth(int i, Cand &c)
{
    int m = 0, day = 0, year = 0;
    int k = -1;
    c.first = i;
    if (isNumber(i) && isCat(i + 1, Cat::Month) && tok(i + 1).capital) {
        // "22 March 2024"
        if (parseDayNumber(i, day) != i + 1)
            return false;
        m = tok(i + 1).lex.value;
        k = i + 2;
        if (isPunct(k, u'.') && tok(i + 1).end - tok(i + 1).start <= 4)
            ++k;
        int y = 0;
        const int after = parseYearNumber(k, y);
        if (after > 0) {
            year = y;
            k = after;
        }
    } else if (isCat(i, Cat::Month) && tok(i).capital) {
        m = tok(i).lex.value;
        k = i + 1;
        const qsizetype len = tok(i).end - tok(i).start;
        const bool full = len >= 5 || isWordText(i, u"june") || isWordText(i, u"july") || isWordText(i, u"may");
        const bool dot = isPunct(k, u'.') && !tok(k).spaceBefore;
        if (dot && len <= 4)
            ++k;
        else if (!full && !isNumber(k))
            return false;
        int d = 0;
        const int afterDay = parseDayNumber(k, d);
        if (afterDay > 0) {
            day = d;
            k = afterDay;
            int yk = isPunct(k, u',') ? k + 1 : k;
            int y = 0;
            const int afterYear = parseYearNumber(yk, y);
            if (afterYear > 0) {
                year = y;
                k = afterYear;
            }
        } else {
            int yk = isPunct(k, u',') ? k + 1 : (isId(k, WOf) ? k + 1 : k);
            int y = 0;
            const int afterYear = parseYearNumber(yk, y);
            if (afterYear > 0) {
                year = y;
                k = afterYear;
            } else if (!dot && !full) {
                return false;
            } else if (isWordText(i, u"may") && (i == 0 || isPunct(i - 1, u'"') || isPunct(i - 1, u'\u201C'))) {
                return false; // "May I ..." opening a sentence
            } else if (isWordText(i, u"march")
                       && (isId(k, WTo) || isId(k, WOn) || isId(k, WIn) || isId(k, WFor) || isId(k, WOf))) {
                if (!isId(i - 1, WIn) && !isId(i - 1, WOf) && !isId(i - 1, WSince) && !isId(i - 1, WBy))
                    return false; // "March on Washington", "the March for Life"
            }
            // "June last year", "January this year"
            if (!year && (isId(k, WLast) || isId(k, WThis) || isId(k, WNext)) && isUnit(k + 1, UYear) && hasDct()) {
                year = m_dct.year() + (isId(k, WLast) ? -1 : isId(k, WNext) ? 1 : 0);
                k += 2;
                c.last = k;
                setPoint(c, Point::ofMonth(year, m), u"the month in the year relative to the article's date"_s, true);
                return true;
            }
        }
    } else {
        return false;
    }
    c.last = k;
    if (day && !QDate::isValid(year ? year : 2000, m, day))
        return false;
    if (year) {
        if (day)
            setDayValue(c, QDate(year, m, day), u"a calendar date"_s, false);
        else
            setPoint(c, Point::ofMonth(year, m), u"a calendar month"_s, false);
        return true;
    }
    if (!hasDct()) {
        setUnresolved(c, day ? u"XXXX-%1-%2"_s.arg(m, 2, 10, QChar(u'0')).arg(day, 2, 10, QChar(u'0'))
                             : u"XXXX-%1"_s.arg(m, 2, 10, QChar(u'0')),
                      u"a date without a year; the year needs the article's date"_s);
        return true;
    }
    const Tense tense = tenseAround(c.first, c.last);
    const int y = yearFor(m_dct, m, day, tense);
    const QString why = u"no year given: in a %1 clause, the %2 %3 the article's date (%4)"_s.arg(
        tenseWord(tense), u"one"_s,
        tense == TPast ? u"on or before"_s : tense == TFuture ? u"on or after"_s : u"nearest to"_s, m_dctText);
    if (day && QDate::isValid(y, m, day))
        setDayValue(c, QDate(y, m, day), why);
    else if (day)
        return false;
    else
        setPoint(c, Point::ofMonth(y, m), why, true);
    return true;
}

// "Friday", "Friday morning", "Saturday, April 25", "Friday Oct. 13".
bool Scanner::ruleWeekday(int i, Cand &c)
{
    if (!isCat(i, Cat::Weekday) || !tok(i).capital || tok(i).lex.plural)
        return false;
    const int dow = tok(i).lex.value;
    c.first = i;
    int k = i + 1;
    Cand date;
    const int dk = isPunct(k, u',') ? k + 1 : k;
    if (isCat(dk, Cat::Month) && ruleMonth(dk, date) && date.point.gran == Gran::Day) {
        c = date;
        c.first = i;
        return true;
    }
    const int part = isCat(k, Cat::DayPart) && !tok(k).lex.plural ? tok(k).lex.value : 0;
    if (part)
        ++k;
    c.last = k;
    if (!hasDct()) {
        setUnresolved(c, u"XXXX-WXX-%1"_s.arg(dow) + QString::fromUtf16(dayPartCode(part)),
                      u"a weekday; which one needs the article's date"_s);
    } else {
        const Tense tense = tenseAround(i, k);
        const QDate d = weekdayFor(m_dct, dow, tense);
        const QString name = m_text.sliced(tok(i).start, tok(i).end - tok(i).start).toString();
        QString how;
        if (tense == TPast)
            how = u"the %1 on or before"_s.arg(name);
        else if (tense == TFuture)
            how = u"the %1 on or after"_s.arg(name);
        else
            how = u"the %1 nearest to"_s.arg(name);
        setDayValue(c, d, u"%1 in a %2 clause: %3 the article's date (%4)"_s.arg(name, tenseWord(tense), how, m_dctText));
    }
    if (part) {
        c.type = TimexType::Time;
        c.value += QString::fromUtf16(dayPartCode(part));
    }
    return true;
}

} // namespace factline::extract::timex
