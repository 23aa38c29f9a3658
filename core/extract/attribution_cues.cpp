// SPDX-License-Identifier: MIT
#include "extract/attribution_scanner.h"

namespace factline::extract::attr {

Scanner::Scanner(QStringView text, const Tokens &tokens, const AttributionOptions &options)
    : m_text(text)
    , m_t(tokens)
    , m_options(options)
{
}

// "42%": a percent sign after a number, a share of people who may speak ("42% say").
bool Scanner::percentSign(qsizetype i) const
{
    if (i < 1 || m_t.toks[i].kind != TokKind::Other || word(i) != u"%" || !isWordAt(i - 1))
        return false;
    const QStringView n = word(i - 1);
    return !n.isEmpty() && n.front().isDigit();
}

QStringView Scanner::word(qsizetype i) const
{
    const Token &t = m_t.toks[i];
    return m_text.mid(t.start, t.end - t.start);
}

QStringView Scanner::lower(qsizetype i) const
{
    return m_t.lowerOf(i);
}

bool Scanner::lowerIs(qsizetype i, QStringView w) const
{
    if (i < 0 || i >= m_t.toks.size() || !m_t.toks[i].isWord() || m_t.toks[i].end - m_t.toks[i].start != w.size())
        return false;
    return lower(i) == w;
}

bool Scanner::isWordAt(qsizetype i) const
{
    return i >= 0 && i < m_t.toks.size() && m_t.toks[i].isWord();
}

bool Scanner::isPronoun(qsizetype i) const
{
    if (!isWordAt(i))
        return false;
    const QStringView w = lower(i);
    return is(w, u"he") || is(w, u"she") || is(w, u"they") || is(w, u"i") || is(w, u"we") || is(w, u"it") || is(w, u"you");
}

// A closing quotation mark with a comma just inside it ("…,” she said), as American
// punctuation puts it: the comma that ends the quoted clause.
bool Scanner::commaInsideQuote(qsizetype i) const
{
    return i > 0 && m_t.toks[i].kind == TokKind::CloseQuote && m_t.toks[i - 1].kind == TokKind::Comma;
}

// "1,100 names": a comma between digits with no space around it separates thousands,
// not clauses.
bool Scanner::numberComma(qsizetype i) const
{
    if (i <= 0 || i + 1 >= m_t.toks.size() || m_t.toks[i].kind != TokKind::Comma)
        return false;
    const Token &before = m_t.toks[i - 1];
    const Token &after = m_t.toks[i + 1];
    return before.end == m_t.toks[i].start && after.start == m_t.toks[i].end && after.end - after.start == 3
        && m_text[before.end - 1].isDigit() && m_text[after.start].isDigit() && m_text[after.end - 1].isDigit();
}

bool Scanner::isStopPunct(qsizetype i) const
{
    const TokKind k = m_t.toks[i].kind;
    return k == TokKind::Stop || k == TokKind::Semicolon;
}

// Auxiliaries and adverbs before a cue belong to it, as PolNeAR marks them
// ("has also said", "did not deny").
Range Scanner::extendCueLeft(qsizetype head, const Unit &u) const
{
    qsizetype first = head;
    for (int n = 0; n < 3 && first - 1 >= u.first; ++n) {
        const qsizetype p = first - 1;
        if (!m_t.toks[p].isWord() || m_t.toks[p].has(InQuote))
            break;
        const QStringView w = lower(p);
        if (is(w, u"to")) {
            // "tended to support", "is likely to stress", "went on to say": the verb
            // that takes the infinitive is part of the cue.
            const qsizetype c = n == 0 ? catenativeBefore(p) : -1;
            if (c < u.first)
                break;
            first = c;
            continue;
        }
        // A capitalised word inside the sentence is a name or a month ("officials in May
        // said"), not the auxiliary or the adverb it spells.
        if (m_t.toks[p].has(Capitalised) && p > u.first && !u.titleCase)
            break;
        if (!(isAuxiliary(w) || isCueAdverb(w) || (isMannerAdverb(w) && !m_t.toks[p].has(Capitalised))))
            break;
        first = p;
    }
    return {first, head + 1};
}

namespace {

bool isModalLike(QStringView w)
{
    return isAuxiliary(w) || isCueAdverb(w);
}

bool isSubjectPronoun(QStringView w)
{
    return is(w, u"i") || is(w, u"we") || is(w, u"you") || is(w, u"they") || is(w, u"who") || is(w, u"that") || is(w, u"which");
}

bool isSingularPronoun(QStringView w)
{
    return is(w, u"he") || is(w, u"she") || is(w, u"it") || is(w, u"who") || is(w, u"that") || is(w, u"which");
}

// Plural subjects without an -s: "52 percent say", "most believe", "police say".

// A noun that can head a plural subject: "voters", "Democrats", "officials".
bool looksPluralNoun(QStringView w)
{
    return isPluralSubject(w)
        || (w.size() > 3 && w.endsWith(u's') && !w.endsWith(u"ss") && !w.endsWith(u"us") && !w.endsWith(u"is")
            && !w.endsWith(u"'s") && !isAuxiliary(w) && !isDeterminer(w) && !lookupCue(w).isCue());
}

} // namespace

bool isPluralSubject(QStringView w)
{
    static const WordSet set{u"percent", u"majority", u"minority", u"most", u"many", u"some", u"both", u"all",
                             u"few", u"people", u"police", u"staff", u"public", u"media", u"children", u"men",
                             u"women", u"majorities", u"half", u"third", u"quarter", u"others", u"data",
                             u"two", u"three", u"four", u"five", u"six", u"seven", u"eight", u"nine", u"ten",
                             u"dozens", u"hundreds", u"thousands", u"millions"}; // "one in five say"
    return set.contains(w);
}

// `to` is the token before a bare verb: where the verb that takes that infinitive
// starts ("tend to", "is likely to", "went on to"), or -1 when there is none or it is
// a cue of its own ("wants to say" cites the wanting).
qsizetype Scanner::catenativeBefore(qsizetype to) const
{
    static const WordSet catenative{u"tend", u"tends", u"tended", u"likely", u"unlikely", u"chose", u"choose",
                                    u"chooses", u"began", u"begin", u"begins", u"started", u"start", u"starts",
                                    u"continue", u"continues", u"continued", u"used", u"tried", u"try", u"tries",
                                    u"able", u"ready", u"willing", u"quick", u"moved", u"rushed", u"hastened",
                                    u"need", u"needs", u"needed", u"has", u"have", u"had", u"got"};
    qsizetype k = to - 1;
    if (!isWordAt(k) || m_t.toks[k].has(InQuote))
        return -1;
    QStringView w = lower(k);
    if (is(w, u"on") && isWordAt(k - 1)) { // "went on to say"
        w = lower(k - 1);
        return is(w, u"went") || is(w, u"go") || is(w, u"goes") || is(w, u"going") ? k - 1 : -1;
    }
    return catenative.contains(w) ? k : -1;
}

// Before a bare verb, a plural noun with a modifier of its own: "aides to the
// governor say", "voters in both states say", "people familiar with the talks
// believe", "analysts who follow the company expect". `p` is the token before the verb.
bool Scanner::pluralHeadWithModifier(qsizetype p, const Unit &u) const
{
    for (qsizetype k = p - 1; k >= u.first && k >= p - 8; --k) {
        if (!m_t.toks[k].isWord() || m_t.toks[k].has(InQuote) || !m_t.toks[k + 1].isWord())
            return false;
        const QStringView next = lower(k + 1);
        const bool modifier = (isPreposition(next) && !is(next, u"than") && !is(next, u"like"))
            || is(next, u"close") || is(next, u"familiar") || is(next, u"briefed") || is(next, u"who");
        const QStringView w = lower(k);
        if (modifier && looksPluralNoun(w))
            return true;
        if (isClauseWord(w) && !is(w, u"and") && !is(w, u"or"))
            return false;
    }
    return false;
}

// Filters a lexicon hit by the word before it, so that nouns and adjectives that
// look like cues ("diplomatic support", "a promised invasion", "known fighters",
// "the United States") stay out.
bool Scanner::cueContextOk(qsizetype head, const CueInfo &info, const Unit &u) const
{
    // A manner adverb between subject and verb belongs to the cue ("Trump officially
    // endorsed", "the experts generally praised"); judge the word before it.
    qsizetype p = head - 1;
    // After an appositive the adverb follows its comma ("Ortiz, a nurse, angrily said").
    for (int n = 0; n < 2 && p > u.first && isWordAt(p) && !m_t.toks[p].has(InQuote) && !m_t.toks[p].has(Capitalised)
         && (isWordAt(p - 1) || m_t.toks[p - 1].kind == TokKind::Comma);
         ++n) {
        if (!isMannerAdverb(lower(p)))
            break;
        --p;
    }
    if (p < u.first)
        return false; // nothing before it can be the source
    // "“…,” she continued." and "He continued: “…”" cite; "continued their search" and
    // "continued support" do not: only "that" may follow the verb.
    if (lowerIs(head, u"continued") && isWordAt(head + 1) && !lowerIs(head + 1, u"that"))
        return false;
    if (namingCalled(head, u) || sayingIdiom(head, u) || backParticle(head, u) || castWithoutAs(head, u))
        return false;
    const Token &pt = m_t.toks[p];
    const QStringView prev = pt.isWord() ? lower(p) : QStringView();
    if (info.form == CueForm::Participle) {
        // "…, adding that" or "is saying"; a bare gerund ("the saying") is no cue. The
        // comma may sit inside the closing quotation mark (“…,” adding that).
        if (pt.kind == TokKind::Comma || pt.kind == TokKind::Dash || commaInsideQuote(p))
            return true;
        // A name and a speech gerund: "footage of Clinton asking, “…”", "Trump saying
        // during the debate that …".
        const bool speech = info.cls == CueClass::Speech || info.cls == CueClass::Tell;
        if (speech && pt.isWord() && pt.has(Capitalised) && !pt.has(InQuote) && p > u.first && !isTimeWord(prev)
            && !isDeterminer(prev) && !isPreposition(prev))
            return true;
        // A document or message and what it does: "a statement announcing the pick",
        // "an ad attacking Cruz", "a letter urging the board", "tweets mocking her".
        if (pt.isWord() && !pt.has(Capitalised) && isDocumentNoun(prev))
            return info.cls != CueClass::Seem;
        // "super PACs backing Cruz": the one capitalised noun that heads such a phrase.
        const bool pac = is(prev, u"pac") || is(prev, u"pacs");
        if (pt.isWord() && (!pt.has(Capitalised) || pac) && !isDeterminer(prev) && !isPreposition(prev) && !isAuxiliary(prev)
            && (prev.endsWith(u's') || pac || is(prev, u"group") || is(prev, u"percent")
                || (!prev.isEmpty() && prev.front().isDigit() && prev.size() <= 3)) // "three in 10 saying"; empty: a word past 24 units
            && lookupCue(prev).cls == CueClass::None) {
            // "super PACs supporting Rubio", "groups opposing the bill"; and a plural
            // noun with a speech gerund cites the noun's words ("with 40 percent
            // saying", "emails claiming that", "callers warning of").
            if (info.cls == CueClass::Speech)
                return true;
            static const WordSet stance{u"supporting", u"opposing", u"backing", u"endorsing", u"urging",
                                        u"demanding", u"criticizing", u"praising", u"calling"};
            return stance.contains(lower(head));
        }
        // "are worrying" describes, "is saying" cites; so do the progressives of belief-class
        // verbs that are acts of speech or of open stance ("is thanking" 4 of 4 on train,
        // "is offering" 4 of 6, "is touting", "is discussing") and "is expecting" (5 of 9),
        // "are hoping" (3 of 3). "is supporting" (2 of 12) and "is seeking" (2 of 12) describe.
        static const WordSet progressiveStance{u"expecting", u"hoping", u"thanking", u"offering", u"touting",
                                               u"discussing", u"hailing", u"highlighting", u"applauding",
                                               u"condemning", u"mocking", u"deriding", u"downplaying",
                                               u"trumpeting", u"backing"};
        // "early results are showing that …": a finding in progress, with its clause.
        const bool findingThat = info.cls == CueClass::Finding && isWordAt(head + 1) && lowerIs(head + 1, u"that");
        if (info.cls != CueClass::Speech && info.cls != CueClass::Tell && !findingThat
            && !progressiveStance.contains(lower(head)))
            return false;
        if (isGerundPreposition(prev))
            return true; // "began by saying", "criticized for saying"
        // The progressive, perhaps negated or with adverbs between ("isn't saying",
        // "is once again questioning", "are also urging").
        qsizetype a = p;
        QStringView aux = prev;
        while (a > u.first && a > p - 3 && m_t.toks[a].isWord() && !m_t.toks[a].has(InQuote)
               && (isCueAdverb(aux) || is(aux, u"not") || is(aux, u"once")) && m_t.toks[a - 1].isWord()) {
            --a;
            aux = lower(a);
        }
        // "after initially saying", "without ever saying": a gerund preposition before the adverbs.
        return is(aux, u"is") || is(aux, u"was") || is(aux, u"are") || is(aux, u"were") || is(aux, u"been")
            || is(aux, u"be") || is(aux, u"am") || is(aux, u"'s") || is(aux, u"'re") || is(aux, u"isn't")
            || is(aux, u"wasn't") || is(aux, u"aren't") || is(aux, u"weren't") || (a == p && is(prev, u"and"))
            || (a < p && isGerundPreposition(aux));
    }
    if (prev.isEmpty())
        return pt.kind == TokKind::Comma || pt.kind == TokKind::CloseQuote || pt.kind == TokKind::Dash
            || (info.form != CueForm::Base && parenOpenBefore(p, u.first) > u.first) // "Ada Reyes (D-Ore.) said"
            || (percentSign(p) && !info.nounLike); // "42% say"
    // "Another says …", "while some argue …", "each said": a quantifier that opens its
    // clause with no noun after it is the subject.
    if ((is(prev, u"another") || is(prev, u"some") || is(prev, u"each")) && !info.nounLike
        && (p == u.first || !isWordAt(p - 1) || isClauseWord(lower(p - 1))))
        return true;
    if ((isDeterminer(prev) || isPreposition(prev)) && !isModalLike(prev))
        return false;
    // "Trump's comments": a possessive before a noun; but "he's predicted": a pronoun's
    // contracted "has" or "is".
    if ((prev.endsWith(u"'s") || prev.endsWith(u"s'")) && !(prev.size() == 2 && isPronoun(p - 1)))
        return false;
    // A number is a subject to a verb ("43 said", "four in 10 say"), not to a noun ("2016
    // report") or to a participle before one ("270 pledged delegates").
    if (prev.front().isDigit()) {
        if (info.nounLike || !isWordAt(head + 1) || m_t.toks[head + 1].has(Capitalised))
            return !info.nounLike;
        const QStringView next = lower(head + 1);
        return !(next.size() > 3 && next.endsWith(u's') && !next.endsWith(u"ss") && !isAuxiliary(next)
                 && !isDeterminer(next));
    }
    // "quickly said" is an adverb the cue does not own; "Kelly said" is a name.
    if (!pt.has(Capitalised) && isMannerAdverb(prev))
        return false; // a third adverb, or one at the start of the unit
    if (info.form == CueForm::Base) {
        if (is(prev, u"to"))
            return catenativeBefore(p) >= 0; // "tend to favor"; but "wants to say": the intention is the cue
        const bool plural = prev.size() > 3 && prev.endsWith(u's') && !prev.endsWith(u"ss") && !pt.has(Capitalised);
        const bool pluralName = pt.has(Capitalised) && prev.endsWith(u's') && prev.size() > 3;
        // Plural subjects without an -s: "52 percent say", "most believe", "police say".
        if (isSubjectPronoun(prev) || isModalLike(prev) || plural || pluralName || is(prev, u"and")
            || isPluralSubject(prev))
            return true;
        // A plural subject that ends in a pronoun object ("those close to him say",
        // "many of whom say") or joins two names ("Ms. Reyes and Mr. Okafor say").
        if (!info.nounLike && (is(prev, u"him") || is(prev, u"them") || is(prev, u"us") || is(prev, u"whom")))
            return true;
        if (pluralHeadWithModifier(p, u))
            return true;
        if (pt.has(Capitalised)) {
            for (qsizetype k = p - 1; k > u.first && k >= p - 4 && m_t.toks[k].isWord(); --k) {
                if (lowerIs(k, u"and"))
                    return m_t.toks[k - 1].has(Capitalised);
                if (!m_t.toks[k].has(Capitalised))
                    break;
            }
        } else if (!info.nounLike && isWordAt(p - 1) && isWordAt(p - 2) && lowerIs(p - 1, u"and")) {
            // "The book and film blame Bob": two nouns joined before the verb are plural.
            const QStringView a = lower(p - 2);
            if (!isAuxiliary(a) && !isClauseWord(a) && !isPreposition(a) && !lookupCue(a).isCue() && !isPronoun(p - 2))
                return true;
        }
        // "Activists here point to", "officials there say": a place adverb after the plural.
        if ((is(prev, u"here") || is(prev, u"there")) && p - 1 >= u.first && isWordAt(p - 1)) {
            const QStringView n = lower(p - 1);
            if ((n.size() > 3 && n.endsWith(u's') && !n.endsWith(u"ss")) || isPluralSubject(n))
                return true;
        }
        return false;
    }
    if (info.form == CueForm::ThirdPerson && info.nounLike && info.cls != CueClass::Finding) {
        // "He says he respects her and calls her …", "The ad hits Clinton and claims that
        // …": a verb that shares its subject with the one before "and" when an object,
        // a name, "that" or a quotation follows it; "his lies and claims about her" is a noun.
        if ((is(prev, u"and") || is(prev, u"but")) && head + 1 < u.last) {
            const Token &n = m_t.toks[head + 1];
            if (n.kind == TokKind::OpenQuote)
                return true;
            if (n.isWord() && !n.has(InQuote)) {
                const QStringView w = lower(head + 1);
                return n.has(Capitalised) || is(w, u"that") || is(w, u"him") || is(w, u"her") || is(w, u"them")
                    || is(w, u"us") || is(w, u"me") || is(w, u"it");
            }
            return false;
        }
        return pt.has(Capitalised) || isSingularPronoun(prev) || isModalLike(prev)
            || (singularNounSubject(p, u) && opensReportedClause(head + 1, u));
    }
    return true;
}

// "backed away from", "backing down": "back" takes a stand only with an object ("backed
// Ruiz", "is backing the plan"). The bare form is too often the adverb ("goes back").
bool Scanner::backParticle(qsizetype head, const Unit &u) const
{
    const QStringView w = lower(head);
    if (is(w, u"back"))
        return true;
    if (!(is(w, u"backs") || is(w, u"backed") || is(w, u"backing")))
        return false;
    if (head + 1 >= u.last || !isWordAt(head + 1) || m_t.toks[head + 1].has(InQuote))
        return true;
    const QStringView n = lower(head + 1);
    return isPreposition(n) || is(n, u"down") || is(n, u"away") || is(n, u"out") || is(n, u"off") || is(n, u"up")
        || is(n, u"and") || is(n, u"home") || is(n, u"then") || isTimeWord(n);
}

// "Cruz cast himself as an outsider", "cast doubt on the figures" portray or question;
// "cast a ballot" and "the cast of the show" do not.
bool Scanner::castWithoutAs(qsizetype head, const Unit &u) const
{
    const QStringView w = lower(head);
    if (!(is(w, u"cast") || is(w, u"casts") || is(w, u"casting")))
        return false;
    if (isWordAt(head + 1) && lowerIs(head + 1, u"doubt"))
        return false;
    for (qsizetype k = head + 1; k < u.last && k <= head + 10 && isWordAt(k) && !m_t.toks[k].has(InQuote); ++k) {
        if (lowerIs(k, u"as"))
            return k == head + 1; // "cast as" with no object: a role in a film
    }
    return true;
}

// "That said, …", "Having said that, …", "easier said than done": nobody is cited.
bool Scanner::sayingIdiom(qsizetype head, const Unit &u) const
{
    if (!lowerIs(head, u"said") || head + 1 >= u.last)
        return false;
    const qsizetype p = head - 1;
    const TokKind next = m_t.toks[head + 1].kind;
    if (isWordAt(head + 1) && lowerIs(head + 1, u"than"))
        return true;
    if (p == u.first && lowerIs(p, u"that") && next == TokKind::Comma)
        return true;
    return p >= u.first && lowerIs(p, u"having") && lowerIs(head + 1, u"that") && head + 2 < u.last
        && m_t.toks[head + 2].kind == TokKind::Comma;
}

// "a group called Black Votes Matter", "another called i360": "called" after an
// indefinite noun phrase and before a name gives something its name; nobody is cited.
// ("a website called “…”", the name in quotation marks, is cited, as PolNeAR has it.)
bool Scanner::namingCalled(qsizetype head, const Unit &u) const
{
    if (!lowerIs(head, u"called") || !isWordAt(head + 1) || !m_t.toks[head + 1].has(Capitalised)
        || m_t.toks[head + 1].has(InQuote))
        return false;
    // "A spokesman called Ruiz a liar": a second noun phrase after the name is what the
    // one named was called.
    qsizetype n = head + 1;
    while (n < u.last && n < head + 6 && isWordAt(n) && m_t.toks[n].has(Capitalised))
        ++n;
    if (isWordAt(n) && isDeterminer(lower(n)))
        return false;
    for (qsizetype k = head - 1; k >= u.first && k >= head - 4 && isWordAt(k) && !m_t.toks[k].has(InQuote); --k) {
        const QStringView w = lower(k);
        if (isIndefiniteArticle(k))
            return k < head - 1 || is(w, u"another");
        // A capitalised word is a name, and names call; an acronym may be a thing ("a super PAC").
        const bool name = m_t.toks[k].has(Capitalised) && !m_t.toks[k].has(AllCaps);
        if (name || isPronoun(k) || isAuxiliary(w) || lookupCue(w).isCue())
            return false;
    }
    return false;
}

// "the mayor claims that", "a report warns": a determiner and a singular common noun
// before a verb that is also a noun are its subject; "the new claims", "the repeated
// warnings" are an adjective and the noun.
bool Scanner::singularNounSubject(qsizetype p, const Unit &u) const
{
    if (p - 1 < u.first || !isWordAt(p) || !isWordAt(p - 1) || m_t.toks[p].has(InQuote) || m_t.toks[p].has(Capitalised))
        return false;
    static const WordSet determiners{u"the", u"a", u"an", u"his", u"her", u"their", u"its", u"our", u"this", u"that",
                                     u"each", u"every", u"one"};
    if (!determiners.contains(lower(p - 1)))
        return false;
    const QStringView w = lower(p);
    static const WordSet adjectives{u"new", u"recent", u"latest", u"previous", u"false", u"similar", u"such", u"other",
                                    u"same", u"many", u"several", u"multiple", u"numerous", u"wild", u"dire", u"earlier",
                                    u"early", u"first", u"last", u"frequent", u"public", u"private", u"initial",
                                    u"original", u"main", u"key", u"major", u"specific", u"vague", u"bold", u"own",
                                    u"controversial", u"only", u"final", u"further", u"recurring", u"persistent",
                                    u"broad", u"strong", u"serious", u"big", u"biggest", u"latter", u"former"};
    if ((w.size() < 3 && !is(w, u"ad")) || adjectives.contains(w) || isDeterminer(w) || isAuxiliary(w) || lookupCue(w).isCue())
        return false;
    return !(w.endsWith(u"ed") || w.endsWith(u"ous") || w.endsWith(u"less") || w.endsWith(u"ful") || w.endsWith(u"ing")
             || w.endsWith(u"ory") || w.contains(u'-')
             || w.endsWith(u"'s") || (w.endsWith(u's') && !w.endsWith(u"ss")));
}

// Does what starts at `i` read as what a verb reports: "that", a quotation, a name, a
// pronoun or a determiner ("claims that", "warns “…”", "hopes the port …"), unlike the
// noun's "attacks in Paris" or "remarks were"?
bool Scanner::opensReportedClause(qsizetype i, const Unit &u) const
{
    if (i >= u.last)
        return false;
    const Token &t = m_t.toks[i];
    if (t.kind == TokKind::OpenQuote)
        return true;
    if (!t.isWord() || t.has(InQuote))
        return false;
    const QStringView w = lower(i);
    static const WordSet openers{u"that", u"the", u"a", u"he", u"she", u"they", u"we", u"it", u"i", u"his", u"her",
                                 u"their", u"its", u"to"};
    return openers.contains(w) || (t.has(Capitalised) && !t.has(ParagraphStart));
}

// A light verb and a speech noun: "made the case for", "has made several
// controversial statements on", "raised concerns about", "voiced support for",
// "launched an attack on". The verb phrase is the cue, the subject its source.
bool Scanner::lightVerbCue(qsizetype i, const Unit &u, CueHit &hit) const
{
    static const WordSet nouns{u"case", u"comment", u"comments", u"remark", u"remarks", u"statement", u"statements",
                               u"allegation", u"allegations", u"accusation", u"accusations", u"attack", u"attacks",
                               u"claim", u"claims", u"argument", u"arguments", u"point", u"threat", u"threats",
                               u"prediction", u"predictions", u"promise", u"promises", u"pledge", u"reference",
                               u"references", u"mention", u"observation", u"announcement", u"appeal", u"plea",
                               u"pitch", u"assertion", u"charge", u"charges", u"complaint", u"complaints",
                               u"concern", u"concerns", u"questions", u"objection", u"objections", u"doubts",
                               u"support", u"opposition", u"demand", u"demands", u"warning", u"warnings",
                               u"suggestion", u"vow", u"jab", u"jabs", u"swipe", u"swipes", u"criticism",
                               u"criticisms", u"broadside", u"apology", u"defense", u"frustration", u"skepticism",
                               u"alarm", u"endorsement", u"overture", u"insinuation"};
    // What "take" makes a cue of: a stand or a jab, not "took a look" or "took office".
    static const WordSet takeNouns{u"shot", u"shots", u"potshot", u"potshots", u"swipe", u"swipes", u"jab",
                                   u"jabs", u"aim", u"stance", u"position", u"issue", u"umbrage", u"exception",
                                   u"dig", u"digs"};
    // What "sound" makes a cue of: "sounded a call for", "sounded the alarm", "a nostalgic note".
    static const WordSet soundNouns{u"call", u"alarm", u"warning", u"note", u"alarms", u"warnings"};
    CueForm form;
    if (!lightVerbForm(lower(i), form))
        return false;
    const bool take = lower(i).startsWith(u't');
    const bool sound = lower(i).startsWith(u"so");
    qsizetype n = i + 1;
    for (; n < u.last && n <= i + 5; ++n) {
        if (!isWordAt(n) || m_t.toks[n].has(InQuote) || m_t.toks[n].has(Capitalised))
            return false;
        const QStringView w = lower(n);
        if (take ? takeNouns.contains(w) : sound ? soundNouns.contains(w) : nouns.contains(w))
            break;
        if (isClauseWord(w) || isAuxiliary(w) || (isPreposition(w) && !is(w, u"of")))
            return false;
    }
    if (n >= u.last || n > i + 5)
        return false;
    CueInfo info;
    info.cls = CueClass::Speech;
    info.form = form;
    if (!cueContextOk(i, info, u))
        return false;
    hit.info = info;
    hit.head = i;
    hit.cue = extendCueLeft(i, u);
    hit.cue.last = n + 1;
    // The preposition that opens what the words were about joins the cue ("the case for").
    static const WordSet about{u"about", u"on", u"against", u"for", u"of", u"over", u"to", u"toward", u"towards",
                               u"at", u"with"};
    if (n + 1 < u.last && isWordAt(n + 1) && !m_t.toks[n + 1].has(InQuote) && about.contains(lower(n + 1))) {
        hit.cue.last = n + 2;
        hit.info.objectContent = true; // "took a shot at Clinton": the name is what it was about
    }
    return true;
}

// "as one voter put it", "Amar put it: …": the idiom cites someone's words. Without
// "as" before its subject or a quotation after it ("put it on the table", "let me put
// it this way") it does not.
bool Scanner::putItCue(qsizetype i, const Unit &u, CueHit &hit) const
{
    if (i - 1 < u.first || !isWordAt(i - 1) || m_t.toks[i - 1].has(InQuote))
        return false;
    const QStringView prev = lower(i - 1);
    if (is(prev, u"to") || is(prev, u"me") || is(prev, u"us") || isModalLike(prev))
        return false;
    bool afterAs = false;
    for (qsizetype k = i - 1; k >= u.first && k >= i - 14; --k) {
        const Token &t = m_t.toks[k];
        if (t.has(InQuote) || (!t.isWord() && t.kind != TokKind::Comma))
            break;
        if (!t.isWord())
            continue;
        const QStringView w = lower(k);
        if (is(w, u"as")) {
            afterAs = true;
            break;
        }
        if (isClauseWord(w) || lookupCue(w).isCue())
            break;
    }
    const qsizetype n = i + 2;
    const bool quoteAfter = n < u.last
        && (m_t.toks[n].kind == TokKind::Colon
            || (m_t.toks[n].kind == TokKind::Comma && n + 1 < u.last && m_t.toks[n + 1].kind == TokKind::OpenQuote));
    if (!afterAs && !quoteAfter)
        return false;
    hit.info = CueInfo();
    hit.info.cls = CueClass::Speech;
    hit.info.form = CueForm::Past;
    hit.head = i;
    hit.cue = {extendCueLeft(i, u).first, i + 2};
    return true;
}

bool Scanner::findCue(qsizetype i, const Unit &u, CueHit &hit) const
{
    const Token &t = m_t.toks[i];
    if (!(t.lex & MaybeVerbCue) || t.has(InQuote) || (t.has(Capitalised) && !(u.titleCase && i > u.first)))
        return false; // the usual word: no cue, light verb or "put"
    const qsizetype len = t.end - t.start;
    if (len < 3 || len > 14)
        return false; // no cue word is shorter or longer
    const QStringView w = lower(i);
    const CueInfo info = lookupCue(w);
    // The first two letters of the light verbs (make, raise, voice, launch, level, lodge, hurl,
    // take, took) keep their table lookup off most words.
    const char16_t c0 = w[0].unicode(), c1 = w[1].unicode();
    const bool light = (c1 == u'a' && (c0 == u'm' || c0 == u'r' || c0 == u'l' || c0 == u't'))
        || (c0 == u'v' && c1 == u'o') || (c0 == u'l' && (c1 == u'e' || c1 == u'o')) || (c0 == u'h' && c1 == u'u')
        || (c0 == u't' && c1 == u'o') || (c0 == u's' && c1 == u'o');
    if (light && lightVerbCue(i, u, hit))
        return true;
    if (c0 == u'p' && (is(w, u"put") || is(w, u"puts")) && lowerIs(i + 1, u"it"))
        return putItCue(i, u, hit);
    if (!info.isCue() || !cueContextOk(i, info, u))
        return false;
    hit.info = info;
    hit.head = i;
    hit.cue = extendCueLeft(i, u);
    if (info.particle[0]) {
        auto isParticle = [&](qsizetype k) {
            return k < u.last
                && (lowerIs(k, QStringView(info.particle)) || (info.particle2[0] && lowerIs(k, QStringView(info.particle2))));
        };
        // "spoke briefly about", "talked openly about": a manner adverb before the particle.
        const bool afterAdverb = !isParticle(i + 1) && i + 2 < u.last && isWordAt(i + 1)
            && !m_t.toks[i + 1].has(InQuote) && isMannerAdverb(lower(i + 1)) && isParticle(i + 2)
            && !lowerIs(i + 2, u"it");
        const qsizetype verbAt = i;
        if (afterAdverb)
            ++i; // within this block the particle is at i + 1; hit.head stays on the verb
        const bool joined = isParticle(i + 1);
        if (joined && lowerIs(i + 1, u"it")) {
            // "made it clear that", "made it very clear": the idiom cites, "made it to the
            // final" does not.
            const bool degree = lowerIs(i + 2, u"very") || lowerIs(i + 2, u"abundantly") || lowerIs(i + 2, u"perfectly")
                || lowerIs(i + 2, u"quite") || lowerIs(i + 2, u"crystal");
            if (!lowerIs(i + 2 + (degree ? 1 : 0), u"clear"))
                return false;
            hit.cue.last = i + 3 + (degree ? 1 : 0);
        } else if (joined) {
            hit.cue.last = i + 2;
        } else if (w.startsWith(u"sp") && lowerIs(i + 1, u"out")) {
            // "spoke out", "speaks out against": the idiom takes a stand.
            hit.cue.last = i + 2;
            if (lowerIs(i + 2, u"against") || lowerIs(i + 2, u"about") || lowerIs(i + 2, u"for") || lowerIs(i + 2, u"on"))
                hit.cue.last = i + 3;
        } else if (info.particleRequired
                   && !(is(w, u"stating") && i > u.first && m_t.toks[i - 1].kind == TokKind::Comma)
                   && !(info.cls == CueClass::Speech && !info.nounLike && i + 1 < u.last && isStopPunct(i + 1))) {
            // (But "…, stating the port would close": the participle after a comma cites;
            // and a verb that ends its clause, "…, Ortega maintains.", has its content before it.)
            return false;
        }
        i = verbAt;
    }
    if (i + 1 < u.last && w.startsWith(u"continu") && lowerIs(i + 1, u"to"))
        return false; // "has continued to provide"
    if ((is(w, u"called") || is(w, u"named")) && namesAThing(i, u))
        return false;
    return true;
}

// "a group called Black Votes Matter is …", "a class called “Perception”": the
// participle names a thing; nobody is quoted. An indefinite noun phrase before it and
// one name after it that ends the phrase; after a definite one ("the club called X,
// which …") only a relative clause tells. "The senator called Ruiz a liar" and "the
// governor named Ada Reyes as her deputy" go on past the name: they cite.
bool Scanner::namesAThing(qsizetype i, const Unit &u) const
{
    const qsizetype p = i - 1;
    if (!isWordAt(p) || m_t.toks[p].has(Capitalised) || m_t.toks[p].has(InQuote) || isPronoun(p))
        return false;
    const QStringView prev = lower(p);
    if (isAuxiliary(prev) || isCueAdverb(prev) || isMannerAdverb(prev) || isClauseWord(prev) || isDeterminer(prev)
        || isRelativePronoun(prev) || isObjectWord(prev) || is(prev, u"whom"))
        return false;
    // The determiner that opens the noun phrase, over a few modifiers.
    bool indefinite = false;
    for (qsizetype k = p - 1; k >= u.first && k >= p - 4 && isWordAt(k) && !m_t.toks[k].has(InQuote); --k) {
        const QStringView w = lower(k);
        if (is(w, u"a") || is(w, u"an") || is(w, u"one") || is(w, u"another")) {
            indefinite = true;
            break;
        }
        if (isDeterminer(w) || isClauseWord(w) || isAuxiliary(w))
            break;
    }
    qsizetype e = i + 1;
    if (e >= u.last)
        return false;
    const Token &first = m_t.toks[e];
    if (first.kind == TokKind::OpenQuote && first.quote >= 0 && m_t.quotes[first.quote].close > e) {
        e = m_t.quotes[first.quote].close + 1;
    } else {
        if (!first.isWord() || !first.has(Capitalised) || first.has(InQuote))
            return false;
        while (e < u.last && e < i + 9 && isWordAt(e) && (m_t.toks[e].has(Capitalised) || lowerIs(e, u"of")
                                                            || lowerIs(e, u"for") || lowerIs(e, u"the")))
            ++e;
    }
    if (e < u.last && m_t.toks[e].kind == TokKind::Comma && isWordAt(e + 1))
        ++e; // "a group called X, which …"
    if (e >= u.last)
        return indefinite;
    const Token &after = m_t.toks[e];
    if (!after.isWord())
        return indefinite && after.kind != TokKind::OpenQuote;
    const QStringView w = lower(e);
    if (is(w, u"who") || is(w, u"which") || is(w, u"that"))
        return true;
    // A determiner opens a second noun phrase ("called Ruiz a liar"); a preposition
    // does not ("a class called “Perception” in 2002").
    const bool secondObject = isDeterminer(w) && !isPreposition(w);
    return indefinite && !is(w, u"as") && !secondObject
        && (isClauseWord(w) || isPreposition(w) || isAuxiliary(w) || !lookupCue(w).isCue());
}

} // namespace factline::extract::attr
