// SPDX-License-Identifier: MIT
#pragma once

#include <QPlainTextEdit>

class QTimer;

namespace factline {

// A note (Markdown: paragraphs and [links](https://…)) that is saved as one undoable edit
// when the user pauses or leaves the field, not per keystroke: `committed` is emitted
// after a pause in typing, on focus-out, when the field is hidden, and on flush(). Text
// put in with setNote() is never committed back.
class NoteEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    static constexpr int PauseMs = 1500;

    explicit NoteEdit(QWidget *parent = nullptr);

    // Shows a stored note. Does nothing while the user has typed something not yet
    // committed, so that a refresh never eats their words.
    void setNote(const QString &text);
    QString note() const { return toPlainText(); }
    bool isDirty() const { return m_dirty; }
    // Commits what was typed, if anything.
    void flush();
    // Forgets what was typed (the item it was typed for went away).
    void discard();

signals:
    void committed(const QString &text);

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QTimer *m_pause = nullptr;
    bool m_dirty = false;
    bool m_setting = false;
};

} // namespace factline
