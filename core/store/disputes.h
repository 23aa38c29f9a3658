// SPDX-License-Identifier: MIT
#pragma once

#include "model/disputerecord.h"
#include "store/project.h"

#include <QHash>

class QSqlDatabase;

namespace factline {

// What a fact-checker has said about a claim, as far as the comparison view shows it.
struct ClaimVerdict {
    QString verdict;  // empty when nobody has judged the claim
    QString note;
};

// The disputes of a project: reads and writes of the disputes, dispute_positions and
// position_claims tables. Every value is bound; a write of several rows is one
// transaction. Writes emit Project::disputesChanged.
class DisputeStore
{
public:
    explicit DisputeStore(Project &project) : m_project(project) {}

    Result<QList<DisputeRecord>> disputes() const;  // oldest first, positions in order
    Result<DisputeRecord> dispute(qint64 id) const;
    // The disputes that hold a claim.
    Result<QList<qint64>> disputesOfClaim(qint64 claimId) const;

    // Removes the disputes `removeIds` and writes every record of `save` as given, in one
    // transaction: a record with an id replaces the stored one (positions and all) or is
    // inserted again under that id (undo); one without gets a new id, written back into
    // it, as are the ids of new positions. Claims that no longer exist are left out.
    Status write(const QList<qint64> &removeIds, QList<DisputeRecord> &save);
    Result<qint64> insert(DisputeRecord record);
    Status update(DisputeRecord record);
    Status remove(qint64 id);

    // The verdict and note of each claim, from the annotations table (another part of
    // the store owns that table; this is the comparison view's read of it).
    Result<QHash<qint64, ClaimVerdict>> verdicts(const QList<qint64> &claimIds) const;

private:
    Project &m_project;
};

// Names a set of claims independently of their row ids, which change when extraction
// runs again: the document and content spans of each, sorted, hashed.
QString claimKey(qint64 documentId, const QList<CodePointSpan> &content);
QString disputeFingerprint(QStringList claimKeys);

namespace store {

// The links between kept disputes (accepted, rejected or made by a person) and the
// extractor's claims of one document, remembered before those claims are replaced.
struct KeptDisputeLinks {
    struct Link {
        qint64 positionId = 0;
        QString key;              // claimKey() of the old claim
        CodePointSpan firstSpan;  // to find the claim again when its spans moved a little
    };
    QList<Link> links;
};

// Called by Project::storeExtraction inside its transaction: before it deletes the
// document's extractor claims, and after it has stored the new ones. Suggestions the
// extractor made earlier for the document are dropped and made again; kept disputes
// get their claims back; a new suggestion whose fingerprint a kept dispute has (the
// user rejected or accepted it already) is not stored.
Result<KeptDisputeLinks> detachDisputes(QSqlDatabase &db, qint64 documentId);
Status storeSuggestedDisputes(QSqlDatabase &db, qint64 documentId, const ExtractionRecords &records,
                              const QList<qint64> &claimIds, const KeptDisputeLinks &kept);

} // namespace store
} // namespace factline
