// SPDX-License-Identifier: MIT
#pragma once

#include "compare/worddiff.h"
#include "store/project.h"

#include <QDate>

namespace factline::compare {

// A claim as one outlet reported it.
struct ReportedClaim {
    qint64 claimId = 0;
    qint64 documentId = 0;
    QString actor;        // the canonical source
    QString text;         // the claim's words
    QString outlet;       // the document's outlet, or its title when it names none
    QDate reported;       // when it was said, else when the document was published
};

// The same claim in several documents: one version per document, the first the
// earliest reported; `diffs[i]` compares versions[0] with versions[i + 1].
struct AlignedClaim {
    QList<ReportedClaim> versions;
    QList<WordDiff> diffs;
    bool differs() const;
};

// How much of two claims' content words they share (Dice over content words, numbers
// and hedges left out so that "250" and "about 240" do not keep a claim apart).
double contentOverlap(QStringView a, QStringView b);

// Whether two source names can be the same source across outlets: the same name, case
// aside, or the words of one inside the other's (in any order) when those include a name
// ("Blinken" and "Antony Blinken", "State Department" and "the U.S. State Department";
// not "officials" and "health officials", which may be anyone's, nor "U.S. officials" and
// "U.N. officials"). In an alignment every two versions' sources must match.
bool sameSource(const QString &a, const QString &b);

// Lines up claims across documents: the same source (sameSource) and
// content that overlaps at least `minOverlap`. Each claim is in at most one alignment,
// with at most one version per document.
QList<AlignedClaim> alignClaims(const QList<ReportedClaim> &claims, double minOverlap = 0.4);

// The claims of a project as alignClaims wants them.
Result<QList<ReportedClaim>> reportedClaims(Project &project);

} // namespace factline::compare
