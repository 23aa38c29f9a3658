// SPDX-License-Identifier: MIT
#pragma once

#include "store/annotations.h"
#include "store/project.h"

#include <QAbstractTableModel>
#include <QHash>

namespace factline {

// The claims a query selects, loaded a page at a time as the view scrolls
// (canFetchMore/fetchMore), so that a project with a million claims opens at once.
// Rows that change in the store are re-read in place; anything else reloads. The
// verdicts and tags of the loaded rows are read with each page (store/annotations.h) and
// re-read for the rows Project::annotationsChanged names.
class ClaimModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Source, Cue, Claim, Kind, Said, Document, Review, VerdictColumn, Tags, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, ActorIdRole, DocumentIdRole, SortRole, VerdictRole, TagsRole };
    static constexpr int PageSize = 200;

    explicit ClaimModel(QObject *parent = nullptr);

    void setProject(Project *project);
    void setQuery(const ClaimQuery &query);
    const ClaimQuery &query() const { return m_query; }
    QString errorMessage() const { return m_error; }  // why the last query failed, or empty
    int totalCount() const { return m_total; }

    const ClaimRecord *claimAt(int row) const;
    int rowOf(qint64 claimId) const;  // among the loaded rows; -1 when not loaded

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void reload();

signals:
    void queryFailed(const QString &message);

private:
    void refreshRows(const QList<qint64> &ids);
    void refreshAnnotations(const QList<qint64> &ids);
    void readAnnotations(const QList<ClaimRecord> &claims);

    Project *m_project = nullptr;
    ClaimQuery m_query;
    QList<ClaimRecord> m_claims;
    QHash<qint64, QString> m_documentTitles;
    // Of the loaded rows only; a claim missing here has no verdict or no tags.
    QHash<qint64, Verdict> m_verdicts;
    QHash<qint64, QStringList> m_tags;
    int m_total = 0;
    bool m_resetting = false;
    bool m_fetching = false;
    QString m_error;
};

QString claimKindName(const QString &kind);
QString reviewStateName(const QString &state);

} // namespace factline
