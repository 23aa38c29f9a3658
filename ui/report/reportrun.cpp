// SPDX-License-Identifier: MIT
#include "reportrun.h"

#include "report/formats.h"
#include "report/html.h"
#include "report/projectjson.h"
#include "report/reportdata.h"
#include "report/svgtimeline.h"
#include "store/project.h"
#include "store/snapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace factline::reportrun {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline::ReportDialog", s);
}

struct SectionRow {
    QString id;
    report::Section section;
    const char *name;
};

const QList<SectionRow> &sectionRows()
{
    static const QList<SectionRow> rows = {
        {u"summary"_s, report::Section::Summary, QT_TRANSLATE_NOOP("factline::ReportDialog", "Summary (counts by verdict and source)")},
        {u"timeline"_s, report::Section::Timeline, QT_TRANSLATE_NOOP("factline::ReportDialog", "Timeline")},
        {u"disputes"_s, report::Section::Disputes, QT_TRANSLATE_NOOP("factline::ReportDialog", "Disputes, side by side")},
        {u"claims"_s, report::Section::Claims, QT_TRANSLATE_NOOP("factline::ReportDialog", "Claims with verdicts, notes and evidence")},
        {u"sources"_s, report::Section::Sources, QT_TRANSLATE_NOOP("factline::ReportDialog", "Sources and their track record")},
        {u"documents"_s, report::Section::Documents, QT_TRANSLATE_NOOP("factline::ReportDialog", "Documents")},
        {u"method"_s, report::Section::Method, QT_TRANSLATE_NOOP("factline::ReportDialog", "How the report was made")},
    };
    return rows;
}

report::GatherOptions optionsOf(Project &project, const Choice &c)
{
    report::GatherOptions o;
    o.title = report::defaultReportTitle(project.path());
    o.scope.documentIds = QList<qint64>(c.documentIds.begin(), c.documentIds.end());
    o.scope.actorIds = QList<qint64>(c.actorIds.begin(), c.actorIds.end());
    o.scope.disputeIds = QList<qint64>(c.disputeIds.begin(), c.disputeIds.end());
    for (const QString &id : c.verdicts) {
        if (const auto v = verdictFromId(id))
            o.scope.verdicts.append(*v);
    }
    o.scope.tags = c.tags;
    o.scope.from = c.from;
    o.scope.to = c.to;
    report::Sections sections;
    for (const SectionRow &r : sectionRows()) {
        if (c.sections.contains(r.id))
            sections |= r.section;
    }
    o.sections = sections;
    return o;
}

} // namespace

QStringList sectionIds()
{
    QStringList ids;
    for (const SectionRow &r : sectionRows())
        ids << r.id;
    return ids;
}

QString sectionName(const QString &id)
{
    for (const SectionRow &r : sectionRows()) {
        if (r.id == id)
            return tr(r.name);
    }
    return id;
}

Result<Preview> preview(Project &project, const Choice &choice)
{
    Result<report::ReportData> data = report::gather(project, optionsOf(project, choice));
    if (!data)
        return data.error();
    Preview p;
    p.timelineImage = u"factline-timeline.svg"_s;
    const report::TimelineFigure figure = report::layoutTimeline(*data, 760);
    if (!figure.isEmpty() && data->sections.testFlag(report::Section::Timeline))
        p.timelineSvg = report::timelineSvg(figure).toUtf8();
    p.claims = static_cast<int>(data->claims.size());
    // One document for the window. A very large report is previewed by its first part
    // only, so that the dialog stays responsive; the files written hold everything.
    // The writer gives pages' worth of parts (for the PDF), each a document: their bodies
    // are joined here.
    const bool whole = p.claims <= PreviewClaims;
    const QStringList parts = report::richTextReport(*data, p.timelineImage, PreviewClaims);
    QString body;
    for (qsizetype i = 0; i < parts.size() && (whole || i < 2); ++i) {
        const QString &part = parts[i];
        const qsizetype open = part.indexOf(u"<body>"_s);
        const qsizetype close = part.lastIndexOf(u"</body>"_s);
        body += open >= 0 && close > open ? part.mid(open + 6, close - open - 6) : part;
    }
    p.html = u"<html><head><meta charset=\"utf-8\"></head><body>"_s + body + u"</body></html>"_s;
    p.shownClaims = whole ? p.claims : std::min(p.claims, PreviewClaims);
    p.events = static_cast<int>(data->events.size());
    return p;
}

QList<ReportDialog::Written> write(Project &project, const Choice &choice, const QList<Target> &targets)
{
    QList<ReportDialog::Written> out;
    auto failAll = [&](const QString &message) {
        for (const Target &t : targets)
            out.append({t.path, false, message});
        return out;
    };
    Result<ProjectSnapshot> snapshot = store::readSnapshot(project);
    if (!snapshot)
        return failAll(snapshot.errorMessage());
    const report::RenderOptions options{optionsOf(project, choice), report::CsvTable::Claims};
    // Gathered once for every format but the project JSON, which is the whole project.
    const report::ReportData data = report::gather(*snapshot, options.gather);
    constexpr report::CsvTable tables[] = {report::CsvTable::Claims, report::CsvTable::Events,
                                           report::CsvTable::Actors};
    for (const Target &t : targets) {
        const Result<QByteArray> bytes = t.format == ReportDialog::Format::ProjectJson
                                             ? report::render(t.format, *snapshot, options)
                                             : report::render(t.format, data, tables[std::clamp(t.part, 0, 2)]);
        Status s = bytes ? report::writeFileAtomically(t.path, *bytes) : Status(bytes.error());
        out.append({t.path, s.ok(), s.errorMessage()});
    }
    return out;
}

bool canImportJson()
{
    return true;
}

Status importJson(const QString &jsonPath, const QString &projectPath)
{
    const bool existed = QFileInfo::exists(projectPath);
    {
        Result<std::unique_ptr<Project>> project = Project::open(projectPath);
        if (!project)
            return project.error();
        if (auto docs = (*project)->documents(); docs && !docs->isEmpty())
            return Error{tr("%1 already holds documents. Import into a new project file.")
                             .arg(QDir::toNativeSeparators(projectPath))};
        if (Status s = report::importProjectJson(**project, jsonPath); !s) {
            project->reset();
            // A file made only for this import goes again, with its journal.
            if (!existed) {
                for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
                    QFile::remove(projectPath + suffix);
            }
            return s;
        }
    }
    return Ok{};
}

} // namespace factline::reportrun
