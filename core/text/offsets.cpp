// SPDX-License-Identifier: MIT
#include "offsets.h"

#include <algorithm>

namespace factline {

OffsetMap::OffsetMap(QStringView text)
    : m_utf16Length(text.size())
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i].isLowSurrogate() && text[i - 1].isHighSurrogate())
            m_lowSurrogates.append(i);
    }
    m_codePoints = m_utf16Length - m_lowSurrogates.size();
}

qint64 OffsetMap::toCodePoint(qsizetype utf16) const
{
    utf16 = std::clamp<qsizetype>(utf16, 0, m_utf16Length);
    // Every low surrogate before the offset is a unit that is not a code point of its own.
    const auto before = std::lower_bound(m_lowSurrogates.cbegin(), m_lowSurrogates.cend(), utf16);
    return utf16 - (before - m_lowSurrogates.cbegin());
}

qsizetype OffsetMap::toUtf16(qint64 codePoint) const
{
    codePoint = std::clamp<qint64>(codePoint, 0, m_codePoints);
    // The answer is codePoint + (number of low surrogates before the answer): step forward.
    qsizetype utf16 = codePoint;
    for (const qsizetype low : m_lowSurrogates) {
        if (low <= utf16)
            ++utf16;
        else
            break;
    }
    return std::min(utf16, m_utf16Length);
}

qint64 codePointLength(QStringView text)
{
    return OffsetMap(text).codePointLength();
}

} // namespace factline
