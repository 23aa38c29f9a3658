// SPDX-License-Identifier: MIT
#include "extract/attribution_scanner.h"

#include <algorithm>

namespace factline::extract::attr {
namespace {

bool inside(qsizetype tok, const QList<Range> &content)
{
    for (const Range &r : content) {
        if (tok >= r.first && tok < r.last)
            return true;
    }
    return false;
}

// Removes `cut` from every fragment it overlaps, splitting a fragment in two when
// `cut` lies in its middle.
void subtract(QList<Range> &content, Range cut)
{
    if (cut.empty())
        return;
    QList<Range> out;
    out.reserve(content.size() + 1);
    for (const Range &r : content) {
        if (cut.last <= r.first || cut.first >= r.last) {
            out.append(r);
            continue;
        }
        if (cut.first > r.first)
            out.append({r.first, cut.first});
        if (cut.last < r.last)
            out.append({cut.last, r.last});
    }
    content = out;
}

} // namespace

// "…, compared with 23 percent who said …", "double the number who say the same": a
// share of those polled and what it said, a claim of its own inside another's content
// (PolNeAR keeps 7 of 12 such "who say"/"who said" in train articles 1–400 apart).
bool Scanner::pollShare(const Draft &inner) const
{
    const qsizetype who = inner.source.first;
    if (!lowerIs(who, u"who") || who < 1 || !isWordAt(who - 1) || inner.cue.last - inner.cue.first != 1)
        return false;
    const QStringView cue = lower(inner.cue.first);
    if (!(is(cue, u"say") || is(cue, u"said") || is(cue, u"says")))
        return false;
    const QStringView w = lower(who - 1);
    return is(w, u"percent") || is(w, u"number") || (!w.isEmpty() && w.front().isDigit());
}

QList<Attribution> Scanner::run()
{
    for (qsizetype ui = 0; ui < m_t.units.size(); ++ui) {
        if (m_t.units[ui].last > m_t.units[ui].first)
            scanUnit(ui);
    }
    addContinuations();
    flatten();
    return output();
}

// "“A,” she said. “B.”": the cue interrupts one quotation, which goes on after it, so
// B is more of the same claim. True when `before` is a quotation (direct or mixed)
// whose cue follows its words. A quotation after a paraphrase ("She said A. “B.”")
// or after a cue that opened it ("She said: “A.” “B.”") is a claim of its own.
bool Scanner::continuesInterruptedQuote(const Draft &before) const
{
    if (before.cue.empty() || before.content.isEmpty() || before.cue.first < before.content.first().first)
        return false;
    return kindOf(before.content) != QuoteKind::Indirect;
}

// The draft whose interrupted quotation a quotation in the next unit goes on: the last
// one, or the quotation that an earlier cue of the same unit interrupted when only
// paraphrases follow it there ("“A,” she said, adding that … . “B.”", "“A,” said Ruiz,
// referring to … . “B.”", "“A,” Ruiz said, as he called for … . “B.”"). -1 when none.
qsizetype Scanner::interruptedQuoteBefore(const QList<Draft> &drafts) const
{
    const qsizetype unit = drafts.last().unit;
    for (qsizetype k = drafts.size() - 1; k >= 0 && drafts[k].unit == unit; --k) {
        const Draft &d = drafts[k];
        if (continuesInterruptedQuote(d))
            return k;
        if (kindOf(d.content) != QuoteKind::Indirect)
            return -1;
    }
    return -1;
}

// A unit that is nothing but a quotation, right after a unit whose attribution quoted
// someone, goes on quoting them. After an interrupted quotation it is another fragment
// of that attribution's content (PolNeAR's reading of "“A,” she said. “B.”": 786 of
// 803 times in its dev and first 400 train articles; the seed gold keeps its one case
// apart); after a paraphrase or an opening cue, where PolNeAR and the seed gold both
// keep it apart, an attribution with no source and no cue.
void Scanner::addContinuations()
{
    QList<Draft> out;
    out.reserve(m_drafts.size() + m_drafts.size() / 4);
    qsizetype next = 0;
    qsizetype lastQuotedUnit = -2;
    for (qsizetype ui = 0; ui < m_t.units.size(); ++ui) {
        bool any = false;
        bool quoted = false;
        for (; next < m_drafts.size() && m_drafts[next].unit == ui; ++next) {
            out.append(m_drafts[next]);
            any = true;
            quoted = quoted || kindOf(m_drafts[next].content) != QuoteKind::Indirect;
        }
        if (any) {
            // A quotation may go on after a quoted claim, or after a paraphrase in the
            // same paragraph ("He also said it had sought … . “It’s unimaginable …”").
            lastQuotedUnit = quoted || (ui + 1 < m_t.units.size() && m_t.units[ui + 1].paragraph == m_t.units[ui].paragraph)
                ? ui : -2;
            continue;
        }
        const Unit &u = m_t.units[ui];
        if (next < m_drafts.size() && !m_drafts[next].content.isEmpty()
            && m_drafts[next].content.first().first < u.last)
            continue; // the quotation belongs to the cue after it ("“…?” Trump said.")
        if (!out.isEmpty() && !out.last().content.isEmpty() && out.last().content.last().last > u.first)
            continue; // already the content of the cue before it ("He said:" and the quotation below)
        const Token &first = m_t.toks[u.first];
        const qsizetype end = contentEnd(u);
        if (lastQuotedUnit != ui - 1 || first.kind != TokKind::OpenQuote || first.quote < 0 || end - u.first < 3)
            continue;
        const Quote &q = m_t.quotes[first.quote];
        const qsizetype qEnd = q.close >= 0 ? q.close + 1 : end;
        if (qEnd < end)
            continue; // the quotation ends before the unit does: something else follows
        const qsizetype interrupted = interruptedQuoteBefore(out);
        if (m_options.mergeContinuedQuotes || interrupted >= 0) {
            out[interrupted >= 0 ? interrupted : out.size() - 1].content.append({u.first, end});
            lastQuotedUnit = ui;
            continue;
        }
        Draft d;
        d.unit = ui;
        d.content = {{u.first, end}};
        d.confidence = 0.6;
        out.append(d);
        lastQuotedUnit = ui;
    }
    m_drafts = out;
}

// PolNeAR gives each token one role: an attribution inside another's content is cut
// out of it. An inner cue whose source opens the outer content ("said he told Blinken
// that …", "said that the mayor promised …") is part of what the outer source said,
// not a new claim.
void Scanner::flatten()
{
    const qsizetype n = m_drafts.size();
    for (qsizetype a = 0; a < n; ++a) {
        Draft &outer = m_drafts[a];
        if (outer.dropped || outer.content.isEmpty())
            continue;
        const qsizetype hi = outer.content.last().last;
        for (qsizetype b = a + 1; b < n && m_drafts[b].content.value(0).first < hi + 1; ++b) {
            Draft &inner = m_drafts[b];
            const qsizetype anchor = inner.cue.empty() ? inner.content.first().first : inner.cue.first;
            if (inner.dropped || !inside(anchor, outer.content))
                continue;
            // Inside what someone said, only a plain speech cue with a subject of its
            // own makes a new attribution ("…, where aid officials say …"); an inner
            // belief, finding or relative clause ("officials who suggested") stays part
            // of the outer content, as PolNeAR's annotators mostly keep it.
            // (A verb coordinated with the outer one is a claim of the same subject:
            // "says A and considers B".)
            const bool series = inner.coordinated && inner.form == outer.form && inner.cls != CueClass::Seem;
            const bool weak = series ? false : inner.cls == CueClass::Belief || inner.cls == CueClass::Finding
                || inner.cls == CueClass::Seem || inner.noun
                || (!inner.source.empty() && inner.source.last - inner.source.first == 1
                    && (lowerIs(inner.source.first, u"who") || lowerIs(inner.source.first, u"which")
                        || lowerIs(inner.source.first, u"that"))
                    && !pollShare(inner));
            // The inner subject opens the outer complement ("said that Clinton once
            // described …", "says Merrill promised …"): the inner verb is what was said.
            const qsizetype opening = outer.content.first().first + (lowerIs(outer.content.first().first, u"that") ? 1 : 0);
            // (Not when the outer content opens with its own subject, as after "seem":
            // "Weaver did not seem impressed, telling reporters …".)
            const bool subjectIsContent = outer.source.empty() && !outer.cue.empty() && outer.content.size() > 1
                && outer.content.first().last <= outer.cue.first;
            // (A passive or seeming inner verb has its subject as the first piece of its
            // content: "said the story was disclosed to the AP".)
            const bool innerSubjectIsContent = inner.source.empty() && !inner.cue.empty() && inner.content.size() > 1
                && inner.content.first().last <= inner.cue.first;
            const qsizetype innerSubject = !inner.source.empty() ? inner.source.first
                : innerSubjectIsContent                          ? inner.content.first().first
                                                                 : -1;
            const bool opensOuter = !subjectIsContent && innerSubject >= 0 && innerSubject == opening;
            if (!inner.cue.empty() && (weak || opensOuter)) {
                inner.dropped = true;
                continue;
            }
            if (!outer.cue.empty() && inner.source.first <= outer.cue.first && outer.cue.first < inner.source.last) {
                // "Cruz, who says X, said Y": the outer cue sits in the inner source; the
                // source is the name before the relative clause.
                // "Ruiz, citing the report, said Y": the participle's own source is that name.
                const bool sameSubject = !outer.source.empty() && outer.source.first == inner.source.first
                    && outer.source.last <= outer.cue.first;
                inner.source.last = outer.source.empty() ? outer.cue.first
                    : sameSubject                        ? outer.source.last
                                                         : qMax(inner.source.first, outer.source.first);
                while (inner.source.last > inner.source.first && !m_t.toks[inner.source.last - 1].isWord())
                    --inner.source.last;
                if (inner.source.empty())
                    inner.source = {};
            }
            subtract(outer.content, inner.source);
            subtract(outer.content, inner.cue);
            for (const Range &r : inner.content)
                subtract(outer.content, r);
        }
        QList<Range> kept;
        kept.reserve(outer.content.size());
        for (const Range &r : outer.content) {
            const Range t = trimRange(r);
            if (!t.empty())
                kept.append(t);
        }
        outer.content = kept;
        if (kept.isEmpty())
            outer.dropped = true;
    }
}

// Drops punctuation and dangling clause words at the edges of a fragment; keeps
// quotation marks, which PolNeAR includes in the content.
Range Scanner::trimRange(Range r) const
{
    auto edgeJunk = [&](qsizetype i, bool atEnd) {
        const Token &t = m_t.toks[i];
        switch (t.kind) {
        case TokKind::Comma:
        case TokKind::Stop:
        case TokKind::Colon:
        case TokKind::Semicolon:
        case TokKind::Dash: return true;
        case TokKind::Word: break;
        default: return false;
        }
        if (t.has(InQuote))
            return false;
        const QStringView w = lower(i);
        if (atEnd)
            return is(w, u"and") || is(w, u"but") || is(w, u"or") || is(w, u"where") || is(w, u"while") || is(w, u"as")
                || is(w, u"because") || is(w, u"when");
        return is(w, u"and") || is(w, u"but");
    };
    while (r.first < r.last && edgeJunk(r.first, false))
        ++r.first;
    while (r.last > r.first && edgeJunk(r.last - 1, true))
        --r.last;
    // "denied the charge, but on Tuesday | said …": a time phrase after a coordinator
    // belongs to the next verb, which the fragment ends before.
    const bool cueNext = isWordAt(r.last) && !m_t.toks[r.last].has(InQuote) && lookupCue(lower(r.last)).isCue();
    for (qsizetype k = r.last - 1, time = 0; cueNext && k > r.first && k >= r.last - 4; --k) {
        const Token &t = m_t.toks[k];
        if (!t.isWord() || t.has(InQuote))
            break;
        const QStringView w = lower(k);
        if (isTimeWord(w)) {
            ++time;
            continue;
        }
        if ((is(w, u"and") || is(w, u"but")) && time > 0) {
            r.last = k;
            while (r.last > r.first && edgeJunk(r.last - 1, true))
                --r.last;
            break;
        }
        if (!isPreposition(w) && !isDeterminer(w))
            break;
    }
    bool hasWord = false;
    for (qsizetype i = r.first; i < r.last && !hasWord; ++i)
        hasWord = m_t.toks[i].isWord();
    return hasWord ? r : Range{};
}

// Direct when every word is inside quotation marks, mixed when some are.
QuoteKind Scanner::kindOf(const QList<Range> &content) const
{
    qsizetype quoted = 0;
    qsizetype words = 0;
    for (const Range &r : content) {
        for (qsizetype i = r.first; i < r.last; ++i) {
            const Token &t = m_t.toks[i];
            if (!t.isWord())
                continue;
            ++words;
            quoted += t.has(InQuote) ? 1 : 0;
        }
    }
    if (quoted == 0)
        return QuoteKind::Indirect;
    return quoted == words ? QuoteKind::Direct : QuoteKind::Mixed;
}

// "After the debate", "By limiting the number of debates", "to Soros at a dinner": a
// source that opens with a preposition of time, means or direction is a phrase the
// subject search ran into, not who speaks (PolNeAR train: 5 of 32 such were right, and
// those after "to which", "from whom", whose pronoun is the source, stay).
bool Scanner::prepositionalSource(Range source) const
{
    if (source.empty() || !isWordAt(source.first))
        return false;
    static const WordSet openers{u"after", u"by", u"during", u"among", u"under", u"before", u"since", u"from", u"to",
                                 u"until", u"through"};
    if (!openers.contains(lower(source.first)))
        return false;
    for (qsizetype k = source.first + 1; k < source.last && k <= source.first + 3; ++k) {
        if (isWordAt(k) && (lowerIs(k, u"which") || lowerIs(k, u"whom") || lowerIs(k, u"who")))
            return false;
    }
    return true;
}

QList<Attribution> Scanner::output() const
{
    auto span = [&](Range r) {
        return r.empty() ? TextSpan() : TextSpan{m_t.toks[r.first].start, m_t.toks[r.last - 1].end};
    };
    QList<Attribution> out;
    out.reserve(m_drafts.size());
    for (const Draft &d : m_drafts) {
        if (d.dropped || d.content.isEmpty())
            continue;
        Attribution a;
        a.source = d.passiveAsked || prepositionalSource(d.source) ? TextSpan() : span(d.source);
        a.cue = span(d.cue);
        a.content.reserve(d.content.size());
        for (const Range &r : d.content)
            a.content.append(span(r));
        a.kind = kindOf(d.content);
        a.confidence = d.confidence;
        out.append(a);
    }
    return out;
}

} // namespace factline::extract::attr
