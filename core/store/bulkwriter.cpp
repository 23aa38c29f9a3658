// SPDX-License-Identifier: MIT
#include "bulkwriter.h"

#include "disputes.h"
#include "sqlerror.h"
#include "statement.h"
#include "text/offsets.h"

#include <QCoreApplication>
#include <QVarLengthArray>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace factline::store {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline", s);
}

// What a failed insert was doing, translated only when it fails.
#define DOING(s) QT_TRANSLATE_NOOP("factline", s)

// The insert triggers of the tables this writer fills, as the schema (migrations.cpp,
// timelinestore.cpp) makes them; replayTriggers() does what they do.
const QSet<QString> &knownInsertTriggers()
{
    static const QSet<QString> names = {
        u"documents_fts_insert"_s,         u"claims_fts_insert"_s,      u"actors_fts_insert"_s,
        u"timeline_documents_insert"_s,    u"timeline_claims_insert"_s, u"timeline_actors_insert"_s,
        u"timeline_events_insert"_s,       u"timeline_event_actors_insert"_s,
    };
    return names;
}

const QStringList &writtenTables()
{
    static const QStringList tables = {
        u"documents"_s, u"actors"_s, u"actor_aliases"_s, u"claims"_s, u"claim_spans"_s, u"timexes"_s,
        u"events"_s, u"event_actors"_s, u"disputes"_s, u"dispute_positions"_s, u"position_claims"_s,
        u"quantities"_s,
    };
    return tables;
}

bool hasTempTriggers(Project &project)
{
    QSqlQuery q(project.database());
    return !q.exec(u"SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger'"_s) || !q.next()
           || q.value(0).toLongLong() > 0;
}

// Settings of an FTS5 table that its batch is indexed with, and what FTS5 takes when the
// table has none set (FTS5_DEFAULT_AUTOMERGE, FTS5_DEFAULT_HASHSIZE).
struct FtsSetting {
    QString key;
    qint64 whileIndexing;
    qint64 byDefault;
};
const std::array<FtsSetting, 2> &batchFtsSettings()
{
    // automerge: FTS5 writes the batch's terms as new segments, and after each one merges
    // older segments (automerge): for an import of many batches, most of the indexing time,
    // spent on segments the next batches merge again. Off while the batch is indexed.
    // hashsize: FTS5 keeps the terms in memory until the statement ends, or until they
    // take more than hashsize bytes (1 MB), and writes them out as a segment each time;
    // every 16 segments of a level are merged into one of the next (crisismerge). A batch
    // of 1,000 articles holds some 5 MB of terms: with the default it is written as
    // several segments, and an import of 10,000 articles merges its index about once over.
    // While the batch is indexed the limit is 64 MB, so that each batch is one segment a
    // table (10 to 13 for 10,000 articles: fewer than 16, so none are merged), and a third
    // fewer instructions go into the index. The terms FTS5 stores are the same.
    static const std::array<FtsSetting, 2> settings = {
        FtsSetting{u"automerge"_s, 0, 4},
        FtsSetting{u"hashsize"_s, 64 << 20, 1 << 20},
    };
    return settings;
}

// The UTF-8 of values every row has, made once (bound without a copy).
QByteArrayView originUtf8(Origin origin)
{
    static const std::array<QByteArray, 2> names = {originName(Origin::Extractor).toUtf8(),
                                                    originName(Origin::Person).toUtf8()};
    return names[origin == Origin::Person ? 1 : 0];
}

// The other constant values, as UTF-8 literals: they live as long as the program.
constexpr QByteArrayView UnknownKindUtf8("unknown");
constexpr QByteArrayView TextFormatUtf8("text");
constexpr QByteArrayView UnreviewedUtf8("unreviewed");

QByteArrayView suggestedUtf8()
{
    static const QByteArray utf8 = QString(DisputeSuggested).toUtf8();
    return utf8;
}

// "INSERT … VALUES (?, ?), (?, ?)": `rows` rows of `columns` placeholders.
QString valuesSql(const QString &head, int columns, int rows)
{
    QString row = u"(?"_s;
    for (int c = 1; c < columns; ++c)
        row += u", ?"_s;
    row += u')';
    QString sql = head + u" VALUES "_s + row;
    for (int r = 1; r < rows; ++r)
        sql += u", "_s + row;
    return sql;
}

} // namespace

// Checkpoints copy what commits appended to the WAL into the file, with a sync of each: on
// the writer's thread (SQLite's automatic checkpoint) the import stood still for them, a
// few tenths of a second each time the WAL had grown by 80 MB. They run on a thread of
// their own, on a connection of their own, after every commit; SQLite lets a checkpoint and
// a writer work at once. A checkpoint copies only committed pages, so what is in the file
// is what SQLite's own checkpoint would have put there, and a crash at any moment leaves
// the same recoverable file (WAL, synchronous=NORMAL on both connections).
class BulkWriter::Checkpointer
{
public:
    static std::unique_ptr<Checkpointer> start(const QString &path)
    {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
                != SQLITE_OK
            || sqlite3_exec(db, "PRAGMA synchronous = NORMAL", nullptr, nullptr, nullptr) != SQLITE_OK) {
            sqlite3_close_v2(db);
            return nullptr;
        }
        return std::unique_ptr<Checkpointer>(new Checkpointer(db));
    }
    ~Checkpointer()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_thread.join(); // after the checkpoint asked for last
        sqlite3_close_v2(m_db);
    }

    // New commits are in the WAL: copy them (soon, on the checkpointer's thread).
    void request()
    {
        {
            std::lock_guard lock(m_mutex);
            m_wanted = true;
        }
        m_changed.notify_all();
    }
    // Until what was asked for is done.
    void wait()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !m_wanted && !m_running; });
    }

private:
    explicit Checkpointer(sqlite3 *db) : m_db(db), m_thread([this] { run(); }) {}
    void run()
    {
        std::unique_lock lock(m_mutex);
        for (;;) {
            m_changed.wait(lock, [&] { return m_wanted || m_stop; });
            if (!m_wanted)
                return;
            m_wanted = false;
            m_running = true;
            lock.unlock();
            // PASSIVE: never waits for the writer or a reader; what they still use is copied
            // the next time.
            sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
            lock.lock();
            m_running = false;
            m_changed.notify_all();
        }
    }

    sqlite3 *m_db;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_wanted = false;
    bool m_running = false;
    bool m_stop = false;
    std::thread m_thread;  // last: starts once the rest is set up
};

// After each commit on the writer's connection (SQLite's WAL hook; it replaces SQLite's own
// automatic checkpoint).
int BulkWriter::walCommitted(void *self, sqlite3 *, const char *, int frames)
{
    auto *writer = static_cast<BulkWriter *>(self);
    writer->m_walFrames = frames;
    writer->m_checkpointer->request();
    return SQLITE_OK;
}

// The inserts are OR FAIL: a row that breaks a constraint stops its statement without
// undoing the statement's earlier rows, so SQLite keeps no statement journal (a copy of each
// page a statement changes, some 10% of the writing); the batch goes back to its beginning
// anyway when a document fails (recover()).
BulkWriter::BulkWriter(Project &project)
    : m_project(project), m_db(sqliteHandle(project.database())),
      m_documents{uR"(INSERT OR FAIL INTO documents (id, title, outlet, author, url, published, language, text, length,
                                             checksum, source_path, format, imported_at))"_s, 13},
      m_actors{u"INSERT OR FAIL INTO actors (id, name, kind, affiliation)"_s, 4},
      m_actorAliases{u"INSERT OR IGNORE INTO actor_aliases (actor_id, alias)"_s, 2},
      m_claims{uR"(INSERT OR FAIL INTO claims (id, document_id, actor_id, source_start, source_end, cue_start, cue_end,
                                       source_text, cue_text, text, kind, said_date, origin, confidence,
                                       review_state))"_s, 15},
      m_claimSpans{uR"(INSERT OR FAIL INTO claim_spans (claim_id, ordinal, start, "end"))"_s, 4},
      m_timexes{uR"(INSERT OR FAIL INTO timexes (document_id, start, "end", text, type, value, relative, resolved,
                                         explanation, origin))"_s, 10},
      m_events{uR"(INSERT OR FAIL INTO events (id, document_id, title, date_value, date_start, date_end, granularity,
                                       anchor_start, anchor_end, anchor_text, origin, confidence))"_s, 12},
      m_eventActors{u"INSERT OR IGNORE INTO event_actors (event_id, actor_id)"_s, 2},
      m_disputes{u"INSERT OR FAIL INTO disputes (id, title, state, reasons, origin, note, fingerprint, created_at)"_s, 8},
      m_positions{u"INSERT OR FAIL INTO dispute_positions (id, dispute_id, side, ordinal)"_s, 4},
      m_positionClaims{u"INSERT OR IGNORE INTO position_claims (position_id, claim_id)"_s, 2},
      m_quantities{uR"(INSERT OR FAIL INTO quantities (document_id, claim_id, start, "end", text, value, unit,
                                              qualifier))"_s, 8}
{
    sqlite3 *shared = sqliteHandle(project.database());
    if (!shared)
        return; // begin() says why nothing can be written
    // The undo log's TEMP triggers see only what their own connection writes: with them,
    // the rows go through the project's connection, its triggers run row by row. So they
    // do for a project without a file name (SQLite would open a new, private database).
    if (project.path().isEmpty() || hasTempTriggers(project)) {
        m_db = shared;
        m_statements = &project.statements();
        return;
    }
    sqlite3 *own = nullptr;
    // One thread uses the connection (the writer's): it needs no mutex of its own.
    if (sqlite3_open_v2(project.path().toUtf8().constData(), &own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX,
                        nullptr)
        != SQLITE_OK) {
        sqlite3_close_v2(own);
        m_db = shared;
        m_statements = &project.statements();
        return;
    }
    m_own = own;
    m_ownStatements = std::make_unique<StatementCache>(own);
    m_db = own;
    m_statements = m_ownStatements.get();
    QSqlQuery q(project.database());
    const int timeout = q.exec(u"PRAGMA busy_timeout"_s) && q.next() ? q.value(0).toInt() : 5000;
    sqlite3_busy_timeout(own, timeout);
    // The import's connection: a bigger page cache. Journaling and syncing are the project's
    // (WAL, synchronous=NORMAL): a crash loses at most the open batch and never damages the
    // file. Statement journals (a multi-row insert's) stay in memory.
    sqlite3_exec(own,
                 "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; "
                 "PRAGMA foreign_keys = ON",
                 nullptr, nullptr, nullptr);
    m_foreignKeys = true;
    m_checkpointer = Checkpointer::start(project.path());
    if (m_checkpointer)
        sqlite3_wal_hook(own, &BulkWriter::walCommitted, this); // instead of SQLite's own checkpoints
    else
        sqlite3_wal_autocheckpoint(own, MaxWalFrames);
}

BulkWriter::~BulkWriter()
{
    rollback();
    m_checkpointer.reset(); // finishes the checkpoint it was asked for
    if (m_own) {
        // What the import left in the WAL goes into the file now, without waiting for readers.
        sqlite3_wal_checkpoint_v2(m_own, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        m_ownStatements.reset(); // its statements go before their connection
        sqlite3_close_v2(m_own);
    }
}

// QDateTime::toString(Qt::ISODate) costs some 10,000 instructions, and an import stamps
// thousands of rows within the same few seconds (the format shows whole seconds).
const QString &BulkWriter::isoDate(const QDateTime &time)
{
    const qint64 secs = time.toSecsSinceEpoch();
    const int spec = int(time.timeSpec());
    const int offset = time.offsetFromUtc();
    if (m_stamp.text.isNull() || secs != m_stamp.secs || spec != m_stamp.spec || offset != m_stamp.offset)
        m_stamp = {secs, spec, offset, time.toString(Qt::ISODate)};
    return m_stamp.text;
}

Statement &BulkWriter::statement(const QString &sql)
{
    return m_statements->get(sql);
}

// A statement used for every document, looked up once (the cache hashes its text).
Statement &BulkWriter::kept(Statement *&slot, const QString &sql)
{
    if (slot)
        return *slot;
    Statement &s = statement(sql);
    if (s.ok()) // only one that prepared is kept: the cache replaces one that did not
        slot = &s;
    return s;
}

template <typename BindRow>
Status BulkWriter::insertRows(Rows &table, qsizetype rows, BindRow &&bindRow, const char *doing, qint64 *changes)
{
    for (qsizetype first = 0; first < rows;) {
        const int n = int(std::min<qsizetype>(RowsPerInsert, rows - first));
        // Only a statement that prepared is kept: the cache replaces one that did not.
        Statement *&kept = table.prepared[size_t(n - 1)];
        Statement &s = kept ? *kept : statement(valuesSql(table.head, table.columns, n));
        kept = s.ok() ? &s : nullptr;
        for (qsizetype i = first; i < first + n; ++i)
            bindRow(s, i);
        if (!s.run())
            return s.failure(tr(doing));
        if (changes)
            *changes += sqlite3_changes64(m_db);
        first += n;
    }
    return Ok{};
}

Status BulkWriter::begin()
{
    if (m_inBatch)
        return Ok{};
    if (!m_db)
        return Error{tr("Importing many articles at once needs an SQLite project file.")};
    // On the writer's own connection, triggers and foreign keys are switched off once, for
    // the whole import: switching them expires every prepared statement. Foreign keys can
    // only be switched outside a transaction, so the triggers are looked at first; only a
    // migration changes them, never while a project is open.
    m_replay = m_own && knowsEveryInsertTrigger();
    if (m_own) {
        setForeignKeys(!m_replay);
        setTriggers(!m_replay);
    }
    if (Status s = startTransaction(); !s)
        return s;
    m_inBatch = true;
    m_broken.reset();
    m_written.clear();
    m_batch = {};
    m_actorIds.clear();
    m_aliases.clear();
    m_fingerprints.clear();
    m_age.start();
    return Ok{};
}

Status BulkWriter::startTransaction()
{
    // IMMEDIATE takes the write lock now, so that nobody adds rows while the batch is open:
    // every row above the largest ids read here is then the batch's own, and the ids the
    // writer gives are the ones SQLite would give.
    Statement &start = statement(u"BEGIN IMMEDIATE"_s);
    if (!start.run())
        return start.failure(tr("starting to save the articles"));
    for (const auto &[table, largest] :
         {std::pair{u"documents"_s, &m_before.document}, std::pair{u"claims"_s, &m_before.claim},
          std::pair{u"actors"_s, &m_before.actor}, std::pair{u"events"_s, &m_before.event},
          std::pair{u"disputes"_s, &m_before.dispute}, std::pair{u"dispute_positions"_s, &m_before.position}}) {
        Statement &q = statement(u"SELECT coalesce(max(id), 0) FROM "_s + table);
        const bool row = q.next();
        *largest = row ? q.int64(0) : 0;
        if (!row) {
            const Error e = q.failure(tr("starting to save the articles"));
            q.reset();
            statement(u"ROLLBACK"_s).run();
            return e;
        }
        q.reset();
    }
    m_last = m_before;
    return Ok{};
}

bool BulkWriter::knowsEveryInsertTrigger()
{
    // The word INSERT before ON names the event ("AFTER INSERT ON claims").
    static const QRegularExpression insertEvent(u"\\bINSERT\\b"_s, QRegularExpression::CaseInsensitiveOption);
    Statement &q = statement(u"SELECT name, tbl_name, sql, 0 FROM sqlite_master WHERE type = 'trigger' "
                             u"UNION ALL SELECT name, tbl_name, sql, 1 FROM sqlite_temp_master WHERE type = 'trigger'"_s);
    QSet<QString> found;
    bool known = true;
    while (q.next()) {
        if (!writtenTables().contains(q.text(1), Qt::CaseInsensitive))
            continue;
        const QString sql = q.text(2);
        const qsizetype on = sql.indexOf(u" ON "_s, 0, Qt::CaseInsensitive);
        if (!sql.left(on).contains(insertEvent))
            continue;
        if (q.int64(3) != 0 || !knownInsertTriggers().contains(q.text(0)))
            known = false;
        found.insert(q.text(0));
    }
    known = known && !q.failed() && found == knownInsertTriggers();
    q.reset();
    return known;
}

void BulkWriter::setTriggers(bool on)
{
    if (m_db && m_triggersOff == on) {
        sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, on ? 1 : 0, nullptr);
        m_triggersOff = !on;
    }
}

void BulkWriter::setForeignKeys(bool on)
{
    if (!m_foreignKeys || m_foreignKeysOff != on)
        return;
    if (statement(on ? u"PRAGMA foreign_keys = ON"_s : u"PRAGMA foreign_keys = OFF"_s).run())
        m_foreignKeysOff = !on;
}

Result<Project::Added> BulkWriter::add(DocumentRecord doc, const ExtractionRecords &records)
{
    if (!m_inBatch)
        return Error{tr("Cannot save the article: no import is open.")};
    if (m_broken)
        return *m_broken;
    if (doc.checksum.isEmpty())
        doc.checksum = Project::checksum(doc.text);
    if (doc.length <= 0)
        doc.length = codePointLength(doc.text);
    if (!doc.importedAt.isValid())
        doc.importedAt = QDateTime::currentDateTimeUtc();
    Result<qint64> existing = find(doc.checksum);
    if (!existing)
        return existing.error();
    if (*existing)
        return Project::Added{*existing, true};

    Counts counts;
    if (Status s = writeDocument(doc, records, counts); !s) {
        if (Status r = recover(); !r)
            m_broken = r.error();
        return s.error();
    }
    m_batch += counts;
    const qint64 id = m_last.document;
    m_written.append({std::move(doc), records});
    return Project::Added{id, false};
}

// A document failed part-way: the batch goes back to its beginning and the documents
// written before it are written again, the same rows with the same ids. Between the
// rollback and the new BEGIN IMMEDIATE another connection may write (the window, another
// import): then the ids already handed out would name other rows, so the batch is given up
// instead and each of its documents reported as not imported.
Status BulkWriter::recover()
{
    const QList<Written> again = std::move(m_written);
    const QElapsedTimer age = m_age;
    const Ids before = m_before;
    rollback();
    if (Status s = begin(); !s) {
        m_inBatch = true; // still open for the caller: commit() reports what went wrong
        return s;
    }
    m_age = age;
    if (!(m_before == before))
        return Error{tr("Another program changed the project while these articles were being saved, so they "
                        "were not imported. Import them again.")};
    for (const Written &w : again) {
        Counts counts;
        if (Status s = writeDocument(w.document, w.records, counts); !s)
            return s;
        m_batch += counts;
        m_written.append(w);
    }
    return Ok{};
}

Result<qint64> BulkWriter::find(const QString &checksum)
{
    Statement &q = kept(m_findDocument, u"SELECT id FROM documents WHERE checksum = ?"_s);
    q.bind(checksum);
    const bool found = q.next();
    const qint64 id = found ? q.int64(0) : 0;
    if (q.failed()) {
        const Error e = q.failure(tr("looking for the document"));
        q.reset();
        return e;
    }
    q.reset();
    return id;
}

// The sources of a document: found by name, or added with the next ids; their other names.
Status BulkWriter::writeActors(const ExtractionRecords &records, QHash<QString, qint64> &ids, Counts &counts)
{
    QVarLengthArray<const ActorRecord *, 16> added;
    QVarLengthArray<std::pair<qint64, const QString *>, 16> aliases;
    for (const ActorRecord &actor : records.actors) {
        qint64 id = m_actorIds.value(actor.name, 0);
        if (!id) {
            Statement &find = kept(m_findActor, u"SELECT id FROM actors WHERE name = ?"_s);
            find.bind(actor.name);
            id = find.next() ? find.int64(0) : 0;
            if (find.failed()) {
                const Error e = find.failure(tr("reading the sources"));
                find.reset();
                return e;
            }
            find.reset();
            if (!id) {
                id = ++m_last.actor;
                added.append(&actor);
                ++counts.actors;
            }
            m_actorIds.insert(actor.name, id);
        }
        ids.insert(actor.name, id);
        for (const QString &alias : actor.aliases) {
            if (alias == actor.name || m_aliases.contains({id, alias}))
                continue;
            m_aliases.insert({id, alias});
            aliases.append({id, &alias});
        }
    }
    const qint64 firstAdded = m_last.actor - added.size() + 1;
    if (Status st = insertRows(
            m_actors, added.size(),
            [&](Statement &q, qsizetype i) {
                const ActorRecord &a = *added[i];
                q.bind(firstAdded + i).bind(a.name);
                if (a.kind.isEmpty())
                    q.bindUtf8(UnknownKindUtf8);
                else
                    q.bind(a.kind);
                q.bind(a.affiliation);
            },
            DOING("adding a source"));
        !st)
        return st;
    return insertRows(
        m_actorAliases, aliases.size(),
        [&](Statement &q, qsizetype i) { q.bind(aliases[i].first).bind(*aliases[i].second); },
        DOING("adding a source's other name"));
}

// The rows Project::addDocument and Project::storeExtraction write for a new document, with
// the same values and ids, a table at a time.
Status BulkWriter::writeDocument(const DocumentRecord &doc, const ExtractionRecords &records, Counts &counts)
{
    const qint64 documentId = ++m_last.document;
    if (Status st = insertRows(
            m_documents, 1,
            [&](Statement &d, qsizetype) {
                d.bind(documentId).bind(doc.meta.title).bind(doc.meta.outlet).bind(doc.meta.author);
                d.bind(doc.meta.url).bindDate(doc.meta.published).bind(doc.meta.language).bind(doc.text);
                d.bind(doc.length).bind(doc.checksum).bind(doc.sourcePath);
                if (doc.format.isEmpty())
                    d.bindUtf8(TextFormatUtf8);
                else
                    d.bind(doc.format);
                d.bind(isoDate(doc.importedAt));
            },
            DOING("adding the document"));
        !st)
        return st;
    ++counts.documents;

    QHash<QString, qint64> actorIds;
    if (Status st = writeActors(records, actorIds, counts); !st)
        return st;

    const qint64 firstClaim = m_last.claim + 1;
    m_last.claim += records.claims.size();
    counts.claims += records.claims.size();
    if (Status st = insertRows(
            m_claims, records.claims.size(),
            [&](Statement &c, qsizetype i) {
                const ClaimRecord &claim = records.claims[i];
                c.bind(firstClaim + i).bind(documentId).bindIdOrNull(actorIds.value(claim.actorName, 0));
                c.bindSpanPart(claim.source.start).bindSpanPart(claim.source.end);
                c.bindSpanPart(claim.cue.start).bindSpanPart(claim.cue.end);
                c.bind(claim.sourceText).bind(claim.cueText).bind(claim.text).bind(claim.kind).bindDate(claim.saidDate);
                c.bindUtf8(originUtf8(claim.origin)).bind(claim.confidence).bindUtf8(UnreviewedUtf8);
            },
            DOING("saving a claim"));
        !st)
        return st;
    struct Span {
        qint64 claim;
        qint64 ordinal;
        const CodePointSpan *span;
    };
    QVarLengthArray<Span, 128> spans;
    for (qsizetype c = 0; c < records.claims.size(); ++c) {
        const QList<CodePointSpan> &content = records.claims[c].content;
        for (qsizetype i = 0; i < content.size(); ++i)
            spans.append({firstClaim + c, qint64(i), &content[i]});
    }
    if (Status st = insertRows(
            m_claimSpans, spans.size(),
            [&](Statement &q, qsizetype i) {
                q.bind(spans[i].claim).bind(spans[i].ordinal).bind(spans[i].span->start).bind(spans[i].span->end);
            },
            DOING("saving a claim's words"));
        !st)
        return st;
    if (Status st = insertRows(
            m_timexes, records.timexes.size(),
            [&](Statement &q, qsizetype i) {
                const TimexRecord &x = records.timexes[i];
                q.bind(documentId).bind(x.span.start).bind(x.span.end).bind(x.text).bind(x.type).bind(x.value);
                q.bind(x.relative ? 1 : 0).bind(x.resolved ? 1 : 0).bind(x.explanation).bindUtf8(originUtf8(x.origin));
            },
            DOING("saving a date"));
        !st)
        return st;

    const qint64 firstEvent = m_last.event + 1;
    m_last.event += records.events.size();
    counts.events += records.events.size();
    if (Status st = insertRows(
            m_events, records.events.size(),
            [&](Statement &e, qsizetype i) {
                const EventRecord &ev = records.events[i];
                e.bind(firstEvent + i).bind(documentId).bind(ev.title).bind(ev.dateValue).bindDate(ev.dateStart);
                e.bindDate(ev.dateEnd).bind(ev.granularity).bindSpanPart(ev.anchor.start).bindSpanPart(ev.anchor.end);
                e.bind(ev.anchorText).bindUtf8(originUtf8(ev.origin)).bind(ev.confidence);
            },
            DOING("saving an event"));
        !st)
        return st;
    QVarLengthArray<std::pair<qint64, qint64>, 16> eventActors;
    for (qsizetype i = 0; i < records.events.size(); ++i) {
        for (const QString &name : records.events[i].actors) {
            if (const qint64 actor = actorIds.value(name, 0))
                eventActors.append({firstEvent + i, actor});
        }
    }
    if (Status st = insertRows(
            m_eventActors, eventActors.size(),
            [&](Statement &q, qsizetype i) { q.bind(eventActors[i].first).bind(eventActors[i].second); },
            DOING("saving an event's actors"), &counts.eventActors);
        !st)
        return st;

    if (Status st = writeDisputes(documentId, records, firstClaim); !st)
        return st;
    return insertRows(
        m_quantities, records.quantities.size(),
        [&](Statement &q, qsizetype i) {
            const QuantityRecord &x = records.quantities[i];
            q.bind(documentId);
            if (x.claimId >= 0 && x.claimId < records.claims.size())
                q.bind(firstClaim + x.claimId);
            else
                q.bindNull();
            q.bind(x.span.start).bind(x.span.end).bind(x.text).bind(x.value).bind(x.unit).bind(x.qualifier);
        },
        DOING("saving a number"));
}

// store::storeSuggestedDisputes for a document that is new: none of its claims is in a
// dispute yet, so every suggestion is stored unless a dispute with its fingerprint exists
// (in the project, or added earlier in this batch or document).
Status BulkWriter::writeDisputes(qint64 documentId, const ExtractionRecords &records, qint64 firstClaim)
{
    if (records.disputes.isEmpty())
        return Ok{};
    struct Dispute {
        const DisputeRecord *record;
        qint64 id;
        QString fingerprint;
        QString created;
    };
    struct Position {
        qint64 id, dispute, ordinal;
        const QString *side;
    };
    QVarLengthArray<Dispute, 8> disputes;
    QVarLengthArray<Position, 16> positions;
    QVarLengthArray<std::pair<qint64, qint64>, 32> links;
    Statement &decided = kept(m_findDispute, u"SELECT 1 FROM disputes WHERE fingerprint = ? LIMIT 1"_s);
    const qsizetype claims = records.claims.size();
    // A claim is in several suggestions, often: its key is made once.
    QVarLengthArray<QString, 64> keys(claims);
    auto keyOf = [&](qint64 index) -> QString {
        if (index < 0 || index >= claims)
            return {};
        QString &key = keys[index];
        if (key.isNull())
            key = claimKey(documentId, records.claims[index].content);
        return key;
    };
    for (const DisputeRecord &suggested : records.disputes) {
        QStringList memberKeys;
        for (const PositionRecord &p : suggested.positions) {
            for (const qint64 index : p.claimIds)
                memberKeys.append(keyOf(index));
        }
        QString fingerprint = disputeFingerprint(memberKeys);
        if (m_fingerprints.contains(fingerprint))
            continue;
        decided.bind(fingerprint);
        const bool known = decided.next();
        const bool failed = decided.failed();
        decided.reset();
        if (failed)
            return decided.failure(tr("reading the disputes"));
        if (known)
            continue;
        const qint64 disputeId = ++m_last.dispute;
        const QDateTime created = suggested.createdAt.isValid() ? suggested.createdAt : QDateTime::currentDateTimeUtc();
        m_fingerprints.insert(fingerprint);
        disputes.append({&suggested, disputeId, std::move(fingerprint), isoDate(created.toUTC())});
        for (qsizetype i = 0; i < suggested.positions.size(); ++i) {
            const PositionRecord &p = suggested.positions[i];
            const qint64 positionId = ++m_last.position;
            positions.append({positionId, disputeId, qint64(i), &p.side});
            for (const qint64 index : p.claimIds) {
                if (index >= 0 && index < claims)
                    links.append({positionId, firstClaim + index});
            }
        }
    }
    if (Status st = insertRows(
            m_disputes, disputes.size(),
            [&](Statement &q, qsizetype i) {
                const Dispute &d = disputes[i];
                q.bind(d.id).bind(d.record->title).bindUtf8(suggestedUtf8()).bind(d.record->reasons.join(u'\n'));
                q.bindUtf8(originUtf8(Origin::Extractor)).bind(d.record->note).bind(d.fingerprint).bind(d.created);
            },
            DOING("saving a dispute"));
        !st)
        return st;
    if (Status st = insertRows(
            m_positions, positions.size(),
            [&](Statement &q, qsizetype i) {
                q.bind(positions[i].id).bind(positions[i].dispute).bind(*positions[i].side).bind(positions[i].ordinal);
            },
            DOING("saving a dispute's positions"));
        !st)
        return st;
    return insertRows(
        m_positionClaims, links.size(),
        [&](Statement &q, qsizetype i) { q.bind(links[i].first).bind(links[i].second); },
        DOING("saving a dispute's claims"));
}

// What the insert triggers would have done for the batch's rows, once: the full-text rows
// of the new documents, claims and sources, and one step of the timeline's generation per
// row (the triggers count rows, so the counter ends where they would have left it).
Status BulkWriter::replayTriggers()
{
    struct Index {
        QString table;
        QString sql;
        qint64 after;
        qint64 rows;
    };
    const Index indexes[] = {
        {u"documents_fts"_s, u"INSERT INTO documents_fts(rowid, title, text) SELECT id, title, text FROM documents WHERE id > ?"_s,
         m_before.document, m_batch.documents},
        {u"claims_fts"_s, u"INSERT INTO claims_fts(rowid, source_text, text) SELECT id, source_text, text FROM claims WHERE id > ?"_s,
         m_before.claim, m_batch.claims},
        {u"actors_fts"_s, u"INSERT INTO actors_fts(rowid, name) SELECT id, name FROM actors WHERE id > ?"_s, m_before.actor,
         m_batch.actors},
    };
    const QString doing = tr("indexing the articles for search");
    for (const Index &index : indexes) {
        if (index.rows == 0)
            continue;
        // The table's settings change for the batch's statement only (batchFtsSettings) and
        // go back to what they were before the commit, so every committed file keeps them.
        const QString &table = index.table;
        std::array<qint64, 2> kept{};
        const auto &settings = batchFtsSettings();
        for (size_t i = 0; i < settings.size(); ++i) {
            Statement &setting = statement(u"SELECT v FROM %1_config WHERE k = ?"_s.arg(table));
            setting.bind(settings[i].key);
            kept[i] = setting.next() ? setting.int64(0) : settings[i].byDefault;
            setting.reset();
            Statement &set = statement(u"INSERT INTO %1(%1, rank) VALUES (?, ?)"_s.arg(table));
            set.bind(settings[i].key).bind(settings[i].whileIndexing);
            if (!set.run())
                return set.failure(doing);
        }
        Statement &q = statement(index.sql);
        q.bind(index.after);
        if (!q.run())
            return q.failure(doing);
        // Only this batch wrote while it held the lock; anything else would be a bug here.
        if (sqlite3_changes64(m_db) != index.rows)
            return Error{tr("Failed while %1: the rows written and the rows indexed differ.").arg(doing)};
        for (size_t i = 0; i < settings.size(); ++i) {
            Statement &back = statement(u"INSERT INTO %1(%1, rank) VALUES (?, ?)"_s.arg(table));
            back.bind(settings[i].key).bind(kept[i]);
            if (!back.run())
                return back.failure(doing);
        }
    }
    const qint64 steps = m_batch.documents + m_batch.actors + m_batch.claims + m_batch.events + m_batch.eventActors;
    if (steps > 0) {
        Statement &g = statement(u"UPDATE timeline_generation SET value = value + ?"_s);
        g.bind(steps);
        if (!g.run())
            return g.failure(doing);
    }
    return Ok{};
}

Status BulkWriter::commit()
{
    if (!m_inBatch)
        return Ok{};
    if (m_broken) {
        const Error e = *m_broken;
        rollback();
        return e;
    }
    if (m_replay) {
        if (Status s = replayTriggers(); !s) {
            rollback();
            return s;
        }
    }
    Statement &end = statement(u"COMMIT"_s);
    if (!end.run()) {
        const Error e = end.failure(tr("saving the articles"));
        rollback();
        return e;
    }
    endBatch();
    // The WAL starts again at its beginning only when a write begins with all of it copied
    // into the file: past MaxWalFrames the writer waits for the checkpoint of this commit,
    // so that the WAL stays bounded (a reader on an old state can still hold it up).
    if (m_checkpointer && m_walFrames > MaxWalFrames)
        m_checkpointer->wait();
    m_project.notifyExternalChange();
    emit m_project.disputesChanged();
    return Ok{};
}

void BulkWriter::rollback()
{
    if (m_inBatch)
        statement(u"ROLLBACK"_s).run(); // fails harmlessly when SQLite has rolled back already
    endBatch();
}

void BulkWriter::endBatch()
{
    m_inBatch = false;
    m_broken.reset();
    m_written.clear();
}

} // namespace factline::store
