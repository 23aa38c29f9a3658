// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace factline {

class Project;

namespace store {

// The undo history, kept in the project file so that it survives closing and reopening.
//
// Each edit a person makes is a step. While a step runs, triggers on this connection (TEMP
// triggers, so that background imports on other connections are not recorded) write, for
// every row it inserts, updates or deletes, the statement that takes that change back —
// the technique of SQLite's "Automatic Undo/Redo" note, with values quoted by SQLite's
// quote(), never by us. Undoing a step runs those statements newest first and records, the
// same way, the statements that redo it.
//
// In one session the edit commands undo with their own code (which also tells the views
// precisely what changed); the log follows along, so that after reopening the same steps
// can be undone and redone from the log alone.
//
// Limit: statements name rows by rowid. A row that re-extraction deleted and a later import
// reused the id of could be touched by an old step; a step whose statements fail (a row is
// gone, an id is taken) is rolled back whole and reported.
struct UndoStep {
    qint64 id = 0;
    QString text;  // "Change source to “Israel”", as the Edit menu shows it
    bool done = true;
};

// Which direction the statements recorded now take a step.
enum class Recording { Undo, Redo };

// Starts recording `text` as a new step, dropping every undone step (as a new edit
// drops the redo history). Returns the step's id.
Result<qint64> beginUndoStep(Project &project, const QString &text);
// Starts recording into an existing step: while its own code undoes it (Recording::Redo)
// or redoes it (Recording::Undo).
Status resumeUndoStep(Project &project, qint64 step, Recording direction);
// Starts recording more of a step that is done and the newest (a note typed on after a
// pause): what it records is undone first, then what the step held before. The statements
// that redo the step are forgotten; undoing it records them again.
Status extendUndoStep(Project &project, qint64 step);
// Stops recording. `keep` false forgets what was recorded (the edit failed).
Status endUndoStep(Project &project, qint64 step, bool keep = true);

// Undoes or redoes a step from the log alone, in one transaction. Returns the tables it
// changed, so that the views can reload what they show of them.
Result<QStringList> undoFromLog(Project &project, qint64 step);
Result<QStringList> redoFromLog(Project &project, qint64 step);

// The steps in order, oldest first: done ones, then the undone ones above them.
Result<QList<UndoStep>> undoSteps(Project &project);
// Forgets the whole history (a new project, or after "Clear history").
Status clearUndoHistory(Project &project);

} // namespace store
} // namespace factline
