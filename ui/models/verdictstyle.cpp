// SPDX-License-Identifier: MIT
#include "verdictstyle.h"

#include <QPainter>
#include <QPixmap>

namespace factline {

QColor verdictColour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::True: return QColor(0x2e, 0xa0, 0x43);
    case Verdict::MostlyTrue: return QColor(0x8b, 0xc3, 0x4a);
    case Verdict::HalfTrue: return QColor(0xe6, 0xb4, 0x22);
    case Verdict::MostlyFalse: return QColor(0xef, 0x7d, 0x22);
    case Verdict::False: return QColor(0xd9, 0x38, 0x2f);
    case Verdict::Unproven: return QColor(0x6f, 0x86, 0xa6);
    case Verdict::Disputed: return QColor(0x9c, 0x5f, 0xc4);
    case Verdict::NotChecked: break;
    }
    return QColor(0x9a, 0x9a, 0x9a);
}

QIcon verdictMarker(Verdict verdict)
{
    // Drawn at two scales so that the marker stays crisp on high-DPI screens.
    QIcon icon;
    for (const qreal scale : {1.0, 2.0}) {
        QPixmap pixmap(QSize(16, 16) * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor c = verdictColour(verdict);
        if (verdict == Verdict::NotChecked) {
            p.setPen(QPen(c, 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(QRectF(3.5, 3.5, 9, 9));
        } else {
            p.setPen(QPen(c.darker(130), 1));
            p.setBrush(c);
            p.drawEllipse(QRectF(2.5, 2.5, 11, 11));
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace factline
