// SPDX-License-Identifier: MIT
#pragma once

#include "store/disputes.h"

#include <QAbstractTableModel>

namespace factline {

// Every dispute of the project, with how many positions, claims and sources it has and
// how contested it is. Reads from DisputeStore and reloads when the project says that
// disputes or claims changed; it never writes (edits go through edit/disputecommands.h).
class DisputeListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Title, State, Positions, Claims, Sources, Contested, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole };

    explicit DisputeListModel(QObject *parent = nullptr);

    void setProject(Project *project);
    void reload();
    const DisputeRecord *disputeAt(int row) const;
    int rowOf(qint64 disputeId) const;
    // How contested a dispute is: sources that disagree, and positions that hold claims.
    static int contestedness(const DisputeRecord &d, int sources);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);

private:
    struct Row {
        DisputeRecord dispute;
        int claims = 0;
        int sources = 0;
        int contested = 0;
    };
    Project *m_project = nullptr;
    QList<Row> m_rows;
};

QString disputeStateName(const QString &state);

} // namespace factline
