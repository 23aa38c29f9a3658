// SPDX-License-Identifier: MIT
// The timeline widget, offscreen: what it draws for the sample project, selection both
// ways, zoom and pan around the pointer, density at far zoom, exports.
#include "test_timelinesupport.h"

#include "core/testsupport.h"
#include "sample/sampleproject.h"
#include "timeline/timelinestyle.h"
#include "timeline/timelineview.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QWheelEvent>

using namespace factline;
using namespace factline::timeline;
using namespace Qt::StringLiterals;

namespace {

struct SampleTimeline {
    test::Scratch dir;
    std::unique_ptr<Project> project;
    std::unique_ptr<TimelineView> view;

    SampleTimeline()
    {
        const QString path = dir.path(u"sample.factline"_s);
        REQUIRE(createSampleProject(path).ok());
        auto opened = Project::open(path);
        REQUIRE(opened.ok());
        project = std::move(*opened);
        view = std::make_unique<TimelineView>(project.get());
        view->resize(1400, 520);
        view->canvas()->setToday(QDate(2024, 3, 27));
        view->show();
        view->fitAll();
        REQUIRE(QTest::qWaitForWindowExposed(view.get()));
        paint();
    }
    void paint() { view->canvas()->grab(); }
    TimelineCanvas *canvas() const { return view->canvas(); }
    const TimelineCanvas::Placed *placedEvent(qint64 id) const
    {
        const qsizetype item = view->index()->indexOf(ItemKind::Event, id);
        for (const TimelineCanvas::Placed &p : canvas()->placed()) {
            if (p.item == item)
                return &p;
        }
        return nullptr;
    }
};

void requireNoOverlap(const QList<TimelineCanvas::Placed> &placed)
{
    for (qsizetype i = 0; i < placed.size(); ++i) {
        for (qsizetype j = i + 1; j < placed.size(); ++j) {
            const QRectF a = placed[i].label.united(placed[i].mark), b = placed[j].label.united(placed[j].mark);
            INFO("items " << placed[i].item << " and " << placed[j].item);
            REQUIRE_FALSE(a.adjusted(0.5, 0.5, -0.5, -0.5).intersects(b.adjusted(0.5, 0.5, -0.5, -0.5)));
        }
    }
}

} // namespace

TEST_CASE("timeline view: after Fit every sample event is drawn and none over another", "[timeline][ui]")
{
    SampleTimeline t;
    const TimelineIndex *index = t.view->index();
    REQUIRE(index);
    const TimelineItems &it = index->items();
    int events = 0;
    for (qsizetype i = 0; i < it.size(); ++i) {
        if (it.kind[size_t(i)] != ItemKind::Event)
            continue;
        ++events;
        INFO("event " << it.title(i).toStdString());
        REQUIRE(t.placedEvent(it.id[size_t(i)]) != nullptr);
    }
    REQUIRE(events >= 4);
    CHECK_FALSE(t.canvas()->showsDensity(Band::Happened));
    requireNoOverlap(t.canvas()->placed());
    for (const TimelineCanvas::Placed &p : t.canvas()->placed()) {
        REQUIRE(p.mark.left() >= -1);
        REQUIRE(p.label.right() <= t.canvas()->width() + 1);
    }

    // The picture for the README; FACTLINE_TIMELINE_SCREENSHOT names where it goes.
    const QString shot = qEnvironmentVariable("FACTLINE_TIMELINE_SCREENSHOT");
    if (!shot.isEmpty()) {
        t.view->setAxes(TimelineCanvas::Axes::Both);
        REQUIRE(t.view->grab().save(shot));
    }
}

TEST_CASE("timeline view: both axes show statements when said and events when they happened", "[timeline][ui]")
{
    SampleTimeline t;
    t.view->setAxes(TimelineCanvas::Axes::Both);
    t.paint();
    int said = 0, happened = 0;
    for (const TimelineCanvas::Placed &p : t.canvas()->placed()) {
        const ItemKind kind = t.view->index()->items().kind[size_t(p.item)];
        REQUIRE(bandOf(kind) == p.band);
        (p.band == Band::Said ? said : happened)++;
    }
    CHECK(happened >= 4);
    CHECK(said >= 1);
    requireNoOverlap(t.canvas()->placed());
    for (LaneMode mode : {LaneMode::Document, LaneMode::Source, LaneMode::Precision}) {
        t.view->setLaneMode(mode);
        t.paint();
        requireNoOverlap(t.canvas()->placed());
    }
}

TEST_CASE("timeline view: a click selects and tells while a selection from outside selects quietly", "[timeline][ui]")
{
    SampleTimeline t;
    QSignalSpy events(t.view.get(), &TimelineView::eventSelected);
    QSignalSpy cleared(t.view.get(), &TimelineView::selectionCleared);
    const TimelineCanvas::Placed first = t.canvas()->placed().first();
    const qint64 id = t.view->index()->items().id[size_t(first.item)];
    QTest::mouseClick(t.canvas(), Qt::LeftButton, {}, first.mark.center().toPoint());
    REQUIRE(events.count() == 1);
    CHECK(events.first().first().toLongLong() == id);
    CHECK(t.view->selectedEventId() == id);

    // From the tables: another event selected and centred, no signal back.
    const TimelineCanvas::Placed last = t.canvas()->placed().last();
    const qint64 other = t.view->index()->items().id[size_t(last.item)];
    t.view->selectEvent(other);
    CHECK(events.count() == 1);
    CHECK(t.view->selectedEventId() == other);
    const TimelineItems &it = t.view->index()->items();
    const double middle = (it.startDay[size_t(last.item)] + it.endDay[size_t(last.item)] + 1.0) / 2;
    CHECK(t.canvas()->dayAtX(t.canvas()->width() / 2.0) == Approx(middle).margin(0.01));

    // A click on nothing clears.
    QTest::mouseClick(t.canvas(), Qt::LeftButton, {}, QPoint(t.canvas()->width() - 3, t.canvas()->height() - 3));
    CHECK(cleared.count() == 1);
    CHECK(t.view->selectedEventId() == 0);

    // Double-click asks for the date editor.
    t.view->fitAll();
    t.paint();
    QSignalSpy edit(t.view.get(), &TimelineView::editEventDatesRequested);
    const TimelineCanvas::Placed again = t.canvas()->placed().first();
    QTest::mouseDClick(t.canvas(), Qt::LeftButton, {}, again.mark.center().toPoint());
    REQUIRE(edit.count() == 1);
    CHECK(edit.first().first().toLongLong() == t.view->index()->items().id[size_t(again.item)]);
}

TEST_CASE("timeline view: wheel zoom and drag pan keep the day under the pointer still", "[timeline][ui]")
{
    SampleTimeline t;
    TimelineCanvas *c = t.canvas();
    const QPointF at(347, 120);
    for (int delta : {120, 120, 360, -240, -480}) {
        const double before = c->dayAtX(at.x());
        const double scale = c->pixelsPerDay();
        QWheelEvent wheel(at, c->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(c, &wheel);
        REQUIRE(c->dayAtX(at.x()) == Approx(before).epsilon(1e-9));
        REQUIRE((delta > 0 ? c->pixelsPerDay() > scale : c->pixelsPerDay() < scale));
    }
    // Dragging carries the day under the pointer along with it.
    const double grabbed = c->dayAtX(200);
    QTest::mousePress(c, Qt::LeftButton, {}, QPoint(200, 150));
    QTest::mouseMove(c, QPoint(260, 150));
    QTest::mouseMove(c, QPoint(320, 150));
    QTest::mouseRelease(c, Qt::LeftButton, {}, QPoint(320, 150));
    CHECK(c->dayAtX(320) == Approx(grabbed).epsilon(1e-9));
    // Keys zoom around the middle; Home fits everything again.
    const double middle = c->dayAtX(c->width() / 2.0);
    QTest::keyClick(c, Qt::Key_Plus);
    CHECK(c->dayAtX(c->width() / 2.0) == Approx(middle).epsilon(1e-9));
    QTest::keyClick(c, Qt::Key_Minus);
    QTest::keyClick(c, Qt::Key_Right);
    CHECK(c->dayAtX(c->width() / 2.0) > middle);
    t.view->fitAll();
    const double scale = c->pixelsPerDay();
    c->zoomAt(100, 50);
    QTest::keyClick(c, Qt::Key_Home);
    CHECK(c->pixelsPerDay() == Approx(scale));
    // The slider follows, and moves the zoom.
    auto *slider = t.view->findChild<QSlider *>(u"timelineZoom"_s);
    REQUIRE(slider);
    const int value = slider->value();
    c->zoomAt(400, 8);
    CHECK(slider->value() > value);
    slider->setValue(value);
    CHECK(c->pixelsPerDay() == Approx(scale).epsilon(0.02));
}

TEST_CASE("timeline ranges: the coarser a date the fainter and softer its range", "[timeline][ui]")
{
    const Precision order[] = {Precision::Day, Precision::Week, Precision::Month, Precision::Quarter,
                               Precision::Year, Precision::Decade, Precision::Century};
    double lastAlpha = 2, lastFade = -1;
    int lastCentre = 256;
    for (Precision p : order) {
        const RangeStyle style = rangeStyle(p);
        INFO("precision " << int(p));
        REQUIRE(style.fillAlpha < lastAlpha);
        REQUIRE(style.fade >= lastFade);
        lastAlpha = style.fillAlpha;
        lastFade = style.fade;

        QImage image(200, 20, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            paintRange(painter, QRectF(10, 2, 180, 16), p, QColor(0x4e79a7));
        }
        const int centre = qAlpha(image.pixel(100, 10));
        const int edge = qAlpha(image.pixel(14, 10));
        REQUIRE(centre < lastCentre);
        lastCentre = centre;
        REQUIRE(qAlpha(image.pixel(5, 10)) == 0);  // nothing outside the range
        if (p == Precision::Day)
            REQUIRE(edge == centre);                // a day: crisp
        else if (p >= Precision::Month)
            REQUIRE(edge < centre);                 // uncertain: fades in
        // From far away: a diamond, still within its rect.
        QImage small(20, 20, QImage::Format_ARGB32_Premultiplied);
        small.fill(Qt::transparent);
        {
            QPainter painter(&small);
            paintRange(painter, QRectF(2, 2, 16, 16), p, QColor(0x4e79a7));
        }
        REQUIRE(qAlpha(small.pixel(10, 10)) > 0);
        REQUIRE(qAlpha(small.pixel(3, 3)) == 0);
    }
}

TEST_CASE("timeline view: many events show as counts far out and as events close in", "[timeline][ui]")
{
    test::Scratch dir;
    auto project = Project::open(dir.path(u"big.factline"_s));
    REQUIRE(project.ok());
    REQUIRE(test::generateTimeline(**project, {30000, 20, 10, 300}).ok());
    TimelineView view(project->get());
    view.resize(1200, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.fitAll();
    TimelineCanvas *c = view.canvas();
    c->grab();
    CHECK(c->showsDensity(Band::Happened));
    CHECK(c->placed().isEmpty());
    // Per source: the same counts, a lane each.
    view.setLaneMode(LaneMode::Source);
    c->grab();
    CHECK(c->showsDensity(Band::Happened));
    // Close in, on one day: events again, stacked without overlaps.
    view.setLaneMode(LaneMode::Single);
    const qsizetype some = view.index()->indexOf(ItemKind::Event, 12345);
    REQUIRE(some >= 0);
    view.selectEvent(12345);
    c->grab();
    CHECK_FALSE(c->showsDensity(Band::Happened));
    CHECK_FALSE(c->placed().isEmpty());
    requireNoOverlap(c->placed());
    CHECK(c->ticks().step.unit <= TickStep::Week);
}

TEST_CASE("timeline view: exports the visible timeline as PNG and SVG and reloads on change", "[timeline][ui]")
{
    SampleTimeline t;
    const QString png = t.dir.path(u"timeline.png"_s), svg = t.dir.path(u"timeline.svg"_s);
    REQUIRE(t.view->exportPng(png).ok());
    QImage image(png);
    CHECK(image.width() == t.canvas()->width() * 2);
    REQUIRE(t.view->exportSvg(svg).ok());
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    CHECK(text.contains("<svg"));
    CHECK(text.contains("2024"));
    CHECK_FALSE(t.view->exportPng(t.dir.path(u"no/such/folder/x.png"_s)).ok());

    // An event added elsewhere appears after the project says so.
    const qsizetype before = t.view->index()->items().size();
    REQUIRE(test::generateTimeline(*t.project, {3, 1, 1, 0}).ok());
    emit t.project->eventsChanged();
    QTRY_COMPARE(t.view->index()->items().size(), before + 3);
}
