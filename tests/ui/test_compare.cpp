// SPDX-License-Identifier: MIT
// The comparison view on the sample project: the disputes the extractor suggested, side
// by side; moving a claim between sides, rejecting, comparing claims by hand; undo.
#include "compare/alignmentpane.h"
#include "compare/claimcard.h"
#include "compare/comparehtml.h"
#include "compare/compareview.h"
#include "compare/disputelistmodel.h"
#include "compare/positioncolumn.h"
#include "extract/pipeline.h"
#include "models/claimmodel.h"

#include "uisupport.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace factline;

namespace {

// The row of the dispute that holds a claim with these words.
int disputeRowWith(MainWindow &w, const QString &words)
{
    DisputeListModel *m = w.compareView()->model();
    for (int r = 0; r < m->rowCount(); ++r) {
        for (const qint64 id : m->disputeAt(r)->claimIds()) {
            if (w.project()->claim(id)->text.contains(words))
                return r;
        }
    }
    return -1;
}

qint64 openAidDispute(MainWindow &w)
{
    const int row = disputeRowWith(w, QStringLiteral("places no restrictions"));
    REQUIRE(row >= 0);
    const qint64 id = w.compareView()->model()->disputeAt(row)->id;
    w.views()->setCurrentWidget(w.compareView());
    w.compareView()->selectDispute(id);
    return id;
}

QStringList sides(CompareView *v)
{
    QStringList out;
    for (PositionColumn *c : v->columns())
        out << c->side();
    return out;
}

PositionColumn *columnWith(CompareView *v, const QString &words)
{
    for (PositionColumn *c : v->columns()) {
        for (ClaimCard *card : c->cards()) {
            if (card->text().contains(words))
                return c;
        }
    }
    return nullptr;
}

ClaimCard *cardWith(CompareView *v, const QString &words)
{
    PositionColumn *c = columnWith(v, words);
    if (!c)
        return nullptr;
    for (ClaimCard *card : c->cards()) {
        if (card->text().contains(words))
            return card;
    }
    return nullptr;
}

} // namespace

TEST_CASE("compare view: the sample's suggested disputes are listed, most contested first", "[compare]")
{
    test::SampleWindow s;
    CompareView *v = s.window.compareView();
    REQUIRE(v);
    QAbstractItemModelTester tester(v->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModel *list = v->disputeList()->model();
    REQUIRE(list->rowCount() >= 5);
    for (int r = 1; r < list->rowCount(); ++r)
        CHECK(list->index(r - 1, DisputeListModel::Contested).data().toInt()
              >= list->index(r, DisputeListModel::Contested).data().toInt());
    CHECK(list->index(0, DisputeListModel::State).data().toString() == QStringLiteral("Suggested"));
}

TEST_CASE("compare view: the aid dispute shows each side with its exact words, source and reasons", "[compare]")
{
    test::SampleWindow s;
    CompareView *v = s.window.compareView();
    openAidDispute(s.window);
    CHECK(sides(v).contains(QStringLiteral("Israel")));
    CHECK(sides(v).contains(QStringLiteral("international aid groups")));
    ClaimCard *israel = cardWith(v, QStringLiteral("it places no restrictions on the amounts of humanitarian aid"));
    REQUIRE(israel);
    CHECK(israel->text().contains(QStringLiteral("says")));         // the cue
    CHECK(israel->text().contains(QStringLiteral("24 Mar 2024")));  // the date said
    CHECK(israel->text().contains(QStringLiteral("Associated Press")));
    CHECK(israel->text().contains(QStringLiteral("Verdict: Not checked")));
    CHECK(cardWith(v, QStringLiteral("deliveries have been impeded by Israeli military restrictions")));
    CHECK(v->reasonsLabel()->text().contains(QStringLiteral("contrast marker")));
    CHECK(v->reasonsLabel()->text().contains(QStringLiteral("restrictions")));
}

TEST_CASE("compare view: moving a claim to another side, by a drop, and undo", "[compare][edit]")
{
    test::SampleWindow s;
    CompareView *v = s.window.compareView();
    const qint64 dispute = openAidDispute(s.window);
    const QString words = QStringLiteral("deliveries have been impeded");
    PositionColumn *from = columnWith(v, words);
    REQUIRE(from);
    const QString fromSide = from->side();
    const qint64 claim = cardWith(v, words)->claimId();
    PositionColumn *israel = columnWith(v, QStringLiteral("places no restrictions"));
    REQUIRE(israel);
    const int before = int(v->columns().size());

    emit israel->claimDropped(claim, israel->index()); // what a drop on the Israel column sends
    QTest::qWait(50);
    CHECK(v->currentDisputeId() == dispute);
    REQUIRE(columnWith(v, words));
    CHECK(columnWith(v, words)->side() == QStringLiteral("Israel"));
    CHECK(int(v->columns().size()) == before - 1); // the emptied side is gone
    CHECK(s.window.undoStack()->undoText() == QStringLiteral("Move claim to another position"));

    s.window.undoStack()->undo();
    QTest::qWait(50);
    REQUIRE(columnWith(v, words));
    CHECK(columnWith(v, words)->side() == fromSide);
    CHECK(int(v->columns().size()) == before);
}

TEST_CASE("compare view: moving a claim with the keyboard to a new side", "[compare][edit]")
{
    test::SampleWindow s;
    CompareView *v = s.window.compareView();
    openAidDispute(s.window);
    const int before = int(v->columns().size());
    ClaimCard *card = cardWith(v, QStringLiteral("places no restrictions"));
    REQUIRE(card);
    REQUIRE(v->moveClaim(card->claimId(), -1).ok()); // the context menu's "New Side"
    QTest::qWait(50);
    CHECK(int(v->columns().size()) == before + (columnWith(v, QStringLiteral("places no restrictions"))->cards().size() == 1 ? 0 : 1));
    s.window.undoStack()->undo();
    QTest::qWait(50);
    CHECK(int(v->columns().size()) == before);
}

TEST_CASE("compare view: reject, rename and undo", "[compare][edit]")
{
    test::SampleWindow s;
    CompareView *v = s.window.compareView();
    const qint64 id = openAidDispute(s.window);
    REQUIRE(v->setState(DisputeRejected).ok());
    DisputeListModel *m = v->model();
    CHECK(m->index(m->rowOf(id), DisputeListModel::State).data().toString() == QStringLiteral("Rejected"));
    REQUIRE(v->rename(QStringLiteral("Does Israel restrict humanitarian aid into Gaza?")).ok());
    CHECK(v->titleLabel()->text() == QStringLiteral("Does Israel restrict humanitarian aid into Gaza?"));
    s.window.undoStack()->undo();
    s.window.undoStack()->undo();
    CHECK(m->index(m->rowOf(id), DisputeListModel::State).data().toString() == QStringLiteral("Suggested"));
    CHECK(v->titleLabel()->text() != QStringLiteral("Does Israel restrict humanitarian aid into Gaza?"));
}

TEST_CASE("compare view: select claims, Compare, and a dispute of them is made and shown", "[compare][edit]")
{
    test::SampleWindow s;
    QTableView *claims = s.window.claimsView();
    const int a = test::findRow(claims->model(), ClaimModel::Claim, QStringLiteral("at least 32,070 people"));
    const int b = test::findRow(claims->model(), ClaimModel::Claim, QStringLiteral("at least a third of the dead"));
    REQUIRE(a >= 0);
    REQUIRE(b >= 0);
    claims->selectionModel()->select(claims->model()->index(a, 0),
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    claims->selectionModel()->select(claims->model()->index(b, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    CompareView *v = s.window.compareView();
    const int before = v->model()->rowCount();
    s.window.compareSelectedClaims();
    CHECK(v->model()->rowCount() == before + 1);
    CHECK(s.window.views()->currentWidget() == v);
    CHECK(sides(v).size() == 2);
    CHECK(v->model()->disputeAt(v->model()->rowOf(v->currentDisputeId()))->state == DisputeAccepted);
    // The two numbers of the death-toll claims disagree: both are marked.
    ClaimCard *toll = cardWith(v, QStringLiteral("32,070"));
    REQUIRE(toll);
    s.window.undoStack()->undo();
    CHECK(v->model()->rowCount() == before);
}

TEST_CASE("compare view: clicking a claim selects it in the window and keeps the comparison in front", "[compare]")
{
    test::SampleWindow s;
    CompareView *v = s.window.compareView();
    openAidDispute(s.window);
    ClaimCard *card = cardWith(v, QStringLiteral("deliveries have been impeded"));
    REQUIRE(card);
    QTest::mouseClick(card, Qt::LeftButton);
    CHECK(s.window.currentClaimId() == card->claimId());
    CHECK(s.window.views()->currentWidget() == v);
}

TEST_CASE("compare view: Alt+Down goes to the next dispute, arrows between sides", "[compare]")
{
    test::SampleWindow s;
    CompareView *v = s.window.compareView();
    s.window.views()->setCurrentWidget(v);
    v->disputeList()->setFocus();
    v->disputeList()->setCurrentIndex(v->disputeList()->model()->index(0, 0));
    const qint64 first = v->currentDisputeId();
    QTest::keyClick(v->disputeList(), Qt::Key_Down, Qt::AltModifier);
    CHECK(v->currentDisputeId() != first);
    REQUIRE(v->columns().size() >= 2);
    ClaimCard *card = v->columns()[0]->cards().value(0);
    REQUIRE(card);
    card->setFocus();
    QTest::keyClick(card, Qt::Key_Right);
    // (offscreen, the window is never active: ask it which widget holds its focus)
    CHECK(s.window.focusWidget() == v->columns()[1]->cards().value(0));
}

TEST_CASE("compare view: drift of the death toll, as a chart and a table", "[compare]")
{
    test::SampleWindow s;
    CompareView *v = s.window.compareView();
    QTableWidget *t = v->driftTable();
    REQUIRE(t->rowCount() >= 2);
    QStringList words;
    for (int r = 0; r < t->rowCount(); ++r)
        words << t->item(r, 2)->text();
    CHECK(words.contains(QStringLiteral("more than 32,000")));
    CHECK(words.contains(QStringLiteral("at least 32,070")));
    CHECK_FALSE(words.contains(QStringLiteral("some 1,200"))); // the Oct. 7 toll counts something else
}

namespace {

// Two outlets' versions of one wire story, in a project file of their own.
QString wireProject(const test::Scratch &dir)
{
    const QString path = dir.path(QStringLiteral("wire.factline"));
    auto p = Project::open(path);
    REQUIRE(p.ok());
    const QList<std::tuple<QString, QDate, QString>> versions = {
        {QStringLiteral("Wire"), QDate(2024, 3, 10),
         QStringLiteral("The Gaza Health Ministry said that more than 32,000 people have been killed in the war. "
                        "The United Nations said that Israel is preparing to evacuate civilians from the north of Gaza.")},
        {QStringLiteral("Daily"), QDate(2024, 3, 11),
         QStringLiteral("The Gaza Health Ministry said that at least 32,070 people have been killed in the war. "
                        "The United Nations said that Israel is preparing to expel civilians from the north of Gaza.")},
    };
    for (const auto &[outlet, date, text] : versions) {
        DocumentRecord d;
        d.text = text;
        d.meta.title = QStringLiteral("Gaza update");
        d.meta.outlet = outlet;
        d.meta.published = date;
        const qint64 id = (*p)->addDocument(d)->id;
        REQUIRE((*p)->storeExtraction(id, extract::extractRecords(text, date)).ok());
    }
    return path;
}

} // namespace

TEST_CASE("compare view: the same claim across outlets, with the differences marked", "[compare]")
{
    test::Scratch dir;
    const QString path = wireProject(dir);
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path));
    CompareView *v = window.compareView();
    // The claims are lined up on a pool thread: the tab says so until they are.
    REQUIRE(QTest::qWaitFor([&] { return !v->alignmentView()->isAligning(); }, 10000));
    const QString text = v->alignmentView()->toPlainText();
    CHECK(text.contains(QStringLiteral("2 claims reported by more than one article")));
    CHECK(text.contains(QStringLiteral("number: more than 32,000 → at least 32,070")));
    CHECK(text.contains(QStringLiteral("wording: “evacuate” → “expel”")));
    // The changed words are marked in the later version, in the colours of their kind.
    CHECK(v->alignmentView()->toHtml().contains(numberMark().name(), Qt::CaseInsensitive));
    CHECK(v->alignmentView()->toHtml().contains(wordingMark().name(), Qt::CaseInsensitive));
    // The drift table has the toll of both days.
    REQUIRE(v->driftTable()->rowCount() == 2);
    CHECK(v->driftTable()->item(0, 2)->text() == QStringLiteral("more than 32,000"));
    CHECK(v->driftTable()->item(1, 2)->text() == QStringLiteral("at least 32,070"));
    if (const QString out = qEnvironmentVariable("FACTLINE_SCREENSHOT_DIR"); !out.isEmpty()) {
        window.resize(1400, 900);
        window.views()->setCurrentWidget(v);
        if (auto *centre = window.findChild<QSplitter *>(QStringLiteral("centreSplitter")))
            centre->setSizes({740, 80});
        if (auto *split = v->findChild<QSplitter *>(QStringLiteral("compareSplitter")))
            split->setSizes({60, 120, 500});
        QTest::qWait(200);
        v->grab().save(out + QStringLiteral("/comparison-across.png"));
    }
}

TEST_CASE("compare view: the claims across articles follow a removed article", "[compare]")
{
    test::Scratch dir;
    const QString path = wireProject(dir);
    MainWindow window;
    window.show();
    REQUIRE(window.openProject(path));
    AlignmentPane *pane = window.compareView()->alignmentView();
    REQUIRE(QTest::qWaitFor([&] { return !pane->isAligning(); }, 10000));
    REQUIRE(pane->toPlainText().contains(QStringLiteral("2 claims reported by more than one article")));
    // With one outlet left, no claim is reported twice: the cached alignment must not stay on screen.
    Project *project = window.project();
    REQUIRE(project->removeDocument(project->documents()->first().id).ok());
    REQUIRE(QTest::qWaitFor([&] { return !pane->isAligning(); }, 10000));
    CHECK(pane->toPlainText().contains(QStringLiteral("No claim appears in more than one article yet")));
}

TEST_CASE("screenshots: the comparison view on the seed's aid dispute", "[.][screenshots]")
{
    const QString out = qEnvironmentVariable("FACTLINE_SCREENSHOT_DIR");
    REQUIRE_FALSE(out.isEmpty());
    test::SampleWindow s;
    s.window.resize(1400, 900);
    openAidDispute(s.window);
    CompareView *v = s.window.compareView();
    REQUIRE(v->rename(QStringLiteral("Does Israel restrict humanitarian aid into Gaza?")).ok());
    REQUIRE(v->setState(DisputeAccepted).ok());
    v->lowerTabs()->setCurrentIndex(1); // the drift of the death toll
    if (auto *centre = s.window.findChild<QSplitter *>(QStringLiteral("centreSplitter")))
        centre->setSizes({740, 80});
    QTest::qWait(300);
    REQUIRE(s.window.grab().save(out + QStringLiteral("/comparison.png")));
    REQUIRE(s.window.compareView()->grab().save(out + QStringLiteral("/comparison-view.png")));
}
