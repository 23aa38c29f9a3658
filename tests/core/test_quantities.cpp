// SPDX-License-Identifier: MIT
#include "extract/pipeline.h"
#include "extract/quantities.h"

#include <catch2/catch.hpp>

using namespace factline::extract;

namespace {

QList<Quantity> quantitiesOf(const QString &text)
{
    return extract(text, QDate(2024, 3, 24)).quantities;
}

QString words(const QString &text, const Quantity &q)
{
    return text.mid(q.span.start, q.span.length());
}

} // namespace

TEST_CASE("quantities: a death toll with its qualifier and what it counts", "[quantities]")
{
    const QString text = QStringLiteral("Officials said at least 32,070 people have been killed in the region.");
    const auto q = quantitiesOf(text);
    REQUIRE(q.size() == 1);
    CHECK(words(text, q[0]) == QStringLiteral("at least 32,070"));
    CHECK(q[0].value == 32070);
    CHECK(q[0].qualifier == QStringLiteral("at least"));
    CHECK(q[0].unit == QStringLiteral("people"));
    CHECK(q[0].kind == QStringLiteral("killed"));
}

TEST_CASE("quantities: millions, percentages and fractions", "[quantities]")
{
    const QString text = QStringLiteral(
        "The camp shelters over 1 million people. Up to 60% of children are hungry. "
        "Roughly three quarters of the 2.3 million residents have fled.");
    const auto q = quantitiesOf(text);
    REQUIRE(q.size() == 4);
    CHECK(q[0].value == 1e6);
    CHECK(q[0].qualifier == QStringLiteral("over"));
    CHECK(words(text, q[1]) == QStringLiteral("Up to 60%"));
    CHECK(q[1].kind == QStringLiteral("percent"));
    CHECK(q[1].value == 60);
    CHECK(words(text, q[2]) == QStringLiteral("Roughly three quarters"));
    CHECK(q[2].value == Approx(0.75));
    CHECK(q[2].kind == QStringLiteral("fraction"));
    CHECK(q[3].value == Approx(2.3e6));
}

TEST_CASE("quantities: dates, ordinals and a line that is only a number are not quantities", "[quantities]")
{
    const QString text = QStringLiteral("Headline\n\n128\n\nThe attack on Oct. 7, 2023 was his sixth visit, "
                                        "the 3rd this year.");
    CHECK(quantitiesOf(text).isEmpty());
}

TEST_CASE("quantities: hostages are counted as such", "[quantities]")
{
    const QString text = QStringLiteral("Militants took some 250 others hostage.");
    const auto q = quantitiesOf(text);
    REQUIRE(q.size() == 1);
    CHECK(q[0].qualifier == QStringLiteral("some"));
    CHECK(q[0].kind == QStringLiteral("hostages"));
}

TEST_CASE("quantities: number words in any case, long and zero-padded digit runs", "[quantities]")
{
    // "The" shares its length and first letter with "two" and "ten" and is no number.
    const QString text = QStringLiteral("Ten officials counted 1234567890123456 votes and 007 agents. "
                                        "The THIRTY envoys left.");
    const auto q = quantitiesOf(text);
    REQUIRE(q.size() == 4);
    CHECK(q[0].value == 10);
    CHECK(q[0].unit == QStringLiteral("officials"));
    CHECK(q[1].value == 1234567890123456.0);
    CHECK(q[1].unit == QStringLiteral("votes"));
    CHECK(q[2].value == 7);
    CHECK(words(text, q[3]) == QStringLiteral("THIRTY"));
    CHECK(q[3].value == 30);
}

// A sentence with no digit and no number or fraction word is passed over without being cut
// into words; the ones around it still give their numbers, words and digits alike.
TEST_CASE("quantities: sentences without numbers between sentences with them", "[quantities]")
{
    const QString text = QStringLiteral(
        "Officials met in the capital. Dozens of protesters gathered outside. Nobody spoke to reporters.\n"
        "A half of the votes were counted. The talks went on late into the night.\n"
        "Officials said little. At least 12 people were hurt, and the rest went home.");
    const auto q = quantitiesOf(text);
    REQUIRE(q.size() == 3);
    CHECK(words(text, q[0]) == QStringLiteral("Dozens"));
    CHECK(q[0].value == 24);
    CHECK(words(text, q[1]) == QStringLiteral("A half"));
    CHECK(q[1].value == 0.5);
    CHECK(words(text, q[2]) == QStringLiteral("At least 12"));
    CHECK(q[2].qualifier == QStringLiteral("at least"));
    CHECK(q[2].unit == QStringLiteral("people"));
}

TEST_CASE("quantities: the words that name a number or a fraction, in any case", "[quantities]")
{
    auto names = [](QStringView w) { return detail::namesNumber(w.utf16(), w.size()); };
    CHECK(names(u"seven"));
    CHECK(names(u"DOZENS"));
    CHECK(names(u"Half"));
    CHECK(names(u"thousands"));
    CHECK_FALSE(names(u"sever"));   // the shape of "seven", not the word
    CHECK_FALSE(names(u"seven's"));
    CHECK_FALSE(names(u"thousand")); // a scale, only after a number
    CHECK_FALSE(names(u"on"));
    CHECK(detail::mayHoldQuantity(u"It was twenty-five.", 0, 19));
    CHECK(detail::mayHoldQuantity(u"In 2019.", 0, 8));
    CHECK_FALSE(detail::mayHoldQuantity(u"Nothing at all.", 0, 15));
    CHECK_FALSE(detail::mayHoldQuantity(u"seven", 0, 4)); // the range cuts the word: "seve"
}

TEST_CASE("quantities: digits with thousands separators, short and long", "[quantities]")
{
    const QString text = QStringLiteral("Some 1,234,567 people voted and 12,345,678,901,234,567 grains were counted.");
    const auto q = quantitiesOf(text);
    REQUIRE(q.size() == 2);
    CHECK(words(text, q[0]) == QStringLiteral("Some 1,234,567"));
    CHECK(q[0].value == 1234567);
    // Past fifteen digits the value is the nearest double, as a conversion of the digits gives it.
    CHECK(q[1].value == QStringLiteral("12345678901234567").toDouble());
    CHECK(q[1].value != 1234567);
}

TEST_CASE("quantities: decimals with separators, and words that only start with a digit", "[quantities]")
{
    const QString text = QStringLiteral("The fund grew to 1,250.75 dollars. Some 0.5 percent left. "
                                        "She came 3rd in the race on lap 1.2.3 of the course.");
    const auto q = quantitiesOf(text);
    REQUIRE(q.size() == 2);
    CHECK(words(text, q[0]) == QStringLiteral("1,250.75"));
    CHECK(q[0].value == 1250.75);
    CHECK(q[0].unit == QStringLiteral("dollars"));
    CHECK(words(text, q[1]) == QStringLiteral("Some 0.5 percent"));
    CHECK(q[1].value == 0.5);
    CHECK(q[1].kind == QStringLiteral("percent"));
}

TEST_CASE("quantities: what a number counts comes from anywhere in its sentence", "[quantities]")
{
    // The word that says what the sentence is about may come before or after the number,
    // near its start or at its very end.
    const QString text = QStringLiteral("Officials counted 12 in the village who were dead. "
                                        "In all, 40 people are held as a hostage. "
                                        "Reporters counted 7 boats in the harbour this morning. "
                                        "Casualties aside, 9 Killed the lights.");
    const auto q = quantitiesOf(text);
    REQUIRE(q.size() == 4);
    CHECK(q[0].kind == QStringLiteral("killed"));
    CHECK(q[1].kind == QStringLiteral("hostages"));
    CHECK(q[2].kind == QStringLiteral("count"));
    // Capitalised words do not count: "Casualties" and "Killed" are read as written.
    CHECK(q[3].kind == QStringLiteral("count"));
}
