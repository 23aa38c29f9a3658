// SPDX-License-Identifier: MIT
#pragma once

#include "extract/sentencescreen.h"
#include "extract/sentences.h"
#include "extract/spans.h"
#include "extract/timex.h"

namespace factline::extract {

// A number someone put in the text: "at least 32,070 people", "60% of children",
// "some 1,200", "two thirds", "over 1 million".
struct Quantity {
    TextSpan span;          // the number's words, qualifier included ("at least 32,070")
    double value = 0;       // 32070, 1e6, 0.6667 for "two thirds", 60 for "60%"
    QString unit;           // the counted word that follows ("people", "hostages", "percent"), or empty
    QString qualifier;      // "at least", "more than", "some", "about", "up to", ... or empty
    QString kind;           // "percent", "fraction", "killed", "hostages", "count", "money"
    int sentence = -1;      // index into the sentences it was found in
};

// Finds the quantities of a text. Numbers that are part of a date or time (`timexes`),
// ordinals ("sixth", "7th") and a line that is nothing but a number (page furniture such
// as a photo count under a headline) are not quantities.
QList<Quantity> findQuantities(QStringView text, const QList<Sentence> &sentences, const QList<Timex> &timexes);

// The same, skipping the sentences that `screen` (screenSentences) says hold no number.
QList<Quantity> findQuantities(QStringView text, const QList<Sentence> &sentences, const QList<Timex> &timexes,
                               const SentenceScreen &screen);

namespace detail {
// Whether [start, end) of `text` can hold a quantity at all: a digit, or a word that names a
// number or a fraction ("seven", "dozens", "half"). findQuantities reads no other sentence.
bool mayHoldQuantity(QStringView text, qsizetype start, qsizetype end);
// Whether the `n` units at `p` (a word) name a number or a fraction, in any case.
bool namesNumber(const char16_t *p, qsizetype n);
// Whether some number word or fraction has `n` letters and these first and last ones
// (lower-case 'a'..'z'): namesNumber is false for every other word.
bool isNumberShape(qsizetype n, char16_t first, char16_t last);
} // namespace detail

} // namespace factline::extract
