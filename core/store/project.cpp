// SPDX-License-Identifier: MIT
#include "project.h"

#include "disputes.h"
#include "migrations.h"
#include "sqlerror.h"
#include "statement.h"
#include "text/offsets.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#if FACTLINE_HAVE_OPENSSL
#include <openssl/evp.h>
#endif

namespace factline {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline", s);
}

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant spanPart(qint64 v)
{
    return v >= 0 ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}

CodePointSpan spanFrom(const QVariant &s, const QVariant &e)
{
    if (s.isNull() || e.isNull())
        return {};
    return {s.toLongLong(), e.toLongLong()};
}

// Checks the first bytes of an existing file, so that a file that is not a database
// is refused with a clear sentence before SQLite gets to it.
Status checkHeader(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2. Check the file's permissions.").arg(path, f.errorString())};
    if (f.size() == 0)
        return Ok{};
    const QByteArray head = f.read(16);
    if (head != QByteArray("SQLite format 3\0", 16))
        return Error{tr("%1 is not a Factline project: it is not an SQLite database. "
                        "To add an article, use Import instead.")
                         .arg(QDir::toNativeSeparators(path))};
    return Ok{};
}

class Query
{
public:
    Query(QSqlDatabase &db, const QString &sql) : m_q(db)
    {
        m_q.setForwardOnly(true); // rows are read once, in order: Qt need not keep a copy of each
        m_prepared = m_q.prepare(sql);
    }
    // Values bind in order; after exec() the next bind starts again at the first
    // placeholder, so one prepared statement serves every row of a loop.
    Query &bind(const QVariant &v)
    {
        m_q.bindValue(m_next++, v);
        return *this;
    }
    // Text columns are NOT NULL: an unset string is stored as "" (u""_s is empty, not null).
    Query &bind(const QString &s)
    {
        return bind(QVariant(s.isNull() ? u""_s : s));
    }
    bool exec()
    {
        m_next = 0;
        return m_prepared && m_q.exec();
    }
    QSqlQuery &q() { return m_q; }
    QSqlError error() const { return m_q.lastError(); }

private:
    QSqlQuery m_q;
    bool m_prepared = false;
    int m_next = 0;
};

} // namespace

QString originName(Origin origin)
{
    return origin == Origin::Person ? u"person"_s : u"extractor"_s;
}

Origin originFromName(const QString &name)
{
    return name == u"person"_s ? Origin::Person : Origin::Extractor;
}

Project::Project(QString path, QString connection)
    : m_path(std::move(path)), m_connection(std::move(connection))
{
}

Project::~Project()
{
    m_statements.reset();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Result<std::unique_ptr<Project>> Project::open(const QString &path, OpenMode mode, int busyTimeoutMs)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    const bool exists = info.exists();
    if (exists && info.isDir())
        return Error{tr("%1 is a folder, not a project file.").arg(shown)};
    if (!exists && mode == OpenMode::OpenExisting)
        return Error{tr("There is no project file at %1. Check the path, or create a new project.").arg(shown)};
    if (!exists) {
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists())
            return Error{tr("Cannot create %1: the folder %2 does not exist.")
                             .arg(shown, QDir::toNativeSeparators(dir.filePath()))};
        if (!dir.isWritable())
            return Error{tr("Cannot create %1: the folder is read-only. Choose a folder you can write to.").arg(shown)};
    } else if (Status s = checkHeader(path); !s) {
        return s.error();
    }

    const QString connection = u"factline-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Project> project(new Project(info.absoluteFilePath(), connection));
    project->m_readOnly = exists && !info.isWritable();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
    db.setDatabaseName(info.absoluteFilePath());
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs);
    if (project->m_readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(options);
    project->m_db = db;
    if (!db.open())
        return store::sqlFailure(db.lastError(), tr("opening %1").arg(shown));

    QSqlQuery q(db);
    q.exec(u"PRAGMA foreign_keys = ON"_s);
    const Result<int> version = store::storedSchemaVersion(db);
    if (!version)
        return Error{tr("Cannot open %1. %2").arg(shown, version.errorMessage())};
    if (*version > store::CurrentSchemaVersion)
        return Error{tr("%1 was saved by a newer version of Factline (project format %2; this version reads up "
                        "to %3). Open it with a newer Factline; the file was not changed.")
                         .arg(shown)
                         .arg(*version)
                         .arg(store::CurrentSchemaVersion)};
    if (*version < store::CurrentSchemaVersion) {
        if (project->m_readOnly)
            return Error{tr("%1 is read-only and uses an older project format, which must be updated before it can "
                            "be opened. Copy it to a folder you can write to.")
                             .arg(shown)};
        // A new file's pages are 8 KB (SQLite's default is 4 KB): most articles then fit on one
        // page with no overflow chain, and an import reads and writes its pages with half as
        // many system calls (10,000 articles: 115,000 instead of 224,000 pread/pwrite; some
        // 10% less system time, the instructions about the same). Only an empty file takes
        // it, before WAL is switched on; a file made with 4 KB pages keeps them.
        if (*version == 0) // refused, the file keeps 4 KB pages and works the same
            q.exec(u"PRAGMA page_size = %1"_s.arg(store::NewFilePageSize));
        if (!q.exec(u"PRAGMA journal_mode = WAL"_s))
            return store::sqlFailure(q.lastError(), tr("opening %1").arg(shown));
        q.finish(); // the pragma returns a row; an open statement would block the migration's commit
        if (Status s = store::migrate(db, *version); !s)
            return Error{tr("Cannot open %1. %2").arg(shown, s.errorMessage())};
    } else if (!project->m_readOnly) {
        q.exec(u"PRAGMA journal_mode = WAL"_s);
        q.finish();
    }
    // With WAL, NORMAL keeps the file consistent through a crash (a power cut may lose the
    // last transaction, never corrupt); FULL would sync the disk on every commit.
    if (!project->m_readOnly)
        q.exec(u"PRAGMA synchronous = NORMAL"_s);
    return project;
}

store::StatementCache &Project::statements()
{
    if (!m_statements)
        m_statements = std::make_unique<store::StatementCache>(store::sqliteHandle(m_db));
    return *m_statements;
}

// The SHA-256 of the text's UTF-8, in hex. OpenSSL's SHA-256 uses the processor's SHA
// instructions where there are some: Qt 6.4's own is portable C, and took 8% of an import's
// instructions (every article is hashed, on the workers). Both give the same digest.
QString Project::checksum(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
#if FACTLINE_HAVE_OPENSSL
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int size = 0;
    if (EVP_Digest(utf8.constData(), size_t(utf8.size()), digest, &size, EVP_sha256(), nullptr) == 1)
        return QString::fromLatin1(QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(size)).toHex());
#endif
    return QString::fromLatin1(QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex());
}

Result<Project::Added> Project::addDocument(DocumentRecord doc)
{
    doc.length = codePointLength(doc.text);
    doc.checksum = checksum(doc.text);
    Query find(m_db, u"SELECT id FROM documents WHERE checksum = ?"_s);
    find.bind(doc.checksum);
    if (!find.exec())
        return store::sqlFailure(find.error(), tr("looking for the document"));
    if (find.q().next())
        return Added{find.q().value(0).toLongLong(), true};

    if (!doc.importedAt.isValid())
        doc.importedAt = QDateTime::currentDateTimeUtc();
    Query ins(m_db, uR"(INSERT INTO documents (title, outlet, author, url, published, language, text, length,
                            checksum, source_path, format, imported_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    ins.bind(doc.meta.title).bind(doc.meta.outlet).bind(doc.meta.author).bind(doc.meta.url);
    ins.bind(dateValue(doc.meta.published)).bind(doc.meta.language).bind(doc.text).bind(doc.length);
    ins.bind(doc.checksum).bind(doc.sourcePath).bind(doc.format.isEmpty() ? u"text"_s : doc.format);
    ins.bind(doc.importedAt.toString(Qt::ISODate));
    if (!ins.exec())
        return store::sqlFailure(ins.error(), tr("adding the document"));
    const qint64 id = ins.q().lastInsertId().toLongLong();
    emit documentsChanged();
    return Added{id, false};
}

namespace {

DocumentRecord readDocument(QSqlQuery &q, bool withText)
{
    DocumentRecord d;
    d.id = q.value(0).toLongLong();
    d.meta.title = q.value(1).toString();
    d.meta.outlet = q.value(2).toString();
    d.meta.author = q.value(3).toString();
    d.meta.url = q.value(4).toString();
    d.meta.published = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    d.meta.language = q.value(6).toString();
    d.length = q.value(7).toLongLong();
    d.checksum = q.value(8).toString();
    d.sourcePath = q.value(9).toString();
    d.format = q.value(10).toString();
    d.importedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    d.claimCount = q.value(12).toInt();
    d.eventCount = q.value(13).toInt();
    if (withText)
        d.text = q.value(14).toString();
    return d;
}

const QString DocumentColumns = uR"(d.id, d.title, d.outlet, d.author, d.url, d.published, d.language,
    d.length, d.checksum, d.source_path, d.format, d.imported_at,
    (SELECT count(*) FROM claims c WHERE c.document_id = d.id),
    (SELECT count(*) FROM events e WHERE e.document_id = d.id))"_s;

} // namespace

Result<QList<DocumentRecord>> Project::documents() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT "_s + DocumentColumns + u" FROM documents d ORDER BY d.published, d.id"_s))
        return store::sqlFailure(q.lastError(), tr("reading the documents"));
    QList<DocumentRecord> out;
    while (q.next())
        out.append(readDocument(q, false));
    return out;
}

Result<DocumentRecord> Project::document(qint64 id) const
{
    Query q(const_cast<QSqlDatabase &>(m_db),
            u"SELECT "_s + DocumentColumns + u", d.text FROM documents d WHERE d.id = ?"_s);
    q.bind(id);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("reading the document"));
    if (!q.q().next())
        return Error{tr("There is no document %1 in this project.").arg(id)};
    return readDocument(q.q(), true);
}

Status Project::updateDocumentMeta(qint64 id, const DocumentMeta &meta)
{
    Query q(m_db, u"UPDATE documents SET title = ?, outlet = ?, author = ?, url = ?, published = ?, language = ? "
                  u"WHERE id = ?"_s);
    q.bind(meta.title).bind(meta.outlet).bind(meta.author).bind(meta.url).bind(dateValue(meta.published));
    q.bind(meta.language).bind(id);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("saving the document's details"));
    emit documentsChanged();
    return Ok{};
}

Status Project::removeDocument(qint64 id)
{
    Query q(m_db, u"DELETE FROM documents WHERE id = ?"_s);
    q.bind(id);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("removing the document"));
    emit documentsChanged();
    return Ok{};
}

Result<qint64> Project::actorId(const ActorRecord &actor)
{
    Query find(m_db, u"SELECT id FROM actors WHERE name = ?"_s);
    find.bind(actor.name);
    if (!find.exec())
        return store::sqlFailure(find.error(), tr("reading the sources"));
    qint64 id = 0;
    if (find.q().next()) {
        id = find.q().value(0).toLongLong();
    } else {
        Query ins(m_db, u"INSERT INTO actors (name, kind, affiliation) VALUES (?, ?, ?)"_s);
        ins.bind(actor.name).bind(actor.kind.isEmpty() ? u"unknown"_s : actor.kind).bind(actor.affiliation);
        if (!ins.exec())
            return store::sqlFailure(ins.error(), tr("adding a source"));
        id = ins.q().lastInsertId().toLongLong();
    }
    for (const QString &alias : actor.aliases) {
        if (alias == actor.name)
            continue;
        Query a(m_db, u"INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)"_s);
        a.bind(id).bind(alias);
        if (!a.exec())
            return store::sqlFailure(a.error(), tr("adding a source's other name"));
    }
    return id;
}

Status Project::storeExtraction(qint64 documentId, const ExtractionRecords &records)
{
    if (!m_db.transaction())
        return store::sqlFailure(m_db.lastError(), tr("saving what was extracted"));
    auto fail = [this](const Error &e) -> Status {
        m_db.rollback();
        return e;
    };
    // Disputes a person decided on keep their claims across the run (store/disputes.h).
    Result<store::KeptDisputeLinks> keptDisputes = store::detachDisputes(m_db, documentId);
    if (!keptDisputes)
        return fail(keptDisputes.error());
    // Rows a person made, or reviewed, survive a new extraction run.
    static const QStringList replaced = {
        u"DELETE FROM quantities WHERE document_id = ?"_s,
        u"DELETE FROM events WHERE document_id = ? AND origin = 'extractor'"_s,
        u"DELETE FROM timexes WHERE document_id = ? AND origin = 'extractor'"_s,
        u"DELETE FROM claims WHERE document_id = ? AND origin = 'extractor' AND review_state = 'unreviewed'"_s,
    };
    for (const QString &sql : replaced) {
        Query del(m_db, sql);
        del.bind(documentId);
        if (!del.exec())
            return fail(store::sqlFailure(del.error(), tr("replacing earlier extraction results")));
    }
    QHash<QString, qint64> actorIds;
    for (const ActorRecord &a : records.actors) {
        Result<qint64> id = actorId(a);
        if (!id)
            return fail(id.error());
        actorIds.insert(a.name, *id);
    }
    QList<qint64> claimIds;
    Query q(m_db, uR"(INSERT INTO claims (document_id, actor_id, source_start, source_end, cue_start, cue_end,
                          source_text, cue_text, text, kind, said_date, origin, confidence, review_state)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unreviewed'))"_s);
    Query s(m_db, uR"(INSERT INTO claim_spans (claim_id, ordinal, start, "end") VALUES (?, ?, ?, ?))"_s);
    for (const ClaimRecord &c : records.claims) {
        const qint64 actor = actorIds.value(c.actorName, 0);
        q.bind(documentId).bind(actor ? QVariant(actor) : QVariant(QMetaType(QMetaType::LongLong)));
        q.bind(spanPart(c.source.start)).bind(spanPart(c.source.end)).bind(spanPart(c.cue.start));
        q.bind(spanPart(c.cue.end)).bind(c.sourceText).bind(c.cueText).bind(c.text).bind(c.kind);
        q.bind(dateValue(c.saidDate)).bind(originName(c.origin)).bind(c.confidence);
        if (!q.exec())
            return fail(store::sqlFailure(q.error(), tr("saving a claim")));
        const qint64 id = q.q().lastInsertId().toLongLong();
        claimIds.append(id);
        for (qsizetype i = 0; i < c.content.size(); ++i) {
            s.bind(id).bind(i).bind(c.content[i].start).bind(c.content[i].end);
            if (!s.exec())
                return fail(store::sqlFailure(s.error(), tr("saving a claim's words")));
        }
    }
    Query t_(m_db, uR"(INSERT INTO timexes (document_id, start, "end", text, type, value, relative, resolved,
                           explanation, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    for (const TimexRecord &t : records.timexes) {
        Query &q = t_;
        q.bind(documentId).bind(t.span.start).bind(t.span.end).bind(t.text).bind(t.type).bind(t.value);
        q.bind(t.relative ? 1 : 0).bind(t.resolved ? 1 : 0).bind(t.explanation).bind(originName(t.origin));
        if (!q.exec())
            return fail(store::sqlFailure(q.error(), tr("saving a date")));
    }
    Query e_(m_db, uR"(INSERT INTO events (document_id, title, date_value, date_start, date_end, granularity,
                           anchor_start, anchor_end, anchor_text, origin, confidence)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    Query a(m_db, u"INSERT OR IGNORE INTO event_actors (event_id, actor_id) VALUES (?, ?)"_s);
    for (const EventRecord &e : records.events) {
        Query &q = e_;
        q.bind(documentId).bind(e.title).bind(e.dateValue).bind(dateValue(e.dateStart)).bind(dateValue(e.dateEnd));
        q.bind(e.granularity).bind(spanPart(e.anchor.start)).bind(spanPart(e.anchor.end)).bind(e.anchorText);
        q.bind(originName(e.origin)).bind(e.confidence);
        if (!q.exec())
            return fail(store::sqlFailure(q.error(), tr("saving an event")));
        const qint64 eventId = q.q().lastInsertId().toLongLong();
        for (const QString &name : e.actors) {
            if (!actorIds.contains(name))
                continue;
            a.bind(eventId).bind(actorIds.value(name));
            if (!a.exec())
                return fail(store::sqlFailure(a.error(), tr("saving an event's actors")));
        }
    }
    if (Status d = store::storeSuggestedDisputes(m_db, documentId, records, claimIds, *keptDisputes); !d)
        return fail(d.error());
    Query n_(m_db, uR"(INSERT INTO quantities (document_id, claim_id, start, "end", text, value, unit, qualifier)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?))"_s);
    for (const QuantityRecord &n : records.quantities) {
        Query &q = n_;
        const bool inClaim = n.claimId >= 0 && n.claimId < claimIds.size();
        q.bind(documentId).bind(inClaim ? QVariant(claimIds[n.claimId]) : QVariant(QMetaType(QMetaType::LongLong)));
        q.bind(n.span.start).bind(n.span.end).bind(n.text).bind(n.value).bind(n.unit).bind(n.qualifier);
        if (!q.exec())
            return fail(store::sqlFailure(q.error(), tr("saving a number")));
    }
    if (!m_db.commit())
        return fail(store::sqlFailure(m_db.lastError(), tr("saving what was extracted")));
    emit extractionChanged(documentId);
    emit disputesChanged();
    return Ok{};
}

Result<QList<ActorRecord>> Project::actors() const
{
    QSqlQuery q(m_db);
    if (!q.exec(uR"(SELECT a.id, a.name, a.kind, a.affiliation,
                       (SELECT count(*) FROM claims c WHERE c.actor_id = a.id),
                       (SELECT group_concat(alias, char(31)) FROM actor_aliases x WHERE x.actor_id = a.id)
                    FROM actors a ORDER BY a.name)"_s))
        return store::sqlFailure(q.lastError(), tr("reading the sources"));
    QList<ActorRecord> out;
    while (q.next()) {
        ActorRecord a;
        a.id = q.value(0).toLongLong();
        a.name = q.value(1).toString();
        a.kind = q.value(2).toString();
        a.affiliation = q.value(3).toString();
        a.claimCount = q.value(4).toInt();
        const QString aliases = q.value(5).toString();
        if (!aliases.isEmpty())
            a.aliases = aliases.split(QChar(31));
        out.append(a);
    }
    return out;
}


Result<QList<TimexRecord>> Project::timexes(qint64 documentId) const
{
    Query q(const_cast<QSqlDatabase &>(m_db),
            uR"(SELECT id, document_id, start, "end", text, type, value, relative, resolved, explanation, origin
                FROM timexes WHERE ? = 0 OR document_id = ? ORDER BY document_id, start)"_s);
    q.bind(documentId).bind(documentId);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("reading the dates"));
    QList<TimexRecord> out;
    QSqlQuery &r = q.q();
    while (r.next()) {
        TimexRecord t;
        t.id = r.value(0).toLongLong();
        t.documentId = r.value(1).toLongLong();
        t.span = {r.value(2).toLongLong(), r.value(3).toLongLong()};
        t.text = r.value(4).toString();
        t.type = r.value(5).toString();
        t.value = r.value(6).toString();
        t.relative = r.value(7).toBool();
        t.resolved = r.value(8).toBool();
        t.explanation = r.value(9).toString();
        t.origin = originFromName(r.value(10).toString());
        out.append(t);
    }
    return out;
}

Result<QList<QuantityRecord>> Project::quantities(qint64 documentId) const
{
    Query q(const_cast<QSqlDatabase &>(m_db),
            uR"(SELECT id, document_id, claim_id, start, "end", text, value, unit, qualifier
                FROM quantities WHERE ? = 0 OR document_id = ? ORDER BY document_id, start)"_s);
    q.bind(documentId).bind(documentId);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("reading the numbers"));
    QList<QuantityRecord> out;
    QSqlQuery &r = q.q();
    while (r.next()) {
        QuantityRecord n;
        n.id = r.value(0).toLongLong();
        n.documentId = r.value(1).toLongLong();
        n.claimId = r.value(2).toLongLong();
        n.span = {r.value(3).toLongLong(), r.value(4).toLongLong()};
        n.text = r.value(5).toString();
        n.value = r.value(6).toDouble();
        n.unit = r.value(7).toString();
        n.qualifier = r.value(8).toString();
        out.append(n);
    }
    return out;
}

namespace {

Result<QList<qint64>> search(QSqlDatabase &db, const QString &sql, const QString &query)
{
    if (query.trimmed().isEmpty())
        return QList<qint64>{};
    Query q(db, sql);
    q.bind(query);
    if (!q.exec())
        return Error{tr("The search “%1” could not be understood. Use words, \"a phrase\" in quotes, or a "
                        "prefix followed by *.")
                         .arg(query)};
    QList<qint64> ids;
    while (q.q().next())
        ids.append(q.q().value(0).toLongLong());
    return ids;
}

} // namespace

Result<QList<qint64>> Project::searchDocuments(const QString &query) const
{
    return search(const_cast<QSqlDatabase &>(m_db),
                  u"SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? ORDER BY rank"_s, query);
}

Result<QList<qint64>> Project::searchClaims(const QString &query) const
{
    return search(const_cast<QSqlDatabase &>(m_db),
                  u"SELECT rowid FROM claims_fts WHERE claims_fts MATCH ? ORDER BY rank"_s, query);
}

} // namespace factline

// ---------------------------------------------------------------------------------------
// Filtered reads and a person's edits. (This belongs in its own edits.cpp once
// core/CMakeLists.txt lists one; it shares the Query helper above.)

namespace factline {
namespace {

const QString ClaimColumns = uR"(c.id, c.document_id, c.actor_id, a.name, c.source_start, c.source_end,
       c.cue_start, c.cue_end, c.source_text, c.cue_text, c.text, c.kind, c.said_date, c.origin, c.confidence,
       c.review_state,
       (SELECT group_concat(s.start || ':' || s."end", ',') FROM
           (SELECT start, "end" FROM claim_spans WHERE claim_id = c.id ORDER BY ordinal) s)
    FROM claims c LEFT JOIN actors a ON a.id = c.actor_id)"_s;

ClaimRecord readClaim(QSqlQuery &r)
{
    ClaimRecord c;
    c.id = r.value(0).toLongLong();
    c.documentId = r.value(1).toLongLong();
    c.actorId = r.value(2).toLongLong();
    c.actorName = r.value(3).toString();
    c.source = spanFrom(r.value(4), r.value(5));
    c.cue = spanFrom(r.value(6), r.value(7));
    c.sourceText = r.value(8).toString();
    c.cueText = r.value(9).toString();
    c.text = r.value(10).toString();
    c.kind = r.value(11).toString();
    c.saidDate = QDate::fromString(r.value(12).toString(), Qt::ISODate);
    c.origin = originFromName(r.value(13).toString());
    c.confidence = r.value(14).toDouble();
    c.reviewState = r.value(15).toString();
    const QStringList spans = r.value(16).toString().split(u',', Qt::SkipEmptyParts);
    for (const QString &s : spans) {
        const qsizetype colon = s.indexOf(u':');
        c.content.append({s.left(colon).toLongLong(), s.mid(colon + 1).toLongLong()});
    }
    return c;
}

const QString EventColumns = uR"(e.id, e.document_id, e.title, e.date_value, e.date_start, e.date_end,
       e.granularity, e.anchor_start, e.anchor_end, e.anchor_text, e.origin, e.confidence,
       (SELECT group_concat(a.name, char(31)) FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
        WHERE ea.event_id = e.id)
    FROM events e)"_s;

EventRecord readEvent(QSqlQuery &r)
{
    EventRecord e;
    e.id = r.value(0).toLongLong();
    e.documentId = r.value(1).toLongLong();
    e.title = r.value(2).toString();
    e.dateValue = r.value(3).toString();
    e.dateStart = QDate::fromString(r.value(4).toString(), Qt::ISODate);
    e.dateEnd = QDate::fromString(r.value(5).toString(), Qt::ISODate);
    e.granularity = r.value(6).toString();
    e.anchor = spanFrom(r.value(7), r.value(8));
    e.anchorText = r.value(9).toString();
    e.origin = originFromName(r.value(10).toString());
    e.confidence = r.value(11).toDouble();
    const QString actors = r.value(12).toString();
    if (!actors.isEmpty())
        e.actors = actors.split(QChar(31));
    return e;
}

// The WHERE clause of a claim query: fixed text with a placeholder per value; the
// values are bound in the same order by bindClaimQuery.
QString claimWhere(const ClaimQuery &f)
{
    QString w = u" WHERE (? = 0 OR c.document_id = ?) AND (? = 0 OR c.actor_id = ?)"
                u" AND (? = '' OR c.review_state = ?) AND (? = '' OR c.said_date >= ?)"
                u" AND (? = '' OR c.said_date <= ?)"
                u" AND (? = '' OR COALESCE((SELECT verdict FROM annotations WHERE claim_id = c.id), 'not-checked') = ?)"
                u" AND (? = '' OR c.id IN (SELECT ct.claim_id FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id"
                u" WHERE lower(t.name) = lower(?)))"_s;
    // A claim matches by its words and source text, by its source's name (a claim made as
    // "he" is still Blinken's), and, when asked, by the fact-check note on it.
    if (!f.search.trimmed().isEmpty()) {
        w += u" AND (c.id IN (SELECT rowid FROM claims_fts WHERE claims_fts MATCH ?)"
             u" OR c.actor_id IN (SELECT rowid FROM actors_fts WHERE actors_fts MATCH ?)"_s;
        if (f.searchNotes)
            w += u" OR c.id IN (SELECT an.claim_id FROM annotations an"
                 u" JOIN annotations_fts ON annotations_fts.rowid = an.id WHERE annotations_fts MATCH ?)"_s;
        w += u")"_s;
    }
    return w;
}

void bindClaimQuery(Query &q, const ClaimQuery &f)
{
    const QString from = f.saidFrom.isValid() ? f.saidFrom.toString(Qt::ISODate) : QString();
    const QString to = f.saidTo.isValid() ? f.saidTo.toString(Qt::ISODate) : QString();
    q.bind(f.documentId).bind(f.documentId).bind(f.actorId).bind(f.actorId);
    q.bind(f.reviewState).bind(f.reviewState).bind(from).bind(from).bind(to).bind(to);
    q.bind(f.verdict).bind(f.verdict).bind(f.tag.simplified()).bind(f.tag.simplified());
    if (!f.search.trimmed().isEmpty())
        q.bind(f.search).bind(f.search);
    if (!f.search.trimmed().isEmpty() && f.searchNotes)
        q.bind(f.search);
}

Error searchFailure(const QString &query)
{
    return Error{tr("The search “%1” could not be understood. Use words, \"a phrase\" in quotes, or a "
                    "prefix followed by *.")
                     .arg(query)};
}

QString eventWhere()
{
    return u" WHERE (? = 0 OR e.document_id = ?)"
           u" AND (? = 0 OR e.id IN (SELECT event_id FROM event_actors WHERE actor_id = ?))"
           u" AND (? = '' OR e.date_end >= ?) AND (? = '' OR e.date_start <= ?)"_s;
}

void bindEventQuery(Query &q, const EventQuery &f)
{
    const QString from = f.from.isValid() ? f.from.toString(Qt::ISODate) : QString();
    const QString to = f.to.isValid() ? f.to.toString(Qt::ISODate) : QString();
    q.bind(f.documentId).bind(f.documentId).bind(f.actorId).bind(f.actorId);
    q.bind(from).bind(from).bind(to).bind(to);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace

Result<QList<ClaimRecord>> Project::claims(qint64 documentId) const
{
    Query q(const_cast<QSqlDatabase &>(m_db), u"SELECT "_s + ClaimColumns
                                                   + u" WHERE ? = 0 OR c.document_id = ? ORDER BY c.document_id, c.id"_s);
    q.bind(documentId).bind(documentId);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("reading the claims"));
    QList<ClaimRecord> out;
    while (q.q().next())
        out.append(readClaim(q.q()));
    return out;
}

Result<QList<EventRecord>> Project::events(qint64 documentId) const
{
    Query q(const_cast<QSqlDatabase &>(m_db), u"SELECT "_s + EventColumns
                                                   + u" WHERE ? = 0 OR e.document_id = ? ORDER BY e.date_start, e.id"_s);
    q.bind(documentId).bind(documentId);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("reading the events"));
    QList<EventRecord> out;
    while (q.q().next())
        out.append(readEvent(q.q()));
    return out;
}

Result<QList<ClaimRecord>> Project::findClaims(const ClaimQuery &f, int offset, int limit) const
{
    Query q(const_cast<QSqlDatabase &>(m_db),
            u"SELECT "_s + ClaimColumns + claimWhere(f) + u" ORDER BY c.document_id, c.id LIMIT ? OFFSET ?"_s);
    bindClaimQuery(q, f);
    q.bind(limit).bind(offset);
    if (!q.exec())
        return f.search.trimmed().isEmpty() ? store::sqlFailure(q.error(), tr("reading the claims"))
                                             : searchFailure(f.search);
    QList<ClaimRecord> out;
    while (q.q().next())
        out.append(readClaim(q.q()));
    return out;
}

Result<int> Project::countClaims(const ClaimQuery &f) const
{
    Query q(const_cast<QSqlDatabase &>(m_db), u"SELECT count(*) FROM claims c"_s + claimWhere(f));
    bindClaimQuery(q, f);
    if (!q.exec() || !q.q().next())
        return f.search.trimmed().isEmpty() ? store::sqlFailure(q.error(), tr("counting the claims"))
                                             : searchFailure(f.search);
    return q.q().value(0).toInt();
}

Result<QList<EventRecord>> Project::findEvents(const EventQuery &f, int offset, int limit) const
{
    Query q(const_cast<QSqlDatabase &>(m_db),
            u"SELECT "_s + EventColumns + eventWhere() + u" ORDER BY e.date_start, e.id LIMIT ? OFFSET ?"_s);
    bindEventQuery(q, f);
    q.bind(limit).bind(offset);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("reading the events"));
    QList<EventRecord> out;
    while (q.q().next())
        out.append(readEvent(q.q()));
    return out;
}

Result<int> Project::countEvents(const EventQuery &f) const
{
    Query q(const_cast<QSqlDatabase &>(m_db), u"SELECT count(*) FROM events e"_s + eventWhere());
    bindEventQuery(q, f);
    if (!q.exec() || !q.q().next())
        return store::sqlFailure(q.error(), tr("counting the events"));
    return q.q().value(0).toInt();
}

Result<ClaimRecord> Project::claim(qint64 id) const
{
    Query q(const_cast<QSqlDatabase &>(m_db), u"SELECT "_s + ClaimColumns + u" WHERE c.id = ?"_s);
    q.bind(id);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("reading a claim"));
    if (!q.q().next())
        return Error{tr("The claim %1 is no longer in this project.").arg(id)};
    return readClaim(q.q());
}

Status Project::writeClaimSpans(qint64 claimId, const QList<CodePointSpan> &spans)
{
    Query del(m_db, u"DELETE FROM claim_spans WHERE claim_id = ?"_s);
    del.bind(claimId);
    if (!del.exec())
        return store::sqlFailure(del.error(), tr("saving a claim's words"));
    for (qsizetype i = 0; i < spans.size(); ++i) {
        Query s(m_db, uR"(INSERT INTO claim_spans (claim_id, ordinal, start, "end") VALUES (?, ?, ?, ?))"_s);
        s.bind(claimId).bind(i).bind(spans[i].start).bind(spans[i].end);
        if (!s.exec())
            return store::sqlFailure(s.error(), tr("saving a claim's words"));
    }
    return Ok{};
}

Status Project::updateClaim(const ClaimRecord &c)
{
    if (!m_db.transaction())
        return store::sqlFailure(m_db.lastError(), tr("saving a claim"));
    Query q(m_db, uR"(UPDATE claims SET actor_id = ?, source_start = ?, source_end = ?, cue_start = ?, cue_end = ?,
                          source_text = ?, cue_text = ?, text = ?, kind = ?, said_date = ?, origin = ?,
                          confidence = ?, review_state = ? WHERE id = ?)"_s);
    q.bind(idOrNull(c.actorId)).bind(spanPart(c.source.start)).bind(spanPart(c.source.end));
    q.bind(spanPart(c.cue.start)).bind(spanPart(c.cue.end)).bind(c.sourceText).bind(c.cueText).bind(c.text);
    q.bind(c.kind.isEmpty() ? u"indirect"_s : c.kind).bind(dateValue(c.saidDate)).bind(originName(c.origin));
    q.bind(c.confidence).bind(c.reviewState.isEmpty() ? u"unreviewed"_s : c.reviewState).bind(c.id);
    Status s = q.exec() ? writeClaimSpans(c.id, c.content) : Status(store::sqlFailure(q.error(), tr("saving a claim")));
    if (!s || !m_db.commit()) {
        m_db.rollback();
        return s ? Status(store::sqlFailure(m_db.lastError(), tr("saving a claim"))) : s;
    }
    emit claimsChanged({c.id});
    emit actorsChanged(); // claim counts per source
    return Ok{};
}

Result<qint64> Project::insertClaim(const ClaimRecord &c)
{
    if (!m_db.transaction())
        return store::sqlFailure(m_db.lastError(), tr("adding a claim"));
    Query q(m_db, uR"(INSERT INTO claims (id, document_id, actor_id, source_start, source_end, cue_start, cue_end,
                          source_text, cue_text, text, kind, said_date, origin, confidence, review_state)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    q.bind(idOrNull(c.id)).bind(c.documentId).bind(idOrNull(c.actorId));
    q.bind(spanPart(c.source.start)).bind(spanPart(c.source.end));
    q.bind(spanPart(c.cue.start)).bind(spanPart(c.cue.end)).bind(c.sourceText).bind(c.cueText).bind(c.text);
    q.bind(c.kind.isEmpty() ? u"indirect"_s : c.kind).bind(dateValue(c.saidDate)).bind(originName(c.origin));
    q.bind(c.confidence).bind(c.reviewState.isEmpty() ? u"unreviewed"_s : c.reviewState);
    if (!q.exec()) {
        m_db.rollback();
        return store::sqlFailure(q.error(), tr("adding a claim"));
    }
    const qint64 id = q.q().lastInsertId().toLongLong();
    Status s = writeClaimSpans(id, c.content);
    if (!s || !m_db.commit()) {
        m_db.rollback();
        return s ? store::sqlFailure(m_db.lastError(), tr("adding a claim")) : s.error();
    }
    emit claimsReset();
    emit actorsChanged();
    emit documentsChanged(); // counts
    return id;
}

Status Project::deleteClaim(qint64 id)
{
    Query q(m_db, u"DELETE FROM claims WHERE id = ?"_s);
    q.bind(id);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("deleting a claim"));
    emit claimsReset();
    emit actorsChanged();
    emit documentsChanged();
    return Ok{};
}

Result<ActorRecord> Project::actor(qint64 id) const
{
    Query q(const_cast<QSqlDatabase &>(m_db),
            uR"(SELECT a.id, a.name, a.kind, a.affiliation,
                       (SELECT count(*) FROM claims c WHERE c.actor_id = a.id),
                       (SELECT group_concat(alias, char(31)) FROM actor_aliases x WHERE x.actor_id = a.id)
                FROM actors a WHERE a.id = ?)"_s);
    q.bind(id);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("reading a source"));
    if (!q.q().next())
        return Error{tr("The source %1 is no longer in this project.").arg(id)};
    ActorRecord a;
    QSqlQuery &r = q.q();
    a.id = r.value(0).toLongLong();
    a.name = r.value(1).toString();
    a.kind = r.value(2).toString();
    a.affiliation = r.value(3).toString();
    a.claimCount = r.value(4).toInt();
    if (const QString aliases = r.value(5).toString(); !aliases.isEmpty())
        a.aliases = aliases.split(QChar(31));
    return a;
}

Result<qint64> Project::findActor(const QString &name) const
{
    Query q(const_cast<QSqlDatabase &>(m_db), u"SELECT id FROM actors WHERE name = ?"_s);
    q.bind(name);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("reading the sources"));
    return q.q().next() ? q.q().value(0).toLongLong() : qint64(0);
}

Result<qint64> Project::ensureActor(const QString &name, const QString &kind)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Error{tr("A source needs a name.")};
    Result<qint64> existing = findActor(trimmed);
    if (!existing || *existing > 0)
        return existing;
    ActorRecord a;
    a.name = trimmed;
    a.kind = kind;
    Result<qint64> id = actorId(a);
    if (id)
        emit actorsChanged();
    return id;
}

Status Project::writeAliases(qint64 id, const QString &name, const QStringList &aliases)
{
    Query del(m_db, u"DELETE FROM actor_aliases WHERE actor_id = ?"_s);
    del.bind(id);
    if (!del.exec())
        return store::sqlFailure(del.error(), tr("saving a source's other names"));
    for (const QString &alias : aliases) {
        if (alias.trimmed().isEmpty() || alias == name)
            continue;
        Query a(m_db, u"INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)"_s);
        a.bind(id).bind(alias.trimmed());
        if (!a.exec())
            return store::sqlFailure(a.error(), tr("saving a source's other names"));
    }
    return Ok{};
}

Status Project::updateActor(const ActorRecord &a)
{
    const QString name = a.name.simplified();
    if (name.isEmpty())
        return Error{tr("A source needs a name.")};
    Result<qint64> clash = findActor(name);
    if (!clash)
        return clash.error();
    if (*clash != 0 && *clash != a.id)
        return Error{tr("There is already a source called “%1”. To make them one, merge them.").arg(name)};
    if (!m_db.transaction())
        return store::sqlFailure(m_db.lastError(), tr("saving a source"));
    Query q(m_db, u"UPDATE actors SET name = ?, kind = ?, affiliation = ? WHERE id = ?"_s);
    q.bind(name).bind(a.kind.isEmpty() ? u"unknown"_s : a.kind).bind(a.affiliation).bind(a.id);
    Status s = q.exec() ? writeAliases(a.id, name, a.aliases) : Status(store::sqlFailure(q.error(), tr("saving a source")));
    if (!s || !m_db.commit()) {
        m_db.rollback();
        return s ? Status(store::sqlFailure(m_db.lastError(), tr("saving a source"))) : s;
    }
    emit actorsChanged();
    emit claimsReset(); // claims show the name
    emit eventsChanged();
    return Ok{};
}

Result<qint64> Project::insertActor(const ActorRecord &a)
{
    Query q(m_db, u"INSERT INTO actors (id, name, kind, affiliation) VALUES (?, ?, ?, ?)"_s);
    q.bind(idOrNull(a.id)).bind(a.name.simplified()).bind(a.kind.isEmpty() ? u"unknown"_s : a.kind);
    q.bind(a.affiliation);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("adding a source"));
    const qint64 id = q.q().lastInsertId().toLongLong();
    if (Status s = writeAliases(id, a.name, a.aliases); !s)
        return s.error();
    emit actorsChanged();
    return id;
}

Status Project::deleteActor(qint64 id)
{
    Query q(m_db, u"DELETE FROM actors WHERE id = ?"_s);
    q.bind(id);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("removing a source"));
    emit actorsChanged();
    emit claimsReset();
    emit eventsChanged();
    return Ok{};
}

namespace {

Result<QList<qint64>> ids(QSqlDatabase &db, const QString &sql, qint64 key)
{
    Query q(db, sql);
    q.bind(key);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("reading the sources"));
    QList<qint64> out;
    while (q.q().next())
        out.append(q.q().value(0).toLongLong());
    return out;
}

} // namespace

Result<ActorMerge> Project::mergeActors(qint64 from, qint64 into)
{
    if (from == into)
        return Error{tr("A source cannot be merged into itself.")};
    ActorMerge m;
    Result<ActorRecord> fromActor = actor(from);
    Result<ActorRecord> intoActor = actor(into);
    if (!fromActor)
        return fromActor.error();
    if (!intoActor)
        return intoActor.error();
    m.from = *fromActor;
    m.into = into;
    auto claimIds = ids(m_db, u"SELECT id FROM claims WHERE actor_id = ? ORDER BY id"_s, from);
    auto eventIds = ids(m_db, u"SELECT event_id FROM event_actors WHERE actor_id = ? ORDER BY event_id"_s, from);
    auto intoEvents = ids(m_db, u"SELECT event_id FROM event_actors WHERE actor_id = ?"_s, into);
    if (!claimIds || !eventIds || !intoEvents)
        return store::sqlFailure(m_db.lastError(), tr("merging two sources"));
    m.claimIds = *claimIds;
    m.eventIds = *eventIds;
    for (qint64 e : m.eventIds) {
        if (!intoEvents->contains(e))
            m.addedEventLinks.append(e);
    }
    for (const QString &name : QStringList{m.from.name} + m.from.aliases) {
        if (name != intoActor->name && !intoActor->aliases.contains(name) && !m.addedAliases.contains(name))
            m.addedAliases.append(name);
    }

    if (!m_db.transaction())
        return store::sqlFailure(m_db.lastError(), tr("merging two sources"));
    QStringList steps = {u"UPDATE claims SET actor_id = ? WHERE actor_id = ?"_s,
                         u"INSERT OR IGNORE INTO event_actors (event_id, actor_id) "
                         u"SELECT event_id, ? FROM event_actors WHERE actor_id = ?"_s};
    for (const QString &sql : steps) {
        Query q(m_db, sql);
        q.bind(into).bind(from);
        if (!q.exec()) {
            m_db.rollback();
            return store::sqlFailure(q.error(), tr("merging two sources"));
        }
    }
    Query del(m_db, u"DELETE FROM actors WHERE id = ?"_s);
    del.bind(from);
    bool ok = del.exec();
    for (const QString &alias : m.addedAliases) {
        Query a(m_db, u"INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)"_s);
        a.bind(into).bind(alias);
        ok = ok && a.exec();
    }
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return store::sqlFailure(m_db.lastError(), tr("merging two sources"));
    }
    emit actorsChanged();
    emit claimsReset();
    emit eventsChanged();
    return m;
}

Status Project::unmergeActors(const ActorMerge &m)
{
    if (!m_db.transaction())
        return store::sqlFailure(m_db.lastError(), tr("separating two sources"));
    auto fail = [this](const QSqlError &e) -> Status {
        m_db.rollback();
        return store::sqlFailure(e, tr("separating two sources"));
    };
    Query ins(m_db, u"INSERT INTO actors (id, name, kind, affiliation) VALUES (?, ?, ?, ?)"_s);
    ins.bind(m.from.id).bind(m.from.name).bind(m.from.kind).bind(m.from.affiliation);
    if (!ins.exec())
        return fail(ins.error());
    if (Status s = writeAliases(m.from.id, m.from.name, m.from.aliases); !s) {
        m_db.rollback();
        return s;
    }
    for (const QString &alias : m.addedAliases) {
        Query a(m_db, u"DELETE FROM actor_aliases WHERE actor_id = ? AND alias = ?"_s);
        a.bind(m.into).bind(alias);
        if (!a.exec())
            return fail(a.error());
    }
    for (qint64 id : m.claimIds) {
        Query c(m_db, u"UPDATE claims SET actor_id = ? WHERE id = ?"_s);
        c.bind(m.from.id).bind(id);
        if (!c.exec())
            return fail(c.error());
    }
    for (qint64 id : m.eventIds) {
        Query e(m_db, u"INSERT OR IGNORE INTO event_actors (event_id, actor_id) VALUES (?, ?)"_s);
        e.bind(id).bind(m.from.id);
        if (!e.exec())
            return fail(e.error());
    }
    for (qint64 id : m.addedEventLinks) {
        Query e(m_db, u"DELETE FROM event_actors WHERE event_id = ? AND actor_id = ?"_s);
        e.bind(id).bind(m.into);
        if (!e.exec())
            return fail(e.error());
    }
    if (!m_db.commit())
        return fail(m_db.lastError());
    emit actorsChanged();
    emit claimsReset();
    emit eventsChanged();
    return Ok{};
}

Result<TimexRecord> Project::timex(qint64 id) const
{
    Query q(const_cast<QSqlDatabase &>(m_db),
            uR"(SELECT id, document_id, start, "end", text, type, value, relative, resolved, explanation, origin
                FROM timexes WHERE id = ?)"_s);
    q.bind(id);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("reading a date"));
    QSqlQuery &r = q.q();
    if (!r.next())
        return Error{tr("The date %1 is no longer in this project.").arg(id)};
    TimexRecord t;
    t.id = r.value(0).toLongLong();
    t.documentId = r.value(1).toLongLong();
    t.span = {r.value(2).toLongLong(), r.value(3).toLongLong()};
    t.text = r.value(4).toString();
    t.type = r.value(5).toString();
    t.value = r.value(6).toString();
    t.relative = r.value(7).toBool();
    t.resolved = r.value(8).toBool();
    t.explanation = r.value(9).toString();
    t.origin = originFromName(r.value(10).toString());
    return t;
}

Status Project::updateTimex(const TimexRecord &t)
{
    Query q(m_db, uR"(UPDATE timexes SET value = ?, type = ?, resolved = ?, explanation = ?, origin = ?
                      WHERE id = ?)"_s);
    q.bind(t.value).bind(t.type).bind(t.resolved ? 1 : 0).bind(t.explanation).bind(originName(t.origin)).bind(t.id);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("saving a date"));
    emit timexesChanged(t.documentId);
    return Ok{};
}

Result<EventRecord> Project::event(qint64 id) const
{
    Query q(const_cast<QSqlDatabase &>(m_db), u"SELECT "_s + EventColumns + u" WHERE e.id = ?"_s);
    q.bind(id);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("reading an event"));
    if (!q.q().next())
        return Error{tr("The event %1 is no longer in this project.").arg(id)};
    return readEvent(q.q());
}

Status Project::writeEventActors(qint64 eventId, const QStringList &names)
{
    Query del(m_db, u"DELETE FROM event_actors WHERE event_id = ?"_s);
    del.bind(eventId);
    if (!del.exec())
        return store::sqlFailure(del.error(), tr("saving an event's actors"));
    for (const QString &name : names) {
        Query a(m_db, u"INSERT OR IGNORE INTO event_actors (event_id, actor_id) "
                      u"SELECT ?, id FROM actors WHERE name = ?"_s);
        a.bind(eventId).bind(name);
        if (!a.exec())
            return store::sqlFailure(a.error(), tr("saving an event's actors"));
    }
    return Ok{};
}

Status Project::updateEvent(const EventRecord &e)
{
    if (!m_db.transaction())
        return store::sqlFailure(m_db.lastError(), tr("saving an event"));
    Query q(m_db, uR"(UPDATE events SET title = ?, date_value = ?, date_start = ?, date_end = ?, granularity = ?,
                          anchor_start = ?, anchor_end = ?, anchor_text = ?, origin = ?, confidence = ?
                      WHERE id = ?)"_s);
    q.bind(e.title).bind(e.dateValue).bind(dateValue(e.dateStart)).bind(dateValue(e.dateEnd));
    q.bind(e.granularity.isEmpty() ? u"day"_s : e.granularity).bind(spanPart(e.anchor.start));
    q.bind(spanPart(e.anchor.end)).bind(e.anchorText).bind(originName(e.origin)).bind(e.confidence).bind(e.id);
    Status s = q.exec() ? writeEventActors(e.id, e.actors) : Status(store::sqlFailure(q.error(), tr("saving an event")));
    if (!s || !m_db.commit()) {
        m_db.rollback();
        return s ? Status(store::sqlFailure(m_db.lastError(), tr("saving an event"))) : s;
    }
    emit eventsChanged();
    return Ok{};
}

Result<qint64> Project::insertEvent(const EventRecord &e)
{
    if (!m_db.transaction())
        return store::sqlFailure(m_db.lastError(), tr("adding an event"));
    Query q(m_db, uR"(INSERT INTO events (id, document_id, title, date_value, date_start, date_end, granularity,
                          anchor_start, anchor_end, anchor_text, origin, confidence)
                      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    q.bind(idOrNull(e.id)).bind(idOrNull(e.documentId)).bind(e.title).bind(e.dateValue);
    q.bind(dateValue(e.dateStart)).bind(dateValue(e.dateEnd)).bind(e.granularity.isEmpty() ? u"day"_s : e.granularity);
    q.bind(spanPart(e.anchor.start)).bind(spanPart(e.anchor.end)).bind(e.anchorText).bind(originName(e.origin));
    q.bind(e.confidence);
    if (!q.exec()) {
        m_db.rollback();
        return store::sqlFailure(q.error(), tr("adding an event"));
    }
    const qint64 id = q.q().lastInsertId().toLongLong();
    Status s = writeEventActors(id, e.actors);
    if (!s || !m_db.commit()) {
        m_db.rollback();
        return s ? store::sqlFailure(m_db.lastError(), tr("adding an event")) : s.error();
    }
    emit eventsChanged();
    emit documentsChanged();
    return id;
}

Status Project::deleteEvent(qint64 id)
{
    Query q(m_db, u"DELETE FROM events WHERE id = ?"_s);
    q.bind(id);
    if (!q.exec())
        return store::sqlFailure(q.error(), tr("deleting an event"));
    emit eventsChanged();
    emit documentsChanged();
    return Ok{};
}

void Project::notifyExternalChange()
{
    emit documentsChanged();
    emit actorsChanged();
    emit claimsReset();
    emit eventsChanged();
}

} // namespace factline
