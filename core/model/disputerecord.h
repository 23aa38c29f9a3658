// SPDX-License-Identifier: MIT
#pragma once

#include "model/records.h"

namespace factline {

// One side of a dispute: a label ("Israel", "aid groups") and the claims that hold it.
struct PositionRecord {
    qint64 id = 0;
    QString side;
    QList<qint64> claimIds;  // stored: claim ids; in ExtractionRecords: indices into `claims`
    friend bool operator==(const PositionRecord &, const PositionRecord &) = default;
};

// A question on which claims compete, with its positions. The extractor suggests them
// (state "suggested"), a person accepts, rejects or makes them. `fingerprint` names the
// claims a suggestion was made from, so a rejected suggestion is not made again when
// extraction runs a second time (see store/disputes.h).
struct DisputeRecord {
    qint64 id = 0;
    QString title;
    QString state;           // suggested, accepted, rejected
    QStringList reasons;     // why the extractor suggested it, one sentence each
    Origin origin = Origin::Extractor;
    QString note;
    QString fingerprint;
    QDateTime createdAt;
    QList<PositionRecord> positions;

    QList<qint64> claimIds() const
    {
        QList<qint64> ids;
        for (const PositionRecord &p : positions)
            ids += p.claimIds;
        return ids;
    }
    friend bool operator==(const DisputeRecord &, const DisputeRecord &) = default;
};

inline const QString DisputeSuggested = QStringLiteral("suggested");
inline const QString DisputeAccepted = QStringLiteral("accepted");
inline const QString DisputeRejected = QStringLiteral("rejected");

} // namespace factline
