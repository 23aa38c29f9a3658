// SPDX-License-Identifier: MIT
// The character scans the extractor's stages share (extract/charscan.h) and the word cursor
// over the attribution tokens.
#include "extract/attribution_tokens.h"
#include "extract/charscan.h"
#include "extract/sentences.h"

#include <catch2/catch.hpp>

#include <QString>

#include <vector>

using namespace factline::extract;
using namespace Qt::StringLiterals;

namespace {

const char16_t *units(const QString &s) { return QStringView(s).utf16(); }

template<std::uint8_t Classes>
qsizetype runEnd(const QString &s, qsizetype from) { return chars::endOfRun<Classes>(units(s), from, s.size(), s.size()); }

// What endOfRun must give, one unit at a time with nothing but comparisons.
qsizetype naiveEnd(const QString &s, qsizetype from, qsizetype end, std::uint8_t classes)
{
    auto belongs = [classes](char16_t u) {
        const bool letter = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
        const bool digit = u >= u'0' && u <= u'9';
        return ((classes & chars::Letter) && letter) || ((classes & chars::Digit) && digit)
               || ((classes & chars::Apostrophe) && u == u'\'');
    };
    qsizetype i = from;
    while (i < end && belongs(s[i].unicode()))
        ++i;
    return i;
}

} // namespace

TEST_CASE("character scan: a run of letters ends at the first unit that is none", "[charscan]")
{
    const QString text = u"Hello, world"_s;
    CHECK(runEnd<chars::Letter>(text, 0) == 5);
    CHECK(runEnd<chars::Letter>(text, 5) == 5); // the comma: an empty run
    CHECK(runEnd<chars::Letter>(text, 7) == text.size());
    const QString longWord = u"Internationalisation!"_s; // longer than the eight units looked at at once
    CHECK(runEnd<chars::Letter>(longWord, 0) == longWord.indexOf(u'!'));
    // The units just outside 'A'..'Z' and 'a'..'z' end a run, and so does a letter beyond ASCII.
    for (const QString &stop : {u"@"_s, u"["_s, u"`"_s, u"{"_s, u"\u00e9"_s, u"\u0141"_s, u"\u0161"_s, u" "_s, u"1"_s}) {
        const QString s = u"abcdefghij"_s + stop + u"klmnopqrstuv"_s;
        INFO(stop.toStdString());
        CHECK(runEnd<chars::Letter>(s, 0) == 10);
    }
}

TEST_CASE("character scan: letters with digits or apostrophes, and the range's end", "[charscan]")
{
    const QString text = u"abc123def don't"_s;
    CHECK(runEnd<chars::Letter>(text, 0) == 3);
    CHECK(runEnd<chars::Letter | chars::Digit>(text, 0) == 9);
    CHECK(runEnd<chars::Letter | chars::Apostrophe>(text, 10) == text.size());
    CHECK(runEnd<chars::Letter>(text, 10) == 13);
    // A run never goes past `end`, however much more may be read.
    const QString letters = u"abcdefghijklmnopqrstuvwxyz"_s;
    CHECK(chars::endOfRun<chars::Letter>(units(letters), 0, 3, letters.size()) == 3);
    CHECK(chars::endOfRun<chars::Letter>(units(letters), 2, 11, letters.size()) == 11);
    CHECK(chars::endOfRun<chars::Letter>(units(letters), 5, 5, letters.size()) == 5);
    CHECK(chars::allLetters(units(letters), 4, 20, letters.size()));
    CHECK_FALSE(chars::allLetters(units(text), 0, 6, text.size()));
}

TEST_CASE("character scan: every start and end give what a plain loop gives", "[charscan]")
{
    // Texts from units on and around every class boundary, at random.
    const std::vector<char16_t> alphabet = {u'a', u'z', u'A', u'Z', u'm', u'0', u'9', u'\'', u'@', u'[', u'`',
                                            u'{', u'/', u':', u' ', u'\n', 0x00C1, 0x0141, 0x0161, 0x2019, 0x4161,
                                            0xD83D, 0xFF21, 0x0041 + 0x100};
    quint32 seed = 7;
    auto random = [&seed](quint32 bound) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % bound;
    };
    for (int round = 0; round < 200; ++round) {
        QString s;
        const quint32 length = 1 + random(40);
        for (quint32 k = 0; k < length; ++k)
            s += QChar(random(3) == 0 ? alphabet[random(quint32(alphabet.size()))] : alphabet[random(5)]);
        for (qsizetype from = 0; from < s.size(); ++from) {
            for (qsizetype end = from; end <= s.size(); ++end) {
                INFO(s.toStdString() << " from " << from << " end " << end);
                REQUIRE(chars::endOfRun<chars::Letter>(units(s), from, end, s.size()) == naiveEnd(s, from, end, chars::Letter));
                REQUIRE(chars::endOfRun<chars::Letter | chars::Digit>(units(s), from, end, end)
                        == naiveEnd(s, from, end, chars::Letter | chars::Digit));
                REQUIRE(chars::endOfRun<chars::Letter | chars::Digit | chars::Apostrophe>(units(s), from, end, s.size())
                        == naiveEnd(s, from, end, chars::Letter | chars::Digit | chars::Apostrophe));
            }
        }
    }
}

TEST_CASE("character scan: eight units lowered at a time, and what is beyond ASCII told", "[charscan]")
{
    char16_t out[8];
    const QString ascii = u"ABCDefg!"_s;
    CHECK(chars::lowerAsciiEight(units(ascii), out));
    CHECK(QStringView(out, 8) == u"abcdefg!");
    const QString edges = u"@[`{AZaz"_s; // around the capitals: only 'A' and 'Z' change
    CHECK(chars::lowerAsciiEight(units(edges), out));
    CHECK(QStringView(out, 8) == u"@[`{azaz");
    const QString other = u"CAF\u00c9 ABC"_s;
    CHECK_FALSE(chars::lowerAsciiEight(units(other), out));
    CHECK(QStringView(out, 3) == u"caf"); // the ASCII part lowered all the same
}

TEST_CASE("attribution tokens: tokens are lower-cased at their own offsets", "[attribution][tokens]")
{
    const QString text = u"WASHINGTON \u00c9lys\u00e9e Officials SAID it’s Done. And Then Some More Words Here"_s;
    const attr::Tokens t = attr::tokenize(text, splitSentences(text));
    REQUIRE(t.lower.size() == text.size());
    CHECK(t.lower == u"washington \u00e9lys\u00e9e officials said it's done. and then some more words here"_s);
}

TEST_CASE("word cursor: the word parts of each range, ranges in order", "[attribution][tokens]")
{
    const QString text = u"One, two -- three. Twenty-five (and) 1,200 “quoted”."_s;
    const attr::Tokens t = attr::tokenize(text, splitSentences(text));
    attr::WordCursor words(t);
    auto partsIn = [&](qsizetype from, qsizetype to) {
        QStringList parts;
        words.anyWordIn(from, to, [&](qsizetype a, qsizetype b) {
            parts << text.mid(a, b - a);
            return false;
        });
        return parts;
    };
    const qsizetype second = text.indexOf(u"Twenty"_s);
    CHECK(partsIn(0, second) == QStringList{u"One"_s, u"two"_s, u"three"_s});
    // A range that cuts a word gives the part inside it.
    CHECK(partsIn(second + 3, text.indexOf(u"(and"_s)) == QStringList{u"nty-five"_s});
    CHECK(partsIn(text.indexOf(u"(and"_s), text.size())
          == QStringList({u"and"_s, u"1"_s, u"200"_s, u"quoted"_s}));
    // Punctuation alone holds no word; and the test's answer stops the walk.
    CHECK(partsIn(text.indexOf(u"--"_s), text.indexOf(u"--"_s) + 2).isEmpty());
    attr::WordCursor again(t);
    int calls = 0;
    CHECK(again.anyWordIn(0, text.size(), [&](qsizetype, qsizetype) { return ++calls == 2; }));
    CHECK(calls == 2);
    // A range before the last one starts the walk over.
    CHECK(partsIn(0, 3) == QStringList{u"One"_s});
}

TEST_CASE("character classes: the shared ASCII table", "[charscan]")
{
    CHECK(chars::isAscii(u'q', chars::Letter));
    CHECK(chars::isAscii(u'Q', chars::Letter));
    CHECK(chars::isAscii(u'7', chars::Digit));
    CHECK(chars::isAscii(u'\'', chars::Apostrophe));
    CHECK(chars::isAscii(u'\t', chars::Blank));
    CHECK(chars::isAscii(u'\f', chars::OtherSpace));
    CHECK_FALSE(chars::isAscii(u'\f', chars::Blank)); // the attribution tokenizer keeps it as a mark
    CHECK_FALSE(chars::isAscii(u'7', chars::Letter));
    CHECK_FALSE(chars::isAscii(u'-', chars::Letter | chars::Digit | chars::Apostrophe | chars::Blank));
    CHECK_FALSE(chars::isAscii(u'\u00e9', chars::Letter)); // beyond ASCII: the callers ask Qt
}
