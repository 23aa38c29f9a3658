// SPDX-License-Identifier: MIT
#include "edit/commands.h"
#include "edit/splitactordialog.h"
#include "inspector/inspector.h"
#include "models/actormodel.h"
#include "models/claimmodel.h"
#include "models/eventmodel.h"

#include "uisupport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QUndoStack>

using namespace factline;
using factline::test::findRow;
using factline::test::SampleWindow;
using factline::test::selectRow;

namespace {

QString sourceOfClaim(MainWindow &w, const QString &words)
{
    QAbstractItemModel *m = w.claimsView()->model();
    const int row = findRow(m, ClaimModel::Claim, words);
    return row < 0 ? QString() : m->index(row, ClaimModel::Source).data().toString();
}

QPushButton *buttonNamed(QWidget *in, const QString &name)
{
    for (QPushButton *b : in->findChildren<QPushButton *>()) {
        if (b->accessibleName() == name && b->isVisibleTo(in))
            return b;
    }
    return nullptr;
}

} // namespace

TEST_CASE("editing: a claim's source is changed to a new name, undone and redone, and saved at once", "[ui][edit]")
{
    SampleWindow s;
    const QString words = QStringLiteral("at least a third of the dead are Hamas militants");
    REQUIRE(sourceOfClaim(s.window, words) == QStringLiteral("Israel"));
    const int sources = s.window.sourcesView()->model()->rowCount();
    selectRow(s.window.claimsView(), findRow(s.window.claimsView()->model(), ClaimModel::Claim, words),
              ClaimModel::Claim);

    QComboBox *source = s.window.inspector()->claimSource();
    source->setEditText(QStringLiteral("Israeli military"));
    QTest::keyClick(source->lineEdit(), Qt::Key_Return);
    CHECK(sourceOfClaim(s.window, words) == QStringLiteral("Israeli military"));
    CHECK(s.window.sourcesView()->model()->rowCount() == sources + 1);
    const int row = findRow(s.window.claimsView()->model(), ClaimModel::Claim, words);
    CHECK(s.window.claimsView()->model()->index(row, ClaimModel::Review).data().toString() == QStringLiteral("corrected"));
    CHECK(s.window.undoStack()->undoText().contains(QStringLiteral("Israeli military")));
    {
        // Saved as it happened: another connection sees it.
        auto other = Project::open(s.path);
        REQUIRE(other.ok());
        auto claim = (*other)->claim(s.window.currentClaimId());
        CHECK(claim->actorName == QStringLiteral("Israeli military"));
    }

    s.window.undoStack()->undo();
    CHECK(sourceOfClaim(s.window, words) == QStringLiteral("Israel"));
    CHECK(s.window.sourcesView()->model()->rowCount() == sources); // the new source went with the undo
    CHECK(s.window.inspector()->claimSource()->currentText() == QStringLiteral("Israel"));
    s.window.undoStack()->redo();
    CHECK(sourceOfClaim(s.window, words) == QStringLiteral("Israeli military"));
}

TEST_CASE("editing: picking an existing source from the list, and an edit that changes nothing is dropped", "[ui][edit]")
{
    SampleWindow s;
    const QString words = QStringLiteral("there is no credible way to do that");
    selectRow(s.window.claimsView(), findRow(s.window.claimsView()->model(), ClaimModel::Claim, words));
    QComboBox *source = s.window.inspector()->claimSource();
    const int index = source->findText(QStringLiteral("U.S. officials"));
    REQUIRE(index >= 0);
    source->setCurrentIndex(index);
    emit source->activated(index);
    CHECK(sourceOfClaim(s.window, words) == QStringLiteral("U.S. officials"));
    CHECK(s.window.undoStack()->count() == 1);
    emit source->activated(index); // the same again
    REQUIRE(edit::setClaimKind(*s.window.undoStack(), *s.window.project(), s.window.currentClaimId(),
                               s.window.project()->claim(s.window.currentClaimId())->kind)
                .ok());
    CHECK(s.window.undoStack()->count() == 1);
}

TEST_CASE("editing: merging two sources and undoing it separates them again", "[ui][edit]")
{
    SampleWindow s;
    Project &p = *s.window.project();
    const qint64 officials = *p.findActor(QStringLiteral("officials"));
    const qint64 us = *p.findActor(QStringLiteral("U.S. officials"));
    REQUIRE(officials > 0);
    REQUIRE(us > 0);
    const int before = s.window.sourcesView()->model()->rowCount();
    const int usClaims = p.actor(us)->claimCount;
    const int officialClaims = p.actor(officials)->claimCount;

    s.window.selectActor(officials);
    Inspector *inspector = s.window.inspector();
    REQUIRE(inspector->actorId() == officials);
    inspector->mergeTarget()->setCurrentIndex(inspector->mergeTarget()->findText(QStringLiteral("U.S. officials")));
    QPushButton *merge = buttonNamed(inspector, QStringLiteral("Merge"));
    REQUIRE(merge);
    merge->click();

    CHECK(s.window.sourcesView()->model()->rowCount() == before - 1);
    CHECK(p.actor(us)->claimCount == usClaims + officialClaims);
    CHECK(p.actor(us)->aliases.contains(QStringLiteral("officials")));
    CHECK(findRow(s.window.sourcesView()->model(), 0, QStringLiteral("U.S. officials")) >= 0);
    CHECK(sourceOfClaim(s.window, QStringLiteral("there is no credible way")) == QStringLiteral("U.S. officials"));

    s.window.undoStack()->undo();
    CHECK(s.window.sourcesView()->model()->rowCount() == before);
    CHECK(p.actor(officials)->claimCount == officialClaims);
    CHECK(p.actor(us)->claimCount == usClaims);
    CHECK_FALSE(p.actor(us)->aliases.contains(QStringLiteral("officials")));
    CHECK(p.actor(officials)->aliases.contains(QStringLiteral("Officials")));
    CHECK(p.actor(officials)->aliases.contains(QStringLiteral("they")));
    s.window.undoStack()->redo();
    CHECK(s.window.sourcesView()->model()->rowCount() == before - 1);
}

TEST_CASE("editing: a source's name, kind and other names are edited and undone", "[ui][edit]")
{
    SampleWindow s;
    Project &p = *s.window.project();
    const qint64 id = *p.findActor(QStringLiteral("Hamas"));
    REQUIRE(id > 0);
    const QString kind = p.actor(id)->kind;
    s.window.selectActor(id);
    Inspector *inspector = s.window.inspector();
    inspector->actorName()->setText(QStringLiteral("Hamas (militant group)"));
    inspector->actorKind()->setCurrentIndex(inspector->actorKind()->findData(
        kind == QStringLiteral("group") ? QStringLiteral("organisation") : QStringLiteral("group")));
    inspector->actorAliases()->setText(QStringLiteral("the militant group, the group"));
    QTest::keyClick(inspector->actorName(), Qt::Key_Return);
    CHECK(p.actor(id)->name == QStringLiteral("Hamas (militant group)"));
    CHECK(p.actor(id)->kind != kind);
    CHECK(p.actor(id)->aliases.size() == 2);
    CHECK(findRow(s.window.sourcesView()->model(), 0, QStringLiteral("Hamas (militant group)")) >= 0);
    s.window.undoStack()->undo();
    CHECK(p.actor(id)->name == QStringLiteral("Hamas"));
    CHECK(p.actor(id)->kind == kind);

    // A name another source has is refused with a sentence, and nothing is pushed.
    const int count = s.window.undoStack()->count();
    inspector->actorName()->setText(QStringLiteral("Israel"));
    QTest::keyClick(inspector->actorName(), Qt::Key_Return);
    CHECK(s.window.undoStack()->count() == count);
    CHECK(s.window.statusBar()->currentMessage().contains(QStringLiteral("merge")));
}

TEST_CASE("editing: accept is one key, next unreviewed is one key", "[ui][edit][review]")
{
    SampleWindow s;
    s.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&s.window));
    QTableView *claims = s.window.claimsView();
    claims->setFocus();
    selectRow(claims, 0, ClaimModel::Claim);
    QTest::keyClick(claims, Qt::Key_A);
    CHECK(claims->model()->index(0, ClaimModel::Review).data().toString() == QStringLiteral("accepted"));
    QTest::keyClick(claims, Qt::Key_N);
    CHECK(claims->currentIndex().row() == 1);
    QTest::keyClick(claims, Qt::Key_A);
    selectRow(claims, 0, ClaimModel::Claim);
    QTest::keyClick(claims, Qt::Key_N);
    CHECK(claims->currentIndex().row() == 2); // skips the accepted ones
    s.window.undoStack()->undo();
    s.window.undoStack()->undo();
    CHECK(claims->model()->index(0, ClaimModel::Review).data().toString() == QStringLiteral("unreviewed"));
}

TEST_CASE("editing: a deleted claim comes back with undo, with its words", "[ui][edit]")
{
    SampleWindow s;
    const QString words = QStringLiteral("Rafah is the last remaining stronghold of Hamas");
    const int all = s.window.claimModel()->totalCount();
    selectRow(s.window.claimsView(), findRow(s.window.claimsView()->model(), ClaimModel::Claim, words));
    const qint64 id = s.window.currentClaimId();
    const ClaimRecord before = *s.window.project()->claim(id);
    s.window.deleteCurrent();
    CHECK(s.window.claimModel()->totalCount() == all - 1);
    CHECK(findRow(s.window.claimsView()->model(), ClaimModel::Claim, words) < 0);
    s.window.undoStack()->undo();
    CHECK(s.window.claimModel()->totalCount() == all);
    const ClaimRecord after = *s.window.project()->claim(id);
    CHECK(after.content == before.content);
    CHECK(after.actorName == before.actorName);
}

TEST_CASE("editing: a claim is added from words selected in the reader, and its cue is set the same way", "[ui][edit]")
{
    SampleWindow s;
    ReaderView *reader = s.window.reader();
    const QString words = QStringLiteral("the Biden administration has continued to provide crucial military aid");
    const int at = reader->toPlainText().indexOf(words);
    REQUIRE(at > 0);
    QTextCursor c(reader->document());
    c.setPosition(at);
    c.setPosition(at + static_cast<int>(words.size()), QTextCursor::KeepAnchor);
    reader->setTextCursor(c);
    const int all = s.window.claimModel()->totalCount();
    s.window.addClaimFromSelection();
    CHECK(s.window.claimModel()->totalCount() == all + 1);
    const ClaimRecord added = *s.window.project()->claim(s.window.currentClaimId());
    CHECK(added.text == words);
    CHECK(added.origin == Origin::Person);
    CHECK(s.window.project()->document(added.documentId)->text.mid(added.content.first().start, words.size()) == words);

    // Its source is typed in the inspector.
    s.window.inspector()->claimSource()->setEditText(QStringLiteral("The Associated Press"));
    QTest::keyClick(s.window.inspector()->claimSource()->lineEdit(), Qt::Key_Return);
    CHECK(s.window.project()->claim(added.id)->actorName == QStringLiteral("The Associated Press"));

    const QString cue = QStringLiteral("has continued");
    const int cueAt = reader->toPlainText().indexOf(cue, at);
    c.setPosition(cueAt);
    c.setPosition(cueAt + static_cast<int>(cue.size()), QTextCursor::KeepAnchor);
    reader->setTextCursor(c);
    s.window.inspector()->useSelectionAsCue();
    CHECK(s.window.project()->claim(added.id)->cueText == cue);

    s.window.undoStack()->undo();
    s.window.undoStack()->undo();
    s.window.undoStack()->undo();
    CHECK(s.window.claimModel()->totalCount() == all);
}

TEST_CASE("editing: an event's title and date, and a date's value, are edited and undone", "[ui][edit]")
{
    SampleWindow s;
    Project &p = *s.window.project();
    QTableView *events = s.window.eventsView();
    REQUIRE(events->model()->rowCount() > 0);
    selectRow(events, 0, EventModel::Title);
    const qint64 id = events->currentIndex().data(EventModel::IdRole).toLongLong();
    const EventRecord before = *p.event(id);
    Inspector *inspector = s.window.inspector();
    inspector->eventTitle()->setText(QStringLiteral("Hamas takes control of Gaza"));
    inspector->eventDate()->setText(QStringLiteral("2007-06"));
    QTest::keyClick(inspector->eventDate(), Qt::Key_Return);
    CHECK(p.event(id)->title == QStringLiteral("Hamas takes control of Gaza"));
    CHECK(p.event(id)->dateStart == QDate(2007, 6, 1));
    CHECK(p.event(id)->dateEnd == QDate(2007, 6, 30));
    CHECK(findRow(events->model(), EventModel::Date, QStringLiteral("June 2007")) >= 0);
    s.window.undoStack()->undo();
    CHECK(p.event(id)->title == before.title);
    CHECK(p.event(id)->dateValue == before.dateValue);
    CHECK(p.event(id)->granularity == before.granularity);

    // A date the program cannot read is refused.
    inspector->eventDate()->setText(QStringLiteral("next spring-ish"));
    QTest::keyClick(inspector->eventDate(), Qt::Key_Return);
    CHECK(s.window.statusBar()->currentMessage().contains(QStringLiteral("not a date")));

    auto timexes = p.timexes();
    REQUIRE(timexes.ok());
    TimexRecord friday;
    for (const TimexRecord &t : *timexes) {
        if (t.text == QStringLiteral("Friday") && t.value == QStringLiteral("2024-03-22"))
            friday = t;
    }
    REQUIRE(friday.id > 0);
    REQUIRE(edit::setTimexValue(*s.window.undoStack(), p, friday.id, QStringLiteral("2024-03-15")).ok());
    CHECK(p.timex(friday.id)->value == QStringLiteral("2024-03-15"));
    CHECK(p.timex(friday.id)->origin == Origin::Person);
    const int at = s.window.reader()->toDocument(friday.span.start);
    CHECK(s.window.reader()->toolTipAt(at).contains(QStringLiteral("Fri 15 Mar 2024")));
    s.window.undoStack()->undo();
    CHECK(p.timex(friday.id)->value == QStringLiteral("2024-03-22"));
}

TEST_CASE("editing: edits survive closing and reopening the project", "[ui][edit]")
{
    SampleWindow s;
    Project &p = *s.window.project();
    const qint64 claim = p.claims()->first().id;
    REQUIRE(edit::setClaimSource(*s.window.undoStack(), p, claim, QStringLiteral("Someone else")).ok());
    s.window.closeProject();
    CHECK(s.window.claimsView()->model()->rowCount() == 0);
    CHECK(s.window.undoStack()->count() == 0);
    REQUIRE(s.window.openProject(s.path));
    CHECK(s.window.project()->claim(claim)->actorName == QStringLiteral("Someone else"));
}

TEST_CASE("editing: undo and redo go on after closing and reopening the project", "[ui][edit][undo]")
{
    SampleWindow s;
    Project &p = *s.window.project();
    const ClaimRecord before = p.claims()->first();
    const QString words = before.text.left(30);
    REQUIRE(edit::setClaimSource(*s.window.undoStack(), p, before.id, QStringLiteral("Someone else")).ok());
    const QString otherKind = before.kind == QStringLiteral("mixed") ? QStringLiteral("direct") : QStringLiteral("mixed");
    REQUIRE(edit::setClaimKind(*s.window.undoStack(), p, before.id, otherKind).ok());
    REQUIRE(s.window.undoStack()->count() == 2);
    s.window.undoStack()->undo();  // the kind change is undone before closing
    s.window.closeProject();

    REQUIRE(s.window.openProject(s.path));
    QUndoStack *stack = s.window.undoStack();
    REQUIRE(stack->count() == 2);
    CHECK(stack->index() == 1);
    CHECK(stack->undoText() == QStringLiteral("Change source to “Someone else”"));
    CHECK(stack->canRedo());
    CHECK(sourceOfClaim(s.window, words) == QStringLiteral("Someone else"));

    stack->undo();
    CHECK(sourceOfClaim(s.window, words) == before.actorName);  // the table reloaded
    CHECK(s.window.project()->claim(before.id)->actorId == before.actorId);
    CHECK(s.window.project()->findActor(QStringLiteral("Someone else")).value() == 0);  // made by the edit, gone with it

    stack->redo();
    stack->redo();
    CHECK(sourceOfClaim(s.window, words) == QStringLiteral("Someone else"));
    CHECK(s.window.project()->claim(before.id)->kind == otherKind);
    CHECK_FALSE(stack->canRedo());
}

TEST_CASE("editing: split off some of a source's claims to a new source, and undo it in one step", "[ui][edit]")
{
    SampleWindow s;
    Project &p = *s.window.project();
    const qint64 israel = *p.findActor(QStringLiteral("Israel"));
    REQUIRE(israel > 0);
    const int claims = p.actor(israel)->claimCount;
    REQUIRE(claims >= 2);
    const int sources = s.window.sourcesView()->model()->rowCount();

    s.window.selectActor(israel);
    Inspector *inspector = s.window.inspector();
    QList<qint64> moved;
    bool okWasOffBeforeChoosing = false;
    inspector->setDialogRunner([&](QDialog &d) {
        auto &dialog = static_cast<SplitActorDialog &>(d);
        REQUIRE(dialog.claimList()->count() == claims);
        auto *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        okWasOffBeforeChoosing = !ok->isEnabled();
        dialog.claimList()->item(0)->setCheckState(Qt::Checked);
        moved.append(dialog.claimList()->item(0)->data(Qt::UserRole).toLongLong());
        dialog.nameEdit()->setText(QStringLiteral("Israeli military"));
        return ok->isEnabled();
    });
    QPushButton *split = buttonNamed(inspector, QStringLiteral("Split Off…"));
    REQUIRE(split);
    split->click();

    CHECK(okWasOffBeforeChoosing);
    const qint64 military = *p.findActor(QStringLiteral("Israeli military"));
    REQUIRE(military > 0);
    CHECK(p.claim(moved.first())->actorId == military);
    CHECK(p.actor(israel)->claimCount == claims - 1);
    CHECK(s.window.sourcesView()->model()->rowCount() == sources + 1);
    CHECK(inspector->actorId() == military);  // the inspector follows to the new source

    s.window.undoStack()->undo();  // one step, however many claims moved
    CHECK(p.claim(moved.first())->actorId == israel);
    CHECK(p.actor(israel)->claimCount == claims);
    CHECK(*p.findActor(QStringLiteral("Israeli military")) == 0);
}

TEST_CASE("editing: after F2, a name and Enter, the keyboard is back in the claims and Ctrl+Z undoes", "[ui][edit]")
{
    SampleWindow s;
    s.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&s.window));
    const QString words = QStringLiteral("at least a third of the dead are Hamas militants");
    selectRow(s.window.claimsView(), findRow(s.window.claimsView()->model(), ClaimModel::Claim, words),
              ClaimModel::Claim);
    s.window.claimsView()->setFocus();
    QTest::keyClick(s.window.claimsView(), Qt::Key_F2);
    QComboBox *source = s.window.inspector()->claimSource();
    REQUIRE(source->hasFocus());
    QTest::keyClicks(source->lineEdit(), QStringLiteral("Israeli military"));
    QTest::keyClick(source->lineEdit(), Qt::Key_Return);
    CHECK(sourceOfClaim(s.window, words) == QStringLiteral("Israeli military"));
    CHECK(s.window.claimsView()->hasFocus());
    QTest::keyClick(s.window.claimsView(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(sourceOfClaim(s.window, words) == QStringLiteral("Israel"));
}
