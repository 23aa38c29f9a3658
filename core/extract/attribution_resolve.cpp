// SPDX-License-Identifier: MIT
#include "extract/attribution_mentions.h"
#include "extract/attribution_lexicon.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

namespace factline::extract::attr {
namespace {

using namespace Qt::StringLiterals;

bool isRoleOf(QStringView w)
{
    for (const char16_t *s : {u"head", u"chief", u"director", u"spokesman", u"spokeswoman", u"spokesperson",
                              u"leader", u"president", u"chairman", u"chairwoman", u"secretary-general",
                              u"secretary", u"minister", u"ambassador", u"representative", u"founder"}) {
        if (w == QStringView(s))
            return true;
    }
    return false;
}

constexpr qsizetype longestPairPhrase = 19; // "the two governments"

bool isPairPhrase(QStringView lower)
{
    for (const char16_t *s : {u"the two countries", u"both countries", u"the two", u"the two nations",
                              u"both nations", u"both sides", u"the pair", u"the two men", u"the two women",
                              u"the two leaders", u"both leaders", u"both men", u"the two sides",
                              u"the two candidates", u"both candidates", u"the two governments"}) {
        if (lower == QStringView(s))
            return true;
    }
    return false;
}

} // namespace

void MentionIndex::scan()
{
    const qsizetype n = m_t.toks.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (!m_t.toks[i].isWord() || !m_t.toks[i].has(Capitalised))
            continue;
        qsizetype e = i + 1;
        while (e < n && e < i + 10 && m_t.toks[e].isWord()
               && (m_t.toks[e].has(Capitalised)
                   || (e + 1 < n && m_t.toks[e + 1].has(Capitalised)
                       && m_text.mid(m_t.toks[e].start, m_t.toks[e].end - m_t.toks[e].start) == u"of")))
            ++e;
        addRun({i, e});
        // "Russia and China": remembered for a later "the two countries".
        if (e + 1 < n && m_t.toks[e].isWord() && m_t.toks[e + 1].has(Capitalised)
            && m_text.mid(m_t.toks[e].start, m_t.toks[e].end - m_t.toks[e].start) == u"and") {
            qsizetype e2 = e + 2;
            while (e2 < n && e2 < e + 4 && m_t.toks[e2].isWord() && m_t.toks[e2].has(Capitalised))
                ++e2;
            const Run left = stripTitles({i, e}, nullptr);
            if (e - left.first <= 2 && e2 - (e + 1) <= 2)
                addPair(m_t.toks[i].start, withoutPossessive(tokenText(left.first, e2)));
        }
        i = e - 1;
    }
}

void MentionIndex::addPair(qsizetype pos, const QString &pair)
{
    m_pairs.append(Mention{pos, pair, ActorKind::Group});
}

Resolved MentionIndex::resolvePronoun(QStringView w, qsizetype pos) const
{
    if (is(w, u"he") || is(w, u"she") || is(w, u"him") || is(w, u"her")) {
        const Mention *m = lastBefore(m_persons, m_notedPersons, pos);
        return m ? Resolved{m->name, ActorKind::Person, {}} : Resolved{};
    }
    if (is(w, u"they") || is(w, u"them") || is(w, u"it")) {
        const Mention *m = lastBefore(m_plurals, m_notedPlurals, pos);
        const Mention *p = is(w, u"it") ? nullptr : lastBefore(m_pairs, pos);
        if (p && (!m || p->pos > m->pos))
            m = p;
        return m ? Resolved{m->name, m->kind, {}} : Resolved{};
    }
    return {};
}

// "Blinken, who …, acknowledged": the name before the relative pronoun.
Resolved MentionIndex::resolveRelative(qsizetype tok) const
{
    qsizetype p = tok - 1;
    if (p >= 0 && m_t.toks[p].kind == TokKind::Comma)
        --p;
    if (p < 0 || !m_t.toks[p].isWord() || !m_t.toks[p].has(Capitalised))
        return {};
    qsizetype s = p;
    while (s > 0 && s > p - 5 && m_t.toks[s - 1].isWord() && m_t.toks[s - 1].has(Capitalised))
        --s;
    return resolveRun({s, p + 1}, m_t.toks[s].start);
}

Resolved MentionIndex::resolveRun(Run run, qsizetype pos) const
{
    Q_UNUSED(pos);
    QString whole = withoutPossessive(tokenText(run.first, run.last));
    QStringView country = canonicalCountry(whole);
    if (!country.isEmpty())
        return {country.toString(), ActorKind::Government, {}};
    QString title;
    const Run r = stripTitles(run, &title);
    QString name = withoutPossessive(tokenText(r.first, r.last));
    country = canonicalCountry(name);
    if (!country.isEmpty())
        return {country.toString(), ActorKind::Government, {}};
    if (r.last - r.first == 1) {
        if (const QString *full = m_bySurname.find(name))
            name = *full;
        else if (name.size() > 1 && name.at(1).isLower() && kindOfName(name.toLower()) != ActorKind::Group)
            name = name.toLower(); // "Officials" at the start of a sentence
    }
    Resolved out{name, kindOfName(name), m_titledForms.value(name)};
    if (out.kind == ActorKind::Unknown && r.last - r.first == 1)
        out.kind = ActorKind::Person;
    return out;
}

Resolved MentionIndex::resolveDescription(qsizetype first, qsizetype last) const
{
    if (first + 1 < last) {
        const QStringView w = m_t.lowerOf(first);
        if (is(w, u"the"))
            ++first;
    }
    QString name = withoutPossessive(tokenText(first, last));
    if (name.size() > 1 && name.at(0).isUpper() && !name.at(1).isUpper()) {
        // "Officials say" opens a sentence; "Palestinian officials" keeps its capital.
        static const QSet<QString> common = {
            u"officials"_s, u"analysts"_s, u"critics"_s, u"experts"_s, u"sources"_s, u"aides"_s, u"observers"_s,
            u"insiders"_s, u"diplomats"_s, u"residents"_s, u"witnesses"_s, u"many"_s, u"some"_s, u"others"_s,
            u"most"_s, u"several"_s, u"few"_s, u"both"_s, u"all"_s, u"protesters"_s, u"supporters"_s,
            u"voters"_s, u"lawmakers"_s, u"polls"_s, u"a"_s, u"an"_s, u"one"_s, u"two"_s, u"three"_s,
            u"international"_s, u"senior"_s, u"health"_s, u"aid"_s, u"military"_s, u"local"_s, u"federal"_s};
        if (common.contains(name.section(u' ', 0, 0).toLower()))
            name[0] = name.at(0).toLower();
    }
    return {name, kindOfName(name), {}};
}

Resolved MentionIndex::resolve(TextSpan source) const
{
    const qsizetype first = tokenAt(source.start);
    qsizetype last = tokenAt(source.end - 1) + 1;
    if (first >= m_t.toks.size() || first >= last)
        return {};
    last = qMin(last, m_t.toks.size());
    auto low = [&](qsizetype i) { return m_t.lowerOf(i); };
    while (last > first + 1 && !m_t.toks[last - 1].isWord() && tokenView(last - 1) != u"%")
        --last; // a trailing comma after an appositive (but "42%" keeps its sign)
    // "federal prosecutors in April", "Wells Fargo just this month": when is not who.
    auto isWhen = [&](qsizetype k) {
        static const WordSet months{u"january", u"february", u"march", u"april", u"may", u"june", u"july",
                                    u"august", u"september", u"october", u"november", u"december"};
        const QStringView w = low(k);
        return isTimeWord(w) || months.contains(w)
            || (w.size() == 4 && std::all_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); }));
    };
    if (last - first >= 2 && (is(low(last - 1), u"here") || is(low(last - 1), u"there")))
        --last; // "activists here": where is not who
    if (last - first >= 3 && isWhen(last - 1)) {
        qsizetype cut = last - 1;
        while (cut > first + 1 && isWhen(cut - 1))
            --cut;
        while (cut > first + 1 && (isPreposition(low(cut - 1)) || is(low(cut - 1), u"just") || is(low(cut - 1), u"this")
                                   || is(low(cut - 1), u"the")))
            --cut;
        if (cut < last - 1 || isPreposition(low(last - 2)) || is(low(last - 2), u"this"))
            last = cut;
    }
    if (last - first == 1) {
        const QStringView w = low(first);
        if (is(w, u"who") || is(w, u"which") || is(w, u"that"))
            return resolveRelative(first);
        if (is(w, u"i") || is(w, u"we") || is(w, u"you") || is(w, u"me") || is(w, u"us"))
            return {};
        const Resolved p = resolvePronoun(w, source.start);
        if (!p.name.isEmpty() || is(w, u"he") || is(w, u"she") || is(w, u"they") || is(w, u"it"))
            return p;
    }
    // Lower-casing keeps an ASCII phrase's length, so one longer than every pair phrase
    // or every title cannot be one, and its suffixes can be views on one lower-cased copy.
    const qsizetype start = m_t.toks[first].start;
    const qsizetype end = m_t.toks[last - 1].end;
    const QStringView raw = m_text.sliced(start, end - start);
    const bool ascii = std::all_of(raw.begin(), raw.end(), [](QChar c) { return c.unicode() < 0x80; });
    // Every pair phrase opens with "the" or "both": other sources need no lower-cased copy.
    if (!m_pairs.isEmpty() && (!ascii || raw.size() <= longestPairPhrase)
        && (is(low(first), u"the") || is(low(first), u"both")) && isPairPhrase(tokenText(first, last).toLower())) {
        const Mention *m = lastBefore(m_pairs, source.start);
        if (m)
            return {m->name, ActorKind::Group, {}};
    }
    // "Israel's prime minister", "the prime minister": a title seen with a name.
    if (!m_byTitle.isEmpty()) {
        qsizetype from = first;
        if (ascii) { // skip the suffixes longer than every title, stopping at a comma as below
            while (from < last && end - m_t.toks[from].start > m_longestTitle && m_t.toks[from].kind != TokKind::Comma)
                ++from;
            if (from < last && end - m_t.toks[from].start > m_longestTitle)
                from = last;
        }
        // The ASCII suffix lower-cased, as tokenText(from, last).toLower() would give it,
        // but from the lower-cased text the tokens keep (the same for ASCII), in a buffer.
        QVarLengthArray<char16_t, 64> tailBuffer;
        if (ascii && from < last) {
            const qsizetype s0 = m_t.toks[from].start;
            const QStringView lowered = QStringView(m_t.lower).sliced(s0, end - s0);
            tailBuffer.resize(lowered.size());
            for (qsizetype k = 0; k < lowered.size(); ++k)
                tailBuffer[k] = lowered[k] == u'\n' ? u' ' : lowered[k].unicode(); // as tokenText does
        }
        const QStringView tail(tailBuffer.data(), tailBuffer.size());
        for (qsizetype i = from; i < last; ++i) {
            const QString copy = ascii ? QString() : tokenText(i, last).toLower();
            const QStringView rest = ascii ? QStringView(tail).sliced(m_t.toks[i].start - m_t.toks[from].start)
                                           : QStringView(copy);
            const auto it = m_byTitle.constFind(rest);
            if (it != m_byTitle.cend())
                return {it.value(), ActorKind::Person, m_titledForms.value(it.value())};
            if (m_t.toks[i].kind == TokKind::Comma)
                break;
        }
    }
    return resolveNamed(first, last, source.start);
}


// The first capitalised run in a source names it, unless a description follows it
// ("U.S. officials", "Palestinian health officials in Gaza") or it is the object of a
// role ("the head of the World Health Organization").
Resolved MentionIndex::resolveNamed(qsizetype first, qsizetype last, qsizetype pos) const
{
    auto low = [&](qsizetype i) { return m_t.lowerOf(i); };
    // "One in five", "Two-thirds of voters": a share, described, not a name.
    static const WordSet numbers{u"one", u"two", u"three", u"four", u"five", u"six", u"seven", u"eight", u"nine",
                                 u"ten", u"two-thirds", u"one-third", u"three-quarters", u"half"};
    if (numbers.contains(low(first)) && last - first > 1)
        return resolveDescription(first, last);
    for (qsizetype i = first; i < last; ++i) {
        if (!m_t.toks[i].isWord()) {
            // "The mayor, Ada Ruiz", "her lawyer, Tom Lee": a role and then the name in
            // apposition; the name speaks. ("A spokesman for the mayor, Ada Ruiz" names the
            // mayor, not the spokesman: no preposition before the comma.)
            if (m_t.toks[i].kind == TokKind::Comma && i > first) {
                bool plain = true;
                for (qsizetype k = first; k < i && plain; ++k)
                    plain = !isPreposition(low(k));
                qsizetype n = i + 1;
                while (n < last && m_t.toks[n].isWord() && m_t.toks[n].has(Capitalised))
                    ++n;
                if (plain && n - (i + 1) >= 2 && n - (i + 1) <= 4 && (n == last || m_t.toks[n].kind == TokKind::Comma))
                    return resolveRun({i + 1, n}, pos);
            }
            break;
        }
        if (m_t.toks[i].has(Capitalised) && !(i == first && (low(i) == u"the" || isDeterminer(low(i))))) {
            // "Secretary of State John Kerry", "Bank of America": "of" between capitalised
            // words stays in the name.
            qsizetype e = i + 1;
            while (e < last && m_t.toks[e].isWord()
                   && (m_t.toks[e].has(Capitalised)
                       || (low(e) == u"of" && e + 1 < last && m_t.toks[e + 1].isWord()
                           && m_t.toks[e + 1].has(Capitalised))))
                ++e;
            if (e + 1 < last && low(e) == u"and" && m_t.toks[e + 1].has(Capitalised)) {
                qsizetype e2 = e + 2;
                while (e2 < last && m_t.toks[e2].isWord() && m_t.toks[e2].has(Capitalised))
                    ++e2;
                return {withoutPossessive(tokenText(i, e2)), ActorKind::Group, {}};
            }
            // "the head of the World Health Organization": the organisation speaks.
            if ((i >= first + 2 && low(i - 1) == u"of") || (i >= first + 3 && low(i - 1) == u"the" && low(i - 2) == u"of")) {
                const qsizetype ofTok = low(i - 1) == u"of" ? i - 1 : i - 2;
                if (isRoleOf(low(ofTok - 1)))
                    return resolveRun({i, e}, pos);
            }
            // A place after the name is no description of it ("Dossym Satpayev in Almaty").
            const bool described = e < last && m_t.toks[e].isWord() && !m_t.toks[e].has(Capitalised) && low(e) != u"of"
                && !isPreposition(low(e));
            if (described) {
                // "Republican pollster Hank Sheinkopf", "Israeli military spokesman Peter
                // Lerner": a modifier, a role of a word or two, then the name, which speaks.
                qsizetype k = e;
                while (k < last && k < e + 2 && m_t.toks[k].isWord() && !m_t.toks[k].has(Capitalised)
                       && mayBeRoleNoun(low(k)))
                    ++k;
                qsizetype n = k;
                while (n < last && m_t.toks[n].isWord() && m_t.toks[n].has(Capitalised))
                    ++n;
                if (k > e && n - k >= 2 && n - k <= 3
                    && (n == last || !m_t.toks[n].isWord() || isPreposition(low(n))))
                    return resolveRun({k, n}, pos);
            }
            if (described || (i > first && !m_t.toks[i - 1].has(Capitalised) && low(i - 1) != u"the"
                              && !isRoleOf(low(i - 1)) && i > first + 2))
                break;
            return resolveRun({first == i || low(first) != u"the" ? i : first, e}, pos);
        }
    }
    return resolveDescription(first, last);
}

} // namespace factline::extract::attr
