// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QIcon>

namespace factline {

// Each source (actor) has a colour of its own, stable across runs: hues spaced by the
// golden angle from the actor's id. Claims without a source are grey. Backgrounds use
// the colour with alpha, so text keeps the palette's own colour in light and dark mode.
QColor sourceColour(qint64 actorId);
QColor sourceHighlight(qint64 actorId, bool current = false);
QIcon sourceSwatch(qint64 actorId);  // a small square of the colour, for lists and menus

} // namespace factline
