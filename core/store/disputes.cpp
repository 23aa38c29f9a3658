// SPDX-License-Identifier: MIT
#include "disputes.h"

#include "sqlerror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVarLengthArray>
#include <QVariant>

#include <algorithm>
#include <charconv>
#include <optional>

namespace factline {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline", s);
}

QSqlQuery prepared(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true); // rows are read once, in order: Qt need not keep a copy of each
    q.prepare(sql);
    return q;
}

QString textOf(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

// The rows of one dispute's positions and their claims: positions are rewritten whole.
Status writePositions(QSqlDatabase &db, DisputeRecord &d)
{
    QSqlQuery del = prepared(db, u"DELETE FROM dispute_positions WHERE dispute_id = ?"_s);
    del.addBindValue(d.id);
    if (!del.exec())
        return store::sqlFailure(del.lastError(), tr("saving a dispute's positions"));
    QSqlQuery pos = prepared(db, u"INSERT INTO dispute_positions (id, dispute_id, side, ordinal) VALUES (?, ?, ?, ?)"_s);
    // A claim that was deleted meanwhile is skipped rather than failing the whole write.
    QSqlQuery link = prepared(db, uR"(INSERT OR IGNORE INTO position_claims (position_id, claim_id)
                                      SELECT ?, id FROM claims WHERE id = ?)"_s);
    for (qsizetype i = 0; i < d.positions.size(); ++i) {
        PositionRecord &p = d.positions[i];
        pos.addBindValue(p.id > 0 ? QVariant(p.id) : QVariant(QMetaType(QMetaType::LongLong)));
        pos.addBindValue(d.id);
        pos.addBindValue(textOf(p.side));
        pos.addBindValue(i);
        if (!pos.exec())
            return store::sqlFailure(pos.lastError(), tr("saving a dispute's positions"));
        p.id = pos.lastInsertId().toLongLong();
        for (const qint64 claim : std::as_const(p.claimIds)) {
            link.addBindValue(p.id);
            link.addBindValue(claim);
            if (!link.exec())
                return store::sqlFailure(link.lastError(), tr("saving a dispute's claims"));
        }
    }
    return Ok{};
}

Status writeDispute(QSqlDatabase &db, DisputeRecord &d)
{
    if (!d.createdAt.isValid())
        d.createdAt = QDateTime::currentDateTimeUtc();
    const QString created = d.createdAt.toUTC().toString(Qt::ISODate);
    const QString reasons = textOf(d.reasons.join(u'\n'));
    bool exists = false;
    if (d.id > 0) {
        QSqlQuery up = prepared(db, uR"(UPDATE disputes SET title = ?, state = ?, reasons = ?, origin = ?, note = ?,
                                        fingerprint = ?, created_at = ? WHERE id = ?)"_s);
        for (const QVariant &v : {QVariant(textOf(d.title)), QVariant(textOf(d.state)), QVariant(reasons),
                                  QVariant(originName(d.origin)), QVariant(textOf(d.note)),
                                  QVariant(textOf(d.fingerprint)), QVariant(created), QVariant(d.id)})
            up.addBindValue(v);
        if (!up.exec())
            return store::sqlFailure(up.lastError(), tr("saving a dispute"));
        exists = up.numRowsAffected() > 0;
    }
    if (!exists) {
        QSqlQuery in = prepared(db, uR"(INSERT INTO disputes (id, title, state, reasons, origin, note, fingerprint,
                                        created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?))"_s);
        in.addBindValue(d.id > 0 ? QVariant(d.id) : QVariant(QMetaType(QMetaType::LongLong)));
        for (const QVariant &v : {QVariant(textOf(d.title)), QVariant(textOf(d.state)), QVariant(reasons),
                                  QVariant(originName(d.origin)), QVariant(textOf(d.note)),
                                  QVariant(textOf(d.fingerprint)), QVariant(created)})
            in.addBindValue(v);
        if (!in.exec())
            return store::sqlFailure(in.lastError(), tr("saving a dispute"));
        d.id = in.lastInsertId().toLongLong();
    }
    return writePositions(db, d);
}

Result<QList<DisputeRecord>> readDisputes(QSqlDatabase &db, qint64 onlyId)
{
    QSqlQuery q = prepared(db, uR"(SELECT id, title, state, reasons, origin, note, fingerprint, created_at
                                   FROM disputes WHERE (? = 0 OR id = ?) ORDER BY id)"_s);
    q.addBindValue(onlyId);
    q.addBindValue(onlyId);
    if (!q.exec())
        return store::sqlFailure(q.lastError(), tr("reading the disputes"));
    QList<DisputeRecord> out;
    QHash<qint64, qsizetype> indexOf;
    while (q.next()) {
        DisputeRecord d;
        d.id = q.value(0).toLongLong();
        d.title = q.value(1).toString();
        d.state = q.value(2).toString();
        d.reasons = q.value(3).toString().split(u'\n', Qt::SkipEmptyParts);
        d.origin = originFromName(q.value(4).toString());
        d.note = q.value(5).toString();
        d.fingerprint = q.value(6).toString();
        d.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        indexOf.insert(d.id, out.size());
        out.append(d);
    }
    QSqlQuery p = prepared(db, uR"(SELECT id, dispute_id, side FROM dispute_positions
                                   WHERE (? = 0 OR dispute_id = ?) ORDER BY dispute_id, ordinal, id)"_s);
    p.addBindValue(onlyId);
    p.addBindValue(onlyId);
    if (!p.exec())
        return store::sqlFailure(p.lastError(), tr("reading the disputes"));
    QHash<qint64, QPair<qsizetype, qsizetype>> positionAt; // position id -> (dispute, position)
    while (p.next()) {
        const qsizetype d = indexOf.value(p.value(1).toLongLong(), -1);
        if (d < 0)
            continue;
        positionAt.insert(p.value(0).toLongLong(), {d, out[d].positions.size()});
        out[d].positions.append(PositionRecord{p.value(0).toLongLong(), p.value(2).toString(), {}});
    }
    // Claims in the order a reader meets them: by document, then by where their words start.
    QSqlQuery c = prepared(db, uR"(SELECT pc.position_id, pc.claim_id FROM position_claims pc
                                   JOIN claims c ON c.id = pc.claim_id
                                   JOIN dispute_positions p ON p.id = pc.position_id
                                   WHERE (? = 0 OR p.dispute_id = ?)
                                   ORDER BY c.document_id,
                                            (SELECT MIN(s.start) FROM claim_spans s WHERE s.claim_id = c.id), c.id)"_s);
    c.addBindValue(onlyId);
    c.addBindValue(onlyId);
    if (!c.exec())
        return store::sqlFailure(c.lastError(), tr("reading the disputes"));
    while (c.next()) {
        const auto at = positionAt.value(c.value(0).toLongLong(), {-1, -1});
        if (at.first >= 0)
            out[at.first].positions[at.second].claimIds.append(c.value(1).toLongLong());
    }
    return out;
}

} // namespace

Result<QList<DisputeRecord>> DisputeStore::disputes() const
{
    return readDisputes(m_project.database(), 0);
}

Result<DisputeRecord> DisputeStore::dispute(qint64 id) const
{
    Result<QList<DisputeRecord>> all = readDisputes(m_project.database(), id);
    if (!all)
        return all.error();
    if (all->isEmpty() || id <= 0)
        return Error{tr("The dispute no longer exists: it may have been deleted or merged.")};
    return all->first();
}

Result<QList<qint64>> DisputeStore::disputesOfClaim(qint64 claimId) const
{
    QSqlQuery q = prepared(m_project.database(), uR"(SELECT DISTINCT p.dispute_id FROM position_claims pc
                                                     JOIN dispute_positions p ON p.id = pc.position_id
                                                     WHERE pc.claim_id = ? ORDER BY p.dispute_id)"_s);
    q.addBindValue(claimId);
    if (!q.exec())
        return store::sqlFailure(q.lastError(), tr("reading the disputes"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Status DisputeStore::write(const QList<qint64> &removeIds, QList<DisputeRecord> &save)
{
    QSqlDatabase &db = m_project.database();
    if (!db.transaction())
        return store::sqlFailure(db.lastError(), tr("saving the disputes"));
    auto fail = [&db](const Error &e) -> Status {
        db.rollback();
        return e;
    };
    QSqlQuery del = prepared(db, u"DELETE FROM disputes WHERE id = ?"_s);
    for (const qint64 id : removeIds) {
        del.addBindValue(id);
        if (!del.exec())
            return fail(store::sqlFailure(del.lastError(), tr("deleting a dispute")));
    }
    for (DisputeRecord &d : save) {
        if (Status s = writeDispute(db, d); !s)
            return fail(s.error());
    }
    if (!db.commit())
        return fail(store::sqlFailure(db.lastError(), tr("saving the disputes")));
    emit m_project.disputesChanged();
    return Ok{};
}

Result<qint64> DisputeStore::insert(DisputeRecord record)
{
    QList<DisputeRecord> one{std::move(record)};
    if (Status s = write({}, one); !s)
        return s.error();
    return one.first().id;
}

Status DisputeStore::update(DisputeRecord record)
{
    QList<DisputeRecord> one{std::move(record)};
    return write({}, one);
}

Status DisputeStore::remove(qint64 id)
{
    QList<DisputeRecord> none;
    return write({id}, none);
}

Result<QHash<qint64, ClaimVerdict>> DisputeStore::verdicts(const QList<qint64> &claimIds) const
{
    QSqlQuery q = prepared(m_project.database(), u"SELECT verdict, note FROM annotations WHERE claim_id = ?"_s);
    QHash<qint64, ClaimVerdict> out;
    for (const qint64 id : claimIds) {
        q.addBindValue(id);
        if (!q.exec())
            return store::sqlFailure(q.lastError(), tr("reading the verdicts"));
        if (q.next())
            out.insert(id, ClaimVerdict{q.value(0).toString(), q.value(1).toString()});
    }
    return out;
}

// "12:40-52:60-71". The digits go straight into one buffer (std::to_chars writes what
// QString::number does): an import makes ten keys an article.
QString claimKey(qint64 documentId, const QList<CodePointSpan> &content)
{
    QVarLengthArray<char, 128> key;
    auto append = [&key](qint64 n) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
        key.append(digits, end - digits);
    };
    append(documentId);
    for (const CodePointSpan &s : content) {
        key.append(':');
        append(s.start);
        key.append('-');
        append(s.end);
    }
    return QString::fromLatin1(key.data(), key.size());
}

QString disputeFingerprint(QStringList claimKeys)
{
    std::sort(claimKeys.begin(), claimKeys.end());
    claimKeys.removeAll(QString());
    return QString::fromLatin1(
        QCryptographicHash::hash(claimKeys.join(u'|').toUtf8(), QCryptographicHash::Sha1).toHex());
}

namespace store {

Result<KeptDisputeLinks> detachDisputes(QSqlDatabase &db, qint64 documentId)
{
    // Only the claims the extraction run is about to delete need remembering (the same
    // rows as the DELETE in Project::storeExtraction); a person's claims stay linked.
    QSqlQuery q = prepared(db, uR"(SELECT pc.position_id, c.id, s.start, s."end" FROM position_claims pc
                                   JOIN claims c ON c.id = pc.claim_id
                                   JOIN dispute_positions p ON p.id = pc.position_id
                                   JOIN disputes d ON d.id = p.dispute_id
                                   JOIN claim_spans s ON s.claim_id = c.id
                                   WHERE c.document_id = ? AND c.origin = 'extractor'
                                     AND c.review_state = 'unreviewed'
                                     AND NOT (d.state = 'suggested' AND d.origin = 'extractor')
                                   ORDER BY pc.position_id, c.id, s.ordinal)"_s);
    q.addBindValue(documentId);
    if (!q.exec())
        return sqlFailure(q.lastError(), tr("keeping the disputes while extracting again"));
    KeptDisputeLinks kept;
    QPair<qint64, qint64> current{0, 0};
    QList<CodePointSpan> spans;
    auto flush = [&] {
        if (current.first && !spans.isEmpty())
            kept.links.append({current.first, claimKey(documentId, spans), spans.first()});
        spans.clear();
    };
    while (q.next()) {
        const QPair<qint64, qint64> row{q.value(0).toLongLong(), q.value(1).toLongLong()};
        if (row != current) {
            flush();
            current = row;
        }
        spans.append({q.value(2).toLongLong(), q.value(3).toLongLong()});
    }
    flush();
    QSqlQuery del = prepared(db, uR"(DELETE FROM disputes WHERE state = 'suggested' AND origin = 'extractor'
                                     AND id IN (SELECT p.dispute_id FROM dispute_positions p
                                                JOIN position_claims pc ON pc.position_id = p.id
                                                JOIN claims c ON c.id = pc.claim_id WHERE c.document_id = ?))"_s);
    del.addBindValue(documentId);
    if (!del.exec())
        return sqlFailure(del.lastError(), tr("replacing earlier dispute suggestions"));
    return kept;
}

namespace {

// The new claim that stands for a remembered one: the same spans, else the first
// whose words begin inside the old claim's first span.
qint64 findAgain(const KeptDisputeLinks::Link &link, const QHash<QString, qint64> &byKey,
                 const QList<QPair<CodePointSpan, qint64>> &firstSpans)
{
    if (const qint64 id = byKey.value(link.key, 0))
        return id;
    for (const auto &[span, id] : firstSpans) {
        if (span.start < link.firstSpan.end && link.firstSpan.start < span.end)
            return id;
    }
    return 0;
}

// Which disputes each of this document's claims is in. Only this document's: reading every
// dispute of the project on each import made importing slower the bigger the project.
Status readKept(QSqlDatabase &db, qint64 documentId, QHash<qint64, QSet<qint64>> &disputesOfClaim)
{
    QSqlQuery q = prepared(db, uR"(SELECT p.dispute_id, pc.claim_id FROM position_claims pc
                                   JOIN dispute_positions p ON p.id = pc.position_id
                                   JOIN claims c ON c.id = pc.claim_id WHERE c.document_id = ?)"_s);
    q.addBindValue(documentId);
    if (!q.exec())
        return sqlFailure(q.lastError(), tr("reading the disputes"));
    while (q.next())
        disputesOfClaim[q.value(1).toLongLong()].insert(q.value(0).toLongLong());
    return Ok{};
}

} // namespace

Status storeSuggestedDisputes(QSqlDatabase &db, qint64 documentId, const ExtractionRecords &records,
                              const QList<qint64> &claimIds, const KeptDisputeLinks &kept)
{
    QHash<QString, qint64> byKey;
    QList<QPair<CodePointSpan, qint64>> firstSpans;
    QList<QString> keys;
    for (qsizetype i = 0; i < records.claims.size() && i < claimIds.size(); ++i) {
        keys.append(claimKey(documentId, records.claims[i].content));
        byKey.insert(keys.last(), claimIds[i]);
        if (!records.claims[i].content.isEmpty())
            firstSpans.append({records.claims[i].content.first(), claimIds[i]});
    }
    QSqlQuery link = prepared(db, u"INSERT OR IGNORE INTO position_claims (position_id, claim_id) VALUES (?, ?)"_s);
    for (const KeptDisputeLinks::Link &l : kept.links) {
        const qint64 id = findAgain(l, byKey, firstSpans);
        if (!id)
            continue; // the extractor no longer finds that claim
        link.addBindValue(l.positionId);
        link.addBindValue(id);
        if (!link.exec())
            return sqlFailure(link.lastError(), tr("keeping the disputes while extracting again"));
    }
    QHash<qint64, QSet<qint64>> disputesOfClaim;
    if (Status s = readKept(db, documentId, disputesOfClaim); !s)
        return s;
    // A dispute the user decided on is known by its fingerprint, even once its claims are
    // gone (a rejected suggestion stays rejected): looked up by the index, one per suggestion.
    QSqlQuery decided = prepared(db, u"SELECT 1 FROM disputes WHERE fingerprint = ? LIMIT 1"_s);
    for (const DisputeRecord &suggested : records.disputes) {
        DisputeRecord d = suggested;
        QStringList memberKeys;
        std::optional<QSet<qint64>> common; // kept disputes that already hold every claim
        for (PositionRecord &p : d.positions) {
            for (qint64 &c : p.claimIds) {
                const qsizetype index = c;
                c = index >= 0 && index < claimIds.size() ? claimIds[index] : 0;
                memberKeys.append(index >= 0 && index < keys.size() ? keys[index] : QString());
                const QSet<qint64> in = disputesOfClaim.value(c);
                common = common ? common->intersect(in) : in;
            }
            p.claimIds.removeAll(0);
        }
        d.fingerprint = disputeFingerprint(memberKeys);
        if (common && !common->isEmpty())
            continue; // the user has decided on this one already
        decided.addBindValue(d.fingerprint);
        if (!decided.exec())
            return sqlFailure(decided.lastError(), tr("reading the disputes"));
        const bool known = decided.next();
        decided.finish();
        if (known)
            continue;
        d.id = 0;
        d.state = DisputeSuggested;
        d.origin = Origin::Extractor;
        if (Status s = writeDispute(db, d); !s)
            return s;
    }
    return Ok{};
}

} // namespace store
} // namespace factline
