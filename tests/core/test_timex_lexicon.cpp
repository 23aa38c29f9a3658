// SPDX-License-Identifier: MIT
#include "extract/sentences.h"
#include "extract/timex.h"
#include "extract/timex_lexicon.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>

using namespace factline::extract;
using namespace Qt::StringLiterals;

namespace {

bool mayHold(const QString &s) { return timex::mayHoldTimex(s, 0, s.size()); }

bool tokensHaveHead(const QString &s)
{
    std::vector<timex::Token> toks;
    timex::tokenize(s, 0, s.size(), toks);
    for (const timex::Token &t : toks)
        if (t.head)
            return true;
    return false;
}

} // namespace

TEST_CASE("timex pre-scan: sentences with a head word or a number may hold a timex", "[timex]")
{
    CHECK(mayHold(u"He left on Friday."_s));
    CHECK(mayHold(u"We met yesterday"_s));
    CHECK(mayHold(u"It cost 5 dollars"_s));
    CHECK(mayHold(u"Talks resume in MARCH"_s));
    CHECK(mayHold(u"For three weeks, nothing."_s));
    CHECK(mayHold(u"Prices are high now"_s));
}

TEST_CASE("timex pre-scan: sentences without one are turned away", "[timex]")
{
    CHECK_FALSE(mayHold(u"Its founders were engineers."_s));
    CHECK_FALSE(mayHold(u"Nothing happened here at all"_s));
    // Same length and first and last letters as a head ("term", "two", "past"), yet no head.
    CHECK_FALSE(mayHold(u"The team went home too."_s));
    CHECK_FALSE(mayHold(u"A post, a part and a plot"_s));
    CHECK_FALSE(mayHold(u"Caf\u00e9 society, na\u00efve readers"_s));
    CHECK_FALSE(mayHold(QString()));
}

TEST_CASE("timex pre-scan: only the given range counts", "[timex]")
{
    const QString text = u"Nothing here. He left on Friday."_s;
    const qsizetype split = text.indexOf(u"He"_s);
    CHECK_FALSE(timex::mayHoldTimex(text, 0, split));
    CHECK(timex::mayHoldTimex(text, split, text.size()));
    // A word cut by the range end is a different word: "Fri" is no head, "Friday" is.
    CHECK_FALSE(timex::mayHoldTimex(text, split, text.indexOf(u"day"_s)));
}

TEST_CASE("timex pre-scan: never says no where the tokenizer finds a head", "[timex]")
{
    const QStringList samples = {
        u"The 1990s were good."_s,     u"Mondays are slow."_s,       u"It was the nineties."_s,
        u"Ninety people came."_s,      u"a 30-year bond"_s,          u"the '80s"_s,
        u"at noon, at midnight"_s,     u"Christmas Day"_s,           u"the current account"_s,
        u"Its founders were engineers."_s, u"The team went home too."_s, u"stra\u00dfe Monday"_s,
        u"weekly and quarterly"_s,     u"in the short term"_s,       u"Sunday\u2019s game"_s,
    };
    for (const QString &s : samples) {
        INFO(s.toStdString());
        if (tokensHaveHead(s))
            CHECK(mayHold(s));
    }
    CHECK(tokensHaveHead(u"Mondays are slow."_s)); // the property above is not vacuous
    CHECK_FALSE(tokensHaveHead(u"Its founders were engineers."_s));
}

TEST_CASE("timex: a sentence without a date between keeps what the text named before", "[timex]")
{
    // The middle sentence is skipped by the pre-scan; "That year" still refers to 1998.
    const QString text = u"The company was founded in 1998. Its founders were engineers. That year it hired staff."_s;
    const QList<Timex> all = findTimexes(text, splitSentences(text), QDate(2024, 3, 24));
    bool found = false;
    for (const Timex &t : all) {
        if (text.mid(t.span.start, t.span.length()) == u"That year"_s) {
            found = true;
            CHECK(t.value == u"1998"_s);
        }
    }
    CHECK(found);
}

TEST_CASE("timex pre-scan: a head word, and the shapes only heads have", "[timex]")
{
    auto head = [](QStringView w) { return timex::isHeadWord(w.utf16(), w.size()); };
    CHECK(head(u"Friday"));
    CHECK(head(u"WEEKS"));
    CHECK(head(u"seven"));
    CHECK_FALSE(head(u"team")); // the shape of "term"
    CHECK_FALSE(head(u"the"));
    CHECK_FALSE(head(u"internationalisation"));
    CHECK(timex::isHeadShape(4, u't', u'm'));
    CHECK_FALSE(timex::isHeadShape(4, u'q', u'q'));
    CHECK_FALSE(timex::isHeadShape(17, u'a', u'a'));
}
