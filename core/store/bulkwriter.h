// SPDX-License-Identifier: MIT
#pragma once

#include "store/project.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

struct sqlite3;

namespace factline::store {

class Statement;
class StatementCache;

// Writes new documents with what extraction found in them, many at a time: what an
// import of thousands of articles needs. The result is what Project::addDocument and
// Project::storeExtraction write for a new document, row for row.
//
// Documents go in batches, one transaction each (begin() … commit()). Inside a batch each
// document is all-or-nothing: one that fails leaves no row and the others go on. There is
// no savepoint per document (one costs a copy of every page the document changes); when a
// document fails, the batch is rolled back and the documents before it are written again,
// with the same ids. A batch that is not committed (an error at commit, a crash,
// rollback()) leaves none of its documents; the file keeps its journal (WAL), so it is
// never left half-written.
//
// The writer has a connection of its own to the project's file, set up once for the import,
// so that the project's connection keeps its settings and statements (the project sees
// each batch once it commits). A second connection of its own copies each committed batch
// from the WAL into the file, on a thread of its own (Checkpointer, bulkwriter.cpp).
// The writer holds the write lock for the whole batch (BEGIN IMMEDIATE), so it gives the new
// rows their ids itself (one above the largest, as SQLite would) and every table's rows of
// a document go in one statement of up to 32 rows. For the same reason it checks the
// foreign keys by construction, not row by row: its connection has foreign_keys off (every
// id it writes is one it has just given or read in the same transaction). The insert
// triggers that keep the full-text indexes and the timeline's generation counter in step
// would run per row, and FTS5 fed row by row writes a segment for nearly every statement;
// they are off on the writer's connection and their work is done once per batch, just
// before the commit, so every committed state is what the triggers would have made (see
// replayTriggers). A file with an insert trigger this writer
// does not know (a newer schema) keeps its triggers and foreign keys on; a project
// connection with TEMP triggers (the undo log's) is written through, so that they see the
// rows: slower, the same result.
class BulkWriter
{
public:
    explicit BulkWriter(Project &project);
    ~BulkWriter();  // rolls an open batch back and closes the writer's own connection
    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    Status begin();
    bool inBatch() const { return m_inBatch; }
    // Documents added since begin(), and for how long the batch has been open.
    int pending() const { return int(m_written.size()); }
    qint64 batchAgeMs() const { return m_inBatch ? m_age.elapsed() : 0; }

    // Adds a document and its extraction. A document whose text is already in the project
    // (checksum; also one added earlier in this batch) is not added: its id comes back
    // with `duplicate`, and `records` are not stored. The checksum and length (in code
    // points) are computed when unset, so that a caller may compute them on another
    // thread. Needs an open batch. The id is the document's once the batch commits.
    Result<Project::Added> add(DocumentRecord document, const ExtractionRecords &records);
    // The id of the document with this checksum, 0 when there is none (sees the open batch).
    Result<qint64> find(const QString &checksum);

    Status commit();
    void rollback();

    // Whether the triggers are replayed in bulk (else they run per row).
    bool replaysTriggers() const { return m_replay; }

    static constexpr int RowsPerInsert = 32;
    // Pages the WAL may grow to before the writer waits for it to be copied: 160 MB in a
    // file with 8 KB pages (a new project's), 80 MB with 4 KB pages (an older one's).
    static constexpr int MaxWalFrames = 20000;

private:
    struct Counts {
        qint64 documents = 0, actors = 0, claims = 0, events = 0, eventActors = 0;
        Counts &operator+=(const Counts &o)
        {
            documents += o.documents;
            actors += o.actors;
            claims += o.claims;
            events += o.events;
            eventActors += o.eventActors;
            return *this;
        }
    };
    // The largest id of each table whose ids the writer gives.
    struct Ids {
        qint64 document = 0, claim = 0, actor = 0, event = 0, dispute = 0, position = 0;
        bool operator==(const Ids &) const = default;
    };
    // The statements that insert 1 … RowsPerInsert rows into one table, prepared when
    // first used and kept (they live in the connection's StatementCache).
    struct Rows {
        QString head;  // the statement up to VALUES
        int columns;
        std::array<Statement *, RowsPerInsert> prepared{};
    };
    struct Written {
        DocumentRecord document;
        ExtractionRecords records;
    };

    Statement &statement(const QString &sql);
    Statement &kept(Statement *&slot, const QString &sql);
    const QString &isoDate(const QDateTime &time);
    // Inserts `rows` rows into a table, up to RowsPerInsert a statement; bindRow(statement,
    // i) binds row i. `doing` is translated only when the insert fails.
    template <typename BindRow>
    Status insertRows(Rows &table, qsizetype rows, BindRow &&bindRow, const char *doing, qint64 *changes = nullptr);
    Status startTransaction();
    Status writeDocument(const DocumentRecord &document, const ExtractionRecords &records, Counts &counts);
    Status writeActors(const ExtractionRecords &records, QHash<QString, qint64> &ids, Counts &counts);
    Status writeDisputes(qint64 documentId, const ExtractionRecords &records, qint64 firstClaim);
    Status recover();
    void endBatch();
    Status replayTriggers();
    bool knowsEveryInsertTrigger();
    void setTriggers(bool on);
    void setForeignKeys(bool on);
    class Checkpointer;
    static int walCommitted(void *self, sqlite3 *db, const char *name, int frames);

    Project &m_project;
    sqlite3 *m_own = nullptr;       // the writer's own connection to the project's file
    std::unique_ptr<StatementCache> m_ownStatements;
    std::unique_ptr<Checkpointer> m_checkpointer;  // copies the WAL into the file, on a thread of its own
    int m_walFrames = 0;                            // the WAL's size after the last commit
    sqlite3 *m_db = nullptr;        // the connection written through: m_own, or the project's
    StatementCache *m_statements = nullptr;
    bool m_inBatch = false;
    bool m_replay = false;
    bool m_triggersOff = false;
    bool m_foreignKeys = false;     // whether m_own has them on, unless switched off
    bool m_foreignKeysOff = false;
    std::optional<Error> m_broken;  // why the open batch can no longer commit
    QList<Written> m_written;       // the batch's documents, to write again after a failure
    QElapsedTimer m_age;
    Counts m_batch;                 // rows the batch added (what the triggers would have seen)
    Ids m_before;                   // the largest ids when the batch began: rows above them
    Ids m_last;                     // are the batch's own; the largest given so far
    QHash<QString, qint64> m_actorIds;               // sources found or added in this batch
    QSet<std::pair<qint64, QString>> m_aliases;      // other names added in this batch
    QSet<QString> m_fingerprints;                    // disputes added in this batch
    struct Stamp {
        qint64 secs = 0;
        int spec = 0, offset = 0;
        QString text;
    };
    Stamp m_stamp;  // the last time isoDate() wrote out
    Statement *m_findDocument = nullptr, *m_findActor = nullptr, *m_findDispute = nullptr;
    Rows m_documents, m_actors, m_actorAliases, m_claims, m_claimSpans, m_timexes, m_events, m_eventActors,
        m_disputes, m_positions, m_positionClaims, m_quantities;
};

} // namespace factline::store
