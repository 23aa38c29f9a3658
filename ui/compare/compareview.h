// SPDX-License-Identifier: MIT
#pragma once

#include "compare/drift.h"
#include "store/disputes.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QSortFilterProxyModel;
class QTableView;
class QTableWidget;
class QTabWidget;
class QComboBox;
class QUndoStack;
class QHBoxLayout;

namespace factline {

class AlignmentPane;
class DisputeListModel;
class DriftChart;
class PositionColumn;

// Competing claims side by side. Left: every dispute, sortable by how contested it is.
// Right: the selected dispute's question, why it was suggested, and one column per
// position with each claim's words, source, cue, date, document, outlet, verdict and
// note; disagreeing numbers are marked. Below: the same claims as other outlets
// reported them, with a word diff, and how recurring numbers drifted. Every change
// goes through edit/disputecommands.h and can be undone.
//
// Keys: Alt+↑/↓ previous/next dispute, Alt+←/→ or ←/→ between positions, ↑/↓ between
// claims, Enter shows a claim in the reader, Ctrl+Shift+←/→ moves it to the next side.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    explicit CompareView(QWidget *parent = nullptr);

    void setProject(Project *project, QUndoStack *undo);
    qint64 currentDisputeId() const { return m_current; }
    void selectDispute(qint64 disputeId);
    void nextDispute(int step);
    // Makes a dispute of the given claims and selects it.
    Result<qint64> compareClaims(const QList<qint64> &claimIds);
    // The edits the buttons, menus and drops make.
    Status moveClaim(qint64 claimId, int toPosition);
    Status setState(const QString &state);
    Status rename(const QString &title);
    Status mergeInto(qint64 otherDisputeId);
    Result<qint64> splitOff(const QList<qint64> &claimIds);
    Status deleteCurrent();

    QTableView *disputeList() const { return m_list; }
    DisputeListModel *model() const { return m_model; }
    QList<PositionColumn *> columns() const { return m_columns; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *reasonsLabel() const { return m_reasons; }
    AlignmentPane *alignmentView() const { return m_alignment; }
    DriftChart *driftChart() const { return m_drift; }
    QTableWidget *driftTable() const { return m_driftTable; }
    QTabWidget *lowerTabs() const { return m_lower; }

signals:
    void claimActivated(qint64 claimId);
    void failed(const QString &message);

private:
    void buildActions();
    void reload();
    void showDispute();
    void clearColumns();
    void fillColumns(const DisputeRecord &d);
    void fillDrift();
    void showDriftSeries(int index);
    void focusCard(int column, int row);
    void onNavigate(int columns, int rows);
    void showClaimMenu(qint64 claimId, const QPoint &at);
    void chooseRename();
    void chooseMerge();
    void updateButtons();
    Status report(const Status &s);

    Project *m_project = nullptr;
    QUndoStack *m_undo = nullptr;
    qint64 m_current = 0;
    DisputeListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_reasons = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_columnsHost = nullptr;
    QHBoxLayout *m_columnsLayout = nullptr;
    QList<PositionColumn *> m_columns;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
    QPushButton *m_rename = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_delete = nullptr;
    QTabWidget *m_lower = nullptr;
    AlignmentPane *m_alignment = nullptr;
    QComboBox *m_driftKind = nullptr;
    DriftChart *m_drift = nullptr;
    QTableWidget *m_driftTable = nullptr;
    QList<compare::DriftSeries> m_series;
};

} // namespace factline
