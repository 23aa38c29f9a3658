// SPDX-License-Identifier: MIT
#include "annotations.h"

#include "project.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace factline {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline", s);
}

struct VerdictRow {
    Verdict verdict;
    QString id;
    const char *name;
    int rating;
};

const QList<VerdictRow> &verdictRows()
{
    static const QList<VerdictRow> rows = {
        {Verdict::True, u"true"_s, QT_TRANSLATE_NOOP("factline", "True"), 5},
        {Verdict::MostlyTrue, u"mostly-true"_s, QT_TRANSLATE_NOOP("factline", "Mostly true"), 4},
        {Verdict::HalfTrue, u"half-true"_s, QT_TRANSLATE_NOOP("factline", "Half true"), 3},
        {Verdict::MostlyFalse, u"mostly-false"_s, QT_TRANSLATE_NOOP("factline", "Mostly false"), 2},
        {Verdict::False, u"false"_s, QT_TRANSLATE_NOOP("factline", "False"), 1},
        {Verdict::Unproven, u"unproven"_s, QT_TRANSLATE_NOOP("factline", "Unproven"), 0},
        {Verdict::Disputed, u"disputed"_s, QT_TRANSLATE_NOOP("factline", "Disputed"), 0},
        {Verdict::NotChecked, u"not-checked"_s, QT_TRANSLATE_NOOP("factline", "Not checked"), 0},
    };
    return rows;
}

const VerdictRow &rowOf(Verdict v)
{
    return verdictRows().at(static_cast<int>(v));
}

} // namespace

QList<Verdict> allVerdicts()
{
    QList<Verdict> out;
    for (const VerdictRow &r : verdictRows())
        out.append(r.verdict);
    return out;
}

QString verdictId(Verdict verdict)
{
    return rowOf(verdict).id;
}

std::optional<Verdict> verdictFromId(const QString &id)
{
    for (const VerdictRow &r : verdictRows()) {
        if (r.id == id)
            return r.verdict;
    }
    return std::nullopt;
}

QString verdictName(Verdict verdict)
{
    return tr(rowOf(verdict).name);
}

int verdictRating(Verdict verdict)
{
    return rowOf(verdict).rating;
}

} // namespace factline

namespace factline::store {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline", s);
}

// Text columns are NOT NULL, and a null QString binds as NULL.
QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? u""_s : s);
}

QString timeText(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime timeFrom(const QVariant &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// A prepared statement with its values bound in order; runs it and reports a failure as
// a sentence saying what was being done.
struct Statement {
    QSqlQuery q;
    Statement(Project &p, const QString &sql, const QVariantList &values) : q(p.database())
    {
        q.setForwardOnly(true); // rows are read once, in order: Qt need not keep a copy of each
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
    }
    Status run(const QString &doing)
    {
        if (!q.exec())
            return sqlFailure(q.lastError(), doing);
        return Ok{};
    }
};

Status exec(Project &p, const QString &sql, const QVariantList &values, const QString &doing)
{
    Statement s(p, sql, values);
    return s.run(doing);
}

Result<QList<qint64>> idList(Project &p, const QString &sql, const QVariantList &values, const QString &doing)
{
    Statement s(p, sql, values);
    if (Status st = s.run(doing); !st)
        return st.error();
    QList<qint64> ids;
    while (s.q.next())
        ids.append(s.q.value(0).toLongLong());
    return ids;
}

// Runs `body` in a transaction: committed when it succeeds, rolled back when not.
template<typename Body>
Status inTransaction(Project &p, const QString &doing, Body body)
{
    QSqlDatabase &db = p.database();
    if (!db.transaction())
        return sqlFailure(db.lastError(), doing);
    Status s = body();
    if (!s) {
        db.rollback();
        return s;
    }
    if (!db.commit()) {
        const Error e = sqlFailure(db.lastError(), doing);
        db.rollback();
        return e;
    }
    return Ok{};
}

Status requireRow(Project &p, const QString &table, qint64 id, const QString &missing)
{
    // `table` is one of our own constants, never user text.
    Statement s(p, u"SELECT 1 FROM "_s + table + u" WHERE id = ?"_s, {id});
    if (Status st = s.run(tr("reading the project")); !st)
        return st;
    if (!s.q.next())
        return Error{missing.arg(id)};
    return Ok{};
}

Status requireClaim(Project &p, qint64 claimId)
{
    return requireRow(p, u"claims"_s, claimId, tr("The claim %1 is no longer in this project."));
}

Annotation readAnnotation(QSqlQuery &q)
{
    Annotation a;
    a.claimId = q.value(0).toLongLong();
    a.verdict = verdictFromId(q.value(1).toString()).value_or(Verdict::NotChecked);
    a.note = q.value(2).toString();
    a.author = q.value(3).toString();
    a.createdAt = timeFrom(q.value(4));
    a.updatedAt = timeFrom(q.value(5));
    return a;
}

const QString AnnotationColumns = u"SELECT claim_id, verdict, note, author, created_at, updated_at FROM annotations"_s;

// The stored spelling of a tag: an existing tag of the same name in any case, else the
// name as given. Empty when there is no such tag and `create` is false.
Result<qint64> tagId(Project &p, const QString &name, bool create)
{
    Statement find(p, u"SELECT id FROM tags WHERE lower(name) = lower(?)"_s, {name});
    if (Status s = find.run(tr("reading the tags")); !s)
        return s.error();
    if (find.q.next())
        return find.q.value(0).toLongLong();
    if (!create)
        return qint64(0);
    Statement ins(p, u"INSERT INTO tags (name) VALUES (?)"_s, {name});
    if (Status s = ins.run(tr("adding a tag")); !s)
        return s.error();
    return ins.q.lastInsertId().toLongLong();
}

Status dropUnusedTag(Project &p, qint64 id)
{
    return exec(p, u"DELETE FROM tags WHERE id = ? AND NOT EXISTS (SELECT 1 FROM claim_tags WHERE tag_id = ?)"_s,
                {id, id}, tr("removing a tag"));
}

} // namespace

Result<Annotation> annotation(Project &project, qint64 claimId)
{
    if (Status s = requireClaim(project, claimId); !s)
        return s.error();
    Statement s(project, AnnotationColumns + u" WHERE claim_id = ?"_s, {claimId});
    if (Status st = s.run(tr("reading the claim's annotation")); !st)
        return st.error();
    if (s.q.next())
        return readAnnotation(s.q);
    Annotation none;
    none.claimId = claimId;
    return none;
}

Result<QHash<qint64, Annotation>> allAnnotations(Project &project)
{
    Statement s(project, AnnotationColumns, {});
    if (Status st = s.run(tr("reading the annotations")); !st)
        return st.error();
    QHash<qint64, Annotation> out;
    while (s.q.next()) {
        Annotation a = readAnnotation(s.q);
        out.insert(a.claimId, a);
    }
    return out;
}

namespace {

// "?, ?, ?" for a list of ids bound one by one; read in chunks below SQLite's oldest
// limit on bound values.
constexpr qsizetype IdChunk = 500;

QString placeholders(qsizetype n)
{
    QStringList marks(n, u"?"_s);
    return marks.join(u", "_s);
}

QVariantList idValues(const QList<qint64> &ids)
{
    QVariantList values;
    values.reserve(ids.size());
    for (qint64 id : ids)
        values.append(id);
    return values;
}

} // namespace

Result<QHash<qint64, Annotation>> annotationsOf(Project &project, const QList<qint64> &claimIds)
{
    QHash<qint64, Annotation> out;
    for (qsizetype from = 0; from < claimIds.size(); from += IdChunk) {
        const QList<qint64> chunk = claimIds.mid(from, IdChunk);
        Statement s(project, AnnotationColumns + u" WHERE claim_id IN ("_s + placeholders(chunk.size()) + u")"_s,
                    idValues(chunk));
        if (Status st = s.run(tr("reading the annotations")); !st)
            return st.error();
        while (s.q.next()) {
            Annotation a = readAnnotation(s.q);
            out.insert(a.claimId, a);
        }
    }
    return out;
}

Result<QHash<qint64, QStringList>> claimTagsOf(Project &project, const QList<qint64> &claimIds)
{
    QHash<qint64, QStringList> out;
    for (qsizetype from = 0; from < claimIds.size(); from += IdChunk) {
        const QList<qint64> chunk = claimIds.mid(from, IdChunk);
        Statement s(project,
                    u"SELECT ct.claim_id, t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id "
                    u"WHERE ct.claim_id IN ("_s
                        + placeholders(chunk.size()) + u") ORDER BY ct.claim_id, lower(t.name)"_s,
                    idValues(chunk));
        if (Status st = s.run(tr("reading the tags")); !st)
            return st.error();
        while (s.q.next())
            out[s.q.value(0).toLongLong()].append(s.q.value(1).toString());
    }
    return out;
}

Status writeAnnotation(Project &project, const Annotation &a)
{
    if (Status s = requireClaim(project, a.claimId); !s)
        return s;
    Status s = Ok{};
    if (a.isEmpty() || !a.createdAt.isValid()) {
        s = exec(project, u"DELETE FROM annotations WHERE claim_id = ?"_s, {a.claimId}, tr("removing an annotation"));
    } else {
        // An upsert keeps the row (and its full-text entry) in place.
        s = exec(project,
                 uR"(INSERT INTO annotations (claim_id, verdict, note, author, created_at, updated_at)
                     VALUES (?, ?, ?, ?, ?, ?)
                     ON CONFLICT (claim_id) DO UPDATE SET verdict = excluded.verdict, note = excluded.note,
                        author = excluded.author, created_at = excluded.created_at,
                        updated_at = excluded.updated_at)"_s,
                 {a.claimId, verdictId(a.verdict), text(a.note), text(a.author), timeText(a.createdAt),
                  text(timeText(a.updatedAt))},
                 tr("saving the annotation"));
    }
    if (s)
        emit project.annotationsChanged({a.claimId});
    return s;
}

Annotation stamped(Annotation a, const QString &author, const QDateTime &now)
{
    if (!a.createdAt.isValid())
        a.createdAt = now.toUTC();
    a.updatedAt = now.toUTC();
    if (!author.isEmpty())
        a.author = author;
    return a;
}

Status setVerdict(Project &project, qint64 claimId, Verdict verdict, const QString &author)
{
    Result<Annotation> a = annotation(project, claimId);
    if (!a)
        return a.error();
    Annotation after = *a;
    after.verdict = verdict;
    return writeAnnotation(project, stamped(after, author));
}

Status setNote(Project &project, qint64 claimId, const QString &note, const QString &author)
{
    Result<Annotation> a = annotation(project, claimId);
    if (!a)
        return a.error();
    Annotation after = *a;
    after.note = note;
    return writeAnnotation(project, stamped(after, author));
}

Result<QList<EvidenceLink>> evidence(Project &project, qint64 claimId)
{
    Statement s(project, u"SELECT url, title FROM evidence WHERE claim_id = ? ORDER BY ordinal, id"_s, {claimId});
    if (Status st = s.run(tr("reading the evidence")); !st)
        return st.error();
    QList<EvidenceLink> out;
    while (s.q.next())
        out.append({s.q.value(0).toString(), s.q.value(1).toString()});
    return out;
}

Result<QHash<qint64, QList<EvidenceLink>>> allEvidence(Project &project)
{
    Statement s(project, u"SELECT claim_id, url, title FROM evidence ORDER BY claim_id, ordinal, id"_s, {});
    if (Status st = s.run(tr("reading the evidence")); !st)
        return st.error();
    QHash<qint64, QList<EvidenceLink>> out;
    while (s.q.next())
        out[s.q.value(0).toLongLong()].append({s.q.value(1).toString(), s.q.value(2).toString()});
    return out;
}

Status setEvidence(Project &project, qint64 claimId, const QList<EvidenceLink> &links)
{
    for (const EvidenceLink &l : links) {
        if (l.url.trimmed().isEmpty())
            return Error{tr("An evidence link needs an address (URL). Add one, or remove the link.")};
    }
    if (Status s = requireClaim(project, claimId); !s)
        return s;
    Status s = inTransaction(project, tr("saving the evidence"), [&]() -> Status {
        if (Status d = exec(project, u"DELETE FROM evidence WHERE claim_id = ?"_s, {claimId},
                            tr("saving the evidence"));
            !d)
            return d;
        for (int i = 0; i < links.size(); ++i) {
            if (Status w = exec(project, u"INSERT INTO evidence (claim_id, ordinal, url, title) VALUES (?, ?, ?, ?)"_s,
                                {claimId, i, links[i].url.trimmed(), text(links[i].title.trimmed())},
                                tr("saving the evidence"));
                !w)
                return w;
        }
        return Ok{};
    });
    if (s)
        emit project.annotationsChanged({claimId});
    return s;
}

Result<QStringList> claimTags(Project &project, qint64 claimId)
{
    Statement s(project,
                u"SELECT t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.claim_id = ? "
                u"ORDER BY lower(t.name)"_s,
                {claimId});
    if (Status st = s.run(tr("reading the tags")); !st)
        return st.error();
    QStringList out;
    while (s.q.next())
        out.append(s.q.value(0).toString());
    return out;
}

Result<QHash<qint64, QStringList>> allClaimTags(Project &project)
{
    Statement s(project,
                u"SELECT ct.claim_id, t.name FROM claim_tags ct JOIN tags t ON t.id = ct.tag_id "
                u"ORDER BY ct.claim_id, lower(t.name)"_s,
                {});
    if (Status st = s.run(tr("reading the tags")); !st)
        return st.error();
    QHash<qint64, QStringList> out;
    while (s.q.next())
        out[s.q.value(0).toLongLong()].append(s.q.value(1).toString());
    return out;
}

Result<QList<TagCount>> tags(Project &project)
{
    Statement s(project,
                u"SELECT t.name, (SELECT count(*) FROM claim_tags ct WHERE ct.tag_id = t.id) FROM tags t "
                u"ORDER BY lower(t.name)"_s,
                {});
    if (Status st = s.run(tr("reading the tags")); !st)
        return st.error();
    QList<TagCount> out;
    while (s.q.next())
        out.append({s.q.value(0).toString(), s.q.value(1).toInt()});
    return out;
}

QString normalTagName(const QString &name)
{
    return name.simplified();
}

Status addTag(Project &project, qint64 claimId, const QString &tag)
{
    const QString name = normalTagName(tag);
    if (name.isEmpty())
        return Error{tr("A tag needs a name.")};
    if (Status s = requireClaim(project, claimId); !s)
        return s;
    Status s = inTransaction(project, tr("adding a tag"), [&]() -> Status {
        Result<qint64> id = tagId(project, name, true);
        if (!id)
            return id.error();
        return exec(project, u"INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) VALUES (?, ?)"_s, {claimId, *id},
                    tr("adding a tag"));
    });
    if (s)
        emit project.annotationsChanged({claimId});
    return s;
}

Status removeTag(Project &project, qint64 claimId, const QString &tag)
{
    const QString name = normalTagName(tag);
    Status s = inTransaction(project, tr("removing a tag"), [&]() -> Status {
        Result<qint64> id = tagId(project, name, false);
        if (!id)
            return id.error();
        if (*id == 0)
            return Ok{};
        if (Status d = exec(project, u"DELETE FROM claim_tags WHERE claim_id = ? AND tag_id = ?"_s, {claimId, *id},
                            tr("removing a tag"));
            !d)
            return d;
        return dropUnusedTag(project, *id);
    });
    if (s)
        emit project.annotationsChanged({claimId});
    return s;
}

Status renameTag(Project &project, const QString &from, const QString &to)
{
    const QString oldName = normalTagName(from);
    const QString newName = normalTagName(to);
    if (newName.isEmpty())
        return Error{tr("A tag needs a name.")};
    QList<qint64> touched;
    Status s = inTransaction(project, tr("renaming a tag"), [&]() -> Status {
        Result<qint64> source = tagId(project, oldName, false);
        if (!source)
            return source.error();
        if (*source == 0)
            return Error{tr("There is no tag “%1” in this project.").arg(oldName)};
        Result<QList<qint64>> claims = idList(project, u"SELECT claim_id FROM claim_tags WHERE tag_id = ?"_s,
                                              {*source}, tr("renaming a tag"));
        if (!claims)
            return claims.error();
        touched = *claims;
        Result<qint64> target = tagId(project, newName, false);
        if (!target)
            return target.error();
        if (*target == 0 || *target == *source) // a new name, or the same tag in another case
            return exec(project, u"UPDATE tags SET name = ? WHERE id = ?"_s, {newName, *source}, tr("renaming a tag"));
        if (Status m = exec(project,
                            u"INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) "
                            u"SELECT claim_id, ? FROM claim_tags WHERE tag_id = ?"_s,
                            {*target, *source}, tr("renaming a tag"));
            !m)
            return m;
        return exec(project, u"DELETE FROM tags WHERE id = ?"_s, {*source}, tr("renaming a tag"));
    });
    if (s && !touched.isEmpty())
        emit project.annotationsChanged(touched);
    return s;
}

Result<QString> eventNote(Project &project, qint64 eventId)
{
    Statement s(project, u"SELECT note FROM events WHERE id = ?"_s, {eventId});
    if (Status st = s.run(tr("reading the event's note")); !st)
        return st.error();
    if (!s.q.next())
        return Error{tr("The event %1 is no longer in this project.").arg(eventId)};
    return s.q.value(0).toString();
}

Status setEventNote(Project &project, qint64 eventId, const QString &note)
{
    if (Status s = requireRow(project, u"events"_s, eventId, tr("The event %1 is no longer in this project.")); !s)
        return s;
    Status s = exec(project, u"UPDATE events SET note = ? WHERE id = ?"_s, {text(note), eventId},
                    tr("saving the event's note"));
    if (s)
        emit project.eventNoteChanged(eventId);
    return s;
}

Result<QString> disputeNote(Project &project, qint64 disputeId)
{
    Statement s(project, u"SELECT note FROM disputes WHERE id = ?"_s, {disputeId});
    if (Status st = s.run(tr("reading the dispute's note")); !st)
        return st.error();
    if (!s.q.next())
        return Error{tr("The dispute %1 is no longer in this project.").arg(disputeId)};
    return s.q.value(0).toString();
}

Status setDisputeNote(Project &project, qint64 disputeId, const QString &note)
{
    if (Status s = requireRow(project, u"disputes"_s, disputeId, tr("The dispute %1 is no longer in this project."));
        !s)
        return s;
    Status s = exec(project, u"UPDATE disputes SET note = ? WHERE id = ?"_s, {text(note), disputeId},
                    tr("saving the dispute's note"));
    if (s)
        emit project.disputeNoteChanged(disputeId);
    return s;
}

Result<QList<qint64>> searchNotes(Project &project, const QString &query)
{
    if (query.trimmed().isEmpty())
        return QList<qint64>{};
    Result<QList<qint64>> ids = idList(project,
                                       u"SELECT a.claim_id FROM annotations_fts JOIN annotations a ON a.id = annotations_fts.rowid "
                                       u"WHERE annotations_fts MATCH ? ORDER BY annotations_fts.rank"_s,
                                       {query}, QString());
    if (!ids)
        return Error{tr("The search “%1” could not be understood. Use words, \"a phrase\" in quotes, or a "
                        "prefix followed by *.")
                         .arg(query)};
    return ids;
}

Result<QList<qint64>> claimsWithVerdict(Project &project, Verdict verdict)
{
    return idList(project,
                  u"SELECT c.id FROM claims c LEFT JOIN annotations a ON a.claim_id = c.id "
                  u"WHERE COALESCE(a.verdict, 'not-checked') = ? ORDER BY c.document_id, c.id"_s,
                  {verdictId(verdict)}, tr("filtering the claims by verdict"));
}

Result<QList<qint64>> claimsWithTag(Project &project, const QString &tag)
{
    return idList(project,
                  u"SELECT c.id FROM claims c JOIN claim_tags ct ON ct.claim_id = c.id JOIN tags t ON t.id = ct.tag_id "
                  u"WHERE lower(t.name) = lower(?) ORDER BY c.document_id, c.id"_s,
                  {normalTagName(tag)}, tr("filtering the claims by tag"));
}

} // namespace factline::store
