// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QStringView>

namespace factline {

// Converts between UTF-16 offsets (what QString counts) and Unicode code point offsets
// (what Factline stores and exports). Text without surrogate pairs, which is nearly all
// news text, maps one to one and costs nothing; otherwise a table of the surrogate
// positions makes each conversion a binary search.
class OffsetMap
{
public:
    explicit OffsetMap(QStringView text);

    qint64 toCodePoint(qsizetype utf16) const;
    qsizetype toUtf16(qint64 codePoint) const;
    qint64 codePointLength() const { return m_codePoints; }

private:
    QList<qsizetype> m_lowSurrogates; // UTF-16 offsets of the second unit of each pair
    qsizetype m_utf16Length = 0;
    qint64 m_codePoints = 0;
};

qint64 codePointLength(QStringView text);

} // namespace factline
