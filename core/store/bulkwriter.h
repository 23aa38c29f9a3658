// SPDX-License-Identifier: MIT
#pragma once

#include "store/project.h"

#include <QElapsedTimer>
#include <QHash>
#include <QStringList>

#include <functional>

struct sqlite3;

namespace factline::store {

class Statement;

// Writes new documents with what extraction found in them, many at a time: what an
// import of thousands of articles needs. The result is what Project::addDocument and
// Project::storeExtraction write for a new document, row for row.
//
// Documents go in batches, one transaction each (begin() … commit()). Inside a batch each
// document is all-or-nothing (a savepoint): one that fails leaves no row and the others go
// on. A batch that is not committed (an error at commit, a crash, rollback()) leaves none of
// its documents; the file keeps its journal (WAL), so it is never left half-written.
//
// Statements are prepared once (Project::statements()); rows of the tables no foreign key
// points at (a claim's spans, dates, numbers, other names, a dispute's claims) go in up to
// 32 a statement. The insert triggers that keep the full-text indexes and the timeline's
// generation counter in step would run per row, and FTS5 fed row by row writes a segment
// for nearly every statement; while a batch is open they are switched off on this
// connection and their work is done once per batch, just before the commit, so every
// committed state is what the triggers would have made (FTS5 does not merge segments while
// it indexes a batch; see replayTriggers). A file with an insert trigger this writer does
// not know (a newer schema, the undo log's TEMP triggers) keeps its triggers on: slower,
// the same result.
class BulkWriter
{
public:
    explicit BulkWriter(Project &project);
    ~BulkWriter();  // rolls an open batch back; gives the connection its settings back
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    Status begin();
    bool inBatch() const { return m_inBatch; }
    // Documents added since begin(), and for how long the batch has been open.
    int pending() const { return m_pending; }
    qint64 batchAgeMs() const { return m_inBatch ? m_age.elapsed() : 0; }

    // Adds a document and its extraction. A document whose text is already in the project
    // (checksum; also one added earlier in this batch) is not added: its id comes back
    // with `duplicate`, and `records` are not stored. The checksum and length (in code
    // points) are computed when unset, so that a caller may compute them on another
    // thread. Needs an open batch.
    Result<Project::Added> add(DocumentRecord document, const ExtractionRecords &records);
    // The id of the document with this checksum, 0 when there is none (sees the open batch).
    Result<qint64> find(const QString &checksum);

    Status commit();
    void rollback();

    // Whether the triggers are replayed in bulk (else they run per row).
    bool replaysTriggers() const { return m_replay; }

private:
    struct Counts {
        qint64 documents = 0, actors = 0, claims = 0, events = 0, eventActors = 0;
    };
    Statement &statement(const QString &sql);
    // Inserts `rows` rows of `columns` values into a table that no foreign key refers to,
    // up to RowsPerInsert rows a statement. `head` is the statement up to VALUES;
    // bindRow(statement, i) binds row i.
    Status insertRows(const QString &head, int columns, qsizetype rows,
                      const std::function<void(Statement &, qsizetype)> &bindRow, const QString &doing);
    Status writeDocument(DocumentRecord &document, const ExtractionRecords &records, qint64 &id, Counts &counts);
    Status writeDisputes(qint64 documentId, const ExtractionRecords &records, const QList<qint64> &claimIds);
    Result<qint64> actorId(const ActorRecord &actor, Counts &counts);
    Status replayTriggers();
    bool knowsEveryInsertTrigger();
    void setTriggers(bool on);

    Project &m_project;
    sqlite3 *m_db = nullptr;
    bool m_inBatch = false;
    bool m_replay = false;
    bool m_triggersOff = false;
    int m_pending = 0;
    QElapsedTimer m_age;
    Counts m_batch;              // rows the batch added (what the triggers would have seen)
    qint64 m_documentsBefore = 0;  // the largest ids when the batch began: rows above
    qint64 m_claimsBefore = 0;     // them are the batch's own
    qint64 m_actorsBefore = 0;
    QString m_cacheSize;         // the connection's settings, given back at the end
    QString m_autoCheckpoint;
    QString m_tempStore;
    struct RowStatements {
        QStringList sql;                  // of 1, 2, 4 … rows
        QList<Statement *> prepared;      // in Project::statements(), once used
    };
    QHash<QString, RowStatements> m_rowStatements;  // insertRows', by head
};

} // namespace factline::store
