// SPDX-License-Identifier: MIT
// Frames of attribution from round 7 on PolNeAR train articles 1–400: an aside between
// dashes after the cue, a quotation cited by a participle before the verb, "that" as
// a time word, a one-word quotation, and where the object of "endorsed" or "called"
// ends. The sentences are written for these tests.
#include "extract/attribution.h"
#include "extract/sentences.h"

#include "foundattributions.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace factline::extract;
using namespace Qt::StringLiterals;

using factline::testing::Found;
using factline::testing::run;

TEST_CASE("an aside between dashes after the cue does not hide the content", "[attribution][frames3]")
{
    Found f = run(u"The harbor master said — in a post on Facebook — that the ferry would not sail."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"The harbor master"_s);
    CHECK(f.cue(0) == u"said"_s);
    CHECK(f.content(0) == u"that the ferry would not sail"_s);

    f = run(u"The harbor master said — on Friday — the ferry would not sail."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.content(0) == u"the ferry would not sail"_s);

    // A dash that opens no aside leaves the tail a tail: nothing after it is said.
    f = run(u"“We are closed,” the harbor master said — and then the lights went out."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"the harbor master"_s);
    CHECK(f.content(0) == u"“We are closed,”"_s);
}

TEST_CASE("a quotation cited by a participle before the verb is not what the verb says", "[attribution][frames3]")
{
    Found f = run(u"The coach, citing “a lack of discipline,” said the team would train on Sundays."_s);
    const qsizetype said = f.withCue(u"said"_s);
    REQUIRE(said >= 0);
    CHECK(f.source(said) == u"The coach"_s);
    CHECK(f.content(said) == u"the team would train on Sundays"_s);
    const qsizetype citing = f.withCue(u"citing"_s);
    REQUIRE(citing >= 0);
    CHECK(f.content(citing) == u"“a lack of discipline,”"_s);

    // A quotation that is the whole sentence before the cue still is what was said.
    f = run(u"“We will train on Sundays,” the coach said."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"the coach"_s);
    CHECK(f.content(0) == u"“We will train on Sundays,”"_s);
}

TEST_CASE("that night after a cue is a time phrase", "[attribution][frames3]")
{
    Found f = run(u"“The bridge stays open,” the engineer said that night."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"the engineer"_s);
    CHECK(f.content(0) == u"“The bridge stays open,”"_s);

    // "that" opening a clause is still the start of what was said.
    f = run(u"The engineer said that night work would close the bridge."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.content(0) == u"that night work would close the bridge"_s);
}

TEST_CASE("a one-word quotation before its cue is what was said", "[attribution][frames3]")
{
    Found f = run(u"The debate ran long. “Enough,” the moderator said as the candidates kept talking."_s);
    const qsizetype i = f.withCue(u"said"_s);
    REQUIRE(i >= 0);
    CHECK(f.source(i) == u"the moderator"_s);
    CHECK(f.content(i) == u"“Enough,”"_s);

    // One unquoted word before the comma is not a content.
    f = run(u"Meanwhile, the moderator said the debate would end."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.content(0) == u"the debate would end"_s);
}

TEST_CASE("the object of a stance verb ends before a second verb or a subordinate clause", "[attribution][frames3]")
{
    Found f = run(u"The senator endorsed the mayor and then left the hall."_s);
    qsizetype i = f.withCue(u"endorsed"_s);
    REQUIRE(i >= 0);
    CHECK(f.content(i) == u"the mayor"_s);

    f = run(u"The senator endorsed the mayor while her rival backed the governor."_s);
    i = f.withCue(u"endorsed"_s);
    REQUIRE(i >= 0);
    CHECK(f.content(i) == u"the mayor"_s);

    f = run(u"The senator called the plan “a gift to landlords,” which it was not."_s);
    i = f.withCue(u"called"_s);
    REQUIRE(i >= 0);
    CHECK(f.content(i) == u"the plan “a gift to landlords,”"_s);

    // Two objects joined by "and" stay one content.
    f = run(u"The senator endorsed the mayor and the governor."_s);
    i = f.withCue(u"endorsed"_s);
    REQUIRE(i >= 0);
    CHECK(f.content(i) == u"the mayor and the governor"_s);

    // A speech verb's clause keeps its "and": "said A and B" is said.
    f = run(u"The senator said the mayor resigned and the council voted."_s);
    i = f.withCue(u"said"_s);
    REQUIRE(i >= 0);
    CHECK(f.content(i) == u"the mayor resigned and the council voted"_s);
}
