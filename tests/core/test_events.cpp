// SPDX-License-Identifier: MIT
#include "extract/pipeline.h"

#include <catch2/catch.hpp>

using namespace factline::extract;

namespace {

const QDate Sunday(2024, 3, 24);

QString anchorOf(const QString &text, const Event &e)
{
    return text.mid(e.anchor.start, e.anchor.length());
}

} // namespace

TEST_CASE("events: a dated happening gets the day, the clause it came from and a title", "[events]")
{
    const QString text = QStringLiteral("The foreign minister on Friday left Cairo empty-handed as talks stalled.");
    const auto x = extract(text, Sunday);
    REQUIRE(x.events.size() == 1);
    const Event &e = x.events[0];
    CHECK(e.dateValue == QStringLiteral("2024-03-22"));
    CHECK(e.range.granularity == QStringLiteral("day"));
    CHECK(anchorOf(text, e) == QStringLiteral("The foreign minister on Friday left Cairo empty-handed"));
    CHECK(e.title == QStringLiteral("The foreign minister left Cairo empty-handed"));
}

TEST_CASE("events: a week is a range from Monday to Sunday", "[events]")
{
    const QString text = QStringLiteral("Delegates will hold talks next week in Geneva.");
    const auto x = extract(text, Sunday);
    REQUIRE(x.events.size() == 1);
    CHECK(x.events[0].range.granularity == QStringLiteral("week"));
    CHECK(x.events[0].range.start.dayOfWeek() == 1);
    CHECK(x.events[0].range.end == x.events[0].range.start.addDays(6));
}

TEST_CASE("events: two mentions of one happening are one event", "[events]")
{
    const QString text = QStringLiteral("The region changed after the Oct. 7 attack by militants. "
                                        "Since the Oct. 7 attack, aid has slowed.");
    const auto x = extract(text, Sunday);
    REQUIRE(x.events.size() == 1);
    CHECK(x.events[0].dateValue == QStringLiteral("2023-10-07"));
    CHECK(x.events[0].anchor.start < 40); // the first mention anchors it
}

TEST_CASE("events: two different things on the same day stay two events", "[events]")
{
    const QString text = QStringLiteral("The envoy flew home on Friday. Rebels shelled the airport on Friday.");
    CHECK(extract(text, Sunday).events.size() == 2);
}

TEST_CASE("events: a statement dated by its cue is an event, and dates the claim", "[events]")
{
    const QString text = QStringLiteral("The health ministry said Thursday that 40 people died in the flood.");
    const auto x = extract(text, Sunday);
    REQUIRE(x.events.size() == 1);
    const Event &e = x.events[0];
    CHECK(e.dateValue == QStringLiteral("2024-03-21"));
    REQUIRE(e.attribution == 0);
    CHECK(anchorOf(text, e) == QStringLiteral("The health ministry said Thursday"));
    const auto records = toRecords(text, x);
    REQUIRE(records.claims.size() == 1);
    CHECK(records.claims[0].saidDate == QDate(2024, 3, 21));
}

TEST_CASE("events: without a document date, relative dates make no event", "[events]")
{
    const QString text = QStringLiteral("The foreign minister left Cairo on Friday.");
    CHECK(extract(text, QDate()).events.isEmpty());
    CHECK(extract(QStringLiteral("Hamas took control of Gaza in 2007."), QDate()).events.size() == 1);
}

TEST_CASE("events: a long title is cut after twelve words", "[events]")
{
    const QString text = QStringLiteral("The regional parliament on Friday voted to approve the new budget for "
                                        "public schools in the northern provinces.");
    const auto x = extract(text, Sunday);
    REQUIRE(x.events.size() == 1);
    CHECK(x.events[0].title
          == QStringLiteral("The regional parliament voted to approve the new budget for public schools\u2026"));
}

TEST_CASE("events: a title has single spaces and no dangling word before the date, in any case", "[events]")
{
    const QString text = QStringLiteral("The   foreign\tminister met  the rebels ON Friday.");
    const auto x = extract(text, Sunday);
    REQUIRE(x.events.size() == 1);
    CHECK(x.events[0].title == QStringLiteral("The foreign minister met the rebels"));
    // The words after the date join those before it with one space.
    const QString after = QStringLiteral("The envoy on Friday   left \t Cairo.");
    const auto y = extract(after, Sunday);
    REQUIRE(y.events.size() == 1);
    CHECK(y.events[0].title == QStringLiteral("The envoy left Cairo"));
}

TEST_CASE("events: an actor named by two words of the anchor is listed once", "[events]")
{
    const QString text = QStringLiteral("Antony Blinken said the talks were useful. "
                                        "Antony Blinken met the prime minister in Jerusalem on Friday.");
    const auto x = extract(text, Sunday);
    REQUIRE(x.events.size() == 1);
    REQUIRE(x.actors.size() >= 1);
    CHECK(x.events[0].actors == QStringList{x.actors[0].name});
    CHECK(x.actors[0].name.contains(QStringLiteral("Blinken")));
    // An anchor that names nobody has no actors.
    const auto y = extract(QStringLiteral("Antony Blinken said the talks were useful. "
                                          "The rebels shelled the airport on Friday."),
                           Sunday);
    REQUIRE(y.events.size() == 1);
    CHECK(y.events[0].actors.isEmpty());
}

TEST_CASE("events: the anchor stops at a word that opens a clause, in any case, and only there", "[events]")
{
    // "BECAUSE" opens a clause; "bathed", "awarded" and "despot" only start like openers.
    const QString text = QStringLiteral("The despot bathed and awarded medals on Friday BECAUSE the war ended.");
    const auto x = extract(text, Sunday);
    REQUIRE(x.events.size() == 1);
    // Going back from the date, the anchor takes the opener and stops; the title drops it.
    CHECK(anchorOf(text, x.events[0]) == QStringLiteral("and awarded medals on Friday"));
    CHECK(x.events[0].title == QStringLiteral("Awarded medals"));
    // A title that would open with an opener ("While …") loses it.
    const QString opening = QStringLiteral("Reporters waited. While the envoy on Friday left Cairo, talks stalled.");
    const auto y = extract(opening, Sunday);
    REQUIRE(y.events.size() == 1);
    CHECK(y.events[0].title == QStringLiteral("The envoy left Cairo"));
}
