// SPDX-License-Identifier: MIT
#include "timelinestyle.h"

#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace factline {

using timeline::Precision;

QColor documentColour(qint64 documentId)
{
    // Tableau 10: hues most people tell apart, in print and on screen.
    static const QColor hues[] = {QColor(0x4e79a7), QColor(0xf28e2b), QColor(0xe15759), QColor(0x76b7b2),
                                  QColor(0x59a14f), QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7),
                                  QColor(0x9c755f), QColor(0xbab0ac)};
    return hues[quint64(documentId) % std::size(hues)];
}

RangeStyle rangeStyle(Precision precision)
{
    switch (precision) {
    case Precision::Day: return {0.90, 0.00, Qt::SolidLine, 1.0};
    case Precision::Week: return {0.62, 0.12, Qt::SolidLine, 0.8};
    case Precision::Month: return {0.48, 0.20, Qt::DashLine, 0.7};
    case Precision::Quarter: return {0.40, 0.25, Qt::DashLine, 0.6};
    case Precision::Year: return {0.32, 0.30, Qt::DotLine, 0.55};
    case Precision::Decade: return {0.24, 0.35, Qt::DotLine, 0.45};
    case Precision::Century: return {0.17, 0.40, Qt::DotLine, 0.35};
    case Precision::Unknown: break;
    }
    return {0.12, 0.45, Qt::DotLine, 0.3};
}

void paintRange(QPainter &p, const QRectF &rect, Precision precision, const QColor &color)
{
    const RangeStyle style = rangeStyle(precision);
    QColor fill = color;
    fill.setAlphaF(float(style.fillAlpha));
    QColor line = color.darker(115);
    line.setAlphaF(float(style.outlineAlpha));
    const qreal h = rect.height();
    if (rect.width() <= h) {
        // From far away a range is a diamond at its middle: solid for a day, hollow and
        // dotted the coarser it is.
        const QPointF c = rect.center();
        const qreal r = h / 2 - 1;
        QPainterPath diamond;
        diamond.moveTo(c.x(), c.y() - r);
        diamond.lineTo(c.x() + r, c.y());
        diamond.lineTo(c.x(), c.y() + r);
        diamond.lineTo(c.x() - r, c.y());
        diamond.closeSubpath();
        p.setPen(QPen(line, 1.2, style.outline));
        p.setBrush(fill);
        p.drawPath(diamond);
        return;
    }
    if (style.fade > 0) {
        QLinearGradient g(rect.left(), 0, rect.right(), 0);
        QColor clear = fill;
        clear.setAlphaF(float(style.fillAlpha * 0.15));
        g.setColorAt(0, clear);
        g.setColorAt(style.fade, fill);
        g.setColorAt(1 - style.fade, fill);
        g.setColorAt(1, clear);
        p.setBrush(g);
    } else {
        p.setBrush(fill);
    }
    p.setPen(QPen(line, 1, style.outline));
    p.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
}

} // namespace factline
