// SPDX-License-Identifier: MIT
#include "actormodel.h"

#include "sourcecolours.h"
#include "store/project.h"

namespace factline {

QString actorKindName(const QString &kind)
{
    if (kind == QLatin1String("person"))
        return ActorModel::tr("person");
    if (kind == QLatin1String("organisation"))
        return ActorModel::tr("organisation");
    if (kind == QLatin1String("government"))
        return ActorModel::tr("government");
    if (kind == QLatin1String("group"))
        return ActorModel::tr("group");
    if (kind == QLatin1String("anonymous"))
        return ActorModel::tr("anonymous");
    return ActorModel::tr("unknown kind");
}

ActorModel::ActorModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActorModel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &Project::actorsChanged, this, &ActorModel::reload);
        connect(m_project, &Project::extractionChanged, this, &ActorModel::reload);
        connect(m_project, &Project::documentsChanged, this, &ActorModel::reload);
    }
    reload();
}

void ActorModel::reload()
{
    beginResetModel();
    m_actors.clear();
    if (m_project) {
        if (auto actors = m_project->actors())
            m_actors = *actors;
    }
    endResetModel();
}

qint64 ActorModel::actorId(int row) const
{
    return row >= 0 && row < m_actors.size() ? m_actors[row].id : 0;
}

int ActorModel::rowOf(qint64 actorId) const
{
    for (int i = 0; i < m_actors.size(); ++i) {
        if (m_actors[i].id == actorId)
            return i;
    }
    return -1;
}

int ActorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_actors.size());
}

int ActorModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActorRecord &a = m_actors[index.row()];
    switch (role) {
    case IdRole:
        return a.id;
    case SortRole:
        return index.column() == Claims ? QVariant(a.claimCount) : QVariant(a.name.toLower());
    case Qt::DecorationRole:
        return index.column() == Name ? QVariant(sourceColour(a.id)) : QVariant();
    case Qt::ToolTipRole: {
        QString tip = tr("%1 (%2)").arg(a.name, actorKindName(a.kind));
        if (!a.affiliation.isEmpty())
            tip += u'\n' + tr("Affiliation: %1").arg(a.affiliation);
        tip += u'\n' + (a.aliases.isEmpty() ? tr("No other names")
                                            : tr("Also called: %1").arg(a.aliases.join(QStringLiteral(", "))));
        return tip;
    }
    case Qt::TextAlignmentRole:
        return index.column() == Claims ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        return index.column() == Name ? QVariant(a.name) : QVariant(a.claimCount);
    default:
        return {};
    }
}

QVariant ActorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Source") : section == Claims ? tr("Claims") : QVariant();
}

} // namespace factline
