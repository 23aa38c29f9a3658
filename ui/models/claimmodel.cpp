// SPDX-License-Identifier: MIT
#include "claimmodel.h"

#include "sourcecolours.h"
#include "verdictstyle.h"

#include <QLocale>

namespace factline {

QString claimKindName(const QString &kind)
{
    if (kind == QLatin1String("direct"))
        return ClaimModel::tr("direct");
    if (kind == QLatin1String("mixed"))
        return ClaimModel::tr("mixed");
    return ClaimModel::tr("indirect");
}

QString reviewStateName(const QString &state)
{
    if (state == QLatin1String("accepted"))
        return ClaimModel::tr("accepted");
    if (state == QLatin1String("corrected"))
        return ClaimModel::tr("corrected");
    return ClaimModel::tr("unreviewed");
}

ClaimModel::ClaimModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ClaimModel::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_query = {};
    if (m_project) {
        connect(m_project, &Project::claimsReset, this, &ClaimModel::reload);
        connect(m_project, &Project::extractionChanged, this, &ClaimModel::reload);
        connect(m_project, &Project::documentsChanged, this, &ClaimModel::reload);
        connect(m_project, &Project::claimsChanged, this, &ClaimModel::refreshRows);
        connect(m_project, &Project::annotationsChanged, this, &ClaimModel::refreshAnnotations);
    }
    reload();
}

void ClaimModel::setQuery(const ClaimQuery &query)
{
    m_query = query;
    reload();
}

void ClaimModel::reload()
{
    beginResetModel();
    m_claims.clear();
    m_documentTitles.clear();
    m_verdicts.clear();
    m_tags.clear();
    m_total = 0;
    m_error.clear();
    if (m_project) {
        if (auto docs = m_project->documents()) {
            for (const DocumentRecord &d : *docs)
                m_documentTitles.insert(d.id, d.meta.title);
        }
        Result<int> total = m_project->countClaims(m_query);
        if (total) {
            m_total = *total;
            if (auto page = m_project->findClaims(m_query, 0, PageSize)) {
                m_claims = *page;
                readAnnotations(m_claims);
            }
        } else {
            m_error = total.errorMessage();
        }
    }
    // Views and testers ask for more while the reset is being announced; the first page
    // is already here, and fetching inside the reset would nest two changes.
    m_resetting = true;
    endResetModel();
    m_resetting = false;
    if (!m_error.isEmpty())
        emit queryFailed(m_error);
}

bool ClaimModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_project && !m_resetting && !m_fetching && m_claims.size() < m_total;
}

void ClaimModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Result<QList<ClaimRecord>> page = m_project->findClaims(m_query, static_cast<int>(m_claims.size()), PageSize);
    if (!page || page->isEmpty()) {
        m_total = static_cast<int>(m_claims.size()); // the store has fewer rows than counted: stop asking
        return;
    }
    const int first = static_cast<int>(m_claims.size());
    readAnnotations(*page);
    m_fetching = true; // no nested fetch while the insertion is announced
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_claims += *page;
    endInsertRows();
    m_fetching = false;
}

void ClaimModel::refreshRows(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        if (Result<ClaimRecord> c = m_project->claim(id)) {
            m_claims[row] = *c;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

// Two queries per page, however many rows it has.
void ClaimModel::readAnnotations(const QList<ClaimRecord> &claims)
{
    QList<qint64> ids;
    ids.reserve(claims.size());
    for (const ClaimRecord &c : claims)
        ids.append(c.id);
    for (qint64 id : std::as_const(ids)) {
        m_verdicts.remove(id);
        m_tags.remove(id);
    }
    if (auto annotations = store::annotationsOf(*m_project, ids)) {
        for (auto it = annotations->cbegin(); it != annotations->cend(); ++it) {
            if (it->verdict != Verdict::NotChecked)
                m_verdicts.insert(it.key(), it->verdict);
        }
    }
    if (auto tags = store::claimTagsOf(*m_project, ids)) {
        for (auto it = tags->cbegin(); it != tags->cend(); ++it)
            m_tags.insert(it.key(), it.value());
    }
}

// Rows stay where they are even when they no longer match a verdict or tag filter: the
// row being annotated does not jump away; the next filter change reloads.
void ClaimModel::refreshAnnotations(const QList<qint64> &ids)
{
    QList<ClaimRecord> loaded;
    QList<int> rows;
    for (qint64 id : ids) {
        const int row = rowOf(id);
        if (row >= 0) {
            loaded.append(m_claims[row]);
            rows.append(row);
        }
    }
    if (loaded.isEmpty())
        return;
    readAnnotations(loaded);
    for (int row : std::as_const(rows))
        emit dataChanged(index(row, VerdictColumn), index(row, Tags));
}

const ClaimRecord *ClaimModel::claimAt(int row) const
{
    return row >= 0 && row < m_claims.size() ? &m_claims[row] : nullptr;
}

int ClaimModel::rowOf(qint64 claimId) const
{
    for (int i = 0; i < m_claims.size(); ++i) {
        if (m_claims[i].id == claimId)
            return i;
    }
    return -1;
}

int ClaimModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_claims.size());
}

int ClaimModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClaimRecord &c = m_claims[index.row()];
    const QString source = c.actorName.isEmpty() ? (c.sourceText.isEmpty() ? tr("(no source)") : c.sourceText)
                                                 : c.actorName;
    switch (role) {
    case IdRole:
        return c.id;
    case ActorIdRole:
        return c.actorId;
    case DocumentIdRole:
        return c.documentId;
    case VerdictRole:
        return verdictId(m_verdicts.value(c.id, Verdict::NotChecked));
    case TagsRole:
        return m_tags.value(c.id);
    case Qt::DecorationRole:
        if (index.column() == Source)
            return sourceColour(c.actorId);
        // Unchecked claims carry no marker: a column of empty rings would be noise.
        if (index.column() == VerdictColumn && m_verdicts.contains(c.id))
            return verdictMarker(m_verdicts.value(c.id));
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Claim)
            return c.text;
        if (index.column() == VerdictColumn)
            return tr("Verdict: %1").arg(verdictName(m_verdicts.value(c.id, Verdict::NotChecked)));
        if (index.column() == Tags && m_tags.contains(c.id))
            return m_tags.value(c.id).join(u", ");
        if (index.column() == Source)
            return c.sourceText.isEmpty() ? source : tr("%1 — in the text: “%2”").arg(source, c.sourceText);
        return {};
    case SortRole:
        switch (index.column()) {
        case Said: return c.saidDate.isValid() ? c.saidDate.toString(Qt::ISODate) : QString();
        case Document: return QString::number(c.documentId).rightJustified(12, u'0') + QString::number(c.id).rightJustified(12, u'0');
        // The scale's order (True first), unannotated claims last.
        case VerdictColumn: return static_cast<int>(m_verdicts.value(c.id, Verdict::NotChecked));
        default: return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Source: return source;
        case Cue: return c.cueText;
        case Claim: return c.text.simplified();
        case Kind: return claimKindName(c.kind);
        case Said: return c.saidDate.isValid() ? QLocale().toString(c.saidDate, QLocale::ShortFormat) : QString();
        case Document: return m_documentTitles.value(c.documentId);
        case Review: return reviewStateName(c.reviewState);
        case VerdictColumn: {
            const Verdict v = m_verdicts.value(c.id, Verdict::NotChecked);
            return v == Verdict::NotChecked ? QString() : verdictName(v);
        }
        case Tags: return m_tags.value(c.id).join(u", ");
        default: return {};
        }
    default:
        return {};
    }
}

QVariant ClaimModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Source: return tr("Source");
    case Cue: return tr("Cue");
    case Claim: return tr("Claim");
    case Kind: return tr("Kind");
    case Said: return tr("Said");
    case Document: return tr("Document");
    case Review: return tr("Review");
    case VerdictColumn: return tr("Verdict");
    case Tags: return tr("Tags");
    default: return {};
    }
}

} // namespace factline
