// SPDX-License-Identifier: MIT
#pragma once

#include "pdf_flow.h"
#include "reportdata.h"

namespace factline::report::pdf {

// The report as the PDF shows it, put into `flow`: the sections, wording and order of the
// HTML report (html.cpp), with Qt's text layout instead of a browser's. `timeline` is
// the figure drawn at `timelineSize` (CSS pixels); a null image leaves it out.
void buildReport(const ReportData &data, const QImage &timeline, QSizeF timelineSize, Flow &flow);

// A note (store/annotations.h) as paragraphs in `style`: its paragraphs, line breaks,
// links, strong and emphasised words, read from the HTML that noteToHtml() makes.
QList<Paragraph> noteParagraphs(const QString &note, const Paragraph &style);

} // namespace factline::report::pdf
