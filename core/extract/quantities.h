// SPDX-License-Identifier: MIT
#pragma once

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

} // namespace factline::extract
