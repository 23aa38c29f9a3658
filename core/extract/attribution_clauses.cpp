// SPDX-License-Identifier: MIT
#include "extract/attribution_scanner.h"

namespace factline::extract::attr {

// Where the noun phrase before `before` starts: scanning left until punctuation, a
// quotation, or a word that opens a clause ("where international aid officials say").
// "and" between capitalised words stays inside ("Russia and China said").
qsizetype Scanner::clauseStart(qsizetype before, const Unit &u, int maxTokens) const
{
    qsizetype k = before - 1;
    for (int n = 0; k >= u.first && n < maxTokens; ++n, --k) {
        const Token &t = m_t.toks[k];
        if (!t.isWord() || t.has(InQuote))
            break;
        const QStringView w = lower(k);
        if (isClauseWord(w)) {
            const bool joinsNames = (is(w, u"and") || is(w, u"or")) && k + 1 < before && k - 1 >= u.first
                && m_t.toks[k + 1].has(Capitalised) && m_t.toks[k - 1].has(Capitalised);
            if (!joinsNames)
                break;
        }
    }
    return k + 1;
}

// A closing parenthesis at `k` whose group opens within a few tokens, as in a
// party and state after a name ("Sen. Ada Reyes (D-Ore.) said"): returns the
// opening one, or -1.
qsizetype Scanner::parenOpenBefore(qsizetype k, qsizetype lo) const
{
    if (k < lo || m_t.toks[k].kind != TokKind::Paren || m_text[m_t.toks[k].start] != u')')
        return -1;
    for (qsizetype j = k - 1; j >= lo && j >= k - 8; --j) {
        const Token &t = m_t.toks[j];
        if (t.kind == TokKind::Paren)
            return m_text[t.start] == u'(' && j < k - 1 ? j : -1;
        if (t.kind != TokKind::Word && t.kind != TokKind::Comma && t.kind != TokKind::Other)
            return -1;
    }
    return -1;
}

// "X, a spokesman for Y, said" / "Blinken, wrapping up his visit, told": the source is
// the phrase before the parenthetical, together with it (as PolNeAR marks it).
Range Scanner::appositiveSource(qsizetype comma, const Unit &u) const
{
    qsizetype k = comma - 1;
    for (int n = 0; k >= u.first && n < 25; ++n, --k) {
        const TokKind kind = m_t.toks[k].kind;
        const qsizetype open = parenOpenBefore(k, u.first);
        if (open >= 0) {
            k = open;
            continue;
        }
        // Between dashes an aside may hold a list: "— including A, B and C —".
        const bool listInDashes = kind == TokKind::Comma && m_t.toks[comma].kind == TokKind::Dash;
        if (m_t.toks[k].has(InQuote) || (kind != TokKind::Word && !listInDashes))
            break;
    }
    if (k < u.first || m_t.toks[k].kind != m_t.toks[comma].kind || k == comma - 1)
        return {};
    // The name may carry a party and state before the comma: "Rep. Ada Reyes (D-Ore.), chair of …,".
    const qsizetype open = parenOpenBefore(k - 1, u.first);
    qsizetype nameEnd = open > u.first ? open : k;
    qsizetype head = clauseStart(nameEnd, u, 10);
    // A sentence adverb set off by commas after the name: "Reyes, meanwhile, who …, said".
    static const WordSet asides{u"meanwhile", u"however", u"too", u"though", u"instead", u"also", u"moreover"};
    if (head == nameEnd && nameEnd - 2 > u.first && isWordAt(nameEnd - 1) && asides.contains(lower(nameEnd - 1))
        && m_t.toks[nameEnd - 2].kind == TokKind::Comma) {
        nameEnd -= 2;
        head = clauseStart(nameEnd, u, 10);
    }
    if (head == nameEnd)
        return {};
    return {head, comma};
}

Range Scanner::unitSubject(const Unit &u) const
{
    qsizetype i = u.first;
    if (isWordAt(i) && (lowerIs(i, u"but") || lowerIs(i, u"and") || lowerIs(i, u"so")))
        ++i;
    if (isWordAt(i) && lowerIs(i, u"then") && isWordAt(i + 1))
        ++i; // "And then Trump went on the attack, saying …"
    // A dateline: "WASHINGTON —", "BEIRUT (AP) —".
    if (isWordAt(i) && m_t.toks[i].has(AllCaps)) {
        qsizetype c = i;
        while (c < u.last && c < i + 6 && (m_t.toks[c].has(AllCaps) || m_t.toks[c].kind == TokKind::Paren
                                           || m_t.toks[c].kind == TokKind::Comma))
            ++c;
        if (c < u.last && m_t.toks[c].kind == TokKind::Dash)
            i = c + 1;
    }
    if (isWordAt(i) && !m_t.toks[i].has(InQuote)) {
        // "In August, several groups sued, saying …", "Now, …", "Throughout the
        // campaign, …": the subject follows the opening phrase.
        static const WordSet openers{u"throughout", u"now", u"still", u"however", u"instead", u"meanwhile",
                                     u"although", u"though", u"while", u"when", u"if", u"as", u"because",
                                     u"since", u"once", u"until", u"amid", u"despite", u"unlike", u"like", u"within",
                                     u"beyond", u"along", u"across", u"behind", u"outside", u"inside", u"upon",
                                     u"asked", u"pressed"};
        const QStringView w = lower(i);
        if (isPreposition(w) || isTimeWord(w) || openers.contains(w)) {
            qsizetype c = i + 1;
            while (c < u.last && c < i + 12 && m_t.toks[c].isWord())
                ++c;
            if (c < u.last && m_t.toks[c].kind == TokKind::Comma)
                i = c + 1;
        }
    }
    if (i >= u.last || !m_t.toks[i].isWord() || m_t.toks[i].has(InQuote))
        return {};
    if (isPronoun(i))
        return {i, i + 1};
    // "Nuclear proliferation experts have …": a capitalised adjective opening the unit
    // before lower-case words reads like "several environmental groups", not a name.
    const bool capitalisedModifier = m_t.toks[i].has(Capitalised) && i == u.first && isWordAt(i + 1)
        && !m_t.toks[i + 1].has(Capitalised) && !m_t.toks[i + 1].has(InQuote) && !isAuxiliary(lower(i + 1))
        && !lookupCue(lower(i + 1)).isCue() && !isClauseWord(lower(i + 1)) && !isPreposition(lower(i + 1))
        && !lower(i + 1).endsWith(u"ed");
    if (isDeterminer(lower(i)) || capitalisedModifier) {
        // "The campaign", "several environmental groups": up to the verb, which is an
        // auxiliary, a cue, a past tense or a new clause.
        qsizetype e = i + 1;
        for (; e < u.last && e < i + 7 && m_t.toks[e].isWord() && !m_t.toks[e].has(InQuote); ++e) {
            const QStringView w = lower(e);
            // Irregular past tenses end the subject too ("The mayor stood by the port, telling …").
            static const WordSet irregularPast{u"stood", u"met", u"went", u"took", u"gave", u"came", u"left", u"held",
                                               u"spent", u"won", u"ran", u"sat", u"got", u"kept", u"sent", u"brought",
                                               u"began", u"became", u"built", u"bought", u"caught", u"drew", u"drove",
                                               u"fell", u"fought", u"flew", u"grew", u"led", u"paid", u"rose", u"sold",
                                               u"shook", u"struck", u"threw", u"broke", u"chose", u"stayed", u"made"};
            if (isAuxiliary(w) || isClauseWord(w) || (isPreposition(w) && !is(w, u"of")) || lookupCue(w).isCue()
                || (w.endsWith(u"ed") && !m_t.toks[e].has(Capitalised))
                || ((e > i + 1 || capitalisedModifier) && irregularPast.contains(w)))
                break;
        }
        // After a capitalised first word the phrase must end in a plural noun, as
        // "Nuclear proliferation experts" does; "Ruiz left the hall" is a name and its verb.
        const QStringView headNoun = e > i + 1 ? lower(e - 1) : QStringView();
        const bool pluralHead = headNoun.size() > 3 && headNoun.endsWith(u's') && !headNoun.endsWith(u"ss");
        if (!capitalisedModifier || isDeterminer(lower(i)) || pluralHead)
            return e > i + 1 ? Range{i, e} : Range{};
    }
    qsizetype e = i;
    while (e < u.last && e < i + 6 && m_t.toks[e].isWord()
           && (m_t.toks[e].has(Capitalised) || lower(e) == u"of" || lower(e) == u"the"))
        ++e;
    while (e > i && !m_t.toks[e - 1].has(Capitalised))
        --e;
    return e > i ? Range{i, e} : Range{};
}

// "Ruiz, citing “a broken promise,” said …": the quotation that closes at `close`
// is the object of a participle after a comma. Returns that comma, or -1.
qsizetype Scanner::participleQuoteComma(qsizetype close, const Unit &u) const
{
    if (close < u.first || m_t.toks[close].kind != TokKind::CloseQuote || m_t.toks[close].quote < 0)
        return -1;
    const qsizetype open = m_t.quotes[m_t.toks[close].quote].open;
    if (open - 2 <= u.first || m_t.toks[open - 2].kind != TokKind::Comma || !isWordAt(open - 1)
        || m_t.toks[open - 1].has(InQuote) || m_t.toks[open - 1].has(Capitalised) || !lower(open - 1).endsWith(u"ing"))
        return -1;
    return open - 2;
}

Range Scanner::leftSource(qsizetype cueFirst, const Unit &u) const
{
    const qsizetype p = cueFirst - 1;
    if (p < u.first)
        return {};
    const Token &t = m_t.toks[p];
    if (t.kind == TokKind::Comma || t.kind == TokKind::Dash)
        return appositiveSource(p, u);
    if (const qsizetype comma = participleQuoteComma(p, u); comma >= 0) {
        const qsizetype start = clauseStart(comma, u, 12);
        return start < comma ? Range{start, comma} : Range{};
    }
    const qsizetype open = parenOpenBefore(p, u.first);
    if (open > u.first) { // "Rep. Ada Reyes (D-Ore.) said"
        const qsizetype start = clauseStart(open, u, 12);
        return start < open ? Range{start, cueFirst} : Range{};
    }
    if (percentSign(p)) { // "42% say", "about 42% said"
        qsizetype s = p - 1;
        if (s > u.first && isWordAt(s - 1) && !m_t.toks[s - 1].has(InQuote)
            && (lowerIs(s - 1, u"about") || lowerIs(s - 1, u"some") || lowerIs(s - 1, u"nearly") || lowerIs(s - 1, u"almost")
                || lowerIs(s - 1, u"roughly") || lowerIs(s - 1, u"only") || lowerIs(s - 1, u"just")))
            --s;
        return {s, cueFirst};
    }
    if (!t.isWord() || t.has(InQuote))
        return {};
    if (isRelativePronoun(lower(p)))
        return {p, p + 1};
    const qsizetype start = clauseStart(cueFirst, u, 12);
    if (start >= cueFirst)
        return {};
    // "I'm sure he said", "Maybe they said": a subject pronoun right before the verb is
    // the whole subject, unless it is joined to another ("Ruiz and I said") or follows a
    // relative pronoun ("which he said were"). "it" is left to the rules for things.
    if (p > start && isPronoun(p) && !lowerIs(p, u"it") && !lowerIs(p - 1, u"and") && !lowerIs(p - 1, u"or")
        && !lowerIs(p - 1, u"nor") && !isRelativePronoun(lower(p - 1)))
        return {p, cueFirst};
    // "Sen. Ada Reyes (D-Ore.) on Wednesday downplayed …": a time phrase between the
    // subject and the verb goes with the verb; the subject is before it.
    qsizetype k = start;
    if (isWordAt(k) && (is(lower(k), u"on") || is(lower(k), u"last") || is(lower(k), u"this")
                        || is(lower(k), u"earlier"))) {
        qsizetype e = k + 1;
        while (e < cueFirst && isWordAt(e) && (isTimeWord(lower(e)) || is(lower(e), u"the")))
            ++e;
        if (e == cueFirst && e > k + 1) {
            const qsizetype open = parenOpenBefore(k - 1, u.first);
            const qsizetype nameEnd = open > u.first ? open : k;
            const qsizetype s2 = nameEnd > u.first && isWordAt(nameEnd - 1) ? clauseStart(nameEnd, u, 12) : nameEnd;
            if (s2 < nameEnd)
                return {s2, k};
        }
    }
    return {start, cueFirst};
}

// "a", "an", "another": "Today, a poll shows …" has a subject, not a noun phrase.
bool Scanner::isIndefiniteArticle(qsizetype i) const
{
    return isWordAt(i) && (lowerIs(i, u"a") || lowerIs(i, u"an") || lowerIs(i, u"another"));
}

// "he said that night.": "that" with a time noun and nothing after in the clause is
// when, not a complementizer.
bool Scanner::thatTimePhrase(qsizetype i) const
{
    if (!isWordAt(i + 1))
        return false;
    const QStringView n = lower(i + 1);
    if (!(is(n, u"night") || is(n, u"day") || is(n, u"morning") || is(n, u"afternoon") || is(n, u"evening")
          || is(n, u"week") || is(n, u"weekend") || is(n, u"month") || is(n, u"year")))
        return false;
    if (i + 2 >= m_t.toks.size())
        return true;
    const TokKind k = m_t.toks[i + 2].kind;
    return k == TokKind::Stop || k == TokKind::Comma || k == TokKind::Semicolon || k == TokKind::Dash;
}

// The object of "told"/"asked": a pronoun, a name, or "reporters".
qsizetype Scanner::skipObject(qsizetype from, const Unit &u) const
{
    qsizetype i = from;
    if (i >= u.last || !m_t.toks[i].isWord() || m_t.toks[i].has(InQuote))
        return from;
    QStringView w = lower(i);
    if (is(w, u"me") || is(w, u"him") || is(w, u"her") || is(w, u"us") || is(w, u"them") || is(w, u"you"))
        return i + 1;
    if (isDeterminer(w) && i + 1 < u.last && m_t.toks[i + 1].isWord())
        ++i;
    qsizetype e = i;
    while (e < u.last && e < i + 6 && m_t.toks[e].isWord() && m_t.toks[e].has(Capitalised))
        ++e;
    // "told The Harbor Times of Salem": a place after "of" is part of the name.
    if (e > i && lowerIs(e, u"of") && e + 1 < u.last && m_t.toks[e + 1].isWord() && m_t.toks[e + 1].has(Capitalised)
        && !m_t.toks[e + 1].has(InQuote)) {
        e += 2;
        while (e < u.last && e < i + 10 && m_t.toks[e].isWord() && m_t.toks[e].has(Capitalised))
            ++e;
    }
    // "told CNN’s “State of the Union”": a programme named in quotation marks.
    if (e > i && lower(e - 1).endsWith(u"'s") && e < u.last && m_t.toks[e].kind == TokKind::OpenQuote
        && m_t.toks[e].quote >= 0) {
        const qsizetype close = m_t.quotes[m_t.toks[e].quote].close;
        if (close > e && close - e <= 8)
            return close + 1;
    }
    if (e > i) // "told New York magazine", "told French television"
        return e < u.last && m_t.toks[e].isWord() && isObjectWord(lower(e)) ? e + 1 : e;
    w = lower(i);
    if (isObjectWord(w))
        return i + 1;
    return from;
}

// Is what follows the cue only a tail ("said Thursday in a statement.")? Returns
// where the tail ends (a stop, a comma, the unit end) or -1 when content follows.
qsizetype Scanner::tailEnd(qsizetype from, const Unit &u, CueClass cls, bool strict) const
{
    qsizetype i = cls == CueClass::Tell ? skipObject(from, u) : from;
    if (lowerIs(i, u"to") && i + 1 < u.last && m_t.toks[i + 1].isWord() && !m_t.toks[i + 1].has(Capitalised)) {
        const QStringView next = lower(i + 1);
        if (!isDeterminer(next) && !isObjectWord(next))
            return -1; // "declined to comment": an infinitive is content, not a tail
    }
    int inPhrase = 0;
    int phraseWords = 0;
    bool sawName = false;
    for (int n = 0; i < u.last && n < 25; ++n, ++i) {
        const Token &t = m_t.toks[i];
        switch (t.kind) {
        case TokKind::Stop:
        case TokKind::Semicolon:
        case TokKind::Comma:
        case TokKind::Dash:
        case TokKind::Paren: return i;
        case TokKind::Word: break;
        default: return -1;
        }
        const QStringView w = lower(i);
        if (is(w, u"that") && thatTimePhrase(i))
            continue; // "said that night": a time phrase
        if (is(w, u"that") || is(w, u"whether") || is(w, u"if"))
            return -1;
        if (is(w, u"and") || is(w, u"but") || is(w, u"as") || is(w, u"while") || is(w, u"when") || is(w, u"because")
            || is(w, u"who") || is(w, u"before") || is(w, u"after"))
            return sawName || strict ? -1 : i; // a new clause: "she said and quickly hung up"
        sawName = sawName || (t.has(Capitalised) && !isTimeWord(w));
        if (isPreposition(w)) {
            inPhrase = 5;
        } else if (isTimeWord(w) || isDeterminer(w) || t.has(Capitalised) || (!w.isEmpty() && w.front().isDigit())) {
            // a time word, a name, "a statement"
        } else if (inPhrase > 0) {
            --inPhrase;
            // "said in an interview at his home" is a tail; "said about half of the
            // new jobs went to women" has too many words of its own for one.
            if (++phraseWords > 4)
                return -1;
        } else {
            return -1;
        }
    }
    return i >= u.last ? u.last : -1;
}

// Where the content after a cue starts: at "that", a colon or a quotation when only
// a tail stands between ("said in a statement that"); else right after the cue.
qsizetype Scanner::contentStartAfter(qsizetype from, const Unit &u, CueClass cls) const
{
    qsizetype i = cls == CueClass::Tell ? skipObject(from, u) : from;
    int inPhrase = 0;
    for (qsizetype j = i; j < u.last && j < i + 10; ++j) {
        const Token &t = m_t.toks[j];
        if (t.kind == TokKind::Colon)
            return j + 1;
        if (t.kind == TokKind::OpenQuote)
            return j;
        if (t.kind == TokKind::Comma)
            continue;
        if (!t.isWord())
            break;
        const QStringView w = lower(j);
        if (is(w, u"that") && !thatTimePhrase(j))
            return j;
        if (is(w, u"to") && isWordAt(j + 1) && !m_t.toks[j + 1].has(Capitalised)) {
            const QStringView n = lower(j + 1);
            if (!isDeterminer(n) && !isObjectWord(n) && !(!n.isEmpty() && n.front().isDigit()))
                break; // "wants to keep that promise": an infinitive, not "said to reporters that"
        }
        if (isPreposition(w))
            inPhrase = 4;
        else if (isTimeWord(w) || t.has(Capitalised) || (inPhrase > 0 && isDeterminer(w)))
            continue;
        else if (inPhrase-- <= 0)
            break;
    }
    while (i < u.last
           && (m_t.toks[i].kind == TokKind::Comma || m_t.toks[i].kind == TokKind::Colon
               || (m_t.toks[i].isWord() && !m_t.toks[i].has(InQuote) && isTimeWord(lower(i)))))
        ++i;
    return i;
}

qsizetype Scanner::contentEnd(const Unit &u) const
{
    qsizetype e = u.last;
    while (e > u.first) {
        const TokKind k = m_t.toks[e - 1].kind;
        if (k != TokKind::Stop && k != TokKind::Semicolon && k != TokKind::Dash && k != TokKind::Comma
            && k != TokKind::Colon)
            break;
        --e;
    }
    return e;
}

// "“…,” said Paul Begala, a former adviser." — the source after an inverted cue.
qsizetype Scanner::sourceAfterEnd(qsizetype from, const Unit &u, bool quotedBefore) const
{
    qsizetype i = from;
    if (i >= u.last || !m_t.toks[i].isWord())
        return -1;
    {
        const QStringView w = lower(i);
        if (isPreposition(w) || isTimeWord(w) || isClauseWord(w) || isCueAdverb(w) || is(w, u"just"))
            return -1; // "said just after midnight", "said when asked"
    }
    for (int n = 0; i < u.last && n < 30; ++n, ++i) {
        const Token &t = m_t.toks[i];
        if (t.kind == TokKind::Stop || t.kind == TokKind::Semicolon || t.kind == TokKind::Dash
            || t.kind == TokKind::OpenQuote || t.kind == TokKind::Colon)
            break;
        if (t.kind == TokKind::Comma) {
            CueHit hit;
            if (i + 1 >= u.last || m_t.toks[i + 1].kind == TokKind::OpenQuote || findCue(i + 1, u, hit)
                || lowerIs(i + 1, u"according"))
                break;
            continue;
        }
        if (i < from + 2 && (!t.isWord() || lowerIs(i, u"that")))
            return -1;
    }
    if (i == from)
        return -1;
    // After a quotation almost anything short is the speaker ("said a strategist").
    // After a paraphrase only a name is, else "said Mr. Cameron had failed" would
    // read as a speaker.
    qsizetype j = from;
    bool allNames = true;
    for (; j < i && m_t.toks[j].kind != TokKind::Comma; ++j) {
        const QStringView w = lower(j);
        allNames = allNames && (m_t.toks[j].has(Capitalised) || is(w, u"and") || is(w, u"of") || is(w, u"others"));
    }
    if (quotedBefore) {
        if (j - from <= 12)
            return i;
        // "“…,” said one source who asked not to be named because …": a long relative
        // clause or aside follows the speaker; the source ends before it.
        for (qsizetype k = from + 1; k < j && k <= from + 6; ++k) {
            if (isWordAt(k) && (is(lower(k), u"who") || is(lower(k), u"whose")))
                return k;
        }
        return -1;
    }
    if (allNames && j - from <= 5)
        return i;
    // "…, said the mayor.", "…, said several observers.": a short noun phrase with no verb
    // that ends the sentence (or meets a comma) is the speaker too; "said the plan had
    // failed" goes on with a verb.
    const QStringView verb = isWordAt(from - 1) ? lower(from - 1) : QStringView();
    const QStringView opener = lower(from);
    const bool possessive = is(opener, u"his") || is(opener, u"her") || is(opener, u"their") || is(opener, u"its")
        || is(opener, u"our") || is(opener, u"my") || is(opener, u"your");
    if ((isSayForm(verb) || is(verb, u"added") || is(verb, u"wrote")) && !possessive && j - from <= 4
        && (j >= u.last || isStopPunct(j) || m_t.toks[j].kind == TokKind::Comma)) {
        bool nounPhrase = true;
        for (qsizetype k = from; k < j && nounPhrase; ++k) {
            const QStringView w = lower(k);
            nounPhrase = isWordAt(k) && !m_t.toks[k].has(InQuote) && !isAuxiliary(w) && !isClauseWord(w)
                && !isPreposition(w) && !(w.size() > 3 && w.endsWith(u"ed")) && !lookupCue(w).isCue();
        }
        const QStringView head = lower(j - 1);
        if (nounPhrase && (isDeterminer(opener) || isPluralSubject(opener) || is(opener, u"several")
                           || (j - from == 1 && head.size() > 3 && head.endsWith(u's'))))
            return j;
    }
    // "says political scientist Dossym Satpayev in Almaty": a role, a name, a place.
    qsizetype lastCap = -1;
    for (qsizetype k = from; k < j; ++k)
        lastCap = m_t.toks[k].has(Capitalised) ? k : lastCap;
    if (lastCap < 0 || j - from > 8)
        return -1;
    if (m_t.toks[from].has(Capitalised)) {
        // "said Republican pollster Hank Sheinkopf": a party or a place, a role, a name.
        // Not "said Trump beat Clinton": the role is a noun of one or two words that
        // reads as no verb.
        qsizetype k = from;
        while (k < j && m_t.toks[k].has(Capitalised))
            ++k;
        const qsizetype role = k;
        while (k < j && k < role + 2 && isWordAt(k) && !m_t.toks[k].has(Capitalised) && !m_t.toks[k].has(InQuote)
               && mayBeRoleNoun(lower(k)))
            ++k;
        if (k == role || k >= j || !m_t.toks[k].has(Capitalised))
            return -1;
    }
    return lastCap + 1 == j || isPreposition(lower(lastCap + 1)) ? i : -1;
}

// The token that ends the content before a cue ("Y, X said": the comma; "“Y,” said
// X": the closing quote), or -1. `contentFirst` gets where that content starts.
qsizetype Scanner::separatorBefore(const CueHit &hit, const Unit &u, qsizetype &contentFirst) const
{
    qsizetype k = hit.cue.first - 1;
    for (int n = 0; k >= m_unitCursor && n < 12; ++n, --k) {
        const Token &t = m_t.toks[k];
        if (numberComma(k))
            continue; // "Roughly 1,100 names were never disclosed, the auditor said"
        if (t.kind == TokKind::Comma || t.kind == TokKind::CloseQuote || t.kind == TokKind::Dash)
            break;
        const qsizetype open = parenOpenBefore(k, m_unitCursor);
        if (open > m_unitCursor && m_t.toks[open - 1].isWord()) {
            k = open; // "…, Rep. Ada Reyes (D-Ore.) said"
            continue;
        }
        if (t.kind == TokKind::Other && k - 1 >= m_unitCursor && m_t.toks[k - 1].kind == TokKind::Comma) {
            // An unpaired closing mark after the comma (single quotes in a headline:
            // "Guns Are ‘A Crisis,’ Dean Says"): the comma ends the content.
            const char16_t c = m_text[t.start].unicode();
            if (c == u'’' || c == u'\'' || c == u'"' || c == u'”') {
                --k;
                break;
            }
        }
        if (!t.isWord() || t.has(InQuote))
            return -1;
        const QStringView w = lower(k);
        if (is(w, u"as") && hit.info.cls == CueClass::Speech && k - 1 >= m_unitCursor
            && m_t.toks[k - 1].kind == TokKind::Comma && k + 1 < hit.cue.first) {
            --k; // "…, as police have said.": what comes before the comma is what they said
            break;
        }
        if (isClauseWord(w) && !((is(w, u"and") || is(w, u"or")) && m_t.toks[k + 1].has(Capitalised)))
            return -1;
    }
    contentFirst = m_unitCursor;
    if (k < m_unitCursor && k == u.first - 1 && k >= 0 && m_unitCursor == u.first
        && m_t.toks[k].kind == TokKind::CloseQuote && !m_t.toks[k + 1].has(ParagraphStart)) {
        // "“Are they small hands?” Trump said.": the sentence break fell after the quote.
        const qsizetype open = m_t.quotes[m_t.toks[k].quote].open;
        if (m_t.unitOf[open] != u.first - 1 && m_t.unitOf[open] + 1 != m_t.unitOf[u.first])
            return -1;
        contentFirst = open;
        return k;
    }
    if (k < m_unitCursor || k >= hit.cue.first)
        return -1;
    const TokKind kind = m_t.toks[k].kind;
    return kind == TokKind::Comma || kind == TokKind::CloseQuote || kind == TokKind::Dash ? k : -1;
}

// Does the separator before "X said" close a quotation that is the whole of what comes
// before ("“…,” X said", "“…?” X asked" after a sentence break)? Not a quoted phrase
// inside a sentence ("Asked whether she “has the integrity,” 75 percent said yes").
bool Scanner::closesQuotation(qsizetype sep) const
{
    const qsizetype close = m_t.toks[sep].kind == TokKind::CloseQuote ? sep
        : sep > 0 && m_t.toks[sep - 1].kind == TokKind::CloseQuote ? sep - 1
                                                                    : -1;
    if (close < 0 || m_t.toks[close].quote < 0)
        return false;
    const qsizetype open = m_t.quotes[m_t.toks[close].quote].open;
    if (open < 0 || m_t.units[m_t.unitOf[open]].first == open)
        return open >= 0;
    const TokKind before = m_t.toks[open - 1].kind;
    return before == TokKind::Stop || before == TokKind::Colon || before == TokKind::Dash
        || before == TokKind::Semicolon || before == TokKind::CloseQuote;
}

// After a quotation and its cue ("“…,” he told the forum on Monday.", "“…,” she said
// to cheers"), the rest of the clause says where, to whom or how the words were said:
// the quotation is what was said, so none of it is content. Where the clause ends, or
// -1 when "that", "whether", "if" or a colon opens a content of its own after the cue.
qsizetype Scanner::tailAfterQuotation(qsizetype from, const Unit &u) const
{
    for (qsizetype i = from; i < u.last; ++i) {
        const Token &t = m_t.toks[i];
        switch (t.kind) {
        case TokKind::Stop:
        case TokKind::Semicolon:
        case TokKind::Comma:
        case TokKind::Dash:
        case TokKind::Paren: return i;
        case TokKind::Colon: return -1;
        default: break;
        }
        if (t.isWord() && !t.has(InQuote)
            && ((lowerIs(i, u"that") && !thatTimePhrase(i)) || lowerIs(i, u"whether") || lowerIs(i, u"if")))
            return -1;
    }
    return u.last;
}

// Finds the source of a content-first attribution: between the separator and the cue,
// an appositive ending at the separator, or after the cue. Moves `sep` before an
// appositive. Returns where the tail after the cue ends, or -1.
qsizetype Scanner::sourceAroundCue(const CueHit &hit, const Unit &u, qsizetype &sep, Draft &d) const
{
    if (sep + 1 < hit.cue.first) { // "Y, X said"; "Y, as X said"
        // "Zeke Ruiz, an oncologist who advised the mayor, said": a relative clause
        // inside an appositive; what stands before its comma is the antecedent.
        const qsizetype last = hit.cue.first - 1;
        if (isWordAt(last) && !m_t.toks[last].has(InQuote) && isRelativePronoun(lower(last)) && last > sep + 1)
            return -1;
        qsizetype first = sep + 1;
        while (first + 1 < hit.cue.first && m_t.toks[first].kind == TokKind::Other)
            ++first; // the unpaired mark after the comma
        d.source = {lowerIs(first, u"as") && m_t.toks[first].isWord() ? first + 1 : first, hit.cue.first};
        const qsizetype tail = tailEnd(hit.cue.last, u, hit.info.cls);
        return tail >= 0 || !closesQuotation(sep) ? tail : tailAfterQuotation(hit.cue.last, u);
    }
    const TokKind sepKind = m_t.toks[sep].kind;
    // "Y, X, a spokesman, said" before "“Y,” said X": an appositive closes with a comma.
    const Range a = sepKind == TokKind::Comma ? appositiveSource(sep, u) : Range();
    const bool appositive = !a.empty() && a.first - 1 >= m_unitCursor
        && (m_t.toks[a.first - 1].kind == TokKind::Comma || m_t.toks[a.first - 1].kind == TokKind::CloseQuote);
    if (appositive) {
        d.source = a;
        sep = a.first - 1;
        const qsizetype tail = tailEnd(hit.cue.last, u, hit.info.cls);
        return tail >= 0 || !closesQuotation(sep) ? tail : tailAfterQuotation(hit.cue.last, u);
    }
    const bool quotedBefore = sepKind == TokKind::CloseQuote || (sep > 0 && m_t.toks[sep - 1].kind == TokKind::CloseQuote);
    const qsizetype srcEnd = sourceAfterEnd(hit.cue.last, u, quotedBefore);
    if (srcEnd < 0 || hit.info.cls == CueClass::Belief)
        return -1;
    d.source = {hit.cue.last, srcEnd}; // "“Y,” said X"
    return srcEnd;
}

// "Juanita Broaddrick, who said …, recounted the incident": a name and a relative
// clause that runs to the comma before the verb are that verb's subject, not what was
// said before an inverted cue.
bool Scanner::subjectWithRelative(qsizetype first, qsizetype last) const
{
    qsizetype k = first;
    while (k < last && isWordAt(k) && m_t.toks[k].has(Capitalised) && !m_t.toks[k].has(InQuote))
        ++k;
    if (k == first || k + 2 >= last || m_t.toks[k].kind != TokKind::Comma || !isWordAt(k + 1)
        || !(lowerIs(k + 1, u"who") || lowerIs(k + 1, u"whose")))
        return false;
    for (qsizetype j = k + 2; j < last; ++j) {
        if (m_t.toks[j].kind == TokKind::Comma || isStopPunct(j) || m_t.toks[j].kind == TokKind::OpenQuote)
            return false; // the relative clause ends before the cue's comma: more follows
    }
    return true;
}

// "In his speech, Reyes urged …", "Although the vote failed, she said …": a phrase
// that opens with a preposition or a subordinator and runs to the comma is an
// adverbial of the clause after it, not what anyone said. A sentence that goes on
// after such a phrase ("In 2015, the rate rose, she said") is content.
bool Scanner::frontedAdverbial(qsizetype first, qsizetype last) const
{
    if (first >= last || !m_t.toks[first].isWord() || m_t.toks[first].has(InQuote))
        return false;
    const QStringView w = lower(first);
    static const WordSet subordinators{u"although", u"though", u"while", u"when", u"whereas", u"because", u"since",
                                       u"if", u"unless", u"as", u"after", u"before", u"despite", u"like", u"unlike",
                                       u"once", u"until", u"amid", u"asked", u"speaking"};
    const bool subordinator = subordinators.contains(w);
    if (!subordinator && !isPreposition(w))
        return false;
    // "About 270 people were resettled, officials said": a preposition before a number
    // is "about" as in "roughly", and the sentence a clause.
    if (!subordinator && first + 1 < last && isWordAt(first + 1) && m_text[m_t.toks[first + 1].start].isDigit())
        return false;
    for (qsizetype k = first + 1; k < last; ++k) {
        const TokKind kind = m_t.toks[k].kind;
        if (kind == TokKind::Comma || kind == TokKind::OpenQuote || isStopPunct(k) || kind == TokKind::Colon)
            return false;
        // "For years the program has been short of money, she said": a verb of its own
        // (not one of a relative clause, "In a report that was …") makes it a clause.
        if (!subordinator && isWordAt(k) && isAuxiliary(lower(k)) && !isRelativePronoun(lower(k - 1)))
            return false;
    }
    return true;
}

// "Y, X said." and "“Y,” said X." — the content comes first.
bool Scanner::tryContentBefore(const CueHit &hit, const Unit &u, Draft &d)
{
    qsizetype contentFirst = m_unitCursor;
    qsizetype sep = separatorBefore(hit, u, contentFirst);
    if (sep < 0 || participleQuoteComma(sep, u) >= 0)
        return false; // "Ruiz, citing “…,” said Y": the quotation is what "citing" cites
    // "At a rally on Tuesday, Ruiz endorsed Lee", "Officials in Ohio, the state next
    // door, announced new limits": a verb whose object is its content has it after the
    // cue; only a quotation before it is what was said ("“…,” she endorsed").
    const qsizetype next = hit.cue.last;
    if (hit.info.objectContent && next < u.last && isWordAt(next) && !m_t.toks[next].has(InQuote)
        && !isPreposition(lower(next)) && !isTimeWord(lower(next)) && !closesQuotation(sep))
        return false;
    const qsizetype tail = sourceAroundCue(hit, u, sep, d);
    if (tail < 0 || d.source.empty()) {
        d.source = {};
        return false;
    }
    const qsizetype contentLast = m_t.toks[sep].kind == TokKind::CloseQuote ? sep + 1 : sep;
    qsizetype quoteOpen = -1; // the quotation the separator closes, if any
    if (m_t.toks[contentLast - 1].kind == TokKind::CloseQuote && m_t.toks[contentLast - 1].quote >= 0)
        quoteOpen = m_t.quotes[m_t.toks[contentLast - 1].quote].open;
    if (isSayForm(lower(hit.head)) && endEarlierClaimAtTail(m_t.unitOf[hit.head], sep, contentLast, quoteOpen)) {
        d.source = {};
        m_unitCursor = qMax(m_unitCursor, tail);
        return false;
    }
    contentFirst = std::max(contentFirst, afterEarlierClaim(m_t.unitOf[hit.head], sep));
    const qsizetype closing = contentLast - 1;
    if (closing > contentFirst && m_t.toks[closing].kind == TokKind::CloseQuote && m_t.toks[closing].quote >= 0) {
        const qsizetype open = m_t.quotes[m_t.toks[closing].quote].open;
        const TokKind before = open > 0 ? m_t.toks[open - 1].kind : TokKind::Stop;
        if (open > contentFirst
            && (before == TokKind::Dash || before == TokKind::Colon || before == TokKind::Stop
                || before == TokKind::Semicolon || before == TokKind::CloseQuote))
            contentFirst = open; // the quotation, not the sentence before it
    }
    qsizetype words = 0;
    for (qsizetype j = contentFirst; j < contentLast && words < 2; ++j)
        words += m_t.toks[j].isWord() ? 1 : 0;
    // "“Quiet,” he demanded.": a quoted word that is the whole sentence before the cue
    // is what was said.
    const bool quotedWord = words == 1 && m_t.toks[contentFirst].kind == TokKind::OpenQuote && closesQuotation(sep);
    if ((words < 2 && !quotedWord) || frontedAdverbial(contentFirst, contentLast)
        || subjectWithRelative(contentFirst, contentLast)) {
        d.source = {};
        return false;
    }
    d.content = {{contentFirst, contentLast}};
    // "“…?” Ruiz was asked.": the one asked is no source (as in tryContentAfter).
    d.passiveAsked = hit.info.form == CueForm::Past && lowerIs(hit.head, u"asked") && hasPassiveAuxiliary(hit)
        && d.source.last <= hit.cue.first;
    continueAfterTail(tail, u, d);
    if (kindOf(d.content) == QuoteKind::Direct)
        d.confidence = 0.9;
    return true;
}

// After "“Y,” he said," the words may go on: a second quotation ("“Z.”") or the rest
// of a paraphrase ("The contrast, said Doyle, would be clear").
void Scanner::continueAfterTail(qsizetype tail, const Unit &u, Draft &d)
{
    const bool comma = tail < u.last && m_t.toks[tail].kind == TokKind::Comma && tail + 1 < u.last;
    const qsizetype end = contentEnd(u);
    if (comma && m_t.toks[tail + 1].kind == TokKind::OpenQuote) {
        if (end > tail + 1)
            d.content.append({tail + 1, end});
        m_unitCursor = qMax(end, tail + 1);
    } else if (comma && kindOf(d.content) == QuoteKind::Indirect && end > tail + 2) {
        d.content.append({tail + 1, end});
        m_unitCursor = tail + 1;
    } else {
        m_unitCursor = qMax(tail, d.source.last);
    }
}

// "The walk-off is considered one of the largest", "he was told that …": a passive verb
// of holding or telling with no agent names no one who holds or tells (PolNeAR, train:
// 24 of 29 with no source), unlike a feeling ("she was worried that") or being won over
// ("he was convinced").
bool Scanner::passiveHeld(const CueHit &hit) const
{
    static const WordSet held{u"considered", u"viewed", u"seen", u"regarded", u"recognized", u"remembered",
                              u"intended", u"deemed", u"thought", u"believed", u"perceived", u"told", u"pressed",
                              u"warned", u"reminded", u"informed", u"advised", u"challenged"};
    return held.contains(lower(hit.head));
}

// "was reported", "has been criticized": a form of "be" among the cue's auxiliaries.
bool Scanner::hasPassiveAuxiliary(const CueHit &hit) const
{
    for (qsizetype k = hit.cue.first; k < hit.head; ++k) {
        if (lowerIs(k, u"is") || lowerIs(k, u"was") || lowerIs(k, u"are") || lowerIs(k, u"were")
            || lowerIs(k, u"been") || lowerIs(k, u"be") || lowerIs(k, u"being"))
            return true;
    }
    return false;
}

// "said — on Twitter — that …": an aside between dashes right after the cue, a few
// words with no quotation or stop in it. Returns where it ends (after the second
// dash), or `from` when none stands there.
qsizetype Scanner::dashAsideEnd(qsizetype from, const Unit &u) const
{
    if (from >= u.last || m_t.toks[from].kind != TokKind::Dash)
        return from;
    for (qsizetype k = from + 1; k < u.last && k <= from + 10; ++k) {
        const Token &t = m_t.toks[k];
        if (t.kind == TokKind::Dash)
            return k > from + 1 && k + 1 < u.last ? k + 1 : from;
        if (t.kind != TokKind::Word && t.kind != TokKind::Comma)
            return from;
    }
    return from;
}

// "X said (that) Y", "X told reporters Y", "X said: “Y”".
bool Scanner::tryContentAfter(const CueHit &hit, const Unit &u, Draft &d)
{
    const qsizetype after = dashAsideEnd(hit.cue.last, u);
    qsizetype start = contentStartAfter(after, u, hit.info.cls);
    qsizetype end = contentEnd(u);
    if (start >= end) {
        // "In a speech last July, he said:" and the quotation is the next paragraph.
        const qsizetype ui = m_t.unitOf[hit.head];
        if (m_t.toks[u.last - 1].kind != TokKind::Colon || ui + 1 >= m_t.units.size())
            return false;
        const qsizetype para = m_t.units[ui + 1].paragraph;
        qsizetype k = ui + 1;
        while (k + 1 < m_t.units.size() && m_t.units[k + 1].paragraph == para && k < ui + 40)
            ++k;
        start = m_t.units[ui + 1].first;
        end = contentEnd(m_t.units[k]);
        if (start >= end)
            return false;
    }
    if (start > after && lowerIs(start, u"which") && m_t.toks[start - 1].kind == TokKind::Comma)
        return false; // "white support, which makes up …": a relative clause, not what is held
    qsizetype objectAt = after;
    if (hit.info.particleRequired && start == after && start + 1 < end && isWordAt(start + 1)
        && (lowerIs(start, u"at") || lowerIs(start, u"on") || lowerIs(start, u"against"))) {
        d.cue.last = ++start; // "lashed out at Khan", "sounded off on Trump": the preposition belongs to the cue
        objectAt = start;
    }
    // "Trump brags about his prowess", "she complained about the rules": what a verb of
    // speech is about is its content ("said about half of the jobs" is a number).
    bool topic = false;
    if (hit.info.cls == CueClass::Speech && !hit.info.particle[0] && start == after && start + 1 < end
        && lowerIs(start, u"about") && isWordAt(start + 1) && !m_t.toks[start + 1].has(InQuote)) {
        const QStringView n = lower(start + 1);
        static const WordSet amounts{u"half", u"a", u"one", u"two", u"three", u"four", u"five", u"ten", u"twice",
                                     u"as"};
        if (!n.isEmpty() && !n.front().isDigit() && !amounts.contains(n)) {
            d.cue.last = ++start;
            objectAt = start;
            topic = true;
        }
    }
    const bool objectFirst = hit.info.objectContent && start == objectAt && m_t.toks[start].isWord()
        && !m_t.toks[start].has(InQuote) && !isPreposition(lower(start)) && !isTimeWord(lower(start));
    // "Asked whether …, 46 percent said yes." / "he said no.": the answer is what was said.
    const bool answer = (lowerIs(start, u"no") || lowerIs(start, u"yes")) && !m_t.toks[start].has(InQuote)
        && (start + 1 >= end || !isWordAt(start + 1));
    // "Ruiz told Lee of her plan", "reminded viewers about his record": what the one told
    // heard of is the content.
    bool toldOf = false;
    if (hit.info.cls == CueClass::Tell && start == skipObject(after, u) && start > after && start + 1 < end
        && (lowerIs(start, u"of") || lowerIs(start, u"about")) && isWordAt(start + 1)) {
        ++start;
        toldOf = true;
    }
    // In a title-case headline every word looks like a name, so no tail can be told apart.
    // "Recent polls show Clinton with a double-digit lead": a name after a finding is what
    // was found, not a tail like "said Clinton".
    const bool foundName = hit.info.cls == CueClass::Finding && start == objectAt && !m_t.toks[start].has(InQuote)
        && (m_t.toks[start].has(Capitalised) || lowerIs(start, u"her") || lowerIs(start, u"him")
            || lowerIs(start, u"them")); // "the poll shows her with a lead"
    if (m_t.toks[start].kind != TokKind::OpenQuote && !lowerIs(start, u"that") && !objectFirst && !answer
        && !toldOf && !foundName && !topic && !u.titleCase) {
        const qsizetype tail = tailEnd(after, u, hit.info.cls, true);
        if (tail >= 0 && (tail >= end || m_t.toks[tail].kind != TokKind::Comma))
            return false; // "Federman reported from Jerusalem.": nothing is said
    }
    d.source = leftSource(hit.cue.first, u);
    // "despite polls showing her behind", "records showing …": a participle after a poll's
    // or a record's noun has that noun phrase as source, not the clause it stands in. (A
    // message's is its author's: "Trump unleashed tweets criticizing …" cites Trump.)
    static const WordSet records{u"poll", u"polls", u"survey", u"surveys", u"polling", u"data", u"records",
                                 u"documents", u"figures", u"graphics", u"ledgers"};
    if (hit.info.form == CueForm::Participle && !d.source.empty() && hit.cue.first - 1 > d.source.first
        && isWordAt(hit.cue.first - 1) && !m_t.toks[hit.cue.first - 1].has(InQuote)
        && records.contains(lower(hit.cue.first - 1))) {
        qsizetype k = hit.cue.first - 1;
        while (k - 1 >= d.source.first && k > hit.cue.first - 6 && isWordAt(k - 1) && !m_t.toks[k - 1].has(InQuote)) {
            const QStringView w = lower(k - 1);
            if (isPreposition(w) || isClauseWord(w) || isAuxiliary(w) || lookupCue(w).isCue()
                || (w.endsWith(u"ed") && !m_t.toks[k - 1].has(Capitalised)))
                break;
            --k;
        }
        d.source.first = k;
    }
    if (timePhraseAfterCoordinator(d.source, hit, u))
        d.source = {}; // "denied it, but on Tuesday said …": the subject is the first verb's
    if (!d.source.empty() && startsWithAdverbial(d.source) && opensWithCitation(start, end))
        return false; // "In a message posted Friday, Cruz said": the real cue comes later
    const bool passiveExpect = lower(hit.head) == u"expected" && hit.cue.last - hit.cue.first > 1;
    // "The plan was criticized as reckless", "Reyes has been mentioned as a candidate":
    // a passive speech or finding verb with no agent says what was said about its
    // subject. (A passive belief verb, "she is convinced that", keeps its subject as
    // the one who holds the belief.)
    const bool passiveSaid = (hit.info.cls == CueClass::Speech || hit.info.cls == CueClass::Finding || passiveHeld(hit))
        && hit.info.form == CueForm::Past && hasPassiveAuxiliary(hit);
    if (hit.info.cls == CueClass::Seem && !d.source.empty() && seemsToCite(end, d))
        return true;
    if ((hit.info.cls == CueClass::Seem || passiveExpect || passiveSaid) && !d.source.empty()) {
        // "The bank is expected to act", "Democrats appeared headed for a contest":
        // nobody is cited; PolNeAR marks subject and complement as content.
        if (passiveSaid && lowerIs(start, u"that"))
            d.content = {{start, end}}; // "it was reported that …"
        else
            d.content = {d.source, {start, end}};
        d.source = {};
        return true;
    }
    if (d.source.empty()) {
        // "Israel says A and says B", "rejected A, praised B and criticized C", "… and
        // then praised C": the next cue shares the first one's source.
        qsizetype p = hit.cue.first - 1;
        while (p > u.first && isWordAt(p) && (isPreposition(lower(p)) || isTimeWord(lower(p)) || isDeterminer(lower(p)))
               && !lowerIs(p, u"then"))
            --p; // past "on Tuesday" to the coordinator
        if (p < u.first
            || !(lowerIs(p, u"and") || lowerIs(p, u"but") || lowerIs(p, u"or") || lowerIs(p, u"then")
                 || (lowerIs(hit.cue.first, u"then") && m_t.toks[p].kind == TokKind::Comma)
                 || continuesSeries(hit, u)))
            return false;
        d.coordinated = true;
        // ("When asked …, Ruiz smiled and said": an attribution with no source, the
        // question, does not lend its subject; the clause's subject is it.)
        const Draft *prev = outerDraftInUnit(m_t.unitOf[hit.head]);
        d.source = prev && !prev->source.empty() ? prev->source : unitSubject(u);
        if (d.source.empty())
            return false;
    } else if (hit.info.nounLike && hit.info.form == CueForm::ThirdPerson && !m_t.toks[d.source.first].has(Capitalised)
               && !isPronoun(d.source.first) && !lowerIs(d.source.first, u"the") && !lowerIs(d.source.first, u"who")
               && !isIndefiniteArticle(d.source.first)) {
        return false; // "previous U.S. demands that …": a noun phrase, not a subject and its verb
    } else if (d.source.last - d.source.first == 1 && lowerIs(d.source.first, u"it")
               && hit.cue.last - hit.cue.first > 1 && hit.info.form == CueForm::Past) {
        d.source = {}; // "it was reported that": no source
    }
    // "Sanders was asked to name …": whoever asked is not said, and the one asked is no
    // source (PolNeAR: 10 of 11 on train 1–400); the question is the content.
    d.passiveAsked = !d.coordinated && hit.info.form == CueForm::Past && lowerIs(hit.head, u"asked")
        && hasPassiveAuxiliary(hit);
    qsizetype e = clauseEnd(start, end);
    if (hit.info.objectContent && m_t.toks[start].kind != TokKind::OpenQuote && !lowerIs(start, u"that"))
        e = objectEnd(start, e);
    d.content = {{start, e}};
    return true;
}

// "She appeared to imply that …", "Cruz seemed to blame the network": a verb of saying
// after "seem to" keeps the subject as its source, with the cue "appeared to imply"
// (PolNeAR, train: most of 23); "the field appeared poised to narrow" and a belief ("she
// appeared to favor the plan", "investors seem to agree") stay sourceless.
bool Scanner::seemsToCite(qsizetype end, Draft &d) const
{
    const qsizetype start = d.cue.last;
    if (start + 2 >= end || !lowerIs(start, u"to") || !isWordAt(start + 1))
        return false;
    const CueInfo inner = lookupCue(lower(start + 1));
    if ((inner.cls != CueClass::Speech && inner.cls != CueClass::Tell) || inner.form != CueForm::Base
        || inner.particleRequired)
        return false;
    const qsizetype from = start + 2;
    if (!isWordAt(from) && m_t.toks[from].kind != TokKind::OpenQuote)
        return false;
    d.cue.last = from;
    d.cls = inner.cls;
    qsizetype e = clauseEnd(from, end);
    if (inner.objectContent && m_t.toks[from].kind != TokKind::OpenQuote && !lowerIs(from, u"that"))
        e = objectEnd(from, e);
    d.content = {{from, e}};
    return true;
}

// Where the object of "endorsed", "mentioned", "called" ends: before a second verb of
// the subject ("mentioned the network twice and seemed to blame it", "thanked the
// voters and then left"), a subordinate clause ("endorsed Ruiz while most men backed
// Lee") or a relative clause after a comma or a quotation ("called the plan “a
// gift,” which it was not"). PolNeAR's content is the object alone.
qsizetype Scanner::objectEnd(qsizetype start, qsizetype end) const
{
    for (qsizetype k = start + 1; k + 1 < end; ++k) {
        const Token &t = m_t.toks[k];
        if (!t.isWord() || t.has(InQuote))
            continue;
        const QStringView w = lower(k);
        static const WordSet subordinators{u"while", u"before", u"whereas", u"because", u"although", u"though",
                                           u"but"};
        qsizetype cut = -1;
        if (t.kind == TokKind::Comma && thenCue(k)) {
            cut = k;
        } else if (subordinators.contains(w)) {
            cut = k;
        } else if (is(w, u"as") && isWordAt(k + 1) && isPronoun(k + 1) && !lowerIs(k + 1, u"it")) {
            cut = k; // "… on Monday as he issued a statement": a clause of its own ("cast him as a liar" stays)
        } else if (is(w, u"and") && isWordAt(k + 1) && !m_t.toks[k + 1].has(InQuote)
                   && !m_t.toks[k + 1].has(Capitalised)) {
            const QStringView v = lower(k + 1);
            const CueInfo info = lookupCue(v);
            if (isAuxiliary(v) || isCueAdverb(v) || is(v, u"then") || (v.endsWith(u"ed") && v.size() > 4)
                || (info.isCue() && (info.form == CueForm::Past || info.form == CueForm::ThirdPerson)
                    && !info.nounLike))
                cut = k;
        } else if ((is(w, u"which") || (is(w, u"who") && isWordAt(k + 1) && lookupCue(lower(k + 1)).isCue()))
                   && (m_t.toks[k - 1].kind == TokKind::Comma || m_t.toks[k - 1].kind == TokKind::CloseQuote)) {
            cut = k; // "endorses Trump, who says he is honored": the relative clause cites on its own
        }
        if (cut >= 0) {
            while (cut > start + 1 && (m_t.toks[cut - 1].kind == TokKind::Comma))
                --cut;
            return cut > start ? cut : end;
        }
    }
    return end;
}

// "The mayor rejected both objections, praised the engineers …": after a comma, a
// finite cue of the same form as the outer cue of the unit, inside its content and
// followed by its object, is the next verb in a series the subject heads. (Not a
// participle after its noun: "the plan, approved in May, …", "the bill, passed by".)
bool Scanner::continuesSeries(const CueHit &hit, const Unit &u) const
{
    const qsizetype p = hit.cue.first - 1;
    if (m_t.toks[p].kind != TokKind::Comma || m_t.toks[p].has(InQuote) || hit.cue.first != hit.head
        || m_t.toks[hit.head].has(Capitalised) || hit.info.nounLike
        || (hit.info.form != CueForm::Past && hit.info.form != CueForm::ThirdPerson))
        return false;
    const Draft *prev = outerDraftInUnit(m_t.unitOf[hit.head]);
    if (!prev || prev->source.empty() || prev->cue.empty() || prev->noun || prev->form != hit.info.form
        || prev->content.isEmpty() || p < prev->content.first().first || p >= prev->content.last().last)
        return false;
    const qsizetype n = hit.cue.last;
    if (n >= u.last)
        return false;
    if (m_t.toks[n].kind == TokKind::OpenQuote)
        return true;
    if (!isWordAt(n) || m_t.toks[n].has(InQuote))
        return false;
    const QStringView w = lower(n);
    return !isPreposition(w) && !isTimeWord(w) && !isAuxiliary(w) && !isClauseWord(w);
}

// Does the range open with a preposition or a gerund ("In a message …", "Making the
// rounds …")? Such a phrase sets the scene; it is not a subject.
bool Scanner::startsWithAdverbial(Range r) const
{
    if (!isWordAt(r.first) || m_t.toks[r.first].has(InQuote))
        return false;
    const QStringView w = lower(r.first);
    return (isPreposition(w) && !is(w, u"like")) || (w.size() > 5 && w.endsWith(u"ing"));
}

// Does the text from `start` open with a subject and a cue verb of its own ("Cruz
// said", "the senator argued")? Then that clause is the attribution.
bool Scanner::opensWithCitation(qsizetype start, qsizetype end) const
{
    for (qsizetype k = start + 1; k < end && k < start + 6; ++k) {
        if (!isWordAt(k) || m_t.toks[k].has(InQuote))
            return false;
        const CueInfo info = lookupCue(lower(k));
        if (info.isCue() && info.form != CueForm::Participle && !info.nounLike)
            return m_t.toks[k - 1].has(Capitalised) || isPronoun(k - 1);
    }
    return false;
}

// Does a clause with a subject of its own and a cue verb start at `s` ("her allies
// fear …", "about 4 in 10 want …", "now some close allies are hoping …")? A lower-case
// subject of up to five words, perhaps an auxiliary, then a finite cue verb.
bool Scanner::opensCitingClause(qsizetype s, qsizetype end) const
{
    if (!isWordAt(s) || m_t.toks[s].has(InQuote) || lookupCue(lower(s)).isCue() || isAuxiliary(lower(s)))
        return false; // "…, and added that": the same subject's next verb
    for (qsizetype k = s + 1; k < end && k <= s + 5; ++k) {
        if (!isWordAt(k) || m_t.toks[k].has(InQuote))
            return false;
        const QStringView w = lower(k);
        if (isClauseWord(w) || isRelativePronoun(w))
            return false;
        const CueInfo info = lookupCue(w);
        if (info.isCue() && info.form != CueForm::Participle && !info.nounLike && !info.particleRequired)
            return !isDeterminer(lower(k - 1)) && !isPreposition(lower(k - 1));
    }
    return false;
}

// Whether `source` is only a time phrase between a coordinator and the cue ("but on
// Tuesday said", "and last week wrote"): then the cue shares the first verb's subject.
bool Scanner::timePhraseAfterCoordinator(Range source, const CueHit &hit, const Unit &u) const
{
    if (source.empty() || source.first <= u.first || source.last != hit.cue.first || source.last - source.first > 4
        || !isWordAt(source.first - 1))
        return false;
    const QStringView before = lower(source.first - 1);
    if (!(is(before, u"and") || is(before, u"but") || is(before, u"then")))
        return false;
    if (!isPreposition(lower(source.first)) && !isTimeWord(lower(source.first)))
        return false;
    bool time = false;
    for (qsizetype k = source.first; k < source.last; ++k) {
        if (!isWordAt(k) || m_t.toks[k].has(InQuote))
            return false;
        const QStringView w = lower(k);
        if (isTimeWord(w))
            time = true;
        else if (!isPreposition(w) && !isDeterminer(w))
            return false;
    }
    return time;
}

// Whether the comma at `k` opens ", then said …": "then" and a finite cue verb of the
// same subject.
bool Scanner::thenCue(qsizetype k) const
{
    if (m_t.toks[k].kind != TokKind::Comma || !isWordAt(k + 1) || !isWordAt(k + 2) || !lowerIs(k + 1, u"then")
        || m_t.toks[k + 2].has(InQuote) || m_t.toks[k + 2].has(Capitalised))
        return false;
    const CueInfo info = lookupCue(lower(k + 2));
    return info.isCue() && (info.form == CueForm::Past || info.form == CueForm::ThirdPerson) && !info.nounLike;
}

// Where a paraphrase after its cue ends: at a semicolon, or before ", but he …" —
// a coordinate clause with a subject of its own is the writer's again.
qsizetype Scanner::clauseEnd(qsizetype start, qsizetype end) const
{
    for (qsizetype k = start + 2; k + 2 < end; ++k) {
        const Token &t = m_t.toks[k];
        if (t.has(InQuote))
            continue;
        if (t.kind == TokKind::Semicolon)
            return k;
        if (t.kind != TokKind::Comma || m_t.toks[k + 1].has(InQuote))
            continue;
        const QStringView w = lower(k + 1);
        if (thenCue(k))
            return k; // "denied the charge, then said she would resign": the subject's next cue
        if (!(is(w, u"but") || is(w, u"and") || is(w, u"while") || is(w, u"although") || is(w, u"though")
              || is(w, u"whereas")))
            continue;
        const qsizetype s = k + 2;
        if (isPronoun(s) || (m_t.toks[s].has(Capitalised) && !m_t.toks[s].has(InQuote) && isWordAt(s + 1)
                             && (isAuxiliary(lower(s + 1)) || lookupCue(lower(s + 1)).isCue())))
            return k;
        if (opensCitingClause(s, end))
            return k;
    }
    return end;
}

} // namespace factline::extract::attr
