// SPDX-License-Identifier: MIT
#include "webannotation.h"

#include "notetext.h"
#include "text/offsets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace factline::report {
namespace {

using namespace Qt::StringLiterals;

bool annotated(const ReportClaim &c)
{
    return c.annotation.verdict != Verdict::NotChecked || !c.annotation.note.isEmpty() || !c.evidence.isEmpty()
           || !c.tags.isEmpty();
}

// Code points [start, end) of `text`, given its offset map.
QString codePoints(const QString &text, const OffsetMap &map, qint64 start, qint64 end)
{
    start = std::clamp<qint64>(start, 0, map.codePointLength());
    end = std::clamp<qint64>(end, start, map.codePointLength());
    const qsizetype a = map.toUtf16(start);
    return text.mid(a, map.toUtf16(end) - a);
}

QString documentIri(const DocumentRecord &d)
{
    return d.meta.url.isEmpty() ? u"urn:factline:document:%1"_s.arg(d.id) : d.meta.url;
}

QJsonArray targets(const ReportClaim &c, const OffsetMap &map)
{
    const DocumentRecord &d = *c.document;
    QJsonArray out;
    for (const CodePointSpan &s : c.claim.content) {
        const QJsonArray selectors{
            QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                        {u"exact"_s, codePoints(d.text, map, s.start, s.end)},
                        {u"prefix"_s, codePoints(d.text, map, s.start - kSelectorContext, s.start)},
                        {u"suffix"_s, codePoints(d.text, map, s.end, s.end + kSelectorContext)}},
            QJsonObject{{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, s.start}, {u"end"_s, s.end}}};
        out.append(QJsonObject{{u"type"_s, u"SpecificResource"_s},
                               {u"source"_s, documentIri(d)},
                               {u"selector"_s, selectors}});
    }
    return out;
}

QJsonArray bodies(const ReportClaim &c)
{
    QJsonArray out;
    if (c.annotation.verdict != Verdict::NotChecked)
        out.append(QJsonObject{{u"type"_s, u"TextualBody"_s},
                               {u"purpose"_s, u"assessing"_s},
                               {u"value"_s, verdictName(c.annotation.verdict)},
                               {u"id"_s, u"urn:factline:verdict:"_s + verdictId(c.annotation.verdict)}});
    if (!c.annotation.note.isEmpty())
        out.append(QJsonObject{{u"type"_s, u"TextualBody"_s},
                               {u"purpose"_s, u"commenting"_s},
                               {u"format"_s, u"text/markdown"_s},
                               {u"value"_s, c.annotation.note}});
    for (const QString &t : c.tags)
        out.append(QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, u"tagging"_s}, {u"value"_s, t}});
    for (const EvidenceLink &e : c.evidence) {
        QJsonObject link{{u"id"_s, e.url}, {u"purpose"_s, u"linking"_s}};
        if (!e.title.isEmpty())
            link.insert(u"name"_s, e.title);
        out.append(link);
    }
    return out;
}

} // namespace

QByteArray webAnnotationJson(const ReportData &data)
{
    QHash<qint64, OffsetMap> maps;
    QJsonArray items;
    for (const ReportClaim &c : data.claims) {
        if (!annotated(c) || !c.document || c.claim.content.isEmpty())
            continue;
        auto map = maps.find(c.document->id);
        if (map == maps.end())
            map = maps.insert(c.document->id, OffsetMap(c.document->text));
        // The collection's @context covers the annotations it embeds.
        QJsonObject a{{u"id"_s, u"urn:factline:annotation:claim-%1"_s.arg(c.claim.id)},
                      {u"type"_s, u"Annotation"_s},
                      {u"motivation"_s, u"assessing"_s},
                      {u"body"_s, bodies(c)},
                      {u"target"_s, targets(c, *map)}};
        if (c.annotation.createdAt.isValid())
            a.insert(u"created"_s, c.annotation.createdAt.toUTC().toString(Qt::ISODate));
        if (c.annotation.updatedAt.isValid())
            a.insert(u"modified"_s, c.annotation.updatedAt.toUTC().toString(Qt::ISODate));
        if (!c.annotation.author.isEmpty())
            a.insert(u"creator"_s, QJsonObject{{u"type"_s, u"Person"_s}, {u"name"_s, c.annotation.author}});
        a.insert(u"generator"_s, QJsonObject{{u"type"_s, u"Software"_s}, {u"name"_s, u"Factline "_s + data.programVersion}});
        items.append(a);
    }
    const QJsonObject page{{u"type"_s, u"AnnotationPage"_s}, {u"startIndex"_s, 0}, {u"items"_s, items}};
    const QJsonObject root{{u"@context"_s, u"http://www.w3.org/ns/anno.jsonld"_s},
                           {u"id"_s, u"urn:factline:report"_s},
                           {u"type"_s, u"AnnotationCollection"_s},
                           {u"label"_s, data.title},
                           {u"total"_s, items.size()},
                           {u"first"_s, page}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace factline::report
