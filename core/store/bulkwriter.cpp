// SPDX-License-Identifier: MIT
#include "bulkwriter.h"

#include "disputes.h"
#include "sqlerror.h"
#include "statement.h"
#include "text/offsets.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

namespace factline::store {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline", s);
}

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

bool hasTempObjects(Project &project)
{
    QSqlQuery q(project.database());
    return !q.exec(u"SELECT count(*) FROM sqlite_temp_master"_s) || !q.next() || q.value(0).toLongLong() > 0;
}

// Rows per INSERT for the tables insertRows fills: what a statement costs whatever its rows
// (a step through the program, opening the table's cursors, and for several rows a
// statement journal) is shared by up to 32 rows. A table that a foreign key refers to keeps
// one row per statement: for each row a multi-row INSERT adds to a parent table, SQLite
// looks for its child rows, a table scan where the child column has no index.
constexpr int RowsPerInsert = 32;

// FTS5's automerge when its table has none set.
constexpr qint64 FtsDefaultAutomerge = 4;

const QString Savepoint = u"SAVEPOINT factline_document"_s;
const QString Release = u"RELEASE factline_document"_s;
const QString RollbackTo = u"ROLLBACK TO factline_document"_s;

} // namespace

BulkWriter::BulkWriter(Project &project) : m_project(project), m_db(sqliteHandle(project.database()))
{
    // For the import, a bigger page cache and fewer, larger checkpoints (the WAL grows to
    // about 80 MB before its pages are copied into the file, instead of 4 MB; a page that
    // several batches change is then copied once): settings of this connection only,
    // given back at the end. Journaling and syncing stay as they are (WAL,
    // synchronous=NORMAL): a crash loses at most the open batch and never damages the file.
    // The per-document savepoint journals stay in memory (temp_store): past 64 KB they
    // would go to a temporary file, a write for each page a document touches. Changing
    // temp_store drops the connection's TEMP tables and triggers, so a connection that has
    // some (the undo log's) keeps its setting.
    QSqlQuery q(project.database());
    if (q.exec(u"PRAGMA cache_size"_s) && q.next())
        m_cacheSize = q.value(0).toString();
    if (q.exec(u"PRAGMA wal_autocheckpoint"_s) && q.next())
        m_autoCheckpoint = q.value(0).toString();
    if (!hasTempObjects(project) && q.exec(u"PRAGMA temp_store"_s) && q.next()) {
        m_tempStore = q.value(0).toString();
        q.exec(u"PRAGMA temp_store = MEMORY"_s);
    }
    q.exec(u"PRAGMA cache_size = -65536"_s);
    q.exec(u"PRAGMA wal_autocheckpoint = 20000"_s);
}

BulkWriter::~BulkWriter()
{
    rollback();
    QSqlQuery q(m_project.database());
    if (!m_cacheSize.isEmpty())
        q.exec(u"PRAGMA cache_size = "_s + QString::number(m_cacheSize.toLongLong()));
    if (!m_tempStore.isEmpty() && !hasTempObjects(m_project))
        q.exec(u"PRAGMA temp_store = "_s + QString::number(m_tempStore.toInt()));
    if (!m_autoCheckpoint.isEmpty()) {
        q.exec(u"PRAGMA wal_autocheckpoint = "_s + QString::number(m_autoCheckpoint.toLongLong()));
        // What the import left in the WAL goes into the file now, without waiting for readers.
        q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
    }
}

Statement &BulkWriter::statement(const QString &sql)
{
    return m_project.statements().get(sql);
}

Status BulkWriter::insertRows(const QString &head, int columns, qsizetype rows,
                              const std::function<void(Statement &, qsizetype)> &bindRow, const QString &doing)
{
    // Statements of 1, 2, 4 … RowsPerInsert rows: few to prepare, and any count is a sum of
    // them. They are kept here too, so as not to look their long text up for every use.
    RowStatements &kept = m_rowStatements[head];
    if (kept.sql.isEmpty()) {
        QString row = u"(?"_s;
        for (int c = 1; c < columns; ++c)
            row += u", ?"_s;
        row += u')';
        QString values = row;
        for (int n = 1; n <= RowsPerInsert; n *= 2) {
            kept.sql.append(head + u" VALUES "_s + values);
            values += u", "_s + values;
        }
        kept.prepared.fill(nullptr, kept.sql.size());
    }
    for (qsizetype first = 0; first < rows;) {
        qsizetype n = RowsPerInsert;
        qsizetype size = kept.sql.size() - 1;
        while (n > rows - first) {
            n /= 2;
            --size;
        }
        Statement *&prepared = kept.prepared[size];
        if (!prepared || !prepared->ok()) // a failed prepare is tried again (StatementCache::get)
            prepared = &statement(kept.sql[size]);
        Statement &s = *prepared;
        for (qsizetype i = first; i < first + n; ++i)
            bindRow(s, i);
        if (!s.run())
            return s.failure(doing);
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
    // IMMEDIATE takes the write lock now, so that nobody adds rows while the batch is open:
    // every row above the largest ids read here is then the batch's own.
    Statement &start = statement(u"BEGIN IMMEDIATE"_s);
    if (!start.run())
        return start.failure(tr("starting to save the articles"));
    m_inBatch = true;
    for (const auto &[table, largest] : {std::pair{u"documents"_s, &m_documentsBefore},
                                         std::pair{u"claims"_s, &m_claimsBefore},
                                         std::pair{u"actors"_s, &m_actorsBefore}}) {
        Statement &q = statement(u"SELECT coalesce(max(id), 0) FROM "_s + table);
        const bool row = q.next();
        *largest = row ? q.int64(0) : 0;
        if (!row) {
            const Error e = q.failure(tr("starting to save the articles"));
            q.reset();
            rollback();
            return e;
        }
        q.reset();
    }
    m_replay = knowsEveryInsertTrigger();
    if (m_replay)
        setTriggers(false);
    m_batch = {};
    m_pending = 0;
    m_age.start();
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

Result<Project::Added> BulkWriter::add(DocumentRecord doc, const ExtractionRecords &records)
{
    if (!m_inBatch)
        return Error{tr("Cannot save the article: no import is open.")};
    if (doc.checksum.isEmpty())
        doc.checksum = Project::checksum(doc.text);
    if (doc.length <= 0)
        doc.length = codePointLength(doc.text);
    Result<qint64> existing = find(doc.checksum);
    if (!existing)
        return existing.error();
    if (*existing)
        return Project::Added{*existing, true};

    Statement &savepoint = statement(Savepoint);
    if (!savepoint.run())
        return savepoint.failure(tr("saving the document"));
    qint64 id = 0;
    Counts counts;
    if (Status s = writeDocument(doc, records, id, counts); !s) {
        statement(RollbackTo).run();
        statement(Release).run();
        return s.error();
    }
    Statement &release = statement(Release);
    if (!release.run()) {
        const Error e = release.failure(tr("saving the document"));
        statement(RollbackTo).run();
        statement(Release).run();
        return e;
    }
    m_batch.documents += counts.documents;
    m_batch.actors += counts.actors;
    m_batch.claims += counts.claims;
    m_batch.events += counts.events;
    m_batch.eventActors += counts.eventActors;
    ++m_pending;
    return Project::Added{id, false};
}

Result<qint64> BulkWriter::find(const QString &checksum)
{
    Statement &q = statement(u"SELECT id FROM documents WHERE checksum = ?"_s);
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

Result<qint64> BulkWriter::actorId(const ActorRecord &actor, Counts &counts)
{
    Statement &find = statement(u"SELECT id FROM actors WHERE name = ?"_s);
    find.bind(actor.name);
    const bool found = find.next();
    qint64 id = found ? find.int64(0) : 0;
    if (find.failed()) {
        const Error e = find.failure(tr("reading the sources"));
        find.reset();
        return e;
    }
    find.reset();
    if (!found) {
        Statement &ins = statement(u"INSERT INTO actors (name, kind, affiliation) VALUES (?, ?, ?)"_s);
        ins.bind(actor.name).bind(actor.kind.isEmpty() ? u"unknown"_s : actor.kind).bind(actor.affiliation);
        if (!ins.run())
            return ins.failure(tr("adding a source"));
        id = sqlite3_last_insert_rowid(m_db);
        ++counts.actors;
    }
    QList<const QString *> aliases;
    for (const QString &a : actor.aliases) {
        if (a != actor.name)
            aliases.append(&a);
    }
    if (Status st = insertRows(u"INSERT OR IGNORE INTO actor_aliases (actor_id, alias)"_s, 2, aliases.size(),
                               [&](Statement &q, qsizetype i) { q.bind(id).bind(*aliases[i]); },
                               tr("adding a source's other name"));
        !st)
        return st.error();
    return id;
}

// The rows Project::addDocument and Project::storeExtraction write for a new document, in
// the same order, with the same values.
Status BulkWriter::writeDocument(DocumentRecord &doc, const ExtractionRecords &records, qint64 &documentId,
                                 Counts &counts)
{
    if (!doc.importedAt.isValid())
        doc.importedAt = QDateTime::currentDateTimeUtc();
    Statement &d = statement(uR"(INSERT INTO documents (title, outlet, author, url, published, language, text,
                                     length, checksum, source_path, format, imported_at)
                                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    d.bind(doc.meta.title).bind(doc.meta.outlet).bind(doc.meta.author).bind(doc.meta.url);
    d.bindDate(doc.meta.published).bind(doc.meta.language).bind(doc.text).bind(doc.length);
    d.bind(doc.checksum).bind(doc.sourcePath).bind(doc.format.isEmpty() ? u"text"_s : doc.format);
    d.bind(doc.importedAt.toString(Qt::ISODate));
    if (!d.run())
        return d.failure(tr("adding the document"));
    documentId = sqlite3_last_insert_rowid(m_db);
    ++counts.documents;

    QHash<QString, qint64> actorIds;
    for (const ActorRecord &a : records.actors) {
        Result<qint64> id = actorId(a, counts);
        if (!id)
            return id.error();
        actorIds.insert(a.name, *id);
    }
    QList<qint64> claimIds;
    claimIds.reserve(records.claims.size());
    Statement &c = statement(uR"(INSERT INTO claims (document_id, actor_id, source_start, source_end, cue_start,
                                     cue_end, source_text, cue_text, text, kind, said_date, origin, confidence,
                                     review_state)
                                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unreviewed'))"_s);
    struct Span {
        qint64 claim;
        qint64 ordinal;
        const CodePointSpan *span;
    };
    QList<Span> spans;
    for (const ClaimRecord &claim : records.claims) {
        c.bind(documentId).bindIdOrNull(actorIds.value(claim.actorName, 0));
        c.bindSpanPart(claim.source.start).bindSpanPart(claim.source.end);
        c.bindSpanPart(claim.cue.start).bindSpanPart(claim.cue.end);
        c.bind(claim.sourceText).bind(claim.cueText).bind(claim.text).bind(claim.kind).bindDate(claim.saidDate);
        c.bind(originName(claim.origin)).bind(claim.confidence);
        if (!c.run())
            return c.failure(tr("saving a claim"));
        const qint64 id = sqlite3_last_insert_rowid(m_db);
        claimIds.append(id);
        ++counts.claims;
        for (qsizetype i = 0; i < claim.content.size(); ++i)
            spans.append({id, qint64(i), &claim.content[i]});
    }
    if (Status st = insertRows(
            uR"(INSERT INTO claim_spans (claim_id, ordinal, start, "end"))"_s, 4, spans.size(),
            [&](Statement &q, qsizetype i) {
                q.bind(spans[i].claim).bind(spans[i].ordinal).bind(spans[i].span->start).bind(spans[i].span->end);
            },
            tr("saving a claim's words"));
        !st)
        return st;
    if (Status st = insertRows(
            uR"(INSERT INTO timexes (document_id, start, "end", text, type, value, relative, resolved,
                                     explanation, origin))"_s,
            10, records.timexes.size(),
            [&](Statement &q, qsizetype i) {
                const TimexRecord &x = records.timexes[i];
                q.bind(documentId).bind(x.span.start).bind(x.span.end).bind(x.text).bind(x.type).bind(x.value);
                q.bind(x.relative ? 1 : 0).bind(x.resolved ? 1 : 0).bind(x.explanation).bind(originName(x.origin));
            },
            tr("saving a date"));
        !st)
        return st;
    Statement &e = statement(uR"(INSERT INTO events (document_id, title, date_value, date_start, date_end,
                                     granularity, anchor_start, anchor_end, anchor_text, origin, confidence)
                                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    Statement &ea = statement(u"INSERT OR IGNORE INTO event_actors (event_id, actor_id) VALUES (?, ?)"_s);
    for (const EventRecord &ev : records.events) {
        e.bind(documentId).bind(ev.title).bind(ev.dateValue).bindDate(ev.dateStart).bindDate(ev.dateEnd);
        e.bind(ev.granularity).bindSpanPart(ev.anchor.start).bindSpanPart(ev.anchor.end).bind(ev.anchorText);
        e.bind(originName(ev.origin)).bind(ev.confidence);
        if (!e.run())
            return e.failure(tr("saving an event"));
        const qint64 eventId = sqlite3_last_insert_rowid(m_db);
        ++counts.events;
        for (const QString &name : ev.actors) {
            if (!actorIds.contains(name))
                continue;
            ea.bind(eventId).bind(actorIds.value(name));
            if (!ea.run())
                return ea.failure(tr("saving an event's actors"));
            counts.eventActors += sqlite3_changes(m_db);
        }
    }
    if (Status st = writeDisputes(documentId, records, claimIds); !st)
        return st;
    return insertRows(
        uR"(INSERT INTO quantities (document_id, claim_id, start, "end", text, value, unit, qualifier))"_s, 8,
        records.quantities.size(),
        [&](Statement &q, qsizetype i) {
            const QuantityRecord &x = records.quantities[i];
            q.bind(documentId);
            if (x.claimId >= 0 && x.claimId < claimIds.size())
                q.bind(claimIds[x.claimId]);
            else
                q.bindNull();
            q.bind(x.span.start).bind(x.span.end).bind(x.text).bind(x.value).bind(x.unit).bind(x.qualifier);
        },
        tr("saving a number"));
}

// store::storeSuggestedDisputes for a document that is new: none of its claims is in a
// dispute yet, so every suggestion is stored unless a dispute with its fingerprint exists.
Status BulkWriter::writeDisputes(qint64 documentId, const ExtractionRecords &records, const QList<qint64> &claimIds)
{
    if (records.disputes.isEmpty())
        return Ok{};
    QStringList keys;
    for (qsizetype i = 0; i < records.claims.size() && i < claimIds.size(); ++i)
        keys.append(claimKey(documentId, records.claims[i].content));
    Statement &decided = statement(u"SELECT 1 FROM disputes WHERE fingerprint = ? LIMIT 1"_s);
    Statement &ins = statement(uR"(INSERT INTO disputes (id, title, state, reasons, origin, note, fingerprint,
                                       created_at) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?))"_s);
    Statement &pos = statement(u"INSERT INTO dispute_positions (id, dispute_id, side, ordinal) VALUES (NULL, ?, ?, ?)"_s);
    // The claims are this document's, all stored just now: no need to look them up (an
    // INSERT … SELECT would also write a statement journal for every row).
    QList<std::pair<qint64, qint64>> links;
    for (const DisputeRecord &suggested : records.disputes) {
        QList<PositionRecord> positions = suggested.positions;
        QStringList memberKeys;
        for (PositionRecord &p : positions) {
            for (qint64 &claim : p.claimIds) {
                const qsizetype index = claim;
                claim = index >= 0 && index < claimIds.size() ? claimIds[index] : 0;
                memberKeys.append(index >= 0 && index < keys.size() ? keys[index] : QString());
            }
            p.claimIds.removeAll(0);
        }
        const QString fingerprint = disputeFingerprint(memberKeys);
        decided.bind(fingerprint);
        const bool known = decided.next();
        const bool failed = decided.failed();
        decided.reset();
        if (failed)
            return decided.failure(tr("reading the disputes"));
        if (known)
            continue;
        const QDateTime created = suggested.createdAt.isValid() ? suggested.createdAt : QDateTime::currentDateTimeUtc();
        ins.bind(suggested.title).bind(DisputeSuggested).bind(suggested.reasons.join(u'\n'));
        ins.bind(originName(Origin::Extractor)).bind(suggested.note).bind(fingerprint);
        ins.bind(created.toUTC().toString(Qt::ISODate));
        if (!ins.run())
            return ins.failure(tr("saving a dispute"));
        const qint64 disputeId = sqlite3_last_insert_rowid(m_db);
        for (qsizetype i = 0; i < positions.size(); ++i) {
            pos.bind(disputeId).bind(positions[i].side).bind(qint64(i));
            if (!pos.run())
                return pos.failure(tr("saving a dispute's positions"));
            const qint64 positionId = sqlite3_last_insert_rowid(m_db);
            for (const qint64 claim : std::as_const(positions[i].claimIds))
                links.append({positionId, claim});
        }
        if (Status st = insertRows(u"INSERT OR IGNORE INTO position_claims (position_id, claim_id)"_s, 2, links.size(),
                                   [&](Statement &q, qsizetype i) { q.bind(links[i].first).bind(links[i].second); },
                                   tr("saving a dispute's claims"));
            !st)
            return st;
        links.clear();
    }
    return Ok{};
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
         m_documentsBefore, m_batch.documents},
        {u"claims_fts"_s, u"INSERT INTO claims_fts(rowid, source_text, text) SELECT id, source_text, text FROM claims WHERE id > ?"_s,
         m_claimsBefore, m_batch.claims},
        {u"actors_fts"_s, u"INSERT INTO actors_fts(rowid, name) SELECT id, name FROM actors WHERE id > ?"_s, m_actorsBefore,
         m_batch.actors},
    };
    const QString doing = tr("indexing the articles for search");
    for (const Index &index : indexes) {
        if (index.rows == 0)
            continue;
        // FTS5 writes the batch's terms as new segments, and after each one merges older
        // segments (automerge): for an import of many batches, most of the indexing time,
        // spent on segments the next batches merge again. Automerge is off while the
        // batch is indexed (the segments are written when the statement ends) and back
        // to the table's setting before the commit, so every committed file keeps it; the
        // number of segments stays bounded (crisismerge) and later writes merge as usual.
        const QString &table = index.table;
        Statement &setting = statement(u"SELECT v FROM %1_config WHERE k = 'automerge'"_s.arg(table));
        const qint64 automerge = setting.next() ? setting.int64(0) : FtsDefaultAutomerge;
        setting.reset();
        Statement &off = statement(u"INSERT INTO %1(%1, rank) VALUES ('automerge', 0)"_s.arg(table));
        if (!off.run())
            return off.failure(doing);
        Statement &q = statement(index.sql);
        q.bind(index.after);
        const bool indexed = q.run();
        Statement &back = statement(u"INSERT INTO %1(%1, rank) VALUES ('automerge', ?)"_s.arg(table));
        back.bind(automerge);
        if (!indexed)
            return q.failure(doing);
        // Only this batch wrote while it held the lock; anything else would be a bug here.
        if (sqlite3_changes64(m_db) != index.rows)
            return Error{tr("Failed while %1: the rows written and the rows indexed differ.").arg(doing)};
        if (!back.run())
            return back.failure(doing);
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
    if (m_replay) {
        if (Status s = replayTriggers(); !s) {
            rollback();
            return s;
        }
        setTriggers(true);
    }
    Statement &end = statement(u"COMMIT"_s);
    if (!end.run()) {
        const Error e = end.failure(tr("saving the articles"));
        rollback();
        return e;
    }
    m_inBatch = false;
    m_pending = 0;
    m_project.notifyExternalChange();
    emit m_project.disputesChanged();
    return Ok{};
}

void BulkWriter::rollback()
{
    if (m_inBatch) {
        statement(u"ROLLBACK"_s).run();
        m_inBatch = false;
        m_pending = 0;
    }
    setTriggers(true);
}

} // namespace factline::store
