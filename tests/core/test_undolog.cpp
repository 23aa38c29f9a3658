// SPDX-License-Identifier: MIT
// The undo history kept in the project file: steps recorded while edits run, undone and
// redone from the log alone, and still there after the project is reopened.
#include "store/project.h"
#include "store/undolog.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

using namespace factline;
using namespace Qt::StringLiterals;
using factline::test::Scratch;

namespace {

struct Fixture {
    Scratch dir;
    QString path = dir.path(u"undo.factline"_s);
    std::unique_ptr<Project> project;
    qint64 document = 0;
    qint64 claim = 0;

    Fixture()
    {
        reopen();
        DocumentRecord d;
        d.text = u"Israel says Rafah is the last stronghold. Aid groups say it's not."_s;
        d.meta.title = u"A story"_s;
        d.meta.published = QDate(2024, 3, 24);
        document = project->addDocument(d)->id;
        ExtractionRecords r;
        r.actors = {ActorRecord{0, u"Israel"_s, u"government"_s, {}, {}, 0}};
        ClaimRecord c;
        c.actorName = u"Israel"_s;
        c.source = {0, 6};
        c.cue = {7, 11};
        c.content = {{12, 40}};
        c.text = u"Rafah is the last stronghold"_s;
        c.kind = u"indirect"_s;
        r.claims = {c};
        REQUIRE(project->storeExtraction(document, r).ok());
        claim = project->claims(document)->first().id;
    }
    void reopen()
    {
        project.reset();
        auto opened = Project::open(path);
        REQUIRE(opened.ok());
        project = std::move(*opened);
    }
    ClaimRecord theClaim() const { return *project->claim(claim); }
    // One edit as the edit commands make it: a step around the change.
    qint64 edit(const QString &text, const std::function<Status()> &change)
    {
        Result<qint64> step = store::beginUndoStep(*project, text);
        REQUIRE(step.ok());
        const Status s = change();
        REQUIRE(s.ok());
        REQUIRE(store::endUndoStep(*project, *step).ok());
        return *step;
    }
};

} // namespace

TEST_CASE("undo log: an edit is undone and redone from the log, with the views told what changed", "[store][undo]")
{
    Fixture f;
    const qint64 step = f.edit(u"Change kind to direct"_s, [&] {
        ClaimRecord c = f.theClaim();
        c.kind = u"direct"_s;
        c.reviewState = u"corrected"_s;
        return f.project->updateClaim(c);
    });
    CHECK(f.theClaim().kind == u"direct"_s);

    auto undone = store::undoFromLog(*f.project, step);
    REQUIRE(undone.ok());
    CHECK(undone->contains(u"claims"_s));
    CHECK(f.theClaim().kind == u"indirect"_s);
    CHECK(f.theClaim().reviewState == u"unreviewed"_s);

    REQUIRE(store::redoFromLog(*f.project, step).ok());
    CHECK(f.theClaim().kind == u"direct"_s);
    // And back again: each replay records its own inverse.
    REQUIRE(store::undoFromLog(*f.project, step).ok());
    CHECK(f.theClaim().kind == u"indirect"_s);
}

TEST_CASE("undo log: a deleted claim comes back with its spans and its search entry after reopening", "[store][undo]")
{
    Fixture f;
    const ClaimRecord before = f.theClaim();
    const qint64 step = f.edit(u"Delete claim"_s, [&] { return f.project->deleteClaim(f.claim); });
    REQUIRE_FALSE(f.project->claim(f.claim).ok());

    f.reopen();
    auto steps = store::undoSteps(*f.project);
    REQUIRE(steps.ok());
    REQUIRE(steps->size() == 1);
    CHECK(steps->first().text == u"Delete claim"_s);
    CHECK(steps->first().done);

    REQUIRE(store::undoFromLog(*f.project, step).ok());
    const ClaimRecord back = f.theClaim();
    CHECK(back.text == before.text);
    CHECK(back.content == before.content);
    CHECK(back.actorId == before.actorId);
    CHECK(*f.project->searchClaims(u"stronghold"_s) == QList<qint64>{f.claim});
    CHECK_FALSE(store::undoSteps(*f.project)->first().done);
}

TEST_CASE("undo log: a new edit drops the undone steps, as the Edit menu does", "[store][undo]")
{
    Fixture f;
    auto setKind = [&](const QString &kind) {
        return [&f, kind] {
            ClaimRecord c = f.theClaim();
            c.kind = kind;
            return f.project->updateClaim(c);
        };
    };
    const qint64 first = f.edit(u"first"_s, setKind(u"direct"_s));
    const qint64 second = f.edit(u"second"_s, setKind(u"mixed"_s));
    REQUIRE(store::undoFromLog(*f.project, second).ok());
    CHECK(f.theClaim().kind == u"direct"_s);
    f.edit(u"third"_s, setKind(u"indirect"_s));
    auto steps = store::undoSteps(*f.project);
    REQUIRE(steps->size() == 2);
    CHECK((*steps)[0].id == first);
    CHECK((*steps)[1].text == u"third"_s);
}

TEST_CASE("undo log: a step the project no longer fits is refused whole and changes nothing", "[store][undo]")
{
    Fixture f;
    const qint64 step = f.edit(u"Delete claim"_s, [&] { return f.project->deleteClaim(f.claim); });
    // Outside any step (as a background import would), a row takes the deleted claim's id.
    ClaimRecord other = {};
    other.id = f.claim;
    other.documentId = f.document;
    other.text = u"Aid groups say it's not"_s;
    other.kind = u"indirect"_s;
    REQUIRE(f.project->insertClaim(other).ok());

    auto undone = store::undoFromLog(*f.project, step);
    REQUIRE_FALSE(undone.ok());
    CHECK(undone.error().message.contains(u"has changed"_s));
    CHECK(f.theClaim().text == u"Aid groups say it's not"_s);
    CHECK(store::undoSteps(*f.project)->first().done);  // still undoable later, still listed
}

TEST_CASE("undo log: changes made outside a step are not recorded", "[store][undo]")
{
    Fixture f;
    ClaimRecord c = f.theClaim();
    c.kind = u"direct"_s;
    REQUIRE(f.project->updateClaim(c).ok());
    CHECK(store::undoSteps(*f.project)->isEmpty());
}
