// SPDX-License-Identifier: MIT
#include "projectjson.h"

#include "export/recordjson.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace factline::report {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline::report", s);
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonArray ids(const QList<qint64> &list)
{
    QJsonArray a;
    for (qint64 id : list)
        a.append(id);
    return a;
}

template<typename T>
QList<T> sortedById(QList<T> list)
{
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.id < b.id; });
    return list;
}

QJsonObject claimJson(const ClaimRecord &c, const ProjectSnapshot &p)
{
    QJsonObject o = exporting::toJson(c);
    o.insert(u"actor_id"_s, c.actorId ? QJsonValue(c.actorId) : QJsonValue());
    if (const auto a = p.annotations.constFind(c.id); a != p.annotations.constEnd()) {
        o.insert(u"annotation"_s, QJsonObject{{u"verdict"_s, verdictId(a->verdict)},
                                              {u"note"_s, a->note},
                                              {u"author"_s, a->author},
                                              {u"created_at"_s, timeJson(a->createdAt)},
                                              {u"updated_at"_s, timeJson(a->updatedAt)}});
    }
    QJsonArray evidence;
    for (const EvidenceLink &e : p.evidence.value(c.id))
        evidence.append(QJsonObject{{u"url"_s, e.url}, {u"title"_s, e.title}});
    o.insert(u"evidence"_s, evidence);
    o.insert(u"tags"_s, QJsonArray::fromStringList(p.tags.value(c.id)));
    return o;
}

QJsonObject disputeJson(const DisputeRecord &d)
{
    QJsonArray positions;
    for (const PositionRecord &pos : d.positions)
        positions.append(QJsonObject{{u"id"_s, pos.id}, {u"side"_s, pos.side}, {u"claims"_s, ids(pos.claimIds)}});
    return {{u"id"_s, d.id},
            {u"title"_s, d.title},
            {u"state"_s, d.state},
            {u"reasons"_s, QJsonArray::fromStringList(d.reasons)},
            {u"origin"_s, originName(d.origin)},
            {u"note"_s, d.note},
            {u"fingerprint"_s, d.fingerprint},
            {u"created_at"_s, d.createdAt.isValid() ? QJsonValue(d.createdAt.toString(Qt::ISODate)) : QJsonValue()},
            {u"positions"_s, positions}};
}

// Reading: each getter records the first missing or mistyped field, so that the error
// names it ("claims[3].document").
class Reader
{
public:
    QString error;

    QJsonValue field(const QJsonObject &o, const QString &key, const QString &where, bool required = true)
    {
        const QJsonValue v = o.value(key);
        if (required && v.isUndefined() && error.isEmpty())
            error = tr("%1.%2 is missing").arg(where, key);
        return v;
    }
    qint64 id(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = field(o, key, where);
        if (!v.isDouble() && !v.isNull() && !v.isUndefined() && error.isEmpty())
            error = tr("%1.%2 is not a number").arg(where, key);
        return v.isDouble() ? qint64(v.toDouble()) : 0;
    }
    QString text(const QJsonObject &o, const QString &key, const QString &where, bool required = true)
    {
        const QJsonValue v = field(o, key, where, required);
        if (!v.isString() && !v.isNull() && !v.isUndefined() && error.isEmpty())
            error = tr("%1.%2 is not text").arg(where, key);
        return v.toString();
    }
    QDate date(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QString s = text(o, key, where, false);
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!s.isEmpty() && !d.isValid() && error.isEmpty())
            error = tr("%1.%2 is not a date (YYYY-MM-DD)").arg(where, key);
        return d;
    }
    QDateTime time(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QString s = text(o, key, where, false);
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        return t.isValid() ? t.toUTC() : QDateTime();
    }
    CodePointSpan span(const QJsonValue &v)
    {
        if (!v.isObject())
            return {};
        return {qint64(v[u"start"_s].toDouble(-1)), qint64(v[u"end"_s].toDouble(-1))};
    }
    QJsonArray array(const QJsonObject &o, const QString &key, const QString &where)
    {
        const QJsonValue v = field(o, key, where);
        if (!v.isArray() && !v.isUndefined() && error.isEmpty())
            error = tr("%1.%2 is not a list").arg(where, key);
        return v.toArray();
    }
    QStringList strings(const QJsonValue &v)
    {
        QStringList out;
        for (const QJsonValue &s : v.toArray())
            out.append(s.toString());
        return out;
    }
    QList<qint64> idList(const QJsonValue &v)
    {
        QList<qint64> out;
        for (const QJsonValue &s : v.toArray())
            out.append(qint64(s.toDouble()));
        return out;
    }
};

void readDocuments(Reader &r, const QJsonObject &root, ProjectSnapshot &s)
{
    const QJsonArray docs = r.array(root, u"documents"_s, u"the file"_s);
    for (qsizetype i = 0; i < docs.size(); ++i) {
        const QJsonObject o = docs[i].toObject();
        const QString where = u"documents[%1]"_s.arg(i);
        DocumentRecord d;
        d.id = r.id(o, u"id"_s, where);
        d.text = r.text(o, u"text"_s, where);
        d.meta.title = r.text(o, u"title"_s, where, false);
        d.meta.outlet = r.text(o, u"outlet"_s, where, false);
        d.meta.author = r.text(o, u"author"_s, where, false);
        d.meta.url = r.text(o, u"url"_s, where, false);
        d.meta.published = r.date(o, u"published"_s, where);
        d.meta.language = r.text(o, u"language"_s, where, false);
        d.length = qint64(o.value(u"length"_s).toDouble());
        d.checksum = r.text(o, u"checksum"_s, where);
        d.format = r.text(o, u"format"_s, where, false);
        d.sourcePath = r.text(o, u"source_path"_s, where, false);
        d.importedAt = QDateTime::fromString(r.text(o, u"imported_at"_s, where, false), Qt::ISODate);
        s.documents.append(d);
    }
    const QJsonArray actors = r.array(root, u"actors"_s, u"the file"_s);
    for (qsizetype i = 0; i < actors.size(); ++i) {
        const QJsonObject o = actors[i].toObject();
        const QString where = u"actors[%1]"_s.arg(i);
        ActorRecord a;
        a.id = r.id(o, u"id"_s, where);
        a.name = r.text(o, u"name"_s, where);
        a.kind = r.text(o, u"kind"_s, where, false);
        a.affiliation = r.text(o, u"affiliation"_s, where, false);
        a.aliases = r.strings(o.value(u"aliases"_s));
        s.actors.append(a);
    }
}

void readClaim(Reader &r, const QJsonObject &o, const QString &where, ProjectSnapshot &s)
{
    ClaimRecord c;
    c.id = r.id(o, u"id"_s, where);
    c.documentId = r.id(o, u"document"_s, where);
    c.actorId = qint64(o.value(u"actor_id"_s).toDouble());
    c.actorName = o.value(u"actor"_s).toString();
    c.source = r.span(o.value(u"source"_s));
    c.sourceText = r.text(o, u"source_text"_s, where, false);
    c.cue = r.span(o.value(u"cue"_s));
    c.cueText = r.text(o, u"cue_text"_s, where, false);
    for (const QJsonValue &v : r.array(o, u"content"_s, where))
        c.content.append(r.span(v));
    c.text = r.text(o, u"text"_s, where);
    c.kind = r.text(o, u"kind"_s, where, false);
    c.saidDate = r.date(o, u"said"_s, where);
    c.origin = originFromName(o.value(u"origin"_s).toString());
    c.confidence = o.value(u"confidence"_s).toDouble();
    c.reviewState = r.text(o, u"review"_s, where, false);
    if (o.value(u"annotation"_s).isObject()) {
        const QJsonObject a = o.value(u"annotation"_s).toObject();
        Annotation ann;
        ann.claimId = c.id;
        const QString verdict = r.text(a, u"verdict"_s, where + u".annotation"_s);
        const std::optional<Verdict> v = verdictFromId(verdict);
        if (!v && r.error.isEmpty())
            r.error = tr("%1.annotation.verdict “%2” is not a verdict of the scale").arg(where, verdict);
        ann.verdict = v.value_or(Verdict::NotChecked);
        ann.note = a.value(u"note"_s).toString();
        ann.author = a.value(u"author"_s).toString();
        ann.createdAt = r.time(a, u"created_at"_s, where);
        ann.updatedAt = r.time(a, u"updated_at"_s, where);
        s.annotations.insert(c.id, ann);
    }
    for (const QJsonValue &e : o.value(u"evidence"_s).toArray())
        s.evidence[c.id].append({e[u"url"_s].toString(), e[u"title"_s].toString()});
    const QStringList tags = r.strings(o.value(u"tags"_s));
    if (!tags.isEmpty())
        s.tags.insert(c.id, tags);
    s.claims.append(c);
}

void readEvents(Reader &r, const QJsonObject &root, ProjectSnapshot &s)
{
    const QJsonArray timexes = r.array(root, u"timexes"_s, u"the file"_s);
    for (qsizetype i = 0; i < timexes.size(); ++i) {
        const QJsonObject o = timexes[i].toObject();
        const QString where = u"timexes[%1]"_s.arg(i);
        TimexRecord t;
        t.id = r.id(o, u"id"_s, where);
        t.documentId = r.id(o, u"document"_s, where);
        t.span = {r.id(o, u"start"_s, where), r.id(o, u"end"_s, where)};
        t.text = r.text(o, u"text"_s, where);
        t.type = r.text(o, u"type"_s, where);
        t.value = r.text(o, u"value"_s, where, false);
        t.relative = o.value(u"relative"_s).toBool();
        t.resolved = o.value(u"resolved"_s).toBool(true);
        t.explanation = o.value(u"explanation"_s).toString();
        t.origin = originFromName(o.value(u"origin"_s).toString());
        s.timexes.append(t);
    }
    const QJsonArray events = r.array(root, u"events"_s, u"the file"_s);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject o = events[i].toObject();
        const QString where = u"events[%1]"_s.arg(i);
        EventRecord e;
        e.id = r.id(o, u"id"_s, where);
        e.documentId = qint64(o.value(u"document"_s).toDouble());
        e.title = r.text(o, u"title"_s, where);
        e.dateValue = r.text(o, u"date"_s, where, false);
        e.dateStart = r.date(o, u"date_start"_s, where);
        e.dateEnd = r.date(o, u"date_end"_s, where);
        e.granularity = r.text(o, u"granularity"_s, where, false);
        e.anchor = r.span(o.value(u"anchor"_s));
        e.anchorText = o.value(u"anchor_text"_s).toString();
        e.actors = r.strings(o.value(u"actors"_s));
        e.origin = originFromName(o.value(u"origin"_s).toString());
        e.confidence = o.value(u"confidence"_s).toDouble();
        if (const QString note = o.value(u"note"_s).toString(); !note.isEmpty())
            s.eventNotes.insert(e.id, note);
        if (const QList<qint64> claims = r.idList(o.value(u"claims"_s)); !claims.isEmpty())
            s.eventClaims.insert(e.id, claims);
        s.events.append(e);
    }
    const QJsonArray numbers = r.array(root, u"quantities"_s, u"the file"_s);
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        const QJsonObject o = numbers[i].toObject();
        const QString where = u"quantities[%1]"_s.arg(i);
        QuantityRecord q;
        q.id = r.id(o, u"id"_s, where);
        q.documentId = r.id(o, u"document"_s, where);
        q.claimId = qint64(o.value(u"claim"_s).toDouble());
        q.span = {r.id(o, u"start"_s, where), r.id(o, u"end"_s, where)};
        q.text = r.text(o, u"text"_s, where);
        q.value = o.value(u"value"_s).toDouble();
        q.unit = o.value(u"unit"_s).toString();
        q.qualifier = o.value(u"qualifier"_s).toString();
        s.quantities.append(q);
    }
}

void readDisputes(Reader &r, const QJsonObject &root, ProjectSnapshot &s)
{
    const QJsonArray disputes = r.array(root, u"disputes"_s, u"the file"_s);
    for (qsizetype i = 0; i < disputes.size(); ++i) {
        const QJsonObject o = disputes[i].toObject();
        const QString where = u"disputes[%1]"_s.arg(i);
        DisputeRecord d;
        d.id = r.id(o, u"id"_s, where);
        d.title = r.text(o, u"title"_s, where);
        d.state = r.text(o, u"state"_s, where);
        d.reasons = r.strings(o.value(u"reasons"_s));
        d.origin = originFromName(o.value(u"origin"_s).toString());
        d.note = o.value(u"note"_s).toString();
        d.fingerprint = o.value(u"fingerprint"_s).toString();
        d.createdAt = QDateTime::fromString(o.value(u"created_at"_s).toString(), Qt::ISODate);
        for (const QJsonValue &p : r.array(o, u"positions"_s, where))
            d.positions.append({qint64(p[u"id"_s].toDouble()), p[u"side"_s].toString(), r.idList(p[u"claims"_s])});
        s.disputes.append(d);
    }
}

} // namespace

QByteArray projectJson(const ProjectSnapshot &p, const QDateTime &exportedAt)
{
    QJsonArray documents, actors, claims, timexes, events, quantities, disputes;
    for (const DocumentRecord &d : sortedById(p.documents)) {
        QJsonObject o = exporting::toJson(d, true);
        o.remove(u"claims"_s); // counts, not data: the lists below hold them
        o.remove(u"events"_s);
        documents.append(o);
    }
    for (const ActorRecord &a : sortedById(p.actors)) {
        QJsonObject o = exporting::toJson(a);
        o.remove(u"claims"_s);
        actors.append(o);
    }
    for (const ClaimRecord &c : sortedById(p.claims))
        claims.append(claimJson(c, p));
    for (const TimexRecord &t : sortedById(p.timexes))
        timexes.append(exporting::toJson(t));
    for (const EventRecord &e : sortedById(p.events)) {
        QJsonObject o = exporting::toJson(e);
        o.insert(u"note"_s, p.eventNotes.value(e.id));
        o.insert(u"claims"_s, ids(p.eventClaims.value(e.id)));
        events.append(o);
    }
    for (const QuantityRecord &q : sortedById(p.quantities))
        quantities.append(exporting::toJson(q));
    for (const DisputeRecord &d : sortedById(p.disputes))
        disputes.append(disputeJson(d));
    const QJsonObject root{{u"schema"_s, QString::fromLatin1(ProjectSchema)},
                           {u"generator"_s, u"Factline " FACTLINE_VERSION ""_s},
                           {u"exported_at"_s, exportedAt.toUTC().toString(Qt::ISODate)},
                           {u"documents"_s, documents},
                           {u"actors"_s, actors},
                           {u"claims"_s, claims},
                           {u"timexes"_s, timexes},
                           {u"events"_s, events},
                           {u"quantities"_s, quantities},
                           {u"disputes"_s, disputes}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<ProjectSnapshot> parseProjectJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return Error{tr("The file is not valid JSON: %1 at byte %2.")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)};
    const QJsonObject root = doc.object();
    const QString schema = root.value(u"schema"_s).toString();
    if (!schema.startsWith(u"factline.project/"_s))
        return Error{tr("The file is not a Factline project export (its \"schema\" is “%1”, not “%2”).")
                         .arg(schema, QString::fromLatin1(ProjectSchema))};
    if (schema != QString::fromLatin1(ProjectSchema))
        return Error{tr("The file was written by a newer Factline (schema “%1”; this version reads “%2”). "
                        "Import it with a newer Factline.")
                         .arg(schema, QString::fromLatin1(ProjectSchema))};
    Reader r;
    ProjectSnapshot s;
    readDocuments(r, root, s);
    const QJsonArray claims = r.array(root, u"claims"_s, u"the file"_s);
    for (qsizetype i = 0; i < claims.size(); ++i)
        readClaim(r, claims[i].toObject(), u"claims[%1]"_s.arg(i), s);
    readEvents(r, root, s);
    readDisputes(r, root, s);
    if (!r.error.isEmpty())
        return Error{tr("The project export cannot be read: %1.").arg(r.error)};
    return s;
}

Status importProjectJson(Project &project, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2.").arg(path, f.errorString())};
    Result<ProjectSnapshot> s = parseProjectJson(f.readAll());
    if (!s)
        return Error{tr("%1: %2").arg(path, s.errorMessage())};
    return store::writeSnapshot(project, *s);
}

} // namespace factline::report
