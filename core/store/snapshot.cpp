// SPDX-License-Identifier: MIT
#include "snapshot.h"

#include "project.h"
#include "reportdata.h"
#include "sqlerror.h"
#include "store/disputes.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace factline::store {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline", s);
}

template<typename T>
bool take(Result<T> r, T &into, Error &error)
{
    if (!r) {
        error = r.error();
        return false;
    }
    into = std::move(*r);
    return true;
}

QVariant text(const QString &s)
{
    return QVariant(s.isNull() ? u""_s : s);
}

QVariant orNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QVariant orNull(qint64 v, qint64 none)
{
    return v != none ? QVariant(v) : QVariant(QMetaType(QMetaType::LongLong));
}

// One prepared statement, reused for every row of a table.
class Insert
{
public:
    Insert(Project &p, const QString &sql) : m_q(p.database()) { m_q.prepare(sql); }
    Status run(const QVariantList &values, const QString &doing)
    {
        for (int i = 0; i < values.size(); ++i)
            m_q.bindValue(i, values[i]);
        if (!m_q.exec())
            return sqlFailure(m_q.lastError(), doing);
        return Ok{};
    }
    qint64 lastId() const { return m_q.lastInsertId().toLongLong(); }

private:
    QSqlQuery m_q;
};

Status writeDocuments(Project &p, const ProjectSnapshot &s)
{
    Insert doc(p, uR"(INSERT INTO documents (id, title, outlet, author, url, published, language, text, length,
                          checksum, source_path, format, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    for (const DocumentRecord &d : s.documents) {
        if (Status st = doc.run({d.id, text(d.meta.title), text(d.meta.outlet), text(d.meta.author), text(d.meta.url),
                                 orNull(d.meta.published), text(d.meta.language), text(d.text), d.length,
                                 text(d.checksum), text(d.sourcePath), text(d.format),
                                 d.importedAt.toUTC().toString(Qt::ISODate)},
                                tr("adding a document"));
            !st)
            return st;
    }
    Insert actor(p, u"INSERT INTO actors (id, name, kind, affiliation) VALUES (?, ?, ?, ?)"_s);
    Insert alias(p, u"INSERT OR IGNORE INTO actor_aliases (actor_id, alias) VALUES (?, ?)"_s);
    for (const ActorRecord &a : s.actors) {
        if (Status st = actor.run({a.id, text(a.name), text(a.kind), text(a.affiliation)}, tr("adding a source")); !st)
            return st;
        for (const QString &name : a.aliases) {
            if (Status st = alias.run({a.id, name}, tr("adding a source's other name")); !st)
                return st;
        }
    }
    return Ok{};
}

Status writeClaims(Project &p, const ProjectSnapshot &s)
{
    Insert claim(p, uR"(INSERT INTO claims (id, document_id, actor_id, source_start, source_end, cue_start, cue_end,
                            source_text, cue_text, text, kind, said_date, origin, confidence, review_state)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    Insert span(p, uR"(INSERT INTO claim_spans (claim_id, ordinal, start, "end") VALUES (?, ?, ?, ?))"_s);
    for (const ClaimRecord &c : s.claims) {
        if (Status st = claim.run({c.id, c.documentId, orNull(c.actorId, 0), orNull(c.source.start, -1),
                                   orNull(c.source.end, -1), orNull(c.cue.start, -1), orNull(c.cue.end, -1),
                                   text(c.sourceText), text(c.cueText), text(c.text), text(c.kind), orNull(c.saidDate),
                                   originName(c.origin), c.confidence, text(c.reviewState)},
                                  tr("adding a claim"));
            !st)
            return st;
        for (int i = 0; i < c.content.size(); ++i) {
            if (Status st = span.run({c.id, i, c.content[i].start, c.content[i].end}, tr("adding a claim")); !st)
                return st;
        }
    }
    Insert timex(p, uR"(INSERT INTO timexes (id, document_id, start, "end", text, type, value, relative, resolved,
                            explanation, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    for (const TimexRecord &t : s.timexes) {
        if (Status st = timex.run({t.id, t.documentId, t.span.start, t.span.end, text(t.text), text(t.type),
                                   text(t.value), t.relative ? 1 : 0, t.resolved ? 1 : 0, text(t.explanation),
                                   originName(t.origin)},
                                  tr("adding a date"));
            !st)
            return st;
    }
    Insert quantity(p, uR"(INSERT INTO quantities (id, document_id, claim_id, start, "end", text, value, unit, qualifier)
                           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    for (const QuantityRecord &q : s.quantities) {
        if (Status st = quantity.run({q.id, q.documentId, orNull(q.claimId, 0), q.span.start, q.span.end, text(q.text),
                                      q.value, text(q.unit), text(q.qualifier)},
                                     tr("adding a number"));
            !st)
            return st;
    }
    return Ok{};
}

Status writeEvents(Project &p, const ProjectSnapshot &s)
{
    Insert event(p, uR"(INSERT INTO events (id, document_id, title, date_value, date_start, date_end, granularity,
                            anchor_start, anchor_end, anchor_text, origin, confidence, note)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?))"_s);
    Insert actor(p, uR"(INSERT OR IGNORE INTO event_actors (event_id, actor_id)
                        SELECT ?, id FROM actors WHERE name = ?)"_s);
    Insert claim(p, u"INSERT OR IGNORE INTO event_claims (event_id, claim_id) VALUES (?, ?)"_s);
    for (const EventRecord &e : s.events) {
        if (Status st = event.run({e.id, orNull(e.documentId, 0), text(e.title), text(e.dateValue), orNull(e.dateStart),
                                   orNull(e.dateEnd), text(e.granularity), orNull(e.anchor.start, -1),
                                   orNull(e.anchor.end, -1), text(e.anchorText), originName(e.origin), e.confidence,
                                   text(s.eventNotes.value(e.id))},
                                  tr("adding an event"));
            !st)
            return st;
        for (const QString &name : e.actors) {
            if (Status st = actor.run({e.id, name}, tr("adding an event")); !st)
                return st;
        }
        for (qint64 c : s.eventClaims.value(e.id)) {
            if (Status st = claim.run({e.id, c}, tr("adding an event")); !st)
                return st;
        }
    }
    return Ok{};
}

Status writeAnnotations(Project &p, const ProjectSnapshot &s)
{
    Insert note(p, uR"(INSERT INTO annotations (claim_id, verdict, note, author, created_at, updated_at)
                       VALUES (?, ?, ?, ?, ?, ?))"_s);
    for (const Annotation &a : s.annotations) {
        if (Status st = note.run({a.claimId, verdictId(a.verdict), text(a.note), text(a.author),
                                  text(a.createdAt.toString(Qt::ISODateWithMs)),
                                  text(a.updatedAt.toString(Qt::ISODateWithMs))},
                                 tr("adding an annotation"));
            !st)
            return st;
    }
    Insert link(p, u"INSERT INTO evidence (claim_id, ordinal, url, title) VALUES (?, ?, ?, ?)"_s);
    for (auto it = s.evidence.cbegin(); it != s.evidence.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (Status st = link.run({it.key(), i, it->at(i).url, text(it->at(i).title)}, tr("adding evidence")); !st)
                return st;
        }
    }
    Insert tag(p, u"INSERT OR IGNORE INTO tags (name) VALUES (?)"_s);
    Insert tagged(p, u"INSERT OR IGNORE INTO claim_tags (claim_id, tag_id) SELECT ?, id FROM tags WHERE name = ?"_s);
    for (auto it = s.tags.cbegin(); it != s.tags.cend(); ++it) {
        for (const QString &name : *it) {
            if (Status st = tag.run({name}, tr("adding a tag")); !st)
                return st;
            if (Status st = tagged.run({it.key(), name}, tr("adding a tag")); !st)
                return st;
        }
    }
    return Ok{};
}

// Disputes are written here rather than through DisputeStore::write, which opens a
// transaction of its own: the import must be one transaction. The columns are those
// DisputeStore reads (reasons one per line).
Status writeDisputes(Project &p, const ProjectSnapshot &s)
{
    Insert dispute(p, uR"(INSERT INTO disputes (id, title, state, reasons, origin, note, fingerprint, created_at)
                          VALUES (?, ?, ?, ?, ?, ?, ?, ?))"_s);
    Insert position(p, u"INSERT INTO dispute_positions (id, dispute_id, side, ordinal) VALUES (?, ?, ?, ?)"_s);
    Insert claim(p, u"INSERT OR IGNORE INTO position_claims (position_id, claim_id) VALUES (?, ?)"_s);
    for (const DisputeRecord &d : s.disputes) {
        if (Status st = dispute.run({d.id, text(d.title), text(d.state), d.reasons.join(u'\n'), originName(d.origin),
                                     text(d.note), text(d.fingerprint), text(d.createdAt.toString(Qt::ISODate))},
                                    tr("adding a dispute"));
            !st)
            return st;
        for (int i = 0; i < d.positions.size(); ++i) {
            const PositionRecord &pos = d.positions[i];
            if (Status st = position.run({orNull(pos.id, 0), d.id, text(pos.side), i}, tr("adding a dispute")); !st)
                return st;
            const qint64 positionId = pos.id > 0 ? pos.id : position.lastId();
            for (qint64 c : pos.claimIds) {
                if (Status st = claim.run({positionId, c}, tr("adding a dispute")); !st)
                    return st;
            }
        }
    }
    return Ok{};
}

} // namespace

Result<ProjectSnapshot> readSnapshot(Project &project)
{
    ProjectSnapshot s;
    Error e;
    QList<DocumentRecord> listed;
    if (!take(project.documents(), listed, e))
        return e;
    for (const DocumentRecord &d : std::as_const(listed)) {
        DocumentRecord full;
        if (!take(project.document(d.id), full, e))
            return e;
        s.documents.append(full);
    }
    if (!take(project.actors(), s.actors, e) || !take(project.claims(), s.claims, e)
        || !take(project.timexes(), s.timexes, e) || !take(project.events(), s.events, e)
        || !take(eventNotes(project), s.eventNotes, e) || !take(eventClaims(project), s.eventClaims, e)
        || !take(project.quantities(), s.quantities, e) || !take(DisputeStore(project).disputes(), s.disputes, e)
        || !take(allAnnotations(project), s.annotations, e) || !take(allEvidence(project), s.evidence, e)
        || !take(allClaimTags(project), s.tags, e))
        return e;
    return s;
}

Status writeSnapshot(Project &project, const ProjectSnapshot &s)
{
    Result<QList<DocumentRecord>> existing = project.documents();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return Error{tr("The project already holds documents. Import a project's JSON into a new, empty project.")};
    QSqlDatabase &db = project.database();
    if (!db.transaction())
        return sqlFailure(db.lastError(), tr("importing the project"));
    Status st = writeDocuments(project, s);
    if (st)
        st = writeClaims(project, s);
    if (st)
        st = writeEvents(project, s);
    if (st)
        st = writeAnnotations(project, s);
    if (st)
        st = writeDisputes(project, s);
    if (!st) {
        db.rollback();
        return st;
    }
    if (!db.commit()) {
        const Error failed = sqlFailure(db.lastError(), tr("importing the project"));
        db.rollback();
        return failed;
    }
    emit project.documentsChanged();
    emit project.claimsReset();
    emit project.actorsChanged();
    emit project.eventsChanged();
    emit project.disputesChanged();
    return Ok{};
}

} // namespace factline::store
