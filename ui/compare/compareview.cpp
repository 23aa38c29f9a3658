// SPDX-License-Identifier: MIT
#include "compareview.h"

#include "alignmentpane.h"
#include "claimcard.h"
#include "disputelistmodel.h"
#include "driftchart.h"
#include "edit/disputecommands.h"
#include "positioncolumn.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace factline {

namespace {

QPushButton *button(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setToolTip(tip);
    b->setAutoDefault(false);
    return b;
}

} // namespace

CompareView::CompareView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("compareView"));
    m_model = new DisputeListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DisputeListModel::SortRole);
    m_list = new QTableView;
    m_list->setObjectName(QStringLiteral("disputeList"));
    m_list->setAccessibleName(tr("Disputes"));
    m_list->setModel(m_proxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(DisputeListModel::Contested, Qt::DescendingOrder);
    m_list->verticalHeader()->hide();
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    // The counts stay in view; the question takes what is left.
    m_list->horizontalHeader()->setSectionResizeMode(DisputeListModel::Title, QHeaderView::Stretch);
    for (int c = DisputeListModel::State; c < DisputeListModel::ColumnCount; ++c)
        m_list->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setMinimumSectionSize(36);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &i) {
        const qint64 id = i.isValid() ? i.data(DisputeListModel::IdRole).toLongLong() : 0;
        if (id != m_current) {
            m_current = id;
            showDispute();
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        // The list reloads after every edit: keep the dispute that was selected.
        const int row = m_model->rowOf(m_current);
        if (row < 0 && m_proxy->rowCount() > 0)
            m_current = m_proxy->index(0, 0).data(DisputeListModel::IdRole).toLongLong();
        else if (row < 0)
            m_current = 0;
        selectDispute(m_current);
        showDispute();
    });
    connect(m_model, &DisputeListModel::loadFailed, this, &CompareView::failed);

    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("disputeTitle"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.3);
    m_title->setFont(big);
    m_state = new QLabel;
    m_reasons = new QLabel;
    m_reasons->setObjectName(QStringLiteral("disputeReasons"));
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::PlainText);

    m_accept = button(tr("&Accept"), tr("This is a real dispute: keep it when extraction runs again"), this);
    m_reject = button(tr("Re&ject"), tr("Not a dispute: hide it, and do not suggest it again"), this);
    m_rename = button(tr("Re&name…"), tr("Edit the question"), this);
    m_merge = button(tr("&Merge into…"), tr("Move every claim of this dispute into another one"), this);
    m_delete = button(tr("Delete"), tr("Delete the dispute (the claims stay)"), this);
    connect(m_accept, &QPushButton::clicked, this, [this] { setState(DisputeAccepted); });
    connect(m_reject, &QPushButton::clicked, this, [this] { setState(DisputeRejected); });
    connect(m_rename, &QPushButton::clicked, this, &CompareView::chooseRename);
    connect(m_merge, &QPushButton::clicked, this, &CompareView::chooseMerge);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteCurrent(); });
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_accept, m_reject, m_rename, m_merge, m_delete})
        buttons->addWidget(b);
    buttons->addStretch(1);

    m_columnsHost = new QWidget;
    m_columnsLayout = new QHBoxLayout(m_columnsHost);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_columnsLayout->setSpacing(8);
    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(m_columnsHost);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *detail = new QWidget;
    auto *dl = new QVBoxLayout(detail);
    auto *head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(m_state, 0, Qt::AlignTop);
    dl->addLayout(head);
    dl->addWidget(m_reasons);
    dl->addLayout(buttons);
    dl->addWidget(m_scroll, 1);

    m_alignment = new AlignmentPane;
    m_driftKind = new QComboBox;
    m_drift = new DriftChart;
    m_driftTable = new QTableWidget(0, 4);
    m_driftTable->setObjectName(QStringLiteral("driftTable"));
    m_driftTable->setHorizontalHeaderLabels({tr("Reported"), tr("Value"), tr("Words"), tr("Outlet")});
    m_driftTable->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_driftTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_driftTable->setWordWrap(false);
    m_driftTable->verticalHeader()->hide();
    m_driftTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    connect(m_driftKind, &QComboBox::currentIndexChanged, this, &CompareView::showDriftSeries);
    auto *driftPage = new QWidget;
    auto *drl = new QHBoxLayout(driftPage);
    auto *chartSide = new QVBoxLayout;
    chartSide->addWidget(m_driftKind);
    chartSide->addWidget(m_drift, 1);
    drl->addLayout(chartSide, 1);
    drl->addWidget(m_driftTable, 1);
    m_lower = new QTabWidget;
    m_lower->setDocumentMode(true);
    m_lower->addTab(m_alignment, tr("Across articles"));
    m_lower->addTab(driftPage, tr("Drift"));

    // Top to bottom: the disputes, the selected one side by side, and the same claims
    // across articles with drift: each as wide as the tab, so the sides get room.
    auto *split = new QSplitter(Qt::Vertical);
    split->setObjectName(QStringLiteral("compareSplitter"));
    split->addWidget(m_list);
    split->addWidget(detail);
    split->addWidget(m_lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 1);
    split->setCollapsible(1, false);  // the sides are what the tab is for
    split->setSizes({110, 420, 120});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    buildActions();
    showDispute();
}

void CompareView::buildActions()
{
    auto shortcut = [this](const QKeySequence &k, auto slot) {
        auto *s = new QShortcut(k, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { nextDispute(1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { nextDispute(-1); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Right), [this] { onNavigate(1, 0); });
    shortcut(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { onNavigate(-1, 0); });
}

void CompareView::setProject(Project *project, QUndoStack *undo)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_undo = undo;
    m_current = 0;
    // First, so that the pane drops its alignment before showDispute asks for it.
    m_alignment->setProject(project);
    if (m_project) {
        // The words, verdicts and numbers on the cards come from claims and annotations.
        for (auto signal : {&Project::claimsReset, &Project::documentsChanged})
            connect(m_project, signal, this, &CompareView::showDispute);
        connect(m_project, &Project::claimsChanged, this, &CompareView::showDispute);
        connect(m_project, &Project::annotationsChanged, this, &CompareView::showDispute);
        // A new document can bring a new value of a recurring number.
        for (auto signal : {&Project::claimsReset, &Project::documentsChanged})
            connect(m_project, signal, this, &CompareView::fillDrift);
        connect(m_project, &Project::extractionChanged, this, &CompareView::fillDrift);
    }
    m_model->setProject(project);
    fillDrift();
}

void CompareView::selectDispute(qint64 disputeId)
{
    const int row = m_model->rowOf(disputeId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, DisputeListModel::Title));
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    m_current = disputeId;
}

void CompareView::nextDispute(int step)
{
    if (m_proxy->rowCount() == 0)
        return;
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -step;
    const int next = std::clamp(row + step, 0, m_proxy->rowCount() - 1);
    m_list->setCurrentIndex(m_proxy->index(next, DisputeListModel::Title));
    focusCard(0, 0);
}

Status CompareView::report(const Status &s)
{
    if (!s)
        emit failed(s.errorMessage());
    return s;
}

Result<qint64> CompareView::compareClaims(const QList<qint64> &claimIds)
{
    if (!m_project || !m_undo)
        return Error{tr("Open a project first.")};
    Result<qint64> id = edit::createDispute(*m_undo, *m_project, claimIds);
    if (!id) {
        emit failed(id.errorMessage());
        return id;
    }
    selectDispute(*id);
    return id;
}

Status CompareView::moveClaim(qint64 claimId, int toPosition)
{
    if (!m_project || !m_current)
        return Error{tr("Select a dispute first.")};
    return report(edit::moveClaim(*m_undo, *m_project, m_current, claimId, toPosition));
}

Status CompareView::setState(const QString &state)
{
    if (!m_project || !m_current)
        return Error{tr("Select a dispute first.")};
    return report(edit::setDisputeState(*m_undo, *m_project, m_current, state));
}

Status CompareView::rename(const QString &title)
{
    if (!m_project || !m_current)
        return Error{tr("Select a dispute first.")};
    return report(edit::renameDispute(*m_undo, *m_project, m_current, title));
}

Status CompareView::mergeInto(qint64 otherDisputeId)
{
    if (!m_project || !m_current)
        return Error{tr("Select a dispute first.")};
    const qint64 from = m_current;
    m_current = otherDisputeId;
    return report(edit::mergeDisputes(*m_undo, *m_project, otherDisputeId, from));
}

Result<qint64> CompareView::splitOff(const QList<qint64> &claimIds)
{
    if (!m_project || !m_current)
        return Error{tr("Select a dispute first.")};
    Result<qint64> id = edit::splitDispute(*m_undo, *m_project, m_current, claimIds);
    if (!id)
        emit failed(id.errorMessage());
    else
        selectDispute(*id);
    return id;
}

Status CompareView::deleteCurrent()
{
    if (!m_project || !m_current)
        return Error{tr("Select a dispute first.")};
    return report(edit::deleteDispute(*m_undo, *m_project, m_current));
}

void CompareView::chooseRename()
{
    const DisputeRecord *d = m_model->disputeAt(m_model->rowOf(m_current));
    if (!d)
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Rename Dispute"), tr("Question:"), QLineEdit::Normal,
                                                d->title, &ok);
    if (ok)
        rename(title);
}

void CompareView::chooseMerge()
{
    QStringList titles;
    QList<qint64> ids;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const DisputeRecord *d = m_model->disputeAt(r);
        if (d->id != m_current) {
            titles << d->title;
            ids << d->id;
        }
    }
    if (ids.isEmpty())
        return;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Merge Disputes"), tr("Merge into:"), titles, 0, false, &ok);
    if (ok)
        mergeInto(ids.value(titles.indexOf(chosen)));
}

void CompareView::showClaimMenu(qint64 claimId, const QPoint &at)
{
    const DisputeRecord *d = m_model->disputeAt(m_model->rowOf(m_current));
    if (!d)
        return;
    QMenu menu(this);
    menu.addAction(tr("Show in Article"), this, [this, claimId] { emit claimActivated(claimId); });
    QMenu *move = menu.addMenu(tr("Move to Side"));
    for (int i = 0; i < d->positions.size(); ++i) {
        QAction *a = move->addAction(d->positions[i].side, this, [this, claimId, i] { moveClaim(claimId, i); });
        a->setEnabled(!d->positions[i].claimIds.contains(claimId));
    }
    move->addSeparator();
    move->addAction(tr("New Side"), this, [this, claimId] { moveClaim(claimId, -1); });
    menu.addAction(tr("Split into a New Dispute"), this, [this, claimId] { splitOff({claimId}); });
    menu.addAction(tr("Remove from Dispute"), this, [this, claimId] {
        report(edit::removeClaimFromDispute(*m_undo, *m_project, m_current, claimId));
    });
    menu.exec(at);
}

void CompareView::updateButtons()
{
    const DisputeRecord *d = m_model->disputeAt(m_model->rowOf(m_current));
    for (QPushButton *b : {m_accept, m_reject, m_rename, m_merge, m_delete})
        b->setEnabled(d != nullptr && m_undo != nullptr);
    if (d) {
        m_accept->setEnabled(d->state != DisputeAccepted);
        m_reject->setEnabled(d->state != DisputeRejected);
        m_merge->setEnabled(m_model->rowCount() > 1);
    }
}

void CompareView::focusCard(int column, int row)
{
    if (m_columns.isEmpty())
        return;
    PositionColumn *c = m_columns[std::clamp(column, 0, int(m_columns.size()) - 1)];
    if (c->cards().isEmpty())
        return;
    c->cards()[std::clamp(row, 0, int(c->cards().size()) - 1)]->setFocus(Qt::OtherFocusReason);
}

void CompareView::onNavigate(int columns, int rows)
{
    int column = 0;
    int row = 0;
    for (int c = 0; c < m_columns.size(); ++c) {
        const QList<ClaimCard *> cards = m_columns[c]->cards();
        for (int r = 0; r < cards.size(); ++r) {
            if (cards[r]->hasFocus()) {
                column = c;
                row = r;
            }
        }
    }
    if (columns != 0)
        focusCard(column + columns, 0);
    else
        focusCard(column, row + rows);
}

} // namespace factline
