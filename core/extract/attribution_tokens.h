// SPDX-License-Identifier: MIT
#pragma once

#include "extract/sentences.h"
#include "extract/spans.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <memory>

namespace factline::extract::attr {

// The attribution scanner's view of a text: words and punctuation with UTF-16
// offsets, each knowing whether it sits inside a quotation and which "unit" it
// belongs to. A unit is one sentence, or several when a quotation runs across
// sentence breaks ("It risks … . It risks …,” Blinken said.) — a quote never
// crosses a unit boundary, so every pattern can work inside one unit.
enum class TokKind : quint8 { Word, Comma, Stop, Colon, Semicolon, Dash, OpenQuote, CloseQuote, Paren, Other };

enum TokFlag : quint8 {
    Capitalised = 1,   // first letter upper case
    InQuote = 2,       // inside a paired quotation (the quote marks themselves excluded)
    ParagraphStart = 4,
    AllCaps = 8,
};

// 16 bytes: a 20 MB text has about four million of these. Offsets are 32-bit, so
// the scanner handles texts up to 2^31 UTF-16 units (findAttributions checks).
struct Token {
    qint32 start = 0;
    qint32 end = 0;
    TokKind kind = TokKind::Other;
    quint8 flags = 0;
    quint8 lex = 0;    // LexFlag bits (attribution_lexicon.h), on the words a cue may be (tokenize says which)
    qint32 quote = -1; // index into Tokens::quotes for quote marks and quoted tokens
    bool has(TokFlag f) const { return flags & f; }
    bool isWord() const { return kind == TokKind::Word; }
};
static_assert(sizeof(Token) == 16);

struct Unit {
    qsizetype first = 0; // token index range [first, last)
    qsizetype last = 0;
    qsizetype paragraph = 0;
    bool titleCase = false; // a headline in title case ("Senator Says Vote Was Rigged"): every longer word capitalised
};

// A paired quotation: the token indices of its marks (close may be -1 when the
// paragraph ended before it closed) and its text span including the marks.
struct Quote {
    qsizetype open = -1;
    qsizetype close = -1;
    TextSpan span;
};

struct Tokens {
    QString lower; // the text lower-cased unit for unit (lowerUnit): a token's lower-case form at its own offsets
    QList<Token> toks;
    QList<Unit> units;
    QList<Quote> quotes;
    QList<qint32> unitOf; // token index -> unit index

    // Token i lower-cased, a view into `lower` for allocation-free lookups; empty for a
    // word longer than 24 units, longer than every word the lexicon compares it with.
    QStringView lowerOf(qsizetype i) const
    {
        const Token &t = toks[i];
        return t.end - t.start > 24 ? QStringView() : QStringView(lower).sliced(t.start, t.end - t.start);
    }
};

Tokens tokenize(QStringView text, const QList<Sentence> &sentences);

// The words of a text range after range, ranges given in text order (its sentences), for
// the pre-scans that only look at words: a sentence's words are the parts of the word
// tokens inside it. Every letter and digit of the text is in a word token, and a word
// token never ends or starts between two letters, so a scan of these parts finds the
// words a scan of the characters would (the timex and quantity pre-scans rely on it).
class WordCursor
{
public:
    explicit WordCursor(const Tokens &tokens) : m_toks(tokens.toks) {}

    // Whether `test(start, end)` holds for some word part [start, end) of [from, to).
    // Ranges in text order cost a pass over the tokens in all; one that starts before the
    // last one starts the search over.
    template<typename Test>
    bool anyWordIn(qsizetype from, qsizetype to, Test test)
    {
        const qsizetype n = m_toks.size();
        if (from < m_from)
            m_next = 0;
        m_from = from;
        while (m_next < n && m_toks[m_next].end <= from)
            ++m_next;
        for (qsizetype i = m_next; i < n && m_toks[i].start < to; ++i) {
            const Token &t = m_toks[i];
            if (t.isWord() && test(std::max<qsizetype>(t.start, from), std::min<qsizetype>(t.end, to)))
                return true;
        }
        return false;
    }

private:
    const QList<Token> &m_toks;
    qsizetype m_next = 0; // the first token that may overlap the next range
    qsizetype m_from = 0;
};

// The same, shared between the findAttributions and resolveActors that take sentences,
// called one after the other on one text: the second call reuses the first one's tokens.
// (extract() tokenizes once itself and calls the overloads that take tokens.)
// One entry per thread, keyed by the text's address, length and hash and by the
// sentence boundaries, so a changed text is never served stale tokens.
std::shared_ptr<const Tokens> sharedTokens(QStringView text, const QList<Sentence> &sentences);

// How the scanner lower-cases one UTF-16 unit: letters to lower case, the
// typographic apostrophe to a straight one. Never changes a length.
inline char16_t lowerUnit(char16_t u)
{
    if (u >= u'A' && u <= u'Z')
        return char16_t(u + 32);
    if (u == u'’')
        return u'\'';
    if (u > 0x7f)
        return QChar(u).toLower().unicode();
    return u;
}

} // namespace factline::extract::attr
