// SPDX-License-Identifier: MIT
#pragma once

#include "store/annotations.h"

class QUndoStack;

namespace factline {
class Project;
}

namespace factline::edit {

// A fact-checker's annotations, as undoable edits (the pattern of commands.h): each
// function writes at once and pushes a command on `stack`; an edit that changes nothing
// pushes nothing and returns Ok; a failure is an Error and pushes nothing. `author` is
// the name recorded with a verdict or note (empty keeps the one already there). Undo
// restores the annotation exactly, its times included.

Status setVerdict(QUndoStack &stack, Project &project, qint64 claimId, Verdict verdict, const QString &author = {});
Status setNote(QUndoStack &stack, Project &project, qint64 claimId, const QString &note, const QString &author = {});
Status setEvidence(QUndoStack &stack, Project &project, qint64 claimId, const QList<EvidenceLink> &links);
Status addTag(QUndoStack &stack, Project &project, qint64 claimId, const QString &tag);
Status removeTag(QUndoStack &stack, Project &project, qint64 claimId, const QString &tag);
Status setEventNote(QUndoStack &stack, Project &project, qint64 eventId, const QString &note);
Status setDisputeNote(QUndoStack &stack, Project &project, qint64 disputeId, const QString &note);

} // namespace factline::edit
