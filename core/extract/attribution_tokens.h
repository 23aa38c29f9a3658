// SPDX-License-Identifier: MIT
#pragma once

#include "extract/sentences.h"
#include "extract/spans.h"

#include <QList>
#include <QStringView>

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
    qint32 quote = -1; // index into Tokens::quotes for quote marks and quoted tokens
    bool has(TokFlag f) const { return flags & f; }
    bool isWord() const { return kind == TokKind::Word; }
};

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
    QList<Token> toks;
    QList<Unit> units;
    QList<Quote> quotes;
    QList<qint32> unitOf; // token index -> unit index
};

Tokens tokenize(QStringView text, const QList<Sentence> &sentences);

// The same, shared between the findAttributions and resolveActors that take sentences,
// called one after the other on one text: the second call reuses the first one's tokens.
// (extract() tokenizes once itself and calls the overloads that take tokens.)
// One entry per thread, keyed by the text's address, length and hash and by the
// sentence boundaries, so a changed text is never served stale tokens.
std::shared_ptr<const Tokens> sharedTokens(QStringView text, const QList<Sentence> &sentences);

// Lower-cases a short word into `buf` (which must hold 24 units) and returns a view
// on it; returns an empty view for longer words. Used for allocation-free lookups.
QStringView lowerInto(QStringView word, char16_t *buf);

} // namespace factline::extract::attr
