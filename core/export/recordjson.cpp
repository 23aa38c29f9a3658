// SPDX-License-Identifier: MIT
#include "recordjson.h"

#include <QJsonArray>

namespace factline::exporting {

using namespace Qt::StringLiterals;

namespace {

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonValue toJson(const CodePointSpan &s)
{
    if (!s.isValid())
        return QJsonValue();
    return QJsonObject{{u"start"_s, s.start}, {u"end"_s, s.end}};
}

QJsonObject toJson(const DocumentRecord &d, bool withText)
{
    QJsonObject o{{u"id"_s, d.id},
                  {u"title"_s, d.meta.title},
                  {u"outlet"_s, d.meta.outlet},
                  {u"author"_s, d.meta.author},
                  {u"url"_s, d.meta.url},
                  {u"published"_s, date(d.meta.published)},
                  {u"language"_s, d.meta.language},
                  {u"length"_s, d.length},
                  {u"checksum"_s, d.checksum},
                  {u"format"_s, d.format},
                  {u"source_path"_s, d.sourcePath},
                  {u"imported_at"_s, d.importedAt.toString(Qt::ISODate)},
                  {u"claims"_s, d.claimCount},
                  {u"events"_s, d.eventCount}};
    if (withText)
        o.insert(u"text"_s, d.text);
    return o;
}

QJsonObject toJson(const ActorRecord &a)
{
    return {{u"id"_s, a.id},
            {u"name"_s, a.name},
            {u"kind"_s, a.kind},
            {u"affiliation"_s, a.affiliation},
            {u"aliases"_s, QJsonArray::fromStringList(a.aliases)},
            {u"claims"_s, a.claimCount}};
}

QJsonObject toJson(const ClaimRecord &c)
{
    QJsonArray content;
    for (const CodePointSpan &s : c.content)
        content.append(toJson(s));
    return {{u"id"_s, c.id},
            {u"document"_s, c.documentId},
            {u"actor"_s, c.actorName.isEmpty() ? QJsonValue() : QJsonValue(c.actorName)},
            {u"source"_s, toJson(c.source)},
            {u"source_text"_s, c.sourceText},
            {u"cue"_s, toJson(c.cue)},
            {u"cue_text"_s, c.cueText},
            {u"content"_s, content},
            {u"text"_s, c.text},
            {u"kind"_s, c.kind},
            {u"said"_s, date(c.saidDate)},
            {u"origin"_s, originName(c.origin)},
            {u"confidence"_s, c.confidence},
            {u"review"_s, c.reviewState}};
}

QJsonObject toJson(const TimexRecord &t)
{
    return {{u"id"_s, t.id},
            {u"document"_s, t.documentId},
            {u"start"_s, t.span.start},
            {u"end"_s, t.span.end},
            {u"text"_s, t.text},
            {u"type"_s, t.type},
            {u"value"_s, t.value},
            {u"relative"_s, t.relative},
            {u"resolved"_s, t.resolved},
            {u"explanation"_s, t.explanation},
            {u"origin"_s, originName(t.origin)}};
}

QJsonObject toJson(const EventRecord &e)
{
    return {{u"id"_s, e.id},
            {u"document"_s, e.documentId},
            {u"title"_s, e.title},
            {u"date"_s, e.dateValue},
            {u"date_start"_s, date(e.dateStart)},
            {u"date_end"_s, date(e.dateEnd)},
            {u"granularity"_s, e.granularity},
            {u"anchor"_s, toJson(e.anchor)},
            {u"anchor_text"_s, e.anchorText},
            {u"actors"_s, QJsonArray::fromStringList(e.actors)},
            {u"origin"_s, originName(e.origin)},
            {u"confidence"_s, e.confidence}};
}

QJsonObject toJson(const QuantityRecord &q)
{
    return {{u"id"_s, q.id},
            {u"document"_s, q.documentId},
            {u"claim"_s, q.claimId ? QJsonValue(q.claimId) : QJsonValue()},
            {u"start"_s, q.span.start},
            {u"end"_s, q.span.end},
            {u"text"_s, q.text},
            {u"value"_s, q.value},
            {u"unit"_s, q.unit},
            {u"qualifier"_s, q.qualifier}};
}

} // namespace factline::exporting
