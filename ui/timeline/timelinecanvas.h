// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/timeaxis.h"
#include "timeline/timelinedata.h"

#include <QDate>
#include <QFontMetricsF>
#include <QHash>
#include <QPixmap>
#include <QStaticText>
#include <QWidget>

#include <vector>

namespace factline {

// The painted timeline: a ruler on top, then one band per axis of time (happened, said),
// each split into lanes whose items are stacked into rows. Each frame asks the index only
// for what is in view; with more than kDetailLimit items in view a band shows counts per
// bin from the index's density pyramid instead. Items are addressed by their index in
// TimelineIndex::items(); the view above turns them into event and claim ids.
class TimelineCanvas : public QWidget
{
    Q_OBJECT

public:
    enum class Axes { Happened, Said, Both };
    static constexpr size_t kDetailLimit = 1500;
    static constexpr double kMinPixelsPerDay = 1.0 / 2000;  // 1000 px ≈ 5,500 years
    static constexpr double kMaxPixelsPerDay = 24 * 240;    // an hour is 240 px

    explicit TimelineCanvas(QWidget *parent = nullptr);

    // The index is not owned; nullptr shows an empty timeline.
    void setIndex(const timeline::TimelineIndex *index);
    const timeline::TimelineIndex *index() const { return m_index; }
    // Call after the index's lanes or filter changed.
    void indexChanged();

    void setAxes(Axes axes);
    Axes axes() const { return m_axes; }
    void setToday(const QDate &today);
    // While a big project's timeline is read in the background: says so instead of "nothing".
    void setLoading(bool loading);  // the "today" line; the current date by default

    double firstDay() const { return m_firstDay; }
    double pixelsPerDay() const { return m_pixelsPerDay; }
    void setView(double firstDay, double pixelsPerDay);
    double xOfDay(double day) const { return (day - m_firstDay) * m_pixelsPerDay; }
    double dayAtX(double x) const { return m_firstDay + x / m_pixelsPerDay; }
    // Zooms by `factor` keeping the day under `x` where it is.
    void zoomAt(double x, double factor);
    void panBy(double dx, double dy = 0);
    // The vertical position in the lanes, in pixels from the top (a scroll bar's value).
    void setScrollY(double y);
    double scrollY() const { return m_scrollY; }
    double contentHeight() const { return m_contentHeight; }
    void fitAll();
    // Centres on an item; zooms in far enough to show it as itself, or (`frame`) so that it
    // fills about half of the width.
    void showItem(qsizetype item, bool frame = false);

    qsizetype selectedItem() const { return m_selected; }
    void setSelectedItem(qsizetype item);  // -1 clears; emits nothing
    qsizetype itemAt(const QPointF &pos) const;

    // Paints everything into `rect` of any device (the widget, a QImage, an SVG). A frame on
    // screen lays out a bounded number of new labels and repaints for the rest soon after;
    // `complete` (for exports) draws every label at once.
    void paintTimeline(QPainter &painter, const QRect &rect, bool complete = false);

    // What the last paint drew: marks and labels in pixels, for hit tests and tests.
    struct Placed {
        qsizetype item = -1;
        timeline::Band band = timeline::Band::Happened;
        int lane = 0;
        int row = 0;
        QRectF mark;
        QRectF label;
        bool elided = false;
    };
    const QList<Placed> &placed() const { return m_placed; }
    const timeline::AxisTicks &ticks() const { return m_ticks; }
    bool showsDensity(timeline::Band band) const { return m_density[int(band)]; }
    int axisHeight() const;

signals:
    void itemClicked(qsizetype item);
    void itemDoubleClicked(qsizetype item);
    void emptyClicked();
    void viewChanged();
    // The lanes' height changed (after a paint) or the vertical position did: for a scroll bar.
    void verticalRangeChanged(int contentHeight, int pageHeight, int position);

protected:
    void paintEvent(QPaintEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool event(QEvent *event) override;

private:
    void emitVerticalRange();
    struct Bin {
        QRectF rect;
        quint64 count = 0;
        double firstDay = 0, lastDay = 0;
    };
    struct Frame;  // one paint's shared state

    double paintBand(QPainter &p, Frame &f, timeline::Band band, double y);
    double paintDetail(QPainter &p, Frame &f, timeline::Band band, double y, const std::vector<quint32> &items);
    double paintDensity(QPainter &p, Frame &f, timeline::Band band, double y);
    void paintAxis(QPainter &p, Frame &f);
    void paintMarkers(QPainter &p, Frame &f, double top, double bottom);
    void paintOverlay(QPainter &p, Frame &f);
    double labelWidth(qsizetype item, int *budget);
    QColor itemColour(qsizetype item) const;
    const QStaticText &laidOut(const QString &text);
    QString elided(qsizetype item, double width, int *budget);
    void drawLabel(QPainter &p, const QPointF &topLeft, const QString &text, int *budget = nullptr);
    const QPixmap &marker(timeline::Precision precision, const QColor &colour, const Frame &f);
    QString tooltipAt(const QPointF &pos) const;
    void clampView();
    void refreshMetrics();

    const timeline::TimelineIndex *m_index = nullptr;
    Axes m_axes = Axes::Happened;
    QDate m_today;
    double m_firstDay = 0;
    double m_pixelsPerDay = 1;
    bool m_loading = false;
    double m_scrollY = 0;
    double m_contentHeight = 0;
    qsizetype m_selected = -1;
    qsizetype m_hover = -1;

    QFontMetricsF m_metrics;
    QHash<quint64, QPixmap> m_markers;  // diamonds by colour and precision
    QHash<QString, QStaticText> m_labels;  // laid-out label texts
    QHash<quint64, QString> m_elided;      // elided titles by item and width
    std::vector<float> m_titleWidth;  // measured once per item, NaN until then
    bool m_refine = false;            // some widths were estimated: paint again
    bool m_fitPending = false;        // fitAll() came before the widget had its size

    timeline::AxisTicks m_ticks;
    QList<Placed> m_placed;
    QList<Bin> m_bins;
    QList<std::pair<QRectF, qsizetype>> m_publications;  // marker, document index
    bool m_density[2] = {false, false};

    QPointF m_pressPos;
    double m_pressFirstDay = 0;
    double m_pressScroll = 0;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace factline
