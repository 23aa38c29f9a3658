// SPDX-License-Identifier: MIT
// Frames of attribution measured on PolNeAR train articles 1–400 (round 6): verbs in a
// series that share one subject, "stated" without "that", a few verb-only forms of
// nouns ("reads", "ordered", "listed", "shrugged off") and a quotation that goes on
// after a cue whose sentence ends with a participle. The sentences are written for
// these tests.
#include "extract/attribution.h"
#include "extract/sentences.h"

#include "foundattributions.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace factline::extract;
using namespace Qt::StringLiterals;

using factline::testing::Found;
using factline::testing::run;

TEST_CASE("verbs in a series after commas share the subject and each cites its object", "[attribution][frames2]")
{
    const Found f = run(u"The mayor rejected both objections, praised the engineers and criticized the council."_s);
    const qsizetype a = f.withCue(u"rejected"_s);
    const qsizetype b = f.withCue(u"praised"_s);
    const qsizetype c = f.withCue(u"criticized"_s);
    REQUIRE(a >= 0);
    REQUIRE(b >= 0);
    REQUIRE(c >= 0);
    CHECK(f.content(a) == u"both objections"_s);
    CHECK(f.source(b) == u"The mayor"_s);
    CHECK(f.content(b) == u"the engineers"_s);
    CHECK(f.source(c) == u"The mayor"_s);
    CHECK(f.content(c) == u"the council"_s);
}

TEST_CASE("a participle after its noun between commas is no verb of a series", "[attribution][frames2]")
{
    const Found f = run(u"The mayor said the plan, approved in May, would fail."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.cue(0) == u"said"_s);
    CHECK(f.content(0) == u"the plan, approved in May, would fail"_s);

    // A verb of another tense is not the next one in the series.
    const Found g = run(u"The mayor said the pier was unsafe, praises nobody and leaves early."_s);
    CHECK(g.withCue(u"praises"_s) < 0);
}

TEST_CASE("a belief verb coordinated with the cue is a claim of the same subject", "[attribution][frames2]")
{
    const Found f = run(u"The mayor says the bridge is late and considers it a failure."_s);
    const qsizetype says = f.withCue(u"says"_s);
    const qsizetype considers = f.withCue(u"considers"_s);
    REQUIRE(says >= 0);
    REQUIRE(considers >= 0);
    CHECK(f.content(says) == u"the bridge is late"_s);
    CHECK(f.source(considers) == u"The mayor"_s);
    CHECK(f.content(considers) == u"it a failure"_s);

    // A belief with a subject of its own inside what was said stays part of it.
    const Found g = run(u"The mayor said the council believes the bridge is late."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.content(0) == u"the council believes the bridge is late"_s);
}

TEST_CASE("stated cites without that", "[attribution][frames2]")
{
    const Found f = run(u"“We must act now,” Governor Lee stated."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Governor Lee"_s);
    CHECK(f.cue(0) == u"stated"_s);
    CHECK(f.content(0) == u"“We must act now,”"_s);

    const Found g = run(u"Governor Lee stated his intention to run again."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.content(0) == u"his intention to run again"_s);

    CHECK(run(u"Her stated goal was a balanced budget."_s).all.isEmpty());
    CHECK(run(u"The states share the river."_s).all.isEmpty());
}

TEST_CASE("reads ordered listed and shrugged off cite, their nouns do not", "[attribution][frames2]")
{
    const Found f = run(u"“Welcome to the valley!” the sign reads."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"the sign"_s);
    CHECK(f.content(0) == u"“Welcome to the valley!”"_s);

    const Found g = run(u"The judge ordered a recount of the ballots."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.source(0) == u"The judge"_s);
    CHECK(g.content(0) == u"a recount of the ballots"_s);

    const Found h = run(u"The coach shrugged off the criticism."_s);
    REQUIRE(h.all.size() == 1);
    CHECK(h.cue(0) == u"shrugged off"_s);
    CHECK(h.content(0) == u"the criticism"_s);

    CHECK(run(u"The orders came late in the day."_s).all.isEmpty());
    CHECK(run(u"The coach shrugged and left the field."_s).all.isEmpty());
    CHECK(run(u"She read the list twice."_s).all.isEmpty());
}

TEST_CASE("a quotation goes on after its cue even when a participle ends that sentence", "[attribution][frames2]")
{
    const Found f = run(u"“The pier speaks for itself,” she said, adding that the council will vote in May. “We are still waiting.”"_s);
    const qsizetype said = f.withCue(u"said"_s);
    const qsizetype adding = f.withCue(u"adding"_s);
    REQUIRE(said >= 0);
    REQUIRE(adding >= 0);
    CHECK(f.content(said) == u"“The pier speaks for itself,” | “We are still waiting.”"_s);
    CHECK(f.content(adding) == u"that the council will vote in May"_s);
    CHECK(f.all.size() == 2);

    // After a paraphrase the quotation is a claim of its own, with no cue.
    const Found g = run(u"She said the pier was late, adding that it was costly. “We need the money.”"_s);
    REQUIRE(g.all.size() == 3);
    CHECK(g.content(g.withCue(u"said"_s)) == u"the pier was late"_s);
    CHECK(g.cue(2).isEmpty());
    CHECK(g.content(2) == u"“We need the money.”"_s);
}

TEST_CASE("complaints about or that cite with or without an owner", "[attribution][frames2]")
{
    const Found f = run(u"Amid complaints about the long lines, the clerk opened a second office."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0).isEmpty());
    CHECK(f.cue(0) == u"complaints about"_s);
    CHECK(f.content(0) == u"the long lines"_s);

    const Found g = run(u"The union's complaints that the pier was unsafe reached the council."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.source(0) == u"The union's"_s);
    CHECK(g.content(0).startsWith(u"that the pier was unsafe"_s));

    CHECK(run(u"The complaints desk closed at noon."_s).all.isEmpty());
}
