// SPDX-License-Identifier: MIT
#include "extract/attribution_scanner.h"

namespace factline::extract::attr {
namespace {

double confidenceFor(CueClass cls)
{
    switch (cls) {
    case CueClass::Speech:
    case CueClass::Tell: return 0.8;
    case CueClass::Belief: return 0.55;
    case CueClass::Finding:
    case CueClass::Seem: return 0.6;
    case CueClass::None: break;
    }
    return 0.5;
}

// Words that open a first-line "Name: text" but name nobody.
bool isHeadlineLabel(QStringView w)
{
    static const char16_t *const labels[] = {
        u"note", u"update", u"updated", u"photo", u"photos", u"source", u"sources", u"related", u"read", u"watch",
        u"editor", u"editors", u"caption", u"image", u"video", u"follow", u"tags", u"click", u"share", u"more",
        u"also", u"see", u"warning", u"disclosure", u"correction", u"clarification", u"listen", u"subscribe",
        u"contact", u"email", u"twitter", u"facebook", u"transcript", u"credit", u"getty", u"breaking",
        u"exclusive", u"advertisement", u"sign", u"top", u"full", u"the", u"this", u"here", u"what", u"why",
        u"how", u"when", u"where", u"who", u"bottom", u"key", u"result", u"results", u"today", u"tonight",
        u"q", u"a", u"in", u"on", u"by", u"date", u"time", u"location", u"rated", u"verdict", u"claim", u"ruling", u"pic",
    };
    for (const char16_t *l : labels) {
        if (w == QStringView(l))
            return true;
    }
    return false;
}

} // namespace

// The last draft of the unit that no earlier one holds in its content: whose subject a
// coordinated cue or a gerund shares ("China said it was opposed to the test and urged
// …": China, not the "it" of the nested "was opposed").
const Draft *Scanner::outerDraftInUnit(qsizetype ui) const
{
    qsizetype first = m_drafts.size();
    while (first > 0 && m_drafts[first - 1].unit == ui)
        --first;
    const Draft *outer = nullptr;
    for (qsizetype k = first; k < m_drafts.size(); ++k) {
        const Draft &d = m_drafts[k];
        if (d.dropped || d.cue.empty())
            continue;
        bool nested = false;
        if (outer) {
            for (const Range &r : outer->content)
                nested = nested || (d.cue.first >= r.first && d.cue.first < r.last);
        }
        if (!nested)
            outer = &d;
    }
    return outer;
}

// Where a content before a cue at `before` may start at the earliest: after what an
// earlier speech cue of the unit said, when that ended before the cue or a dash closed
// it ("Asked about it, Ruiz said that was politics — no worse, he said, than …": "he
// said" says the words after the dash, not Ruiz's attribution too). A belief or
// finding ("is considered", "shows"), a noun cue ("His claim that … is false, Lee
// said") or a cue inside a quotation ("“I said no,” she said") stays part of what is
// said and sets no such limit; -1 when none does.
qsizetype Scanner::afterEarlierClaim(qsizetype ui, qsizetype before) const
{
    qsizetype floor = -1;
    for (qsizetype k = m_drafts.size() - 1; k >= 0 && m_drafts[k].unit == ui; --k) {
        const Draft &d = m_drafts[k];
        if (d.dropped || d.noun || (d.cls != CueClass::Speech && d.cls != CueClass::Tell) || d.source.empty()
            || d.cue.empty() || d.cue.last > before || m_t.toks[d.cue.first].has(InQuote))
            continue;
        for (const Range &r : d.content) {
            if (r.first < d.cue.last || r.first >= before)
                continue;
            if (r.last <= before) {
                floor = std::max(floor, r.last);
                continue;
            }
            for (qsizetype j = before - 1; j > r.first; --j) {
                if (m_t.toks[j].kind == TokKind::Dash && !m_t.toks[j].has(InQuote)) {
                    floor = std::max(floor, j);
                    break;
                }
            }
        }
    }
    while (floor >= 0 && floor < before
           && (m_t.toks[floor].kind == TokKind::Comma || m_t.toks[floor].kind == TokKind::Dash
               || m_t.toks[floor].kind == TokKind::Semicolon))
        ++floor;
    return floor;
}

// A cue with "said", "says" or "say" among its words ("has said", "said Friday").
bool Scanner::cueSays(Range cue) const
{
    for (qsizetype k = cue.first; k < cue.last; ++k) {
        if (isWordAt(k) && isSayForm(lower(k)))
            return true;
    }
    return false;
}

// "Lee said that the plan is good, he said.": a "said" tail that repeats an earlier
// "said" of the unit whose content runs over it. (After another verb the tail is the
// attribution PolNeAR marks: "It does not answer whether …, as police have said".) The earlier claim keeps its words up to the
// tail, and the tail cites nothing of its own. When the tail closes a quotation
// ("DuVernay said she felt … because “most people don't know,” she said") the
// earlier claim ends before the quotation, which is the tail's, as PolNeAR mostly has
// it; that case is left to the caller (false) with the earlier content cut at `quoteOpen`.
// True when the tail is to cite nothing.
bool Scanner::endEarlierClaimAtTail(qsizetype ui, qsizetype sep, qsizetype contentLast, qsizetype quoteOpen)
{
    for (qsizetype k = m_drafts.size() - 1; k >= 0 && m_drafts[k].unit == ui; --k) {
        Draft &d = m_drafts[k];
        if (d.dropped || d.noun || d.cls != CueClass::Speech || d.source.empty() || d.cue.empty()
            || d.cue.last > sep || m_t.toks[d.cue.first].has(InQuote) || d.content.size() != 1
            || !cueSays(d.cue))
            continue;
        Range &r = d.content.front();
        if (r.first < d.cue.last || r.first >= sep || r.last <= sep)
            continue;
        for (qsizetype j = r.first; j < sep; ++j) {
            if (m_t.toks[j].kind == TokKind::Dash && !m_t.toks[j].has(InQuote))
                return false; // "… — no worse, he said, than …": afterEarlierClaim's case
        }
        if (quoteOpen > r.first + 1) {
            r.last = quoteOpen;
            return false;
        }
        r.last = contentLast;
        return true;
    }
    return false;
}

// Verbs that cite in one use and not in another. "Polls show Clinton ahead" cites a
// finding; "he showed flashes of compassion" and "they showed up" display or arrive (on
// PolNeAR train 1–400 no "show" with a personal pronoun for its subject was a finding).
// "She compared him to Nixon" is a stance; "…, compared with 23 percent" and "a sundae
// compared to his plans" compare numbers or things (each of the 11 on PolNeAR train
// 1–400 and dev).
bool Scanner::citesNothing(const CueHit &hit, const Draft &d) const
{
    const QStringView head = lower(hit.head);
    const qsizetype next = hit.head + 1;
    const bool nextIsWord = next < m_t.toks.size() && isWordAt(next) && !m_t.toks[next].has(InQuote);
    // "the jobs report was released", "a news report published Wednesday said": a verb
    // that is also a noun, read as a plural subject's verb, is the noun when a verb
    // follows it (an auxiliary or an -ed form).
    if (hit.info.nounLike && hit.info.form == CueForm::Base && nextIsWord && hit.cue.first == hit.head) {
        static const WordSet singularVerbs{u"is", u"was", u"has", u"had", u"will", u"would", u"could", u"can",
                                           u"may", u"might", u"should", u"must", u"does", u"did"};
        const QStringView w = lower(next);
        const bool pronounBefore = hit.head > 0 && isWordAt(hit.head - 1) && isPronoun(hit.head - 1);
        if (!pronounBefore && (singularVerbs.contains(w) || (w.size() > 4 && w.endsWith(u"ed"))))
            return true;
        // "36 percent support among Democrats", "grassroots support behind him".
        if (!pronounBefore && (is(w, u"among") || is(w, u"from") || is(w, u"behind")))
            return true;
    }
    // "with 36 percent support, and …": the noun, with nothing after it.
    if (hit.info.nounLike && hit.info.form == CueForm::Base && hit.cue.first == hit.head && !nextIsWord
        && next < m_t.toks.size() && m_t.toks[next].kind == TokKind::Comma && hit.head > 0 && isWordAt(hit.head - 1)
        && (lowerIs(hit.head - 1, u"percent") || lowerIs(hit.head - 1, u"grassroots") || lowerIs(hit.head - 1, u"enough")))
        return true;
    // "“…,” the email read.", "“…,” read the statement": a text quoted, its words
    // before the verb (13 of 13 on PolNeAR train); "he read the words he had written"
    // reads aloud.
    if (head == u"read")
        return d.content.isEmpty() || d.content.first().first > hit.cue.first;
    // "the Paris attacks in November", "Orlando attacks resonate": a verb of stance that
    // is also a noun, with no object after it, is the noun ("Trump attacks Clinton" has one).
    if (hit.info.objectContent && hit.info.nounLike && hit.info.form == CueForm::ThirdPerson && hit.cue.first == hit.head
        && head == u"attacks") {
        if (!nextIsWord)
            return true;
        const QStringView w = lower(next);
        return (isPreposition(w) && !is(w, u"on")) || isAuxiliary(w) || isTimeWord(w);
    }
    // "Additional reporting by Ana Ruiz": a wire service's credit line.
    if (head == u"reporting" && nextIsWord && lowerIs(next, u"by"))
        return true;
    if (head.startsWith(u"compar"))
        return nextIsWord && (lowerIs(next, u"to") || lowerIs(next, u"with"));
    // "She appears to favor" seems; "he appeared at a hearing", "a study that appeared
    // in the journal" were there (none of the 6 on train 1–400 and dev cited anything).
    if (head.startsWith(u"appear"))
        return nextIsWord && !lowerIs(next, u"to") && isPreposition(lower(next));
    // "The group published a report" cites it; "an article published Friday", "a paper
    // published shortly before the speech", "in an op-ed published in the Post" name
    // a text (none of those on train 1–400 and dev was a citation).
    // So does "a report issued this month", "debt issued by the bank".
    if (head.startsWith(u"publish") || (head == u"issued" && hit.cue.first == hit.head)) {
        if (!nextIsWord)
            return false;
        const QStringView w = lower(next);
        return isPreposition(w) || isTimeWord(w) || is(w, u"online") || (w.size() > 4 && w.endsWith(u"ly"));
    }
    if (hit.info.cls != CueClass::Finding || !head.startsWith(u"show"))
        return false;
    if (nextIsWord && (lowerIs(next, u"up") || lowerIs(next, u"off")))
        return true;
    if (d.source.last - d.source.first != 1)
        return false;
    static const WordSet persons{u"he", u"she", u"they", u"i", u"we", u"you", u"who"};
    return persons.contains(lower(d.source.first));
}

const Draft *Scanner::lastDraftInUnit(qsizetype ui) const
{
    for (qsizetype i = m_drafts.size() - 1; i >= 0; --i) {
        if (m_drafts[i].unit != ui)
            return nullptr;
        if (!m_drafts[i].dropped)
            return &m_drafts[i];
    }
    return nullptr;
}

void Scanner::scanUnit(qsizetype ui)
{
    const Unit &u = m_t.units[ui];
    m_unitCursor = u.first;
    Draft d;
    d.unit = ui;
    if (tryInvertedCue(u, d) || (m_t.toks[u.first].has(ParagraphStart) && tryColonHeadline(u, d))) {
        m_drafts.append(d);
        m_unitCursor = d.cue.last;
    }
    const Token *toks = m_t.toks.constData();
    const char16_t *lowerText = reinterpret_cast<const char16_t *>(m_t.lower.utf16());
    for (qsizetype i = m_unitCursor; i < u.last; ++i) {
        // Most tokens can start no pattern: no lexicon bit (findCue, tryNounCue and
        // tryReception test those first), not a dash, not "asked" or "known" (five
        // units, lower-cased "a…" or "k…") and not "according" (nine). One test lets them pass.
        const Token &t = toks[i];
        const qint32 len = t.end - t.start;
        const char16_t c0 = lowerText[t.start];
        if (!t.lex && t.kind != TokKind::Dash && !(len == 5 && (c0 == u'a' || c0 == u'k')) && !(len == 9 && c0 == u'a')
            && !(len == 2 && c0 == u'i') && !(len >= 7 && len <= 10 && (c0 == u'a' || c0 == u'i' || c0 == u'o' || c0 == u'e')))
            continue;
        d = Draft();
        d.unit = ui;
        if (len == 9 && m_t.toks[i].isWord() && !m_t.toks[i].has(InQuote) && lowerIs(i, u"according")
            && lowerIs(i + 1, u"to") && i + 2 < u.last) {
            if (tryAccordingTo(i, u, d)) {
                m_drafts.append(d);
                i = d.source.last - 1;
            }
            continue;
        }
        if (m_t.toks[i].kind == TokKind::Dash && tryDashSignature(i, u, d)) {
            m_drafts.append(d);
            i = d.source.last - 1;
            continue;
        }
        if (m_t.toks[i].end - m_t.toks[i].start == 5 && tryAskedClause(i, u, d)) { // "asked"
            m_drafts.append(d);
            i = d.content.last().last - 1;
            continue;
        }
        if (((m_t.toks[i].end - m_t.toks[i].start == 5 && (m_text[m_t.toks[i].start].unicode() | 0x20) == u'k')
             || (t.lex & MaybeHearsay))
            && (tryKnownAs(i, u, d) || tryReportedly(i, u, d))) { // "known", "titled", "dubbed", "reportedly"
            m_drafts.append(d);
            i = d.cue.last - 1;
            continue;
        }
        if (len == 2 && tryInPoll(i, u, d)) { // "in"
            m_drafts.append(d);
            i = d.source.last - 1;
            continue;
        }
        if (len >= 7 && len <= 10 && (c0 == u'a' || c0 == u'i' || c0 == u'o' || c0 == u'e') && tryFeelingCause(i, u, d)) {
            m_drafts.append(d);
            i = d.source.last - 1;
            continue;
        }
        if (tryReception(i, u, d)) {
            m_drafts.append(d);
            i = d.cue.last - 1;
            continue;
        }
        if (tryNounCue(i, u, d) || tryStanceAdjective(i, u, d)) {
            m_drafts.append(d);
            i = d.cue.last - 1;
            continue;
        }
        if (!(t.lex & MaybeVerbCue))
            continue; // findCue's own first test
        CueHit hit;
        if (!findCue(i, u, hit))
            continue;
        d.cue = hit.cue;
        d.cls = hit.info.cls;
        d.form = hit.info.form;
        d.confidence = confidenceFor(hit.info.cls);
        const bool ok = tryPassiveBy(hit, u, d) || tryParticiple(hit, u, d) || tryContentBefore(hit, u, d)
            || tryContentAfter(hit, u, d);
        if (ok && citesNothing(hit, d)) {
            i = d.cue.last - 1;
            continue;
        }
        if (ok) {
            m_drafts.append(d);
            i = d.cue.last - 1;
        }
    }
}

// "Name: text" at the start of a paragraph: transcripts ("CLINTON: Honestly, …")
// and headlines ("Sanders: Clinton Email Story Has Moved").
bool Scanner::tryColonHeadline(const Unit &u, Draft &d)
{
    qsizetype i = u.first;
    if (m_t.toks[i].kind == TokKind::OpenQuote)
        ++i; // a transcript quoted paragraph by paragraph: "WALLACE: …
    const qsizetype nameFirst = i;
    for (; i < u.last && i < nameFirst + 4; ++i) {
        const Token &t = m_t.toks[i];
        if (t.kind == TokKind::Colon)
            break;
        if (!t.isWord() || !t.has(Capitalised))
            return false;
    }
    if (i == nameFirst || i >= u.last || m_t.toks[i].kind != TokKind::Colon)
        return false;
    if (isHeadlineLabel(lower(nameFirst)))
        return false;
    qsizetype last = u.last;
    for (qsizetype k = m_t.unitOf[u.first] + 1; k < m_t.units.size() && m_t.units[k].paragraph == u.paragraph; ++k)
        last = m_t.units[k].last;
    Unit para = u;
    para.last = last;
    const qsizetype end = contentEnd(para);
    qsizetype words = 0;
    for (qsizetype k = i + 1; k < end && words < 3; ++k)
        words += m_t.toks[k].isWord() ? 1 : 0;
    if (words < 3)
        return false;
    d.source = {nameFirst, i};
    d.cue = {i, i + 1};
    d.content = {{i + 1, end}};
    d.confidence = 0.5;
    return true;
}

// "Said Ellis: “…”", "Wrote the senator: …": a speech verb that opens the sentence
// ahead of its subject (quotative inversion) is the cue, and the phrase up to the
// colon the source; what follows the colon, here or in the next paragraph, is said.
bool Scanner::tryInvertedCue(const Unit &u, Draft &d)
{
    const qsizetype i = u.first;
    if (i + 2 >= u.last || !isWordAt(i) || !m_t.toks[i].has(Capitalised) || m_t.toks[i].has(InQuote) || u.titleCase)
        return false;
    const CueInfo info = lookupCue(lower(i));
    if (info.cls != CueClass::Speech || info.particleRequired
        || (info.form != CueForm::Past && info.form != CueForm::ThirdPerson))
        return false;
    if (!isWordAt(i + 1) || m_t.toks[i + 1].has(InQuote))
        return false;
    const QStringView next = lower(i + 1);
    if (!m_t.toks[i + 1].has(Capitalised) && !(isDeterminer(next) && !isPreposition(next)))
        return false; // a name or a noun phrase, not "Said to be …"
    qsizetype colon = i + 1;
    for (; colon < u.last && colon < i + 20; ++colon) {
        const Token &t = m_t.toks[colon];
        if (t.kind == TokKind::Colon)
            break;
        if (t.has(InQuote) || (t.kind != TokKind::Word && t.kind != TokKind::Comma && t.kind != TokKind::Paren))
            return false;
    }
    if (colon >= u.last || m_t.toks[colon].kind != TokKind::Colon)
        return false;
    qsizetype start = colon + 1;
    qsizetype end = contentEnd(u);
    const qsizetype ui = m_t.unitOf[i];
    if (start >= end && ui + 1 < m_t.units.size()) { // "Stated Stone:" and the quotation below
        start = m_t.units[ui + 1].first;
        end = contentEnd(m_t.units[ui + 1]);
    }
    if (start >= end)
        return false;
    d.source = {i + 1, colon};
    d.cue = {i, i + 1};
    d.cls = CueClass::Speech;
    d.content = {{start, end}};
    d.confidence = 0.7;
    return true;
}

bool Scanner::tryAccordingTo(qsizetype i, const Unit &u, Draft &d)
{
    // A source runs to the punctuation that ends it, however long ("according to early
    // results of exit polls conducted for the AP and the networks, …").
    qsizetype e = i + 2;
    while (e < u.last && e < i + 30) {
        const TokKind k = m_t.toks[e].kind;
        // "according to “The Fixers,” a book by …": a short quoted title is part of the source.
        if (k == TokKind::OpenQuote && m_t.toks[e].quote >= 0) {
            const qsizetype close = m_t.quotes[m_t.toks[e].quote].close;
            if (close > e && close - e <= 14 && close + 1 < u.last) {
                e = close + 1;
                continue;
            }
        }
        if (k == TokKind::Comma || k == TokKind::Stop || k == TokKind::Semicolon || k == TokKind::Dash
            || k == TokKind::Paren || k == TokKind::OpenQuote || k == TokKind::Colon)
            break;
        ++e;
    }
    // A comma closing the title inside its quotation marks ("“The Fixers,” a book …"): go on.
    while (e < u.last && e < i + 30 && e > i + 2 && m_t.toks[e - 1].kind == TokKind::CloseQuote
           && m_t.toks[e].isWord()) {
        while (e < u.last && e < i + 30 && m_t.toks[e].kind != TokKind::Comma && !isStopPunct(e)
               && m_t.toks[e].kind != TokKind::Colon && m_t.toks[e].kind != TokKind::OpenQuote)
            ++e;
    }
    if (e == i + 2)
        return false;
    d.cue = {i, i + 2};
    d.cls = CueClass::Speech;
    d.source = {i + 2, e};
    d.confidence = 0.8;
    // "That’s according to the filings.": the pronoun is what is cited, the copula joins the cue.
    if (i - 2 == m_unitCursor && (lowerIs(i - 1, u"'s") || lowerIs(i - 1, u"is") || lowerIs(i - 1, u"was"))
        && (lowerIs(i - 2, u"that") || lowerIs(i - 2, u"this"))) {
        d.cue = {i - 1, i + 2};
        d.content = {{i - 2, i - 1}};
        m_unitCursor = e;
        return true;
    }
    qsizetype beforeEnd = i;
    if (beforeEnd > m_unitCursor && m_t.toks[beforeEnd - 1].kind == TokKind::Comma)
        --beforeEnd;
    // "“…,” Sanders said, according to CNN.": the report cites the whole attribution
    // before it, the quotation and who said it (all of it in PolNeAR).
    if (!m_drafts.isEmpty()) {
        const Draft &last = m_drafts.last();
        if (last.unit == m_t.unitOf[i] && !last.cue.empty() && !last.content.isEmpty() && last.cue.last <= beforeEnd
            && last.content.last().last <= last.cue.first && beforeEnd - m_unitCursor < 8
            && m_t.toks[last.content.first().first].kind == TokKind::OpenQuote) {
            qsizetype first = std::min(last.cue.first, last.content.first().first);
            if (!last.source.empty())
                first = std::min(first, last.source.first);
            d.content.append({first, beforeEnd});
            beforeEnd = first; // nothing more before it
        }
    }
    if (d.content.isEmpty() && beforeEnd - m_unitCursor >= 2)
        d.content.append({m_unitCursor, beforeEnd});
    const qsizetype end = contentEnd(u);
    if (e < end && (m_t.toks[e].kind == TokKind::Comma || m_t.toks[e].kind == TokKind::Colon) && end - (e + 1) >= 2)
        d.content.append({e + 1, end}); // "…, the rate rose", "According to HuffPo: “…”"
    if (d.content.isEmpty())
        return false;
    m_unitCursor = d.content.last().last;
    return true;
}

// "The plan was endorsed by the union": a passive cue with its agent after "by". The
// agent is the source, the subject is what they cited or took a stand on.
bool Scanner::tryPassiveBy(const CueHit &hit, const Unit &u, Draft &d)
{
    if (hit.info.form != CueForm::Past || hit.cue.first == hit.head)
        return false;
    // "has been called a charlatan by fellow physicians": the agent may follow a short
    // complement, which is then content beside the subject.
    qsizetype by = hit.head + 1;
    for (qsizetype k = hit.head + 1; k < u.last && k <= hit.head + 5; ++k) {
        if (!isWordAt(k) || m_t.toks[k].has(InQuote))
            break;
        const QStringView w = lower(k);
        if (is(w, u"by")) {
            by = k;
            break;
        }
        if (isClauseWord(w) || isRelativePronoun(w) || isPreposition(w) || isAuxiliary(w) || lookupCue(w).isCue())
            break;
    }
    if (!lowerIs(by, u"by") || (by > hit.head + 1 && (!isWordAt(by + 1) || isTimeWord(lower(by + 1))
                                                      || lower(by + 1).endsWith(u"ing")
                                                      || m_text[m_t.toks[by + 1].start].isDigit())))
        return false;
    bool passive = false;
    for (qsizetype k = hit.cue.first; k < hit.head && !passive; ++k)
        passive = lowerIs(k, u"is") || lowerIs(k, u"was") || lowerIs(k, u"are") || lowerIs(k, u"were")
            || lowerIs(k, u"been") || lowerIs(k, u"be") || lowerIs(k, u"being");
    if (!passive)
        return false;
    const qsizetype from = by + 1;
    qsizetype e = from;
    for (; e < u.last && e < from + 12; ++e) {
        const Token &t = m_t.toks[e];
        if (numberComma(e))
            continue; // "endorsed by the 10,000 people"
        if (!t.isWord() || t.has(InQuote))
            break;
        const QStringView w = lower(e);
        if (e > from && (isClauseWord(w) || isRelativePronoun(w) || (isPreposition(w) && !is(w, u"of"))))
            break;
    }
    const Range subject = leftSource(hit.cue.first, u);
    if (e == from || subject.empty() || isRelativePronoun(lower(subject.first)))
        return false; // "which was backed by": the subject is further back
    d.source = {from, e};
    if (by == hit.head + 1) {
        d.cue = {hit.cue.first, hit.head + 2};
        d.content = {subject};
    } else {
        d.cue = {hit.cue.first, hit.head + 1};
        d.content = {subject, {hit.head + 1, by}};
    }
    return true;
}

// "the string of contests known as Super Tuesday", "the law, known as the Dream Act":
// a name that people give something, cited with no source. The content is the name
// and, when it stands right before, what bears it.
bool Scanner::tryKnownAs(qsizetype i, const Unit &u, Draft &d)
{
    // "a book titled “…”", "a plan dubbed Obamacare": the name is given with no "as".
    const bool naming = lowerIs(i, u"titled") || lowerIs(i, u"dubbed");
    if (!(naming || lowerIs(i, u"known")) || m_t.toks[i].has(InQuote) || i + 2 >= u.last)
        return false;
    // "known for its beaches", "known to fans as": a reputation, cited with no source too.
    if (!naming && !lowerIs(i + 1, u"as") && !lowerIs(i + 1, u"for") && !lowerIs(i + 1, u"to"))
        return false;
    qsizetype first = i;
    if (isWordAt(first - 1) && (lowerIs(first - 1, u"also") || lowerIs(first - 1, u"widely")
                                || lowerIs(first - 1, u"better") || lowerIs(first - 1, u"commonly")
                                || lowerIs(first - 1, u"best") || lowerIs(first - 1, u"well")))
        --first;
    // "is best known for", "has long been known as": the verb belongs to the cue, not to what bears the name.
    for (int n = 0; n < 2 && isWordAt(first - 1) && !m_t.toks[first - 1].has(InQuote)
                    && !lowerIs(first - 1, u"to") && isAuxiliary(lower(first - 1));
         ++n)
        --first;
    // The name: up to punctuation or a new clause, a few words at most.
    const qsizetype from = naming ? i + 1 : i + 2;
    qsizetype e = from;
    while (e < u.last && e < from + 8) {
        const Token &t = m_t.toks[e];
        if (t.kind == TokKind::OpenQuote && t.quote >= 0 && m_t.quotes[t.quote].close > e) {
            e = m_t.quotes[t.quote].close + 1;
            continue;
        }
        if (!t.isWord())
            break;
        const QStringView w = lower(e);
        if (e > from && !t.has(Capitalised) && (isClauseWord(w) || isPreposition(w) || isAuxiliary(w)))
            break;
        ++e;
    }
    if (e == from)
        return false;
    d.cue = {first, from};
    d.cls = CueClass::Speech;
    d.content = {};
    qsizetype before = first;
    if (before - 1 >= u.first && m_t.toks[before - 1].kind == TokKind::Comma)
        --before;
    const qsizetype np = before > u.first && isWordAt(before - 1) ? clauseStart(before, u, 6) : before;
    if (np < before && !isPronoun(np))
        d.content.append({np, before});
    d.content.append({from, e});
    d.confidence = 0.5;
    d.noun = true; // like a noun cue: inside someone's words it stays theirs
    return true;
}

// "Trump reportedly offered him the job": hearsay the writer passes on, with no source.
// The subject and the rest of the clause are the content. Before a cue verb
// ("reportedly told") the adverb is part of that verb's cue instead.
bool Scanner::tryReportedly(qsizetype i, const Unit &u, Draft &d)
{
    if (!lowerIs(i, u"reportedly") || m_t.toks[i].has(InQuote) || i + 2 >= u.last || !isWordAt(i + 1)
        || lookupCue(lower(i + 1)).isCue())
        return false;
    const qsizetype end = contentEnd(u);
    const qsizetype last = clauseEnd(i + 1, end);
    if (last - (i + 1) < 2)
        return false;
    d.cue = {i, i + 1};
    d.cls = CueClass::Speech;
    d.content = {};
    const Range subject = leftSource(i, u);
    if (!subject.empty() && !startsWithAdverbial(subject))
        d.content.append(subject);
    d.content.append({i + 1, last});
    d.confidence = 0.5;
    return true;
}

// "“…” — Ana Ruiz, a nurse": a quotation signed with a dash and a name that ends
// the line, as in collected reader comments or epigraphs. The dash is the cue.
bool Scanner::tryDashSignature(qsizetype dash, const Unit &u, Draft &d)
{
    const qsizetype q = dash - 1;
    // The sentence break may fall between the quotation and the dash.
    const bool before = q >= u.first || (q >= 0 && dash == u.first && !m_t.toks[dash].has(ParagraphStart));
    if (!before || dash + 1 >= u.last || !m_t.toks[dash + 1].has(Capitalised))
        return false;
    const Token &close = m_t.toks[q];
    const bool paired = close.kind == TokKind::CloseQuote && close.quote >= 0;
    const bool stray = close.kind == TokKind::Other && (m_text[close.start] == u'”' || m_text[close.start] == u'"');
    if (!paired && !stray)
        return false;
    // The signature: capitalised words up to a comma, then perhaps a role, to the end of the line.
    const qsizetype end = contentEnd(u);
    qsizetype k = dash + 1;
    while (k < end && m_t.toks[k].isWord() && (m_t.toks[k].has(Capitalised) || lowerIs(k, u"of")))
        ++k;
    if (k - (dash + 1) > 5 || (k < end && m_t.toks[k].kind != TokKind::Comma && m_t.toks[k].kind != TokKind::Paren))
        return false;
    if (end - dash > 20)
        return false;
    qsizetype first = m_unitCursor;
    if (paired) {
        first = m_t.quotes[close.quote].open;
    } else {
        // An unpaired mark: the quotation is the paragraph up to here, when it opens with a mark.
        qsizetype ui = m_t.unitOf[q];
        while (ui > 0 && m_t.units[ui - 1].paragraph == u.paragraph && !lastDraftInUnit(ui - 1))
            --ui;
        first = m_t.units[ui].first;
        const QChar open = m_text[m_t.toks[first].start];
        if (open != u'”' && open != u'“' && open != u'"')
            return false;
    }
    if (q - first < 3)
        return false;
    d.content = {{first, q + 1}};
    d.cue = {dash, dash + 1};
    d.source = {dash + 1, end};
    d.cls = CueClass::Speech;
    d.confidence = 0.7;
    m_unitCursor = end;
    return true;
}

// "Asked whether he would run, Johnson demurred", "…,” she said when asked about the
// vote.": the question is content of its own, with no source (the reporter who
// asked is not named).
bool Scanner::tryAskedClause(qsizetype i, const Unit &u, Draft &d)
{
    if (!lowerIs(i, u"asked") || m_t.toks[i].has(InQuote))
        return false;
    // After "when" only a question follows ("when asked whether", "… about"); "when
    // asked to leave" is a request.
    static const WordSet question{u"whether", u"if", u"about", u"who", u"whom", u"what", u"why", u"how",
                                  u"which", u"where", u"when"};
    // "asked by a reporter whether", "when asked in May if", "asked at the conference
    // about": an agent, who is the source, or a short phrase of when or where before the
    // question.
    qsizetype q = i + 1;
    Range agent;
    {
        const bool by = lowerIs(q, u"by");
        qsizetype k = by ? q + 1 : q;
        const qsizetype from = k;
        while (k < u.last && k < from + 8 && isWordAt(k) && !m_t.toks[k].has(InQuote) && !question.contains(lower(k))
               && !isClauseWord(lower(k)) && !isAuxiliary(lower(k)) && !lookupCue(lower(k)).isCue()
               && (by || k < from + 5))
            ++k;
        if (k > from && k < u.last && isWordAt(k) && question.contains(lower(k))) {
            if (by)
                agent = {from, k};
            q = k;
        }
    }
    const bool whenAsked = i > u.first && lowerIs(i - 1, u"when") && isWordAt(q) && question.contains(lower(q));
    if (i != u.first && !whenAsked)
        return false;
    qsizetype e = i + 1;
    while (e < u.last && e < i + 40 && m_t.toks[e].kind != TokKind::Comma && !isStopPunct(e)
           && m_t.toks[e].kind != TokKind::OpenQuote && m_t.toks[e].kind != TokKind::Dash)
        ++e;
    // At the start of a sentence the clause ends at a comma, the answer after it; after
    // "when" it may end the sentence.
    const bool closed = e < u.last && m_t.toks[e].kind == TokKind::Comma;
    if ((!closed && !(whenAsked && i > u.first + 1)) || e - i < 3)
        return false;
    const qsizetype start = q > i + 1 ? q : contentStartAfter(i + 1, u, CueClass::Speech);
    if (start >= e)
        return false;
    d.cue = {i, i + 1};
    d.cls = CueClass::Speech;
    d.source = agent;
    d.content = {{start, e}};
    d.confidence = 0.6;
    m_unitCursor = e + 1;
    return true;
}

// "a group backing Cruz", "super PACs supporting Jeb Bush": a stance participle after
// the noun it modifies. The noun phrase is the source, the object (up to the end of
// its name, or of the phrase) the content; the sentence goes on about the group.
bool Scanner::tryReducedRelative(const CueHit &hit, const Unit &u, Draft &d)
{
    // The participles of taking sides only: 15 of 27 on train after such a noun were
    // cues. Others ("a speech attacking", "the caucuses portraying") have their
    // subject elsewhere.
    static const WordSet sides{u"supporting", u"backing", u"opposing", u"endorsing"};
    const qsizetype p = hit.cue.first - 1;
    if (hit.cue.first != hit.head || !sides.contains(lower(hit.head)) || p <= u.first || !isWordAt(p)
        || m_t.toks[p].has(InQuote) || isPreposition(lower(p)) || isGerundPreposition(lower(p))
        || isAuxiliary(lower(p)) || (m_t.toks[p].has(Capitalised) && !lowerIs(p, u"pac") && !lowerIs(p, u"pacs")))
        return false;
    qsizetype first = p;
    while (first - 1 >= u.first && first > p - 5 && isWordAt(first - 1) && !m_t.toks[first - 1].has(InQuote)) {
        const QStringView w = lower(first - 1);
        if (isPreposition(w) || isClauseWord(w) || isAuxiliary(w) || lookupCue(w).isCue())
            break;
        --first;
        if (isDeterminer(w))
            break;
    }
    const qsizetype start = hit.cue.last;
    const qsizetype end = contentEnd(u);
    qsizetype e = start;
    bool inName = false;
    for (; e < end && e < start + 10; ++e) {
        const Token &t = m_t.toks[e];
        if (!t.isWord() || t.has(InQuote)) {
            if (t.kind == TokKind::Other && inName)
                continue; // "Mrs." keeps its stop inside the word; "then-Republican"
            break;
        }
        const QStringView w = lower(e);
        if (t.has(Capitalised)) {
            inName = true;
            continue;
        }
        if (inName && !is(w, u"of"))
            break; // "Mr. Cruz began": the name ends the object
        if (e > start && (isClauseWord(w) || isAuxiliary(w) || isRelativePronoun(w)))
            break;
    }
    if (e == start)
        return false;
    d.source = {first, p + 1};
    d.content = {{start, e}};
    d.confidence = 0.5;
    return true;
}

bool Scanner::tryParticiple(const CueHit &hit, const Unit &u, Draft &d)
{
    if (hit.info.form != CueForm::Participle || hit.cue.first <= u.first)
        return false;
    if (tryReducedRelative(hit, u, d))
        return true;
    // "…, adding that …" or "… by saying that …": the gerund's subject is the clause's.
    const qsizetype p = hit.cue.first - 1;
    const Token &pt = m_t.toks[p];
    const bool afterPreposition = pt.isWord() && !pt.has(InQuote) && isGerundPreposition(lower(p));
    // "footage of Clinton asking, “…”": the name right before the gerund is its subject.
    const bool afterName = pt.isWord() && pt.has(Capitalised) && !pt.has(InQuote) && !afterPreposition;
    const bool afterDash = pt.kind == TokKind::Dash; // "Rubio changed his pick – saying …"
    if (pt.kind != TokKind::Comma && !afterDash && !commaInsideQuote(p) && !afterPreposition && !afterName)
        return false;
    const qsizetype start = contentStartAfter(hit.cue.last, u, hit.info.cls);
    const qsizetype end = contentEnd(u);
    if (start >= end)
        return false;
    if (afterName) {
        qsizetype k = p;
        while (k - 1 >= u.first && k > p - 5 && isWordAt(k - 1) && m_t.toks[k - 1].has(Capitalised)
               && !m_t.toks[k - 1].has(InQuote))
            --k;
        d.source = {k, p + 1};
    } else {
        const Draft *prev = outerDraftInUnit(m_t.unitOf[hit.head]);
        d.source = prev ? prev->source : Range();
        if (!prev && pt.kind == TokKind::Comma)
            d.source = parentheticalSubject(p, u); // "Democrats, fearing a backlash, voted"
        // After a cue with no source ("Weaver did not seem impressed, telling reporters …")
        // the gerund's subject is the sentence's.
        if (d.source.empty())
            d.source = unitSubject(u);
    }
    if (d.source.empty())
        return false;
    d.content = {{start, parentheticalEnd(start, end)}};
    d.confidence = 0.7;
    return true;
}

// "…, Democrats in Congress, fearing a backlash, voted …": before a participle that
// opens an aside, a noun phrase that an earlier comma sets off is its subject. Empty
// when the phrase before the comma is not one ("met his aides on Friday, telling them").
Range Scanner::parentheticalSubject(qsizetype comma, const Unit &u) const
{
    const qsizetype start = clauseStart(comma, u, 8);
    if (start >= comma || start <= u.first || m_t.toks[start - 1].kind != TokKind::Comma)
        return {};
    const QStringView w = lower(start);
    if (!(m_t.toks[start].has(Capitalised) || isDeterminer(w)) || isPreposition(w) || m_t.toks[start].has(InQuote))
        return {};
    if (comma - start > 6)
        return {};
    for (qsizetype k = start; k < comma; ++k) {
        const QStringView x = lower(k);
        if (isAuxiliary(x) || lookupCue(x).isCue() || (x.endsWith(u"ed") && !m_t.toks[k].has(Capitalised)))
            return {}; // a verb: "the union rallied outside, saying" is a clause, not a noun phrase
    }
    return {start, comma};
}

// "Ruiz, citing the report, said …": a participle between the subject and its verb
// ends at the comma before that verb (perhaps with auxiliaries and adverbs before it).
qsizetype Scanner::parentheticalEnd(qsizetype start, qsizetype end) const
{
    for (qsizetype k = start + 1; k + 1 < end && k < start + 40; ++k) {
        const Token &t = m_t.toks[k];
        if (isStopPunct(k) || t.kind == TokKind::Colon)
            break;
        if (t.kind != TokKind::Comma || t.has(InQuote))
            continue;
        qsizetype v = k + 1;
        while (v < end && v < k + 4 && isWordAt(v) && !m_t.toks[v].has(InQuote)
               && (isAuxiliary(lower(v)) || isCueAdverb(lower(v))))
            ++v;
        if (!isWordAt(v) || m_t.toks[v].has(InQuote) || m_t.toks[v].has(Capitalised))
            continue;
        const CueInfo info = lookupCue(lower(v));
        if (info.isCue() && info.form != CueForm::Participle && !info.nounLike)
            return k;
    }
    return end;
}

} // namespace factline::extract::attr
