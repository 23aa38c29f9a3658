// SPDX-License-Identifier: MIT
#include "timex_scanner.h"

namespace factline::extract::timex {

using namespace Qt::StringLiterals;

// `w` is lower-case ASCII; compared by hand because this runs for many tokens.
bool Scanner::isWordText(int j, QStringView w) const
{
    if (!has(j))
        return false;
    const Token &t = tok(j);
    if (t.kind != TokKind::Word || t.end - t.start != w.size())
        return false;
    const char16_t *p = m_text.utf16() + t.start;
    for (qsizetype k = 0; k < w.size(); ++k)
        if (char16_t(p[k] | 0x20) != w[k].unicode())
            return false;
    return true;
}

int Scanner::afterPossessive(int j) const
{
    if (isApostrophe(j) && !tok(j).spaceBefore && isWordText(j + 1, u"s") && !tok(j + 1).spaceBefore)
        return j + 2;
    return -1;
}

// The tense of the clause around tokens [first, last): the nearest verb form that shows it,
// looking left first (the verb usually comes before its date: "said Friday", "will meet
// Friday"), then right. A participle in -ed takes the tense of an auxiliary just before it
// ("will be held" is future, "has been killed" past).
Tense Scanner::tenseAround(int first, int last) const
{
    auto judge = [this](int j) -> Tense {
        const Token &t = tok(j);
        if (t.tense == TNone)
            return TNone;
        // "is to resume", "are to meet": an arrangement for the future.
        if (t.tense == TPresent && (isId(j + 1, WTo)) && has(j + 2) && tok(j + 2).kind == TokKind::Word)
            return TFuture;
        if (isId(j, WGoing) && !isId(j + 1, WTo))
            return TNone;
        // "had been due to expire", "was scheduled to": a plan that belonged to the past.
        if (t.tense == TFuture && t.lex.id == WNone) {
            for (int k = j - 1; k >= 0 && k >= j - 3; --k) {
                if (isId(k, WHad) || isId(k, WWas) || isId(k, WWere))
                    return TPast;
                if (tok(k).tense != TNone && !isId(k, WBeen))
                    break;
            }
        }
        if (t.lex.cat != Cat::Tense || t.lex.value == TPast) {
            for (int k = j - 1; k >= 0 && k >= j - 3; --k) {
                const Tense a = tok(k).tense;
                if (a == TFuture || isId(k, WWould))
                    return TFuture;
                if (isId(k, WBe) && isId(k - 1, WTo))
                    return TFuture;
                if (a == TPresent && !isId(k, WHas) && !isId(k, WHave))
                    return TPresent;
                if (a != TNone)
                    break;
            }
        }
        return t.tense;
    };
    // Words just before the expression that place it ahead: "as soon as Tuesday", "starting
    // Monday"; and "since Friday" behind.
    int s = first - 1;
    if (isId(s, WOn) || isId(s, WAt))
        --s;
    if ((isWordText(s, u"as") && isWordText(s - 1, u"soon")) || isWordText(s, u"starting")
        || isWordText(s, u"beginning"))
        return TFuture;
    if (isId(s, WSince))
        return TPast;
    // "Wednesday's ruling": a day that has already given its name to something.
    if (afterPossessive(last) > 0 && has(last) && isCat(last - 1, Cat::Weekday))
        return TPast;
    const int limit = 14;
    for (int j = first - 1; j >= 0 && j >= first - limit; --j) {
        if (isPunct(j, u';'))
            break;
        if (isId(j, WWould))
            return TFuture;
        const Tense t = judge(j);
        if (t != TNone)
            return t;
    }
    for (int j = last; has(j) && j < last + limit; ++j) {
        if (isPunct(j, u';'))
            break;
        if (isId(j, WWould))
            return TFuture;
        const Tense t = judge(j);
        if (t != TNone)
            return t;
    }
    return TNone;
}

void Scanner::scanSentence(qsizetype start, qsizetype end, QList<Timex> &out)
{
    scanSentence(start, end, mayHoldTimex(m_text, start, end), out);
}

void Scanner::scanSentence(qsizetype start, qsizetype end, bool mayHold, QList<Timex> &out)
{
    ++m_sentence;
    if (!mayHold)
        return; // no rule can match (a match needs a head within a few tokens)
    tokenize(m_text, start, end, m_toks);
    const int n = int(m_toks.size());
    // The nearest head word at or after each token: a rule can only match where one is
    // within a few tokens ("the past two [years]", "at least [three] days").
    m_nextHead.resize(std::size_t(n) + 1);
    m_nextHead[std::size_t(n)] = n + 100;
    for (int k = n - 1; k >= 0; --k)
        m_nextHead[std::size_t(k)] = tok(k).head ? k : m_nextHead[std::size_t(k) + 1];
    for (int i = 0; i < n;) {
        const Token &t = tok(i);
        // Most tokens can start nothing: skip them before trying any rule.
        const bool candidate = t.starter && m_nextHead[std::size_t(i)] - i <= 4;
        Cand c;
        if (!candidate || !matchAt(i, c) || c.last <= i) {
            ++i;
            continue;
        }
        Timex x;
        x.span = {tok(c.first).start, tok(c.last - 1).end};
        x.type = c.type;
        x.value = c.value;
        x.relative = c.relative;
        x.resolved = c.resolved;
        x.explanation = c.explanation;
        out.append(x);
        if (c.point.isValid()) {
            m_ref = c.point;
            if (c.point.gran == Gran::Quarter || c.point.gran == Gran::Half) {
                m_period = c.point;
                m_periodSentence = m_sentence;
            }
        }
        i = c.last;
    }
}

bool Scanner::matchAt(int i, Cand &c)
{
    Cand best;
    Cand tmp;
    auto consider = [&](bool ok) {
        if (ok && tmp.last > best.last)
            std::swap(best, tmp);
        tmp.reset();
    };
    consider(ruleApprox(i, tmp));
    consider(rulePosition(i, tmp));
    consider(matchCore(i, tmp));
    if (best.last < 0)
        return false;
    c = std::move(best);
    return true;
}

bool Scanner::matchCore(int i, Cand &c)
{
    Cand best;
    Cand tmp;
    auto consider = [&](bool ok) {
        if (ok && tmp.last > best.last)
            std::swap(best, tmp);
        tmp.reset();
    };
    consider(ruleDuration(i, tmp));
    consider(ruleSet(i, tmp));
    consider(ruleClockTime(i, tmp));
    consider(ruleRelativeWord(i, tmp));
    consider(ruleDeictic(i, tmp));
    consider(ruleMonth(i, tmp));
    consider(ruleWeekday(i, tmp));
    consider(ruleYear(i, tmp));
    consider(ruleQuarter(i, tmp));
    consider(ruleYearAgoAdjective(i, tmp));
    consider(ruleHoliday(i, tmp));
    if (best.last < 0)
        return false;
    c = std::move(best);
    return true;
}

// "about", "nearly", "at least", "more than", "up to", "within" ... before a core expression:
// TimeML keeps these quantifiers inside the span.
bool Scanner::ruleApprox(int i, Cand &c)
{
    int j = -1;
    bool needCount = false;
    if (isId(i, WAbout) || isId(i, WAround) || isId(i, WNearly) || isId(i, WAlmost) || isId(i, WRoughly)
        || isId(i, WApproximately) || isId(i, WWithin)) {
        j = i + 1;
    } else if (isId(i, WSome) || isId(i, WOver) || isId(i, WUnder)) {
        j = i + 1;
        needCount = true;
    } else if ((isId(i, WMore) || isId(i, WLess) || isId(i, WFewer)) && isId(i + 1, WThan)) {
        j = i + 2;
        needCount = true;
    } else if (isId(i, WAt) && (isId(i + 1, WLeast) || isId(i + 1, WMost))) {
        j = i + 2;
    } else if (isId(i, WUp) && isId(i + 1, WTo)) {
        j = i + 2;
        needCount = true;
    } else if (isId(i, WNo) && (isId(i + 1, WMore) || isId(i + 1, WLess)) && isId(i + 2, WThan)) {
        j = i + 3;
        needCount = true;
    }
    if (j < 0 || !has(j))
        return false;
    if (needCount) {
        int v = 0;
        bool vague = false;
        if (parseCount(j, v, vague) < 0)
            return false;
    }
    Cand core;
    if (!matchCore(j, core) || core.first != j)
        return false;
    if (needCount && core.type != TimexType::Duration)
        return false;
    c = core;
    c.first = i;
    return true;
}

// "early", "late", "mid-", "earlier", "later", "the end of" ... before a date: the value stays
// the date's own (TimeML marks the part with a modifier attribute, not in the value).
bool Scanner::rulePosition(int i, Cand &c)
{
    int j = i;
    if (isId(j, WThe))
        ++j;
    bool ofForm = false;
    if (isId(j, WEarly) || isId(j, WLate) || isId(j, WEarlier) || isId(j, WLater) || isId(j, WMid)) {
        ++j;
        if (isHyphen(j))
            ++j;
    } else if (isId(i, WThe) && (isId(j, WEnd) || isId(j, WBeginning) || isId(j, WStart) || isId(j, WMiddle))
               && isId(j + 1, WOf)) {
        j += 2;
        ofForm = true;
    } else {
        return false;
    }
    // "earlier in the year", "later in the day"
    if ((isId(i, WEarlier) || isId(i, WLater)) && isId(j, WIn) && isId(j + 1, WThe) && isCat(j + 2, Cat::Unit)) {
        const Unit u = Unit(tok(j + 2).lex.value);
        if (u != UYear && u != UMonth && u != UWeek && u != UDay)
            return false;
        c.first = i;
        c.last = j + 3;
        if (!hasDct()) {
            setUnresolved(c, u == UWeek ? u"XXXX-WXX"_s : u"XXXX"_s, u"needs the article's date"_s);
            return true;
        }
        const Gran g = u == UYear ? Gran::Year : u == UMonth ? Gran::Month : u == UWeek ? Gran::Week : Gran::Day;
        setPoint(c, anchoredPoint(g), u"the %1 of the article's date"_s.arg(unitName(u, 1)), true);
        return true;
    }
    Cand core;
    if (!has(j) || !matchCore(j, core) || core.first != j)
        return false;
    if (core.type == TimexType::Duration || core.type == TimexType::Set)
        return false;
    // "the early 1980s" keeps its article, but "the" before a core that has its own is not ours.
    if (isId(i, WThe) && !ofForm && isId(j, WThe))
        return false;
    c = core;
    c.first = i;
    return true;
}

Point Scanner::anchoredPoint(Gran gran) const
{
    switch (gran) {
    case Gran::Year: return Point::ofYear(m_dct.year());
    case Gran::Quarter: return Point::ofQuarter(m_dct.year(), quarterOf(m_dct));
    case Gran::Month: return Point::ofMonth(m_dct.year(), m_dct.month());
    case Gran::Week: return Point::ofWeek(m_dct);
    case Gran::Decade: return {Gran::Decade, m_dct.year(), 0, {}};
    case Gran::Century: return {Gran::Century, m_dct.year(), 0, {}};
    default: return Point::ofDay(m_dct);
    }
}

void Scanner::setPoint(Cand &c, const Point &p, const QString &why, bool relative)
{
    c.value = pointValue(p);
    c.point = p;
    c.relative = relative;
    c.resolved = true;
    c.explanation = why;
}

void Scanner::setDayValue(Cand &c, QDate d, const QString &why, bool relative)
{
    setPoint(c, Point::ofDay(d), why, relative);
}

void Scanner::setUnresolved(Cand &c, const QString &placeholder, const QString &why)
{
    c.value = placeholder;
    c.relative = true;
    c.resolved = false;
    c.explanation = why;
}

} // namespace factline::extract::timex
