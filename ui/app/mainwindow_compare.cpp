// SPDX-License-Identifier: MIT
// The main window's part of comparing claims: the Compare tab and the Compare action.
#include "mainwindow.h"

#include "compare/compareview.h"
#include "models/claimmodel.h"

#include <QAction>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace factline {

void MainWindow::buildCompareView()
{
    m_compare = new CompareView;
    setCompareView(m_compare);
    // Clicking a claim in the comparison selects it everywhere and scrolls the reader to
    // its words; the comparison stays in front.
    connect(m_compare, &CompareView::claimActivated, this, [this](qint64 id) {
        selectClaim(id);
        m_views->setCurrentWidget(m_compare);
    });
    connect(m_compare, &CompareView::failed, this, [this](const QString &m) { showError(tr("Cannot compare"), m); });
    // Several claims can be selected to compare them.
    m_claims->setSelectionMode(QAbstractItemView::ExtendedSelection);
}

void MainWindow::addCompareActions(QMenu *edit)
{
    edit->addSeparator();
    QAction *compare = edit->addAction(tr("Co&mpare Claims"), QKeySequence(tr("Ctrl+Shift+D")), this,
                                       &MainWindow::compareSelectedClaims);
    compare->setObjectName(QStringLiteral("compareClaimsAction"));
    compare->setToolTip(tr("Put the selected claims side by side as a new dispute"));
    m_projectActions.append(compare);
}

void MainWindow::compareSelectedClaims()
{
    if (!m_project)
        return;
    QList<qint64> ids;
    for (const QModelIndex &row : m_claims->selectionModel()->selectedRows(ClaimModel::Claim))
        ids.append(row.data(ClaimModel::IdRole).toLongLong());
    if (ids.isEmpty() && m_currentClaim)
        ids.append(m_currentClaim);
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the claims to compare in the claims table first."), 6000);
        return;
    }
    if (m_compare->compareClaims(ids))
        m_views->setCurrentWidget(m_compare);
}

} // namespace factline
