// SPDX-License-Identifier: MIT
#include "eventmodel.h"

#include "extract/timexvalue.h"

#include <QLocale>

namespace factline {

QString eventDateText(const EventRecord &e)
{
    const extract::DateRange range = extract::calendarRange(e.dateValue);
    if (range.isValid())
        return extract::describeRange(range);
    if (e.dateStart.isValid())
        return QLocale().toString(e.dateStart, QLocale::ShortFormat);
    return e.dateValue.isEmpty() ? EventModel::tr("undated") : e.dateValue;
}

EventModel::EventModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventModel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_query = {};
    if (m_project) {
        connect(m_project, &Project::eventsChanged, this, &EventModel::reload);
        connect(m_project, &Project::extractionChanged, this, &EventModel::reload);
        connect(m_project, &Project::documentsChanged, this, &EventModel::reload);
    }
    reload();
}

void EventModel::setQuery(const EventQuery &query)
{
    m_query = query;
    reload();
}

void EventModel::reload()
{
    beginResetModel();
    m_events.clear();
    m_documentTitles.clear();
    m_total = 0;
    if (m_project) {
        if (auto docs = m_project->documents()) {
            for (const DocumentRecord &d : *docs)
                m_documentTitles.insert(d.id, d.meta.title);
        }
        if (Result<int> total = m_project->countEvents(m_query)) {
            m_total = *total;
            if (auto page = m_project->findEvents(m_query, 0, PageSize))
                m_events = *page;
        }
    }
    // Views and testers ask for more while the reset is being announced; the first page
    // is already here, and fetching inside the reset would nest two changes.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
}

bool EventModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_project && !m_resetting && !m_fetching && m_events.size() < m_total;
}

void EventModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Result<QList<EventRecord>> page = m_project->findEvents(m_query, static_cast<int>(m_events.size()), PageSize);
    if (!page || page->isEmpty()) {
        m_total = static_cast<int>(m_events.size());
        return;
    }
    const int first = static_cast<int>(m_events.size());
    m_fetching = true; // no nested fetch while the insertion is announced
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_events += *page;
    endInsertRows();
    m_fetching = false;
}

const EventRecord *EventModel::eventAt(int row) const
{
    return row >= 0 && row < m_events.size() ? &m_events[row] : nullptr;
}

int EventModel::rowOf(qint64 eventId) const
{
    for (int i = 0; i < m_events.size(); ++i) {
        if (m_events[i].id == eventId)
            return i;
    }
    return -1;
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventRecord &e = m_events[index.row()];
    switch (role) {
    case IdRole:
        return e.id;
    case DocumentIdRole:
        return e.documentId;
    case Qt::ToolTipRole:
        if (index.column() == Date)
            return tr("TIMEX3 value %1, from “%2”").arg(e.dateValue, e.anchorText);
        if (index.column() == Title)
            return e.title;
        return {};
    case SortRole:
        if (index.column() == Date)
            return e.dateStart.isValid() ? e.dateStart.toString(Qt::ISODate) + e.dateEnd.toString(Qt::ISODate)
                                         : QString();
        return data(index, Qt::DisplayRole).toString().toLower();
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date: return eventDateText(e);
        case Title: return e.title.simplified();
        case Actors: return e.actors.join(QStringLiteral(", "));
        case Document: return m_documentTitles.value(e.documentId);
        default: return {};
        }
    default:
        return {};
    }
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date: return tr("Date");
    case Title: return tr("Event");
    case Actors: return tr("Who");
    case Document: return tr("Document");
    default: return {};
    }
}

} // namespace factline
