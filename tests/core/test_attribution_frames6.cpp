// SPDX-License-Identifier: MIT
// Frames of attribution from round 11 on PolNeAR train (all 840 articles, words not yet
// covered that the gold marks as cues at least half the time): verbs of taking sides and
// putting things forward ("lashed out at", "sided with", "unveiled", "voiced", "signaled"),
// and a verb of saying after "seem to" ("she appeared to imply"), whose subject is the
// source; a passive verb of holding or telling with no agent ("is considered", "was
// told"), which names no source; a "said" tail that repeats an earlier "said" ("Lee said
// that …, he said"). The sentences are written for these tests.
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
using factline::testing::withActors;

TEST_CASE("verbs of taking sides cite their object", "[attribution][frames6]")
{
    Found f = run(u"Ruiz lashed out at the council on Monday."_s);
    const qsizetype a = f.withCue(u"lashed out at"_s);
    REQUIRE(a >= 0);
    CHECK(f.source(a) == u"Ruiz"_s);
    CHECK(f.content(a).contains(u"the council"_s));

    Found g = run(u"The judge sided with the farmers."_s);
    const qsizetype b = g.withCue(u"sided with"_s);
    REQUIRE(b >= 0);
    CHECK(g.source(b) == u"The judge"_s);
    CHECK(g.content(b) == u"the farmers"_s);

    Found h = run(u"The mayor unveiled a plan to rebuild the bridge."_s);
    const qsizetype c = h.withCue(u"unveiled"_s);
    REQUIRE(c >= 0);
    CHECK(h.source(c) == u"The mayor"_s);
    CHECK(h.content(c).startsWith(u"a plan"_s));

    Found k = run(u"Lee has signaled that she may run again."_s);
    const qsizetype d = k.withCue(u"has signaled"_s);
    REQUIRE(d >= 0);
    CHECK(k.source(d) == u"Lee"_s);
    CHECK(k.content(d) == u"that she may run again"_s);
}

TEST_CASE("the nouns among those verbs cite nothing", "[attribution][frames6]")
{
    // "side", "voice" and "signal" are nouns here: nobody is cited.
    CHECK(run(u"The side with more votes won the round."_s).all.isEmpty());
    CHECK(run(u"Her voice carried across the hall."_s).all.isEmpty());
    CHECK(run(u"The signal faded after dark."_s).all.isEmpty());
}

TEST_CASE("a verb of saying after seem to keeps its subject as the source", "[attribution][frames6]")
{
    Found f = run(u"Ruiz appeared to suggest that the vote would be delayed."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Ruiz"_s);
    CHECK(f.cue(0) == u"appeared to suggest"_s);
    CHECK(f.content(0) == u"that the vote would be delayed"_s);

    Found g = run(u"The senator seemed to blame the mayor for the delay."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.source(0) == u"The senator"_s);
    CHECK(g.cue(0) == u"seemed to blame"_s);
    CHECK(g.content(0).startsWith(u"the mayor"_s));

    // Any other verb after "seem to" cites nobody: subject and complement are content.
    Found h = run(u"The field appeared poised to narrow."_s);
    REQUIRE(h.all.size() == 1);
    CHECK(h.source(0).isEmpty());
    CHECK(h.cue(0) == u"appeared"_s);
    Found k = run(u"The bridge seemed to sway in the wind."_s);
    REQUIRE(k.all.size() == 1);
    CHECK(k.source(0).isEmpty());
}

TEST_CASE("a passive verb of holding or telling with no agent names no source", "[attribution][frames6]")
{
    Found f = run(u"The strike is considered one of the largest in the company's history."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0).isEmpty());
    CHECK(f.cue(0) == u"is considered"_s);
    CHECK(f.content(0) == u"The strike | one of the largest in the company's history"_s);

    Found g = run(u"He was told that the vote would wait."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.source(0).isEmpty());

    // With an agent, the agent holds the view; a feeling keeps its subject.
    Found h = run(u"The plan was considered by the mayor to be reckless."_s);
    REQUIRE(h.all.size() == 1);
    CHECK(h.source(0) == u"the mayor"_s);
    Found k = run(u"She was worried that the vote would wait."_s);
    REQUIRE(k.all.size() == 1);
    CHECK(k.source(0) == u"She"_s);
}

TEST_CASE("a said tail that repeats an earlier said leaves that claim its source", "[attribution][frames6]")
{
    Found f = run(u"Lee said that the plan is good for the city, he said."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Lee"_s);
    CHECK(f.content(0) == u"that the plan is good for the city"_s);

    // A tail that closes a quotation keeps the quotation; the earlier claim ends before it.
    Found g = run(u"Lee said she backed the plan because “it is a good start,” she said."_s);
    REQUIRE(g.all.size() == 2);
    CHECK(g.source(0) == u"Lee"_s);
    CHECK(g.content(0) == u"she backed the plan"_s);
    CHECK(g.content(1) == u"“it is a good start,”"_s);

    // After another verb, the tail is the attribution: "as police have said".
    Found h = run(u"The report does not answer whether the driver was armed, as police have said."_s);
    CHECK(h.withCue(u"have said"_s) >= 0);
}

TEST_CASE("a passive verb that opens what was said leaves the speaker the claim", "[attribution][frames6]")
{
    // The inner passive's subject is its content; it opened Lee's words, so it is what Lee
    // said, not a claim that takes Lee's words away.
    Found f = run(u"Lee said the memo was disclosed to the Herald last week."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Lee"_s);
    CHECK(f.cue(0) == u"said"_s);
    CHECK(f.content(0) == u"the memo was disclosed to the Herald last week"_s);
}

TEST_CASE("a manner adverb may stand between a verb and its particle", "[attribution][frames6]")
{
    Found f = run(u"Lopez stopped by and spoke briefly about the cancellation of his show."_s);
    const qsizetype a = f.withCue(u"spoke briefly about"_s);
    REQUIRE(a >= 0);
    CHECK(f.source(a) == u"Lopez"_s);
    CHECK(f.content(a) == u"the cancellation of his show"_s);

    Found g = run(u"The justice sounded off on the nominee in three interviews."_s);
    const qsizetype b = g.withCue(u"sounded off on"_s);
    REQUIRE(b >= 0);
    CHECK(g.source(b) == u"The justice"_s);

    // A verb whose particle is required stays no cue without it, adverb or not.
    CHECK(run(u"The band talked quietly and left."_s).all.isEmpty());
}

TEST_CASE("the Q and A labels of an interview name nobody", "[attribution][frames6]")
{
    Found f = run(u"Q: Do you think the plan will pass?\n\nA: I think it will pass in the spring."_s);
    REQUIRE(f.all.size() == 2);
    CHECK(f.source(0) == u"you"_s);
    CHECK(f.source(1) == u"I"_s);
    CHECK(f.cue(1) == u"think"_s);
    CHECK(f.content(1) == u"it will pass in the spring"_s);

    // A name before the colon still speaks: "BIDEN: …".
    Found g = run(u"BIDEN: We will not wait for the next election."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.source(0) == u"BIDEN"_s);
}

TEST_CASE("a source that opens with a preposition of time or means is no source", "[attribution][frames6]")
{
    // The subject search runs into "By limiting the debates"; that phrase does not speak.
    Found f = run(u"By limiting the debates the party hoped to protect its favourite."_s);
    const qsizetype h = f.withCue(u"hoped"_s);
    REQUIRE(h >= 0);
    CHECK(f.source(h).isEmpty());
    // "to which she replied": the pronoun after the preposition does speak.
    Found g = run(u"Lee asked about the delay, to which she replied that the plan was sound."_s);
    const qsizetype a = g.withCue(u"replied"_s);
    REQUIRE(a >= 0);
    CHECK(g.source(a).endsWith(u"she"_s));
}

TEST_CASE("a quoted text and the verb read cite what it says", "[attribution][frames6]")
{
    Found f = run(u"“The plant will close in May,” the letter read."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"the letter"_s);
    CHECK(f.cue(0) == u"read"_s);
    CHECK(f.content(0) == u"“The plant will close in May,”"_s);

    Found g = run(u"“We will grow stronger,” read the email."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.source(0) == u"the email"_s);

    // Reading aloud or reading a text cites nothing.
    CHECK(run(u"The mayor read the statement to the council."_s).all.isEmpty());
}

TEST_CASE("a name after a finding is what was found", "[attribution][frames6]")
{
    Found f = run(u"Recent polls show Ruiz with a double-digit lead."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Recent polls"_s);
    CHECK(f.content(0) == u"Ruiz with a double-digit lead"_s);

    // "data" is a plural subject, as "polls" is.
    Found g = run(u"Data show that incomes rose."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.source(0) == u"Data"_s);

    // A name after a verb of saying is still a tail: "said Ruiz".
    Found h = run(u"The vote will wait, said Ruiz."_s);
    REQUIRE(h.all.size() == 1);
    CHECK(h.source(0) == u"Ruiz"_s);
}

TEST_CASE("an infinitive after the cue is content, whatever 'that' comes in it", "[attribution][frames6]")
{
    Found f = run(u"Rob wants to keep that promise."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.content(0) == u"to keep that promise"_s);

    // "to reporters" before "that" is still a tail of the cue.
    Found g = run(u"Rob said to reporters that the vote would wait."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.content(0) == u"that the vote would wait"_s);
}

TEST_CASE("a percentage or 'one in five' is the share of people who speak", "[attribution][frames6]")
{
    Found f = run(u"42% say they are liberal."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"42%"_s);
    CHECK(f.content(0) == u"they are liberal"_s);

    Found g = run(u"One in five say that will not be true."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.source(0) == u"One in five"_s);

    // The share is the actor, sign and all, in lower case.
    const QList<Attribution> attributions = withActors(u"42% say they are liberal. One in five say that will not be true."_s);
    REQUIRE(attributions.size() == 2);
    CHECK(attributions[0].actor == u"42%"_s);
    CHECK(attributions[1].actor == u"one in five"_s);
}

TEST_CASE("after a paraphrase, said and a short noun phrase that ends the sentence is the speaker", "[attribution][frames6]")
{
    Found f = run(u"The vote will wait, said the observers."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"the observers"_s);
    CHECK(f.content(0) == u"The vote will wait"_s);

    Found g = run(u"The rise was a surprise, said several observers."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.source(0) == u"several observers"_s);

    // A relative clause after the speaker is not part of the source.
    Found h = run(u"The vote will wait, said a spokesman, who declined to be named."_s);
    const qsizetype a = h.withCue(u"said"_s);
    REQUIRE(a >= 0);
    CHECK(h.source(a) == u"a spokesman"_s);

    // With a verb after it the phrase is what was said, and other verbs keep their object.
    CHECK(run(u"The vote will wait, said the plan had failed."_s).withCue(u"said"_s) < 0);
    Found k = run(u"Kasich spoke at length, recited his policy ideas, and left."_s);
    for (qsizetype i = 0; i < k.all.size(); ++i)
        CHECK(k.source(i) != u"his policy ideas"_s);
}

TEST_CASE("a name and its relative clause before the verb are its subject", "[attribution][frames6]")
{
    Found f = run(u"Ada Ruiz, who said the mayor lied in 2019, recounted the meeting on Radio Boston."_s);
    const qsizetype a = f.withCue(u"recounted"_s);
    REQUIRE(a >= 0);
    CHECK(f.source(a) == u"Ada Ruiz"_s);
    CHECK(f.content(a) == u"the meeting on Radio Boston"_s);
    const qsizetype b = f.withCue(u"said"_s);
    REQUIRE(b >= 0);
    CHECK(f.content(b) == u"the mayor lied in 2019"_s);
}

TEST_CASE("a capitalised adjective opening the sentence belongs to the subject a later verb shares", "[attribution][frames6]")
{
    Found f = run(u"Nuclear proliferation experts have discounted the claims, but have speculated that it might work."_s);
    const qsizetype a = f.withCue(u"have speculated"_s);
    REQUIRE(a >= 0);
    CHECK(f.source(a) == u"Nuclear proliferation experts"_s);

    // A name opening the sentence stays the name, with a verb after it or not.
    Found g = run(u"Ruiz disputed the claims, but said that it might work."_s);
    const qsizetype b = g.withCue(u"said"_s);
    REQUIRE(b >= 0);
    CHECK(g.source(b) == u"Ruiz"_s);
    Found h = run(u"Ruiz left the hall, saying the vote would wait."_s);
    REQUIRE(h.all.size() == 1);
    CHECK(h.source(0) == u"Ruiz"_s);
}

TEST_CASE("verbs of saying with a feeling are cues", "[attribution][frames6]")
{
    Found f = run(u"Christie gloated that the senator was not ready."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Christie"_s);
    CHECK(f.cue(0) == u"gloated"_s);
    CHECK(f.content(0) == u"that the senator was not ready"_s);

    Found g = run(u"The mayor has articulated these themes before."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.cue(0) == u"has articulated"_s);
}

TEST_CASE("'the Paris attacks' and 'a report issued this month' cite nothing", "[attribution][frames6]")
{
    CHECK(run(u"Terrorist attacks in Paris placed security fears at center stage."_s).all.isEmpty());
    CHECK(run(u"The bank, in a report issued this month, contested that view."_s).withCue(u"issued"_s) < 0);
    // The verbs with their objects still cite.
    Found f = run(u"Trump attacks Clinton on trade."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.content(0) == u"Clinton on trade"_s);
    CHECK(run(u"The council issued a statement praising the mayor."_s).withCue(u"issued"_s) >= 0);
}

TEST_CASE("'36 percent support' in a poll is the noun", "[attribution][frames6]")
{
    CHECK(run(u"Ruiz leads the field with 36 percent support, and Lee is at 20 percent."_s).all.isEmpty());
    CHECK(run(u"She was at 67 percent support among union members."_s).all.isEmpty());
    // With an object it is the verb.
    Found f = run(u"52 percent support the plan."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"52 percent"_s);
}

TEST_CASE("'continued to call for' is the verb, with the subject as source", "[attribution][frames6]")
{
    Found f = run(u"Small groups of protesters continued to call for more information."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Small groups of protesters"_s);
    CHECK(f.content(0) == u"more information"_s);
    // The noun after "responded to" stays the noun.
    Found g = run(u"They responded to calls for his resignation."_s);
    CHECK(g.withCue(u"calls for"_s) < 0);
}

TEST_CASE("'sounded a call for' and 'sounded the alarm about' cite, with the subject as source", "[attribution][frames6]")
{
    Found f = run(u"The mayor sounded a call for the state to accept more refugees on Monday as she opened the fair."_s);
    const qsizetype a = f.withCue(u"sounded a call for"_s);
    REQUIRE(a >= 0);
    CHECK(f.source(a) == u"The mayor"_s);
    CHECK(f.content(a) == u"the state to accept more refugees on Monday"_s); // "as she opened …" is a clause of its own

    Found g = run(u"Economists sounded the alarm about rising debt."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.cue(0) == u"sounded the alarm about"_s);
    CHECK(run(u"The plan sounded good to the council."_s).all.isEmpty());
}

TEST_CASE("a passive's agent may follow a short complement", "[attribution][frames6]")
{
    Found f = run(u"He has been called a charlatan by fellow physicians for his cures."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"fellow physicians"_s);
    CHECK(f.cue(0) == u"has been called"_s);
    CHECK(f.content(0) == u"He | a charlatan"_s);
    // "by Friday" is when, not who.
    Found g = run(u"The plan was considered reckless by Friday."_s);
    for (qsizetype i = 0; i < g.all.size(); ++i)
        CHECK(g.source(i) != u"Friday"_s);
}

TEST_CASE("what a verb of speech is about is its content", "[attribution][frames6]")
{
    Found f = run(u"Ruiz brags about his record."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.cue(0) == u"brags about"_s);
    CHECK(f.content(0) == u"his record"_s);
    Found g = run(u"She complained about the rules."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.content(0) == u"the rules"_s);
    // "about" before a number is "roughly".
    CHECK(run(u"Ruiz said about half of the jobs went to women."_s).withCue(u"said about"_s) < 0);
}

TEST_CASE("'activists here point to' and 'apologizes for'", "[attribution][frames6]")
{
    Found f = run(u"Activists here point to a number of factors."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Activists here"_s);
    CHECK(f.content(0) == u"a number of factors"_s);
    const QList<Attribution> attributions = withActors(u"Polls there show Ruiz is trailing."_s);
    REQUIRE(attributions.size() == 1);
    CHECK(attributions[0].actor.compare(u"polls"_s, Qt::CaseInsensitive) == 0); // where is not who

    Found g = run(u"The judge apologizes for her comments."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.cue(0) == u"apologizes for"_s);
    CHECK(g.content(0) == u"her comments"_s);
}

TEST_CASE("'according to' a quoted title, or with a colon before the quotation", "[attribution][frames6]")
{
    Found f = run(u"According to HuffPo: “The senator has had a mixed record.”"_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"HuffPo"_s);
    CHECK(f.content(0) == u"“The senator has had a mixed record.”"_s);

    Found g = run(u"According to “The Fixers,” a book by Ana Ruiz, his was an all-purpose job."_s);
    REQUIRE(g.all.size() >= 1);
    CHECK(g.source(0) == u"“The Fixers,” a book by Ana Ruiz"_s);
    CHECK(g.content(0) == u"his was an all-purpose job"_s);
}

TEST_CASE("'And then' opening a sentence leaves its subject to a participle", "[attribution][frames6]")
{
    Found f = run(u"And then Ruiz went on the attack, saying the mayor had failed."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Ruiz"_s);
    CHECK(f.content(0) == u"the mayor had failed"_s);
}

TEST_CASE("a relative clause that cites after an object is a claim of its own", "[attribution][frames6]")
{
    Found f = run(u"Lee endorses Ruiz, who says she is honored."_s);
    REQUIRE(f.all.size() == 2);
    CHECK(f.content(0) == u"Ruiz"_s);
    CHECK(f.source(1) == u"who"_s);
    CHECK(f.content(1) == u"she is honored"_s);
}

TEST_CASE("a word too long to look up after 'about' is read safely", "[attribution][frames6]")
{
    // Words past 24 units have no lower-case form for the word lists; "about" must not read one.
    Found f = run(u"Ruiz complained about Supercalifragilisticexpialidociousness at the hearing."_s);
    REQUIRE(f.all.size() <= 1);
    for (qsizetype i = 0; i < f.all.size(); ++i)
        CHECK(f.source(i) == u"Ruiz"_s);
}

TEST_CASE("'asked by a reporter whether' names who asked", "[attribution][frames6]")
{
    Found f = run(u"Asked by Thrush if the plan would pass, Ruiz avoided an answer."_s);
    const qsizetype a = f.withCue(u"Asked"_s);
    REQUIRE(a >= 0);
    CHECK(f.source(a) == u"Thrush"_s);
    CHECK(f.content(a) == u"if the plan would pass"_s);

    Found g = run(u"“Absolutely,” he said when asked by a reporter if that remains his view."_s);
    const qsizetype b = g.withCue(u"asked"_s);
    REQUIRE(b >= 0);
    CHECK(g.source(b) == u"a reporter"_s);

    // With no agent the question is still cited, with no source.
    Found h = run(u"Asked about the charges, Rubio said the reforms were needed."_s);
    const qsizetype c = h.withCue(u"Asked"_s);
    REQUIRE(c >= 0);
    CHECK(h.source(c).isEmpty());
}

TEST_CASE("'polls showing her behind' and 'the poll shows her with a lead'", "[attribution][frames6]")
{
    Found f = run(u"Ruiz campaigned despite polls showing her well behind."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"polls"_s);
    CHECK(f.content(0) == u"her well behind"_s);
    Found g = run(u"The poll shows her with a lead."_s);
    REQUIRE(g.all.size() == 1);
    CHECK(g.content(0) == u"her with a lead"_s);
    // A message's participle keeps its author's clause: PolNeAR cites the one who sent it.
    Found h = run(u"Lee unleashed a series of tweets criticizing the mayor."_s);
    const qsizetype a = h.withCue(u"criticizing"_s);
    REQUIRE(a >= 0);
    CHECK(h.source(a).startsWith(u"Lee"_s));
}
