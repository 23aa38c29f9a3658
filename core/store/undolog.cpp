// SPDX-License-Identifier: MIT
#include "undolog.h"

#include "project.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace factline::store {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s) { return QCoreApplication::translate("factline", s); }

constexpr int kUndo = 0;  // undo_entries.direction: statements that undo the step
constexpr int kRedo = 1;  // … that redo it
constexpr int kMaxSteps = 1000;  // older steps are forgotten

// The tables a person's edits change. Not the bookkeeping: the format version, the undo
// log itself, the search indexes (their own triggers follow the tables) and the
// timeline's cache.
bool recorded(const QString &table)
{
    return table != u"meta"_s && !table.startsWith(u"sqlite_"_s) && !table.startsWith(u"undo_"_s)
        && !table.startsWith(u"timeline_"_s) && !table.contains(u"_fts"_s);
}

QString identifier(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

QString literal(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', u"''"_s) + u'\'';
}

// Three TEMP triggers per table write the inverse of each change while undo_recording has
// a row. The statement is SQL text made by SQLite (quote() of every old value), run later
// by undoFromLog; only table and column names, which are the schema's own, are ours.
QStringList triggersFor(QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    QStringList columns;
    if (q.exec(u"PRAGMA main.table_info(%1)"_s.arg(identifier(table)))) {
        while (q.next())
            columns << q.value(1).toString();
    }
    if (columns.isEmpty())
        return {};
    const QString t = identifier(table);
    QStringList names, oldValues, assignments;
    for (const QString &c : std::as_const(columns)) {
        names << identifier(c);
        oldValues << u"quote(old.%1)"_s.arg(identifier(c));
        assignments << literal(identifier(c) + u'=') + u" || quote(old.%1)"_s.arg(identifier(c));
    }
    const QString reinsert = literal(u"INSERT INTO %1 (rowid, %2) VALUES ("_s.arg(t, names.join(u", "_s)))
                             + u" || old.rowid || ', ' || "_s + oldValues.join(u" || ', ' || "_s) + u" || ')'"_s;
    const QString restore = literal(u"UPDATE %1 SET "_s.arg(t)) + u" || "_s
                            + assignments.join(u" || ', ' || "_s) + u" || ' WHERE rowid = ' || old.rowid"_s;
    const QString remove = literal(u"DELETE FROM %1 WHERE rowid = "_s.arg(t)) + u" || new.rowid"_s;
    auto trigger = [&](const QString &op, const QString &statement) {
        return u"CREATE TEMP TRIGGER IF NOT EXISTS %1 AFTER %2 ON main.%3 BEGIN "
               "INSERT INTO undo_entries (step_id, direction, table_name, statement) "
               "SELECT step, direction, %4, %5 FROM undo_recording; END"_s.arg(
                   identifier(u"undo_"_s + table + u'_' + op.toLower()), op, t, literal(table), statement);
    };
    return {trigger(u"INSERT"_s, remove), trigger(u"DELETE"_s, reinsert), trigger(u"UPDATE"_s, restore)};
}

// Once per connection: the recording switch and the triggers.
Status ensureTriggers(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(u"SELECT 1 FROM temp.sqlite_master WHERE name = 'undo_recording'"_s) && q.next())
        return Ok{};
    QStringList sql = {u"CREATE TEMP TABLE undo_recording (step INTEGER NOT NULL, direction INTEGER NOT NULL)"_s};
    if (!q.exec(u"SELECT name FROM main.sqlite_master WHERE type = 'table' ORDER BY name"_s))
        return sqlFailure(q.lastError(), tr("preparing the undo history"));
    QStringList tables;
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        if (recorded(table))
            sql << triggersFor(db, table);
    }
    for (const QString &statement : std::as_const(sql)) {
        if (!q.exec(statement))
            return sqlFailure(q.lastError(), tr("preparing the undo history"));
    }
    return Ok{};
}

Status setRecording(QSqlDatabase &db, qint64 step, int direction)
{
    QSqlQuery q(db);
    if (!q.exec(u"DELETE FROM undo_recording"_s))
        return sqlFailure(q.lastError(), tr("recording the edit for undo"));
    if (step == 0)
        return Ok{};
    q.prepare(u"INSERT INTO undo_recording (step, direction) VALUES (?, ?)"_s);
    q.addBindValue(step);
    q.addBindValue(direction);
    if (!q.exec())
        return sqlFailure(q.lastError(), tr("recording the edit for undo"));
    return Ok{};
}

Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &doing)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return sqlFailure(q.lastError(), doing);
    return Ok{};
}

// Runs the step's statements of one direction, newest first, recording their inverse as
// the other direction, then forgets them. One transaction; foreign keys are checked at
// the end, since a parent row may come back after its children.
Result<QStringList> replay(Project &project, qint64 step, int direction)
{
    QSqlDatabase &db = project.database();
    if (Status s = ensureTriggers(db); !s)
        return s.error();
    const QString doing = direction == kUndo ? tr("undoing the edit") : tr("redoing the edit");
    if (!db.transaction())
        return sqlFailure(db.lastError(), doing);
    auto fail = [&db](const Error &e) {
        db.rollback();
        QSqlQuery(db).exec(u"DELETE FROM undo_recording"_s);
        return e;
    };
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA defer_foreign_keys = ON"_s))
        return fail(sqlFailure(q.lastError(), doing));
    q.prepare(u"SELECT table_name, statement FROM undo_entries WHERE step_id = ? AND direction = ? ORDER BY id DESC"_s);
    q.addBindValue(step);
    q.addBindValue(direction);
    if (!q.exec())
        return fail(sqlFailure(q.lastError(), doing));
    QList<std::pair<QString, QString>> statements;
    while (q.next())
        statements.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    const int other = direction == kUndo ? kRedo : kUndo;
    if (Status s = exec(db, u"DELETE FROM undo_entries WHERE step_id = ? AND direction = ?"_s, {step, other}, doing); !s)
        return fail(s.error());
    if (Status s = setRecording(db, step, other); !s)
        return fail(s.error());
    QSet<QString> tables;
    for (const auto &[table, statement] : std::as_const(statements)) {
        QSqlQuery run(db);
        if (!run.exec(statement)) {
            return fail(Error{tr("The edit could not be taken back or made again: the project has changed "
                                 "since (%1). Nothing was changed.")
                                  .arg(run.lastError().text())});
        }
        tables.insert(table);
    }
    if (Status s = setRecording(db, 0, 0); !s)
        return fail(s.error());
    if (Status s = exec(db, u"DELETE FROM undo_entries WHERE step_id = ? AND direction = ?"_s, {step, direction}, doing); !s)
        return fail(s.error());
    if (Status s = exec(db, u"UPDATE undo_steps SET done = ? WHERE id = ?"_s, {direction == kUndo ? 0 : 1, step}, doing); !s)
        return fail(s.error());
    if (!db.commit())
        return fail(sqlFailure(db.lastError(), doing));
    QStringList out(tables.begin(), tables.end());
    out.sort();
    return out;
}

} // namespace

Result<qint64> beginUndoStep(Project &project, const QString &text)
{
    QSqlDatabase &db = project.database();
    if (Status s = ensureTriggers(db); !s)
        return s.error();
    const QString doing = tr("recording the edit for undo");
    // A new edit ends the redo history, as in every program; a long history ends somewhere.
    if (Status s = exec(db, u"DELETE FROM undo_entries WHERE step_id IN (SELECT id FROM undo_steps WHERE done = 0)"_s, {}, doing); !s)
        return s.error();
    if (Status s = exec(db, u"DELETE FROM undo_steps WHERE done = 0"_s, {}, doing); !s)
        return s.error();
    const QString trim = u"(SELECT id FROM undo_steps ORDER BY id DESC LIMIT -1 OFFSET %1)"_s.arg(kMaxSteps - 1);
    if (Status s = exec(db, u"DELETE FROM undo_entries WHERE step_id IN "_s + trim, {}, doing); !s)
        return s.error();
    if (Status s = exec(db, u"DELETE FROM undo_steps WHERE id IN "_s + trim, {}, doing); !s)
        return s.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO undo_steps (text, done, created_at) VALUES (?, 1, ?)"_s);
    q.addBindValue(text);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return sqlFailure(q.lastError(), doing);
    const qint64 step = q.lastInsertId().toLongLong();
    if (Status s = setRecording(db, step, kUndo); !s)
        return s.error();
    return step;
}

Status resumeUndoStep(Project &project, qint64 step, Recording direction)
{
    QSqlDatabase &db = project.database();
    if (Status s = ensureTriggers(db); !s)
        return s;
    const int recording = direction == Recording::Undo ? kUndo : kRedo;
    // What was recorded the other way is about to be out of date.
    if (Status s = exec(db, u"DELETE FROM undo_entries WHERE step_id = ? AND direction = ?"_s, {step, recording},
                        tr("recording the edit for undo"));
        !s)
        return s;
    return setRecording(db, step, recording);
}

Status extendUndoStep(Project &project, qint64 step)
{
    QSqlDatabase &db = project.database();
    if (Status s = ensureTriggers(db); !s)
        return s;
    if (Status s = exec(db, u"DELETE FROM undo_entries WHERE step_id = ? AND direction = ?"_s, {step, kRedo},
                        tr("recording the edit for undo"));
        !s)
        return s;
    return setRecording(db, step, kUndo);
}

Status endUndoStep(Project &project, qint64 step, bool keep)
{
    QSqlDatabase &db = project.database();
    QSqlQuery q(db);
    int direction = kUndo;
    if (q.exec(u"SELECT direction FROM undo_recording"_s) && q.next())
        direction = q.value(0).toInt();
    q.finish();
    if (Status s = setRecording(db, 0, 0); !s)
        return s;
    const QString doing = tr("recording the edit for undo");
    if (!keep) {
        if (direction == kUndo) {
            if (Status s = exec(db, u"DELETE FROM undo_entries WHERE step_id = ?"_s, {step}, doing); !s)
                return s;
            return exec(db, u"DELETE FROM undo_steps WHERE id = ?"_s, {step}, doing);
        }
        return Ok{};
    }
    // Recording the redo statements means the step was just undone, and the other way.
    const int stale = direction == kUndo ? kRedo : kUndo;
    if (Status s = exec(db, u"DELETE FROM undo_entries WHERE step_id = ? AND direction = ?"_s, {step, stale}, doing); !s)
        return s;
    return exec(db, u"UPDATE undo_steps SET done = ? WHERE id = ?"_s, {direction == kUndo ? 1 : 0, step}, doing);
}

Result<QStringList> undoFromLog(Project &project, qint64 step)
{
    return replay(project, step, kUndo);
}

Result<QStringList> redoFromLog(Project &project, qint64 step)
{
    return replay(project, step, kRedo);
}

Result<QList<UndoStep>> undoSteps(Project &project)
{
    QSqlQuery q(project.database());
    // Done steps are always older than undone ones (a new edit drops the undone), so id
    // order is the stack's order.
    if (!q.exec(u"SELECT id, text, done FROM undo_steps ORDER BY id"_s))
        return sqlFailure(q.lastError(), tr("reading the undo history"));
    QList<UndoStep> steps;
    while (q.next())
        steps.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt() != 0});
    return steps;
}

Status clearUndoHistory(Project &project)
{
    QSqlDatabase &db = project.database();
    const QString doing = tr("clearing the undo history");
    if (Status s = exec(db, u"DELETE FROM undo_entries"_s, {}, doing); !s)
        return s;
    return exec(db, u"DELETE FROM undo_steps"_s, {}, doing);
}

} // namespace factline::store
