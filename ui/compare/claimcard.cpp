// SPDX-License-Identifier: MIT
#include "claimcard.h"

#include "models/sourcecolours.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QDrag>
#include <QLabel>
#include <QMimeData>
#include <QTextDocument>
#include <QVBoxLayout>

namespace factline {

ClaimCard::ClaimCard(qint64 claimId, qint64 actorId, const QString &html, QWidget *parent)
    : QFrame(parent), m_claimId(claimId), m_actorId(actorId)
{
    setObjectName(QStringLiteral("claimCard"));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::OpenHandCursor);
    m_label = new QLabel(html);
    m_label->setTextFormat(Qt::RichText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::NoTextInteraction);
    m_label->setAttribute(Qt::WA_TransparentForMouseEvents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 8, 6);
    layout->addWidget(m_label);
    setAccessibleName(text());
    setToolTip(tr("Click to show it in the article; drag it to another side; Ctrl+Shift+←/→ moves it"));
    updateFrame(false);
}

QString ClaimCard::text() const
{
    QTextDocument doc;
    doc.setHtml(m_label->text());
    return doc.toPlainText();
}

void ClaimCard::updateFrame(bool focused)
{
    // The source's colour as a bar on the left; the palette's highlight around a focused card.
    const QString border = focused ? QStringLiteral("palette(highlight)") : QStringLiteral("palette(mid)");
    setStyleSheet(QStringLiteral("#claimCard { border: %1px solid %2; border-left: 5px solid %3;"
                                 " border-radius: 3px; background: palette(base); }")
                      .arg(focused ? 2 : 1)
                      .arg(border, sourceColour(m_actorId).name()));
}

void ClaimCard::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_pressAt = event->position().toPoint();
        m_dragged = false;
        setFocus(Qt::MouseFocusReason);
    }
    QFrame::mousePressEvent(event);
}

void ClaimCard::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_dragged
        || (event->position().toPoint() - m_pressAt).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragged = true;
    auto *drag = new QDrag(this);
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(MimeType), QByteArray::number(m_claimId));
    drag->setMimeData(mime);
    drag->setPixmap(grab().scaledToWidth(std::min(width(), 260), Qt::SmoothTransformation));
    drag->exec(Qt::MoveAction);
}

void ClaimCard::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && !m_dragged)
        emit activated(m_claimId);
    QFrame::mouseReleaseEvent(event);
}

void ClaimCard::keyPressEvent(QKeyEvent *event)
{
    const bool move = event->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier);
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        if (move)
            emit moveRequested(m_claimId, step);
        else
            emit navigate(step, 0);
        return;
    }
    case Qt::Key_Up:
        emit navigate(0, -1);
        return;
    case Qt::Key_Down:
        emit navigate(0, 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        emit activated(m_claimId);
        return;
    default:
        QFrame::keyPressEvent(event);
    }
}

void ClaimCard::contextMenuEvent(QContextMenuEvent *event)
{
    emit menuRequested(m_claimId, event->globalPos());
}

void ClaimCard::focusInEvent(QFocusEvent *event)
{
    updateFrame(true);
    QFrame::focusInEvent(event);
}

void ClaimCard::focusOutEvent(QFocusEvent *event)
{
    updateFrame(false);
    QFrame::focusOutEvent(event);
}

} // namespace factline
