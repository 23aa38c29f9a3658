// SPDX-License-Identifier: MIT
#pragma once

#include "store/project.h"

#include <QAbstractTableModel>
#include <QHash>

namespace factline {

// Dated events a query selects, a page at a time: the date as a person reads it, with
// its granularity ("week of 25 Mar 2024"), the title, who took part, the document.
class EventModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Title, Actors, Document, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DocumentIdRole, SortRole };
    static constexpr int PageSize = 200;

    explicit EventModel(QObject *parent = nullptr);

    void setProject(Project *project);
    void setQuery(const EventQuery &query);
    const EventQuery &query() const { return m_query; }
    int totalCount() const { return m_total; }
    const EventRecord *eventAt(int row) const;
    int rowOf(qint64 eventId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void reload();

private:
    Project *m_project = nullptr;
    EventQuery m_query;
    QList<EventRecord> m_events;
    QHash<qint64, QString> m_documentTitles;
    int m_total = 0;
    bool m_resetting = false;
    bool m_fetching = false;
};

// "Fri 22 Mar 2024", "week of 25 Mar 2024", or the raw value when it names no range.
QString eventDateText(const EventRecord &event);

} // namespace factline
