// SPDX-License-Identifier: MIT
#include "smallproject.h"
#include "store/annotations.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>

using namespace factline;
using namespace Qt::StringLiterals;
using factline::test::Scratch;

namespace {

struct Fixture {
    Scratch dir;
    test::SmallProject s = test::buildSmallProject(dir.path(u"small.factline"_s));
    Project &p = *s.project;
};

} // namespace

TEST_CASE("annotations: the verdict scale has stable ids, names and ratings", "[annotations]")
{
    CHECK(allVerdicts().size() == 8);
    CHECK(verdictId(Verdict::MostlyFalse) == u"mostly-false"_s);
    CHECK(verdictName(Verdict::HalfTrue) == u"Half true"_s);
    CHECK(verdictRating(Verdict::True) == BestRating);
    CHECK(verdictRating(Verdict::False) == WorstRating);
    CHECK(verdictRating(Verdict::Disputed) == 0);
    for (Verdict v : allVerdicts())
        CHECK(verdictFromId(verdictId(v)) == v);
    CHECK_FALSE(verdictFromId(u"pants-on-fire"_s).has_value());
}

TEST_CASE("annotations: a claim nobody annotated reads as not checked, and a verdict is stored with times", "[annotations]")
{
    Fixture f;
    auto none = store::annotation(f.p, f.s.plainClaim);
    REQUIRE(none.ok());
    CHECK(none->verdict == Verdict::NotChecked);
    CHECK_FALSE(none->createdAt.isValid());

    QList<QList<qint64>> changed;
    QObject::connect(&f.p, &Project::annotationsChanged, [&](const QList<qint64> &ids) { changed.append(ids); });
    REQUIRE(store::setVerdict(f.p, f.s.plainClaim, Verdict::HalfTrue, u"Ana"_s).ok());
    REQUIRE(changed.size() == 1);
    CHECK(changed.first() == QList<qint64>{f.s.plainClaim});
    auto a = store::annotation(f.p, f.s.plainClaim);
    REQUIRE(a.ok());
    CHECK(a->verdict == Verdict::HalfTrue);
    CHECK(a->author == u"Ana"_s);
    CHECK(a->createdAt.isValid());
    CHECK(a->createdAt.timeSpec() == Qt::UTC);
    const QDateTime created = a->createdAt;

    REQUIRE(store::setNote(f.p, f.s.plainClaim, u"Line one.\n\nSee [this](https://a.example)."_s).ok());
    a = store::annotation(f.p, f.s.plainClaim);
    CHECK(a->note == u"Line one.\n\nSee [this](https://a.example)."_s);
    CHECK(a->createdAt == created);      // set once
    CHECK(a->author == u"Ana"_s);        // an edit without a name keeps the one there
    CHECK(a->updatedAt >= created);

    // Back to the default: the row goes.
    Annotation cleared = *a;
    cleared.verdict = Verdict::NotChecked;
    cleared.note.clear();
    cleared.author.clear();
    REQUIRE(store::writeAnnotation(f.p, cleared).ok());
    QSqlQuery q(f.p.database());
    REQUIRE(q.exec(u"SELECT count(*) FROM annotations WHERE claim_id = %1"_s.arg(f.s.plainClaim)));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
}

TEST_CASE("annotations: an annotation of a claim that is gone is an Error with a sentence", "[annotations]")
{
    Fixture f;
    auto s = store::setVerdict(f.p, 999, Verdict::True);
    REQUIRE_FALSE(s.ok());
    CHECK(s.errorMessage().contains(u"no longer in this project"_s));
    CHECK_FALSE(store::setEventNote(f.p, 999, u"x"_s).ok());
    CHECK_FALSE(store::setDisputeNote(f.p, 999, u"x"_s).ok());
}

TEST_CASE("annotations: evidence links keep their order and are replaced as a whole", "[annotations]")
{
    Fixture f;
    auto links = store::evidence(f.p, f.s.tollClaim);
    REQUIRE(links.ok());
    REQUIRE(links->size() == 2);
    CHECK(links->at(0).title == u"Ministry daily report"_s);
    CHECK(links->at(1).url == u"https://un.example/ocha"_s);

    REQUIRE(store::setEvidence(f.p, f.s.tollClaim, {{u"https://b.example"_s, u"B"_s}, {u"https://a.example"_s, {}}})
                .ok());
    links = store::evidence(f.p, f.s.tollClaim);
    REQUIRE(links->size() == 2);
    CHECK(links->at(0).url == u"https://b.example"_s);
    CHECK(links->at(1).title.isEmpty());

    auto bad = store::setEvidence(f.p, f.s.tollClaim, {{u"  "_s, u"no address"_s}});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errorMessage().contains(u"URL"_s));
    CHECK(store::evidence(f.p, f.s.tollClaim)->size() == 2); // nothing was written
    CHECK(store::allEvidence(f.p)->value(f.s.tollClaim).size() == 2);
}

TEST_CASE("annotations: tags are added once whatever their case, counted, renamed and merged", "[annotations]")
{
    Fixture f;
    REQUIRE(store::addTag(f.p, f.s.militantsClaim, u"  Casualties "_s).ok());
    REQUIRE(store::addTag(f.p, f.s.militantsClaim, u"casualties"_s).ok());
    CHECK(*store::claimTags(f.p, f.s.militantsClaim) == QStringList{u"casualties"_s});

    auto all = store::tags(f.p);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 2);
    CHECK(all->at(0).name == u"casualties"_s);
    CHECK(all->at(0).claims == 3);
    CHECK(all->at(1).name == u"diplomacy"_s);

    REQUIRE(store::renameTag(f.p, u"diplomacy"_s, u"Talks"_s).ok());
    CHECK(*store::claimTags(f.p, f.s.talksClaim) == QStringList{u"Talks"_s});
    // Renaming onto an existing tag merges them.
    REQUIRE(store::addTag(f.p, f.s.tollClaim, u"Talks"_s).ok());
    REQUIRE(store::renameTag(f.p, u"talks"_s, u"casualties"_s).ok());
    all = store::tags(f.p);
    REQUIRE(all->size() == 1);
    CHECK(all->at(0).claims == 4);
    CHECK_FALSE(store::renameTag(f.p, u"nothing"_s, u"x"_s).ok());
    CHECK_FALSE(store::addTag(f.p, f.s.tollClaim, u"   "_s).ok());

    // A tag lives while a claim carries it.
    const auto tagged = store::claimsWithTag(f.p, u"casualties"_s);
    REQUIRE(tagged.ok());
    for (qint64 id : *tagged)
        REQUIRE(store::removeTag(f.p, id, u"CASUALTIES"_s).ok());
    CHECK(store::tags(f.p)->isEmpty());
}

TEST_CASE("annotations: notes are searched with FTS5, and a malformed query is an Error", "[annotations]")
{
    Fixture f;
    auto hits = store::searchNotes(f.p, u"ministry"_s);
    REQUIRE(hits.ok());
    CHECK(*hits == QList<qint64>{f.s.tollClaim});
    CHECK(store::searchNotes(f.p, u"break*"_s)->contains(f.s.militantsClaim));
    CHECK(store::searchNotes(f.p, u"  "_s)->isEmpty());
    // The triggers keep the index in step with edits.
    REQUIRE(store::setNote(f.p, f.s.tollClaim, u"Replaced entirely."_s).ok());
    CHECK(store::searchNotes(f.p, u"ministry"_s)->isEmpty());
    CHECK(*store::searchNotes(f.p, u"replaced"_s) == QList<qint64>{f.s.tollClaim});

    auto bad = store::searchNotes(f.p, u"\"unclosed AND"_s);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errorMessage().contains(u"could not be understood"_s));
}

TEST_CASE("annotations: claims are filtered by verdict and tag, also through ClaimQuery", "[annotations]")
{
    Fixture f;
    CHECK(*store::claimsWithVerdict(f.p, Verdict::True) == QList<qint64>{f.s.tollClaim});
    CHECK(*store::claimsWithVerdict(f.p, Verdict::NotChecked) == QList<qint64>{f.s.plainClaim});
    CHECK(*store::claimsWithTag(f.p, u"Casualties"_s) == QList<qint64>{f.s.tollClaim, f.s.dailyTollClaim});

    ClaimQuery q;
    q.verdict = u"false"_s;
    auto rows = f.p.findClaims(q, 0, 100);
    REQUIRE(rows.ok());
    REQUIRE(rows->size() == 1);
    CHECK(rows->first().id == f.s.dailyTollClaim);
    CHECK(*f.p.countClaims(q) == 1);
    q.verdict = u"not-checked"_s;
    CHECK(*f.p.countClaims(q) == 1);
    q = {};
    q.tag = u"casualties"_s;
    CHECK(*f.p.countClaims(q) == 2);
    q.documentId = f.s.daily;
    CHECK(*f.p.countClaims(q) == 1);
    q.search = u"killed"_s;
    CHECK(*f.p.countClaims(q) == 0);
    CHECK(*f.p.countClaims({}) == 5);
}

TEST_CASE("annotations: events and disputes carry notes", "[annotations]")
{
    Fixture f;
    CHECK(*store::eventNote(f.p, f.s.talksEvent) == u"Date is the week after the article."_s);
    CHECK(*store::disputeNote(f.p, f.s.dispute) == u"Both figures come from officials."_s);
    QList<qint64> events;
    QList<qint64> disputes;
    QObject::connect(&f.p, &Project::eventNoteChanged, [&](qint64 id) { events.append(id); });
    QObject::connect(&f.p, &Project::disputeNoteChanged, [&](qint64 id) { disputes.append(id); });
    REQUIRE(store::setEventNote(f.p, f.s.talksEvent, u"Checked."_s).ok());
    REQUIRE(store::setDisputeNote(f.p, f.s.dispute, QString()).ok());
    CHECK(events == QList<qint64>{f.s.talksEvent});
    CHECK(disputes == QList<qint64>{f.s.dispute});
    CHECK(*store::eventNote(f.p, f.s.talksEvent) == u"Checked."_s);
    CHECK(store::disputeNote(f.p, f.s.dispute)->isEmpty());
}

TEST_CASE("annotations: an annotation survives closing and reopening the project", "[annotations]")
{
    Scratch dir;
    const QString path = dir.path(u"small.factline"_s);
    qint64 claim = 0;
    {
        auto s = test::buildSmallProject(path);
        claim = s.tollClaim;
    }
    auto p = Project::open(path, Project::OpenMode::OpenExisting);
    REQUIRE(p.ok());
    auto a = store::annotation(**p, claim);
    REQUIRE(a.ok());
    CHECK(a->verdict == Verdict::True);
    CHECK(a->author == u"Checker"_s);
    CHECK(a->createdAt == QDateTime(QDate(2024, 3, 25), QTime(10, 0), Qt::UTC));
    CHECK(store::allAnnotations(**p)->size() == 4);
    CHECK(store::allClaimTags(**p)->value(claim) == QStringList{u"casualties"_s});
}
