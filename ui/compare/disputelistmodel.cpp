// SPDX-License-Identifier: MIT
#include "disputelistmodel.h"

#include <QFont>
#include <QSet>

#include <algorithm>

namespace factline {

DisputeListModel::DisputeListModel(QObject *parent) : QAbstractTableModel(parent) {}

QString disputeStateName(const QString &state)
{
    if (state == DisputeAccepted)
        return DisputeListModel::tr("Accepted");
    if (state == DisputeRejected)
        return DisputeListModel::tr("Rejected");
    return DisputeListModel::tr("Suggested");
}

void DisputeListModel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &Project::disputesChanged, this, &DisputeListModel::reload);
        connect(m_project, &Project::claimsReset, this, &DisputeListModel::reload);
        connect(m_project, &Project::documentsChanged, this, &DisputeListModel::reload);
    }
    reload();
}

int DisputeListModel::contestedness(const DisputeRecord &d, int sources)
{
    int held = 0;
    for (const PositionRecord &p : d.positions)
        held += p.claimIds.isEmpty() ? 0 : 1;
    // Two sources on two sides is the least a dispute is; each more adds to it, and so
    // does each sign of disagreement beyond shared words (numbers, contrast, negation).
    const auto signs = std::count_if(d.reasons.cbegin(), d.reasons.cend(), [](const QString &r) {
        return !r.startsWith(QStringLiteral("both speak of")) && !r.startsWith(QStringLiteral("both are about"));
    });
    return sources * held + int(signs);
}

void DisputeListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_project) {
        Result<QList<DisputeRecord>> all = DisputeStore(*m_project).disputes();
        if (!all) {
            emit loadFailed(all.errorMessage());
        } else {
            QHash<qint64, QString> actorOf;
            if (Result<QList<ClaimRecord>> claims = m_project->claims()) {
                for (const ClaimRecord &c : *claims)
                    actorOf.insert(c.id, c.actorName);
            }
            for (const DisputeRecord &d : *all) {
                Row r{d, 0, 0, 0};
                QSet<QString> sources;
                for (const qint64 id : d.claimIds()) {
                    ++r.claims;
                    sources.insert(actorOf.value(id));
                }
                r.sources = int(sources.size());
                r.contested = contestedness(d, r.sources);
                m_rows.append(r);
            }
        }
    }
    endResetModel();
}

const DisputeRecord *DisputeListModel::disputeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row].dispute : nullptr;
}

int DisputeListModel::rowOf(qint64 disputeId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].dispute.id == disputeId)
            return i;
    }
    return -1;
}

int DisputeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisputeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DisputeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    if (role == IdRole)
        return r.dispute.id;
    if (role == Qt::FontRole && r.dispute.state == DisputeRejected) {
        QFont f;
        f.setStrikeOut(true);
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == Title)
        return r.dispute.reasons.isEmpty() ? tr("Made by hand") : r.dispute.reasons.join(u'\n');
    if (role == Qt::TextAlignmentRole && index.column() >= Positions)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case Title:
        return r.dispute.title;
    case State:
        return disputeStateName(r.dispute.state);
    case Positions:
        return int(r.dispute.positions.size());
    case Claims:
        return r.claims;
    case Sources:
        return r.sources;
    case Contested:
        return r.contested;
    }
    return {};
}

QVariant DisputeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Question");
    case State: return tr("State");
    case Positions: return tr("Sides");
    case Claims: return tr("Claims");
    case Sources: return tr("Sources");
    case Contested: return tr("Contested");
    }
    return {};
}

} // namespace factline
