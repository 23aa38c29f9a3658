// SPDX-License-Identifier: MIT
#include "positioncolumn.h"

#include "claimcard.h"

#include <QDragEnterEvent>
#include <QLabel>
#include <QMimeData>
#include <QVBoxLayout>

namespace factline {

PositionColumn::PositionColumn(int index, const QString &side, QWidget *parent) : QFrame(parent), m_index(index)
{
    setObjectName(QStringLiteral("positionColumn"));
    setAcceptDrops(true);
    setMinimumWidth(200);
    m_title = new QLabel;
    m_title->setTextFormat(Qt::PlainText); // a source's name is never markup
    m_title->setText(side);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    m_cardsLayout = new QVBoxLayout;
    m_cardsLayout->setSpacing(6);
    layout->addLayout(m_cardsLayout);
    layout->addStretch(1);
    setAccessibleName(tr("Side: %1").arg(side));
    setDropHighlight(false);
}

QString PositionColumn::side() const
{
    return m_title->text();
}

void PositionColumn::addCard(ClaimCard *card)
{
    m_cards.append(card);
    m_cardsLayout->addWidget(card);
}

void PositionColumn::setDropHighlight(bool on)
{
    setStyleSheet(on ? QStringLiteral("#positionColumn { border: 2px dashed palette(highlight); border-radius: 4px; }")
                     : QStringLiteral("#positionColumn { border: 1px solid transparent; }"));
}

void PositionColumn::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(ClaimCard::MimeType))) {
        setDropHighlight(true);
        event->acceptProposedAction();
    }
}

void PositionColumn::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDropHighlight(false);
    QFrame::dragLeaveEvent(event);
}

void PositionColumn::dropEvent(QDropEvent *event)
{
    setDropHighlight(false);
    bool ok = false;
    const qint64 id = event->mimeData()->data(QString::fromLatin1(ClaimCard::MimeType)).toLongLong(&ok);
    if (!ok)
        return;
    event->acceptProposedAction();
    // Queued: the drop ends before the view rebuilds its columns (and deletes this one).
    QMetaObject::invokeMethod(this, [this, id] { emit claimDropped(id, m_index); }, Qt::QueuedConnection);
}

} // namespace factline
