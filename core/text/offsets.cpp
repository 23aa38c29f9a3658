// SPDX-License-Identifier: MIT
#include "offsets.h"

#include <algorithm>

namespace factline {

OffsetMap::OffsetMap(QStringView text)
    : m_utf16Length(text.size())
{
    // Nearly all text has no surrogate at all: look for one a block of fixed size at a time
    // (a loop the compiler vectorises), and pair them up only in a block that has one.
    const char16_t *p = text.utf16();
    const qsizetype n = text.size();
    constexpr qsizetype Block = 64;
    auto isLow = [](char16_t c) { return unsigned((c & 0xFC00) == 0xDC00); };
    for (qsizetype b = 0; b < n; b += Block) {
        unsigned any = 0;
        if (b + Block <= n) {
            for (qsizetype i = 0; i < Block; ++i)
                any |= isLow(p[b + i]);
        } else {
            for (qsizetype i = b; i < n; ++i)
                any |= isLow(p[i]);
        }
        if (!any)
            continue;
        for (qsizetype i = std::max<qsizetype>(b, 1); i < std::min(n, b + Block); ++i) {
            if (isLow(p[i]) && (p[i - 1] & 0xFC00) == 0xD800)
                m_lowSurrogates.append(i);
        }
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
