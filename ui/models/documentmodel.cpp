// SPDX-License-Identifier: MIT
#include "documentmodel.h"

#include "store/project.h"

#include <QLocale>

namespace factline {

DocumentModel::DocumentModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DocumentModel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (m_project) {
        connect(m_project, &Project::documentsChanged, this, &DocumentModel::reload);
        connect(m_project, &Project::extractionChanged, this, &DocumentModel::reload);
    }
    reload();
}

void DocumentModel::reload()
{
    beginResetModel();
    m_documents.clear();
    if (m_project) {
        if (auto docs = m_project->documents())
            m_documents = *docs;
    }
    endResetModel();
}

qint64 DocumentModel::documentId(int row) const
{
    return row >= 0 && row < m_documents.size() ? m_documents[row].id : 0;
}

int DocumentModel::rowOf(qint64 documentId) const
{
    for (int i = 0; i < m_documents.size(); ++i) {
        if (m_documents[i].id == documentId)
            return i;
    }
    return -1;
}

int DocumentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_documents.size());
}

int DocumentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DocumentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DocumentRecord &d = m_documents[index.row()];
    if (role == IdRole)
        return d.id;
    if (role == Qt::ToolTipRole)
        return tr("%1\n%2 · %3\n%4 characters").arg(d.meta.title, d.meta.outlet, d.meta.author).arg(d.length);
    if (role == Qt::TextAlignmentRole && (index.column() == Claims || index.column() == Events))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title:
        return d.meta.title.isEmpty() ? tr("(untitled)") : d.meta.title;
    case Outlet:
        return d.meta.outlet;
    case Published:
        return d.meta.published.isValid() ? QLocale().toString(d.meta.published, QLocale::ShortFormat) : tr("no date");
    case Claims:
        return d.claimCount;
    case Events:
        return d.eventCount;
    default:
        return {};
    }
}

QVariant DocumentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title: return tr("Title");
    case Outlet: return tr("Outlet");
    case Published: return tr("Published");
    case Claims: return tr("Claims");
    case Events: return tr("Events");
    default: return {};
    }
}

} // namespace factline
