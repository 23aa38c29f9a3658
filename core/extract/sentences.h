// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringView>

#include <vector>

namespace factline::extract {

// A sentence as a half-open range of UTF-16 offsets into the text it was cut from.
// Extraction works in UTF-16 (QString's unit) throughout; offsets become Unicode code
// points only where they leave the extractor (see offsets.h).
struct Sentence {
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype length() const { return end - start; }
};

// Splits news text into sentences. ICU's sentence iterator is the base; a second pass
// rejoins breaks that ICU makes after news abbreviations ("U.S. Secretary", "Oct. 7",
// "Gov. Abbott") and keeps a closing quotation mark with the sentence it closes.
// Paragraph breaks (a blank line, or any newline) always end a sentence.
QList<Sentence> splitSentences(QStringView text);

namespace detail {
// The breaks ICU's sentence iterator puts in `text`, in order, without the end of the text:
// with `shortcut`, read from a copy without the middles of long plain runs (what
// splitSentences does); without, over the whole text. Exposed so that tests compare them.
std::vector<qsizetype> icuSentenceBreaks(QStringView text, bool shortcut);
} // namespace detail

// The index of the sentence that holds UTF-16 offset `pos`, or -1 (between sentences).
int sentenceAt(const QList<Sentence> &sentences, qsizetype pos);

} // namespace factline::extract
