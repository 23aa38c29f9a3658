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

#include <span>
#include <vector>

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

// What extract() finds in each of many texts, in their order: the same results, found
// faster (each stage runs over all of them before the next). A batch of some dozen
// articles gets nearly all of the gain; the texts must outlive the call.
struct ExtractionInput {
    QStringView text;
    QDate documentDate;
};
std::vector<Extraction> extractMany(std::span<const ExtractionInput> inputs);

// The same in stored form: code-point offsets and the words of every span.
ExtractionRecords toRecords(QStringView text, const Extraction &extraction);
ExtractionRecords extractRecords(QStringView text, QDate documentDate);


} // namespace factline::extract
