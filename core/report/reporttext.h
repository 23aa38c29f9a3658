// SPDX-License-Identifier: MIT
#pragma once

#include "reportdata.h"

namespace factline::report {

// Wording shared by the readable reports (HTML, PDF, Markdown), so that they say the
// same things the same way.
QString displayDate(const QDate &date);               // "22 Mar 2024", or "no date"
QString displayRange(const EventRecord &event);       // "25–31 Mar 2024 (week)"
QString sourceName(const ClaimRecord &claim);         // the actor, or "Unattributed"
QString documentLabel(const DocumentRecord &d);       // "Title — Outlet, 22 Mar 2024"
QString shortDocumentLabel(const DocumentRecord &d);  // "Outlet, 22 Mar 2024" (the title without an outlet)
// How a document's relative dates were resolved, for "how this report was made".
QString dateBasis(const DocumentRecord &d);
QString verdictColour(Verdict verdict);               // a CSS colour for its badge
QString generatedLine(const ReportData &data);        // "Made on … with Factline 0.1.0"
QString summaryLine(const ReportData &data);          // "5 claims from 3 sources in 2 documents; …"
QString quoted(const QString &words);                 // “words”, unless they bring their own marks
// Under a claim: "Tags: casualties · checked by Ana Reyes on 22 Mar 2024", or empty.
QString checkedLine(const ReportClaim &claim);

} // namespace factline::report
