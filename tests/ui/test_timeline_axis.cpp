// SPDX-License-Identifier: MIT
// The timeline's pure logic: the ruler's ticks, row stacking, the index over items, and the
// store that fills it.
#include "test_timelinesupport.h"

#include "core/testsupport.h"
#include "sample/sampleproject.h"
#include "store/timelinestore.h"
#include "timeline/timeaxis.h"
#include "timeline/timelinedata.h"
#include "timeline/timelinelayout.h"

#include <catch2/catch.hpp>

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QSqlQuery>

#include <cmath>
#include <random>

using namespace factline;
using namespace factline::timeline;
using namespace Qt::StringLiterals;

namespace {

// A monospaced stand-in for font metrics: 7 pixels a character.
double monospace(const QString &s) { return 7.0 * s.size(); }

void requireApart(const QList<AxisLabel> &labels, double gap)
{
    for (qsizetype i = 1; i < labels.size(); ++i) {
        INFO(labels[i - 1].text.toStdString() << " then " << labels[i].text.toStdString());
        REQUIRE(labels[i - 1].x + labels[i - 1].width + gap <= labels[i].x + 1e-6);
    }
}

int stepRank(const TickStep &s) { return int(tickSteps().indexOf(s)); }

TimelineSource syntheticSource(int n, unsigned seed)
{
    TimelineSource s;
    s.documents = {{1, u"A"_s, u"Outlet"_s, QDate(2024, 3, 24)}, {2, u"B"_s, QString(), QDate(2023, 10, 8)}};
    s.actors = {{7, u"Israel"_s}, {9, u"Health officials"_s}};
    std::mt19937 random(seed);
    for (int i = 0; i < n; ++i) {
        const qint32 start = qint32(19000 + random() % 2000);
        const auto precision = Precision(random() % 7);
        const qint32 length = precision == Precision::Day ? qint32(random() % 2) : qint32(random() % 400);
        s.items.append(i + 1, start, start + length, i % 5 ? ItemKind::Event : ItemKind::Claim, precision,
                       qint32(random() % 3) - 1, qint32(random() % 3) - 1, u"Item %1"_s.arg(i).toUtf8());
    }
    return s;
}

} // namespace

TEST_CASE("timeline axis: every zoom from millennia to hours has a step with labels apart", "[timeline]")
{
    const QFontMetricsF fm(QGuiApplication::font());
    const MeasureText real = [&fm](const QString &s) { return fm.horizontalAdvance(s); };
    for (const MeasureText &measure : {MeasureText(monospace), real}) {
        int previous = stepRank(tickSteps().constLast());
        for (double ppd = 1.0 / 2000; ppd <= 24 * 240; ppd *= 1.17) {
            const double first = dayOf(QDate(2024, 3, 17)) - 600 / ppd;  // 2024-03-17 in the middle
            const AxisTicks t = generateTicks(first, 1200, ppd, measure, 8);
            INFO("pixels per day " << ppd);
            REQUIRE(t.minor.size() >= 1);
            REQUIRE(t.minor.size() <= 1200 / 20 + 2);
            requireApart(t.minor, 8);
            requireApart(t.major, 8);
            // Zooming in never makes the step coarser.
            REQUIRE(stepRank(t.step) <= previous);
            previous = stepRank(t.step);
            for (const AxisLabel &l : t.minor)
                REQUIRE_FALSE(l.text.isEmpty());
        }
    }
}

TEST_CASE("timeline axis: the step follows the zoom from hours to centuries", "[timeline]")
{
    auto stepAt = [](double ppd) { return generateTicks(dayOf(QDate(2024, 1, 1)), 1200, ppd, monospace).step; };
    CHECK(stepAt(24 * 120) == TickStep{TickStep::Hour, 1});
    CHECK(stepAt(24 * 10).unit == TickStep::Hour);
    CHECK(stepAt(60) == TickStep{TickStep::Day, 1});
    CHECK(stepAt(8) == TickStep{TickStep::Week, 1});
    CHECK(stepAt(2).unit == TickStep::Month);
    CHECK(stepAt(0.3).unit == TickStep::Month);
    CHECK(stepAt(0.1).unit == TickStep::Year);
    CHECK(stepAt(0.015) == TickStep{TickStep::Year, 10});
    CHECK(stepAt(1.0 / 2000).count >= 100);
}

TEST_CASE("timeline axis: ticks fall on whole hours and midnights and Mondays and first days and new years", "[timeline]")
{
    const double start = dayOf(QDate(2023, 10, 5)) + 0.37;
    for (const TickStep &s : tickSteps()) {
        double t = firstTickAtOrAfter(s, start);
        REQUIRE(t >= start - 1e-9);
        for (int i = 0; i < 5; ++i, t = nextTick(s, t)) {
            const QDate d = dateOf(t);
            INFO("step " << int(s.unit) << "x" << s.count << " tick " << d.toString(Qt::ISODate).toStdString());
            switch (s.unit) {
            case TickStep::Hour: REQUIRE(std::abs(t * 24 - std::round(t * 24)) < 1e-6); break;
            case TickStep::Day: REQUIRE(t == std::floor(t)); break;
            case TickStep::Week: REQUIRE(d.dayOfWeek() == 1); break;
            case TickStep::Month: REQUIRE(d.day() == 1); REQUIRE((d.month() - 1) % s.count == 0); break;
            case TickStep::Year: REQUIRE(d.dayOfYear() == 1); REQUIRE(d.year() % s.count == 0); break;
            }
        }
    }
}

TEST_CASE("timeline axis: labels say the date in the form that fits with the period above", "[timeline]")
{
    const double first = dayOf(QDate(2024, 3, 20));
    const AxisTicks days = generateTicks(first, 1200, 60, monospace);
    REQUIRE(days.step == TickStep{TickStep::Day, 1});
    CHECK(days.minor.first().text == u"Wed 20"_s);
    REQUIRE_FALSE(days.major.isEmpty());
    CHECK(days.major.first().text == u"March 2024"_s);
    CHECK(days.major.first().x == Approx(3));  // sticks to the left edge

    const AxisTicks hours = generateTicks(first + 0.5, 1200, 24 * 100, monospace);
    CHECK(hours.minor.first().text == u"12:00"_s);
    CHECK(hours.major.first().text.contains(u"2024"_s));

    const AxisTicks years = generateTicks(dayOf(QDate(2000, 1, 1)), 1200, 0.15, monospace);
    CHECK(years.step.unit == TickStep::Year);
    CHECK(years.minor.first().text == u"2000"_s);
}

TEST_CASE("timeline layout: no two items on a row overlap and crowded labels are elided", "[timeline]")
{
    std::mt19937 random(7);
    for (int round = 0; round < 50; ++round) {
        QList<LayoutItem> items;
        double x = 0;
        for (int i = 0; i < 300; ++i) {
            x += double(random() % 30);
            const double length = random() % 4 ? 0 : double(random() % 200);
            items.append({x, x + length, x + 8, double(20 + random() % 200)});
        }
        LayoutOptions options;
        options.maxRows = int(1 + random() % 6);
        const Layout layout = stackRows(items, options);
        REQUIRE(layout.items.size() == items.size());
        REQUIRE(layout.rowCount <= options.maxRows);
        int hidden = 0;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const PlacedItem &a = layout.items[i];
            if (a.row < 0) {
                ++hidden;
                continue;
            }
            REQUIRE(a.labelWidth <= items[i].labelWidth + 1e-9);
            REQUIRE((a.elided || a.labelWidth == items[i].labelWidth));
            if (a.elided)
                REQUIRE(a.labelWidth >= options.minLabelWidth);
            for (qsizetype j = i + 1; j < items.size(); ++j) {
                const PlacedItem &b = layout.items[j];
                if (b.row != a.row)
                    continue;
                INFO("items " << i << " and " << j << " on row " << a.row);
                REQUIRE(std::max(a.end, items[i].labelStart + a.labelWidth) + options.gap <= b.start + 1e-9);
                break;  // the next item on the row; later ones start further right
            }
        }
        REQUIRE(hidden == layout.hidden);
    }
    // Two items close together on one row: the first label gives way.
    LayoutOptions one;
    one.maxRows = 1;
    const Layout crowded = stackRows({{0, 0, 8, 200}, {100, 100, 108, 50}}, one);
    CHECK(crowded.items[0].elided);
    CHECK(crowded.items[0].labelWidth == Approx(100 - 6 - 8));
    CHECK(crowded.items[1].row == 0);
}

TEST_CASE("timeline index: range queries find exactly the overlapping items", "[timeline]")
{
    TimelineIndex index(syntheticSource(3000, 11));
    const TimelineItems &it = index.items();
    std::mt19937 random(3);
    for (int round = 0; round < 40; ++round) {
        const double first = 18900 + double(random() % 2300), last = first + double(random() % 300);
        const Band band = round % 2 ? Band::Said : Band::Happened;
        const std::vector<quint32> found = index.itemsIn(band, first, last, 100000);
        std::vector<quint32> expected;
        for (qsizetype i = 0; i < it.size(); ++i) {
            if (bandOf(it.kind[size_t(i)]) == band && it.startDay[size_t(i)] <= qint32(std::floor(last))
                && it.endDay[size_t(i)] >= qint32(std::floor(first)))
                expected.push_back(quint32(i));
        }
        std::vector<quint32> sorted = found;
        std::sort(sorted.begin(), sorted.end());
        REQUIRE(sorted == expected);
        REQUIRE(std::is_sorted(found.begin(), found.end(),
                               [&it](quint32 a, quint32 b) { return it.startDay[a] < it.startDay[b]; }));
    }
    // The density pyramid counts every item once, at every level.
    const DensityPyramid &d = index.density(Band::Happened);
    for (const std::vector<quint32> &level : d.levels) {
        quint64 sum = 0;
        for (quint32 c : level)
            sum += c;
        REQUIRE(sum == 2400);
    }
    CHECK(index.countIn(Band::Happened, -1e6, 1e6) == 2400);
    bool cut = false;
    CHECK(index.itemsIn(Band::Happened, 0, 1e6, 10, &cut).size() == 10);
    CHECK(cut);
    CHECK(index.indexOf(ItemKind::Claim, 6) == 5);  // every fifth item is a claim
    CHECK(index.indexOf(ItemKind::Event, 5) == 4);
    CHECK(index.indexOf(ItemKind::Event, 6) == -1);
}

TEST_CASE("timeline index: lanes per document and per source and filters", "[timeline]")
{
    TimelineIndex index(syntheticSource(500, 5));
    index.setLaneMode(LaneMode::Document);
    REQUIRE(index.laneCount() == 3);
    CHECK(index.laneName(0) == u"B"_s);  // published first
    CHECK(index.laneName(1) == u"Outlet · A"_s);
    CHECK(index.laneName(2) == u"No document"_s);
    index.setLaneMode(LaneMode::Source);
    CHECK(index.laneName(0) == u"Health officials"_s);
    CHECK(index.laneKey(1) == 7);
    for (qsizetype i = 0; i < index.items().size(); ++i) {
        const qint32 a = index.items().actor[size_t(i)];
        REQUIRE(index.laneOf(i) == (a < 0 ? 2 : a == 1 ? 0 : 1));
    }
    REQUIRE(index.laneDensity(Band::Happened, 2) != nullptr);

    TimelineFilter filter;
    filter.actorIds = {7};
    index.setFilter(filter);
    for (quint32 i : index.itemsIn(Band::Happened, 0, 1e6, 100000))
        REQUIRE(index.items().actor[i] == 0);
    filter = {};
    filter.eventIds = QSet<qint64>{2, 3};
    index.setFilter(filter);
    CHECK(index.itemsIn(Band::Happened, 0, 1e6, 100000).size() == 2);
    index.setFilter({});
    CHECK(index.countIn(Band::Happened, -1e6, 1e6) == 400);
}

TEST_CASE("timeline store: the sample project's events and dated statements load", "[timeline]")
{
    test::Scratch dir;
    const QString path = dir.path(u"sample.factline"_s);
    REQUIRE(createSampleProject(path).ok());
    auto project = Project::open(path);
    REQUIRE(project.ok());
    Result<TimelineSource> source = store::loadTimeline(**project);
    REQUIRE(source.ok());
    const TimelineItems &it = source->items;
    auto hasEvent = [&](QDate start, QDate end, Precision p) {
        for (qsizetype i = 0; i < it.size(); ++i) {
            if (it.kind[size_t(i)] == ItemKind::Event && it.startDay[size_t(i)] == qint32(dayOf(start))
                && it.endDay[size_t(i)] == qint32(dayOf(end)) && it.precision[size_t(i)] == p)
                return true;
        }
        return false;
    };
    CHECK(hasEvent(QDate(2023, 10, 7), QDate(2023, 10, 7), Precision::Day));
    CHECK(hasEvent(QDate(2007, 1, 1), QDate(2007, 12, 31), Precision::Year));
    CHECK(hasEvent(QDate(2024, 3, 25), QDate(2024, 3, 31), Precision::Week));
    REQUIRE(source->documents.size() == 1);
    CHECK(source->documents[0].published == QDate(2024, 3, 24));
    for (qsizetype i = 0; i < it.size(); ++i)
        REQUIRE_FALSE(it.title(i).isEmpty());
}

TEST_CASE("timeline store: a big project loads whole and its cache follows every change", "[timeline]")
{
    test::Scratch dir;
    auto project = Project::open(dir.path(u"big.factline"_s));
    REQUIRE(project.ok());
    REQUIRE(test::generateTimeline(**project, {60000, 30, 10, 200}).ok());
    Result<TimelineSource> first = store::loadTimeline(**project);  // reads the rows, writes the cache
    REQUIRE(first.ok());
    CHECK(first->items.size() == 60200);
    QSqlQuery q((*project)->database());
    REQUIRE(q.exec(u"SELECT count(*) FROM timeline_cache"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);

    Result<TimelineSource> cached = store::loadTimeline(**project);
    REQUIRE(cached.ok());
    CHECK(cached->items.id == first->items.id);
    CHECK(cached->items.startDay == first->items.startDay);
    CHECK(cached->items.actor == first->items.actor);
    CHECK(cached->items.title(59999) == first->items.title(59999));

    // A review does not change what the timeline shows: the cache stays valid.
    auto generation = [&q] {
        REQUIRE(q.exec(u"SELECT value FROM timeline_generation"_s));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    };
    const qint64 before = generation();

    REQUIRE(q.exec(u"UPDATE claims SET review_state = 'accepted' WHERE id = 1"_s));
    CHECK(generation() == before);

    // An edit from anywhere (here plain SQL) makes the cache stale.
    REQUIRE(q.exec(u"UPDATE events SET date_start = '1999-12-31', date_end = '1999-12-31' WHERE id = 777"_s));
    Result<TimelineSource> edited = store::loadTimeline(**project);
    REQUIRE(edited.ok());
    TimelineIndex index(std::move(*edited));
    const qsizetype item = index.indexOf(ItemKind::Event, 777);
    REQUIRE(item >= 0);
    CHECK(index.items().startDay[size_t(item)] == qint32(dayOf(QDate(1999, 12, 31))));
    CHECK(index.countIn(Band::Happened, -1e6, 1e6) == 60000);
    CHECK(index.countIn(Band::Said, -1e6, 1e6) == 200);
}
