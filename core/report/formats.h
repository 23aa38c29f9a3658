// SPDX-License-Identifier: MIT
#pragma once

#include "csvexport.h"
#include "reportdata.h"

#include <QByteArray>

#include <optional>

namespace factline::report {

// Every format a report or export can be written in, by the names the command line and
// the report dialog use. One place turns a project and a scope into a file's bytes.
enum class Format { Html, Pdf, Markdown, ProjectJson, Csv, ClaimReview, TimelineJs, WebAnnotation };

struct FormatInfo {
    Format format;
    QString name;       // "html", "claimreview", …
    QString extension;  // "html", "jsonld", …
    QString description;
};

const QList<FormatInfo> &formats();
const FormatInfo &formatInfo(Format format);
std::optional<Format> formatFromName(const QString &name);

struct RenderOptions {
    GatherOptions gather;
    CsvTable table = CsvTable::Claims;
};

// The file's bytes. The project JSON is always of the whole project (it is a copy of
// it, to be imported again); every other format takes the scope.
Result<QByteArray> render(Format format, const ProjectSnapshot &snapshot, const RenderOptions &options);
Result<QByteArray> render(Format format, const ReportData &data, CsvTable table = CsvTable::Claims);

// Writes `bytes` to `path` atomically (QSaveFile): the file is either the whole new
// content or, on any failure, left as it was; the error names the file and the reason.
Status writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace factline::report
