// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QSqlError>

namespace factline::store {

// Turns a database error into a sentence for the user: what happened while `doing`
// what, and what they can do about it (a locked file, a full disk, a damaged file).
Error sqlFailure(const QSqlError &error, const QString &doing);

} // namespace factline::store
