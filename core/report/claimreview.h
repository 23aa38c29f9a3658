// SPDX-License-Identifier: MIT
#pragma once

#include "reportdata.h"

namespace factline::report {

// schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview) for every claim in
// scope that has a verdict: one JSON array of ClaimReview objects. The rating carries
// the verdict's name as alternateName and, for the five degrees of truth, its place on
// the 1 (False) … 5 (True) scale; Unproven and Disputed have a name and no value.
QByteArray claimReviewJson(const ReportData &data);

} // namespace factline::report
