// SPDX-License-Identifier: MIT
#include "extract/actors.h"
#include "extract/attribution.h"
#include "extract/sentences.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace factline::extract;
using namespace Qt::StringLiterals;

namespace {

struct Resolved {
    QList<Attribution> attributions;
    QList<Actor> actors;

    const Actor *actor(const QString &name) const
    {
        for (const Actor &a : actors) {
            if (a.name == name)
                return &a;
        }
        return nullptr;
    }
};

Resolved resolve(const QString &text)
{
    Resolved r;
    const QList<Sentence> sentences = splitSentences(text);
    r.attributions = findAttributions(text, sentences);
    r.actors = resolveActors(text, sentences, r.attributions);
    return r;
}

} // namespace

TEST_CASE("a surname resolves to the full name introduced with a title", "[actors]")
{
    const Resolved r = resolve(u"Foreign Minister Elena Sotelo met the delegation on Monday. "
                               u"Sotelo said the border would stay open."_s);
    REQUIRE(r.attributions.size() == 1);
    CHECK(r.attributions[0].actor == u"Elena Sotelo"_s);
    const Actor *a = r.actor(u"Elena Sotelo"_s);
    REQUIRE(a);
    CHECK(a->kind == ActorKind::Person);
    CHECK(a->aliases.contains(u"Sotelo"_s));
    CHECK(a->aliases.contains(u"Foreign Minister Elena Sotelo"_s));
}

TEST_CASE("he and she point back to the last person named", "[actors]")
{
    const Resolved r = resolve(u"Marta Quist, the chief engineer, toured the plant. "
                               u"“The pumps are old,” she said."_s);
    REQUIRE(r.attributions.size() == 1);
    CHECK(r.attributions[0].actor == u"Marta Quist"_s);
}

TEST_CASE("the two countries after a pair of names", "[actors]")
{
    const Resolved r = resolve(u"Chile and Peru signed the accord in Lima. "
                               u"The two countries said the tariffs would fall by half."_s);
    REQUIRE(r.attributions.size() == 1);
    CHECK(r.attributions[0].actor == u"Chile and Peru"_s);
    const Actor *a = r.actor(u"Chile and Peru"_s);
    REQUIRE(a);
    CHECK(a->kind == ActorKind::Group);
}

TEST_CASE("unnamed sources stay anonymous under a readable name", "[actors]")
{
    const Resolved r = resolve(u"Officials said the road was closed. "
                               u"U.S. officials say the talks will resume. "
                               u"A senior official said the deal was close."_s);
    REQUIRE(r.attributions.size() == 3);
    CHECK(r.attributions[0].actor == u"officials"_s);
    CHECK(r.attributions[1].actor == u"U.S. officials"_s);
    CHECK(r.attributions[2].actor == u"a senior official"_s);
    for (const QString &name : {u"officials"_s, u"U.S. officials"_s, u"a senior official"_s}) {
        const Actor *a = r.actor(name);
        REQUIRE(a);
        CHECK(a->kind == ActorKind::Anonymous);
    }
}

TEST_CASE("a continued quotation keeps its speaker", "[actors]")
{
    const Resolved r = resolve(u"Mayor Tomas Brandt said the town would rebuild. “Every house, every street.”"_s);
    REQUIRE(r.attributions.size() == 2);
    CHECK(r.attributions[0].actor == u"Tomas Brandt"_s);
    CHECK_FALSE(r.attributions[1].source.isValid());
    CHECK(r.attributions[1].actor == u"Tomas Brandt"_s);
}

TEST_CASE("an interrupted quotation is one claim of its speaker", "[actors]")
{
    const Resolved r = resolve(u"“We will rebuild,” Mayor Tomas Brandt said. “Every house, every street.”"_s);
    REQUIRE(r.attributions.size() == 1);
    CHECK(r.attributions[0].actor == u"Tomas Brandt"_s);
    CHECK(r.attributions[0].content.size() == 2);
}

TEST_CASE("a party and state after a name stay out of the actor", "[actors]")
{
    const Resolved r = resolve(u"Rep. Dana Whitfield (D-Ore.), chair of the budget committee, said the cuts would be reversed."_s);
    REQUIRE(r.attributions.size() == 1);
    CHECK(r.attributions[0].actor == u"Dana Whitfield"_s);
}

TEST_CASE("a passive claim with no agent names no actor", "[actors]")
{
    const Resolved r = resolve(u"Ada Reyes spoke first. The plan was criticized as reckless."_s);
    REQUIRE(r.attributions.size() == 1);
    CHECK(r.attributions[0].actor.isEmpty());
    CHECK(r.actors.isEmpty());
}

TEST_CASE("countries are governments under one name", "[actors]")
{
    const Resolved r = resolve(u"The U.S. says the shipment was seized. Canada denied that it knew of the shipment."_s);
    REQUIRE(r.attributions.size() == 2);
    CHECK(r.attributions[0].actor == u"United States"_s);
    CHECK(r.attributions[1].actor == u"Canada"_s);
    const Actor *a = r.actor(u"United States"_s);
    REQUIRE(a);
    CHECK(a->kind == ActorKind::Government);
    CHECK(a->aliases.contains(u"The U.S."_s));
}

TEST_CASE("the head of an organisation speaks for it", "[actors]")
{
    const Resolved r = resolve(u"Vaccination rates fell in 2022, the head of the Pan American Health Organization said."_s);
    REQUIRE(r.attributions.size() == 1);
    CHECK(r.attributions[0].actor == u"Pan American Health Organization"_s);
}

TEST_CASE("a title with a possessive finds the titled person", "[actors]")
{
    const Resolved r = resolve(u"Prime Minister Ana Ruiz flew to Rome. Spain’s prime minister said the trip was a success."_s);
    REQUIRE(r.attributions.size() == 1);
    CHECK(r.attributions[0].actor == u"Ana Ruiz"_s);
}

TEST_CASE("a relative pronoun takes the name before it", "[actors]")
{
    const Resolved r = resolve(u"Nadia Rahman, who leads the tenants’ union, said rents rose again."_s);
    REQUIRE(r.attributions.size() == 1);
    CHECK(r.attributions[0].actor == u"Nadia Rahman"_s);
}

TEST_CASE("kind names for the store and the command line", "[actors]")
{
    CHECK(actorKindName(ActorKind::Anonymous) == u"anonymous"_s);
    CHECK(actorKindName(ActorKind::Government) == u"government"_s);
    CHECK(quoteKindName(QuoteKind::Mixed) == u"mixed"_s);
}

TEST_CASE("the holder of a stance adjective resolves like a speaker", "[actors]")
{
    const Resolved r = resolve(u"Mayor Ines Duarte opened the hearing on Monday. "
                               u"Duarte is skeptical of the new budget."_s);
    REQUIRE(r.attributions.size() == 1);
    CHECK(r.attributions[0].actor == u"Ines Duarte"_s);
}

TEST_CASE("a group that backs someone is no person, and hearsay has no actor", "[actors]")
{
    const Resolved r = resolve(u"The Harbor Fund gave money to a group backing Ruiz. "
                               u"The treasurer reportedly resigned on Friday."_s);
    REQUIRE(r.attributions.size() == 2);
    CHECK(r.attributions[0].actor != u"Ruiz"_s);
    CHECK(r.attributions[1].actor.isEmpty());
}

TEST_CASE("a title after a place or a body, and 'of' inside a title, leave the name", "[actors]")
{
    const Resolved r = resolve(u"Secretary of State Ana Ruiz said the talks would go on. "
                               u"Texas Gov. Tom Lee said the plan failed. "
                               u"Australian Prime Minister Kim Ode said the test was reckless. "
                               u"Bank of America said profits rose."_s);
    REQUIRE(r.attributions.size() == 4);
    CHECK(r.attributions[0].actor == u"Ana Ruiz"_s);
    CHECK(r.attributions[1].actor == u"Tom Lee"_s);
    CHECK(r.attributions[2].actor == u"Kim Ode"_s);
    CHECK(r.attributions[3].actor == u"Bank of America"_s); // no title: the whole name
}

TEST_CASE("when something was said is not part of who said it", "[actors]")
{
    const Resolved r = resolve(u"Federal prosecutors in April said the bank had lied. "
                               u"Officials in May said the bridge would open."_s);
    REQUIRE(r.attributions.size() == 2);
    CHECK(r.attributions[0].actor == u"federal prosecutors"_s);
    CHECK(r.attributions[1].actor == u"officials"_s);
    // A capitalised "May" inside a sentence is the month, not part of the cue.
    CHECK(r.attributions[1].cue.length() == 4); // "said", not "May said"
}

TEST_CASE("a role and then a name in apposition is the named person", "[actors]")
{
    const Resolved r = resolve(u"The mayor, Ada Ruiz, said the vote would wait. "
                               u"Her lawyer, Tom Lee, said he would appeal. "
                               u"A spokesman for the governor, Kim Ode, said the plan failed."_s);
    REQUIRE(r.attributions.size() == 3);
    CHECK(r.attributions[0].actor == u"Ada Ruiz"_s);
    CHECK(r.attributions[1].actor == u"Tom Lee"_s);
    // The name after "for the governor" is the governor's: the spokesman is not named.
    CHECK(r.attributions[2].actor != u"Kim Ode"_s);
}
