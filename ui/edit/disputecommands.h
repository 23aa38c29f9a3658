// SPDX-License-Identifier: MIT
#pragma once

#include "model/disputerecord.h"
#include "store/project.h"

class QUndoStack;

namespace factline::edit {

// The edits a person makes to disputes, as plain functions over private undo commands
// (see commands.h for the conventions). A suggestion that a person reshapes (renames,
// merges, splits, moves a claim in) becomes theirs: it survives re-extraction like an
// accepted one. Each pushes one command; undo restores every dispute it touched.

// Makes a dispute of the given claims, one position per source, in the claims' order.
Result<qint64> createDispute(QUndoStack &stack, Project &project, const QList<qint64> &claimIds,
                             const QString &title = {});
Status renameDispute(QUndoStack &stack, Project &project, qint64 disputeId, const QString &title);
// (A dispute's note is edited through annotationcommands.h, with the other notes.)
// state: DisputeSuggested, DisputeAccepted or DisputeRejected.
Status setDisputeState(QUndoStack &stack, Project &project, qint64 disputeId, const QString &state);
Status deleteDispute(QUndoStack &stack, Project &project, qint64 disputeId);
// Moves every position of `fromId` into `intoId` (positions with the same side become one).
Status mergeDisputes(QUndoStack &stack, Project &project, qint64 intoId, qint64 fromId);
// Moves the given claims out of the dispute into a new one; returns the new one's id.
Result<qint64> splitDispute(QUndoStack &stack, Project &project, qint64 disputeId, const QList<qint64> &claimIds);
// Moves a claim to position `toPosition` (an index), or to a new position when it is
// -1 or past the end. A position left empty is removed.
Status moveClaim(QUndoStack &stack, Project &project, qint64 disputeId, qint64 claimId, int toPosition);
Status renamePosition(QUndoStack &stack, Project &project, qint64 disputeId, int position, const QString &side);
// Takes a claim out of the dispute.
Status removeClaimFromDispute(QUndoStack &stack, Project &project, qint64 disputeId, qint64 claimId);

} // namespace factline::edit
