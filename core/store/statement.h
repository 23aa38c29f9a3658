// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringEncoder>
#include <QVarLengthArray>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;
class QSqlDatabase;

namespace factline::store {

// SQLite's own handle behind a Qt connection, or nullptr for another driver.
sqlite3 *sqliteHandle(QSqlDatabase &db);

// One prepared SQLite statement, bound and stepped through SQLite's own API: for the
// write paths that run tens of thousands of times in an import, where QSqlQuery's
// prepare per call and QVariant per value cost more than SQLite's work. Values bind in
// order; run() or reset() starts again at the first placeholder. Strings bind as UTF-8
// (SQLite's own conversion from UTF-16 costs more than Qt's), converted into one buffer
// the statement keeps, so that binding allocates nothing once it has grown; a string that
// is not valid UTF-16 binds as UTF-16, as Qt's driver binds every string, so that both
// paths store the same bytes. A null QString is stored as "" (text columns are NOT NULL).
class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool ok() const { return m_stmt != nullptr; }

    Statement &bind(qint64 v);
    Statement &bind(int v) { return bind(qint64(v)); }
    Statement &bind(double v);
    Statement &bind(const QString &s);
    Statement &bindNull();
    Statement &bindIdOrNull(qint64 id) { return id > 0 ? bind(id) : bindNull(); }      // 0: no row
    Statement &bindSpanPart(qint64 v) { return v >= 0 ? bind(v) : bindNull(); }      // -1: no span
    Statement &bindDate(const QDate &d);                                              // ISO date or NULL
    // UTF-8 that stays where it is, unchanged, until the statement is reset (a constant).
    Statement &bindUtf8(QByteArrayView utf8);

    // Steps once: true on SQLITE_ROW (read the columns, then reset()), false when done or
    // failed; failed() tells which. run() is for statements that return no row: it steps,
    // resets and says whether it worked.
    bool next();
    bool run();
    bool failed() const { return m_failed; }
    void reset();

    qint64 int64(int column) const;
    QString text(int column) const;

    // The error of the last failed step, as Qt's driver would report it (for sqlFailure).
    Error failure(const QString &doing) const;

private:
    void bindPendingText();

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
    int m_next = 0;
    bool m_failed = false;
    // The UTF-8 of the bound strings, one after the other. The buffer may move while values
    // are bound, so the strings are handed to SQLite (SQLITE_STATIC) just before the step.
    QByteArray m_utf8;
    struct PendingText {
        int index;
        qsizetype offset;
        qsizetype size;
    };
    QVarLengthArray<PendingText, 32> m_pending;
    QVarLengthArray<QString, 4> m_utf16;  // strings that are not valid UTF-16, until reset
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

// Statements prepared once per connection and kept for the next call. Owned by the
// Project, destroyed before its connection closes.
class StatementCache
{
public:
    explicit StatementCache(sqlite3 *db) : m_db(db) {}
    // The statement for `sql`, prepared on first use; reset, ready to bind.
    Statement &get(const QString &sql);

private:
    sqlite3 *m_db;
    QHash<QString, std::shared_ptr<Statement>> m_statements;
};

} // namespace factline::store
