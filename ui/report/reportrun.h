// SPDX-License-Identifier: MIT
#pragma once

#include "reportdialog.h"
#include "util/result.h"

#include <QDate>
#include <QSet>
#include <QStringList>

namespace factline {
class Project;
}

// The dialog's one door to the report library (core/report): what the user chose, turned
// into the library's scope and options, and each format written to a file. Private to
// ui/report.
namespace factline::reportrun {

// An empty set or list means "all".
struct Choice {
    QSet<qint64> documentIds;
    QSet<qint64> actorIds;
    QSet<qint64> disputeIds;
    QStringList verdicts;  // verdict ids
    QStringList tags;
    QDate from;
    QDate to;
    QStringList sections;  // ids of sectionIds()
};

// The report's sections, in the report's order, with their names for the dialog.
QStringList sectionIds();
QString sectionName(const QString &id);

// The report of `choice` for the preview: Qt rich text (the writer the PDF uses), with the
// timeline as an SVG picture to be added to the document as the image `timelineImage`.
struct Preview {
    QString html;
    QString timelineImage;
    QByteArray timelineSvg;  // empty when there is no timeline to show
    int claims = 0;
    int shownClaims = 0;  // of `claims`, how many the preview holds
    int events = 0;
};
inline constexpr int PreviewClaims = 400;
Result<Preview> preview(Project &project, const Choice &choice);
// One file to write: a format, and for CSV which table (0 claims, 1 events, 2 sources).
struct Target {
    ReportDialog::Format format;
    QString path;
    int part = 0;
};
// Writes every target (each atomically), reading the project once; a failure of one
// file does not stop the others.
QList<ReportDialog::Written> write(Project &project, const Choice &choice, const QList<Target> &targets);

bool canImportJson();
// Reads a project JSON file into a new project file at `projectPath`.
Status importJson(const QString &jsonPath, const QString &projectPath);

} // namespace factline::reportrun
