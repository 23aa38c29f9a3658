// SPDX-License-Identifier: MIT
// Patterns whose cue is a noun or an adjective: "the mayor's claim that …", "criticism
// from both parties", "Reyes is confident that …". The verb patterns are in
// attribution_patterns.cpp.
#include "extract/attribution_scanner.h"

namespace factline::extract::attr {

// "the mayor's claim that …", "his calls for …", "criticism of the plan": a noun
// that cites words or a stance, its owner (a possessive before it) as the source,
// and its complement as the content. The source may be missing, as PolNeAR allows.
// "The plan drew sharp criticism from both parties", "Obama has faced criticism for
// …", "the bill came under fire": what others said about the subject. Those who said
// it follow "from" (or are not named); the subject is what they spoke about.
bool Scanner::tryReception(qsizetype i, const Unit &u, Draft &d)
{
    const Token &t = m_t.toks[i];
    if (!(t.lex & MaybeReception) || t.has(InQuote) || t.has(Capitalised) || i + 2 >= u.last
        || t.end - t.start < 4 || t.end - t.start > 9)
        return false;
    // A reception verb (isReceptionVerb) whose first two letters are written in lower
    // case: "dRew" is no verb.
    const char16_t c0 = m_text[t.start].unicode(), c1 = m_text[t.start + 1].unicode();
    const bool candidate = (c0 == u'd' && c1 == u'r') || (c0 == u'f' && c1 == u'a') || (c0 == u'a' && c1 == u't')
        || (c0 == u'r' && c1 == u'e') || (c0 == u'e' && (c1 == u'n' || c1 == u'a'))
        || (c0 == u'c' && (c1 == u'a' || c1 == u'o'));
    if (!candidate)
        return false;
    static const WordSet nouns{u"criticism", u"criticisms", u"praise", u"fire", u"scrutiny", u"backlash",
                               u"condemnation", u"ridicule", u"rebuke", u"rebukes", u"complaints", u"accusations",
                               u"allegations", u"questions", u"protests", u"objections", u"derision",
                               u"denunciations", u"attacks", u"pushback"};
    const QStringView v = lower(i); // a reception verb (MaybeReception)
    qsizetype n = i + 1;
    if (v.startsWith(u'c')) { // "came under fire"
        if (!lowerIs(n, u"under"))
            return false;
        ++n;
    }
    const qsizetype from = n;
    for (; n < u.last && n <= from + 3; ++n) {
        if (!isWordAt(n) || m_t.toks[n].has(InQuote) || m_t.toks[n].has(Capitalised))
            return false;
        const QStringView w = lower(n);
        if (nouns.contains(w))
            break;
        if (isClauseWord(w) || isAuxiliary(w) || isPreposition(w)
            || (isDeterminer(w) && !is(w, u"some") && !is(w, u"new") && !is(w, u"such")))
            return false;
    }
    if (n >= u.last || n > from + 3)
        return false;
    const Range cue{extendCueLeft(i, u).first, n + 1};
    const Range subject = leftSource(cue.first, u);
    if (subject.empty() || startsWithAdverbial(subject))
        return false;
    qsizetype k = n + 1;
    Range source;
    if (lowerIs(k, u"from")) {
        qsizetype e = k + 1;
        for (; e < u.last && e < k + 12; ++e) {
            if (!isWordAt(e) || m_t.toks[e].has(InQuote))
                break;
            const QStringView w = lower(e);
            const bool joins = (is(w, u"and") || is(w, u"or")) && isWordAt(e + 1) && !lowerIs(e + 1, u"for")
                && !lowerIs(e + 1, u"over"); // "from teachers and parents"
            if (e > k + 1 && !joins && (isClauseWord(w) || isRelativePronoun(w) || (isPreposition(w) && !is(w, u"of"))))
                break;
        }
        if (e > k + 1)
            source = {k + 1, e};
        k = e;
    }
    d.cue = cue;
    d.source = source;
    d.cls = CueClass::Speech;
    d.content = {subject};
    if ((lowerIs(k, u"for") || lowerIs(k, u"over")) && k + 2 < u.last) {
        const qsizetype end = contentEnd(u);
        if (k + 1 < end)
            d.content.append({k + 1, clauseEnd(k + 1, end)});
    }
    d.confidence = 0.5;
    d.noun = true;
    return true;
}

bool Scanner::tryNounCue(qsizetype i, const Unit &u, Draft &d)
{
    const Token &t = m_t.toks[i];
    if (!(t.lex & MaybeNounCue) || t.has(InQuote) || t.has(Capitalised) || i + 2 >= u.last
        || !m_t.toks[i + 1].isWord() || t.end - t.start < 4)
        return false;
    // The word after the noun first: a handful of lower-case words, compared by length first.
    const QStringView next = word(i + 1);
    if (!(is(next, u"that") || is(next, u"of") || is(next, u"for") || is(next, u"about") || is(next, u"on")
          || is(next, u"over") || is(next, u"to") || is(next, u"against")))
        return false;
    const CueClass cls = nounCue(lower(i), next);
    if (cls == CueClass::None)
        return false;
    const bool that = lowerIs(i + 1, u"that");
    Range cue{i, that ? i + 1 : i + 2};
    // The owner: "his", "the agency's", "Trump's", perhaps with one modifier ("Trump's repeated claims").
    qsizetype p = i - 1;
    auto possessive = [&](qsizetype k) {
        if (!isWordAt(k) || m_t.toks[k].has(InQuote))
            return false;
        const QStringView w = lower(k);
        return is(w, u"his") || is(w, u"her") || is(w, u"their") || is(w, u"its") || is(w, u"our") || is(w, u"my")
            || w.endsWith(u"'s") || (w.size() > 3 && w.endsWith(u"s'"));
    };
    if (isWordAt(p) && !possessive(p) && possessive(p - 1)) {
        const QStringView mod = lower(p);
        if (!isDeterminer(mod) && !isPreposition(mod) && !isClauseWord(mod) && !m_t.toks[p].has(Capitalised)) {
            cue.first = p;
            --p;
        }
    }
    Range source;
    if (p >= u.first && possessive(p)) {
        qsizetype k = p;
        const QStringView w = lower(p);
        if (w.endsWith(u"'s") || w.endsWith(u"s'")) {
            while (k - 1 >= u.first && k > p - 6 && isWordAt(k - 1) && !m_t.toks[k - 1].has(InQuote)
                   && (m_t.toks[k - 1].has(Capitalised) || lowerIs(k - 1, u"the")))
                --k;
        }
        source = {k, p + 1};
    }
    // Without an owner most of these nouns name a topic ("the promise of reform"); a few
    // cite still, with no source ("amid calls for his resignation").
    // The noun follows a determiner, a preposition or a modifier ("the criticism of",
    // "amid calls for", "growing concern that"), not a subject ("He calls for", "who
    // call for") or "to" and "and", after which it is a verb.
    if (source.empty()) {
        if (ownerlessNounCue(lower(i), lower(i + 1)) == CueClass::None || !isWordAt(p) || m_t.toks[p].has(InQuote))
            return false;
        const QStringView w = lower(p);
        const bool modifier = !m_t.toks[p].has(Capitalised) && !isPronoun(p) && !isAuxiliary(w)
            && !isClauseWord(w) && !isRelativePronoun(w) && !is(w, u"to");
        if (!isDeterminer(w) && !isPreposition(w) && !modifier)
            return false;
        // "continued to call for": after "to" and a verb that the cue continues, a noun that
        // is also a verb's base form is the verb, whose subject is the source ("used his
        // speech to call for" stays a call with no source; "responded to calls for" is the noun).
        if (is(w, u"to") && lookupCue(lower(i)).form == CueForm::Base && catenativeBefore(p) >= 0)
            return false;
    }
    // The complement: a "that" clause to the end, a noun phrase up to a comma or a new clause.
    const qsizetype start = that ? i + 1 : i + 2;
    const qsizetype end = contentEnd(u);
    qsizetype e = start;
    if (that) {
        e = end;
    } else {
        for (; e < end && e < start + 25; ++e) {
            const Token &k = m_t.toks[e];
            if (k.kind == TokKind::Comma || k.kind == TokKind::Paren || k.kind == TokKind::Dash || isStopPunct(e)
                || k.kind == TokKind::Colon)
                break;
            if (!k.isWord() || k.has(InQuote))
                continue;
            const QStringView w = lower(e);
            const CueInfo verb = lookupCue(w);
            const bool finiteCue = verb.isCue() && verb.form != CueForm::Base && !verb.nounLike;
            if (e > start && ((isClauseWord(w) && !is(w, u"of")) || isRelativePronoun(w) || isAuxiliary(w) || finiteCue))
                break; // "his calls for a recount were ignored": the verb ends the phrase
        }
    }
    qsizetype words = 0;
    for (qsizetype k = start; k < e && words < 2; ++k)
        words += m_t.toks[k].isWord() ? 1 : 0;
    if (words < (that ? 2 : 1))
        return false;
    d.source = source;
    d.cue = cue;
    d.cls = cls;
    d.content = {{start, e}};
    d.confidence = 0.5;
    d.noun = true;
    return true;
}

// "Reyes is confident that …", "the union has been critical of the plan", "voters
// seem eager to move on": an adjective of stance after a copula. The copula and the
// adjective are the cue (with a preposition that opens the complement), the subject
// its source, the complement its content.
bool Scanner::tryStanceAdjective(qsizetype i, const Unit &u, Draft &d)
{
    const Token &t = m_t.toks[i];
    if (!(t.lex & MaybeStance) || t.has(InQuote) || t.has(Capitalised) || i + 2 >= u.last || !isWordAt(i + 1))
        return false;
    const QStringView next = lower(i + 1);
    const CueClass cls = stanceAdjective(lower(i), next);
    if (cls == CueClass::None)
        return false;
    // The copula, over a few degree adverbs ("is not very confident", "grew increasingly
    // critical"). "seem", "appear" and "feel" are cues of their own.
    static const WordSet copulas{u"is", u"are", u"was", u"were", u"be", u"been", u"being", u"am", u"'s", u"'re",
                                 u"'m", u"remain", u"remains", u"remained", u"become", u"becomes", u"became",
                                 u"grew", u"grown", u"isn't", u"wasn't", u"aren't", u"weren't"};
    static const WordSet degree{u"very", u"so", u"too", u"more", u"less", u"most", u"increasingly", u"deeply",
                                u"highly", u"fairly", u"quite", u"extremely", u"particularly", u"not", u"also",
                                u"still", u"always", u"now", u"openly", u"publicly", u"sharply", u"fully",
                                u"cautiously", u"clearly", u"equally", u"somewhat", u"all", u"both", u"far"};
    qsizetype c = i - 1;
    while (c > u.first && c >= i - 3 && isWordAt(c) && !m_t.toks[c].has(InQuote) && degree.contains(lower(c)))
        --c;
    if (c < u.first || !isWordAt(c) || m_t.toks[c].has(InQuote) || !copulas.contains(lower(c)))
        return false;
    const bool prepositional = isPreposition(next);
    Range cue{extendCueLeft(c, u).first, prepositional ? i + 2 : i + 1};
    const Range source = leftSource(cue.first, u);
    if (source.empty() || lowerIs(source.first, u"it") || startsWithAdverbial(source))
        return false; // "it is certain that": nobody holds it
    const qsizetype start = prepositional ? i + 2 : i + 1;
    const qsizetype end = contentEnd(u);
    if (end - start < 2)
        return false;
    d.source = source;
    d.cue = cue;
    d.cls = cls;
    d.content = {{start, clauseEnd(start, end)}};
    d.confidence = 0.5;
    return true;
}

// "In a CNN poll released Monday, 50 percent chose Clinton", "Trump has a decisive lead
// in the polls", "she trails him in the average of New Hampshire polls by 9 points": a
// poll or a survey that a finding is "in" is its source, "in" the cue, and the clause
// the content, as PolNeAR has it (15 of the cues missed on train 1–400 were this "in").
bool Scanner::tryInPoll(qsizetype i, const Unit &u, Draft &d)
{
    if (!isWordAt(i) || m_t.toks[i].has(InQuote) || !lowerIs(i, u"in") || i + 2 >= u.last)
        return false;
    // One poll, named with an article ("a CNN poll", "the same survey"): "lead in the
    // polls" and "in national polls" are as often the writer's own reading (on train
    // 1–400, 5 of the 23 were PolNeAR attributions).
    static const WordSet polls{u"poll", u"survey"};
    qsizetype head = -1;
    bool article = false;
    for (qsizetype k = i + 1; k < u.last && k <= i + 10; ++k) {
        const Token &t = m_t.toks[k];
        if (t.has(InQuote))
            return false;
        if (!t.isWord()) {
            if (t.kind == TokKind::Other && m_text[t.start] == u'/')
                continue; // "an NBC News/Wall Street Journal poll"
            return false;
        }
        const QStringView w = lower(k);
        if (polls.contains(w)) {
            head = k;
            break;
        }
        article = article || isDeterminer(w);
        if (t.has(Capitalised))
            continue; // a name, "The Washington Post"
        if (isClauseWord(w) || isAuxiliary(w) || lookupCue(w).isCue() || (isPreposition(w) && !is(w, u"of")))
            return false;
    }
    if (head < 0 || !article)
        return false;
    // "… poll released Monday", "… survey last month", "… poll the same month".
    static const WordSet after{u"released", u"conducted", u"published", u"taken", u"the", u"same", u"this", u"last"};
    qsizetype sourceEnd = head + 1;
    while (sourceEnd < u.last && sourceEnd <= head + 4 && isWordAt(sourceEnd) && !m_t.toks[sourceEnd].has(InQuote)
           && (after.contains(lower(sourceEnd)) || isTimeWord(lower(sourceEnd))))
        ++sourceEnd;
    while (sourceEnd > head + 1 && (lowerIs(sourceEnd - 1, u"the") || lowerIs(sourceEnd - 1, u"this")))
        --sourceEnd;
    // "In the previous national poll, conducted in early September, Clinton led …"
    if (sourceEnd + 1 < u.last && m_t.toks[sourceEnd].kind == TokKind::Comma && isWordAt(sourceEnd + 1)
        && after.contains(lower(sourceEnd + 1)) && !lowerIs(sourceEnd + 1, u"the")) {
        for (qsizetype k = sourceEnd + 2; k < u.last && k < sourceEnd + 12; ++k) {
            if (m_t.toks[k].kind == TokKind::Comma) {
                sourceEnd = k;
                break;
            }
            if (!isWordAt(k) || m_t.toks[k].has(InQuote))
                break;
        }
    }
    // The poll ends the noun phrase: not "a polling location", "the poll's margin".
    if (sourceEnd < u.last && isWordAt(sourceEnd) && !isPreposition(lower(sourceEnd))
        && !isClauseWord(lower(sourceEnd)))
        return false;
    const qsizetype end = contentEnd(u);
    if (i == m_unitCursor) { // fronted, its content after the comma
        if (sourceEnd >= end || m_t.toks[sourceEnd].kind != TokKind::Comma)
            return false;
        const qsizetype stop = clauseEnd(sourceEnd + 1, end);
        if (stop - (sourceEnd + 1) < 3)
            return false;
        d.content = {{sourceEnd + 1, stop}};
    } else {
        // The clause before "in", without a fronted adverbial ("In the fall of 2007, …").
        qsizetype start = m_unitCursor;
        for (qsizetype k = start; k < i; ++k) {
            if (m_t.toks[k].kind == TokKind::Comma) {
                if (frontedAdverbial(start, k))
                    start = k + 1;
                break;
            }
        }
        qsizetype words = 0;
        for (qsizetype k = start; k < i; ++k) {
            if (m_t.toks[k].has(InQuote) || !(m_t.toks[k].isWord() || numberComma(k)))
                return false; // a clause of its own words only
            ++words;
        }
        if (words < 3)
            return false;
        d.content = {{start, i}};
        if (lowerIs(sourceEnd, u"by") && sourceEnd + 2 < end) { // "… by nearly 9 points"
            qsizetype e = sourceEnd + 1;
            while (e < end && isWordAt(e) && e < sourceEnd + 8)
                ++e;
            d.content.append({sourceEnd, e});
        }
    }
    d.source = {i + 1, sourceEnd};
    d.cue = {i, i + 1};
    d.cls = CueClass::Finding;
    d.confidence = 0.6;
    return true;
}

// "Her position has angered some Democrats", "His remarks infuriated the crowd": a
// verb of feeling whose object feels it. Those angered are the source, what angered them
// the content (on PolNeAR train 1–400 and dev, 7 of the 9 "angered" were attributions).
bool Scanner::tryFeelingCause(qsizetype i, const Unit &u, Draft &d)
{
    static const WordSet verbs{u"angered", u"infuriated", u"outraged", u"enraged"};
    if (!isWordAt(i) || m_t.toks[i].has(InQuote) || m_t.toks[i].has(Capitalised) || !verbs.contains(lower(i))
        || i + 1 >= u.last)
        return false;
    const qsizetype o = i + 1;
    if (!isWordAt(o) || m_t.toks[o].has(InQuote) || lowerIs(o, u"by") || lowerIs(o, u"that") || isPreposition(lower(o)))
        return false; // "angered by", "angered that": the one who feels is the subject
    const Range cue = extendCueLeft(i, u);
    const Range subject = leftSource(cue.first, u);
    if (subject.empty() || isRelativePronoun(lower(subject.first)))
        return false;
    const qsizetype end = contentEnd(u);
    qsizetype e = o;
    for (; e < end && e < o + 12; ++e) {
        const Token &t = m_t.toks[e];
        if (!t.isWord() || t.has(InQuote))
            break;
        const QStringView w = lower(e);
        if (e > o && (isClauseWord(w) || isRelativePronoun(w) || (isPreposition(w) && !is(w, u"of") && !is(w, u"on"))))
            break;
    }
    if (e == o)
        return false;
    d.cue = cue;
    d.source = {o, e};
    d.content = {subject};
    d.cls = CueClass::Belief;
    d.confidence = 0.5;
    return true;
}

} // namespace factline::extract::attr
