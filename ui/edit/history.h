// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

class QUndoStack;

namespace factline {
class Project;
}

namespace factline::edit {

// Puts the steps of the project's undo log (store/undolog.h) on an empty stack, as they
// were when the project was last closed: the done steps, then the undone ones above them,
// so that Edit → Undo and Redo go on where the last session stopped. These steps undo and
// redo from the log; the views reload what the log changed.
Status restoreHistory(QUndoStack &stack, Project &project);

} // namespace factline::edit
