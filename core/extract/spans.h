// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace factline::extract {

// A half-open range [start, end) of UTF-16 offsets into the text being extracted.
// Inside core/extract every offset is UTF-16 (QString's unit); conversion to Unicode
// code points happens once, where results leave the extractor (extractor.h).
struct TextSpan {
    qsizetype start = -1;
    qsizetype end = -1;

    bool isValid() const { return start >= 0 && end > start; }
    qsizetype length() const { return isValid() ? end - start : 0; }
    bool contains(qsizetype pos) const { return pos >= start && pos < end; }
    bool overlaps(const TextSpan &o) const { return isValid() && o.isValid() && start < o.end && o.start < end; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

} // namespace factline::extract
