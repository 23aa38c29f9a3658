// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QList>

namespace factline::report::pdf {

// One PDF with the pages of `parts` in order, and the first part's document information
// (title, creator). The parts' streams are copied as they are, not compressed again.
// Uses qpdf, which reads and writes PDF files whole and correctly.
Result<QByteArray> join(const QList<QByteArray> &parts);

} // namespace factline::report::pdf
