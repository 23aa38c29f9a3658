// SPDX-License-Identifier: MIT
#include "app/mainwindow.h"
#include "models/eventmodel.h"
#include "timeline/timelineview.h"
#include "app/startup.h"
#include "inspector/inspector.h"
#include "models/claimmodel.h"
#include "reader/readerview.h"

#include "uisupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QApplication>
#include <QDialog>
#include <QTableWidget>

using namespace factline;
using factline::test::findRow;
using factline::test::SampleWindow;
using factline::test::selectRow;

TEST_CASE("window: first start builds the sample project and shows its article", "[ui]")
{
    QFile::remove(sampleProjectPath());
    auto path = startupProject({}, {});
    REQUIRE(path.ok());
    CHECK(QFileInfo::exists(*path));

    MainWindow window;
    window.show();
    REQUIRE(window.openProject(*path));
    QAbstractItemModel *docs = window.documentsView()->model();
    QAbstractItemModelTester tester(docs, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(docs->rowCount() == 1);
    CHECK(window.reader()->toPlainText().contains(QStringLiteral("Antony Blinken on Friday once again left")));
    CHECK(window.windowTitle().contains(QStringLiteral("sample")));
    CHECK(window.claimsView()->model()->rowCount() > 20);
    CHECK(window.sourcesView()->model()->rowCount() > 5);
    CHECK(window.eventsView()->model()->rowCount() > 3);
    CHECK_FALSE(window.grab().isNull());
}

TEST_CASE("window: the timeline tab follows the event selected in the table", "[ui][timeline]")
{
    auto path = startupProject({}, {});
    REQUIRE(path.ok());
    MainWindow window;
    REQUIRE(window.openProject(*path));
    auto *timeline = window.findChild<TimelineView *>();
    REQUIRE(timeline != nullptr);
    CHECK(window.views()->indexOf(timeline) == 2);
    QAbstractItemModel *events = window.eventsView()->model();
    REQUIRE(events->rowCount() > 0);
    window.eventsView()->setCurrentIndex(events->index(0, 0));
    const qint64 id = window.eventsView()->currentIndex().data(EventModel::IdRole).toLongLong();
    CHECK(id > 0);
    CHECK(timeline->selectedEventId() == id);
    // The comparison view has taken the placeholder's tab.
    CHECK(window.findChild<QWidget *>(QStringLiteral("comparePlaceholder")) == nullptr);
    CHECK(window.views()->indexOf(window.findChild<QWidget *>(QStringLiteral("compareView"))) == 3);
}

TEST_CASE("window: selecting a claim scrolls the reader to its words and selects them", "[ui][reader]")
{
    SampleWindow s;
    QTableView *claims = s.window.claimsView();
    ReaderView *reader = s.window.reader();
    reader->verticalScrollBar()->setValue(0);
    // Near the end of the article, well below the first screen.
    const int row = findRow(claims->model(), ClaimModel::Claim, QStringLiteral("It risks killing more civilians"));
    selectRow(claims, row, ClaimModel::Claim);
    CHECK(reader->textCursor().selectedText().contains(QStringLiteral("It risks killing more civilians")));
    CHECK(reader->verticalScrollBar()->value() > 0);
    CHECK(reader->viewport()->rect().contains(reader->cursorRect().center()));
    CHECK(s.window.inspector()->claimId() == s.window.currentClaimId());
    CHECK(s.window.inspector()->claimSource()->currentText() == QStringLiteral("Antony Blinken"));

    // The words are highlighted in the source's colour (an extra selection covers them).
    bool highlighted = false;
    for (const QTextEdit::ExtraSelection &sel : reader->extraSelections())
        highlighted = highlighted || sel.cursor.selectedText().contains(QStringLiteral("It risks killing"));
    CHECK(highlighted);
}

TEST_CASE("window: clicking a claim's words in the reader selects the claim", "[ui][reader]")
{
    SampleWindow s;
    ReaderView *reader = s.window.reader();
    const int at = reader->toPlainText().indexOf(QStringLiteral("the last remaining stronghold of Hamas"));
    REQUIRE(at > 0);
    QTextCursor c(reader->document());
    c.setPosition(at + 5);
    reader->setTextCursor(c);
    reader->ensureCursorVisible();
    QTest::mouseClick(reader->viewport(), Qt::LeftButton, {}, reader->cursorRect(c).center());
    const QModelIndex current = s.window.claimsView()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(current.siblingAtColumn(ClaimModel::Claim).data().toString().contains(QStringLiteral("stronghold")));
    CHECK(current.siblingAtColumn(ClaimModel::Source).data().toString() == QStringLiteral("Israel"));
}

TEST_CASE("window: a relative date shows how it was resolved, and clicking it opens it in the inspector", "[ui][reader]")
{
    SampleWindow s;
    ReaderView *reader = s.window.reader();
    const int at = reader->toPlainText().indexOf(QStringLiteral("Blinken on Friday")) + 11;
    const QString tip = reader->toolTipAt(at);
    CHECK(tip.contains(QStringLiteral("Friday → Fri 22 Mar 2024")));
    CHECK(tip.contains(QStringLiteral("from the article's date")));
    const ReaderView::Item item = reader->itemAt(at);
    CHECK(item.kind == ReaderView::ItemKind::Timex);
    QTextCursor c(reader->document());
    c.setPosition(at + 1);
    reader->setTextCursor(c);
    QTest::mouseClick(reader->viewport(), Qt::LeftButton, {}, reader->cursorRect(c).center());
    CHECK(s.window.inspector()->timexValue()->text() == QStringLiteral("2024-03-22"));
}

TEST_CASE("window: reader positions account for the title block and code points", "[ui][reader]")
{
    test::Scratch dir;
    MainWindow window;
    REQUIRE(window.openProject(dir.path(QStringLiteral("p.factline"))));
    DocumentRecord d;
    d.id = 7;
    d.meta.title = QStringLiteral("Title");
    d.text = QStringLiteral("\U0001F600 Officials said it rained.");
    window.reader()->showDocument(d);
    // Code point 2 is "O": one emoji (two UTF-16 units) and a space before it.
    const int pos = window.reader()->toDocument(2);
    CHECK(window.reader()->document()->characterAt(pos) == QChar(u'O'));
    CHECK(window.reader()->toCodePoint(pos) == 2);
    CHECK(window.reader()->toCodePoint(0) == -1); // in the title
}

TEST_CASE("window: a search half typed waits without a message, Enter says what is wrong", "[ui][search]")
{
    SampleWindow s;
    const int all = s.window.claimModel()->totalCount();
    for (const QString &typing : {QStringLiteral("Rafah AND"), QStringLiteral("(Rafah OR aid"),
                                  QStringLiteral("\"ground oper")}) {
        s.window.searchBox()->clear();
        QTest::keyClicks(s.window.searchBox(), typing);
        QTest::qWait(600); // past the pause after which a search runs
        INFO(typing.toStdString());
        CHECK_FALSE(s.window.searchMessage()->isVisibleTo(&s.window));
        CHECK(s.window.claimModel()->totalCount() == all);
    }
    s.window.searchBox()->setText(QStringLiteral("Rafah AND"));
    QTest::keyClick(s.window.searchBox(), Qt::Key_Return);
    QTest::qWait(50);
    CHECK(s.window.searchMessage()->isVisibleTo(&s.window));
    // Finishing the query searches by itself again; a bracket inside a phrase is a word.
    QTest::keyClicks(s.window.searchBox(), QStringLiteral(" aid"));
    CHECK(QTest::qWaitFor([&] { return !s.window.searchMessage()->isVisibleTo(&s.window); }, 5000));
    const int rafahAndAid = s.window.claimModel()->totalCount();
    CHECK(rafahAndAid > 0);
    CHECK(rafahAndAid < all);
    s.window.searchBox()->clear();
    CHECK(QTest::qWaitFor([&] { return s.window.claimModel()->totalCount() == all; }, 5000));
    QTest::keyClicks(s.window.searchBox(), QStringLiteral("\"Rafah (\""));
    CHECK(QTest::qWaitFor([&] { return s.window.claimModel()->totalCount() < all; }, 5000));
    CHECK_FALSE(s.window.searchMessage()->isVisibleTo(&s.window));
}

TEST_CASE("window: a malformed search is a message in the window, and a good one narrows the claims", "[ui][search]")
{
    SampleWindow s;
    const int all = s.window.claimModel()->totalCount();
    s.window.searchBox()->setText(QStringLiteral("Rafah AND ("));
    QTest::keyClick(s.window.searchBox(), Qt::Key_Return);
    QTest::qWait(50); // the tool bar lays out its widgets on the next pass
    INFO("status: " << s.window.statusBar()->currentMessage().toStdString()
                    << " label: " << s.window.searchMessage()->text().toStdString());
    CHECK(s.window.searchMessage()->isVisibleTo(&s.window));
    CHECK(s.window.searchMessage()->text().contains(QStringLiteral("could not be understood")));
    CHECK(QApplication::activeModalWidget() == nullptr);

    s.window.searchBox()->setText(QStringLiteral("\"ground operation\" OR evacuat*"));
    QTest::keyClick(s.window.searchBox(), Qt::Key_Return);
    QTest::qWait(50);
    CHECK_FALSE(s.window.searchMessage()->isVisibleTo(&s.window));
    const int found = s.window.claimModel()->totalCount();
    CHECK(found > 0);
    CHECK(found < all);
    for (int row = 0; row < s.window.claimModel()->rowCount(); ++row) {
        const QString text = s.window.claimModel()->claimAt(row)->text;
        CHECK((text.contains(QStringLiteral("ground operation")) || text.contains(QStringLiteral("evacuat"))));
    }
}

TEST_CASE("window: the source and review filters narrow the claims", "[ui][search]")
{
    SampleWindow s;
    QComboBox *source = s.window.sourceFilter();
    source->setCurrentIndex(source->findText(QStringLiteral("Antony Blinken")));
    QAbstractItemModel *claims = s.window.claimsView()->model();
    REQUIRE(claims->rowCount() > 3);
    for (int row = 0; row < claims->rowCount(); ++row)
        CHECK(claims->index(row, ClaimModel::Source).data().toString() == QStringLiteral("Antony Blinken"));
    QComboBox *review = s.window.reviewFilter();
    review->setCurrentIndex(review->findData(QStringLiteral("accepted")));
    CHECK(claims->rowCount() == 0);
    review->setCurrentIndex(0);

    // Said on or after a day later than the article: none; up to the article's day: all of Blinken's.
    const int blinken = claims->rowCount();
    s.window.saidFromFilter()->setDate(QDate(2024, 3, 25));
    CHECK(claims->rowCount() == 0);
    s.window.saidFromFilter()->setDate(s.window.saidFromFilter()->minimumDate());
    s.window.saidToFilter()->setDate(QDate(2024, 3, 24));
    CHECK(claims->rowCount() == blinken);

    // Selecting a source in the side panel narrows the list the same way.
    review->setCurrentIndex(0);
    QTableView *sources = s.window.sourcesView();
    const int row = findRow(sources->model(), 0, QStringLiteral("Benjamin Netanyahu"));
    REQUIRE(row >= 0);
    QTest::mouseClick(sources->viewport(), Qt::LeftButton, {},
                      sources->visualRect(sources->model()->index(row, 0)).center());
    CHECK(source->currentText() == QStringLiteral("Benjamin Netanyahu"));
    CHECK(claims->rowCount() == s.window.project()->actor(source->currentData().toLongLong())->claimCount);
}

TEST_CASE("window: Help lists the keyboard shortcuts", "[ui]")
{
    MainWindow window;
    QAction *help = nullptr;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (a->text().contains(QStringLiteral("Keyboard Shortcuts")))
            help = a;
    }
    REQUIRE(help);
    help->trigger();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    REQUIRE(dialog);
    const QString all = [&] {
        QString s;
        for (QTableWidgetItem *item : dialog->findChildren<QTableWidget *>().first()->findItems(QStringLiteral("*"), Qt::MatchWildcard))
            s += item->text() + u'\n';
        return s;
    }();
    CHECK(all.contains(QStringLiteral("Accept Claim")));
    CHECK(all.contains(QStringLiteral("Next Unreviewed")));
    CHECK(all.contains(QStringLiteral("Paste Article")));
    dialog->close();
}
