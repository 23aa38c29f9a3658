// SPDX-License-Identifier: MIT
#include "sourcecolours.h"

#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace factline {

QColor sourceColour(qint64 actorId)
{
    if (actorId <= 0)
        return QColor::fromHsvF(0, 0, 0.6);
    const double hue = std::fmod(0.13 + actorId * 0.618033988749895, 1.0);
    return QColor::fromHsvF(static_cast<float>(hue), 0.65f, 0.85f);
}

QColor sourceHighlight(qint64 actorId, bool current)
{
    QColor c = sourceColour(actorId);
    c.setAlpha(current ? 150 : 70);
    return c;
}

QIcon sourceSwatch(qint64 actorId)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(sourceColour(actorId));
    p.drawRoundedRect(QRectF(2, 2, 12, 12), 3, 3);
    return QIcon(pixmap);
}

} // namespace factline
