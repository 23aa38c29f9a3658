// SPDX-License-Identifier: MIT
// Subjects and objects around a cue: a pronoun that is the whole subject ("I'm sure he
// said"), a number in the agent of a passive ("endorsed by the 10,000 people"), what the
// one told heard of ("told Lee of her plan") and "continued", which cites only words it
// introduces, "called" that only names a thing ("a group called …") and "back" as a
// stance ("is backing Clinton", not "backed away"). The sentences
// are written for these tests.
#include "foundattributions.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace Qt::StringLiterals;

using factline::testing::Found;
using factline::testing::run;

TEST_CASE("a subject pronoun right before the cue is the whole source", "[attribution][objects]")
{
    Found f = run(u"I'm sure he said that the vote was delayed."_s);
    qsizetype said = f.withCue(u"said"_s);
    REQUIRE(said >= 0);
    CHECK(f.source(said) == u"he"_s);
    CHECK(f.content(said) == u"that the vote was delayed"_s);

    f = run(u"Maybe they think the ferry is late."_s);
    const qsizetype think = f.withCue(u"think"_s);
    REQUIRE(think >= 0);
    CHECK(f.source(think) == u"they"_s);

    // A pronoun joined to another subject keeps it.
    f = run(u"Ruiz and I said the ferry was late."_s);
    said = f.withCue(u"said"_s);
    REQUIRE(said >= 0);
    CHECK(f.source(said) == u"Ruiz and I"_s);
}

TEST_CASE("a thousands separator stays inside the agent of a passive cue", "[attribution][objects]")
{
    Found f = run(u"The plan was endorsed by the 10,000 people who signed the petition."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"the 10,000 people"_s);
    CHECK(f.cue(0) == u"was endorsed by"_s);
    CHECK(f.content(0) == u"The plan"_s);

    // A comma between words still ends the agent.
    f = run(u"The plan was endorsed by the union, which had fought it for years."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"the union"_s);
}

TEST_CASE("what the one told heard of is the content", "[attribution][objects]")
{
    Found f = run(u"Ruiz told Lee of her plan to close the plant."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Ruiz"_s);
    CHECK(f.cue(0) == u"told"_s);
    CHECK(f.content(0) == u"her plan to close the plant"_s);

    f = run(u"The mayor warned residents about the flooding on Main Street."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"The mayor"_s);
    CHECK(f.content(0) == u"the flooding on Main Street"_s);

    // Where and when it was told is still no content.
    f = run(u"Ruiz told reporters in Ohio on Monday."_s);
    CHECK(f.all.isEmpty());
}

TEST_CASE("continued cites only the words it introduces", "[attribution][objects]")
{
    Found f = run(u"“The gate is shut,” she continued. “Nobody will pass.”"_s);
    const qsizetype continued = f.withCue(u"continued"_s);
    REQUIRE(continued >= 0);
    CHECK(f.source(continued) == u"she"_s);
    CHECK(f.content(continued).startsWith(u"“The gate is shut,”"_s));

    f = run(u"Warren continued her push for new rules on Tuesday."_s);
    CHECK(f.withCue(u"continued"_s) < 0);
    f = run(u"The senators continued their search for a deal."_s);
    CHECK(f.withCue(u"continued"_s) < 0);
}

TEST_CASE("a thing called by its name cites nobody", "[attribution][objects]")
{
    Found f = run(u"A new group called Black Votes Matter is trying to raise turnout."_s);
    CHECK(f.withCue(u"called"_s) < 0);
    f = run(u"Barden now helps lead a program called Sandy Hook Promise."_s);
    CHECK(f.withCue(u"called"_s) < 0);
    // A preposition after the name ends the phrase; an acronym is no name that calls.
    f = run(u"She taught a class called “Perception” in 2002."_s);
    CHECK(f.withCue(u"called"_s) < 0);
    f = run(u"Donors gave to a super PAC called Future45 last year."_s);
    CHECK(f.withCue(u"called"_s) < 0);

    // A subject that calls something by a name is cited.
    f = run(u"The campaign called the charges unsubstantiated."_s);
    qsizetype called = f.withCue(u"called"_s);
    REQUIRE(called >= 0);
    CHECK(f.source(called) == u"The campaign"_s);
    f = run(u"A spokesman called Ruiz a liar."_s);
    called = f.withCue(u"called"_s);
    REQUIRE(called >= 0);
    CHECK(f.source(called) == u"A spokesman"_s);
}

TEST_CASE("idioms with said cite nobody", "[attribution][objects]")
{
    CHECK(run(u"That said, the ferry is still late."_s).all.isEmpty());
    CHECK(run(u"Having said that, the ferry is still late."_s).all.isEmpty());
    CHECK(run(u"Closing the plant is easier said than done."_s).all.isEmpty());

    // "that" as the subject of a cue, or "said that" with a clause, is still cited.
    Found f = run(u"Ruiz said that the ferry is late."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.content(0) == u"that the ferry is late"_s);
}

TEST_CASE("an indefinite subject after an opening phrase is a source", "[attribution][objects]")
{
    Found f = run(u"For the first time, a poll shows Sanders leading Clinton."_s);
    qsizetype shows = f.withCue(u"shows"_s);
    REQUIRE(shows >= 0);
    CHECK(f.source(shows) == u"a poll"_s);
    CHECK(f.content(shows) == u"Sanders leading Clinton"_s);

    f = run(u"The ad claims “the senator is the conservative you can trust.”"_s);
    const qsizetype claims = f.withCue(u"claims"_s);
    REQUIRE(claims >= 0);
    CHECK(f.source(claims) == u"The ad"_s);

    // An adjective and a noun that is also a verb stay a noun phrase.
    CHECK(run(u"Officials rejected previous demands that the port be closed."_s).withCue(u"demands"_s) < 0);
}

TEST_CASE("a pronoun's contracted has is no possessive", "[attribution][objects]")
{
    Found f = run(u"And he’s predicted big wins in the races ahead."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"he"_s);
    CHECK(f.cue(0) == u"’s predicted"_s);
    CHECK(f.content(0) == u"big wins in the races ahead"_s);

    // A name's possessive before a noun is still no cue.
    CHECK(run(u"Trump’s predicted wins did not come."_s).withCue(u"predicted"_s) < 0);
}

TEST_CASE("backing someone takes a stand, backing down does not", "[attribution][objects]")
{
    Found f = run(u"Minnesota Gov. Mark Dayton is backing Hillary Clinton."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Minnesota Gov. Mark Dayton"_s);
    CHECK(f.cue(0) == u"is backing"_s);
    CHECK(f.content(0) == u"Hillary Clinton"_s);

    f = run(u"The union backs the mayor’s plan."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.content(0) == u"the mayor’s plan"_s);

    CHECK(run(u"Trump backed away from the suggestion."_s).all.isEmpty());
    CHECK(run(u"The senator is backing down."_s).all.isEmpty());
    CHECK(run(u"The city pays back the loan."_s).all.isEmpty());
}

TEST_CASE("casting someone as something portrays them", "[attribution][objects]")
{
    Found f = run(u"Cruz cast the nomination battle as a two-man race."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Cruz"_s);
    CHECK(f.cue(0) == u"cast"_s);
    CHECK(f.content(0) == u"the nomination battle as a two-man race"_s);

    CHECK(run(u"She cast a ballot in Iowa."_s).all.isEmpty());
    CHECK(run(u"The cast of the show was tired."_s).all.isEmpty());
}
