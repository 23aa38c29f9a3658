// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>
#include <QPoint>

class QLabel;

namespace factline {

// One claim in a position's column: its source in the source's colour, cue and date,
// its exact words (disagreeing numbers marked), its document, outlet, verdict and note.
// It can be focused, dragged to another column, and opened in the reader.
class ClaimCard : public QFrame
{
    Q_OBJECT

public:
    static inline const char *MimeType = "application/x-factline-claim";

    ClaimCard(qint64 claimId, qint64 actorId, const QString &html, QWidget *parent = nullptr);
    qint64 claimId() const { return m_claimId; }
    QString text() const;  // the card's words as plain text (tests, accessibility)

signals:
    void activated(qint64 claimId);                  // clicked or Enter: show it in the reader
    void navigate(int columns, int rows);            // arrow keys
    void moveRequested(qint64 claimId, int columns); // Ctrl+Shift+arrow: to the next position
    void menuRequested(qint64 claimId, const QPoint &globalPos);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void updateFrame(bool focused);

    qint64 m_claimId = 0;
    qint64 m_actorId = 0;
    QLabel *m_label = nullptr;
    QPoint m_pressAt;
    bool m_dragged = false;
};

} // namespace factline
