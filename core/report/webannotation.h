// SPDX-License-Identifier: MIT
#pragma once

#include "reportdata.h"

namespace factline::report {

// The annotated claims in scope as a W3C Web Annotation collection
// (https://www.w3.org/TR/annotation-model/): an AnnotationCollection whose one page holds
// an Annotation per claim with a verdict, note, evidence or tag. Bodies: the note
// (commenting), the verdict and tags (tagging), evidence links (linking). One target per
// content fragment, each with a TextQuoteSelector (exact, prefix and suffix of up to 32
// code points) and a TextPositionSelector in code points, as the store keeps them.
QByteArray webAnnotationJson(const ReportData &data);

inline constexpr int kSelectorContext = 32;

} // namespace factline::report
