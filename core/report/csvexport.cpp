// SPDX-License-Identifier: MIT
#include "csvexport.h"

#include "export/csv.h"
#include "notetext.h"

namespace factline::report {
namespace {

using namespace Qt::StringLiterals;
using exporting::csvRow;

QString spans(const QList<CodePointSpan> &list)
{
    QStringList parts;
    for (const CodePointSpan &s : list)
        parts << u"%1-%2"_s.arg(s.start).arg(s.end);
    return parts.join(u' ');
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString claims(const ReportData &d)
{
    QString out = csvRow({u"id"_s, u"document"_s, u"document_title"_s, u"outlet"_s, u"published"_s, u"source"_s,
                          u"cue"_s, u"text"_s, u"kind"_s, u"said"_s, u"content_spans"_s, u"verdict"_s,
                          u"verdict_name"_s, u"rating"_s, u"note"_s, u"evidence"_s, u"tags"_s, u"checked_by"_s,
                          u"updated_at"_s, u"origin"_s, u"review"_s});
    for (const ReportClaim &c : d.claims) {
        QStringList evidence;
        for (const EvidenceLink &e : c.evidence)
            evidence << (e.title.isEmpty() ? e.url : e.title + u" <"_s + e.url + u'>');
        const int rating = verdictRating(c.annotation.verdict);
        out += csvRow({QString::number(c.claim.id), QString::number(c.claim.documentId),
                       c.document ? c.document->meta.title : QString(), c.document ? c.document->meta.outlet : QString(),
                       c.document ? date(c.document->meta.published) : QString(), c.claim.actorName, c.claim.cueText,
                       c.claim.text, c.claim.kind, date(c.claim.saidDate), spans(c.claim.content),
                       verdictId(c.annotation.verdict), verdictName(c.annotation.verdict),
                       rating > 0 ? QString::number(rating) : QString(), noteToPlain(c.annotation.note),
                       evidence.join(u"; "_s), c.tags.join(u"; "_s), c.annotation.author,
                       c.annotation.updatedAt.isValid() ? c.annotation.updatedAt.toString(Qt::ISODate) : QString(),
                       originName(c.claim.origin), c.claim.reviewState});
    }
    return out;
}

QString events(const ReportData &d)
{
    QString out = csvRow({u"id"_s, u"document"_s, u"title"_s, u"date"_s, u"date_start"_s, u"date_end"_s,
                          u"granularity"_s, u"lane"_s, u"actors"_s, u"anchor_text"_s, u"note"_s, u"origin"_s});
    for (const ReportEvent &e : d.events)
        out += csvRow({QString::number(e.event.id), QString::number(e.event.documentId), e.event.title,
                       e.event.dateValue, date(e.event.dateStart), date(e.event.dateEnd), e.event.granularity, e.lane,
                       e.event.actors.join(u"; "_s), e.event.anchorText, noteToPlain(e.note),
                       originName(e.event.origin)});
    return out;
}

QString actors(const ReportData &d)
{
    QStringList head = {u"source"_s, u"kind"_s, u"claims"_s};
    for (Verdict v : allVerdicts())
        head << verdictId(v);
    QString out = csvRow(head);
    for (const SourceRow &s : d.sources) {
        QStringList row = {s.name, s.kind, QString::number(s.claims)};
        for (Verdict v : allVerdicts())
            row << QString::number(s.verdicts.value(v));
        out += csvRow(row);
    }
    return out;
}

} // namespace

QByteArray csvTable(const ReportData &data, CsvTable table)
{
    QString text;
    switch (table) {
    case CsvTable::Claims: text = claims(data); break;
    case CsvTable::Events: text = events(data); break;
    case CsvTable::Actors: text = actors(data); break;
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

std::optional<CsvTable> csvTableFromName(const QString &name)
{
    if (name == u"claims"_s)
        return CsvTable::Claims;
    if (name == u"events"_s)
        return CsvTable::Events;
    if (name == u"actors"_s || name == u"sources"_s)
        return CsvTable::Actors;
    return std::nullopt;
}

} // namespace factline::report
