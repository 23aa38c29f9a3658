// SPDX-License-Identifier: MIT
#include "noteedit.h"

#include <QTimer>

namespace factline {

NoteEdit::NoteEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setPlaceholderText(tr("A note: why this verdict, what the evidence shows. Blank lines separate "
                          "paragraphs; [a link](https://…) is a link."));
    m_pause = new QTimer(this);
    m_pause->setSingleShot(true);
    m_pause->setInterval(PauseMs);
    connect(m_pause, &QTimer::timeout, this, &NoteEdit::flush);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_setting)
            return;
        m_dirty = true;
        m_pause->start();
    });
}

void NoteEdit::setNote(const QString &text)
{
    if (m_dirty || text == toPlainText())
        return;
    m_setting = true;
    setPlainText(text);
    moveCursor(QTextCursor::End);
    m_setting = false;
}

void NoteEdit::flush()
{
    m_pause->stop();
    if (!m_dirty)
        return;
    // Cleared first: a listener that refreshes this field on the commit sees it clean.
    m_dirty = false;
    emit committed(toPlainText());
}

void NoteEdit::discard()
{
    m_pause->stop();
    m_dirty = false;
}

void NoteEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    flush();
}

void NoteEdit::hideEvent(QHideEvent *event)
{
    QPlainTextEdit::hideEvent(event);
    flush();
}

} // namespace factline
