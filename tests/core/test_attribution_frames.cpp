// SPDX-License-Identifier: MIT
// Frames of attribution measured on PolNeAR train articles 1–400 (round 5): what follows
// the cue after a quotation, objects of stance verbs, quantifier subjects, coordinated
// verbs, nouns with no owner, shares of those polled, answers and clause boundaries.
// The sentences are written for these tests.
#include "extract/attribution.h"
#include "extract/sentences.h"

#include "foundattributions.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace factline::extract;
using namespace Qt::StringLiterals;

using factline::testing::Found;
using factline::testing::run;

TEST_CASE("after a quotation and its cue the rest of the clause is not content", "[attribution][frames]")
{
    const Found f = run(u"“We will rebuild the pier,” Mayor Ortiz told the fishermen on the dock."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Mayor Ortiz"_s);
    CHECK(f.cue(0) == u"told"_s);
    CHECK(f.content(0) == u"“We will rebuild the pier,”"_s);

    const Found g = run(u"“Nobody asked us,” she said to loud applause."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.source(0) == u"she"_s);
    CHECK(g.content(0) == u"“Nobody asked us,”"_s);
}

TEST_CASE("after a quotation a that-clause after the cue is still content", "[attribution][frames]")
{
    const Found f = run(u"“Enough,” she told reporters that the race was over."_s);
    const qsizetype i = f.withCue(u"told"_s);
    REQUIRE(i >= 0);
    CHECK(f.content(i) == u"that the race was over"_s);
}

TEST_CASE("a quoted phrase inside a sentence is not the quotation a cue cites", "[attribution][frames]")
{
    const Found f = run(u"Asked whether the plan “goes too far,” 40 percent of the residents said yes."_s);
    const qsizetype i = f.withCue(u"said"_s);
    REQUIRE(i >= 0);
    CHECK(f.source(i) == u"40 percent of the residents"_s);
    CHECK(f.content(i) == u"yes"_s);
}

TEST_CASE("a stance verb after a fronted phrase takes its object as content", "[attribution][frames]")
{
    const Found f = run(u"At a rally in Dayton on Friday, Senator Lina Park endorsed the governor."_s);
    const qsizetype i = f.withCue(u"endorsed"_s);
    REQUIRE(i >= 0);
    CHECK(f.source(i) == u"Senator Lina Park"_s);
    CHECK(f.content(i) == u"the governor"_s);

    // After an appositive the name after the verb is what was endorsed, not who spoke.
    const Found g = run(u"Leaders of the Marlow union, the largest in the state, endorsed Senator Vega."_s);
    const qsizetype j = g.withCue(u"endorsed"_s);
    REQUIRE(j >= 0);
    CHECK(g.source(j) == u"Leaders of the Marlow union, the largest in the state"_s);
    CHECK(g.content(j) == u"Senator Vega"_s);
}

TEST_CASE("a quantifier that opens its clause is a subject", "[attribution][frames]")
{
    const Found f = run(u"One study says rents will rise, while another says they will fall."_s);
    REQUIRE(f.all.size() == 2);
    CHECK(f.source(0) == u"One study"_s);
    CHECK(f.content(0) == u"rents will rise"_s);
    CHECK(f.source(1) == u"another"_s);
    CHECK(f.content(1) == u"they will fall"_s);

    const Found g = run(u"Some say the dam will hold."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.source(0) == u"Some"_s);
}

TEST_CASE("a quantifier before a noun is no subject of a noun cue", "[attribution][frames]")
{
    const Found f = run(u"The board wants another report on the dam."_s);
    CHECK(f.withCue(u"report"_s) < 0);
}

TEST_CASE("a verb that is also a noun shares the subject after and", "[attribution][frames]")
{
    const Found f = run(u"The mayor praises the nurses and calls them heroes."_s);
    const qsizetype i = f.withCue(u"calls"_s);
    REQUIRE(i >= 0);
    CHECK(f.source(i) == u"The mayor"_s);
    CHECK(f.content(i) == u"them heroes"_s);

    // "claims" here is a noun: nothing follows it that a verb would take.
    const Found g = run(u"She dismissed his threats and claims about the budget."_s);
    CHECK(g.withCue(u"claims"_s) < 0);
}

TEST_CASE("after a question with no source the clause subject says the answer", "[attribution][frames]")
{
    const Found f = run(u"When asked about the vote, the senator smiled and said, “We will see.”"_s);
    const qsizetype i = f.withCue(u"said"_s);
    REQUIRE(i >= 0);
    CHECK(f.source(i) == u"the senator"_s);
    CHECK(f.content(i) == u"“We will see.”"_s);
}

TEST_CASE("adverbs between the subject and the cue", "[attribution][frames]")
{
    const Found f = run(u"The agency did not immediately respond to a request for comment."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"The agency"_s);
    CHECK(f.cue(0) == u"did not immediately respond to"_s);
    CHECK(f.content(0) == u"a request for comment"_s);

    const Found g = run(u"Okafor however said the deal was fair."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.source(0) == u"Okafor"_s);
    CHECK(g.content(0) == u"the deal was fair"_s);
}

TEST_CASE("a few citing nouns need no owner", "[attribution][frames]")
{
    const Found f = run(u"There were growing calls for a recount in the county."_s);
    const qsizetype i = f.withCue(u"calls for"_s);
    REQUIRE(i >= 0);
    CHECK(f.source(i).isEmpty());
    CHECK(f.content(i) == u"a recount in the county"_s);

    const Found g = run(u"Amid criticism of the budget office, the director resigned."_s);
    const qsizetype j = g.withCue(u"criticism of"_s);
    REQUIRE(j >= 0);
    CHECK(g.source(j).isEmpty());
    CHECK(g.content(j) == u"the budget office"_s);
}

TEST_CASE("an ownerless noun after a subject is a verb, and most nouns need an owner", "[attribution][frames]")
{
    const Found f = run(u"She calls for a recount in the county."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"She"_s);

    const Found g = run(u"The promise of reform faded within a year."_s);
    CHECK(g.all.isEmpty());
}

TEST_CASE("a share of those polled and what it said is its own claim", "[attribution][frames]")
{
    const Found f = run(u"Most residents say the park is safe, compared with 30 percent who say it is not."_s);
    const qsizetype i = f.withCue(u"say"_s);
    REQUIRE(f.all.size() == 2);
    CHECK(f.source(0) == u"Most residents"_s);
    CHECK(f.source(1) == u"who"_s);
    CHECK(f.content(1) == u"it is not"_s);
    CHECK(i == 0);
}

TEST_CASE("a relative clause inside what someone said stays in it", "[attribution][frames]")
{
    const Found f = run(u"The mayor said residents who say the park is unsafe are wrong."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"The mayor"_s);
    CHECK(f.content(0) == u"residents who say the park is unsafe are wrong"_s);
}

TEST_CASE("a one-word answer is what was said", "[attribution][frames]")
{
    const Found f = run(u"Asked whether he would run again, the governor said no."_s);
    const qsizetype i = f.withCue(u"said"_s);
    REQUIRE(i >= 0);
    CHECK(f.source(i) == u"the governor"_s);
    CHECK(f.content(i) == u"no"_s);
}

TEST_CASE("a paraphrase ends before a clause whose own subject cites", "[attribution][frames]")
{
    // A belief inside what someone said would stay part of it; after ", but" and a
    // subject of its own it is a claim of its own.
    const Found f = run(u"The mayor said the budget was balanced, but her own aides believe that it will not hold."_s);
    const qsizetype i = f.withCue(u"said"_s);
    REQUIRE(i >= 0);
    CHECK(f.content(i) == u"the budget was balanced"_s);
    const qsizetype j = f.withCue(u"believe"_s);
    REQUIRE(j >= 0);
    CHECK(f.source(j) == u"her own aides"_s);
    CHECK(f.content(j) == u"that it will not hold"_s);

    // A verb right after the conjunction shares the subject and is not a new clause.
    const Found g = run(u"The mayor said the budget was balanced, and added that taxes would not rise."_s);
    const qsizetype k = g.withCue(u"said"_s);
    REQUIRE(k >= 0);
    CHECK(g.content(k).startsWith(u"the budget was balanced"_s));
}
