// SPDX-License-Identifier: MIT
#include "timex_scanner.h"

// Counted spans of time ("five years", "three days ago"), sets ("every year") and clock
// times ("3 p.m. Friday").

namespace factline::extract::timex {

using namespace Qt::StringLiterals;

namespace {

QChar unitLetter(Unit u)
{
    switch (u) {
    case USecond: return u'S';
    case UMinute: return u'M';
    case UHour: return u'H';
    case UDay: return u'D';
    case UWeek: return u'W';
    case UMonth: return u'M';
    case UQuarter: return u'Q';
    case UDecade: return u'E';
    case UCentury: return u'C';
    default: return u'Y';
    }
}

bool isClockUnit(Unit u) { return u == USecond || u == UMinute || u == UHour; }

} // namespace

int Scanner::parseCount(int j, int &value, bool &vague) const
{
    vague = false;
    value = 0;
    if (!has(j))
        return -1;
    const Token &t = tok(j);
    int k = -1;
    if (t.kind == TokKind::Number) {
        if (t.digits == 0 || t.number <= 0 || t.number > 100000)
            return -1;
        value = t.number;
        k = j + 1;
        // "2 1/2 years": the half is dropped from the value, kept in the span.
        if (isNumber(k) && isPunct(k + 1, u'/') && isNumber(k + 2))
            k += 3;
    } else if (isId(j, WA) || isId(j, WAn)) {
        if (isId(j + 1, WFew)) {
            vague = true;
            k = j + 2;
        } else if (isId(j + 1, WCouple)) {
            value = 2;
            k = j + 2;
            if (isId(k, WOf))
                ++k;
        } else if (isId(j + 1, WDozen)) {
            value = 12;
            k = j + 2;
        } else {
            value = 1;
            k = j + 1;
        }
    } else if (isCat(j, Cat::NumWord)) {
        int v = tok(j).lex.value;
        k = j + 1;
        if (v == 200 || v == 100)
            return -1;
        if (v >= 20 && v % 10 == 0 && v < 100) {
            int u = isJoin(k) ? k + 1 : k;
            if (isCat(u, Cat::NumWord) && tok(u).lex.value < 10) {
                v += tok(u).lex.value;
                k = u + 1;
            }
        }
        if (isCat(k, Cat::NumWord) && tok(k).lex.value == 100) {
            v *= 100;
            ++k;
        } else if (isCat(k, Cat::NumWord) && tok(k).lex.value == 200) {
            v *= 1000;
            ++k;
        }
        value = v;
    } else if (isId(j, WSeveral) || isId(j, WFew) || isId(j, WMany)) {
        vague = true;
        k = j + 1;
    } else if (isId(j, WCouple)) {
        value = 2;
        k = j + 1;
        if (isId(k, WOf))
            ++k;
    } else {
        return -1;
    }
    // "two to three weeks", "12 to 18 months": a range keeps its first number.
    if (!vague && (isId(k, WTo) || isId(k, WOr) || isHyphen(k)) && (isNumber(k + 1) || isCat(k + 1, Cat::NumWord))
        && isCat(k + 2, Cat::Unit))
        k += 2;
    // "two more weeks", "eight trading days"
    if (isId(k, WMore) || isId(k, WAdditional) || isWordText(k, u"trading") || isWordText(k, u"business")
        || isWordText(k, u"straight") || isWordText(k, u"consecutive") || isWordText(k, u"full"))
        ++k;
    return k;
}

QString Scanner::durationValue(Unit u, int n, bool vague) const
{
    if (u == UDecade && !vague)
        return u"P%1Y"_s.arg(10 * n);
    if (u == UCentury && !vague)
        return u"P%1Y"_s.arg(100 * n);
    const QString amount = vague ? u"X"_s : QString::number(n);
    return (isClockUnit(u) ? u"PT"_s : u"P"_s) + amount + unitLetter(u);
}

// Counted spans of time: "five years", "the past two months", "a 30-year bond", "its fifth
// month", "three days ago", "a year earlier", "$5 million a year", "for years".
bool Scanner::ruleDuration(int i, Cand &c)
{
    int j = i;
    const bool the = isId(j, WThe);
    if (the)
        ++j;
    int direction = 0; // -1 past ("the past two years"), +1 next
    if (isId(j, WPast) || isId(j, WLast) || isId(j, WPrevious) || isId(j, WRecent)) {
        direction = -1;
        ++j;
    } else if (isId(j, WNext) || isId(j, WComing) || isId(j, WFollowing)) {
        direction = 1;
        ++j;
    } else if ((isCat(j, Cat::Ordinal) && tok(j).lex.value == 1) || isId(j, WLatest) || isId(j, WFinal)
               || isId(j, WAdditional) || isWordText(j, u"remaining") || isWordText(j, u"initial")) {
        ++j;
    }
    // "its fifth month", "their third year": how long something has lasted.
    if ((isId(i, WIts) || isId(i, WTheir)) && isCat(i + 1, Cat::Ordinal) && isCat(i + 2, Cat::Unit)) {
        const Unit u = Unit(tok(i + 2).lex.value);
        if (u == UWeekend || u == UQuarter)
            return false;
        const int n = tok(i + 1).lex.value;
        c.first = i;
        c.last = i + 3;
        c.type = TimexType::Duration;
        c.value = durationValue(u, n, false);
        c.explanation = u"an ordinal %1: it has lasted %2 %3"_s.arg(unitName(u, 1)).arg(n).arg(unitName(u, n));
        return true;
    }
    int n = 0;
    bool vague = false;
    int k = parseCount(j, n, vague);
    bool hyphenated = false;
    if (k < 0) {
        // No count: "recent weeks", "the coming months", "for years".
        if (!isCat(j, Cat::Unit) || !tok(j).lex.plural)
            return false;
        const Unit u = Unit(tok(j).lex.value);
        if (u == UWeekend || (u == UQuarter && !isId(j - 1, WRecent) && !isId(j - 1, WComing)))
            return false;
        if (tok(j).capital && j > 0)
            return false;
        c.first = i;
        c.last = j + 1;
        if (isId(j - 1, WRecent) || (direction < 0 && !the)) {
            c.value = u"PAST_REF"_s;
            c.explanation = u"recent %1: some time before the article's date"_s.arg(unitName(u, 2));
            return true;
        }
        if (isId(j - 1, WComing)) {
            c.value = u"FUTURE_REF"_s;
            c.explanation = u"the coming %1: some time after the article's date"_s.arg(unitName(u, 2));
            return true;
        }
        if (j == i && !(isId(i - 1, WFor) || isId(i - 1, WWithin) || isId(i - 1, WOver) || isId(i - 1, WIn)
                        || isId(i - 1, WAfter)))
            return false;
        if (isId(j + 1, WOf) || isId(j + 1, WAgo))
            return false;
        c.type = TimexType::Duration;
        c.value = durationValue(u, 0, true);
        c.explanation = u"an unspecified number of %1"_s.arg(unitName(u, 2));
        return true;
    }
    if (isJoin(k) && isCat(k + 1, Cat::Unit) && !tok(k + 1).lex.plural && !isId(j, WA) && !isId(j, WAn)) {
        hyphenated = true; // "two-year", "30-day"
        ++k;
        // "a 10-year-old": ages are not temporal expressions in TimeML.
        if (isJoin(k + 1) && (isId(k + 2, WOld) || isWordText(k + 2, u"long")))
            return false;
    }
    if (!isCat(k, Cat::Unit))
        return false;
    if (!hyphenated && isJoin(k + 1))
        return false; // "a year-earlier loss": the unit starts a compound adjective
    const Unit u = Unit(tok(k).lex.value);
    const bool plural = tok(k).lex.plural;
    if (u == UWeekend)
        return false;
    if (u == UQuarter && isId(k + 1, WOf) && !isId(k + 2, WThe))
        return false; // "three quarters of the population"
    if (u == UQuarter && isId(k + 1, WOf) && isId(k + 2, WThe) && !isUnit(k + 3, UYear))
        return false;
    // "60 Minutes", "This Week": a title, not a time.
    if (tok(k).capital && k > 0)
        return false;
    // Numbers need the plural beyond one, except as a modifier: "a five year low".
    const bool modifier = isId(i - 1, WA) || isId(i - 1, WAn) || isId(i - 1, WThe) || isId(i - 1, WIts)
        || isWordText(i - 1, u"his") || isWordText(i - 1, u"her") || isId(i - 1, WTheir);
    if (!hyphenated && !vague && n > 1 && !plural && !isId(j, WA) && !(modifier && j == i))
        return false;
    if (!hyphenated && plural && isId(k + 1, WOld))
        return false; // "52 years old": an age
    if (!hyphenated && n == 1 && plural)
        return false;
    if (tok(j).kind == TokKind::Number && tok(j).number >= 1000 && !plural && !hyphenated)
        return false; // "1990 year"
    int last = k + 1;
    if (isId(last, WOr) && isId(last + 1, WSo))
        last += 2;
    c.first = i;
    c.type = TimexType::Duration;

    // "three days ago", "a year earlier", "two weeks from now"
    const bool ago = isId(last, WAgo);
    // "a year earlier" names a date; "three days later" is annotated as the length alone.
    const bool earlier = (isId(last, WEarlier) || isId(last, WLater) || (isId(last, WBefore) && isId(last + 1, WThat)))
        && u == UYear;
    const bool fromNow = isId(last, WFrom) && isId(last + 1, WNow);
    if ((ago || earlier || fromNow) && !hyphenated && direction == 0) {
        const int sign = isId(last, WLater) || fromNow ? 1 : -1;
        c.last = last + (fromNow ? 2 : 1) + (isId(last, WBefore) ? 1 : 0);
        c.type = TimexType::Date;
        if (vague) {
            c.value = sign < 0 ? u"PAST_REF"_s : u"FUTURE_REF"_s;
            c.explanation = u"an unspecified time before or after"_s;
            return true;
        }
        // Company results name the period compared: "a year earlier" after "the third
        // quarter" is that quarter a year before, as TimeML annotators read it; otherwise
        // "earlier" counts from the year last named and "ago" from the article's date.
        const Point period = recentPeriod();
        const bool usePeriod = u == UYear && period.isValid();
        const bool useRef = !usePeriod && earlier && m_ref.isValid() && m_ref.gran >= Gran::Year;
        if (!usePeriod && !useRef && !hasDct()) {
            setUnresolved(c, u"XXXX"_s, u"needs the article's date"_s);
            return true;
        }
        Point base;
        if (usePeriod)
            base = period;
        else if (useRef)
            base = Point::ofYear(m_ref.year);
        else
            base = Point::ofDay(m_dct);
        Point p;
        if (base.gran == Gran::Day && base.date.isValid()) {
            const QDate d = base.date;
            switch (u) {
            case UYear: p = Point::ofYear(d.year() + sign * n); break;
            case UDecade: p = Point::ofYear(d.year() + sign * 10 * n); break;
            case UCentury: p = Point::ofYear(d.year() + sign * 100 * n); break;
            case UQuarter: p = shifted(Point::ofQuarter(d.year(), quarterOf(d)), sign * n); break;
            case UMonth: p = Point::ofMonth(d.addMonths(sign * n).year(), d.addMonths(sign * n).month()); break;
            case UWeek: p = Point::ofDay(d.addDays(7 * sign * n)); break;
            case UDay: p = Point::ofDay(d.addDays(sign * n)); break;
            default: p = Point::ofDay(d); break;
            }
        } else {
            p = shiftedBy(base, u, sign * n);
        }
        // Shifted dates are not what later anaphora refer to: "the quarter" after "a year
        // earlier" is still the quarter the text is about.
        setPoint(c, p,
                 u"%1 %2 %3 %4"_s.arg(n).arg(unitName(u, n), sign < 0 ? u"before"_s : u"after"_s,
                                       usePeriod || useRef ? u"the period mentioned before (%1)"_s.arg(pointValue(base))
                                              : u"the article's date (%1)"_s.arg(m_dctText)),
                 true);
        c.point = Point();
        return true;
    }
    c.last = last;
    // "$5 million a year", "twice a month", "four flights a week": a rate, not a length of time.
    const bool countedNounBefore = has(j - 2) && tok(j - 1).kind == TokKind::Word && !tok(j - 1).capital
        && m_text[tok(j - 1).end - 1] == u's' && tok(j - 2).kind == TokKind::Number;
    if ((isId(j, WA) || isId(j, WAn)) && !the && direction == 0 && has(j - 1)
        && (countedNounBefore || tok(j - 1).kind == TokKind::Number || isPunct(j - 1, u'%') || isWordText(j - 1, u"million")
            || isWordText(j - 1, u"billion") || isId(j - 1, WTimes) || isId(j - 1, WTwice) || isId(j - 1, WOnce)
            || isWordText(j - 1, u"percent") || isWordText(j - 1, u"cents") || isWordText(j - 1, u"dollars"))) {
        return false; // TimeML annotators mostly left rates unmarked
    }
    c.value = durationValue(u, n, vague);
    c.explanation = vague ? u"an unspecified number of %1"_s.arg(unitName(u, 2))
                          : u"a length of time: %1 %2"_s.arg(n).arg(unitName(u, n));
    return true;
}

// "every year", "each Thursday", "daily", "Tuesday nights", "per month".
bool Scanner::ruleSet(int i, Cand &c)
{
    c.type = TimexType::Set;
    c.first = i;
    auto simple = [&](const QString &v, const QString &why) {
        c.last = i + 1;
        c.value = v;
        c.explanation = why;
        return true;
    };
    // "the daily tally", "the Communist Party daily": a newspaper or an adjective of amount.
    if (isId(i, WDaily) && !isId(i - 1, WThe) && !isId(i - 1, WA) && !isWordText(i - 1, u"average")
        && !isId(i - 1, WIts) && !(has(i - 1) && tok(i - 1).capital))
        return simple(u"P1D"_s, u"every day"_s);
    if (isId(i, WWeekly))
        return simple(u"P1W"_s, u"every week"_s);
    if (isId(i, WMonthly))
        return simple(u"P1M"_s, u"every month"_s);
    if (isId(i, WAnnually) || isId(i, WYearly))
        return simple(u"P1Y"_s, u"every year"_s);
    if (isId(i, WHourly))
        return simple(u"PT1H"_s, u"every hour"_s);
    if (isCat(i, Cat::Weekday) && tok(i).lex.plural && tok(i).capital) {
        c.last = i + 1;
        c.value = u"XXXX-WXX-%1"_s.arg(tok(i).lex.value);
        c.explanation = u"every week on that day"_s;
        return true;
    }
    if (isCat(i, Cat::Weekday) && tok(i).capital && isCat(i + 1, Cat::DayPart) && tok(i + 1).lex.plural) {
        c.last = i + 2;
        c.value = u"XXXX-WXX-%1TNI"_s.arg(tok(i).lex.value);
        c.explanation = u"every week on that night"_s;
        return true;
    }
    if (!(isId(i, WEvery) || isId(i, WEach) || isId(i, WPer)))
        return false;
    int j = i + 1;
    int n = 1;
    if (isId(j, WOther)) {
        n = 2;
        ++j;
    } else if (!isId(i, WPer)) {
        bool vague = false;
        const int k = parseCount(j, n, vague);
        if (k > 0 && !vague && isCat(k, Cat::Unit) && tok(k).lex.plural)
            j = k;
        else
            n = 1;
    }
    if (isCat(j, Cat::Unit)) {
        const Unit u = Unit(tok(j).lex.value);
        if (u == UWeekend) {
            c.last = j + 1;
            c.value = u"XXXX-WXX-WE"_s;
            c.explanation = u"every weekend"_s;
            return true;
        }
        c.last = j + 1;
        c.value = durationValue(u, n, false);
        c.explanation = u"once every %1"_s.arg(n == 1 ? unitName(u, 1) : QString::number(n) + u' ' + unitName(u, n));
        return true;
    }
    if (isCat(j, Cat::Weekday) && tok(j).capital) {
        c.last = j + 1;
        c.value = u"XXXX-WXX-%1"_s.arg(tok(j).lex.value);
        if (isCat(j + 1, Cat::DayPart)) {
            static const char16_t *codes[] = {u"", u"TMO", u"TAF", u"TEV", u"TNI"};
            c.value += QString::fromUtf16(codes[tok(j + 1).lex.value]);
            ++c.last;
        }
        c.explanation = u"every week on that day"_s;
        return true;
    }
    if (isCat(j, Cat::Month) && tok(j).capital) {
        c.last = j + 1;
        c.value = u"XXXX-%1"_s.arg(tok(j).lex.value, 2, 10, QChar(u'0'));
        c.explanation = u"every year in that month"_s;
        return true;
    }
    if (isCat(j, Cat::Season)) {
        c.last = j + 1;
        c.value = u"XXXX-"_s + seasonCode(tok(j).lex.value);
        c.explanation = u"every year in that season"_s;
        return true;
    }
    if (isWordText(j, u"season")) {
        c.last = j + 1;
        c.value = u"P1Y"_s;
        c.explanation = u"once a year, each season"_s;
        return true;
    }
    if (isCat(j, Cat::DayPart)) {
        static const char16_t *codes[] = {u"", u"TMO", u"TAF", u"TEV", u"TNI"};
        c.last = j + 1;
        c.value = u"XXXX-XX-XX"_s + QString::fromUtf16(codes[tok(j).lex.value]);
        c.explanation = u"every day at that time"_s;
        return true;
    }
    return false;
}

int Scanner::skipTimeZone(int j) const
{
    if (isId(j, WTimeZone) && tok(j).capital)
        return j + 1;
    return j;
}

// "3 p.m.", "10:35 a.m.", "3pm", "4 in the morning": returns the index after it.
int Scanner::parseClock(int j, int &hour, int &minute) const
{
    if (!isNumber(j) || tok(j).digits == 0 || tok(j).digits > 2)
        return -1;
    hour = tok(j).number;
    minute = 0;
    int k = j + 1;
    if (isPunct(k, u':') && !tok(k).spaceBefore && isNumber(k + 1) && tok(k + 1).digits == 2
        && !tok(k + 1).spaceBefore) {
        minute = tok(k + 1).number;
        k += 2;
    }
    if (hour > 24 || minute > 59)
        return -1;
    int pm = -1;
    if (isId(k, WAm) || isId(k, WPm)) {
        pm = isId(k, WPm);
        ++k;
    } else if ((isWordText(k, u"a") || isWordText(k, u"p")) && isPunct(k + 1, u'.') && isWordText(k + 2, u"m")
               && !tok(k + 1).spaceBefore && !tok(k + 2).spaceBefore) {
        pm = isWordText(k, u"p");
        k += 3;
        if (isPunct(k, u'.') && !tok(k).spaceBefore)
            ++k;
    } else if (isId(k, WIn) && isId(k + 1, WThe) && isCat(k + 2, Cat::DayPart)) {
        const int p = tok(k + 2).lex.value;
        pm = p == PMorning ? 0 : 1;
        k += 3;
    } else if (minute > 0 && skipTimeZone(k) > k) {
        return skipTimeZone(k); // "14:30 GMT"
    } else {
        return -1;
    }
    if (hour > 12 || hour == 0)
        return -1;
    if (pm == 1 && hour < 12)
        hour += 12;
    if (pm == 0 && hour == 12)
        hour = 0;
    return skipTimeZone(k);
}

// Clock times, with the day they fall on when the text names it: "3 p.m.", "noon Thursday",
// "10 p.m. Wednesday", "5 p.m. EST, Nov. 6".
bool Scanner::ruleClockTime(int i, Cand &c)
{
    int hour = 0, minute = 0;
    int k = -1;
    if ((isId(i, WNoon) || isId(i, WMidday) || isId(i, WMidnight)) && tok(i).capital && i > 0)
        return false; // "High Noon"
    if (isId(i, WNoon) || isId(i, WMidday)) {
        hour = 12;
        k = i + 1;
    } else if (isId(i, WMidnight)) {
        hour = 24;
        k = i + 1;
    } else {
        k = parseClock(i, hour, minute);
    }
    if (k < 0)
        return false;
    c.first = i;
    c.type = TimexType::Time;
    const QString clock = u"T%1:%2"_s.arg(hour, 2, 10, QChar(u'0')).arg(minute, 2, 10, QChar(u'0'));
    // The day: a weekday, "today", "yesterday", "tomorrow" or a date right after.
    int d = k;
    if (isPunct(d, u','))
        ++d;
    Cand day;
    if (has(d) && (isCat(d, Cat::Weekday) || isId(d, WToday) || isId(d, WYesterday) || isId(d, WTomorrow)
                   || isCat(d, Cat::Month) || isId(d, WTonight))
        && matchCore(d, day) && day.type == TimexType::Date && day.point.gran == Gran::Day) {
        c.last = day.last;
        c.value = day.value + clock;
        c.relative = day.relative;
        c.resolved = day.resolved;
        c.explanation = u"%1, on %2"_s.arg(clock.mid(1), day.explanation);
        return true;
    }
    c.last = k;
    if (!hasDct()) {
        setUnresolved(c, u"XXXX-XX-XX"_s + clock, u"a time of day on a day the text does not name"_s);
        return true;
    }
    // A bare clock time belongs to the day the text is speaking of, if it named one lately.
    if (m_ref.gran == Gran::Day && std::abs(m_ref.date.daysTo(m_dct)) <= 7) {
        c.value = dayValue(m_ref.date) + clock;
        c.relative = true;
        c.explanation = u"a time of day, on the day mentioned before (%1)"_s.arg(describe(m_ref.date));
        return true;
    }
    c.value = dayValue(m_dct) + clock;
    c.relative = true;
    c.explanation = u"a time of day, taken to be on the article's date (%1)"_s.arg(m_dctText);
    return true;
}

} // namespace factline::extract::timex
