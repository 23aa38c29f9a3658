// SPDX-License-Identifier: MIT
#pragma once

#include "extract/actors.h"
#include "extract/attribution.h"
#include "extract/disputes.h"
#include "extract/events.h"
#include "extract/quantities.h"
#include "extract/sentences.h"
#include "extract/timex.h"
#include "store/project.h"

#include <QDate>

namespace factline::extract {

// Everything extraction finds in one text, with UTF-16 offsets. A pure function of the
// text and the document's date: no database, no files, no globals.
struct Extraction {
    QDate documentDate;
    QList<Sentence> sentences;
    QList<Timex> timexes;
    QList<Attribution> attributions;
    QList<Actor> actors;
    QList<Event> events;
    QList<Quantity> quantities;
    QList<Dispute> disputes;
};

Extraction extract(QStringView text, QDate documentDate);

// The same in stored form: code-point offsets and the words of every span.
ExtractionRecords toRecords(QStringView text, const Extraction &extraction);
ExtractionRecords extractRecords(QStringView text, QDate documentDate);


} // namespace factline::extract
