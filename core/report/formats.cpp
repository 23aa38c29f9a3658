// SPDX-License-Identifier: MIT
#include "formats.h"

#include "claimreview.h"
#include "html.h"
#include "markdown.h"
#include "pdf.h"
#include "projectjson.h"
#include "timelinejs.h"
#include "webannotation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace factline::report {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline::report", s);
}

} // namespace

const QList<FormatInfo> &formats()
{
    static const QList<FormatInfo> list = {
        {Format::Html, u"html"_s, u"html"_s, tr("readable report, one self-contained HTML file")},
        {Format::Pdf, u"pdf"_s, u"pdf"_s, tr("readable report for paper")},
        {Format::Markdown, u"md"_s, u"md"_s, tr("readable report as Markdown")},
        {Format::ProjectJson, u"json"_s, u"json"_s, tr("the whole project as JSON (factline.project/1)")},
        {Format::Csv, u"csv"_s, u"csv"_s, tr("claims, events or sources as CSV (see --table)")},
        {Format::ClaimReview, u"claimreview"_s, u"jsonld"_s, tr("schema.org ClaimReview JSON-LD")},
        {Format::TimelineJs, u"timelinejs"_s, u"json"_s, tr("TimelineJS JSON of the events")},
        {Format::WebAnnotation, u"webannotation"_s, u"jsonld"_s, tr("W3C Web Annotation JSON-LD")},
    };
    return list;
}

const FormatInfo &formatInfo(Format format)
{
    return formats().at(static_cast<int>(format));
}

std::optional<Format> formatFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == u"markdown"_s)
        return Format::Markdown;
    for (const FormatInfo &f : formats()) {
        if (f.name == n)
            return f.format;
    }
    return std::nullopt;
}

Result<QByteArray> render(Format format, const ReportData &data, CsvTable table)
{
    switch (format) {
    case Format::Html: return htmlReport(data).toUtf8();
    case Format::Pdf: return pdfReport(data);
    case Format::Markdown: return markdownReport(data).toUtf8();
    case Format::Csv: return csvTable(data, table);
    case Format::ClaimReview: return claimReviewJson(data);
    case Format::TimelineJs: return timelineJsJson(data);
    case Format::WebAnnotation: return webAnnotationJson(data);
    case Format::ProjectJson: break;
    }
    return Error{tr("The project JSON is made from the whole project, not from a report's content.")};
}

Result<QByteArray> render(Format format, const ProjectSnapshot &snapshot, const RenderOptions &options)
{
    if (format == Format::ProjectJson)
        return projectJson(snapshot, options.gather.now);
    return render(format, gather(snapshot, options.gather), options.table);
}

Status writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.isDir())
        return Error{tr("%1 is a folder. Give a file name for the output.").arg(shown)};
    if (!info.absoluteDir().exists())
        return Error{tr("Cannot write %1: the folder %2 does not exist.")
                         .arg(shown, QDir::toNativeSeparators(info.absolutePath()))};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Cannot write %1: %2. Choose a folder you can write to.").arg(shown, file.errorString())};
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{tr("Cannot write %1: %2. Nothing was changed.").arg(shown, file.errorString())};
    return Ok{};
}

} // namespace factline::report
