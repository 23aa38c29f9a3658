// SPDX-License-Identifier: MIT
#pragma once

#include "extract/attribution.h"
#include "extract/quantities.h"

#include <array>
#include <cstdint>
#include <vector>

namespace factline::extract::disputes {

// The words of one text as the dispute signals read them: a letter, then letters,
// apostrophes and hyphens ("Israel’s", "post-war"). Only the ranges asked for are cut
// (claims and their sentences, not the whole text); each distinct lower-case word is
// looked up in the word lists and stemmed once, on first use, so that reading a claim
// and its sentence costs no string work per word.
class TextWords
{
public:
    enum Flag : quint16 {
        Stop = 1,         // says nothing about what a claim is about
        Pronoun = 2,
        Rejection = 4,    // "rejects", "denied": turns a stance around
        Negation = 8,     // "no", "never", "isn't"
        Means = 16,       // "way", "plan", "option"
        Opener = 32,      // a contrast that opens a sentence: "But", "However"
        Do = 64,
        DoObject = 128,   // "that", "this", "so", "it": what "do" points back at
        To = 256,
        Only = 512,
        Term = 1024,      // three or more letters, no stop word, no rejection: a term of the claim
    };
    struct Lex {
        quint16 flags = 0;
        qint32 stem = -1;   // index into the stems; -1 for words too short or too common to stem
        qint32 start = 0;   // its lower-case form: units [start, start + size) of the vocabulary's text
        qint32 size = 0;
    };
    struct Piece {
        qsizetype start = 0;
        qsizetype end = 0;
        int lex = -1;
    };

    explicit TextWords(QStringView text);

    QStringView text() const { return m_text; }
    // The words of [start, end), cut exactly where a scan of that range alone would cut
    // them: a word the range starts or ends inside is cut at its edge. At most `most` words.
    void wordsIn(qsizetype start, qsizetype end, std::vector<Piece> &out, std::size_t most = SIZE_MAX);
    const Lex &lex(int id) const { return m_vocab.lexes[std::size_t(id)]; }
    bool is(const Piece &p, Flag f) const { return m_vocab.lexes[std::size_t(p.lex)].flags & f; }
    // A word's lower-case form, and a stem's text: views valid until the next word is met.
    QStringView lower(int id) const { return m_vocab.textOf(m_vocab.lexes[std::size_t(id)]); }
    QStringView stem(int id) const { return m_vocab.textOf(m_vocab.stems[std::size_t(id)]); }
    qsizetype stemCount() const { return qsizetype(m_vocab.stems.size()); }
    // An int per stem for its users to note things in (TermOrder, and the linker of
    // disputes.cpp): -1 unless in use, and set back to -1 by whoever used it. Kept with
    // the vocabulary so that no text pays for a table the size of all stems.
    enum Scratch { OrderScratch, LinkScratch };
    int &scratch(Scratch which, int stem) const
    {
        std::vector<int> &s = m_vocab.scratch[which];
        if (std::size_t(stem) >= s.size()) [[unlikely]]
            growScratch(s);
        return s[std::size_t(stem)];
    }
    // Whether the sentence opens with a contrast ("But …", "However, …").
    bool opensWithContrast(const Sentence &s);

private:
    void growScratch(std::vector<int> &s) const;
    int lexOf(qsizetype start, qsizetype end);
    int lexOfNew(quint64 low, quint64 high, qsizetype start, qsizetype end);
    int lexOfText(qsizetype start, qsizetype end);
    int intern(const char16_t *lower, qsizetype size, size_t hash);
    int internStem(QStringView stem);
    int addLex(QStringView lower);

    QStringView m_text;
    std::vector<Piece> m_first; // opensWithContrast's
    // The words met lately, by where they start: a claim's sentence is read again for the
    // next claim in it (and as the sentence before), and a word met again costs no cut and
    // no look-up. Only words that end before the range that met them are kept, as a range
    // that ends inside a word cuts it.
    struct Met {
        qint32 start = -1;
        qint32 end = -1;
        int lex = -1;
    };
    static constexpr std::size_t MetSlots = 512;
    std::array<Met, MetSlots> m_met;
    // The words seen and their stems, kept per thread from one text to the next (news
    // reuses its words), and started afresh once it grows large.
    struct Vocabulary {
        // The text of every lower-case word and stem, one after the other: a new word costs
        // no allocation of its own.
        std::vector<char16_t> text;
        struct Stem {
            qint32 start = 0;
            qint32 size = 0;
        };
        std::vector<Lex> lexes;
        std::vector<int> lexSlots;  // open addressing over lexes, by lower-case text
        std::vector<Stem> stems;
        std::vector<int> stemSlots; // … over stems
        template <typename Span>
        QStringView textOf(const Span &s) const { return QStringView(text.data() + s.start, s.size); }
        qint32 keep(QStringView s); // copies s into text, returns where it starts
        std::vector<int> scratch[2];
        // ASCII words of up to 16 units, lower-cased one byte a unit into two machine words,
        // → their lex: a word met before costs no hashing of strings (open addressing).
        struct Packed {
            quint64 low = 0;
            quint64 high = 0;
            int lex = -1;
        };
        // Never empty (1024 slots from the start), so that a look-up tests no size; packedMask
        // is its size less one, kept so that a probe divides nothing by the slot size.
        std::vector<Packed> packed = std::vector<Packed>(1024);
        std::size_t packedMask = 1023;
        std::size_t packedCount = 0;
    };
    static Vocabulary &vocabulary();
    Vocabulary &m_vocab;
};

// One number a claim states, as far as comparing claims needs it.
struct ClaimNumber {
    QString kind;   // the quantity's kind: killed, hostages, percent, ...
    QString text;   // its words, qualifier included
    double value = 0;
};

// A term of a claim: its stem (TextWords::stem) and where the claim used it (UTF-16
// offsets into the text), whose words are its surface form. Only the few terms that end
// up in a title or a reason are ever spelled out (surface()).
struct ClaimTerm {
    int stem = -1;
    qint32 start = 0;
    qint32 end = 0;
    QString surface(QStringView text) const { return text.mid(start, end - start).toString(); }
};

// What one claim says, reduced to the signals that tell whether two claims compete:
// the words it is about, the thing it is about, its polarity, its numbers.
//
// Terms are listed in the order the claim first uses them; titles and reasons list words
// in that order, so that the same text always gets the same suggestions.
struct ClaimSignals {
    QList<ClaimTerm> terms;    // from the claim's own words
    QList<ClaimTerm> context;  // from the rest of its sentence and, for "do that",
                               // from the sentence before: weaker evidence
    int subject = -1;          // stem of the first content word: what the claim is about
    bool negated = false;      // "no", "not", "never", or a rejecting verb around it
    bool speaksOfMeans = false; // "a way to", "the only option", "a plan to": a proposal
    QList<ClaimNumber> numbers;
    int sentence = -1;
};

class TermOrder
{
public:
    explicit TermOrder(const TextWords &words);
    void add(int stem, qsizetype start, qsizetype end); // defined inline in disputes_signals.cpp, its only user
    // The stems in order, without those of `without` (removed after all were added);
    // starts a new list.
    QList<ClaimTerm> take(const QList<ClaimTerm> &without = {});

private:
    const TextWords &m_words;
    std::vector<ClaimTerm> m_items; // TextWords::scratch(OrderScratch, stem): index into m_items
};

// Reads the claims of one text. `quantities` in text order (as findQuantities gives them)
// are looked up by position; in any other order each claim reads them all.
class ClaimReader
{
public:
    ClaimReader(QStringView text, const QList<Sentence> &sentences, const QList<Quantity> &quantities);
    ClaimSignals read(const Attribution &attribution);
    TextWords &words() { return m_words; }

private:
    void readNumbers(const Attribution &a, QList<ClaimNumber> &out) const;

    TextWords m_words;
    TermOrder m_order;
    const QList<Sentence> &m_sentences;
    const QList<Quantity> &m_quantities;
    bool m_quantitiesInOrder = false;
    std::vector<TextWords::Piece> m_content;
    std::vector<TextWords::Piece> m_rest;
    std::vector<TextSpan> m_taken; // restOfSentence's
    std::vector<TextSpan> m_gaps;
};

} // namespace factline::extract::disputes
