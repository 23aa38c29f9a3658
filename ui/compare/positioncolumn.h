// SPDX-License-Identifier: MIT
#pragma once

#include <QFrame>

class QLabel;
class QVBoxLayout;

namespace factline {

class ClaimCard;

// One side of a dispute: its label, and the cards of the claims that hold it. Claims
// dropped on it move to it (the view turns the drop into an undoable edit).
class PositionColumn : public QFrame
{
    Q_OBJECT

public:
    PositionColumn(int index, const QString &side, QWidget *parent = nullptr);
    int index() const { return m_index; }
    QString side() const;
    void addCard(ClaimCard *card);
    QList<ClaimCard *> cards() const { return m_cards; }

signals:
    void claimDropped(qint64 claimId, int toPosition);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setDropHighlight(bool on);

    int m_index = 0;
    QLabel *m_title = nullptr;
    QVBoxLayout *m_cardsLayout = nullptr;
    QList<ClaimCard *> m_cards;
};

} // namespace factline
