// SPDX-License-Identifier: MIT
#pragma once

#include "store/annotations.h"

#include <QColor>
#include <QIcon>

namespace factline {

// How a verdict looks wherever it is shown (tables, the inspector, filters): a colour
// from green (True) through amber to red (False), with the verdicts that are not a degree
// of truth in their own hues. Mid-tone colours, so the marker reads on light and dark
// palettes alike; text next to it keeps the palette's colour.
QColor verdictColour(Verdict verdict);
// A small round marker of the colour; "Not checked" is an empty ring, so that an
// unchecked claim is visibly different from a checked one without drawing the eye.
QIcon verdictMarker(Verdict verdict);

} // namespace factline
