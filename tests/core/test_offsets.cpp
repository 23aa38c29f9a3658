// SPDX-License-Identifier: MIT
#include "text/offsets.h"

#include <catch2/catch.hpp>

using factline::OffsetMap;

TEST_CASE("offsets: text without surrogates maps one to one", "[offsets]")
{
    const QString text = QStringLiteral("Israel says “no” — and\u00a0then");
    const OffsetMap map(text);
    CHECK(map.codePointLength() == text.size());
    CHECK(map.toCodePoint(7) == 7);
    CHECK(map.toUtf16(7) == 7);
}

TEST_CASE("offsets: an emoji counts as one code point but two UTF-16 units", "[offsets]")
{
    // "a😀b😀c": the emoji is U+1F600, a surrogate pair in UTF-16.
    const QString text = QString::fromUtf8("a\xF0\x9F\x98\x80" "b\xF0\x9F\x98\x80" "c");
    REQUIRE(text.size() == 7);
    const OffsetMap map(text);
    CHECK(map.codePointLength() == 5);
    CHECK(map.toCodePoint(3) == 2); // 'b'
    CHECK(map.toCodePoint(6) == 4); // 'c'
    CHECK(map.toUtf16(2) == 3);
    CHECK(map.toUtf16(4) == 6);
    CHECK(map.toUtf16(5) == 7);
    CHECK(factline::codePointLength(text) == 5);
}

TEST_CASE("offsets: pairs across a long text, and lone surrogates count as one each", "[offsets]")
{
    // 63 letters, then an emoji whose two units straddle the 64th unit; a lone low and a
    // lone high surrogate further on each stay one code point.
    QString text(63, QLatin1Char('a'));
    text += QString::fromUtf8("\xF0\x9F\x98\x80");
    text += QString(100, QLatin1Char('b')) + QChar(0xDC00) + QStringLiteral("c") + QChar(0xD800) + QStringLiteral("d");
    REQUIRE(text.size() == 63 + 2 + 100 + 4);
    const OffsetMap map(text);
    CHECK(map.codePointLength() == text.size() - 1);
    CHECK(map.toCodePoint(63) == 63);  // the emoji
    CHECK(map.toCodePoint(65) == 64);  // the first 'b'
    CHECK(map.toCodePoint(text.size() - 1) == text.size() - 2); // 'd'
    CHECK(map.toUtf16(64) == 65);
}
