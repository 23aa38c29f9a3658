// SPDX-License-Identifier: MIT
#pragma once

#include "store/project.h"

class QUndoStack;

namespace factline::edit {

// Every edit a person makes, as plain functions. Each one writes to the project at once
// (there is no "save") and pushes an undoable command on `stack`; the command classes
// stay private to commands.cpp. An edit that would change nothing pushes nothing and
// returns Ok. A failure comes back as an Error with a sentence, and nothing is pushed.
// Edits to extractor output mark it "corrected"; accepting marks it "accepted".

Status setClaimSource(QUndoStack &stack, Project &project, qint64 claimId, const QString &actorName);
Status setClaimKind(QUndoStack &stack, Project &project, qint64 claimId, const QString &kind);
Status setClaimReviewState(QUndoStack &stack, Project &project, qint64 claimId, const QString &state);
Status setClaimCue(QUndoStack &stack, Project &project, qint64 claimId, CodePointSpan span, const QString &words);
Status setClaimWords(QUndoStack &stack, Project &project, qint64 claimId, CodePointSpan span, const QString &words);
Status deleteClaim(QUndoStack &stack, Project &project, qint64 claimId);
Result<qint64> addClaim(QUndoStack &stack, Project &project, ClaimRecord claim);

Status editActor(QUndoStack &stack, Project &project, const ActorRecord &changed);
Status mergeActors(QUndoStack &stack, Project &project, qint64 fromActorId, qint64 intoActorId);
// Moves the given claims of one source to a (new or existing) source named `newName`.
Status splitActor(QUndoStack &stack, Project &project, const QList<qint64> &claimIds, const QString &newName);

Status setTimexValue(QUndoStack &stack, Project &project, qint64 timexId, const QString &value);

Status editEvent(QUndoStack &stack, Project &project, const EventRecord &changed);
Result<qint64> addEvent(QUndoStack &stack, Project &project, EventRecord event);
Status deleteEvent(QUndoStack &stack, Project &project, qint64 eventId);

} // namespace factline::edit
