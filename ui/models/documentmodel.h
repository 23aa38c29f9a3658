// SPDX-License-Identifier: MIT
#pragma once

#include "model/records.h"

#include <QAbstractTableModel>

namespace factline {

class Project;

// The project's documents as a table (title, outlet, date, counts). Shows what the store
// holds and reloads when the store says its documents changed; it owns no data.
class DocumentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, Outlet, Published, Claims, Events, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit DocumentModel(QObject *parent = nullptr);

    void setProject(Project *project);
    qint64 documentId(int row) const;
    int rowOf(qint64 documentId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    Project *m_project = nullptr;
    QList<DocumentRecord> m_documents;
};

} // namespace factline
