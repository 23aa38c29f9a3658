// SPDX-License-Identifier: MIT
#include "timelineview.h"

#include "store/project.h"
#include "store/timelinestore.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QCoreApplication>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QSaveFile>
#include <QScrollBar>
#include <QSlider>
#include <QSvgGenerator>
#include <QThreadPool>
#include <QTimer>
#include <QPointer>
#include <QToolButton>

#include <cmath>

namespace factline {
namespace {

using timeline::ItemKind;
using timeline::LaneMode;

constexpr int kSliderSteps = 1000;

double sliderOf(double pixelsPerDay)
{
    const double lo = std::log(TimelineCanvas::kMinPixelsPerDay), hi = std::log(TimelineCanvas::kMaxPixelsPerDay);
    return (std::log(pixelsPerDay) - lo) / (hi - lo) * kSliderSteps;
}

double pixelsPerDayOf(double slider)
{
    const double lo = std::log(TimelineCanvas::kMinPixelsPerDay), hi = std::log(TimelineCanvas::kMaxPixelsPerDay);
    return std::exp(lo + slider / kSliderSteps * (hi - lo));
}

} // namespace

TimelineView::TimelineView(Project *project, QWidget *parent)
    : QWidget(parent)
{
    buildControls();
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(50);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        if (m_slowLoads) {
            reloadInBackground();
        } else if (Status s = reload(); !s) {
            emit loadFailed(s.errorMessage());
        }
    });
    if (project)
        setProject(project);
}

TimelineView::~TimelineView()
{
    m_canvas->setIndex(nullptr);
}

void TimelineView::buildControls()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);

    m_lanes = new QComboBox(this);
    m_lanes->setObjectName(QStringLiteral("timelineLanes"));
    m_lanes->addItem(tr("One lane"), int(LaneMode::Single));
    m_lanes->addItem(tr("A lane per document"), int(LaneMode::Document));
    m_lanes->addItem(tr("A lane per source"), int(LaneMode::Source));
    m_lanes->addItem(tr("By how exact the date is"), int(LaneMode::Precision));
    m_lanes->addItem(tr("By kind of event"), int(LaneMode::Kind));
    m_lanes->setToolTip(tr("How the timeline splits into lanes"));
    connect(m_lanes, &QComboBox::activated, this,
            [this] { setLaneMode(LaneMode(m_lanes->currentData().toInt())); });

    m_axesBox = new QComboBox(this);
    m_axesBox->setObjectName(QStringLiteral("timelineAxes"));
    m_axesBox->addItem(tr("When it happened"), int(TimelineCanvas::Axes::Happened));
    m_axesBox->addItem(tr("When it was said"), int(TimelineCanvas::Axes::Said));
    m_axesBox->addItem(tr("Both"), int(TimelineCanvas::Axes::Both));
    m_axesBox->setToolTip(tr("Which time the timeline shows: events, statements, or both"));
    connect(m_axesBox, &QComboBox::activated, this,
            [this] { setAxes(TimelineCanvas::Axes(m_axesBox->currentData().toInt())); });

    auto button = [this](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        return b;
    };
    m_zoom = new QSlider(Qt::Horizontal, this);
    m_zoom->setObjectName(QStringLiteral("timelineZoom"));
    m_zoom->setRange(0, kSliderSteps);
    m_zoom->setMaximumWidth(220);
    m_zoom->setToolTip(tr("Zoom: from centuries to hours"));
    connect(m_zoom, &QSlider::valueChanged, this, &TimelineView::sliderMoved);

    bar->addWidget(new QLabel(tr("Lanes:"), this));
    bar->addWidget(m_lanes);
    bar->addSpacing(8);
    bar->addWidget(new QLabel(tr("Time:"), this));
    bar->addWidget(m_axesBox);
    bar->addStretch(1);
    bar->addWidget(button(tr("Fit"), tr("Show everything (Home)"), &TimelineView::fitAll));
    bar->addWidget(button(tr("Selection"), tr("Zoom to the selected item"), &TimelineView::zoomToSelection));
    bar->addWidget(button(QStringLiteral("−"), tr("Zoom out (−)"), &TimelineView::zoomOut));
    bar->addWidget(m_zoom);
    bar->addWidget(button(QStringLiteral("+"), tr("Zoom in (+)"), &TimelineView::zoomIn));
    layout->addLayout(bar);

    m_canvas = new TimelineCanvas(this);
    m_canvas->setObjectName(QStringLiteral("timelineCanvas"));
    // Many lanes (one per source in a big project) are taller than the window: the wheel
    // with Shift, a drag or this bar moves through them.
    m_lanesBar = new QScrollBar(Qt::Vertical, this);
    m_lanesBar->setObjectName(QStringLiteral("timelineLanesBar"));
    m_lanesBar->setAccessibleName(tr("Scroll the lanes"));
    m_lanesBar->hide();
    auto *canvasRow = new QHBoxLayout;
    canvasRow->setContentsMargins(0, 0, 0, 0);
    canvasRow->setSpacing(0);
    canvasRow->addWidget(m_canvas, 1);
    canvasRow->addWidget(m_lanesBar);
    layout->addLayout(canvasRow, 1);
    connect(m_canvas, &TimelineCanvas::verticalRangeChanged, this, [this](int content, int page, int position) {
        const QSignalBlocker block(m_lanesBar);
        m_lanesBar->setRange(0, std::max(0, content - page));
        m_lanesBar->setPageStep(std::max(1, page));
        m_lanesBar->setSingleStep(std::max(1, fontMetrics().height()));
        m_lanesBar->setValue(position);
        m_lanesBar->setVisible(content > page);
    });
    connect(m_lanesBar, &QScrollBar::valueChanged, m_canvas, [this](int v) { m_canvas->setScrollY(v); });
    setFocusProxy(m_canvas);
    connect(m_canvas, &TimelineCanvas::viewChanged, this, &TimelineView::syncSlider);
    connect(m_canvas, &TimelineCanvas::itemClicked, this, &TimelineView::onItemClicked);
    connect(m_canvas, &TimelineCanvas::emptyClicked, this, &TimelineView::selectionCleared);
    connect(m_canvas, &TimelineCanvas::itemDoubleClicked, this, [this](qsizetype item) {
        if (m_index && m_index->items().kind[size_t(item)] == ItemKind::Event)
            emit editEventDatesRequested(m_index->items().id[size_t(item)]);
    });
}

Status TimelineView::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    ++m_loadTicket;  // a load still running for the previous project is not shown
    m_canvas->setIndex(nullptr);
    m_index.reset();
    m_canvas->setLoading(false);
    if (!project)
        return Ok{};
    for (auto signal : {&Project::documentsChanged, &Project::claimsReset, &Project::actorsChanged,
                        &Project::eventsChanged})
        connect(project, signal, this, &TimelineView::scheduleReload);
    connect(project, &Project::extractionChanged, this, &TimelineView::scheduleReload);
    connect(project, &Project::claimsChanged, this, &TimelineView::scheduleReload);
    m_slowLoads = store::timelineIsBig(*project);
    if (m_slowLoads) {
        reloadInBackground();
        return Ok{};
    }
    Status loaded = reload();
    m_canvas->fitAll();
    return loaded;
}

Status TimelineView::reload()
{
    if (!m_project)
        return Ok{};
    Result<timeline::TimelineSource> source = store::loadTimeline(*m_project);
    if (!source)
        return source.error();
    auto index = std::make_unique<timeline::TimelineIndex>(std::move(*source));
    index->setLaneMode(laneMode());
    if (m_index && !m_index->filter().isEmpty())
        index->setFilter(m_index->filter());
    adopt(std::move(index), false);
    return Ok{};
}

void TimelineView::reloadInBackground()
{
    if (!m_project)
        return;
    const int ticket = ++m_loadTicket;
    const QString path = m_project->path();
    const LaneMode lanes = laneMode();
    const timeline::TimelineFilter filter = m_index ? m_index->filter() : timeline::TimelineFilter{};
    const bool fit = !m_index;  // the first load of a project fits it into view
    ++m_loadsRunning;
    if (!m_index)
        m_canvas->setLoading(true);
    QPointer<TimelineView> self(this);
    QThreadPool::globalInstance()->start([self, ticket, path, lanes, filter, fit] {
        // Reads and indexes off the window's thread, through a connection of its own (a
        // connection belongs to the thread that opened it).
        // Shared so that the lambdas stay copyable; the window's thread takes the index out.
        auto index = std::make_shared<std::unique_ptr<timeline::TimelineIndex>>();
        QString failure;
        {
            Result<std::unique_ptr<Project>> project = Project::open(path, Project::OpenMode::OpenExisting);
            Result<timeline::TimelineSource> source =
                project ? store::loadTimeline(**project) : Result<timeline::TimelineSource>(project.error());
            if (source) {
                *index = std::make_unique<timeline::TimelineIndex>(std::move(*source));
                (*index)->setLaneMode(lanes);
                if (!filter.isEmpty())
                    (*index)->setFilter(filter);
            } else {
                failure = source.errorMessage();
            }
        }
        QCoreApplication *app = QCoreApplication::instance();
        if (!app)
            return;
        QMetaObject::invokeMethod(app, [self, ticket, index, failure, fit] {
            if (!self)
                return;
            --self->m_loadsRunning;
            if (ticket != self->m_loadTicket)
                return;  // the project changed again meanwhile: a newer load is on its way
            self->m_canvas->setLoading(false);
            if (!*index) {
                emit self->loadFailed(failure);
                return;
            }
            self->adopt(std::move(*index), fit);
        }, Qt::QueuedConnection);
    });
}

// Shows a new index, keeping what the user looks at: the view and the selection.
void TimelineView::adopt(std::unique_ptr<timeline::TimelineIndex> index, bool fit)
{
    const double firstDay = m_canvas->firstDay(), pixelsPerDay = m_canvas->pixelsPerDay();
    const qint64 event = selectedEventId(), claim = selectedClaimId();
    m_canvas->setIndex(index.get());
    m_index = std::move(index);
    if (fit)
        m_canvas->fitAll();
    else
        m_canvas->setView(firstDay, pixelsPerDay);
    if (event)
        m_canvas->setSelectedItem(m_index->indexOf(ItemKind::Event, event));
    else if (claim)
        m_canvas->setSelectedItem(m_index->indexOf(ItemKind::Claim, claim));
    emit loaded();
}

void TimelineView::scheduleReload()
{
    m_reloadTimer->start();
}

void TimelineView::setLaneMode(timeline::LaneMode mode)
{
    m_lanes->setCurrentIndex(m_lanes->findData(int(mode)));
    if (m_index) {
        m_index->setLaneMode(mode);
        m_canvas->indexChanged();
    }
}

timeline::LaneMode TimelineView::laneMode() const
{
    return LaneMode(m_lanes->currentData().toInt());
}

void TimelineView::setAxes(TimelineCanvas::Axes axes)
{
    m_axesBox->setCurrentIndex(m_axesBox->findData(int(axes)));
    m_canvas->setAxes(axes);
}

void TimelineView::setFilter(const timeline::TimelineFilter &filter)
{
    if (!m_index)
        return;
    m_index->setFilter(filter);
    m_canvas->indexChanged();
}

qint64 TimelineView::selectedEventId() const
{
    const qsizetype item = m_canvas->selectedItem();
    if (!m_index || item < 0 || m_index->items().kind[size_t(item)] != ItemKind::Event)
        return 0;
    return m_index->items().id[size_t(item)];
}

qint64 TimelineView::selectedClaimId() const
{
    const qsizetype item = m_canvas->selectedItem();
    if (!m_index || item < 0 || m_index->items().kind[size_t(item)] != ItemKind::Claim)
        return 0;
    return m_index->items().id[size_t(item)];
}

void TimelineView::selectItem(ItemKind kind, qint64 id)
{
    const qsizetype item = m_index ? m_index->indexOf(kind, id) : -1;
    // The item the user just clicked comes back from the window: the view stays put.
    if (item >= 0 && item == m_canvas->selectedItem())
        return;
    m_canvas->setSelectedItem(item);
    if (item < 0)
        return;
    // A statement shows on the "said" axis: make sure that axis is in view.
    const TimelineCanvas::Axes a = m_canvas->axes();
    if (kind == ItemKind::Claim && a == TimelineCanvas::Axes::Happened)
        setAxes(TimelineCanvas::Axes::Both);
    else if (kind == ItemKind::Event && a == TimelineCanvas::Axes::Said)
        setAxes(TimelineCanvas::Axes::Both);
    m_canvas->showItem(item);
}

void TimelineView::selectEvent(qint64 eventId)
{
    selectItem(ItemKind::Event, eventId);
}

void TimelineView::selectClaim(qint64 claimId)
{
    selectItem(ItemKind::Claim, claimId);
}

void TimelineView::clearSelection()
{
    m_canvas->setSelectedItem(-1);
}

void TimelineView::onItemClicked(qsizetype item)
{
    const timeline::TimelineItems &it = m_index->items();
    if (it.kind[size_t(item)] == ItemKind::Event)
        emit eventSelected(it.id[size_t(item)]);
    else
        emit claimSelected(it.id[size_t(item)]);
}

void TimelineView::fitAll()
{
    m_canvas->fitAll();
}

void TimelineView::zoomToSelection()
{
    if (m_canvas->selectedItem() >= 0)
        m_canvas->showItem(m_canvas->selectedItem(), true);
}

void TimelineView::zoomIn()
{
    m_canvas->zoomAt(m_canvas->width() / 2.0, 1.5);
}

void TimelineView::zoomOut()
{
    m_canvas->zoomAt(m_canvas->width() / 2.0, 1 / 1.5);
}

void TimelineView::syncSlider()
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_zoom->setValue(int(std::lround(sliderOf(m_canvas->pixelsPerDay()))));
    m_syncing = false;
}

void TimelineView::sliderMoved(int value)
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_canvas->zoomAt(m_canvas->width() / 2.0, pixelsPerDayOf(value) / m_canvas->pixelsPerDay());
    m_syncing = false;
}

Status TimelineView::exportPng(const QString &path)
{
    constexpr qreal scale = 2;  // sharp in print and on high-DPI screens
    QImage image(m_canvas->size() * scale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    {
        QPainter p(&image);
        m_canvas->paintTimeline(p, m_canvas->rect(), true);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        return Error{tr("Could not write the image %1: %2. Check the folder's permissions and free space.")
                         .arg(path, file.errorString())};
    m_canvas->update();
    return Ok{};
}

Status TimelineView::exportSvg(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write %1: %2. Check the folder's permissions.").arg(path, file.errorString())};
    QSvgGenerator svg;
    svg.setOutputDevice(&file);
    svg.setSize(m_canvas->size());
    svg.setViewBox(m_canvas->rect());
    svg.setTitle(tr("Timeline"));
    svg.setDescription(tr("Exported from Factline"));
    {
        QPainter p(&svg);
        m_canvas->paintTimeline(p, m_canvas->rect(), true);
    }
    if (!file.commit())
        return Error{tr("Could not write %1: %2. Check the free space.").arg(path, file.errorString())};
    m_canvas->update();
    return Ok{};
}

} // namespace factline
