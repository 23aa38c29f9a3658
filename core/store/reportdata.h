// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace factline {
class Project;
}

// Reads of the rows that belong to events and that reports and the project JSON need
// beyond Project's records. Disputes come from DisputeStore (store/disputes.h).
namespace factline::store {

// Event notes by event id (only events that have one).
Result<QHash<qint64, QString>> eventNotes(Project &project);
// Which claims are about which event: event id → claim ids.
Result<QHash<qint64, QList<qint64>>> eventClaims(Project &project);

} // namespace factline::store
