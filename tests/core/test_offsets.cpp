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
