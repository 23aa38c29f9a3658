// SPDX-License-Identifier: MIT
#pragma once

#include "model/records.h"

#include <QJsonObject>

namespace factline::exporting {

// JSON forms of the stored records, as `factline-cli list --format json` prints them
// and as the project export writes them (docs/formats.md). Offsets are code points.
QJsonObject toJson(const DocumentRecord &d, bool withText = false);
QJsonObject toJson(const ActorRecord &a);
QJsonObject toJson(const ClaimRecord &c);
QJsonObject toJson(const TimexRecord &t);
QJsonObject toJson(const EventRecord &e);
QJsonObject toJson(const QuantityRecord &q);
QJsonValue toJson(const CodePointSpan &s);

} // namespace factline::exporting
