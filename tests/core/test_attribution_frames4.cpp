// SPDX-License-Identifier: MIT
// Frames of attribution from round 8 on PolNeAR train articles 1–400: a quotation that
// ends in "!" or "?" before a lower-case cue, a pronoun with a contracted auxiliary
// ("he’s saying", "they’re worried"), "That’s according to …", a long source after
// "according to", and a finding in progress ("are showing that"). The sentences are
// written for these tests.
#include "extract/attribution.h"
#include "extract/sentences.h"

#include "foundattributions.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace factline::extract;
using namespace Qt::StringLiterals;

using factline::testing::Found;
using factline::testing::run;

TEST_CASE("a quotation ending in ! or ? goes on with a lower-case cue", "[attribution][frames4]")
{
    const QString text = u"“Close the gate!” she shouted. “Why now?” asked Ana Ruiz, a nurse."_s;
    const QList<Sentence> sentences = splitSentences(text);
    REQUIRE(sentences.size() == 2);
    CHECK(text.mid(sentences[0].start, sentences[0].end - sentences[0].start) == u"“Close the gate!” she shouted."_s);

    Found f = run(text);
    const qsizetype asked = f.withCue(u"asked"_s);
    REQUIRE(asked >= 0);
    CHECK(f.source(asked) == u"Ana Ruiz, a nurse"_s);
    CHECK(f.content(asked) == u"“Why now?”"_s);
    const qsizetype shouted = f.withCue(u"shouted"_s);
    REQUIRE(shouted >= 0);
    CHECK(f.content(shouted) == u"“Close the gate!”"_s);

    // A capitalised word after the mark still opens a sentence of its own.
    CHECK(splitSentences(u"“Close the gate!” The guard left."_s).size() == 2);
}

TEST_CASE("a pronoun with a contracted auxiliary is the subject of the cue", "[attribution][frames4]")
{
    Found f = run(u"He’s saying the ferry will sail on Monday."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"He"_s);
    CHECK(f.cue(0) == u"’s saying"_s);
    CHECK(f.content(0) == u"the ferry will sail on Monday"_s);

    f = run(u"They're worried that the ferry will not sail."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"They"_s);
    CHECK(f.cue(0) == u"'re worried"_s);

    f = run(u"She’s not predicting a win in the county."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"She"_s);
    CHECK(f.cue(0) == u"’s not predicting"_s);

    // A possessive is no contraction, and a contraction with no cue cites nobody.
    f = run(u"The mayor’s aides said the ferry would sail."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"The mayor’s aides"_s);
    CHECK(run(u"He’s sailing to the island on Monday."_s).all.isEmpty());
}

TEST_CASE("That’s according to cites the sentence before it", "[attribution][frames4]")
{
    Found f = run(u"The ferry carried 9,000 people last year. That’s according to figures the port released in May."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.cue(0) == u"’s according to"_s);
    CHECK(f.source(0) == u"figures the port released in May"_s);
    CHECK(f.content(0) == u"That"_s);

    // "according to" inside a sentence keeps its usual content.
    f = run(u"The ferry carried 9,000 people, according to the port."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.content(0) == u"The ferry carried 9,000 people"_s);
}

TEST_CASE("a long source after according to runs to its comma", "[attribution][frames4]")
{
    Found f = run(u"According to a survey of ferry passengers carried out in the spring by the port authority and "
                  u"two universities in the region, most riders want a later boat."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0)
          == u"a survey of ferry passengers carried out in the spring by the port authority and two universities in the region"_s);
    CHECK(f.content(0) == u"most riders want a later boat"_s);
}

TEST_CASE("a finding in progress with its clause is a cue", "[attribution][frames4]")
{
    Found f = run(u"The early counts are showing that most riders want a later boat."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"The early counts"_s);
    CHECK(f.cue(0) == u"are showing"_s);
    CHECK(f.content(0) == u"that most riders want a later boat"_s);

    // Showing a film is no finding.
    CHECK(run(u"The cinema is showing a film about the ferry."_s).all.isEmpty());
}

TEST_CASE("a cue after then or a time phrase shares the first verb's subject", "[attribution][frames4]")
{
    Found f = run(u"Ruiz denied the charge, then said she would resign."_s);
    const qsizetype denied = f.withCue(u"denied"_s);
    REQUIRE(denied >= 0);
    CHECK(f.content(denied) == u"the charge"_s);
    const qsizetype said = f.withCue(u"then said"_s);
    REQUIRE(said >= 0);
    CHECK(f.source(said) == u"Ruiz"_s);
    CHECK(f.content(said) == u"she would resign"_s);

    f = run(u"Ruiz denied the charge, but on Tuesday said she would resign."_s);
    REQUIRE(f.withCue(u"said"_s) >= 0);
    CHECK(f.source(f.withCue(u"said"_s)) == u"Ruiz"_s);
    CHECK(f.content(f.withCue(u"denied"_s)) == u"the charge"_s);

    // A time phrase that ends what was said stays in it, and a verb after "then" that
    // cites nothing is part of the paraphrase.
    f = run(u"Ruiz said the port closed in May and last week."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.content(0) == u"the port closed in May and last week"_s);
    f = run(u"Ruiz said the port closed, then reopened."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.content(0) == u"the port closed, then reopened"_s);
}

TEST_CASE("who was told may be a paper of a place or a programme in quotation marks", "[attribution][frames4]")
{
    Found f = run(u"Ana Ruiz told The Harbor Times of Salem last week she would stay home."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Ana Ruiz"_s);
    CHECK(f.content(0) == u"she would stay home"_s);

    f = run(u"Ruiz told KXRA’s “Morning Tide” that she would stay home."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.content(0) == u"that she would stay home"_s);

    // A quotation told to someone is still what was said.
    f = run(u"Ruiz told Lee “I will stay home.”"_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.content(0) == u"“I will stay home.”"_s);
}

TEST_CASE("according to after a quotation and its cue cites both", "[attribution][frames4]")
{
    Found f = run(u"“We will not close the port,” Ruiz said at a meeting, according to a transcript."_s);
    const qsizetype said = f.withCue(u"said"_s);
    REQUIRE(said >= 0);
    CHECK(f.source(said) == u"Ruiz"_s);
    CHECK(f.content(said) == u"“We will not close the port,”"_s);
    const qsizetype report = f.withCue(u"according to"_s);
    REQUIRE(report >= 0);
    CHECK(f.source(report) == u"a transcript"_s);
    CHECK(f.content(report) == u"“We will not close the port,” Ruiz said at a meeting"_s);

    // With no attribution before it, what precedes the comma is the content.
    f = run(u"The port will stay open, according to the Salem Herald."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.content(0) == u"The port will stay open"_s);
}

TEST_CASE("a singular noun after a determiner is the subject of a verb that is also a noun", "[attribution][frames4]")
{
    Found f = run(u"The mayor claims that the port will close."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"The mayor"_s);
    CHECK(f.cue(0) == u"claims"_s);
    CHECK(f.content(0) == u"that the port will close"_s);

    f = run(u"The governor hopes the port will reopen."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"The governor"_s);

    // An adjective and the noun, or the noun before a preposition, cite nobody.
    CHECK(run(u"The new claims about the port were false."_s).all.isEmpty());
    CHECK(run(u"The harbor attacks in May shook the city."_s).all.isEmpty());
    CHECK(run(u"The repeated warnings went unheard."_s).all.isEmpty());
}

TEST_CASE("stating after a comma and made it very clear are cues", "[attribution][frames4]")
{
    Found f = run(u"Ruiz addressed the concerns on Thursday, stating the port would reopen."_s);
    const qsizetype stating = f.withCue(u"stating"_s);
    REQUIRE(stating >= 0);
    CHECK(f.source(stating) == u"Ruiz"_s);
    CHECK(f.content(stating) == u"the port would reopen"_s);

    f = run(u"Ruiz has made it very clear that she would stay."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.cue(0) == u"has made it very clear"_s);
    CHECK(f.content(0) == u"that she would stay"_s);

    CHECK(run(u"Ruiz made it very far in the race."_s).all.isEmpty());
    CHECK(run(u"The county is stating its budget in dollars."_s).all.isEmpty());
}

TEST_CASE("the one who was asked is not the source of the question", "[attribution][frames4]")
{
    Found f = run(u"Ruiz was asked whether the port would reopen."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.cue(0) == u"was asked"_s);
    CHECK(f.source(0).isEmpty());
    CHECK(f.content(0) == u"whether the port would reopen"_s);

    f = run(u"“Will the port reopen?” Ruiz was asked."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0).isEmpty());
    CHECK(f.content(0) == u"“Will the port reopen?”"_s);

    // The one who asks is.
    f = run(u"Ruiz asked whether the port would reopen."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Ruiz"_s);

    // Inside what someone said, it stays part of the words.
    f = run(u"Ruiz said she was asked to reopen the port."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.content(0) == u"she was asked to reopen the port"_s);
}

TEST_CASE("an irregular past tense ends the subject a later gerund takes", "[attribution][frames4]")
{
    Found f = run(u"The mayor stood by the port, telling reporters it would reopen."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"The mayor"_s);
    CHECK(f.content(0) == u"it would reopen"_s);

    // A name of more than one word is still whole.
    f = run(u"The harbor master drew a map, saying the port was safe."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"The harbor master"_s);
}

TEST_CASE("a verb that needs its that cites the clause before it when it ends the sentence",
          "[attribution][frames4]")
{
    Found f = run(u"Ruiz has run the clinic for ten years and will do a fine job on the board, Ortega maintains."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"Ortega"_s);
    CHECK(f.cue(0) == u"maintains"_s);
    CHECK(f.content(0) == u"Ruiz has run the clinic for ten years and will do a fine job on the board"_s);

    f = run(u"Ortega maintains that the port will reopen."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.cue(0) == u"maintains that"_s);
    CHECK(f.content(0) == u"the port will reopen"_s);

    // Keeping up a thing cites nothing; a noun like "states" and a perception, which need
    // their "as" or "by", stay out at a sentence's end.
    CHECK(run(u"The crew maintained the cranes."_s).all.isEmpty());
    CHECK(run(u"The port will reopen soon, the memo states."_s).all.isEmpty());
    CHECK(run(u"The plan was ambitious, as we have seen."_s).all.isEmpty());
}

TEST_CASE("a content before a cue starts after the claim the sentence has already made",
          "[attribution][frames4]")
{
    // Ruiz's claim ends at the dash; what "she said" says is the words after it.
    Found f = run(u"Asked about the delay, Ruiz said the ferry was late — no later, she said, than the bus."_s);
    const qsizetype ruiz = f.withCue(u"said"_s);
    REQUIRE(ruiz >= 0);
    CHECK(f.source(ruiz) == u"Ruiz"_s);
    CHECK(f.content(ruiz) == u"the ferry was late"_s);
    bool found = false;
    for (qsizetype i = 0; i < f.all.size(); ++i) {
        if (f.source(i) == u"she"_s) {
            found = true;
            CHECK(f.content(i).startsWith(u"no later"_s));
        }
    }
    CHECK(found);

    // A cue inside a quotation is part of what is said, and a sentence with one claim
    // keeps all of it.
    f = run(u"“I said no to the mayor,” Ortega told the board."_s);
    REQUIRE(f.withCue(u"told"_s) >= 0);
    CHECK(f.content(f.withCue(u"told"_s)) == u"“I said no to the mayor,”"_s);
    f = run(u"The ferry will sail on Monday, Ortega said."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.content(0) == u"The ferry will sail on Monday"_s);
}

TEST_CASE("a comma inside a number is no comma between clauses", "[attribution][frames4]")
{
    Found f = run(u"Roughly 1,100 names were never disclosed, the auditor reported."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.source(0) == u"the auditor"_s);
    CHECK(f.cue(0) == u"reported"_s);
    CHECK(f.content(0) == u"Roughly 1,100 names were never disclosed"_s);

    f = run(u"The ferry carried 1,200,000 people in 2015, Ortega said."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.content(0) == u"The ferry carried 1,200,000 people in 2015"_s);

    // A comma after a number that ends the clause still ends the content.
    f = run(u"The port lost 300, Ortega said."_s);
    REQUIRE(f.all.size() == 1);
    CHECK(f.content(0) == u"The port lost 300"_s);
}
