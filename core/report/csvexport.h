// SPDX-License-Identifier: MIT
#pragma once

#include "reportdata.h"

#include <QByteArray>

#include <optional>

namespace factline::report {

// The claims, events or sources in scope as RFC 4180 CSV, UTF-8 with a byte order mark
// (so that spreadsheet programs read it as UTF-8), CRLF line ends, and cells that start
// like a formula neutralised (export/csv.h).
enum class CsvTable { Claims, Events, Actors };

QByteArray csvTable(const ReportData &data, CsvTable table);
// "claims", "events", "actors" (or "sources"); nullopt for anything else.
std::optional<CsvTable> csvTableFromName(const QString &name);

} // namespace factline::report
