// SPDX-License-Identifier: MIT
#include "timelinecanvas.h"

#include "models/sourcecolours.h"
#include "timeline/timelinelayout.h"
#include "timelinestyle.h"

#include "extract/timexvalue.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPaintEngine>
#include <QPainterPath>
#include <QPixmap>
#include <QResizeEvent>
#include <QStaticText>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace factline {
namespace {

using namespace Qt::StringLiterals;
using timeline::Band;
using timeline::ItemKind;
using timeline::LaneMode;
using timeline::Precision;

constexpr double kMaxLabelWidth = 280;
constexpr int kLayoutBudget = 150;  // new labels laid out per frame; the rest estimated, then refined
const double kFirstViewDay = timeline::dayOf(QDate(100, 1, 1));
const double kLastViewDay = timeline::dayOf(QDate(9000, 1, 1));

const QColor kEventColour(0x4e79a7);
const QColor kClaimColour(0xf28e2b);
const QColor kTodayColour(0xd62728);

QString granularityName(Precision p)
{
    switch (p) {
    case Precision::Day: return u"day"_s;
    case Precision::Week: return u"week"_s;
    case Precision::Month: return u"month"_s;
    case Precision::Quarter: return u"quarter"_s;
    case Precision::Year: return u"year"_s;
    case Precision::Decade: return u"decade"_s;
    case Precision::Century: return u"century"_s;
    case Precision::Unknown: break;
    }
    return QString();
}

QString describeDays(qint32 start, qint32 end, Precision p)
{
    const QDate s = timeline::dateOf(start), e = timeline::dateOf(end);
    if (p == Precision::Day && start != end) {
        const QLocale c(QLocale::English);
        return c.toString(s, u"ddd d MMM"_s) + u" – "_s + c.toString(e, u"ddd d MMM yyyy"_s);
    }
    return extract::describeRange({s, e, granularityName(p)});
}

} // namespace

struct TimelineCanvas::Frame {
    double width = 0;
    double height = 0;
    double top = 0;  // where the bands start, below the ruler
    double firstDay = 0, lastDay = 0;
    double rowHeight = 0;
    double markHeight = 0;
    double laneHeader = 0;
    double textTop = 0;  // of a label, from its row's top
    int budget = kLayoutBudget;
    bool raster = true;   // painting pixels (markers come from a cache), not SVG
    qreal pixelRatio = 1;
    QColor text, faint, base, alternate;
};

const QStaticText &TimelineCanvas::laidOut(const QString &text)
{
    // Shaping text is most of a frame's cost; a label keeps its layout between frames, and
    // its width comes from the same layout.
    auto found = m_labels.find(text);
    if (found == m_labels.end()) {
        if (m_labels.size() > 6000)
            m_labels.clear();
        QStaticText staticText(text);
        staticText.setTextFormat(Qt::PlainText);
        staticText.setPerformanceHint(QStaticText::AggressiveCaching);
        staticText.prepare(QTransform(), font());
        found = m_labels.insert(text, staticText);
    }
    return *found;
}

QString TimelineCanvas::elided(qsizetype item, double width, int *budget)
{
    // Eliding shapes the whole title: kept per item and width, like the layouts.
    const quint64 key = (quint64(item) << 16) | quint64(std::clamp(int(width), 0, 0xffff));
    auto found = m_elided.constFind(key);
    if (found != m_elided.constEnd())
        return *found;
    if (*budget <= 0) {
        m_refine = true;
        return QString();
    }
    --*budget;
    if (m_elided.size() > 6000)
        m_elided.clear();
    return *m_elided.insert(key, m_metrics.elidedText(m_index->items().title(item), Qt::ElideRight, width));
}

void TimelineCanvas::drawLabel(QPainter &p, const QPointF &topLeft, const QString &text, int *budget)
{
    // A frame lays out only so many new labels; the rest come in the frames after, so
    // that no frame waits for a screenful of text shaping.
    if (budget && !m_labels.contains(text)) {
        if (*budget <= 0) {
            m_refine = true;
            return;
        }
        --*budget;
    }
    p.drawStaticText(topLeft, laidOut(text));
}

const QPixmap &TimelineCanvas::marker(Precision precision, const QColor &colour, const Frame &f)
{
    // A few hundred diamonds a frame: drawn once per colour and precision, then copied.
    const quint64 key = (quint64(colour.rgba()) << 8) | quint64(precision);
    auto found = m_markers.constFind(key);
    if (found != m_markers.constEnd() && found->devicePixelRatio() == f.pixelRatio)
        return *found;
    if (m_markers.size() > 512)
        m_markers.clear();
    QPixmap pixmap(QSize(int(f.markHeight), int(f.markHeight)) * f.pixelRatio);
    pixmap.setDevicePixelRatio(f.pixelRatio);
    pixmap.fill(Qt::transparent);
    {
        QPainter mp(&pixmap);
        mp.setRenderHint(QPainter::Antialiasing, true);
        paintRange(mp, QRectF(0, 0, f.markHeight, f.markHeight), precision, colour);
    }
    return *m_markers.insert(key, pixmap);
}

TimelineCanvas::TimelineCanvas(QWidget *parent)
    : QWidget(parent), m_today(QDate::currentDate()), m_metrics(font())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 120);
    setAccessibleName(tr("Timeline"));
    m_firstDay = timeline::dayOf(m_today) - 365;
    m_pixelsPerDay = 1;
}

void TimelineCanvas::setIndex(const timeline::TimelineIndex *index)
{
    m_index = index;
    m_selected = m_hover = -1;
    m_elided.clear();
    m_titleWidth.assign(index ? size_t(index->items().size()) : 0, std::numeric_limits<float>::quiet_NaN());
    update();
}

void TimelineCanvas::indexChanged()
{
    clampView();
    update();
}

void TimelineCanvas::setAxes(Axes axes)
{
    m_axes = axes;
    m_scrollY = 0;
    update();
}

void TimelineCanvas::setLoading(bool loading)
{
    m_loading = loading;
    update();
}

void TimelineCanvas::setToday(const QDate &today)
{
    m_today = today;
    update();
}

int TimelineCanvas::axisHeight() const
{
    return int(std::ceil(m_metrics.lineSpacing() * 2 + 12));
}

void TimelineCanvas::setView(double firstDay, double pixelsPerDay)
{
    m_fitPending = false;
    m_firstDay = firstDay;
    m_pixelsPerDay = pixelsPerDay;
    clampView();
    update();
    emit viewChanged();
}

void TimelineCanvas::clampView()
{
    m_pixelsPerDay = std::clamp(m_pixelsPerDay, kMinPixelsPerDay, kMaxPixelsPerDay);
    const double span = width() / m_pixelsPerDay;
    m_firstDay = std::clamp(m_firstDay, kFirstViewDay, std::max(kFirstViewDay, kLastViewDay - span));
    const double room = height() - axisHeight();
    m_scrollY = std::clamp(m_scrollY, 0.0, std::max(0.0, m_contentHeight - room));
}

void TimelineCanvas::zoomAt(double x, double factor)
{
    m_fitPending = false;
    const double day = dayAtX(x);
    m_pixelsPerDay = std::clamp(m_pixelsPerDay * factor, kMinPixelsPerDay, kMaxPixelsPerDay);
    m_firstDay = day - x / m_pixelsPerDay;
    clampView();
    update();
    emit viewChanged();
}

void TimelineCanvas::panBy(double dx, double dy)
{
    m_fitPending = false;
    m_firstDay -= dx / m_pixelsPerDay;
    m_scrollY -= dy;
    clampView();
    update();
    emit viewChanged();
    if (dy != 0)
        emitVerticalRange();
}

void TimelineCanvas::fitAll()
{
    double lo = 0, hi = 0;
    if (!m_index || !m_index->extent(&lo, &hi)) {
        lo = timeline::dayOf(m_today) - 365;
        hi = timeline::dayOf(m_today) + 30;
    }
    const double w = std::max(width(), 200);
    const double left = 24, right = std::min(300.0, w * 0.3);  // room for the last labels
    m_pixelsPerDay = std::clamp((w - left - right) / std::max(hi - lo, 1.0), kMinPixelsPerDay, kMaxPixelsPerDay);
    m_firstDay = lo - left / m_pixelsPerDay;
    m_scrollY = 0;
    m_fitPending = !isVisible();
    clampView();
    update();
    emit viewChanged();
}

void TimelineCanvas::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Fitted while hidden in a tab, at a size it did not have yet: fit again now.
    if (m_fitPending)
        fitAll();
}

void TimelineCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitPending)
        fitAll();
    else
        clampView();
    emitVerticalRange();
}

void TimelineCanvas::showItem(qsizetype item, bool frame)
{
    if (!m_index || item < 0 || item >= m_index->items().size())
        return;
    const timeline::TimelineItems &it = m_index->items();
    const double start = it.startDay[size_t(item)], end = it.endDay[size_t(item)] + 1.0;
    const double w = std::max(width(), 200);
    if (frame) {
        m_pixelsPerDay = std::clamp(w * 0.5 / (end - start), kMinPixelsPerDay, kMaxPixelsPerDay);
    } else {
        const Band band = timeline::bandOf(it.kind[size_t(item)]);
        const double centre = (start + end) / 2;
        for (int i = 0; i < 40 && m_pixelsPerDay < kMaxPixelsPerDay; ++i) {
            const double half = w / 2 / m_pixelsPerDay;
            if (m_index->countIn(band, centre - half, centre + half) <= kDetailLimit / 2)
                break;
            m_pixelsPerDay = std::min(m_pixelsPerDay * 2, kMaxPixelsPerDay);
        }
    }
    m_firstDay = (start + end) / 2 - w / 2 / m_pixelsPerDay;
    clampView();
    update();
    emit viewChanged();
}

void TimelineCanvas::setSelectedItem(qsizetype item)
{
    m_selected = item;
    update();
}

qsizetype TimelineCanvas::itemAt(const QPointF &pos) const
{
    for (qsizetype i = m_placed.size() - 1; i >= 0; --i) {
        const Placed &p = m_placed[i];
        if (p.mark.adjusted(-3, -3, 3, 3).contains(pos) || p.label.contains(pos))
            return p.item;
    }
    return -1;
}

void TimelineCanvas::refreshMetrics()
{
    m_metrics = QFontMetricsF(font());
    m_markers.clear();
    m_labels.clear();
    m_elided.clear();
    std::fill(m_titleWidth.begin(), m_titleWidth.end(), std::numeric_limits<float>::quiet_NaN());
}

double TimelineCanvas::labelWidth(qsizetype item, int *budget)
{
    float &w = m_titleWidth[size_t(item)];
    if (std::isnan(w)) {
        if (*budget <= 0) {
            // Estimated from its length now, measured in a later frame.
            m_refine = true;
            const timeline::TimelineItems &it = m_index->items();
            const quint32 begin = item == 0 ? 0 : it.titleEnd[size_t(item - 1)];
            return std::min(kMaxLabelWidth, (it.titleEnd[size_t(item)] - begin) * m_metrics.averageCharWidth());
        }
        --*budget;
        w = float(laidOut(m_index->items().title(item)).size().width());
    }
    return std::min(kMaxLabelWidth, double(w));
}

QColor TimelineCanvas::itemColour(qsizetype item) const
{
    const timeline::TimelineItems &it = m_index->items();
    if (m_index->laneMode() == LaneMode::Document) {
        const qint32 d = it.document[size_t(item)];
        return d >= 0 ? documentColour(m_index->source().documents[d].id) : QColor(0x9a9a9a);
    }
    const qint32 a = it.actor[size_t(item)];
    if (a >= 0)
        return sourceColour(m_index->source().actors[a].id);
    return it.kind[size_t(item)] == ItemKind::Event ? kEventColour : kClaimColour;
}

void TimelineCanvas::paintEvent(QPaintEvent *)
{
    const double before = m_contentHeight;
    QPainter p(this);
    paintTimeline(p, rect());
    if (m_refine)
        QTimer::singleShot(0, this, qOverload<>(&QWidget::update));
    if (m_contentHeight != before) {
        const double scrolled = m_scrollY;
        clampView();  // fewer lanes than before: back into them
        if (m_scrollY != scrolled)
            update();
        emitVerticalRange();
    }
}

void TimelineCanvas::emitVerticalRange()
{
    emit verticalRangeChanged(int(std::ceil(m_contentHeight)), height() - axisHeight(), int(m_scrollY));
}

void TimelineCanvas::setScrollY(double y)
{
    if (y == m_scrollY)
        return;
    m_scrollY = y;
    clampView();
    update();
    emitVerticalRange();
}

void TimelineCanvas::paintTimeline(QPainter &p, const QRect &rect, bool complete)
{
    p.save();
    p.translate(rect.topLeft());
    p.setRenderHint(QPainter::Antialiasing, false);  // on only for the shapes that need it
    p.setFont(font());
    Frame f;
    f.width = rect.width();
    f.height = rect.height();
    f.top = axisHeight();
    f.firstDay = m_firstDay;
    f.lastDay = dayAtX(f.width);
    f.rowHeight = std::ceil(m_metrics.height() + 6);
    f.markHeight = std::ceil(m_metrics.height() - 1);
    f.laneHeader = std::ceil(m_metrics.lineSpacing() + 2);
    f.textTop = (f.rowHeight - m_metrics.height()) / 2;
    f.budget = complete ? std::numeric_limits<int>::max() : kLayoutBudget;
    f.raster = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster;
    f.pixelRatio = p.device() ? p.device()->devicePixelRatioF() : 1;
    f.text = palette().color(QPalette::Text);
    f.faint = palette().color(QPalette::PlaceholderText);
    f.base = palette().color(QPalette::Base);
    // Translucent, so that the grid, today and the publication lines show through.
    f.alternate = palette().color(QPalette::AlternateBase);
    f.alternate.setAlphaF(0.6f);
    m_placed.clear();
    m_bins.clear();
    m_publications.clear();
    m_refine = false;
    m_density[0] = m_density[1] = false;

    p.fillRect(QRectF(0, 0, f.width, f.height), f.base);
    const QFontMetricsF &fm = m_metrics;
    m_ticks = timeline::generateTicks(m_firstDay, f.width, m_pixelsPerDay,
                                      [&fm](const QString &s) { return fm.horizontalAdvance(s); });

    // Grid: faint lines at the ticks, firmer ones where the context changes.
    QColor grid = f.faint;
    grid.setAlphaF(0.18f);
    p.setPen(QPen(grid, 1));
    for (const timeline::AxisLabel &t : std::as_const(m_ticks.minor))
        p.drawLine(QPointF(std::round(xOfDay(t.day)) + 0.5, f.top), QPointF(std::round(xOfDay(t.day)) + 0.5, f.height));

    if (!m_index || m_index->isEmpty()) {
        p.setPen(f.faint);
        p.drawText(QRectF(0, f.top, f.width, f.height - f.top), Qt::AlignCenter | Qt::TextWordWrap,
                   m_loading ? tr("Reading the timeline…")
                             : tr("No dated events or statements yet. Import an article to see what happened when."));
        m_contentHeight = 0;
    } else {
        p.setClipRect(QRectF(0, f.top, f.width, f.height - f.top));
        paintMarkers(p, f, f.top, f.height);  // under the items, so that they stay readable
        double y = f.top - m_scrollY;
        if (m_axes != Axes::Said)
            y += paintBand(p, f, Band::Happened, y);
        if (m_axes != Axes::Happened)
            y += paintBand(p, f, Band::Said, y);
        m_contentHeight = y + m_scrollY - f.top;
        paintOverlay(p, f);
        p.setClipping(false);
    }
    paintAxis(p, f);
    p.restore();
}

double TimelineCanvas::paintBand(QPainter &p, Frame &f, Band band, double y)
{
    const double y0 = y;
    if (m_axes == Axes::Both) {
        const QRectF header(0, y, f.width, f.laneHeader + 2);
        QColor shade = palette().color(QPalette::Text);
        shade.setAlphaF(0.07f);
        p.fillRect(header, shade);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(f.text);
        p.drawText(header.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   band == Band::Happened ? tr("When it happened") : tr("When it was said"));
        p.setFont(font());
        y += header.height();
    }
    const quint64 inView = m_index->countIn(band, f.firstDay - 1, f.lastDay + 1);
    bool density = inView > kDetailLimit;
    std::vector<quint32> items;
    size_t wide = 0;
    if (!density) {
        // Items much wider than the view ("in the 1990s" seen at the scale of days) are
        // many in a big project and say little here: counted in one strip, unless few.
        constexpr size_t kFewWide = 40;
        bool cut = false;
        items = m_index->itemsIn(band, f.firstDay, f.lastDay, kDetailLimit, &cut, 2 * (f.lastDay - f.firstDay), &wide);
        if (!cut && wide > 0 && wide <= kFewWide) {
            items = m_index->itemsIn(band, f.firstDay, f.lastDay, kDetailLimit + kFewWide, &cut);
            wide = 0;
        }
        density = cut;
    }
    m_density[int(band)] = density;
    if (!density && wide > 0) {
        const QRectF strip(0, y, f.width, f.rowHeight);
        QColor shade = band == Band::Happened ? kEventColour : kClaimColour;
        shade.setAlphaF(0.12f);
        p.fillRect(strip, shade);
        p.setPen(f.faint);
        p.drawText(strip.adjusted(6, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   tr("%n more dated only to a longer period (a year, a decade, a century) span this view", nullptr,
                      int(wide)));
        y += strip.height();
    }
    y += density ? paintDensity(p, f, band, y) : paintDetail(p, f, band, y, items);
    return y - y0;
}

double TimelineCanvas::paintDetail(QPainter &p, Frame &f, Band band, double y, const std::vector<quint32> &items)
{
    const timeline::TimelineItems &it = m_index->items();
    const int lanes = m_index->laneCount();
    std::vector<std::vector<quint32>> perLane(static_cast<size_t>(lanes));
    for (quint32 i : items)
        perLane[size_t(m_index->laneOf(i))].push_back(i);
    const bool headers = m_index->laneMode() != LaneMode::Single;
    const int bands = m_axes == Axes::Both ? 2 : 1;
    const int maxRows = headers ? 6 : std::clamp(int((f.height - f.top) / bands / f.rowHeight) - 1, 2, 40);
    timeline::LayoutOptions options;
    options.maxRows = maxRows;
    options.minLabelWidth = m_metrics.horizontalAdvance(u"Event…"_s);  // shorter says nothing

    const double y0 = y;
    struct Mark {
        double x0, x1;
        bool point;
    };
    std::vector<Mark> marks;
    QList<timeline::LayoutItem> layoutItems;
    for (int lane = 0; lane < lanes; ++lane) {
        const std::vector<quint32> &li = perLane[size_t(lane)];
        marks.clear();
        layoutItems.clear();
        for (quint32 i : li) {
            const double x0 = xOfDay(it.startDay[i]), x1 = xOfDay(it.endDay[i] + 1.0);
            const bool point = x1 - x0 <= f.markHeight;
            marks.push_back({x0, x1, point});
            timeline::LayoutItem l;
            if (point) {
                const double c = (x0 + x1) / 2;
                l.start = c - f.markHeight / 2;
                l.end = c + f.markHeight / 2;
                l.labelStart = l.end + 3;
            } else {
                l.start = x0;
                l.end = x1;
                l.labelStart = std::max(x0, 0.0) + 4;
            }
            // A label running off the right edge is elided to the room there is.
            l.labelWidth = std::clamp(f.width - 2 - l.labelStart, 0.0, labelWidth(i, &f.budget));
            layoutItems.append(l);
        }
        const timeline::Layout layout = timeline::stackRows(layoutItems, options);
        const int rows = std::max(1, layout.rowCount);
        const double header = headers ? f.laneHeader : 0;
        const double laneHeight = header + rows * f.rowHeight + (layout.hidden ? 5 : 0) + 4;
        if (y + laneHeight >= f.top && y <= f.height) {
            if (lane % 2)
                p.fillRect(QRectF(0, y, f.width, laneHeight), f.alternate);
            if (headers) {
                p.setPen(f.faint);
                const QString name = m_index->laneName(lane);
                p.drawText(QRectF(6, y, f.width - 12, header), Qt::AlignVCenter | Qt::AlignLeft,
                           m_metrics.elidedText(name, Qt::ElideRight, f.width / 2));
            }
            const double rowsTop = y + header;
            for (qsizetype k = 0; k < layoutItems.size(); ++k) {
                const timeline::PlacedItem &placed = layout.items[k];
                const quint32 i = li[size_t(k)];
                const Mark &m = marks[size_t(k)];
                if (placed.row < 0) {
                    // No row had room: a small tick at the lane's foot keeps it visible.
                    p.setPen(QPen(itemColour(i), 1));
                    const double x = (m.x0 + m.x1) / 2;
                    p.drawLine(QPointF(x, y + laneHeight - 7), QPointF(x, y + laneHeight - 3));
                    continue;
                }
                const double rowTop = rowsTop + placed.row * f.rowHeight;
                const double markTop = rowTop + (f.rowHeight - f.markHeight) / 2;
                const QRectF markRect = m.point
                    ? QRectF((m.x0 + m.x1) / 2 - f.markHeight / 2, markTop, f.markHeight, f.markHeight)
                    : QRectF(QPointF(std::max(m.x0, -50.0), markTop),
                             QPointF(std::min(m.x1, f.width + 50), markTop + f.markHeight));
                if (m.point && f.raster)
                    p.drawPixmap(markRect.topLeft(), marker(it.precision[i], itemColour(i), f));
                else
                    paintRange(p, markRect, it.precision[i], itemColour(i));  // axis-aligned: no antialiasing needed
                const timeline::LayoutItem &l = layoutItems[k];
                const QRectF labelRect(l.labelStart, rowTop, placed.labelWidth, f.rowHeight);
                if (labelRect.right() > 0 && labelRect.left() < f.width && placed.labelWidth > 1) {
                    // Elide only what does not fit: eliding is the costly part of a label.
                    const float measured = m_titleWidth[i];
                    const bool fits = !std::isnan(measured) && measured <= placed.labelWidth;
                    const QString text = fits ? it.title(i) : elided(i, placed.labelWidth, &f.budget);
                    p.setPen(f.text);
                    if (!text.isEmpty())
                        drawLabel(p, QPointF(labelRect.left(), rowTop + f.textTop), text, &f.budget);
                }
                m_placed.append({qsizetype(i), band, lane, placed.row, markRect, labelRect, placed.elided});
            }
        }
        y += laneHeight;
    }
    return y - y0;
}

double TimelineCanvas::paintDensity(QPainter &p, Frame &f, Band band, double y)
{
    const int lanes = m_index->laneCount();
    const bool perLane = m_index->laneDensity(band, 0) != nullptr;
    const int shown = perLane ? lanes : 1;
    auto pyramidOf = [&](int lane) -> const timeline::DensityPyramid & {
        return perLane ? *m_index->laneDensity(band, lane) : m_index->density(band);
    };
    const timeline::DensityPyramid &first = pyramidOf(0);
    if (first.isEmpty())
        return 0;
    int level = first.minLevel;
    while (level < first.maxLevel() && double(qint64(1) << level) * m_pixelsPerDay < 3)
        ++level;
    const double binDays = double(qint64(1) << level);
    const qint64 firstBin = qint64(std::floor((f.firstDay - first.origin) / binDays));
    const qint64 lastBin = qint64(std::floor((f.lastDay - first.origin) / binDays));

    // Bars scale to the 95th percentile of the bins in view, so that one spike (every
    // "in the 1990s" counted on 1 Jan 1990) does not flatten the rest; taller bins are cut.
    std::vector<quint32> counts;
    for (int lane = 0; lane < shown; ++lane) {
        const std::vector<quint32> &bins = pyramidOf(lane).levels[size_t(level - pyramidOf(lane).minLevel)];
        for (qint64 b = std::max<qint64>(0, firstBin); b <= std::min<qint64>(qint64(bins.size()) - 1, lastBin); ++b) {
            if (bins[size_t(b)])
                counts.push_back(bins[size_t(b)]);
        }
    }
    quint32 most = 1;
    if (!counts.empty()) {
        auto at = counts.begin() + qsizetype(double(counts.size() - 1) * 0.95);
        std::nth_element(counts.begin(), at, counts.end());
        most = std::max(1u, *at);
    }
    const double header = f.laneHeader;
    const double barsHeight = 3 * f.rowHeight;
    const double laneHeight = header + barsHeight + 4;
    const double y0 = y;
    const double scale = (barsHeight - 2) / std::sqrt(double(most));
    for (int lane = 0; lane < shown; ++lane, y += laneHeight) {
        if (y + laneHeight < f.top || y > f.height)
            continue;
        const timeline::DensityPyramid &pyramid = pyramidOf(lane);
        const std::vector<quint32> &bins = pyramid.levels[size_t(level - pyramid.minLevel)];
        if (lane % 2)
            p.fillRect(QRectF(0, y, f.width, laneHeight), f.alternate);
        QColor colour = band == Band::Happened ? kEventColour : kClaimColour;
        if (perLane && m_index->laneMode() == LaneMode::Document)
            colour = documentColour(m_index->laneKey(lane));
        else if (perLane && m_index->laneMode() == LaneMode::Source)
            colour = sourceColour(m_index->laneKey(lane));
        colour.setAlphaF(0.8f);
        quint64 total = 0;
        const double bottom = y + header + barsHeight;
        for (qint64 b = std::max<qint64>(0, firstBin); b <= std::min<qint64>(qint64(bins.size()) - 1, lastBin); ++b) {
            const quint32 c = bins[size_t(b)];
            if (!c)
                continue;
            total += c;
            const double day = pyramid.origin + b * binDays;
            const double x = xOfDay(day), w = binDays * m_pixelsPerDay;
            const double h = std::clamp(std::sqrt(double(c)) * scale, 1.0, barsHeight - 2);
            p.fillRect(QRectF(x, bottom - h, w > 4 ? w - 1 : w, h), colour);
            m_bins.append({QRectF(x, y + header, w, barsHeight), c, day, day + binDays});
        }
        const QString name = perLane && m_index->laneMode() != LaneMode::Single ? m_index->laneName(lane)
                                                                               : tr("All lanes");
        const QString caption = tr("%1 · %2 in view, counted per %3 days")
                                    .arg(name, QLocale().toString(total), QLocale().toString(qint64(binDays)));
        p.setPen(f.faint);
        p.drawText(QRectF(6, y, f.width - 12, header), Qt::AlignVCenter | Qt::AlignLeft,
                   m_metrics.elidedText(caption, Qt::ElideRight, f.width - 12));
    }
    return y - y0;
}

void TimelineCanvas::paintMarkers(QPainter &p, Frame &f, double top, double bottom)
{
    // Publication dates: a triangle on the ruler each (paintAxis), and a dashed line down
    // through the bands while there are few enough in view not to hide the events.
    const QList<timeline::DocumentInfo> &docs = m_index->source().documents;
    for (qsizetype d = 0; d < docs.size(); ++d) {
        if (!docs[d].published.isValid())
            continue;
        const double x = xOfDay(timeline::dayOf(docs[d].published) + 0.5);
        if (x >= -6 && x <= f.width + 6)
            m_publications.append({QRectF(x - 5, top - 9, 10, 9), d});
    }
    if (m_publications.size() <= 12) {
        QColor line = f.faint;
        line.setAlphaF(0.55f);
        p.setPen(QPen(line, 1, Qt::DashLine));
        for (const auto &[r, d] : std::as_const(m_publications))
            p.drawLine(QPointF(r.center().x(), top), QPointF(r.center().x(), bottom));
    }
    // Today: the day itself when it is wide enough, else a line.
    const double t0 = xOfDay(timeline::dayOf(m_today)), t1 = xOfDay(timeline::dayOf(m_today) + 1);
    QColor today = kTodayColour;
    if (t1 - t0 >= 3) {
        today.setAlphaF(0.10f);
        p.fillRect(QRectF(t0, top, t1 - t0, bottom - top), today);
    } else {
        today.setAlphaF(0.8f);
        p.setPen(QPen(today, 1.5));
        p.drawLine(QPointF((t0 + t1) / 2, top), QPointF((t0 + t1) / 2, bottom));
    }
}

void TimelineCanvas::paintOverlay(QPainter &p, Frame &f)
{
    const Placed *selected = nullptr, *hovered = nullptr;
    for (const Placed &pl : std::as_const(m_placed)) {
        if (pl.item == m_selected)
            selected = &pl;
        if (pl.item == m_hover)
            hovered = &pl;
    }
    const QColor highlight = palette().color(QPalette::Highlight);
    p.setRenderHint(QPainter::Antialiasing, true);
    // A selected claim and the events it is about (or the reverse), joined by a curve.
    if (selected) {
        const QList<qsizetype> linked = m_index->linkedItems(m_selected);
        p.setBrush(Qt::NoBrush);
        for (const Placed &pl : std::as_const(m_placed)) {
            if (!linked.contains(pl.item))
                continue;
            QColor c = highlight;
            c.setAlphaF(0.7f);
            p.setPen(QPen(c, 1.5));
            const QPointF a = selected->mark.center(), b = pl.mark.center();
            QPainterPath path(a);
            path.cubicTo(QPointF(a.x(), (a.y() + b.y()) / 2), QPointF(b.x(), (a.y() + b.y()) / 2), b);
            p.drawPath(path);
            p.drawRoundedRect(pl.mark.adjusted(-2, -2, 2, 2), 3, 3);
        }
    }
    // The full label of the hovered and the selected item, over its neighbours.
    for (const Placed *pl : {hovered, selected}) {
        if (!pl)
            continue;
        const QString title = m_index->items().title(pl->item);
        // Shifted left to show more of it near the right edge, but never over its own mark:
        // what does not fit is elided (the tooltip has it all).
        const double full = m_metrics.horizontalAdvance(title) + 8;
        const double x = std::max(std::clamp(pl->label.left() - 4, 4.0, std::max(4.0, f.width - full - 4)),
                                  std::min(pl->label.left() - 4, pl->mark.right() + 2));
        const double w = std::max(8.0, std::min(full, f.width - x - 4));
        const QRectF box(x, pl->label.top() + 1, w, pl->label.height() - 2);
        const bool isSelected = pl == selected;
        p.setPen(QPen(isSelected ? highlight : f.faint, isSelected ? 1.5 : 1));
        p.setBrush(f.base);
        p.drawRoundedRect(box, 3, 3);
        p.setPen(f.text);
        p.drawText(box.adjusted(4, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft,
                   m_metrics.elidedText(title, Qt::ElideRight, box.width() - 8));
        if (isSelected) {
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(highlight, 2));
            p.drawRoundedRect(pl->mark.adjusted(-2, -2, 2, 2), 3, 3);
        }
    }
}

void TimelineCanvas::paintAxis(QPainter &p, Frame &f)
{
    const double h = f.top;
    p.fillRect(QRectF(0, 0, f.width, h), palette().color(QPalette::Window));
    const double line = m_metrics.lineSpacing();
    p.setPen(f.text);
    const double textTop = (line - m_metrics.height()) / 2;
    for (const timeline::AxisLabel &l : std::as_const(m_ticks.major))
        drawLabel(p, QPointF(l.x, 3 + textTop), l.text);
    p.setPen(f.faint);
    for (const timeline::AxisLabel &l : std::as_const(m_ticks.minor)) {
        drawLabel(p, QPointF(l.x, 5 + line + textTop), l.text);
        const double x = std::round(xOfDay(l.day)) + 0.5;
        p.drawLine(QPointF(x, 5 + line), QPointF(x, h));
    }
    p.setPen(QPen(f.faint, 1));
    p.drawLine(QPointF(0, h - 0.5), QPointF(f.width, h - 0.5));
    // Publication dates and today, as triangles on the ruler's edge.
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setPen(Qt::NoPen);
    p.setBrush(f.faint);
    for (const auto &[r, d] : std::as_const(m_publications)) {
        const QPointF tri[3] = {r.topLeft(), r.topRight(), QPointF(r.center().x(), r.bottom())};
        p.drawPolygon(tri, 3);
    }
    const double tx = xOfDay(timeline::dayOf(m_today) + 0.5);
    if (tx > -6 && tx < f.width + 6) {
        p.setBrush(kTodayColour);
        const QPointF tri[3] = {{tx - 5, h - 9}, {tx + 5, h - 9}, {tx, h}};
        p.drawPolygon(tri, 3);
    }
}

QString TimelineCanvas::tooltipAt(const QPointF &pos) const
{
    if (!m_index)
        return QString();
    const qsizetype item = itemAt(pos);
    const QLocale locale;
    if (item >= 0) {
        const timeline::TimelineItems &it = m_index->items();
        const size_t i = size_t(item);
        QString text = it.title(item) + u'\n';
        const QString when = describeDays(it.startDay[i], it.endDay[i], it.precision[i]);
        text += it.kind[i] == ItemKind::Claim ? tr("Said: %1").arg(when) : tr("Happened: %1").arg(when);
        if (it.document[i] >= 0) {
            const timeline::DocumentInfo &d = m_index->source().documents[it.document[i]];
            text += u'\n' + tr("From: %1").arg(d.outlet.isEmpty() ? d.title : d.outlet + u" — "_s + d.title);
        }
        return text;
    }
    for (const auto &[r, d] : m_publications) {
        if (r.adjusted(-2, -2, 2, 2).contains(pos) || (pos.y() > r.bottom() && std::abs(pos.x() - r.center().x()) <= 2)) {
            const timeline::DocumentInfo &doc = m_index->source().documents[d];
            return tr("Published %1: %2").arg(locale.toString(doc.published, QLocale::LongFormat),
                                               doc.outlet.isEmpty() ? doc.title : doc.outlet + u" — "_s + doc.title);
        }
    }
    const double tx = xOfDay(timeline::dayOf(m_today) + 0.5);
    if (std::abs(pos.x() - tx) <= 4)
        return tr("Today, %1").arg(locale.toString(m_today, QLocale::LongFormat));
    for (const Bin &b : m_bins) {
        if (b.rect.contains(pos)) {
            return tr("%1 items from %2 to %3 (double-click to zoom in)")
                .arg(locale.toString(b.count), locale.toString(timeline::dateOf(b.firstDay), QLocale::ShortFormat),
                     locale.toString(timeline::dateOf(b.lastDay - 1), QLocale::ShortFormat));
        }
    }
    return QString();
}

void TimelineCanvas::wheelEvent(QWheelEvent *event)
{
    const QPoint d = event->angleDelta();
    if (event->modifiers() & Qt::ShiftModifier)
        panBy(0, d.y() / 2.0);
    else if (std::abs(d.x()) > std::abs(d.y()))
        panBy(d.x() / 2.0);
    else
        zoomAt(event->position().x(), std::pow(1.0015, d.y()));
    event->accept();
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressed = true;
    m_dragging = false;
    m_pressPos = event->position();
    m_pressFirstDay = m_firstDay;
    m_pressScroll = m_scrollY;
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_pressed) {
        const QPointF d = event->position() - m_pressPos;
        if (!m_dragging && d.manhattanLength() > 3) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            m_firstDay = m_pressFirstDay - d.x() / m_pixelsPerDay;
            m_scrollY = m_pressScroll - d.y();
            clampView();
            update();
            emit viewChanged();
            emitVerticalRange();
        }
        return;
    }
    const qsizetype hover = itemAt(event->position());
    if (hover != m_hover) {
        m_hover = hover;
        update();
    }
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_pressed)
        return QWidget::mouseReleaseEvent(event);
    m_pressed = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const qsizetype item = itemAt(event->position());
    if (item >= 0) {
        m_selected = item;
        update();
        emit itemClicked(item);
    } else {
        m_selected = -1;
        update();
        emit emptyClicked();
    }
}

void TimelineCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qsizetype item = itemAt(event->position());
    if (item >= 0) {
        emit itemDoubleClicked(item);
        return;
    }
    for (const Bin &b : std::as_const(m_bins)) {
        if (b.rect.contains(event->position())) {
            const double w = std::max(width(), 200);
            setView(b.firstDay - (b.lastDay - b.firstDay) / 2, w / 2 / (b.lastDay - b.firstDay));
            return;
        }
    }
}

void TimelineCanvas::keyPressEvent(QKeyEvent *event)
{
    const double w = width();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomAt(w / 2, 1.5); break;
    case Qt::Key_Minus: zoomAt(w / 2, 1 / 1.5); break;
    case Qt::Key_Left: panBy(w / 8); break;
    case Qt::Key_Right: panBy(-w / 8); break;
    case Qt::Key_Up: panBy(0, 40); break;
    case Qt::Key_Down: panBy(0, -40); break;
    case Qt::Key_Home: fitAll(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void TimelineCanvas::leaveEvent(QEvent *event)
{
    if (m_hover >= 0) {
        m_hover = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void TimelineCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        refreshMetrics();
    QWidget::changeEvent(event);
}

bool TimelineCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString text = tooltipAt(help->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomAt(gesture->position().x(), 1 + gesture->value());
            return true;
        }
    }
    return QWidget::event(event);
}

} // namespace factline
