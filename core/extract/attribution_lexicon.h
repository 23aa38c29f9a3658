// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QStringView>

#include <initializer_list>
#include <string>
#include <vector>

namespace factline::extract::attr {

// Compares a view with a string literal: the length first, so that most calls end
// before touching a character (QStringView's operator== calls out of line).
template <qsizetype N>
inline bool is(QStringView w, const char16_t (&literal)[N])
{
    return w.size() == N - 1 && std::char_traits<char16_t>::compare(w.utf16(), literal, N - 1) == 0;
}

// A table keyed by views on strings that outlive it (literals, or strings the owner
// keeps): open addressing over a power-of-two array with a cheap hash, because the
// scanner asks such tables about nearly every word and QHash's seeded hash cost more
// than the rest of a lookup. Lookups never allocate; an insert may grow the array.
template <typename T>
class ViewTable {
public:
    // Adds `key` with `value` unless it is there already; returns the value it holds.
    T &insert(QStringView key, const T &value = T())
    {
        if ((m_count + 1) * 2 > qsizetype(m_slots.size()))
            grow();
        Slot &s = m_slots[slotFor(key)];
        if (!s.used) {
            s.used = true;
            s.key = key;
            s.value = value;
            ++m_count;
        }
        return s.value;
    }
    const T *find(QStringView key) const
    {
        if (m_slots.empty())
            return nullptr;
        const Slot &s = m_slots[slotFor(key)];
        return s.used ? &s.value : nullptr;
    }
    bool contains(QStringView key) const { return find(key) != nullptr; }
    template <typename F>
    void forEach(F &&f) const
    {
        for (const Slot &s : m_slots) {
            if (s.used)
                f(s.key, s.value);
        }
    }

private:
    struct Slot {
        QStringView key;
        T value{};
        bool used = false;
    };
    static size_t hashOf(QStringView w)
    {
        size_t h = 0x811c9dc5u ^ size_t(w.size());
        for (const QChar c : w)
            h = (h ^ c.unicode()) * 0x01000193u;
        return h ^ (h >> 15);
    }
    // The slot that holds `key`, or the empty one where it would go.
    size_t slotFor(QStringView key) const
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = hashOf(key) & mask;; i = (i + 1) & mask) {
            const Slot &s = m_slots[i];
            if (!s.used
                || (s.key.size() == key.size()
                    && std::char_traits<char16_t>::compare(s.key.utf16(), key.utf16(), size_t(key.size())) == 0))
                return i;
        }
    }
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(old.empty() ? 64 : old.size() * 2, Slot());
        m_count = 0;
        for (const Slot &s : old) {
            if (s.used)
                insert(s.key, s.value);
        }
    }
    std::vector<Slot> m_slots;
    qsizetype m_count = 0;
};

// A fixed set of lower-case words over string literals: one lookup, no allocation.
class WordSet {
public:
    WordSet(std::initializer_list<const char16_t *> words)
    {
        for (const char16_t *w : words)
            m_set.insert(QStringView(w, std::char_traits<char16_t>::length(w)));
    }
    WordSet() = default;
    void insert(QStringView w) { m_set.insert(w); }
    bool contains(QStringView w) const { return !w.isEmpty() && m_set.contains(w); }

private:
    struct Empty {};
    ViewTable<Empty> m_set;
};

// What a cue word is, for the patterns in attribution.cpp. Lookups take a
// lower-cased word (Tokens::lowerOf) and never allocate.
enum class CueClass : quint8 {
    None,
    Speech,  // said, claims, warned: the complement is the content
    Tell,    // told, asked, assured: an object comes before the content
    Belief,  // thinks, fears, wants: inner states, which PolNeAR counts as well
    Finding, // polls show, the report found
    Seem,    // "the field appeared poised to narrow": no source, the subject is content
};

enum class CueForm : quint8 { Base, ThirdPerson, Past, Participle };

struct CueInfo {
    CueClass cls = CueClass::None;
    CueForm form = CueForm::Base;
    bool nounLike = false;   // "claim", "report", "call": also a noun, so a determiner before it rules it out
    bool particleRequired = false; // "talks" alone is a noun, "talks about" a cue
    bool objectContent = false; // "endorsed Clinton", "backs the plan": the object is the content, even a name
    char16_t particle[8] = {};  // a particle that joins the cue ("called for", "pointed out")
    char16_t particle2[8] = {}; // an alternative one ("called on", "pointed to")
    bool isCue() const { return cls != CueClass::None; }
};

CueInfo lookupCue(QStringView lower);

// Nouns that cite what someone said or holds ("Trump's claim that", "calls for",
// "criticism of"): the class of the noun when `next` (lower case) is a word that
// opens its complement, else None.
CueClass nounCue(QStringView lower, QStringView next);
// The few of those pairs that cite with no owner before the noun ("calls for …").
CueClass ownerlessNounCue(QStringView lower, QStringView next);

// Adjectives of stance after a copula ("is confident that", "was critical of", "are
// eager to"): the class when `next` (lower case) opens the adjective's complement, else None.
CueClass stanceAdjective(QStringView lower, QStringView next);

// A light verb before a speech noun ("made the case for", "raised concerns about"):
// true, with the verb's form, for make, raise, voice, launch, level, lodge, hurl, lob.
bool lightVerbForm(QStringView lower, CueForm &form);

// A verb whose object is what others said of the subject ("drew criticism", "came under fire").
bool isReceptionVerb(QStringView lower);

// What a lower-case word may start, looked up once per token when the text is
// tokenized, so that the scanner's cue tests stop at one bit for ordinary words.
enum LexFlag : quint8 {
    MaybeVerbCue = 1,   // lookupCue finds it, a light verb, or "put"/"puts" (Scanner::findCue)
    MaybeNounCue = 2,   // a noun that nounCue knows
    MaybeReception = 4, // isReceptionVerb
    MaybeStance = 8,    // stanceAdjective knows it
    MaybeHearsay = 16,  // "titled", "dubbed" (Scanner::tryKnownAs) and "reportedly" (Scanner::tryReportedly)
};
quint8 lexFlagsOf(QStringView lower);

// Small closed word classes the patterns need.
bool isAuxiliary(QStringView lower);     // has, had, will, would, is, did, ...
bool isCueAdverb(QStringView lower);     // also, later, previously, repeatedly, ...
bool isMannerAdverb(QStringView lower);  // generally, officially, steadfastly (-ly, not "family")
bool isClauseWord(QStringView lower);    // that, and, but, because, when, where, ...
bool isDeterminer(QStringView lower);    // the, a, his, their, this, ...
bool isPreposition(QStringView lower);   // in, on, at, to, during, ...
bool isTimeWord(QStringView lower);      // Thursday, today, earlier, last, week, ...
bool isObjectWord(QStringView lower);    // reporters, me, him, them, supporters, ...
bool isRelativePronoun(QStringView lower); // who, which, that
bool isPluralSubject(QStringView lower);   // people, police, percent, most, three, ...: plural with no -s
// May name a role ("pollster", "spokeswoman"): no plural or verb ending (-s, -ed), no cue,
// none of the small words of a clause.
bool mayBeRoleNoun(QStringView lower);
bool isGerundPreposition(QStringView lower); // by, for, after, while, ...: "began by saying"
bool isDocumentNoun(QStringView lower); // statement, ad, report, poll, ...: "a statement announcing", "polls showing"
inline bool isSayForm(QStringView lower) { return lower == u"said" || lower == u"says" || lower == u"say"; }

} // namespace factline::extract::attr
