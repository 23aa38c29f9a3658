// SPDX-License-Identifier: MIT
#pragma once

#include "store/snapshot.h"

#include <QByteArray>

namespace factline::report {

// The whole project as JSON, schema "factline.project/1" (docs/formats.md): every
// document with its text, every source, claim (with its annotation, evidence and tags),
// date, event (with its note and claims), number and dispute, under their stored ids.
// Reading it back and writing it into a new project gives the same project.
inline constexpr auto ProjectSchema = "factline.project/1";

QByteArray projectJson(const ProjectSnapshot &project, const QDateTime &exportedAt = QDateTime::currentDateTimeUtc());

// Parses a factline.project/1 file. A file that is not JSON, has another schema or a
// newer version, or lacks a required field is an Error saying which and where.
Result<ProjectSnapshot> parseProjectJson(const QByteArray &json);

// Reads `path` and writes it into `project`, which must be empty.
Status importProjectJson(Project &project, const QString &path);

} // namespace factline::report
