// SPDX-License-Identifier: MIT
#pragma once

// The character classes the extractor's scans share, and the loops that skip a run of
// ASCII letters (and digits) — where the sentence splitter, the attribution tokenizer,
// the timex scanner and the quantity finder spend most of their time, since most of a
// news text is words. With SSE2 (every x86-64 machine) eight UTF-16 units are tested at
// once; elsewhere one by one. Either way the run ends at the first unit not of its class,
// so callers see the same offsets.

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace factline::extract::chars {

// Classes of an ASCII unit, as bits. Blank is what every scan calls a space; the timex
// scanner also counts form feed and vertical tab (OtherSpace).
enum Class : std::uint8_t {
    Letter = 1,
    Digit = 2,
    Blank = 4,       // ' ', '\t', '\r', '\n'
    OtherSpace = 8,  // '\f', '\v'
    Apostrophe = 16, // '\''
};

inline constexpr std::array<std::uint8_t, 128> asciiClasses = [] {
    std::array<std::uint8_t, 128> t{};
    for (int c = 'a'; c <= 'z'; ++c)
        t[std::size_t(c)] = Letter;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[std::size_t(c)] = Letter;
    for (int c = '0'; c <= '9'; ++c)
        t[std::size_t(c)] = Digit;
    t[' '] = t['\t'] = t['\r'] = t['\n'] = Blank;
    t['\f'] = t['\v'] = OtherSpace;
    t['\''] = Apostrophe;
    return t;
}();

// Whether `u` is an ASCII unit with one of the `classes` bits.
inline bool isAscii(char16_t u, std::uint8_t classes)
{
    return u < 0x80 && (asciiClasses[u] & classes);
}

namespace detail {

// The first of p[i..end) without one of the `classes` bits, one unit at a time.
inline qsizetype endOfRunScalar(const char16_t *p, qsizetype i, qsizetype end, std::uint8_t classes)
{
    while (i < end && isAscii(p[i], classes))
        ++i;
    return i;
}

#if defined(__SSE2__)
// The 16-bit lanes of `v` that hold an ASCII letter: (u | 0x20) - 'a' is at most 25 only
// for 'A'..'Z' and 'a'..'z' (a saturating subtraction of 25 leaves zero exactly there).
inline __m128i letterLanes(__m128i v)
{
    const __m128i folded = _mm_sub_epi16(_mm_or_si128(v, _mm_set1_epi16(0x20)), _mm_set1_epi16('a'));
    return _mm_cmpeq_epi16(_mm_subs_epu16(folded, _mm_set1_epi16(25)), _mm_setzero_si128());
}

inline __m128i digitLanes(__m128i v)
{
    const __m128i offset = _mm_sub_epi16(v, _mm_set1_epi16('0'));
    return _mm_cmpeq_epi16(_mm_subs_epu16(offset, _mm_set1_epi16(9)), _mm_setzero_si128());
}

// The lanes of `v` that hold a unit of one of the `Classes` (Letter, Digit, Apostrophe).
template<std::uint8_t Classes>
inline __m128i classLanes(__m128i v)
{
    __m128i lanes = _mm_setzero_si128();
    if constexpr ((Classes & Letter) != 0)
        lanes = _mm_or_si128(lanes, letterLanes(v));
    if constexpr ((Classes & Digit) != 0)
        lanes = _mm_or_si128(lanes, digitLanes(v));
    if constexpr ((Classes & Apostrophe) != 0)
        lanes = _mm_or_si128(lanes, _mm_cmpeq_epi16(v, _mm_set1_epi16('\'')));
    return lanes;
}

// Skips units in `lanes` (a function from eight units to the lanes of those that belong)
// eight at a time, reading up to `readable` (at or past `end`): returns the first unit
// outside them, `end` if that comes first, or where fewer than eight units are readable,
// for a loop one unit at a time to finish.
template<typename Lanes>
inline qsizetype skipEights(const char16_t *p, qsizetype i, qsizetype end, qsizetype readable, Lanes lanes)
{
    while (i < end && readable - i >= 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
        const unsigned outside = ~unsigned(_mm_movemask_epi8(lanes(v))) & 0xFFFFu; // two bits a unit
        if (outside)
            return std::min(end, i + std::countr_zero(outside) / 2);
        i += 8;
    }
    return std::min(i, end);
}
#endif

} // namespace detail

// The end of the run of ASCII units of the `Classes` (Letter, Digit, Apostrophe, or
// several of them) that starts at p[i]: i itself when p[i] is none, and never past `end`.
// Units up to `readable` (the end of the text, at or past `end`) may be read: a run that
// ends at `end` is found with one look at eight units, however near `end` is.
template<std::uint8_t Classes>
inline qsizetype endOfRun(const char16_t *p, qsizetype i, qsizetype end, qsizetype readable)
{
    static_assert(Classes != 0 && (Classes & ~(Letter | Digit | Apostrophe)) == 0, "letters, digits, apostrophes");
#if defined(__SSE2__)
    i = detail::skipEights(p, i, end, readable, detail::classLanes<Classes>);
#else
    Q_UNUSED(readable);
#endif
    return detail::endOfRunScalar(p, i, end, Classes);
}

// Whether [from, to) is all ASCII letters (true when empty).
inline bool allLetters(const char16_t *p, qsizetype from, qsizetype to, qsizetype readable)
{
    return endOfRun<Letter>(p, from, to, readable) == to;
}

// Copies eight units from `in` to `out` with ASCII capitals in lower case, and says whether
// they were all ASCII (when not, `out` holds them unchanged beyond ASCII, for the caller to
// lower as it sees fit).
inline bool lowerAsciiEight(const char16_t *in, char16_t *out)
{
#if defined(__SSE2__)
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(in));
    const __m128i capitals = _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(v, _mm_set1_epi16('A')), _mm_set1_epi16(25)),
                                             _mm_setzero_si128());
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_add_epi16(v, _mm_and_si128(capitals, _mm_set1_epi16(0x20))));
    const __m128i beyond = _mm_and_si128(v, _mm_set1_epi16(short(0xFF80)));
    return _mm_movemask_epi8(_mm_cmpeq_epi16(beyond, _mm_setzero_si128())) == 0xFFFF;
#else
    char16_t any = 0;
    for (int k = 0; k < 8; ++k) {
        out[k] = char16_t(in[k] + (char16_t(in[k] - u'A') < 26 ? 32 : 0));
        any |= in[k];
    }
    return any < 0x80;
#endif
}

} // namespace factline::extract::chars
