// SPDX-License-Identifier: MIT
// The timeline at 1k, 100k and 1M events: opening the view (load, index, first frame)
// and painting a frame at every zoom from "fit all" to hours, offscreen into a QImage.
#ifdef FACTLINE_BENCH_UI

#include "../ui/test_timelinesupport.h"
#include "store/project.h"
#include "timeline/timelineview.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <ctime>
#include <map>

namespace {

using namespace Qt::StringLiterals;

const QSize kFrame(1600, 900);

// One generated project per size, made once per run (a million events take a few seconds).
QString projectWith(int events)
{
    static QTemporaryDir dir;
    static std::map<int, QString> made;
    if (auto it = made.find(events); it != made.end())
        return it->second;
    const QString path = dir.filePath(u"timeline-%1.factline"_s.arg(events));
    auto project = factline::Project::open(path);
    if (!project || !factline::test::generateTimeline(**project, {events, 200, 50, events / 100}))
        return QString();
    made[events] = path;
    return path;
}

double residentMegabytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toDouble() * 4096 / (1024 * 1024) : 0;
}

// This thread's CPU time: on a shared machine the wall clock also counts other programs.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

void paintFrame(factline::TimelineCanvas *canvas, QImage &image)
{
    QPainter p(&image);
    canvas->paintTimeline(p, QRect(QPoint(), kFrame));
}

// Opens the view and waits until it shows the events: a big project is read in the
// background (the window stays responsive meanwhile; blocked_ms is how long it did not).
void waitUntilLoaded(factline::TimelineView &view)
{
    while (view.isLoading())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

void BM_TimelineOpen(benchmark::State &state)
{
    const QString path = projectWith(int(state.range(0)));
    auto project = factline::Project::open(path);
    if (!project) {
        state.SkipWithError("could not make the project");
        return;
    }
    QImage image(kFrame, QImage::Format_ARGB32_Premultiplied);
    {
        // The first open of a big project after a change made outside the program (here the
        // generator's SQL) reads every row and writes the timeline's cache; an import from
        // the window writes the cache itself, and every open after reads it.
        QElapsedTimer timer;
        timer.start();
        factline::TimelineView first(project->get());
        state.counters["first_blocked_ms"] = double(timer.elapsed());
        waitUntilLoaded(first);
        state.counters["first_open_ms"] = double(timer.elapsed());
    }
    double blocked = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        factline::TimelineView view(project->get());
        blocked = std::max(blocked, double(timer.elapsed()));
        waitUntilLoaded(view);
        view.canvas()->resize(kFrame);
        view.fitAll();
        paintFrame(view.canvas(), image);
        state.counters["rss_MB"] = residentMegabytes();
    }
    state.counters["blocked_ms"] = blocked;
    state.counters["events"] = double(state.range(0));
}
BENCHMARK(BM_TimelineOpen)->Arg(1000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(3);

// Each iteration paints one frame; the zoom cycles from "fit all" (decades) to hours
// around the busiest part, panning a little each round. max_ms is the slowest frame.
void BM_TimelinePaint(benchmark::State &state)
{
    const QString path = projectWith(int(state.range(0)));
    auto project = factline::Project::open(path);
    if (!project) {
        state.SkipWithError("could not make the project");
        return;
    }
    factline::TimelineView view(project->get());
    waitUntilLoaded(view);
    factline::TimelineCanvas *canvas = view.canvas();
    canvas->resize(kFrame);
    view.fitAll();
    const double fitFirst = canvas->firstDay(), fitScale = canvas->pixelsPerDay();
    const double centre = canvas->dayAtX(kFrame.width() / 2.0);
    static const double zooms[] = {1, 4, 16, 64, 256, 1024, 4096, 16384, 65536};
    QImage image(kFrame, QImage::Format_ARGB32_Premultiplied);
    double slowest = 0, slowestCpu = 0;
    std::map<double, double> cpuByZoom;  // the slowest frame's CPU time at each zoom
    qint64 frame = 0;
    for (auto _ : state) {
        const double zoom = zooms[frame % std::size(zooms)];
        const double scale = fitScale * zoom;
        const double pan = double(frame / qint64(std::size(zooms))) * 37;  // pixels
        canvas->setView(zoom == 1 ? fitFirst - pan / scale : centre - (kFrame.width() / 2.0 - pan) / scale, scale);
        QElapsedTimer timer;
        timer.start();
        const double cpu = threadCpuMs();
        paintFrame(canvas, image);
        slowest = std::max(slowest, timer.nsecsElapsed() / 1e6);
        const double used = threadCpuMs() - cpu;
        slowestCpu = std::max(slowestCpu, used);
        cpuByZoom[zoom] = std::max(cpuByZoom[zoom], used);
        ++frame;
    }
    state.counters["max_ms"] = slowest;
    state.counters["max_cpu_ms"] = slowestCpu;
    for (const auto &[zoom, ms] : cpuByZoom)
        state.counters["cpu_ms_x" + std::to_string(qint64(zoom))] = ms;
    state.counters["events"] = double(state.range(0));
}
BENCHMARK(BM_TimelinePaint)->Arg(1000)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->MinTime(2.0);

} // namespace

#endif // FACTLINE_BENCH_UI
