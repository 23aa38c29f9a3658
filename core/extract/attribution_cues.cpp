// SPDX-License-Identifier: MIT
#include "extract/attribution_scanner.h"

namespace factline::extract::attr {

Scanner::Scanner(QStringView text, const Tokens &tokens, const AttributionOptions &options)
    : m_text(text)
    , m_t(tokens)
    , m_options(options)
{
}

QStringView Scanner::word(qsizetype i) const
{
    const Token &t = m_t.toks[i];
    return m_text.mid(t.start, t.end - t.start);
}

QStringView Scanner::lower(qsizetype i, char16_t *buf) const
{
    return lowerInto(word(i), buf);
}

bool Scanner::lowerIs(qsizetype i, QStringView w) const
{
    if (i < 0 || i >= m_t.toks.size() || !m_t.toks[i].isWord() || m_t.toks[i].end - m_t.toks[i].start != w.size())
        return false;
    char16_t buf[24];
    return lower(i, buf) == w;
}

bool Scanner::isWordAt(qsizetype i) const
{
    return i >= 0 && i < m_t.toks.size() && m_t.toks[i].isWord();
}

bool Scanner::isPronoun(qsizetype i) const
{
    if (!isWordAt(i))
        return false;
    char16_t buf[24];
    const QStringView w = lower(i, buf);
    return is(w, u"he") || is(w, u"she") || is(w, u"they") || is(w, u"i") || is(w, u"we") || is(w, u"it") || is(w, u"you");
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
        char16_t buf[24];
        const QStringView w = lower(p, buf);
        if (is(w, u"to") || !(isAuxiliary(w) || isCueAdverb(w)))
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

} // namespace

// Filters a lexicon hit by the word before it, so that nouns and adjectives that
// look like cues ("diplomatic support", "a promised invasion", "known fighters",
// "the United States") stay out.
bool Scanner::cueContextOk(qsizetype head, const CueInfo &info, const Unit &u) const
{
    const qsizetype p = head - 1;
    if (p < u.first)
        return false; // nothing before it can be the source
    const Token &pt = m_t.toks[p];
    char16_t buf[24];
    const QStringView prev = pt.isWord() ? lower(p, buf) : QStringView();
    if (info.form == CueForm::Participle) {
        // "…, adding that" or "is saying"; a bare gerund ("the saying") is no cue.
        if (pt.kind == TokKind::Comma)
            return true;
        if (pt.isWord() && !pt.has(Capitalised) && !isDeterminer(prev) && !isPreposition(prev) && !isAuxiliary(prev)
            && (prev.endsWith(u's') || is(prev, u"pac") || is(prev, u"group")) && lookupCue(prev).cls == CueClass::None) {
            // "super PACs supporting Rubio", "groups opposing the bill"
            static const WordSet stance{u"supporting", u"opposing", u"backing", u"endorsing", u"urging",
                                        u"demanding", u"criticizing", u"praising", u"calling"};
            char16_t own[24];
            return stance.contains(lower(head, own));
        }
        if (info.cls != CueClass::Speech && info.cls != CueClass::Tell)
            return false; // "are worrying" describes, "is saying" cites
        if (isGerundPreposition(prev))
            return true; // "began by saying", "criticized for saying"
        // The progressive, perhaps negated or with adverbs between ("isn't saying",
        // "is once again questioning", "are also urging").
        qsizetype a = p;
        QStringView aux = prev;
        while (a > u.first && a > p - 3 && m_t.toks[a].isWord() && !m_t.toks[a].has(InQuote)
               && (isCueAdverb(aux) || is(aux, u"not") || is(aux, u"once")) && m_t.toks[a - 1].isWord()) {
            --a;
            aux = lower(a, buf);
        }
        return is(aux, u"is") || is(aux, u"was") || is(aux, u"are") || is(aux, u"were") || is(aux, u"been")
            || is(aux, u"be") || is(aux, u"am") || is(aux, u"'s") || is(aux, u"'re") || is(aux, u"isn't")
            || is(aux, u"wasn't") || is(aux, u"aren't") || is(aux, u"weren't") || (a == p && is(prev, u"and"));
    }
    if (prev.isEmpty())
        return pt.kind == TokKind::Comma || pt.kind == TokKind::CloseQuote || pt.kind == TokKind::Dash
            || (info.form != CueForm::Base && parenOpenBefore(p, u.first) > u.first); // "Ada Reyes (D-Ore.) said"
    if ((isDeterminer(prev) || isPreposition(prev)) && !isModalLike(prev))
        return false;
    if (prev.endsWith(u"'s") || prev.endsWith(u"s'"))
        return false; // "Trump's comments": a possessive before a noun
    if (prev.front().isDigit() || (prev.endsWith(u"ly") && !isCueAdverb(prev) && prev != u"only"))
        return false;
    if (info.form == CueForm::Base) {
        if (is(prev, u"to"))
            return false; // "wants to say": the intention is the cue, not "say"
        const bool plural = prev.size() > 3 && prev.endsWith(u's') && !prev.endsWith(u"ss") && !pt.has(Capitalised);
        const bool pluralName = pt.has(Capitalised) && prev.endsWith(u's') && prev.size() > 3;
        // Plural subjects without an -s: "52 percent say", "most believe", "police say".
        static const WordSet pluralSubject{u"percent", u"majority", u"minority", u"most", u"many", u"some",
                                           u"both", u"all", u"few", u"people", u"police", u"staff", u"public",
                                           u"media", u"children", u"men", u"women"};
        if (isSubjectPronoun(prev) || isModalLike(prev) || plural || pluralName || is(prev, u"and")
            || pluralSubject.contains(prev))
            return true;
        // A plural subject that ends in a pronoun object ("those close to him say",
        // "many of whom say") or joins two names ("Ms. Reyes and Mr. Okafor say").
        if (!info.nounLike && (is(prev, u"him") || is(prev, u"them") || is(prev, u"us") || is(prev, u"whom")))
            return true;
        if (pt.has(Capitalised)) {
            for (qsizetype k = p - 1; k > u.first && k >= p - 4 && m_t.toks[k].isWord(); --k) {
                if (lowerIs(k, u"and"))
                    return m_t.toks[k - 1].has(Capitalised);
                if (!m_t.toks[k].has(Capitalised))
                    break;
            }
        }
        return false;
    }
    if (info.form == CueForm::ThirdPerson && info.nounLike && info.cls != CueClass::Finding)
        return pt.has(Capitalised) || isSingularPronoun(prev) || isModalLike(prev);
    return true;
}

bool Scanner::findCue(qsizetype i, const Unit &u, CueHit &hit) const
{
    const Token &t = m_t.toks[i];
    if (!t.isWord() || t.has(InQuote) || (t.has(Capitalised) && !(u.titleCase && i > u.first)))
        return false;
    const qsizetype len = t.end - t.start;
    if (len < 3 || len > 14)
        return false; // no cue word is shorter or longer
    char16_t buf[24];
    const QStringView w = lower(i, buf);
    const CueInfo info = lookupCue(w);
    if (!info.isCue() || !cueContextOk(i, info, u))
        return false;
    hit.info = info;
    hit.head = i;
    hit.cue = extendCueLeft(i, u);
    if (info.particle[0]) {
        const bool joined = i + 1 < u.last
            && (lowerIs(i + 1, QStringView(info.particle)) || (info.particle2[0] && lowerIs(i + 1, QStringView(info.particle2))));
        if (joined && lowerIs(i + 1, u"it")) {
            // "made it clear that": the idiom cites, "made it to the final" does not.
            if (!lowerIs(i + 2, u"clear"))
                return false;
            hit.cue.last = i + 3;
        } else if (joined) {
            hit.cue.last = i + 2;
        } else if (info.particleRequired) {
            return false;
        }
    }
    if (i + 1 < u.last && w.startsWith(u"continu") && lowerIs(i + 1, u"to"))
        return false; // "has continued to provide"
    return true;
}

} // namespace factline::extract::attr
