// SPDX-License-Identifier: MIT
#include "driftchart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace factline {

DriftChart::DriftChart(QWidget *parent) : QWidget(parent)
{
    setMinimumHeight(90);
    setAccessibleName(tr("Drift chart"));
}

void DriftChart::setSeries(const compare::DriftSeries &series)
{
    m_series = series;
    update();
}

void DriftChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QFontMetrics fm = fontMetrics();
    const QRectF area = QRectF(rect()).adjusted(fm.horizontalAdvance(QStringLiteral("000,000")) + 12, fm.height() + 8,
                                                -fm.horizontalAdvance(QStringLiteral("more than 00,000")) / 2 - 8,
                                                -fm.height() - 10);
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(area.bottomLeft(), area.bottomRight());
    p.drawLine(area.bottomLeft(), area.topLeft());
    if (m_series.points.isEmpty() || area.width() <= 0 || area.height() <= 0)
        return;
    const QLocale locale;
    double lo = m_series.minimum();
    double hi = m_series.maximum();
    if (hi - lo < 1e-9) {
        lo -= 1;
        hi += 1;
    }
    const double pad = (hi - lo) * 0.3; // room for the labels above the dots
    lo = std::max(0.0, lo - pad);
    hi += pad;
    QDate first;
    QDate last;
    for (const compare::DriftPoint &d : m_series.points) {
        if (!d.reported.isValid())
            continue;
        first = first.isValid() ? std::min(first, d.reported) : d.reported;
        last = last.isValid() ? std::max(last, d.reported) : d.reported;
    }
    const qint64 days = first.isValid() ? std::max<qint64>(1, first.daysTo(last)) : 1;
    const int n = int(m_series.points.size());
    auto xOf = [&](int i, const compare::DriftPoint &d) {
        const double t = d.reported.isValid() && first != last ? double(first.daysTo(d.reported)) / double(days)
                                                              : (n > 1 ? double(i) / double(n - 1) : 0.5);
        return area.left() + std::clamp(t, 0.0, 1.0) * area.width();
    };
    auto yOf = [&](double v) { return area.bottom() - (v - lo) / (hi - lo) * area.height(); };
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRectF(0, area.top() - fm.height() / 2.0, area.left() - 6, fm.height()), Qt::AlignRight,
               locale.toString(hi, 'f', 0));
    p.drawText(QRectF(0, area.bottom() - fm.height() / 2.0, area.left() - 6, fm.height()), Qt::AlignRight,
               locale.toString(lo, 'f', 0));
    if (first.isValid()) {
        p.drawText(QRectF(area.left(), area.bottom() + 4, area.width(), fm.height()), Qt::AlignLeft,
                   locale.toString(first, QLocale::ShortFormat));
        if (last != first)
            p.drawText(QRectF(area.left(), area.bottom() + 4, area.width(), fm.height()), Qt::AlignRight,
                       locale.toString(last, QLocale::ShortFormat));
    }
    p.drawText(QRectF(0, 0, width(), fm.height() + 4), Qt::AlignHCenter, m_series.label);
    QPainterPath line;
    const QColor accent = pal.color(QPalette::Highlight);
    for (int i = 0; i < n; ++i) {
        const QPointF at(xOf(i, m_series.points[i]), yOf(m_series.points[i].value));
        if (i == 0)
            line.moveTo(at);
        else
            line.lineTo(at);
    }
    p.setPen(QPen(accent, 2));
    p.drawPath(line);
    for (int i = 0; i < n; ++i) {
        const compare::DriftPoint &d = m_series.points[i];
        const QPointF at(xOf(i, d), yOf(d.value));
        p.setPen(QPen(pal.color(QPalette::Base), 1.5));
        p.setBrush(accent);
        p.drawEllipse(at, 4.5, 4.5);
        p.setPen(pal.color(QPalette::Text));
        // Labels stay inside the plot: beside a dot near either edge, centred above it otherwise.
        const double w = fm.horizontalAdvance(d.text);
        const double x = std::clamp(at.x() - w / 2.0, area.left() + 4, area.right() - w);
        const double y = at.y() - 8 - (i % 2) * fm.height();
        p.drawText(QPointF(x, std::max(y, area.top() + fm.ascent())), d.text);
    }
}

} // namespace factline
