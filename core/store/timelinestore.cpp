// SPDX-License-Identifier: MIT
#include "timelinestore.h"

#include "migrations.h"
#include "project.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cstring>

#include <sqlite3.h>

namespace factline::store {
namespace {

using namespace Qt::StringLiterals;
using timeline::ItemKind;
using timeline::Precision;

QString tr(const char *s) { return QCoreApplication::translate("factline", s); }

// Days since 1970-01-01 of an ISO date column, computed by SQLite (julianday() is its own;
// another engine would need its date arithmetic here).
QString dayNumber(const QString &column)
{
    return u"CAST(julianday(%1) - 2440587.5 AS INTEGER)"_s.arg(column);
}

// The granularity names the extractor writes, as small numbers, so that a million rows do
// not each make a string.
QString precisionCase(const QString &column)
{
    return u"CASE %1 WHEN 'day' THEN 0 WHEN '' THEN 0 WHEN 'week' THEN 1 WHEN 'weekend' THEN 1 "
           "WHEN 'month' THEN 2 WHEN 'quarter' THEN 3 WHEN 'season' THEN 3 WHEN 'half' THEN 3 "
           "WHEN 'year' THEN 4 WHEN 'decade' THEN 5 WHEN 'century' THEN 6 ELSE 7 END"_s.arg(column);
}

constexpr qint64 kCacheFrom = 50000;  // events; smaller projects load fast enough without
constexpr quint32 kCacheVersion = 1;
constexpr quint32 kByteOrder = 0x01020304;
const QString kCacheKey = u"items"_s;

// The tables and columns the timeline shows; a change to any of them makes the cache
// stale (a verdict or a review state does not).
struct Watched {
    QString table;
    QString columns;
};
const QList<Watched> &watchedTables()
{
    static const QList<Watched> tables = {
        {u"events"_s, u"document_id, title, date_start, date_end, granularity"_s},
        {u"claims"_s, u"document_id, actor_id, source_text, text, said_date"_s},
        {u"event_actors"_s, u"event_id, actor_id"_s},
        {u"documents"_s, u"title, outlet, published"_s},
        {u"actors"_s, u"name"_s},
    };
    return tables;
}

qint64 generation(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT value FROM timeline_generation WHERE id = 1"_s) && q.next() ? q.value(0).toLongLong() : -1;
}

template<typename T>
void put(QByteArray &out, const std::vector<T> &v)
{
    out.append(reinterpret_cast<const char *>(v.data()), qsizetype(v.size() * sizeof(T)));
}

template<typename T>
bool take(const QByteArray &in, qsizetype &at, std::vector<T> &v, size_t n)
{
    const qsizetype bytes = qsizetype(n * sizeof(T));
    if (at + bytes > in.size())
        return false;
    v.resize(n);
    std::memcpy(v.data(), in.constData() + at, size_t(bytes));
    at += bytes;
    return true;
}

QByteArray encodeItems(const timeline::TimelineItems &it)
{
    QByteArray out;
    const std::vector<quint64> header = {kCacheVersion, kByteOrder, quint64(it.size()), quint64(it.titles.size())};
    put(out, header);
    put(out, it.id);
    put(out, it.startDay);
    put(out, it.endDay);
    put(out, it.kind);
    put(out, it.precision);
    put(out, it.document);
    put(out, it.actor);
    put(out, it.titleEnd);
    out.append(it.titles);
    return out;
}

bool decodeItems(const QByteArray &in, timeline::TimelineItems &it)
{
    std::vector<quint64> header;
    qsizetype at = 0;
    if (!take(in, at, header, 4) || header[0] != kCacheVersion || header[1] != kByteOrder)
        return false;
    const size_t n = size_t(header[2]);
    const bool ok = take(in, at, it.id, n) && take(in, at, it.startDay, n) && take(in, at, it.endDay, n)
                    && take(in, at, it.kind, n) && take(in, at, it.precision, n) && take(in, at, it.document, n)
                    && take(in, at, it.actor, n) && take(in, at, it.titleEnd, n)
                    && at + qsizetype(header[3]) == in.size();
    if (!ok)
        return false;
    it.titles = in.mid(at);
    return true;
}

// SQLite's own handle behind the Qt connection: the timeline reads a million rows, and
// going through QVariant and QString for each column costs several times what SQLite does.
// Only this reader uses it; everything else goes through QSqlQuery.
sqlite3 *nativeHandle(QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

// One prepared statement, finalised on every path out.
class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK)
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr; }
    QString error() const { return m_error; }
    // SQLITE_ROW while there are rows; SQLITE_DONE at the end; anything else is a failure.
    int step() { return sqlite3_step(m_stmt); }
    qint64 int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    QByteArrayView text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
        return QByteArrayView(data, sqlite3_column_bytes(m_stmt, column));
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

Status stepFailure(sqlite3 *db, const QString &what)
{
    return Error{tr("The project could not be read (%1): %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db)))};
}

// The items from the tables: one forward-only pass over events, one over dated claims.
Status readItems(QSqlDatabase &qdb, const QHash<qint64, qint32> &documentIndex,
                 const QHash<qint64, qint32> &actorIndex, timeline::TimelineItems &items, qint64 eventCount)
{
    sqlite3 *db = nativeHandle(qdb);
    if (!db)
        return Error{tr("The timeline needs an SQLite project file.")};
    items.reserve(eventCount);
    const QString what = tr("the events for the timeline");
    {
        Statement events(db, u"SELECT e.id, e.document_id, %1, %2, %3, e.title "
                             "FROM events e WHERE e.date_start IS NOT NULL ORDER BY e.id"_s.arg(
                                 dayNumber(u"e.date_start"_s), dayNumber(u"coalesce(e.date_end, e.date_start)"_s),
                                 precisionCase(u"e.granularity"_s)));
        if (!events.ok())
            return Error{tr("The project could not be read (%1): %2").arg(what, events.error())};
        int rc = SQLITE_ROW;
        while ((rc = events.step()) == SQLITE_ROW) {
            items.append(events.int64(0), qint32(events.int64(2)), qint32(events.int64(3)), ItemKind::Event,
                         Precision(events.int64(4)), documentIndex.value(events.int64(1), -1), -1, events.text(5));
        }
        if (rc != SQLITE_DONE)
            return stepFailure(db, what);
    }
    // An event's lane by source is its first actor; one grouped pass, matched by id (the
    // events are in id order), is cheaper than a subquery per event.
    const qsizetype eventRows = items.size();
    {
        Statement links(db, u"SELECT event_id, min(actor_id) FROM event_actors GROUP BY event_id"_s);
        if (!links.ok())
            return Error{tr("The project could not be read (%1): %2").arg(what, links.error())};
        int rc = SQLITE_ROW;
        const auto end = items.id.begin() + eventRows;
        auto from = items.id.begin();
        while ((rc = links.step()) == SQLITE_ROW) {
            const qint64 id = links.int64(0);
            const auto at = std::lower_bound(from, end, id);  // both in id order
            if (at != end && *at == id)
                items.actor[size_t(at - items.id.begin())] = actorIndex.value(links.int64(1), -1);
            from = at;
        }
        if (rc != SQLITE_DONE)
            return stepFailure(db, what);
    }
    const QString saidWhat = tr("the claims for the timeline");
    Statement claims(db, u"SELECT c.id, c.document_id, %1, c.actor_id, coalesce(a.name, c.source_text), c.text "
                         "FROM claims c LEFT JOIN actors a ON a.id = c.actor_id "
                         "WHERE c.said_date IS NOT NULL ORDER BY c.id"_s.arg(dayNumber(u"c.said_date"_s)));
    if (!claims.ok())
        return Error{tr("The project could not be read (%1): %2").arg(saidWhat, claims.error())};
    QByteArray title;
    int rc = SQLITE_ROW;
    while ((rc = claims.step()) == SQLITE_ROW) {
        const QByteArrayView who = claims.text(4);
        title.clear();
        if (!who.isEmpty())
            title.append(who).append(": ");
        title.append(claims.text(5));
        const qint32 day = qint32(claims.int64(2));
        items.append(claims.int64(0), day, day, ItemKind::Claim, Precision::Day,
                     documentIndex.value(claims.int64(1), -1),
                     claims.isNull(3) ? -1 : actorIndex.value(claims.int64(3), -1), title);
    }
    if (rc != SQLITE_DONE)
        return stepFailure(db, saidWhat);
    return Ok{};
}

} // namespace

// The cache of the item columns for big projects: one blob, valid while the generation it
// was made at is current. Triggers count every change to the watched tables. Part of the
// schema since version 3 (migrations.cpp runs these).
QStringList timelineCacheSchema()
{
    QStringList sql = {
        u"CREATE TABLE IF NOT EXISTS timeline_generation (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL)"_s,
        u"INSERT OR IGNORE INTO timeline_generation (id, value) VALUES (1, 0)"_s,
        u"CREATE TABLE IF NOT EXISTS timeline_cache (key TEXT PRIMARY KEY, generation INTEGER NOT NULL, data BLOB NOT NULL)"_s,
    };
    for (const Watched &w : watchedTables()) {
        const QString events[][2] = {{u"insert"_s, u"INSERT"_s},
                                     {u"update"_s, u"UPDATE OF "_s + w.columns},
                                     {u"delete"_s, u"DELETE"_s}};
        for (const auto &[name, event] : events) {
            sql << u"CREATE TRIGGER IF NOT EXISTS timeline_%1_%2 AFTER %3 ON %1 BEGIN "
                   "UPDATE timeline_generation SET value = value + 1; END"_s.arg(w.table, name, event);
        }
    }
    return sql;
}

bool timelineIsBig(Project &project)
{
    // Counting a million rows takes SQLite milliseconds; the question is only "how many".
    QSqlQuery q(project.database());
    return q.exec(u"SELECT count(*) >= %1 FROM (SELECT 1 FROM events LIMIT %1)"_s.arg(kCacheFrom)) && q.next()
           && q.value(0).toBool();
}

Result<timeline::TimelineSource> loadTimeline(Project &project)
{
    QSqlDatabase &db = project.database();
    timeline::TimelineSource out;
    QSqlQuery q(db);
    q.setForwardOnly(true);

    QHash<qint64, qint32> documentIndex;
    if (!q.exec(u"SELECT id, title, outlet, published FROM documents ORDER BY id"_s))
        return sqlFailure(q.lastError(), tr("reading the documents for the timeline"));
    while (q.next()) {
        documentIndex.insert(q.value(0).toLongLong(), qint32(out.documents.size()));
        out.documents.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                              QDate::fromString(q.value(3).toString(), Qt::ISODate)});
    }

    QHash<qint64, qint32> actorIndex;
    if (!q.exec(u"SELECT id, name FROM actors ORDER BY id"_s))
        return sqlFailure(q.lastError(), tr("reading the sources for the timeline"));
    while (q.next()) {
        actorIndex.insert(q.value(0).toLongLong(), qint32(out.actors.size()));
        out.actors.append({q.value(0).toLongLong(), q.value(1).toString()});
    }

    if (!q.exec(u"SELECT count(*) FROM events"_s) || !q.next())
        return sqlFailure(q.lastError(), tr("counting the events"));

    const qint64 eventCount = q.value(0).toLongLong();
    const bool cached = eventCount >= kCacheFrom && !project.isReadOnly();
    const bool snapshot = db.transaction();  // the generation and the rows, as of one moment
    const qint64 madeAt = cached ? generation(db) : -1;
    bool fromCache = false;
    if (cached) {
        QSqlQuery c(db);
        c.prepare(u"SELECT generation, data FROM timeline_cache WHERE key = ?"_s);
        c.addBindValue(kCacheKey);
        fromCache = c.exec() && c.next() && c.value(0).toLongLong() == madeAt
                    && decodeItems(c.value(1).toByteArray(), out.items);
        if (!fromCache)
            out.items = {};
    }
    if (!fromCache) {
        if (Status s = readItems(db, documentIndex, actorIndex, out.items, eventCount); !s) {
            if (snapshot)
                db.rollback();
            return s.error();
        }
    }
    if (snapshot)
        db.commit();
    if (cached && !fromCache) {
        // Only an optimisation: a failure to write it costs the next open some time.
        QSqlQuery w(db);
        w.prepare(u"INSERT OR REPLACE INTO timeline_cache (key, generation, data) VALUES (?, ?, ?)"_s);
        w.addBindValue(kCacheKey);
        w.addBindValue(madeAt);
        w.addBindValue(encodeItems(out.items));
        w.exec();
    }

    if (!q.exec(u"SELECT event_id, claim_id FROM event_claims"_s))
        return sqlFailure(q.lastError(), tr("reading which claims are about which events"));
    while (q.next())
        out.eventClaims.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    return out;
}

} // namespace factline::store
