// SPDX-License-Identifier: MIT
// The timeline follows the window's filters and search, and scrolls through lanes that do
// not fit.
#include "test_timelinesupport.h"
#include "uisupport.h"

#include "models/claimmodel.h"
#include "timeline/eventkind.h"
#include "timeline/timelineview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>

using namespace factline;
using namespace factline::test;
using namespace factline::timeline;
using namespace Qt::StringLiterals;

namespace {

// The ids of the items of one kind the timeline would draw.
QSet<qint64> shownIds(const TimelineIndex &index, ItemKind kind)
{
    QSet<qint64> ids;
    const TimelineItems &it = index.items();
    for (qsizetype i = 0; i < it.size(); ++i) {
        if (it.kind[size_t(i)] == kind && index.passes(i))
            ids.insert(it.id[size_t(i)]);
    }
    return ids;
}

QSet<qint64> listedClaims(ClaimModel *model)
{
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->claimAt(row)->id);
    return ids;
}

} // namespace

TEST_CASE("window: the source filter and a search narrow the timeline like the claims table", "[ui][timeline][search]")
{
    SampleWindow s;
    auto *view = s.window.findChild<TimelineView *>();
    REQUIRE(view);
    REQUIRE(view->index());
    const QSet<qint64> allClaims = shownIds(*view->index(), ItemKind::Claim);
    REQUIRE(allClaims.size() > 5);  // the sample's dated statements

    QComboBox *source = s.window.sourceFilter();
    source->setCurrentIndex(source->findText(u"Antony Blinken"_s));
    const QSet<qint64> blinken = shownIds(*view->index(), ItemKind::Claim);
    CHECK_FALSE(blinken.isEmpty());
    CHECK(blinken.size() < allClaims.size());
    // Every statement left on the timeline is one the table lists.
    CHECK(listedClaims(s.window.claimModel()).contains(blinken));

    source->setCurrentIndex(0);
    CHECK(shownIds(*view->index(), ItemKind::Claim) == allClaims);

    s.window.searchBox()->setText(u"Rafah"_s);
    QTest::keyClick(s.window.searchBox(), Qt::Key_Return);
    const QSet<qint64> rafah = shownIds(*view->index(), ItemKind::Claim);
    CHECK(rafah.size() < allClaims.size());
    for (qint64 id : rafah)
        CHECK(s.window.project()->claim(id)->text.contains(u"Rafah"_s));
    // The article mentions Rafah, so its events stay.
    CHECK_FALSE(shownIds(*view->index(), ItemKind::Event).isEmpty());

    s.window.searchBox()->setText(u"nosuchwordanywhere"_s);
    QTest::keyClick(s.window.searchBox(), Qt::Key_Return);
    CHECK(shownIds(*view->index(), ItemKind::Claim).isEmpty());
    CHECK(shownIds(*view->index(), ItemKind::Event).isEmpty());

    s.window.searchBox()->clear();
    QTest::keyClick(s.window.searchBox(), Qt::Key_Return);
    CHECK(shownIds(*view->index(), ItemKind::Claim) == allClaims);
}

TEST_CASE("timeline view: lanes taller than the view get a scroll bar that moves them", "[ui][timeline]")
{
    Scratch dir;
    auto opened = Project::open(dir.path(u"lanes.factline"_s));
    REQUIRE(opened.ok());
    std::unique_ptr<Project> project = std::move(*opened);
    GeneratedTimeline g;
    g.events = 400;
    g.actors = 40;
    g.first = QDate(2024, 1, 1);
    g.last = QDate(2024, 1, 20);
    REQUIRE(generateTimeline(*project, g).ok());

    TimelineView view(project.get());
    view.resize(900, 300);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setLaneMode(LaneMode::Source);
    view.fitAll();
    view.canvas()->grab();
    QCoreApplication::processEvents();

    auto *bar = view.findChild<QScrollBar *>(u"timelineLanesBar"_s);
    REQUIRE(bar);
    CHECK(bar->isVisible());
    CHECK(bar->maximum() > 0);
    REQUIRE_FALSE(view.canvas()->placed().isEmpty());

    bar->setValue(bar->maximum());
    CHECK(view.canvas()->scrollY() == Approx(bar->maximum()));
    view.canvas()->grab();
    // The lanes moved up: what is drawn now starts further down the content.
    REQUIRE_FALSE(view.canvas()->placed().isEmpty());
    CHECK(view.canvas()->placed().first().lane > 0);

    // With one lane everything fits and the bar goes away.
    view.setLaneMode(LaneMode::Single);
    view.canvas()->grab();  // learns the new height, and scrolls back into it
    view.canvas()->grab();
    QCoreApplication::processEvents();
    CHECK_FALSE(bar->isVisible());
    CHECK(view.canvas()->scrollY() == 0);
}

TEST_CASE("timeline view: a big project is read in the background and stays on screen while it reloads", "[ui][timeline]")
{
    Scratch dir;
    auto opened = Project::open(dir.path(u"big.factline"_s));
    REQUIRE(opened.ok());
    std::unique_ptr<Project> project = std::move(*opened);
    GeneratedTimeline g;
    g.events = 60000;  // over the size at which loading leaves the window's thread
    g.claims = 100;
    REQUIRE(generateTimeline(*project, g).ok());

    TimelineView view(project.get());
    QSignalSpy loaded(&view, &TimelineView::loaded);
    CHECK(view.isLoading());  // the constructor returned before the rows were read
    CHECK(view.index() == nullptr);
    REQUIRE(loaded.wait(60000));
    REQUIRE(view.index());
    CHECK(view.index()->items().size() == 60000 + 100);

    // An edit reloads in the background too; the old timeline stays until the new one is in.
    const qint64 firstEvent = view.index()->items().id[0];
    view.selectEvent(firstEvent);
    EventRecord e = *project->event(firstEvent);
    e.title = u"Renamed while the timeline was open"_s;
    REQUIRE(project->updateEvent(e).ok());
    emit project->eventsChanged();
    REQUIRE(loaded.wait(60000));
    CHECK_FALSE(view.isLoading());
    CHECK(view.selectedEventId() == firstEvent);  // the selection survived the reload
    const qsizetype item = view.index()->indexOf(ItemKind::Event, firstEvent);
    REQUIRE(item >= 0);
    CHECK(view.index()->items().title(item) == u"Renamed while the timeline was open"_s);
}

TEST_CASE("timeline kinds: an event's title says what kind of happening it is", "[timeline]")
{
    CHECK(eventKindOf(u"Israel vowed to destroy Hamas following the group’s attack") == EventKind::Violence);
    CHECK(eventKindOf(u"Difficult talks this week in Washington") == EventKind::Diplomacy);
    CHECK(eventKindOf(u"So little food has been allowed into Gaza") == EventKind::Humanitarian);
    CHECK(eventKindOf(u"Aid convoy attacked near the crossing") == EventKind::Humanitarian);  // aid decides
    CHECK(eventKindOf(u"Hamas ousted from Gaza") == EventKind::Politics);
    CHECK(eventKindOf(u"The Security Council passed a resolution") == EventKind::Diplomacy);
    CHECK(eventKindOf(u"A lot of work to be done") == EventKind::Other);
    CHECK(eventKindOf(u"Warsaw exhibition opens") == EventKind::Other);  // "war" is a whole word
    CHECK(eventKindOf(u"The minister warned of war") == EventKind::Violence);  // …and "warned" is not it
}

TEST_CASE("timeline view: lanes by kind put talks, fighting and statements apart", "[ui][timeline]")
{
    SampleWindow s;
    auto *view = s.window.findChild<TimelineView *>();
    REQUIRE(view);
    view->setLaneMode(LaneMode::Kind);
    const TimelineIndex &index = *view->index();
    auto laneOfEvent = [&](const QString &words) {
        const TimelineItems &it = index.items();
        for (qsizetype i = 0; i < it.size(); ++i) {
            if (it.kind[size_t(i)] == ItemKind::Event && it.title(i).contains(words))
                return index.laneName(index.laneOf(i));
        }
        return QString();
    };
    CHECK(laneOfEvent(u"vowed to destroy Hamas"_s) == eventKindName(EventKind::Violence));
    CHECK(laneOfEvent(u"ousted from Gaza"_s) == eventKindName(EventKind::Politics));
    const TimelineItems &it = index.items();
    for (qsizetype i = 0; i < it.size(); ++i) {
        if (it.kind[size_t(i)] == ItemKind::Claim)
            CHECK(index.laneName(index.laneOf(i)) == eventKindName(EventKind::Statement));
    }
}

TEST_CASE("window: clicking an event on the timeline selects it and leaves the timeline as it was", "[ui][timeline]")
{
    SampleWindow s;
    auto *view = s.window.findChild<TimelineView *>();
    REQUIRE(view);
    s.window.views()->setCurrentWidget(view);
    QCoreApplication::processEvents();
    view->fitAll();
    TimelineCanvas *canvas = view->canvas();
    canvas->grab();
    const double firstDay = canvas->firstDay(), scale = canvas->pixelsPerDay();
    const TimelineCanvas::Placed *event = nullptr;
    for (const TimelineCanvas::Placed &p : canvas->placed()) {
        if (view->index()->items().kind[size_t(p.item)] == ItemKind::Event) {
            event = &p;
            break;
        }
    }
    REQUIRE(event);
    const qint64 id = view->index()->items().id[size_t(event->item)];
    QTest::mouseClick(canvas, Qt::LeftButton, {}, event->mark.center().toPoint());
    CHECK(s.window.views()->currentWidget() == view);  // not switched to the Events table
    CHECK(canvas->firstDay() == Approx(firstDay));
    CHECK(canvas->pixelsPerDay() == Approx(scale));
    CHECK(view->selectedEventId() == id);
}

TEST_CASE("window: a search for a source's name finds the claims made as \"he\" too", "[ui][search]")
{
    SampleWindow s;
    const qint64 blinken = *s.window.project()->findActor(u"Antony Blinken"_s);
    REQUIRE(blinken > 0);
    const int his = s.window.project()->actor(blinken)->claimCount;
    s.window.searchBox()->setText(u"Blinken"_s);
    QTest::keyClick(s.window.searchBox(), Qt::Key_Return);
    QSet<qint64> listed;
    for (int row = 0; row < s.window.claimModel()->rowCount(); ++row) {
        const ClaimRecord c = *s.window.claimModel()->claimAt(row);
        if (c.actorId == blinken)
            listed.insert(c.id);
    }
    CHECK(listed.size() == his);  // every one of his, whatever words the article used for him
}
