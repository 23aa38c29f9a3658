// SPDX-License-Identifier: MIT
// The sentence screen: which sentences the timex and quantity stages read.
#include "extract/attribution_tokens.h"
#include "extract/quantities.h"
#include "extract/sentencescreen.h"
#include "extract/sentences.h"
#include "extract/timex.h"
#include "extract/timex_lexicon.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace factline::extract;
using namespace Qt::StringLiterals;

namespace {

struct Screened {
    QString text;
    QList<Sentence> sentences;
    attr::Tokens tokens;
    SentenceScreen screen;
};

Screened screened(const QString &text)
{
    Screened s{text, splitSentences(text), {}, {}};
    s.tokens = attr::tokenize(s.text, s.sentences);
    s.screen = screenSentences(s.text, s.sentences, s.tokens);
    return s;
}

// The flags of the one sentence `text` is.
quint8 flagsOf(const QString &text)
{
    const Screened s = screened(text);
    REQUIRE(s.sentences.size() == 1);
    REQUIRE(s.screen.covers(s.sentences));
    return s.screen.flags[0];
}

constexpr quint8 timexOnly = SentenceScreen::MayHoldTimex;
constexpr quint8 quantityOnly = SentenceScreen::MayHoldQuantity;
constexpr quint8 both = SentenceScreen::MayHoldTimex | SentenceScreen::MayHoldQuantity;

// News-like sentences: heads, number words, digits, joined and possessive words, other scripts.
const QStringList samples = {
    u"He left on Friday."_s, u"Nothing happened here at all."_s, u"Dozens of people were hurt."_s,
    u"Twenty-five hostages were freed."_s, u"It cost $1,200 in 2019."_s, u"The '90s were different."_s,
    u"Seven's a crowd, they said."_s, u"Its founders were engineers."_s, u"A third of them stayed."_s,
    u"Talks resume in MARCH, officials say."_s, u"Caf\u00e9 society, na\u00efve readers."_s,
    u"The thirty-year-old went home."_s, u"Half the city was dark."_s, u"Thousands marched on the capital."_s,
    u"Une d\u00e9cision \u00e0 Paris."_s, u"They were seven' strong."_s, u"Nobody knew, nobody cared."_s,
    u"The ultra\u0301sound was fine."_s, u"Millions watched it."_s, u"Ms. Smith (D-Ore.) disagreed."_s,
    u"He said it was a mid-1990s idea."_s, u"Three-quarters agreed."_s, u"\u0661\u0662 people came."_s,
};

} // namespace

TEST_CASE("sentence screen: a head word or a number lets a sentence through", "[screen]")
{
    CHECK(flagsOf(u"He left on Friday."_s) == timexOnly);
    CHECK(flagsOf(u"Dozens of people were hurt."_s) == quantityOnly); // a number, no time
    CHECK(flagsOf(u"Seven people came."_s) == both);                  // "seven" is both
    CHECK(flagsOf(u"It cost 1,200 dollars."_s) == both);               // digits
    CHECK(flagsOf(u"Twenty-five hostages were freed."_s) == both);     // read by characters: "twenty"
    CHECK(flagsOf(u"A third of them stayed."_s) == quantityOnly);
}

TEST_CASE("sentence screen: a sentence with neither is turned away", "[screen]")
{
    CHECK(flagsOf(u"Nothing happened here at all."_s) == 0);
    CHECK(flagsOf(u"The team went home too."_s) == 0); // the shapes of "term" and "two", no word of them
    CHECK(flagsOf(u"Caf\u00e9 society, na\u00efve readers."_s) == 0);
    CHECK(flagsOf(u"Sevens-and-eights is a game."_s) == 0);
}

TEST_CASE("sentence screen: the same answers as the stages' own scans", "[screen]")
{
    QString text;
    for (int round = 0; round < 3; ++round) {
        for (qsizetype i = 0; i < samples.size(); ++i)
            text += samples[(i * 7 + round * 5) % samples.size()] + (i % 4 == 3 ? u"\n\n"_s : u" "_s);
    }
    const Screened s = screened(text);
    REQUIRE(s.screen.covers(s.sentences));
    REQUIRE(s.sentences.size() > 50);
    int timexes = 0;
    int quantities = 0;
    for (qsizetype i = 0; i < s.sentences.size(); ++i) {
        const Sentence &sentence = s.sentences[i];
        INFO(text.mid(sentence.start, sentence.length()).toStdString());
        // The timex answer is the same; the quantity one may say yes where there is no number
        // (a word next to an apostrophe), never no where there is one.
        CHECK(s.screen.mayHoldTimex(i) == timex::mayHoldTimex(text, sentence.start, sentence.end));
        if (detail::mayHoldQuantity(text, sentence.start, sentence.end))
            CHECK(s.screen.mayHoldQuantity(i));
        timexes += s.screen.mayHoldTimex(i) ? 1 : 0;
        quantities += s.screen.mayHoldQuantity(i) ? 1 : 0;
    }
    CHECK(timexes > 10);
    CHECK(timexes < s.sentences.size());
    CHECK(quantities > 10);
    CHECK(quantities < s.sentences.size());
    // And so both stages find the same with the screen as without it.
    const QDate date(2024, 3, 24);
    const QList<Timex> timexesRead = findTimexes(text, s.sentences, date);
    const QList<Timex> timexesScreened = findTimexes(text, s.sentences, date, s.screen);
    REQUIRE(timexesScreened.size() == timexesRead.size());
    CHECK(timexesRead.size() > 5);
    for (qsizetype i = 0; i < timexesRead.size(); ++i) {
        CHECK(timexesScreened[i].span == timexesRead[i].span);
        CHECK(timexesScreened[i].value == timexesRead[i].value);
    }
    const QList<Quantity> quantitiesRead = findQuantities(text, s.sentences, timexesRead);
    const QList<Quantity> quantitiesScreened = findQuantities(text, s.sentences, timexesRead, s.screen);
    REQUIRE(quantitiesScreened.size() == quantitiesRead.size());
    CHECK(quantitiesRead.size() > 5);
    for (qsizetype i = 0; i < quantitiesRead.size(); ++i) {
        CHECK(quantitiesScreened[i].span == quantitiesRead[i].span);
        CHECK(quantitiesScreened[i].value == quantitiesRead[i].value);
    }
}

TEST_CASE("sentence screen: sentences not as splitSentences makes them are let through", "[screen]")
{
    const QString text = u"Nothing here. Nothing there. Nothing at all."_s;
    const QList<Sentence> overlapping = {{0, 13}, {5, 28}, {29, 44}, {40, 60}};
    const attr::Tokens tokens = attr::tokenize(text, splitSentences(text));
    const SentenceScreen screen = screenSentences(text, overlapping, tokens);
    REQUIRE(screen.covers(overlapping));
    CHECK(screen.flags[0] == 0);
    CHECK(screen.flags[1] == both); // starts inside the first
    CHECK(screen.flags[2] == 0);
    CHECK(screen.flags[3] == both); // runs past the text
    // A screen made for other sentences is not used.
    const QList<Sentence> others = {{0, 13}};
    CHECK_FALSE(screen.covers(others));
    CHECK(findTimexes(u"On Friday."_s, {{0, 10}}, QDate(2024, 3, 24), SentenceScreen()).size() == 1);
}
