// SPDX-License-Identifier: MIT
#include "report/projectjson.h"
#include "sample/sampleproject.h"
#include "reportsupport.h"
#include "store/project.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using namespace factline;
using namespace Qt::StringLiterals;
using factline::test::Scratch;

namespace {

void compare(const DocumentRecord &a, const DocumentRecord &b)
{
    CHECK(a.id == b.id);
    CHECK(a.meta.title == b.meta.title);
    CHECK(a.meta.outlet == b.meta.outlet);
    CHECK(a.meta.author == b.meta.author);
    CHECK(a.meta.url == b.meta.url);
    CHECK(a.meta.published == b.meta.published);
    CHECK(a.meta.language == b.meta.language);
    CHECK(a.text == b.text);
    CHECK(a.length == b.length);
    CHECK(a.checksum == b.checksum);
    CHECK(a.sourcePath == b.sourcePath);
    CHECK(a.format == b.format);
    CHECK(a.importedAt == b.importedAt);
    CHECK(a.claimCount == b.claimCount);
    CHECK(a.eventCount == b.eventCount);
}

void compare(const ClaimRecord &a, const ClaimRecord &b)
{
    CHECK(a.id == b.id);
    CHECK(a.documentId == b.documentId);
    CHECK(a.actorId == b.actorId);
    CHECK(a.actorName == b.actorName);
    CHECK(a.source == b.source);
    CHECK(a.cue == b.cue);
    CHECK(a.content == b.content);
    CHECK(a.sourceText == b.sourceText);
    CHECK(a.cueText == b.cueText);
    CHECK(a.text == b.text);
    CHECK(a.kind == b.kind);
    CHECK(a.saidDate == b.saidDate);
    CHECK(a.origin == b.origin);
    CHECK(a.confidence == b.confidence);
    CHECK(a.reviewState == b.reviewState);
}

void compare(const EventRecord &a, const EventRecord &b)
{
    CHECK(a.id == b.id);
    CHECK(a.documentId == b.documentId);
    CHECK(a.title == b.title);
    CHECK(a.dateValue == b.dateValue);
    CHECK(a.dateStart == b.dateStart);
    CHECK(a.dateEnd == b.dateEnd);
    CHECK(a.granularity == b.granularity);
    CHECK(a.anchor == b.anchor);
    CHECK(a.anchorText == b.anchorText);
    CHECK(a.actors == b.actors);
    CHECK(a.origin == b.origin);
    CHECK(a.confidence == b.confidence);
}

void compare(const ProjectSnapshot &a, const ProjectSnapshot &b)
{
    REQUIRE(a.documents.size() == b.documents.size());
    for (qsizetype i = 0; i < a.documents.size(); ++i)
        compare(a.documents[i], b.documents[i]);
    REQUIRE(a.actors.size() == b.actors.size());
    for (qsizetype i = 0; i < a.actors.size(); ++i) {
        CHECK(a.actors[i].id == b.actors[i].id);
        CHECK(a.actors[i].name == b.actors[i].name);
        CHECK(a.actors[i].kind == b.actors[i].kind);
        CHECK(a.actors[i].affiliation == b.actors[i].affiliation);
        CHECK(a.actors[i].aliases == b.actors[i].aliases);
        CHECK(a.actors[i].claimCount == b.actors[i].claimCount);
    }
    REQUIRE(a.claims.size() == b.claims.size());
    for (qsizetype i = 0; i < a.claims.size(); ++i)
        compare(a.claims[i], b.claims[i]);
    REQUIRE(a.events.size() == b.events.size());
    for (qsizetype i = 0; i < a.events.size(); ++i)
        compare(a.events[i], b.events[i]);
    REQUIRE(a.timexes.size() == b.timexes.size());
    for (qsizetype i = 0; i < a.timexes.size(); ++i) {
        CHECK(a.timexes[i].id == b.timexes[i].id);
        CHECK(a.timexes[i].span == b.timexes[i].span);
        CHECK(a.timexes[i].value == b.timexes[i].value);
        CHECK(a.timexes[i].explanation == b.timexes[i].explanation);
        CHECK(a.timexes[i].relative == b.timexes[i].relative);
        CHECK(a.timexes[i].resolved == b.timexes[i].resolved);
        CHECK(a.timexes[i].origin == b.timexes[i].origin);
    }
    REQUIRE(a.quantities.size() == b.quantities.size());
    for (qsizetype i = 0; i < a.quantities.size(); ++i) {
        CHECK(a.quantities[i].id == b.quantities[i].id);
        CHECK(a.quantities[i].claimId == b.quantities[i].claimId);
        CHECK(a.quantities[i].span == b.quantities[i].span);
        CHECK(a.quantities[i].value == b.quantities[i].value);
        CHECK(a.quantities[i].unit == b.quantities[i].unit);
        CHECK(a.quantities[i].qualifier == b.quantities[i].qualifier);
    }
    CHECK(a.eventNotes == b.eventNotes);
    CHECK(a.eventClaims == b.eventClaims);
    CHECK(a.disputes == b.disputes); // DisputeRecord compares every field, positions included
    CHECK(a.annotations == b.annotations);
    CHECK(a.evidence == b.evidence);
    CHECK(a.tags == b.tags);
}

ProjectSnapshot roundTrip(Project &from, Scratch &dir)
{
    auto before = store::readSnapshot(from);
    REQUIRE(before.ok());
    const QByteArray json = report::projectJson(*before);
    auto parsed = report::parseProjectJson(json);
    INFO(parsed.errorMessage().toStdString());
    REQUIRE(parsed.ok());
    auto target = Project::open(dir.path(u"copy.factline"_s));
    REQUIRE(target.ok());
    auto written = store::writeSnapshot(**target, *parsed);
    INFO(written.errorMessage().toStdString());
    REQUIRE(written.ok());
    auto after = store::readSnapshot(**target);
    REQUIRE(after.ok());
    compare(*before, *after);
    // And the copy exports to the same bytes.
    CHECK(report::projectJson(*after, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC))
          == report::projectJson(*before, QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC)));
    return *after;
}

} // namespace

TEST_CASE("project json: export, import into a new project, and the same project comes back", "[report][json]")
{
    test::SmallReport r;
    const ProjectSnapshot copy = roundTrip(*r.s.project, r.dir);
    CHECK(copy.annotations.size() == 4);
    CHECK(copy.disputes.size() == 1);
}

TEST_CASE("project json: the sample project, extracted, survives the round trip", "[report][json]")
{
    Scratch dir;
    const QString path = dir.path(u"sample.factline"_s);
    REQUIRE(createSampleProject(path).ok());
    auto p = Project::open(path);
    REQUIRE(p.ok());
    auto claims = (*p)->claims();
    REQUIRE(claims.ok());
    REQUIRE_FALSE(claims->isEmpty());
    REQUIRE(store::setVerdict(**p, claims->first().id, Verdict::MostlyFalse, u"Ana"_s).ok());
    const ProjectSnapshot copy = roundTrip(**p, dir);
    CHECK(copy.timexes.size() > 5);
    CHECK(copy.quantities.size() > 2);
}

TEST_CASE("project json: the export names its schema and has every list", "[report][json]")
{
    test::SmallReport r;
    const QJsonObject root = test::parseJson(report::projectJson(r.snapshot)).object();
    CHECK(root[u"schema"_s] == u"factline.project/1"_s);
    for (const QString &key : {u"documents"_s, u"actors"_s, u"claims"_s, u"timexes"_s, u"events"_s, u"quantities"_s,
                               u"disputes"_s})
        CHECK(root[key].isArray());
    const QJsonObject claim = root[u"claims"_s][0].toObject();
    for (const QString &key : {u"id"_s, u"document"_s, u"actor_id"_s, u"content"_s, u"text"_s, u"annotation"_s,
                               u"evidence"_s, u"tags"_s})
        CHECK(claim.contains(key));
    CHECK(claim[u"annotation"_s][u"verdict"_s] == u"true"_s);
    CHECK(root[u"documents"_s][0][u"text"_s].toString().startsWith(u"Talks on Rafah"_s));
}

TEST_CASE("project json: a bad file is refused with a sentence, and nothing is written", "[report][json]")
{
    CHECK(report::parseProjectJson("{not json").errorMessage().contains(u"not valid JSON"_s));
    CHECK(report::parseProjectJson(R"({"schema": "other/1"})").errorMessage().contains(u"not a Factline project"_s));
    CHECK(report::parseProjectJson(R"({"schema": "factline.project/2"})").errorMessage().contains(u"newer Factline"_s));
    const auto missing = report::parseProjectJson(
        R"({"schema": "factline.project/1", "documents": [{"id": 1}], "actors": [], "claims": [],
            "timexes": [], "events": [], "quantities": [], "disputes": []})");
    CHECK(missing.errorMessage().contains(u"documents[0].text is missing"_s));

    test::SmallReport r;
    auto json = store::readSnapshot(*r.s.project);
    REQUIRE(json.ok());
    auto again = store::writeSnapshot(*r.s.project, *json); // not empty
    REQUIRE_FALSE(again.ok());
    CHECK(again.errorMessage().contains(u"new, empty project"_s));
}
