// SPDX-License-Identifier: MIT
#include "extract/attribution_lexicon.h"

#include <catch2/catch.hpp>

#include <QString>
#include <QStringList>

using namespace factline::extract::attr;

TEST_CASE("A view table finds what was put in it and nothing else", "[attribution][lexicon]")
{
    // Enough keys to make the table grow several times, kept alive by the list.
    QStringList words;
    for (int i = 0; i < 500; ++i)
        words.append(QStringLiteral("w%1").arg(i));
    ViewTable<int> table;
    for (int i = 0; i < words.size(); ++i)
        table.insert(words[i], i);
    for (int i = 0; i < words.size(); ++i) {
        const int *v = table.find(QStringLiteral("w%1").arg(i)); // an equal string elsewhere in memory
        REQUIRE(v);
        CHECK(*v == i);
    }
    CHECK_FALSE(table.contains(u"w500"));
    CHECK_FALSE(table.contains(u"w"));
    CHECK_FALSE(table.contains(QStringView()));
    int count = 0;
    table.forEach([&](QStringView, int) { ++count; });
    CHECK(count == 500);
}

TEST_CASE("A view table keeps the first value a key was given", "[attribution][lexicon]")
{
    ViewTable<int> table;
    table.insert(u"said", 1);
    table.insert(u"said", 2);
    CHECK(*table.find(u"said") == 1);
    table.insert(u"said") += 10; // insert hands back the value it holds
    CHECK(*table.find(u"said") == 11);
    CHECK(table.find(u"says") == nullptr);
}

TEST_CASE("A word set matches whole words by exact case", "[attribution][lexicon]")
{
    const WordSet set{u"the", u"a", u"an"};
    CHECK(set.contains(u"the"));
    CHECK(set.contains(u"an"));
    CHECK_FALSE(set.contains(u"The"));
    CHECK_FALSE(set.contains(u"th"));
    CHECK_FALSE(set.contains(u"then"));
    CHECK_FALSE(set.contains(QStringView()));
    CHECK_FALSE(WordSet{}.contains(u"the"));
}

TEST_CASE("The lexicon tells cue words from ordinary ones", "[attribution][lexicon]")
{
    CHECK(lookupCue(u"said").cls == CueClass::Speech);
    CHECK(lookupCue(u"said").form == CueForm::Past);
    CHECK(lookupCue(u"told").cls == CueClass::Tell);
    CHECK(lookupCue(u"believes").form == CueForm::ThirdPerson);
    CHECK_FALSE(lookupCue(u"table").isCue());
    CHECK((lexFlagsOf(u"said") & MaybeVerbCue));
    CHECK((lexFlagsOf(u"claims") & MaybeNounCue));
    CHECK((lexFlagsOf(u"drew") & MaybeReception));
    CHECK(lexFlagsOf(u"table") == 0);
    CHECK(nounCue(u"claim", u"that") == CueClass::Speech);
    CHECK(nounCue(u"claim", u"of") == CueClass::None);
}
