// SPDX-License-Identifier: MIT
#pragma once

#include <QList>

namespace factline::timeline {

// One item to place in a lane: its mark spans [start, end] (a point has start == end),
// its label wants `labelWidth` pixels from `labelStart`. All in pixels.
struct LayoutItem {
    double start = 0;
    double end = 0;
    double labelStart = 0;
    double labelWidth = 0;
};

struct PlacedItem {
    int row = -1;           // -1: no row had room; the item is counted, not drawn
    double labelWidth = 0;  // the room its label got (less than asked for when elided)
    bool elided = false;
    double start = 0;
    double end = 0;            // the right edge of mark and label together
};

struct LayoutOptions {
    int maxRows = 8;
    double gap = 6;             // between two items on a row
    double minLabelWidth = 28;  // a label elided to less than this is not worth showing
};

// Stacks items (sorted by start) into rows, first fit, so that no two items on a row
// overlap: an item goes on the first row with room for its mark and whole label; if none
// has room, the label before it on some row is elided to make room; if that would leave it
// too short, the item gets no row. Linear in items × rows.
struct Layout {
    QList<PlacedItem> items;  // in the order given
    int rowCount = 0;         // rows used
    int hidden = 0;           // items without a row
};
Layout stackRows(const QList<LayoutItem> &items, const LayoutOptions &options);

} // namespace factline::timeline
