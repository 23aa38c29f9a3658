// SPDX-License-Identifier: MIT
// Across articles: three versions of one wire story, rewritten as wire stories are
// (numbers updated, hedges added and dropped, a word changed), lined up and diffed; and
// how the death toll drifted.
#include "compare/alignment.h"
#include "compare/drift.h"
#include "compare/worddiff.h"
#include "extract/pipeline.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace factline;
using namespace factline::compare;

namespace {

struct Version {
    const char *outlet;
    QDate date;
    const char *text;
};

const Version Versions[] = {
    {"Wire", QDate(2024, 3, 10),
     "The Gaza Health Ministry said that more than 32,000 people have been killed in the war. "
     "Israeli officials said that Hamas still holds about 240 hostages in Gaza. "
     "The United Nations said that Israel is preparing to evacuate civilians from the north of Gaza. "
     "Aid groups said that famine is imminent in the north of Gaza."},
    {"Daily", QDate(2024, 3, 11),
     "The Gaza Health Ministry said that 32,070 people have been killed in the war. "
     "Israeli officials said that Hamas still holds 250 hostages in Gaza. "
     "The United Nations said that Israel is preparing to evacuate civilians from the north of Gaza. "
     "Aid groups said that starvation is imminent in the north of Gaza."},
    {"Post", QDate(2024, 3, 12),
     "The Gaza Health Ministry said that at least 32,070 people have been killed in the war. "
     "Israeli officials said that Hamas still holds 250 hostages in Gaza. "
     "The United Nations said that Israel is preparing to expel civilians from the north of Gaza. "
     "Aid groups said that starvation is imminent in the north of Gaza."},
};

// The three versions stored in a project, extracted as an import would.
std::unique_ptr<Project> wireProject(const QString &path)
{
    auto p = Project::open(path);
    REQUIRE(p.ok());
    for (const Version &v : Versions) {
        DocumentRecord d;
        d.text = QString::fromUtf8(v.text);
        d.meta.title = QStringLiteral("Gaza update");
        d.meta.outlet = QString::fromUtf8(v.outlet);
        d.meta.published = v.date;
        const qint64 id = (*p)->addDocument(d)->id;
        REQUIRE((*p)->storeExtraction(id, extract::extractRecords(d.text, v.date)).ok());
    }
    return std::move(*p);
}

const AlignedClaim *alignedBy(const QList<AlignedClaim> &all, const QString &actorPart)
{
    for (const AlignedClaim &a : all) {
        if (a.versions.first().actor.contains(actorPart, Qt::CaseInsensitive))
            return &a;
    }
    return nullptr;
}

} // namespace

TEST_CASE("word diff: an updated number with its hedge is one number change", "[compare]")
{
    const WordDiff d = diffWords(u"more than 32,000 people have been killed", u"32,070 people have been killed");
    CHECK(d.numbersDiffer);
    CHECK(d.qualifiersDiffer);
    CHECK_FALSE(d.wordingDiffers);
    CHECK(d.summary() == QStringList{QStringLiteral("number: more than 32,000 → 32,070")});
}

TEST_CASE("word diff: a hedge added to the same number is a qualifier change", "[compare]")
{
    const WordDiff d = diffWords(u"32,070 people have been killed", u"at least 32,070 people have been killed");
    CHECK_FALSE(d.numbersDiffer);
    CHECK(d.qualifiersDiffer);
    CHECK_FALSE(d.wordingDiffers);
}

TEST_CASE("word diff: a changed verb is wording, and case alone is no change", "[compare]")
{
    const WordDiff d = diffWords(u"Israel told civilians to evacuate the north", u"israel told civilians to expel the north");
    CHECK(d.wordingDiffers);
    CHECK_FALSE(d.numbersDiffer);
    REQUIRE(d.summary().size() == 1);
    CHECK(d.summary().first() == QStringLiteral("wording: “evacuate” → “expel”"));
    CHECK(diffWords(u"Same words here", u"same words here.").summary().isEmpty());
}

TEST_CASE("word diff: 250 against about 240", "[compare]")
{
    const WordDiff d = diffWords(u"holds 250 hostages", u"holds about 240 hostages");
    CHECK(d.numbersDiffer);
    CHECK(d.summary() == QStringList{QStringLiteral("number: 250 → about 240")});
}

TEST_CASE("alignment: each claim of the wire story is lined up across the three outlets", "[compare][store]")
{
    test::Scratch dir;
    auto project = wireProject(dir.path(QStringLiteral("wire.factline")));
    auto claims = reportedClaims(*project);
    REQUIRE(claims.ok());
    const QList<AlignedClaim> all = alignClaims(*claims);
    CHECK(all.size() == 4);

    const AlignedClaim *toll = alignedBy(all, QStringLiteral("Health Ministry"));
    REQUIRE(toll);
    REQUIRE(toll->versions.size() == 3);
    CHECK(toll->versions[0].outlet == QStringLiteral("Wire")); // the earliest first
    CHECK(toll->diffs[0].numbersDiffer);                       // more than 32,000 → 32,070
    CHECK(toll->diffs[1].numbersDiffer);                       // more than 32,000 → at least 32,070
    CHECK(toll->differs());

    const AlignedClaim *hostages = alignedBy(all, QStringLiteral("Israeli officials"));
    REQUIRE(hostages);
    CHECK(hostages->diffs[0].summary().contains(QStringLiteral("number: about 240 → 250")));

    const AlignedClaim *un = alignedBy(all, QStringLiteral("United Nations"));
    REQUIRE(un);
    REQUIRE(un->versions.size() == 3);
    CHECK_FALSE(un->diffs[0].wordingDiffers); // Wire and Daily agree word for word
    CHECK(un->diffs[1].summary() == QStringList{QStringLiteral("wording: “evacuate” → “expel”")});

    const AlignedClaim *aid = alignedBy(all, QStringLiteral("Aid groups"));
    REQUIRE(aid);
    CHECK(aid->diffs[0].summary() == QStringList{QStringLiteral("wording: “famine” → “starvation”")});
}

TEST_CASE("alignment: different sources are never lined up, however alike their words", "[compare]")
{
    const QList<ReportedClaim> claims = {
        {1, 1, QStringLiteral("Israel"), QStringLiteral("the strike hit a Hamas command post"), {}, {}},
        {2, 2, QStringLiteral("Hamas"), QStringLiteral("the strike hit a Hamas command post"), {}, {}},
    };
    CHECK(alignClaims(claims).isEmpty());
}

TEST_CASE("alignment: a source's two names count each shared word once", "[compare]")
{
    // "State Department" and "Department of State" are one source, with the same words. The
    // second claim shares two of its eight words with the first (overlap under 0.4): it is
    // not a version of it, and the third, the same words as the first, is.
    const QList<ReportedClaim> claims = {
        {1, 1, QStringLiteral("State Department"), QStringLiteral("paying no taxes makes me smart"), {}, {}},
        {2, 2, QStringLiteral("Department of State"), QStringLiteral("it makes me richer than anyone else in the country today"), {}, {}},
        {3, 3, QStringLiteral("Department of State"), QStringLiteral("paying no taxes makes me smart"), {}, {}},
    };
    const QList<AlignedClaim> all = alignClaims(claims);
    REQUIRE(all.size() == 1);
    REQUIRE(all[0].versions.size() == 2);
    CHECK(all[0].versions[0].claimId == 1);
    CHECK(all[0].versions[1].claimId == 3);
}

TEST_CASE("alignment: a source named in full in one outlet and by surname in another is one source", "[compare]")
{
    CHECK(sameSource(QStringLiteral("Antony Blinken"), QStringLiteral("Blinken")));
    CHECK(sameSource(QStringLiteral("the U.S. State Department"), QStringLiteral("State Department")));
    CHECK(sameSource(QStringLiteral("ISRAEL"), QStringLiteral("Israel")));
    CHECK_FALSE(sameSource(QStringLiteral("health officials"), QStringLiteral("officials")));
    CHECK_FALSE(sameSource(QStringLiteral("Antony Blinken"), QStringLiteral("Benjamin Netanyahu")));
    CHECK_FALSE(sameSource(QStringLiteral("Blinken"), QString()));
    CHECK_FALSE(sameSource(QStringLiteral("U.S. officials"), QStringLiteral("U.N. officials")));
    CHECK_FALSE(sameSource(QStringLiteral("U.S."), QStringLiteral("U.N.")));
    CHECK_FALSE(sameSource(QStringLiteral("Officials"), QStringLiteral("health officials")));
    CHECK(sameSource(QStringLiteral("Israel's military"), QStringLiteral("Israel")));
    // Either way round.
    CHECK(sameSource(QStringLiteral("Department of State"), QStringLiteral("State Department")));
    CHECK(sameSource(QStringLiteral("State Department"), QStringLiteral("Department of State")));
    CHECK(sameSource(QStringLiteral("Blinken"), QStringLiteral("Antony Blinken")));

    const QList<ReportedClaim> claims = {
        {1, 1, QStringLiteral("Antony Blinken"), QStringLiteral("a ground offensive in Rafah would be a mistake"), {}, {}},
        {2, 2, QStringLiteral("Blinken"), QStringLiteral("a major ground offensive in Rafah would be a mistake"), {}, {}},
        {3, 3, QStringLiteral("officials"), QStringLiteral("a ground offensive in Rafah would be a mistake"), {}, {}},
    };
    const QList<AlignedClaim> all = alignClaims(claims);
    REQUIRE(all.size() == 1);
    REQUIRE(all[0].versions.size() == 2);
    CHECK(all[0].versions[0].claimId == 1);
    CHECK(all[0].versions[1].claimId == 2);
    CHECK(all[0].diffs[0].wordingDiffers); // "major" was added
}

TEST_CASE("alignment: a surname does not join two people who share it", "[compare]")
{
    const QString words = QStringLiteral("the talks in Cairo made real progress this week");
    const QList<ReportedClaim> claims = {
        {1, 1, QStringLiteral("Joe Biden"), words, {}, {}},
        {2, 2, QStringLiteral("Biden"), words, {}, {}},
        {3, 3, QStringLiteral("Hunter Biden"), words, {}, {}},
    };
    const QList<AlignedClaim> all = alignClaims(claims);
    REQUIRE(all.size() == 1);
    CHECK(all[0].versions.size() == 2); // "Biden" goes with one of them, never both
    const bool joeAndHunter = std::any_of(all[0].versions.cbegin(), all[0].versions.cend(),
                                          [](const ReportedClaim &v) { return v.claimId == 1; })
                              && std::any_of(all[0].versions.cbegin(), all[0].versions.cend(),
                                             [](const ReportedClaim &v) { return v.claimId == 3; });
    CHECK_FALSE(joeAndHunter);
}

TEST_CASE("drift: the death toll by the date each outlet reported it", "[compare][store]")
{
    test::Scratch dir;
    auto project = wireProject(dir.path(QStringLiteral("wire.factline")));
    auto series = loadDrift(*project);
    REQUIRE(series.ok());
    const auto toll = std::find_if(series->cbegin(), series->cend(), [](const DriftSeries &s) { return s.kind == u"killed"; });
    REQUIRE(toll != series->cend());
    REQUIRE(toll->points.size() == 3);
    CHECK(toll->points[0].value == 32000);
    CHECK(toll->points[0].reported == QDate(2024, 3, 10));
    CHECK(toll->points[2].value == 32070);
    CHECK(toll->points[2].text == QStringLiteral("at least 32,070"));
    const auto hostages = std::find_if(series->cbegin(), series->cend(), [](const DriftSeries &s) { return s.kind == u"hostages"; });
    REQUIRE(hostages != series->cend());
    CHECK(hostages->minimum() == 240);
    CHECK(hostages->maximum() == 250);
}

TEST_CASE("drift: a number far from its series counts something else and is left out", "[compare]")
{
    QList<QPair<QString, DriftPoint>> points;
    for (const double v : {32000.0, 32070.0, 1200.0}) {
        DriftPoint p;
        p.value = v;
        points.append({QStringLiteral("killed"), p});
    }
    const QList<DriftSeries> s = driftSeries(points);
    REQUIRE(s.size() == 1);
    CHECK(s.first().points.size() == 2);
    CHECK(recurringKind(u"the attack, which killed some", u"1,200", u"people, took 250 others hostage") == u"killed");
    CHECK(recurringKind(u"killed some 1,200 people, took", u"250", u"others hostage and triggered") == u"hostages");
    CHECK(recurringKind(u"up to", u"60%", u"of children are malnourished").isEmpty());
}
