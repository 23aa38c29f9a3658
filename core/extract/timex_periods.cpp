// SPDX-License-Identifier: MIT
#include "timex_scanner.h"

// Years, decades, centuries, quarters and halves, the "year-earlier" of results news,
// and holidays.

namespace factline::extract::timex {

using namespace Qt::StringLiterals;

namespace {

// Words before a number that make it a year even outside 1900-2099 ("in 1848").
const char16_t *const yearCues[] = {u"in", u"since", u"by", u"of", u"from", u"until", u"to", u"before",
                                    u"after", u"early", u"late", u"mid", u"fiscal", u"year", u"between",
                                    u"during", u"around", u"circa", u"through", u"till", nullptr};

} // namespace

int Scanner::parseYearNumber(int j, int &year) const
{
    if (isNumber(j) && tok(j).digits == 4 && tok(j).number >= 1000 && tok(j).number <= 2099) {
        year = tok(j).number;
        return j + 1;
    }
    // Spoken years in broadcast transcripts: "nineteen ninety-six", "two thousand".
    if (isCat(j, Cat::NumWord)) {
        const int v = tok(j).lex.value;
        if (v >= 11 && v <= 20 && isCat(j + 1, Cat::NumWord)) {
            int t = tok(j + 1).lex.value;
            int k = j + 2;
            if (t < 20 || t > 90 || t % 10)
                return -1;
            if (isJoin(k) && isCat(k + 1, Cat::NumWord) && tok(k + 1).lex.value < 10) {
                t += tok(k + 1).lex.value;
                k += 2;
            }
            year = v * 100 + t;
            return k;
        }
        if (v == 2 && isCat(j + 1, Cat::NumWord) && tok(j + 1).lex.value == 200) {
            int k = j + 2;
            year = 2000;
            int u = isId(k, WAnd) ? k + 1 : k;
            if (isCat(u, Cat::NumWord) && tok(u).lex.value < 20) {
                year += tok(u).lex.value;
                k = u + 1;
            }
            return k;
        }
    }
    return -1;
}

// Years, decades and centuries: "2007", "fiscal 1989", "the 1990s", "the '80s", "the
// nineties", "the 20th century", "nineteen ninety-six", "the year two thousand".
bool Scanner::ruleYear(int i, Cand &c)
{
    int j = i;
    const bool the = isId(j, WThe);
    if (the)
        ++j;
    const bool fiscal = isId(j, WFiscal);
    if (fiscal) {
        ++j;
        if (isUnit(j, UYear) && !tok(j).lex.plural)
            ++j;
    }
    const bool yearWord = !fiscal && the && isUnit(j, UYear) && !tok(j).lex.plural;
    if (yearWord)
        ++j;
    c.first = i;
    // Decades
    if (isNumber(j) && tok(j).digits == 4 && tok(j).number % 10 == 0 && isWordText(j + 1, u"s")
        && !tok(j + 1).spaceBefore) {
        const int y = tok(j).number;
        c.last = j + 2;
        setPoint(c, {Gran::Decade, y, 0, {}}, u"the decade of the %1s"_s.arg(y), false);
        return true;
    }
    if (isApostrophe(j) && isNumber(j + 1) && tok(j + 1).digits == 2 && tok(j + 1).number % 10 == 0
        && isWordText(j + 2, u"s") && !tok(j + 2).spaceBefore) {
        const int y = 1900 + tok(j + 1).number;
        c.last = j + 3;
        setPoint(c, {Gran::Decade, y, 0, {}}, u"the decade of the %1s"_s.arg(y), false);
        return true;
    }
    if (the && isCat(j, Cat::Decade)) {
        const int y = 1900 + 10 * tok(j).lex.value;
        c.last = j + 1;
        setPoint(c, {Gran::Decade, y, 0, {}}, u"the decade of the %1s"_s.arg(y), false);
        return true;
    }
    // Centuries
    int ordinal = 0;
    int k = j;
    if (isCat(j, Cat::Ordinal)) {
        ordinal = tok(j).lex.value;
        k = j + 1;
    } else if (isNumber(j) && tok(j).digits <= 2 && (isWordText(j + 1, u"th") || isWordText(j + 1, u"st")
                                                     || isWordText(j + 1, u"nd") || isWordText(j + 1, u"rd"))) {
        ordinal = tok(j).number;
        k = j + 2;
    }
    if (ordinal > 0 && ordinal <= 21 && isUnit(k, UCentury) && !tok(k).lex.plural) {
        c.last = k + 1;
        setPoint(c, {Gran::Century, (ordinal - 1) * 100, 0, {}}, u"the %1th century"_s.arg(ordinal), false);
        return true;
    }
    int y = 0;
    k = parseYearNumber(j, y);
    if (k < 0)
        return false;
    if (tok(j).kind == TokKind::Number) {
        // A bare four-digit number is a year only where nothing says it is a quantity.
        if (isPunct(j - 1, u'$') || isPunct(j - 1, u'#') || isPunct(j - 1, u'\u00A3') || isPunct(j - 1, u'\u20AC')
            || isPunct(k, u'%') || isWordText(k, u"percent") || (isPunct(k, u':') && isNumber(k + 1))
            || isPunct(j - 1, u'.') || (isPunct(j - 1, u',') && isNumber(j - 2)))
            return false;
        bool cue = fiscal || yearWord;
        for (int w = 0; !cue && yearCues[w]; ++w)
            cue = isWordText(j - 1, QStringView(yearCues[w]));
        const int maxYear = hasDct() ? m_dct.year() + 30 : 2060;
        if (!cue && (y < 1900 || y > maxYear))
            return false;
        if (!cue && isCat(k, Cat::None) && has(k) && tok(k).kind == TokKind::Word && !tok(k).capital
            && m_text[tok(k).end - 1] == u's' && !isWordText(k, u"was") && !isWordText(k, u"has"))
            return false; // "1500 troops"
        if (isCat(k, Cat::Unit) || isJoin(k))
            return false;
    } else if (!yearWord && !the && !isId(i - 1, WIn) && !isId(i - 1, WOf) && !isId(i - 1, WSince)) {
        // Spoken years are years by their form; "the year two thousand" by its noun.
    }
    c.last = k;
    setPoint(c, Point::ofYear(y), fiscal ? u"the fiscal year %1"_s.arg(y) : u"the year %1"_s.arg(y), false);
    if (the && !yearWord)
        c.first = j; // "the 1990" is no phrase; the article is not part of a year
    return true;
}

// Quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 1990",
// "the 1988 third quarter", "fiscal second-quarter", "the quarter", "the latest quarter",
// "the year-earlier quarter", "this year's third quarter", "the first half of 1989".
bool Scanner::ruleQuarter(int i, Cand &c)
{
    int j = i;
    const bool the = isId(j, WThe);
    if (the)
        ++j;
    int year = 0;
    int yearShift = 0;   // "last year's"
    bool yearAgo = false; // "year-earlier", "year-ago"
    bool latest = false, current = false, previous = false, same = false;
    if (isNumber(j) && tok(j).digits == 4 && the) {
        year = tok(j).number;
        ++j;
    }
    if ((isId(j, WThis) || isId(j, WLast) || isId(j, WNext)) && isUnit(j + 1, UYear) && afterPossessive(j + 2) > 0) {
        yearShift = isId(j, WLast) ? -1 : isId(j, WNext) ? 1 : 0;
        if (!hasDct())
            return false;
        year = m_dct.year() + yearShift;
        j = afterPossessive(j + 2);
    }
    if (isWordText(j, u"comparable") || isWordText(j, u"corresponding"))
        ++j;
    if (isUnit(j, UYear) && !tok(j).lex.plural && isJoin(j + 1) && (isId(j + 2, WEarlier) || isId(j + 2, WAgo))) {
        yearAgo = true;
        j += 3;
    }
    if (isId(j, WLatest) || isId(j, WLast) || isId(j, WPrevious) || isId(j, WCurrent) || isId(j, WSame)) {
        latest = isId(j, WLatest);
        current = isId(j, WCurrent);
        previous = isId(j, WLast) || isId(j, WPrevious);
        same = isId(j, WSame);
        ++j;
    }
    if (isId(j, WFiscal)) {
        ++j;
        if (isJoin(j))
            ++j;
    }
    int q = 0;
    int half = 0;
    if (isCat(j, Cat::Ordinal) && tok(j).lex.value <= 4) {
        const int ord = tok(j).lex.value;
        int k = j + 1;
        if (isJoin(k))
            ++k;
        if (isUnit(k, UQuarter) && !tok(k).lex.plural) {
            q = ord;
            j = k;
        } else if (isId(k, WHalf) && ord <= 2) {
            half = ord;
            j = k;
        } else {
            return false;
        }
    } else if (isId(j, WHalf) && previous) {
        half = 2; // "the last half"
    } else if (!(isUnit(j, UQuarter) && !tok(j).lex.plural) && !(the && isId(j, WPeriod))) {
        return false;
    }
    const bool periodWord = isId(j, WPeriod);
    if (isJoin(j + 1))
        return false; // "quarter-to-quarter"
    if (!the && !q && !half)
        return false;
    if (!the && !q && year == 0 && !yearShift)
        return false;
    if (half && !the)
        return false;
    if (periodWord && !(latest || yearAgo || year || same))
        return false;
    int k = j + 1;
    // "of 1990", "of fiscal 1990", "of the year"
    if (isId(k, WOf)) {
        int yk = k + 1;
        if (isId(yk, WFiscal))
            ++yk;
        int y = 0;
        const int after = parseYearNumber(yk, y);
        if (after > 0) {
            year = y;
            k = after;
        }
    }
    c.first = i;
    c.last = k;
    if (half) {
        if (!year && !hasDct()) {
            setUnresolved(c, u"XXXX-H%1"_s.arg(half), u"needs the article's date"_s);
            return true;
        }
        setPoint(c, {Gran::Half, year ? year : m_dct.year(), half, {}}, u"a half year"_s, year == 0);
        return true;
    }
    // The quarter in question: named, or the one the text last spoke of, or the last one
    // completed before the article (companies report on the quarter just ended).
    Point base;
    QString why;
    if (q) {
        int y = year;
        if (!y) {
            if (!hasDct()) {
                setUnresolved(c, u"XXXX-Q%1"_s.arg(q), u"needs the article's date"_s);
                return true;
            }
            y = m_dct.year();
            if (q > quarterOf(m_dct) + 1 && tenseAround(i, k) != TFuture)
                y -= 1;
        }
        base = Point::ofQuarter(y, q);
        why = u"the %1 quarter of %2"_s.arg(q).arg(y);
    } else if (current && hasDct()) {
        base = Point::ofQuarter(m_dct.year(), quarterOf(m_dct));
        why = u"the quarter of the article's date"_s;
    } else if (recentPeriod().gran == Gran::Quarter && !previous && !latest) {
        base = recentPeriod();
        why = u"the quarter mentioned before (%1)"_s.arg(pointValue(base));
    } else if (hasDct()) {
        base = shifted(Point::ofQuarter(m_dct.year(), quarterOf(m_dct)), -1);
        why = u"the last quarter completed before the article's date"_s;
    } else {
        setUnresolved(c, u"XXXX-QX"_s, u"needs the article's date"_s);
        return true;
    }
    if (year && !q)
        base = Point::ofQuarter(year, base.sub);
    if (yearAgo) {
        const Point about = base;
        setPoint(c, shifted(base, -4), why + u", a year earlier"_s, true);
        c.point = about; // the text still speaks of the later period
        return true;
    }
    setPoint(c, base, why, !(q && year));
    return true;
}

// "year-earlier", "year-ago" used on their own ("compared with year-earlier profit").
bool Scanner::ruleYearAgoAdjective(int i, Cand &c)
{
    if (!(isUnit(i, UYear) && !tok(i).lex.plural && isJoin(i + 1) && (isId(i + 2, WEarlier) || isId(i + 2, WAgo))))
        return false;
    c.first = i;
    c.last = i + 3;
    if (recentPeriod().isValid()) {
        const Point p = shiftedBy(recentPeriod(), UYear, -1);
        setPoint(c, p, u"a year before the period mentioned before (%1)"_s.arg(pointValue(recentPeriod())), true);
        c.point = Point(); // the text still speaks of the later period
        return true;
    }
    if (!hasDct()) {
        setUnresolved(c, u"XXXX"_s, u"needs the article's date"_s);
        return true;
    }
    setPoint(c, Point::ofYear(m_dct.year() - 1), u"the year before the article's date"_s, true);
    c.point = Point();
    return true;
}

// "Christmas", "Thanksgiving Day", "Election Day", "New Year's Day".
bool Scanner::ruleHoliday(int i, Cand &c)
{
    if (!isId(i, WHoliday))
        return false;
    int holiday = 0;
    int k = matchHoliday(m_text, m_toks, i, holiday);
    if (k < 0)
        return false;
    c.first = i;
    int y = 0;
    const int yk = isPunct(k, u',') ? k + 1 : k;
    const int after = parseYearNumber(yk, y);
    int month = 0, day = 0;
    if (after > 0) {
        k = after;
    } else if (hasDct()) {
        const Tense tense = tenseAround(i, k);
        holidayDate(holiday, m_dct.year(), month, day);
        y = yearFor(m_dct, month, day, tense);
    } else {
        c.last = k;
        setUnresolved(c, u"XXXX-XX-XX"_s, u"a holiday; which year needs the article's date"_s);
        return true;
    }
    c.last = k;
    holidayDate(holiday, y, month, day);
    setDayValue(c, QDate(y, month, day), u"a holiday, in %1"_s.arg(y), after < 0);
    return true;
}

} // namespace factline::extract::timex
