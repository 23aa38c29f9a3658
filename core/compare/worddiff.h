// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace factline::compare {

// A word or a number of a claim's text. Numbers keep their separators as one token
// ("32,070", "2.3", "60%") and carry their value, so "32,000" and "32,070" differ as
// numbers, not as words.
struct Token {
    QString text;
    QString norm;        // lower case; for a number its value in plain digits
    bool number = false;
    double value = 0;
};

QList<Token> tokenize(QStringView text);

// What a stretch of the diff is.
enum class Change {
    Same,
    Number,     // a number differs ("250" / "about 240")
    Qualifier,  // only hedges differ ("at least", "about", "more than")
    Wording,    // other words differ ("evacuate" / "expel")
    Added,      // only on the right
    Removed,    // only on the left
};

struct DiffSegment {
    Change change = Change::Same;
    QString left;   // the left version's words of this stretch (empty for Added)
    QString right;  // the right version's (empty for Removed)
};

struct WordDiff {
    QList<DiffSegment> segments;
    bool numbersDiffer = false;
    bool qualifiersDiffer = false;
    bool wordingDiffers = false;
    // One line per difference, for a reader: "number: 250 → about 240".
    QStringList summary() const;
};

// A word-level diff of two versions of one claim: the longest common subsequence of
// their tokens (case-insensitive), with each changed stretch classified.
WordDiff diffWords(QStringView left, QStringView right);

// Whether a word only hedges a number ("about", "at least", "more than", "some").
bool isQualifierWord(const QString &lowerWord);

} // namespace factline::compare
