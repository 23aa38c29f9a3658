// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace factline::exporting {

// One RFC 4180 field. Article text is data: a cell that starts with = + - @ (or a tab or
// carriage return) would be run as a formula by spreadsheet programs, so it gets a
// leading apostrophe.
QString csvField(const QString &value);
QString csvRow(const QStringList &fields); // fields joined, ending with CRLF

} // namespace factline::exporting
