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

QList<Timex> findTimexes(QStringView text, const QList<Sentence> &sentences, QDate documentDate)
{
    QList<Timex> out;
    timex::Scanner scanner(text, documentDate);
    qsizetype covered = 0;
    for (const Sentence &s : sentences) {
        // Sentences are expected in order and inside the text; clamp anything else so a
        // caller's mistake cannot read out of bounds or report a timex twice.
        const qsizetype start = std::max(s.start, covered);
        const qsizetype end = std::min(s.end, text.size());
        if (end <= start)
            continue;
        scanner.scanSentence(start, end, out);
        covered = end;
    }
    return out;
}

} // namespace factline::extract
