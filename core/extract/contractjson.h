// SPDX-License-Identifier: MIT
#pragma once

#include "extract/pipeline.h"

#include <QByteArray>

namespace factline::extract {

// The factline.extract/1 JSON of ../shared/eval/README.md, as one line of UTF-8 with
// code-point offsets. Written directly rather than through QJsonObject: the scorer and
// `extract --format jsonl` run it over thousands of articles, and building a JSON tree
// cost more than extraction itself. `file`, when not empty, is added as "file".
QByteArray contractJson(QStringView text, const Extraction &extraction, const QString &file = QString());

} // namespace factline::extract
