// SPDX-License-Identifier: MIT
#include "migrations.h"

#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace factline::store {
namespace {

using namespace Qt::StringLiterals;

// Version 1: documents, actors, claims and everything extraction and annotation fill.
const QStringList &schemaVersion1()
{
    static const QStringList sql = {
        uR"(CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL))"_s,
        uR"(CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '', outlet TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '', url TEXT NOT NULL DEFAULT '',
            published TEXT, language TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL, length INTEGER NOT NULL,
            checksum TEXT NOT NULL UNIQUE,
            source_path TEXT NOT NULL DEFAULT '', format TEXT NOT NULL DEFAULT 'text',
            imported_at TEXT NOT NULL))"_s,
        uR"(CREATE TABLE actors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT 'unknown',
            affiliation TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE TABLE actor_aliases (
            actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            alias TEXT NOT NULL,
            PRIMARY KEY (actor_id, alias)))"_s,
        uR"(CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            actor_id INTEGER REFERENCES actors(id) ON DELETE SET NULL,
            source_start INTEGER, source_end INTEGER,
            cue_start INTEGER, cue_end INTEGER,
            source_text TEXT NOT NULL DEFAULT '', cue_text TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'indirect',
            said_date TEXT,
            origin TEXT NOT NULL DEFAULT 'extractor',
            confidence REAL NOT NULL DEFAULT 0,
            review_state TEXT NOT NULL DEFAULT 'unreviewed'))"_s,
        uR"(CREATE INDEX claims_by_document ON claims(document_id))"_s,
        uR"(CREATE INDEX claims_by_actor ON claims(actor_id))"_s,
        uR"(CREATE TABLE claim_spans (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            PRIMARY KEY (claim_id, ordinal)))"_s,
        uR"(CREATE TABLE timexes (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            type TEXT NOT NULL, value TEXT NOT NULL DEFAULT '',
            relative INTEGER NOT NULL DEFAULT 0, resolved INTEGER NOT NULL DEFAULT 1,
            explanation TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT 'extractor'))"_s,
        uR"(CREATE INDEX timexes_by_document ON timexes(document_id))"_s,
        uR"(CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            document_id INTEGER REFERENCES documents(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            date_value TEXT NOT NULL DEFAULT '',
            date_start TEXT, date_end TEXT,
            granularity TEXT NOT NULL DEFAULT 'day',
            anchor_start INTEGER, anchor_end INTEGER, anchor_text TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT 'extractor',
            confidence REAL NOT NULL DEFAULT 0))"_s,
        uR"(CREATE INDEX events_by_start ON events(date_start))"_s,
        uR"(CREATE TABLE event_actors (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            PRIMARY KEY (event_id, actor_id)))"_s,
        uR"(CREATE TABLE event_claims (
            event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            PRIMARY KEY (event_id, claim_id)))"_s,
        uR"(CREATE TABLE quantities (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
            claim_id INTEGER REFERENCES claims(id) ON DELETE SET NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
            value REAL NOT NULL, unit TEXT NOT NULL DEFAULT '', qualifier TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE TABLE disputes (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'suggested',
            reasons TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT 'extractor',
            note TEXT NOT NULL DEFAULT ''))"_s,
        uR"(CREATE TABLE dispute_positions (
            id INTEGER PRIMARY KEY,
            dispute_id INTEGER NOT NULL REFERENCES disputes(id) ON DELETE CASCADE,
            side TEXT NOT NULL, ordinal INTEGER NOT NULL DEFAULT 0))"_s,
        uR"(CREATE TABLE position_claims (
            position_id INTEGER NOT NULL REFERENCES dispute_positions(id) ON DELETE CASCADE,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            PRIMARY KEY (position_id, claim_id)))"_s,
        uR"(CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            verdict TEXT NOT NULL DEFAULT 'not-checked',
            note TEXT NOT NULL DEFAULT '',
            evidence_url TEXT NOT NULL DEFAULT '', evidence_title TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL))"_s,
        uR"(CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE))"_s,
        uR"(CREATE TABLE claim_tags (
            claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
            tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (claim_id, tag_id)))"_s,
    };
    return sql;
}

// Version 2: full-text search (FTS5) over documents and claims, kept in step by
// triggers, and filled from the rows a version-1 file already has.
const QStringList &schemaVersion2()
{
    static const QStringList sql = {
        uR"(CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, text, content='documents', content_rowid='id', tokenize='unicode61'))"_s,
        uR"(CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END)"_s,
        uR"(CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text); END)"_s,
        uR"(CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text)
            VALUES ('delete', old.id, old.title, old.text);
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text); END)"_s,
        uR"(CREATE VIRTUAL TABLE claims_fts USING fts5(
            source_text, text, content='claims', content_rowid='id', tokenize='unicode61'))"_s,
        uR"(CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
            INSERT INTO claims_fts(rowid, source_text, text) VALUES (new.id, new.source_text, new.text); END)"_s,
        uR"(CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
            INSERT INTO claims_fts(claims_fts, rowid, source_text, text)
            VALUES ('delete', old.id, old.source_text, old.text); END)"_s,
        uR"(CREATE TRIGGER claims_fts_update AFTER UPDATE OF source_text, text ON claims BEGIN
            INSERT INTO claims_fts(claims_fts, rowid, source_text, text)
            VALUES ('delete', old.id, old.source_text, old.text);
            INSERT INTO claims_fts(rowid, source_text, text) VALUES (new.id, new.source_text, new.text); END)"_s,
        uR"(INSERT INTO documents_fts(documents_fts) VALUES ('rebuild'))"_s,
        uR"(INSERT INTO claims_fts(claims_fts) VALUES ('rebuild'))"_s,
    };
    return sql;
}

Status runAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return sqlFailure(q.lastError(), QCoreApplication::translate("factline", "updating the project's format"));
    }
    return Ok{};
}

// A full-text index over one text column of `table` (FTS5 with external content): the
// virtual table, the triggers that keep it in step, and a rebuild from the rows there are.
QStringList ftsIndex(const QString &table, const QString &column)
{
    const QString fts = table + u"_fts"_s;
    return {
        u"CREATE VIRTUAL TABLE %1 USING fts5(%2, content='%3', content_rowid='id', tokenize='unicode61')"_s.arg(
            fts, column, table),
        u"CREATE TRIGGER %1_insert AFTER INSERT ON %3 BEGIN "
        "INSERT INTO %1(rowid, %2) VALUES (new.id, new.%2); END"_s.arg(fts, column, table),
        u"CREATE TRIGGER %1_delete AFTER DELETE ON %3 BEGIN "
        "INSERT INTO %1(%1, rowid, %2) VALUES ('delete', old.id, old.%2); END"_s.arg(fts, column, table),
        u"CREATE TRIGGER %1_update AFTER UPDATE OF %2 ON %3 BEGIN "
        "INSERT INTO %1(%1, rowid, %2) VALUES ('delete', old.id, old.%2); "
        "INSERT INTO %1(rowid, %2) VALUES (new.id, new.%2); END"_s.arg(fts, column, table),
        u"INSERT INTO %1(%1) VALUES ('rebuild')"_s.arg(fts),
    };
}

// Version 3: annotations for fact-checking and disputes that remember what the user
// decided. One annotation per claim (verdict, note, author, times), any number of
// evidence links per claim, notes on events, a fingerprint per dispute so that a
// suggestion the user rejected stays rejected when extraction runs again, full-text
// search over notes and source names, the undo history (undolog.cpp) and the timeline's cache
// (timelinestore.cpp).
const QStringList &schemaVersion3()
{
    static const QStringList sql = [] {
        QStringList s = {
            uR"(ALTER TABLE events ADD COLUMN note TEXT NOT NULL DEFAULT '')"_s,
            uR"(ALTER TABLE disputes ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '')"_s,
            uR"(ALTER TABLE disputes ADD COLUMN created_at TEXT NOT NULL DEFAULT '')"_s,
            uR"(CREATE INDEX disputes_by_fingerprint ON disputes(fingerprint))"_s,
            uR"(CREATE INDEX position_claims_by_claim ON position_claims(claim_id))"_s,
            uR"(ALTER TABLE annotations ADD COLUMN updated_at TEXT NOT NULL DEFAULT '')"_s,
            uR"(DELETE FROM annotations WHERE id NOT IN (SELECT MAX(id) FROM annotations GROUP BY claim_id))"_s,
            uR"(CREATE UNIQUE INDEX annotations_by_claim ON annotations(claim_id))"_s,
            uR"(CREATE TABLE evidence (
                id INTEGER PRIMARY KEY,
                claim_id INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL DEFAULT 0,
                url TEXT NOT NULL, title TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE INDEX evidence_by_claim ON evidence(claim_id))"_s,
            uR"(INSERT INTO evidence(claim_id, ordinal, url, title)
                SELECT claim_id, 0, evidence_url, evidence_title FROM annotations WHERE evidence_url <> '')"_s,
            uR"(CREATE INDEX claim_tags_by_tag ON claim_tags(tag_id))"_s,
            // The undo history (undolog.cpp): steps, and per step the SQL that undoes or
            // redoes each change it made.
            uR"(CREATE TABLE undo_steps (
                id INTEGER PRIMARY KEY, text TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 1,
                created_at TEXT NOT NULL DEFAULT ''))"_s,
            uR"(CREATE TABLE undo_entries (
                id INTEGER PRIMARY KEY,
                step_id INTEGER NOT NULL REFERENCES undo_steps(id) ON DELETE CASCADE,
                direction INTEGER NOT NULL, table_name TEXT NOT NULL, statement TEXT NOT NULL))"_s,
            uR"(CREATE INDEX undo_entries_by_step ON undo_entries(step_id, direction))"_s,
        };
        s += ftsIndex(u"annotations"_s, u"note"_s);
        // Source names, so that a search for "Blinken" finds the claims he made as "he".
        s += ftsIndex(u"actors"_s, u"name"_s);
        s += timelineCacheSchema();
        return s;
    }();
    return sql;
}

// Version 4: an index on each column a foreign key points from that had none. Deleting a
// dispute, claim, document or source finds the rows that go with it (ON DELETE) through
// them instead of reading the whole child table once per deleted row.
const QStringList &schemaVersion4()
{
    static const QStringList sql = {
        uR"(CREATE INDEX dispute_positions_by_dispute ON dispute_positions(dispute_id))"_s,
        uR"(CREATE INDEX quantities_by_document ON quantities(document_id))"_s,
        uR"(CREATE INDEX quantities_by_claim ON quantities(claim_id))"_s,
        uR"(CREATE INDEX events_by_document ON events(document_id))"_s,
        uR"(CREATE INDEX event_claims_by_claim ON event_claims(claim_id))"_s,
        uR"(CREATE INDEX event_actors_by_actor ON event_actors(actor_id))"_s,
    };
    return sql;
}

} // namespace

Result<int> storedSchemaVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
        return sqlFailure(q.lastError(), QCoreApplication::translate("factline", "reading the project"));
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    if (tables.isEmpty())
        return 0;
    if (!tables.contains(u"meta"_s))
        return Error{QCoreApplication::translate(
            "factline", "The file is an SQLite database but not a Factline project. "
                        "Choose a .factline file, or create a new project.")};
    if (!q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) || !q.next())
        return Error{QCoreApplication::translate(
            "factline", "The project file has no format version; it may be damaged. Open a backup copy.")};
    bool ok = false;
    const int version = q.value(0).toString().toInt(&ok);
    if (!ok || version < 1)
        return Error{QCoreApplication::translate(
            "factline", "The project file's format version is unreadable; it may be damaged.")};
    return version;
}

Status migrate(QSqlDatabase &db, int from, int to)
{
    if (from >= to)
        return Ok{};
    if (!db.transaction())
        return sqlFailure(db.lastError(), QCoreApplication::translate("factline", "starting to update the project"));
    auto fail = [&db](const Status &status) {
        db.rollback();
        return status;
    };
    if (from < 1 && to >= 1) {
        if (Status s = runAll(db, schemaVersion1()); !s)
            return fail(s);
    }
    if (from < 2 && to >= 2) {
        if (Status s = runAll(db, schemaVersion2()); !s)
            return fail(s);
    }
    if (from < 3 && to >= 3) {
        if (Status s = runAll(db, schemaVersion3()); !s)
            return fail(s);
    }
    if (from < 4 && to >= 4) {
        if (Status s = runAll(db, schemaVersion4()); !s)
            return fail(s);
    }
    QSqlQuery q(db);
    q.prepare(u"INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)"_s);
    q.addBindValue(QString::number(to));
    if (!q.exec())
        return fail(sqlFailure(q.lastError(), QCoreApplication::translate("factline", "recording the format version")));
    if (!db.commit())
        return fail(sqlFailure(db.lastError(), QCoreApplication::translate("factline", "saving the updated project")));
    return Ok{};
}

} // namespace factline::store
