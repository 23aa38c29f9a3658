// SPDX-License-Identifier: MIT
#pragma once

#include "reportdata.h"

#include <QByteArray>

namespace factline::report {

// The readable report for paper: the content of htmlReport() (pdf_content.h) laid out
// on A4 pages (pdf_flow.h) through QPdfWriter, the title in a header and "page n of m"
// in a footer on every page, the timeline drawn with QPainter. Needs a QGuiApplication
// (fonts); the command-line tool makes an offscreen one for reports.
Result<QByteArray> pdfReport(const ReportData &data);

} // namespace factline::report
