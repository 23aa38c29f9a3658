// SPDX-License-Identifier: MIT
#include "extract/sentences.h"

#include <catch2/catch.hpp>

#include <QStringList>

using namespace factline::extract;

namespace {

QStringList sentencesOf(const QString &text)
{
    QStringList out;
    for (const Sentence &s : splitSentences(text))
        out << text.mid(s.start, s.length());
    return out;
}

} // namespace

TEST_CASE("sentences: news abbreviations before a capitalised word do not end a sentence", "[sentences]")
{
    const QStringList s = sentencesOf(QStringLiteral(
        "The U.S. Secretary of State flew to Cairo. The U.N. Security Council met on Oct. 7 in New York. "
        "Gov. Smith spoke last."));
    REQUIRE(s.size() == 3);
    CHECK(s[0] == QStringLiteral("The U.S. Secretary of State flew to Cairo."));
    CHECK(s[1].startsWith(QStringLiteral("The U.N. Security Council")));
    CHECK(s[2] == QStringLiteral("Gov. Smith spoke last."));
}

TEST_CASE("sentences: an initialism at the end of a sentence still ends it", "[sentences]")
{
    const QStringList s = sentencesOf(QStringLiteral("The envoy returned to the U.S. The talks resume Monday."));
    REQUIRE(s.size() == 2);
    CHECK(s[1] == QStringLiteral("The talks resume Monday."));
}

TEST_CASE("sentences: a closing quotation mark stays with its sentence — lines always break", "[sentences]")
{
    const QStringList s = sentencesOf(QStringLiteral("“We will go,” she said. “Soon.”\nHEADLINE\n\nNext one."));
    REQUIRE(s.size() == 4);
    CHECK(s[0] == QStringLiteral("“We will go,” she said."));
    CHECK(s[1] == QStringLiteral("“Soon.”"));
    CHECK(s[2] == QStringLiteral("HEADLINE"));
}

TEST_CASE("sentences: empty and punctuation-free text", "[sentences][bad-input]")
{
    CHECK(splitSentences(QString()).isEmpty());
    CHECK(sentencesOf(QStringLiteral("no punctuation at all here")).size() == 1);
    CHECK(splitSentences(QStringLiteral("   \n\n  ")).isEmpty());
}
