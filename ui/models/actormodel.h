// SPDX-License-Identifier: MIT
#pragma once

#include "model/records.h"

#include <QAbstractTableModel>

namespace factline {

class Project;

// The project's sources (actors): name with its colour, kind and number of claims; the
// aliases show on hover. Reads the store and reloads when it says the actors changed.
class ActorModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Claims, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit ActorModel(QObject *parent = nullptr);

    void setProject(Project *project);
    qint64 actorId(int row) const;
    int rowOf(qint64 actorId) const;
    const QList<ActorRecord> &actors() const { return m_actors; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();

private:
    Project *m_project = nullptr;
    QList<ActorRecord> m_actors;
};

QString actorKindName(const QString &kind);

} // namespace factline
