// SPDX-License-Identifier: MIT
#pragma once

#include "extract/attribution.h"
#include "extract/quantities.h"

namespace factline::extract {

// One side of a dispute: a claim (by its index in the attributions) and who holds it.
struct DisputePosition {
    int attribution = -1;
    QString side;          // the actor's name
};

// A question on which claims of different sources compete, suggested with the reasons
// that made the extractor think so (shown to the user, who accepts or rejects it).
struct Dispute {
    QString title;
    QList<DisputePosition> positions;
    QStringList reasons;
    double score = 0;
};

// Suggests disputes within one article: claims of different sources that speak of the
// same rare terms or subject, with numbers of one kind that differ, a contrast marker
// between them ("But aid groups say …"), opposite polarity ("no restrictions" / "impeded
// by restrictions", "rejects"), or one means weighed two ways ("no way to" / "the way to").
// See docs/extraction.md for the method and its measured accuracy.
QList<Dispute> findDisputes(QStringView text, const QList<Sentence> &sentences,
                            const QList<Attribution> &attributions, const QList<Quantity> &quantities);

} // namespace factline::extract
