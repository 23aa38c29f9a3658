// SPDX-License-Identifier: MIT
// Frames of attribution from round 10 on PolNeAR train articles 1–400: a name with an
// ampersand ("Cushman & Wakefield"); a role between a modifier and a name after the cue
// ("said Republican pollster Hank Sheinkopf"); a sentence opening with "About" before a
// number, or with a preposition and a verb of its own; verbs that cite in one use and
// not another ("he showed flashes of anger", "compared with 4 percent", "appeared at a
// hearing", "an article published Friday", "the jobs report was released", "Additional
// reporting by …"); "documented"; a finding "in a CNN poll"; and "the rule angered
// farmers", whose object feels. The sentences are
// written for these tests.
#include "extract/actors.h"
#include "extract/attribution.h"
#include "extract/sentences.h"

#include "foundattributions.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace factline::extract;
using namespace Qt::StringLiterals;

using factline::testing::Found;
using factline::testing::run;

TEST_CASE("an ampersand between names belongs to the source", "[attribution][frames5]")
{
    Found f = run(u"Ada Ruiz, who values offices for the brokerage Cushman & Wakefield, said rents would fall."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Ada Ruiz, who values offices for the brokerage Cushman & Wakefield"_s);
    CHECK(f.content(0) == u"rents would fall"_s);

    Found g = run(u"Procter & Gamble said sales fell."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.source(0) == u"Procter & Gamble"_s);

    // An ampersand that joins no names is no word of a source.
    Found h = run(u"Rates & fees rose, the bank said."_s);
    REQUIRE(h.all.size() == 1);
    CHECK(h.source(0) == u"the bank"_s);
    CHECK(h.content(0) == u"Rates & fees rose"_s);
}

TEST_CASE("a modifier, a role and a name after the cue are the source", "[attribution][frames5]")
{
    Found f = run(u"The count could drag on for weeks, said Republican pollster Lena Ortiz."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Republican pollster Lena Ortiz"_s);
    CHECK(f.content(0) == u"The count could drag on for weeks"_s);

    // A paraphrase that goes on after a name is no source: "said Mr. Ortiz had left".
    Found g = run(u"The count was over, said Mr. Ortiz had left the hall."_s);
    CHECK(g.withCue(u"said"_s) < 0);

    // The actor is the person, without the party and the role.
    const QString text = u"“We will not wait,” said Democratic strategist Lena Ortiz. "
                         u"The count could drag on, said Israeli military spokesman Amir Levi."_s;
    const QList<Sentence> sentences = splitSentences(text);
    QList<Attribution> attributions = findAttributions(text, sentences);
    const QList<Actor> actors = resolveActors(text, sentences, attributions);
    REQUIRE(attributions.size() == 2);
    CHECK(attributions[0].actor == u"Lena Ortiz"_s);
    CHECK(attributions[1].actor == u"Amir Levi"_s);

    // A place after the name is not part of it; a description after a group is.
    Found h = run(u"Palestinian health officials in Gaza said the road was shut."_s);
    REQUIRE(h.all.size() == 1);
    QList<Attribution> a = h.all;
    resolveActors(h.text, splitSentences(h.text), a);
    CHECK(a[0].actor == u"Palestinian health officials in Gaza"_s);
}

TEST_CASE("a sentence opening with a preposition is content when it has a verb of its own",
          "[attribution][frames5]")
{
    Found f = run(u"About 270 families have been moved under the plan, officials said."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"officials"_s);
    CHECK(f.content(0) == u"About 270 families have been moved under the plan"_s);

    Found g = run(u"For years the clinic has been short of nurses, she said."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.content(0) == u"For years the clinic has been short of nurses"_s);

    // A phrase with no verb of its own stays an adverbial of the clause after it.
    Found h = run(u"In a speech on Tuesday, the mayor said the plan failed."_s);
    REQUIRE(h.all.size() == 1);
    CHECK(h.source(0) == u"the mayor"_s);
    CHECK(h.content(0) == u"the plan failed"_s);
    Found k = run(u"In his speech on Tuesday, she said."_s);
    CHECK(k.all.isEmpty());
}

TEST_CASE("a person who shows something displays it; a poll that shows it finds it", "[attribution][frames5]")
{
    Found f = run(u"He showed flashes of anger at the rally."_s);
    CHECK(f.withCue(u"showed"_s) < 0);
    Found g = run(u"Thousands of fans showed up in the rain."_s);
    CHECK(g.withCue(u"showed"_s) < 0);

    Found h = run(u"A new poll showed that the mayor was far ahead."_s);
    REQUIRE(h.all.size() == 1);
    CHECK(h.source(0) == u"A new poll"_s);
    CHECK(h.content(0) == u"that the mayor was far ahead"_s);
    Found k = run(u"The video showed him shouting at the guards."_s);
    REQUIRE(k.withCue(u"showed"_s) >= 0);
    CHECK(k.source(k.withCue(u"showed"_s)) == u"The video"_s);
}

TEST_CASE("compared with, appeared at and published Friday cite nothing", "[attribution][frames5]")
{
    // A comparison of numbers, not a stance.
    Found f = run(u"Rents rose 9 percent, the agency said, compared with 4 percent a year ago."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.cue(0) == u"said"_s);
    CHECK(run(u"The plan is modest compared to the one before it."_s).all.isEmpty());
    Found g = run(u"She compared the mayor to a weathervane."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.content(0) == u"the mayor to a weathervane"_s);

    // Being somewhere, not seeming.
    CHECK(run(u"He appeared at a Senate hearing in 2014."_s).all.isEmpty());
    Found h = run(u"She appeared to favor the plan."_s); // seeming: no source, as PolNeAR has it
    REQUIRE(h.all.size() == 1);
    CHECK(h.cue(0) == u"appeared"_s);
    CHECK(h.content(0) == u"She | to favor the plan"_s);

    // A text named by when or where it came out, not a citing of it.
    CHECK(run(u"An article published Friday in the Herald drew wide notice."_s).withCue(u"published"_s) < 0);
    CHECK(run(u"A paper published shortly before the speech drew wide notice."_s).withCue(u"published"_s) < 0);
    Found k = run(u"The institute published a report on the plan."_s);
    REQUIRE(k.withCue(u"published"_s) >= 0);
    CHECK(k.source(k.withCue(u"published"_s)) == u"The institute"_s);
}

TEST_CASE("a verb that is also a noun is the noun when a verb follows it", "[attribution][frames5]")
{
    // "jobs report": "jobs" is no plural subject of a verb "report".
    CHECK(run(u"The jobs report was released on Friday."_s).withCue(u"report"_s) < 0);
    CHECK(run(u"A weapons report published in June drew notice."_s).withCue(u"report"_s) < 0);
    // A verb after its plural subject stays a cue.
    Found f = run(u"Officials report that the river is rising."_s);
    REQUIRE(f.withCue(u"report"_s) >= 0);
    CHECK(f.source(f.withCue(u"report"_s)) == u"Officials"_s);
    Found g = run(u"They claim to have won."_s);
    REQUIRE(g.withCue(u"claim"_s) >= 0);
}

TEST_CASE("a wire service's credit line cites nothing", "[attribution][frames5]")
{
    CHECK(run(u"(Additional reporting by Ana Ruiz; editing by Tom Lee)"_s).all.isEmpty());
    Found h = run(u"The paper was reporting that the mayor had resigned."_s);
    REQUIRE(h.withCue(u"was reporting"_s) >= 0);
}

TEST_CASE("documented cites what a record shows", "[attribution][frames5]")
{
    Found f = run(u"The survey documented a sharp rise in rents."_s);
    REQUIRE(f.withCue(u"documented"_s) >= 0);
    CHECK(f.source(f.withCue(u"documented"_s)) == u"The survey"_s);
    CHECK(f.content(f.withCue(u"documented"_s)) == u"a sharp rise in rents"_s);
    // The noun is no cue.
    CHECK(run(u"The document was signed on Monday."_s).all.isEmpty());
}

TEST_CASE("what stands in a named poll is that poll's finding", "[attribution][frames5]")
{
    Found f = run(u"In a Herald/KTV News poll released Monday, the mayor led her rival by 9 points."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.cue(0) == u"In"_s);
    CHECK(f.source(0) == u"a Herald/KTV News poll released Monday"_s);
    CHECK(f.content(0) == u"the mayor led her rival by 9 points"_s);

    Found g = run(u"The mayor held a wide lead among older voters in the same survey."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.source(0) == u"the same survey"_s);
    CHECK(g.content(0) == u"The mayor held a wide lead among older voters"_s);

    Found h = run(u"In the previous poll, conducted in early May, the mayor trailed."_s);
    REQUIRE(h.all.size() == 1);
    CHECK(h.source(0) == u"the previous poll, conducted in early May"_s);

    // "In the polls" is as often the writer's own summary; a poll that modifies a noun is none.
    CHECK(run(u"The mayor has a wide lead in the polls."_s).all.isEmpty());
    CHECK(run(u"Two voters stood in front of a polling station downtown."_s).all.isEmpty());
    CHECK(run(u"In a speech on Monday, the mayor thanked her staff."_s).withCue(u"In"_s) < 0);
}

TEST_CASE("those a thing angered are the source of their anger", "[attribution][frames5]")
{
    Found f = run(u"The new rule has angered farmers in the north."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.cue(0) == u"has angered"_s);
    CHECK(f.source(0) == u"farmers"_s);
    CHECK(f.content(0) == u"The new rule"_s);
    // The one angered by something is the subject; no object to read as a source.
    CHECK(run(u"The farmers were angered by the new rule."_s).withCue(u"were angered"_s) < 0);
}
