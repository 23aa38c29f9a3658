// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

namespace factline {

// Builds the sample project a new user sees on first start: the bundled AP story on
// U.S.–Israeli talks over Rafah (March 2024), imported with its metadata and extracted.
// An existing file at `path` is opened and the article added only if it is missing.
Status createSampleProject(const QString &path);

} // namespace factline
