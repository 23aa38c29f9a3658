// SPDX-License-Identifier: MIT
#pragma once

#include "extract/attribution.h"
#include "extract/quantities.h"

#include <QHash>

namespace factline::extract::disputes {

// One number a claim states, as far as comparing claims needs it.
struct ClaimNumber {
    QString kind;   // the quantity's kind: killed, hostages, percent, ...
    QString text;   // its words, qualifier included
    double value = 0;
};

// What one claim says, reduced to the signals that tell whether two claims compete:
// the words it is about, the thing it is about, its polarity, its numbers.
struct ClaimSignals {
    QHash<QString, QString> terms;    // stem -> a surface form, from the claim's own words
    QHash<QString, QString> context;  // from the rest of its sentence and, for "do that",
                                      // from the sentence before: weaker evidence
    QString subject;                  // stem of the first content word: what the claim is about
    bool negated = false;             // "no", "not", "never", or a rejecting verb around it
    bool speaksOfMeans = false;       // "a way to", "the only option", "a plan to": a proposal
    QList<ClaimNumber> numbers;
    int sentence = -1;
};

ClaimSignals readClaim(QStringView text, const QList<Sentence> &sentences, const Attribution &attribution,
                       const QList<Quantity> &quantities);

// Whether a sentence opens with a contrast ("But …", "However, …").
bool opensWithContrast(QStringView text, const Sentence &sentence);

} // namespace factline::extract::disputes
