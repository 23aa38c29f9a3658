// SPDX-License-Identifier: MIT
#include "timelinelayout.h"

#include <algorithm>

namespace factline::timeline {

Layout stackRows(const QList<LayoutItem> &items, const LayoutOptions &options)
{
    Layout out;
    out.items.resize(items.size());
    struct Row {
        double end = -1e300;  // right edge of the last item on the row
        qsizetype last = -1;  // that item's index
    };
    QList<Row> rows;
    rows.reserve(options.maxRows);
    for (qsizetype i = 0; i < items.size(); ++i) {
        const LayoutItem &it = items[i];
        PlacedItem &p = out.items[i];
        p.start = it.start;
        p.labelWidth = it.labelWidth;
        p.end = std::max(it.end, it.labelStart + it.labelWidth);
        int chosen = -1;
        for (int r = 0; r < rows.size(); ++r) {
            if (rows[r].end + options.gap <= it.start) {
                chosen = r;
                break;
            }
        }
        if (chosen < 0 && rows.size() < options.maxRows) {
            chosen = int(rows.size());
            rows.append(Row{});
        }
        if (chosen < 0) {
            // Elide the label of the row's last item that leaves the most room.
            double best = -1;
            for (int r = 0; r < rows.size(); ++r) {
                const LayoutItem &prev = items[rows[r].last];
                const double room = it.start - options.gap - prev.labelStart;
                if (prev.end + options.gap <= it.start && room >= options.minLabelWidth && room > best) {
                    best = room;
                    chosen = r;
                }
            }
            if (chosen >= 0) {
                PlacedItem &prevPlaced = out.items[rows[chosen].last];
                const LayoutItem &prev = items[rows[chosen].last];
                prevPlaced.labelWidth = best;
                prevPlaced.elided = true;
                prevPlaced.end = std::max(prev.end, prev.labelStart + best);
                rows[chosen].end = prevPlaced.end;
            }
        }
        if (chosen < 0) {
            ++out.hidden;
            continue;
        }
        p.row = chosen;
        rows[chosen].end = p.end;
        rows[chosen].last = i;
    }
    out.rowCount = int(rows.size());
    return out;
}

} // namespace factline::timeline
