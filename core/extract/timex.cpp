// SPDX-License-Identifier: MIT
#include "timex.h"

#include "timex_scanner.h"

namespace factline::extract {

using namespace Qt::StringLiterals;

QString timexTypeName(TimexType type)
{
    switch (type) {
    case TimexType::Date: return u"DATE"_s;
    case TimexType::Time: return u"TIME"_s;
    case TimexType::Duration: return u"DURATION"_s;
    case TimexType::Set: return u"SET"_s;
    }
    return u"DATE"_s;
}

namespace {

QList<Timex> scanSentences(QStringView text, const QList<Sentence> &sentences, QDate documentDate,
                           const SentenceScreen *screen)
{
    QList<Timex> out;
    timex::Scanner scanner(text, documentDate);
    qsizetype covered = 0;
    for (qsizetype i = 0; i < sentences.size(); ++i) {
        const Sentence &s = sentences[i];
        // Sentences are expected in order and inside the text; clamp anything else so a
        // caller's mistake cannot read out of bounds or report a timex twice.
        const qsizetype start = std::max(s.start, covered);
        const qsizetype end = std::min(s.end, text.size());
        if (end <= start)
            continue;
        if (screen)
            scanner.scanSentence(start, end, screen->mayHoldTimex(i), out);
        else
            scanner.scanSentence(start, end, out);
        covered = end;
    }
    return out;
}

} // namespace

QList<Timex> findTimexes(QStringView text, const QList<Sentence> &sentences, QDate documentDate)
{
    return scanSentences(text, sentences, documentDate, nullptr);
}

QList<Timex> findTimexes(QStringView text, const QList<Sentence> &sentences, QDate documentDate,
                         const SentenceScreen &screen)
{
    return scanSentences(text, sentences, documentDate, screen.covers(sentences) ? &screen : nullptr);
}

} // namespace factline::extract
