// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

namespace factline {

// Shows only the rows whose IdRole is in a set (the documents a search matched), or
// every row when no set is given. Sorts by the source model's SortRole if it has one.
class IdFilterProxy : public QSortFilterProxyModel
{

public:
    explicit IdFilterProxy(int idRole, QObject *parent = nullptr) : QSortFilterProxyModel(parent), m_idRole(idRole) {}

    void setIds(const QSet<qint64> &ids)
    {
        beginFilterChange();
        m_ids = ids;
        m_all = false;
        endFilterChange();
    }
    void showAll()
    {
        beginFilterChange();
        m_all = true;
        endFilterChange();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_all)
            return true;
        return m_ids.contains(sourceModel()->index(row, 0, parent).data(m_idRole).toLongLong());
    }

private:
    void beginFilterChange() {}
    void endFilterChange() { invalidateFilter(); }

    int m_idRole;
    QSet<qint64> m_ids;
    bool m_all = true;
};

} // namespace factline
