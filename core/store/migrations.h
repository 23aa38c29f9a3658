// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QStringList>

class QSqlDatabase;

namespace factline::store {

// The schema version this build writes. A file with a higher version was written by a
// newer Factline and is refused untouched; a lower one is migrated forward.
inline constexpr int CurrentSchemaVersion = 4;
// The page size of a project file made new (Project::open); the file format allows any.
inline constexpr int NewFilePageSize = 8192;

// Reads the version stored in the file: 0 for an empty database, an Error for a
// database that is not a Factline project.
Result<int> storedSchemaVersion(QSqlDatabase &db);

// Brings the schema from `from` to `to` in one transaction; on any failure the
// transaction is rolled back and the file is as it was. Steps are cumulative: a
// version-1 file goes through every step after 1.
Status migrate(QSqlDatabase &db, int from, int to = CurrentSchemaVersion);

// The timeline cache's tables and the triggers that mark it stale (version 3).
QStringList timelineCacheSchema();

} // namespace factline::store
