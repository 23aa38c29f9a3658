// SPDX-License-Identifier: MIT
// Fact-checking from the window: the inspector's verdict, note, evidence and tags, the
// claims table's Verdict and Tags columns, the verdict and tag filters, and the search
// over notes. Every edit is undone from the window's stack.
#include "edit/annotationcommands.h"
#include "inspector/annotationeditor.h"
#include "inspector/inspector.h"
#include "inspector/noteedit.h"
#include "models/claimmodel.h"
#include "models/eventmodel.h"

#include "uisupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>
#include <QUndoStack>

using namespace factline;
using namespace Qt::StringLiterals;
using factline::test::findRow;
using factline::test::SampleWindow;
using factline::test::selectRow;

namespace {

const QString Thirds = u"at least a third of the dead are Hamas militants"_s;
const QString NoWay = u"there is no credible way to do that"_s;

// Selects the claim with these words in the table and returns its id.
qint64 pick(SampleWindow &s, const QString &words)
{
    QAbstractItemModel *m = s.window.claimsView()->model();
    selectRow(s.window.claimsView(), findRow(m, ClaimModel::Claim, words), ClaimModel::Claim);
    REQUIRE(s.window.inspector()->claimId() == s.window.currentClaimId());
    return s.window.currentClaimId();
}

QString cell(SampleWindow &s, const QString &words, int column, int role = Qt::DisplayRole)
{
    QAbstractItemModel *m = s.window.claimsView()->model();
    const int row = findRow(m, ClaimModel::Claim, words);
    return row < 0 ? u"(not listed)"_s : m->index(row, column).data(role).toString();
}

void chooseVerdict(AnnotationEditor *editor, Verdict v)
{
    QComboBox *picker = editor->verdictPicker();
    const int i = picker->findData(verdictId(v));
    REQUIRE(i >= 0);
    picker->setCurrentIndex(i);
    emit picker->activated(i);
}

void chooseData(QComboBox *combo, const QString &data)
{
    const int i = combo->findData(data);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
}

QAction *actionWithKeys(MainWindow &w, const QString &keys)
{
    for (QAction *a : w.findChildren<QAction *>()) {
        if (a->shortcut() == QKeySequence(keys))
            return a;
    }
    return nullptr;
}

} // namespace

TEST_CASE("annotating: a verdict chosen in the inspector shows in the claims table and Undo takes it back",
          "[ui][annotations]")
{
    SampleWindow s;
    const qint64 id = pick(s, Thirds);
    AnnotationEditor *editor = s.window.inspector()->annotations();
    REQUIRE(editor->claimId() == id);
    CHECK(cell(s, Thirds, ClaimModel::VerdictColumn).isEmpty());
    CHECK(cell(s, Thirds, ClaimModel::VerdictColumn, ClaimModel::VerdictRole) == u"not-checked"_s);

    chooseVerdict(editor, Verdict::MostlyFalse);
    CHECK(cell(s, Thirds, ClaimModel::VerdictColumn) == u"Mostly false"_s);
    CHECK(cell(s, Thirds, ClaimModel::VerdictColumn, ClaimModel::VerdictRole) == u"mostly-false"_s);
    const QModelIndex at = s.window.claimsView()->model()->index(
        findRow(s.window.claimsView()->model(), ClaimModel::Claim, Thirds), ClaimModel::VerdictColumn);
    CHECK_FALSE(at.data(Qt::DecorationRole).value<QIcon>().isNull());
    CHECK(s.window.undoStack()->undoText() == u"Set verdict “Mostly false”"_s);
    const Annotation a = *store::annotation(*s.window.project(), id);
    CHECK(a.author == AnnotationEditor::author());
    CHECK(a.createdAt.isValid());

    s.window.undoStack()->undo();
    CHECK(cell(s, Thirds, ClaimModel::VerdictColumn).isEmpty());
    CHECK(editor->verdictPicker()->currentData().toString() == u"not-checked"_s);
    CHECK(store::annotation(*s.window.project(), id)->isEmpty());
}

TEST_CASE("annotating: the verdict shortcuts set the selected claim's verdict", "[ui][annotations]")
{
    SampleWindow s;
    pick(s, NoWay);
    QAction *halfTrue = actionWithKeys(s.window, u"Alt+3"_s);
    REQUIRE(halfTrue);
    halfTrue->trigger();
    CHECK(cell(s, NoWay, ClaimModel::VerdictColumn) == u"Half true"_s);
    CHECK(s.window.inspector()->annotations()->verdictPicker()->currentData().toString() == u"half-true"_s);
    QAction *notChecked = actionWithKeys(s.window, u"Alt+0"_s);
    REQUIRE(notChecked);
    notChecked->trigger();
    CHECK(cell(s, NoWay, ClaimModel::VerdictColumn).isEmpty());
    // The View menu keeps its Ctrl+digit keys.
    REQUIRE(actionWithKeys(s.window, u"Ctrl+1"_s));
    CHECK(actionWithKeys(s.window, u"Ctrl+1"_s)->text().contains(u"Claims"_s));
}

TEST_CASE("annotating: a note and a tag, then the tag and verdict filters list only that claim", "[ui][annotations]")
{
    SampleWindow s;
    const int all = s.window.claimModel()->totalCount();
    REQUIRE(all > 2);
    const qint64 id = pick(s, Thirds);
    AnnotationEditor *editor = s.window.inspector()->annotations();

    // The note is saved when the field is left, as one undoable edit, not per key.
    const int before = s.window.undoStack()->count();
    editor->noteEdit()->setFocus();
    QTest::keyClicks(editor->noteEdit(), u"The ministry does not separate fighters."_s);
    CHECK(s.window.undoStack()->count() == before);
    editor->noteEdit()->flush();
    CHECK(s.window.undoStack()->count() == before + 1);
    CHECK(store::annotation(*s.window.project(), id)->note == u"The ministry does not separate fighters."_s);

    editor->tagInput()->setText(u"casualties"_s);
    QTest::keyClick(editor->tagInput(), Qt::Key_Return);
    CHECK(editor->tagList()->count() == 1);
    CHECK(editor->tagInput()->text().isEmpty());
    CHECK(cell(s, Thirds, ClaimModel::Tags) == u"casualties"_s);
    chooseVerdict(editor, Verdict::Unproven);

    QComboBox *tags = s.window.tagFilter();
    chooseData(tags, u"casualties"_s);
    CHECK(tags->currentText() == u"casualties (1)"_s);
    REQUIRE(s.window.claimModel()->totalCount() == 1);
    CHECK(s.window.claimModel()->claimAt(0)->id == id);
    chooseData(tags, QString());
    CHECK(s.window.claimModel()->totalCount() == all);

    chooseData(s.window.verdictFilter(), u"unproven"_s);
    REQUIRE(s.window.claimModel()->totalCount() == 1);
    CHECK(s.window.claimModel()->claimAt(0)->id == id);
    chooseData(s.window.verdictFilter(), u"not-checked"_s);
    CHECK(s.window.claimModel()->totalCount() == all - 1);
    chooseData(s.window.verdictFilter(), QString());

    // A tag already in the project is offered while typing another claim's tag.
    pick(s, NoWay);
    editor->tagInput()->setText(u"cas"_s);
    QCompleter *completer = editor->tagInput()->completer();
    REQUIRE(completer);
    completer->setCompletionPrefix(u"cas"_s);
    CHECK(completer->currentCompletion() == u"casualties"_s);

    // Undoing the tag takes it off the filter list as well.
    s.window.selectClaim(id);
    chooseData(tags, u"casualties"_s);
    QUndoStack *undo = s.window.undoStack();
    while (undo->undoText() != u"Add tag “casualties”"_s && undo->canUndo())
        undo->undo();
    undo->undo();
    CHECK(tags->findData(u"casualties"_s) < 0);
    CHECK(tags->currentIndex() == 0);
    CHECK(s.window.claimModel()->totalCount() == all);
}

TEST_CASE("annotating: the search finds a claim by the words of its note", "[ui][annotations][search]")
{
    SampleWindow s;
    const qint64 id = pick(s, NoWay);
    REQUIRE(edit::setNote(*s.window.undoStack(), *s.window.project(), id, u"Compare the zeppelin figures."_s).ok());
    QLineEdit *search = s.window.searchBox();
    search->setText(u"zeppelin"_s);
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(s.window.claimModel()->totalCount() == 1);
    CHECK(s.window.claimModel()->claimAt(0)->id == id);
    // The claims' own words are still searched, together with the notes.
    search->setText(u"zeppel* OR Rafah"_s);
    QTest::keyClick(search, Qt::Key_Return);
    CHECK(s.window.claimModel()->totalCount() > 1);
    CHECK(s.window.claimModel()->rowOf(id) >= 0);
}

TEST_CASE("annotating: evidence links are added, reordered and removed, each step undoable", "[ui][annotations]")
{
    SampleWindow s;
    const qint64 id = pick(s, Thirds);
    AnnotationEditor *editor = s.window.inspector()->annotations();
    editor->evidenceUrl()->setText(u"example.org/toll"_s);
    editor->evidenceTitle()->setText(u"The ministry's count"_s);
    QTest::keyClick(editor->evidenceUrl(), Qt::Key_Return);
    editor->addEvidence(u"https://example.org/idf"_s, u"The army's count"_s);
    REQUIRE(editor->evidenceList()->count() == 2);
    auto links = *store::evidence(*s.window.project(), id);
    CHECK(links.first().url == u"https://example.org/toll"_s); // a scheme is added to a bare address
    editor->moveEvidence(1, -1);
    links = *store::evidence(*s.window.project(), id);
    CHECK(links.first().title == u"The army's count"_s);
    CHECK(editor->evidenceList()->currentRow() == 0);
    // Delete in the list removes the link, not the claim.
    editor->evidenceList()->setFocus();
    QTest::keyClick(editor->evidenceList(), Qt::Key_Delete);
    CHECK(store::evidence(*s.window.project(), id)->size() == 1);
    CHECK(s.window.project()->claim(id).ok());
    s.window.undoStack()->undo();
    CHECK(store::evidence(*s.window.project(), id)->size() == 2);
    s.window.undoStack()->undo();
    CHECK(store::evidence(*s.window.project(), id)->first().title == u"The ministry's count"_s);
    CHECK(editor->evidenceList()->item(0)->text() == u"The ministry's count"_s);
}

TEST_CASE("annotating: a note typed for one claim is saved to it when another claim is selected", "[ui][annotations]")
{
    SampleWindow s;
    const qint64 first = pick(s, Thirds);
    NoteEdit *note = s.window.inspector()->annotations()->noteEdit();
    note->setFocus();
    QTest::keyClicks(note, u"Half of it"_s);
    const qint64 second = pick(s, NoWay);
    CHECK(second != first);
    CHECK(store::annotation(*s.window.project(), first)->note == u"Half of it"_s);
    CHECK(store::annotation(*s.window.project(), second)->note.isEmpty());
    CHECK(note->note().isEmpty());

    // A pause in typing saves too.
    note->setFocus();
    QTest::keyClicks(note, u"Checked"_s);
    QTest::qWait(NoteEdit::PauseMs + 300);
    CHECK(store::annotation(*s.window.project(), second)->note == u"Checked"_s);
    // Undo shows in the field.
    s.window.undoStack()->undo();
    CHECK(note->note().isEmpty());
}

TEST_CASE("annotating: an event's note is edited in the inspector and undone", "[ui][annotations]")
{
    SampleWindow s;
    REQUIRE(s.window.eventModel()->rowCount() > 0);
    const qint64 event = s.window.eventModel()->index(0, 0).data(EventModel::IdRole).toLongLong();
    s.window.selectEvent(event);
    NoteEdit *note = s.window.inspector()->eventNote();
    REQUIRE(note->isVisibleTo(s.window.inspector()));
    note->setFocus();
    QTest::keyClicks(note, u"Date from the State Department briefing."_s);
    note->flush();
    CHECK(*store::eventNote(*s.window.project(), event) == u"Date from the State Department briefing."_s);
    s.window.undoStack()->undo();
    CHECK(store::eventNote(*s.window.project(), event)->isEmpty());
    CHECK(note->note().isEmpty());
}

TEST_CASE("annotating: the claim model passes QAbstractItemModelTester through annotation edits and filters",
          "[ui][annotations][models]")
{
    SampleWindow s;
    QAbstractItemModelTester tester(s.window.claimModel(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxy(s.window.claimsView()->model(),
                                   QAbstractItemModelTester::FailureReportingMode::Fatal);
    Project &p = *s.window.project();
    QUndoStack &undo = *s.window.undoStack();
    const qint64 claim = p.claims()->first().id;
    REQUIRE(edit::setVerdict(undo, p, claim, Verdict::True).ok());
    REQUIRE(edit::addTag(undo, p, claim, u"checked"_s).ok());
    chooseData(s.window.tagFilter(), u"checked"_s);
    chooseData(s.window.verdictFilter(), u"true"_s);
    s.window.claimsView()->sortByColumn(ClaimModel::VerdictColumn, Qt::AscendingOrder);
    chooseData(s.window.tagFilter(), QString());
    chooseData(s.window.verdictFilter(), QString());
    s.window.claimsView()->sortByColumn(ClaimModel::Tags, Qt::DescendingOrder);
    while (undo.canUndo())
        undo.undo();
    CHECK(s.window.claimModel()->totalCount() == static_cast<int>(p.claims()->size()));
}

TEST_CASE("annotating: a note written with pauses is one undo step, also after reopening", "[ui][annotations][undo]")
{
    SampleWindow s;
    const qint64 id = pick(s, Thirds);
    QUndoStack *stack = s.window.undoStack();
    const int steps = stack->count();
    NoteEdit *note = s.window.inspector()->annotations()->noteEdit();
    note->setFocus();
    for (const QString &part : {u"Checked"_s, u" with the ministry"_s, u" by phone."_s}) {
        QTest::keyClicks(note, part);
        note->flush(); // what a pause in typing does
    }
    CHECK(store::annotation(*s.window.project(), id)->note == u"Checked with the ministry by phone."_s);
    CHECK(stack->count() == steps + 1);
    CHECK(stack->undoText() == u"Edit note"_s);

    // Another edit in between starts a new step.
    REQUIRE(edit::setVerdict(*stack, *s.window.project(), id, Verdict::MostlyTrue).ok());
    REQUIRE(edit::setNote(*stack, *s.window.project(), id, u"Checked with the ministry by phone. Again."_s).ok());
    CHECK(stack->count() == steps + 3);
    stack->undo();
    stack->undo();
    CHECK(store::annotation(*s.window.project(), id)->note == u"Checked with the ministry by phone."_s);

    // After reopening, the log undoes the whole note at once, and redoes it.
    s.window.closeProject();
    REQUIRE(s.window.openProject(s.path));
    stack = s.window.undoStack();
    stack->undo();
    CHECK(store::annotation(*s.window.project(), id)->note.isEmpty());
    stack->redo();
    CHECK(store::annotation(*s.window.project(), id)->note == u"Checked with the ministry by phone."_s);
}
