// SPDX-License-Identifier: MIT
#pragma once

#include "model/disputerecord.h"
#include "model/records.h"
#include "store/annotations.h"

#include <QHash>

namespace factline {

class Project;

// Everything a project file holds, as records: what the project JSON writes and reads
// (report/projectjson.h) and what reports are gathered from. Ids are the stored ones,
// so the references between records (claim → document, actor; quantity → claim;
// position → claims) hold as they are.
struct ProjectSnapshot {
    QList<DocumentRecord> documents;  // with their text
    QList<ActorRecord> actors;
    QList<ClaimRecord> claims;
    QList<TimexRecord> timexes;
    QList<EventRecord> events;
    QHash<qint64, QString> eventNotes;           // event id → note
    QHash<qint64, QList<qint64>> eventClaims;    // event id → claims about it
    QList<QuantityRecord> quantities;
    QList<DisputeRecord> disputes;
    QHash<qint64, Annotation> annotations;       // claim id → annotation
    QHash<qint64, QList<EvidenceLink>> evidence; // claim id → links
    QHash<qint64, QStringList> tags;             // claim id → tag names
};

} // namespace factline

namespace factline::store {

Result<ProjectSnapshot> readSnapshot(Project &project);
// Writes a snapshot into a project that has no documents yet, keeping every id, in one
// transaction: all of it or, on a failure, nothing.
Status writeSnapshot(Project &project, const ProjectSnapshot &snapshot);

} // namespace factline::store
