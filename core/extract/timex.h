// SPDX-License-Identifier: MIT
#pragma once

#include "extract/sentencescreen.h"
#include "extract/sentences.h"
#include "extract/spans.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>

namespace factline::extract {

enum class TimexType { Date, Time, Duration, Set };

// One temporal expression (TIMEX3) found in a text: where it is, what kind it is, and its
// normalised value, following the TimeML / TempEval-3 annotation conventions (spans include
// "the" and modifiers such as "early", "the past", "at least"; they leave out prepositions).
struct Timex {
    TextSpan span;          // UTF-16 offsets into the text
    TimexType type = TimexType::Date;
    QString value;          // TIMEX3 value: 2024-03-22, 2024-W13, 2024-03, 2007, 199, 2024-Q3,
                            // 2024-SU, 2024-03-22T14:30, 2024-03-22TMO, P5M, PXY, XXXX-WXX-5,
                            // PAST_REF, PRESENT_REF, FUTURE_REF ...
    bool relative = false;  // the value needed the document date ("Friday", "this week", "last month")
    // False when the value needed the document date and none was given. The value then keeps
    // X placeholders for what is unknown: "XXXX-WXX-5" for "Friday", "XXXX-03-22" for
    // "March 22", "XXXX-WXX" for "this week", "XXXX-XX-XX" for "yesterday".
    bool resolved = true;
    QString explanation;    // a human sentence for the UI saying how the value was reached
};

QString timexTypeName(TimexType type); // "DATE", "TIME", "DURATION", "SET"

// Finds the temporal expressions of `text`, in text order, without overlaps. `sentences`
// come from splitSentences(text); tense is judged within a sentence. `documentDate` is the
// article's date (may be invalid: unknown); relative expressions are resolved against it,
// and expressions such as "a year earlier" or "the quarter" against the last date the text
// itself mentioned, as TimeML annotators did.
QList<Timex> findTimexes(QStringView text, const QList<Sentence> &sentences, QDate documentDate);

// The same, skipping the sentences that `screen` (screenSentences) says hold no timex.
QList<Timex> findTimexes(QStringView text, const QList<Sentence> &sentences, QDate documentDate,
                         const SentenceScreen &screen);

} // namespace factline::extract
