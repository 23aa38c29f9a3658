// SPDX-License-Identifier: MIT
#pragma once

#include "compare/alignment.h"

#include <QColor>
#include <QList>
#include <QString>

namespace factline {

// The colours that mark differences, chosen to read on light and dark palettes.
QColor numberMark();
QColor qualifierMark();
QColor wordingMark();

// A claim's words as HTML, each of `numbers` (their words as in the text) marked as a
// number that disagrees with another claim of the dispute.
QString claimWordsHtml(const QString &text, const QStringList &numbers);

// The versions of one claim across outlets, each with its differences from the first
// marked (numbers, qualifiers, wording), as an HTML table.
QString alignmentHtml(const compare::AlignedClaim &aligned, bool highlighted);

} // namespace factline
