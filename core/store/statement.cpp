// SPDX-License-Identifier: MIT
#include "statement.h"

#include "sqlerror.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace factline::store {

using namespace Qt::StringLiterals;

sqlite3 *sqliteHandle(QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

Statement::Statement(sqlite3 *db, const QString &sql) : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (!db) {
        m_prepareError = u"not an SQLite connection"_s;
        return;
    }
    if (sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement &Statement::bind(qint64 v)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, ++m_next, v);
    return *this;
}

Statement &Statement::bind(double v)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, ++m_next, v);
    return *this;
}

Statement &Statement::bind(const QString &s)
{
    if (!m_stmt)
        return *this;
    if (s.isEmpty()) {
        sqlite3_bind_text(m_stmt, ++m_next, "", 0, SQLITE_STATIC);
        return *this;
    }
    const qsizetype offset = m_utf8.size();
    // Most values are short and ASCII (names, kinds, dates): copied a unit a byte, without
    // the encoder's set-up, which costs more than the copy.
    const qsizetype n = s.size();
    if (n <= 64) {
        m_utf8.resize(offset + n);
        char *out = m_utf8.data() + offset;
        const auto *in = reinterpret_cast<const char16_t *>(s.constData());
        qsizetype i = 0;
        while (i < n && in[i] < 0x80) {
            out[i] = char(in[i]);
            ++i;
        }
        if (i == n) {
            m_pending.append({++m_next, offset, n});
            return *this;
        }
        m_utf8.resize(offset);
    }
    // The encoder counts what it could not convert (an unpaired surrogate): such a string
    // is not valid UTF-16.
    m_utf8.resize(offset + m_encoder.requiredSpace(s.size())); // not filled: the encoder writes it
    m_encoder.resetState();
    char *end = m_encoder.appendToBuffer(m_utf8.data() + offset, s);
    if (m_encoder.hasError()) {
        m_utf8.resize(offset);
        m_utf16.append(s); // shares the data; it stays unchanged until reset()
        const QString &kept = m_utf16.back();
        sqlite3_bind_text16(m_stmt, ++m_next, kept.utf16(), int(kept.size() * 2), SQLITE_STATIC);
        return *this;
    }
    const qsizetype size = end - (m_utf8.data() + offset);
    m_utf8.resize(offset + size);
    m_pending.append({++m_next, offset, size});
    return *this;
}

void Statement::bindPendingText()
{
    for (const PendingText &t : std::as_const(m_pending))
        sqlite3_bind_text(m_stmt, t.index, m_utf8.data() + t.offset, int(t.size), SQLITE_STATIC);
    m_pending.clear();
}

Statement &Statement::bindNull()
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, ++m_next);
    return *this;
}

Statement &Statement::bindDate(const QDate &d)
{
    if (!d.isValid())
        return bindNull();
    // "yyyy-MM-dd" as QDate::toString(Qt::ISODate) writes it, without its locale-aware
    // formatting (some 5,000 instructions a date). Qt writes no ISO date for other years:
    // NULL, as Qt's driver stores the empty string Project binds.
    const int year = d.year();
    if (year < 1 || year > 9999) {
        const QString iso = d.toString(Qt::ISODate);
        return iso.isEmpty() ? bindNull() : bind(iso);
    }
    char iso[10];
    const int month = d.month(), day = d.day();
    iso[0] = char('0' + year / 1000);
    iso[1] = char('0' + year / 100 % 10);
    iso[2] = char('0' + year / 10 % 10);
    iso[3] = char('0' + year % 10);
    iso[4] = '-';
    iso[5] = char('0' + month / 10);
    iso[6] = char('0' + month % 10);
    iso[7] = '-';
    iso[8] = char('0' + day / 10);
    iso[9] = char('0' + day % 10);
    if (!m_stmt)
        return *this;
    const qsizetype offset = m_utf8.size();
    m_utf8.append(iso, sizeof iso);
    m_pending.append({++m_next, offset, qsizetype(sizeof iso)});
    return *this;
}

Statement &Statement::bindUtf8(QByteArrayView utf8)
{
    if (m_stmt)
        sqlite3_bind_text(m_stmt, ++m_next, utf8.isEmpty() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
    return *this;
}

bool Statement::next()
{
    m_failed = false;
    if (!m_stmt) {
        m_failed = true;
        return false;
    }
    if (!m_pending.isEmpty())
        bindPendingText();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_failed = rc != SQLITE_DONE;
    return false;
}

bool Statement::run()
{
    next();
    const bool ok = !m_failed;
    reset();
    return ok;
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_next = 0;
    m_utf8.resize(0); // keeps its capacity for the next values
    m_pending.clear();
    m_utf16.clear();
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    return QString::fromUtf16(data, sqlite3_column_bytes16(m_stmt, column) / 2);
}

Error Statement::failure(const QString &doing) const
{
    if (!m_stmt)
        return sqlFailure(QSqlError(u"prepare"_s, m_prepareError, QSqlError::StatementError), doing);
    const int code = sqlite3_extended_errcode(m_db);
    return sqlFailure(QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_db)), QSqlError::StatementError,
                                QString::number(code)),
                      doing);
}

Statement &StatementCache::get(const QString &sql)
{
    std::shared_ptr<Statement> &s = m_statements[sql];
    if (!s || !s->ok()) // a failed prepare is tried again: the schema may have changed
        s = std::make_shared<Statement>(m_db, sql);
    else
        s->reset();
    return *s;
}

} // namespace factline::store
