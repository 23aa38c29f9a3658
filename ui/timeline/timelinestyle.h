// SPDX-License-Identifier: MIT
#pragma once

#include "timeline/timelinedata.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace factline {

// A document's colour in the timeline's document lanes (sources keep the colour
// models/sourcecolours.h gives them everywhere in the window).
QColor documentColour(qint64 documentId);

// How a date range looks, by how exact the date is: the coarser the date, the fainter the
// fill, the softer its ends and the lighter its outline. A day is a solid mark; "in 2007"
// a pale bar fading at both ends.
struct RangeStyle {
    qreal fillAlpha = 1;   // 0..1
    qreal fade = 0;        // the share of the width at each end that fades in
    Qt::PenStyle outline = Qt::SolidLine;
    qreal outlineAlpha = 1;
};
RangeStyle rangeStyle(timeline::Precision precision);

// Paints a range of `precision` in `rect`: a bar, or a diamond when the rect is narrower
// than it is tall (a date seen from far away).
void paintRange(QPainter &painter, const QRectF &rect, timeline::Precision precision, const QColor &color);

} // namespace factline
