// SPDX-License-Identifier: MIT
#include "edit/annotationcommands.h"

#include "core/testsupport.h"
#include "store/project.h"

#include <catch2/catch.hpp>

#include <QSqlQuery>
#include <QUndoStack>

using namespace factline;
using namespace Qt::StringLiterals;

namespace {

// One document with one claim: all the undo commands need.
struct OneClaim {
    test::Scratch dir;
    std::unique_ptr<Project> project;
    qint64 claim = 0;
    qint64 event = 0;
    QUndoStack stack;

    OneClaim()
    {
        auto p = Project::open(dir.path(u"p.factline"_s));
        REQUIRE(p.ok());
        project = std::move(*p);
        DocumentRecord d;
        d.text = u"Officials say it rained."_s;
        auto doc = project->addDocument(d);
        REQUIRE(doc.ok());
        ClaimRecord c;
        c.documentId = doc->id;
        c.content = {{14, 23}};
        c.text = u"it rained"_s;
        auto id = project->insertClaim(c);
        REQUIRE(id.ok());
        claim = *id;
        EventRecord e;
        e.documentId = doc->id;
        e.title = u"Rain"_s;
        auto ev = project->insertEvent(e);
        REQUIRE(ev.ok());
        event = *ev;
    }
    Annotation annotation() { return *store::annotation(*project, claim); }
};

} // namespace

TEST_CASE("annotation commands: a verdict and a note are undone to exactly the state before", "[ui][edit][annotations]")
{
    OneClaim f;
    REQUIRE(edit::setVerdict(f.stack, *f.project, f.claim, Verdict::MostlyFalse, u"Ana"_s).ok());
    CHECK(f.stack.undoText() == u"Set verdict “Mostly false”"_s);
    REQUIRE(edit::setNote(f.stack, *f.project, f.claim, u"Why."_s).ok());
    const Annotation done = f.annotation();
    CHECK(done.verdict == Verdict::MostlyFalse);
    CHECK(done.note == u"Why."_s);
    CHECK(done.author == u"Ana"_s);

    // The same verdict again changes nothing and pushes nothing.
    REQUIRE(edit::setVerdict(f.stack, *f.project, f.claim, Verdict::MostlyFalse).ok());
    CHECK(f.stack.count() == 2);

    f.stack.undo();
    CHECK(f.annotation().note.isEmpty());
    f.stack.undo();
    CHECK(f.annotation() == Annotation{f.claim, Verdict::NotChecked, {}, {}, {}, {}});
    f.stack.redo();
    f.stack.redo();
    CHECK(f.annotation() == done);
}

TEST_CASE("annotation commands: evidence and tags are undoable", "[ui][edit][annotations]")
{
    OneClaim f;
    const QList<EvidenceLink> links = {{u"https://a.example"_s, u"A"_s}, {u"https://b.example"_s, u"B"_s}};
    REQUIRE(edit::setEvidence(f.stack, *f.project, f.claim, links).ok());
    REQUIRE(edit::setEvidence(f.stack, *f.project, f.claim, links).ok()); // no change
    CHECK(f.stack.count() == 1);
    REQUIRE(edit::addTag(f.stack, *f.project, f.claim, u"weather"_s).ok());
    REQUIRE(edit::addTag(f.stack, *f.project, f.claim, u"Weather"_s).ok()); // already there
    CHECK(f.stack.count() == 2);
    REQUIRE(edit::removeTag(f.stack, *f.project, f.claim, u"WEATHER"_s).ok());
    CHECK(store::claimTags(*f.project, f.claim)->isEmpty());
    CHECK(store::tags(*f.project)->isEmpty());

    f.stack.undo(); // the removal
    CHECK(*store::claimTags(*f.project, f.claim) == QStringList{u"weather"_s});
    f.stack.undo(); // the addition
    CHECK(store::tags(*f.project)->isEmpty());
    f.stack.undo(); // the evidence
    CHECK(store::evidence(*f.project, f.claim)->isEmpty());
    f.stack.redo();
    CHECK(*store::evidence(*f.project, f.claim) == links);
    CHECK_FALSE(edit::setEvidence(f.stack, *f.project, f.claim, {{QString(), u"x"_s}}).ok());
}

TEST_CASE("annotation commands: event and dispute notes are undoable", "[ui][edit][annotations]")
{
    OneClaim f;
    REQUIRE(edit::setEventNote(f.stack, *f.project, f.event, u"Only one source."_s).ok());
    CHECK(*store::eventNote(*f.project, f.event) == u"Only one source."_s);
    f.stack.undo();
    CHECK(store::eventNote(*f.project, f.event)->isEmpty());

    QSqlQuery q(f.project->database());
    REQUIRE(q.exec(u"INSERT INTO disputes (title) VALUES ('Q')"_s));
    const qint64 dispute = q.lastInsertId().toLongLong();
    REQUIRE(edit::setDisputeNote(f.stack, *f.project, dispute, u"Open."_s).ok());
    f.stack.undo();
    CHECK(store::disputeNote(*f.project, dispute)->isEmpty());
    f.stack.redo();
    CHECK(*store::disputeNote(*f.project, dispute) == u"Open."_s);
    CHECK_FALSE(edit::setDisputeNote(f.stack, *f.project, 999, u"x"_s).ok());
}
