// SPDX-License-Identifier: MIT
#include "reportdata.h"

#include "extract/sentences.h"
#include "text/offsets.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace factline::report {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline::report", s);
}

// Keeps a quote's context readable: at most this many UTF-16 units each side, cut at a
// space.
constexpr qsizetype kContext = 240;

QList<qint64> parseIds(const QString &value, bool &ok)
{
    QList<qint64> ids;
    ok = true;
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        const qint64 id = part.trimmed().toLongLong(&ok);
        if (!ok)
            return {};
        ids.append(id);
    }
    return ids;
}

Error badScope(const QString &item)
{
    return Error{tr("The scope “%1” is not understood. Use document=ID, source=NAME or ID, dispute=ID, "
                    "verdict=ID (true, mostly-true, half-true, mostly-false, false, unproven, disputed, "
                    "not-checked), tag=NAME, from=YYYY-MM-DD or to=YYYY-MM-DD.")
                     .arg(item)};
}

Status addSources(const QString &value, const ProjectSnapshot &project, Scope &scope, const QString &item)
{
    for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        bool isId = false;
        const qint64 id = name.toLongLong(&isId);
        const auto found = std::find_if(project.actors.cbegin(), project.actors.cend(), [&](const ActorRecord &a) {
            return isId ? a.id == id : a.name.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (found == project.actors.cend())
            return Error{tr("There is no source “%1” in this project (scope “%2”).").arg(name, item)};
        scope.actorIds.append(found->id);
    }
    return Ok{};
}

Quote quoteOf(const ClaimRecord &c, const DocumentRecord &d, const OffsetMap &map,
              const QList<extract::Sentence> &sentences)
{
    Quote q;
    if (c.content.isEmpty())
        return Quote{{}, c.text, {}};
    qint64 first = c.content.first().start;
    qint64 last = c.content.first().end;
    for (const CodePointSpan &s : c.content) {
        first = std::min(first, s.start);
        last = std::max(last, s.end);
    }
    const qsizetype start = map.toUtf16(first);
    const qsizetype end = map.toUtf16(last);
    if (start < 0 || end > d.text.size() || start > end)
        return Quote{{}, c.text, {}};
    q.exact = d.text.mid(start, end - start);
    const int si = extract::sentenceAt(sentences, start);
    const int ei = extract::sentenceAt(sentences, std::max(start, end - 1));
    qsizetype from = si >= 0 ? sentences[si].start : start;
    qsizetype to = ei >= 0 ? sentences[ei].end : end;
    if (start - from > kContext) {
        from = start - kContext;
        const qsizetype space = d.text.indexOf(u' ', from);
        from = (space >= 0 && space < start) ? space + 1 : from;
    }
    if (to - end > kContext) {
        to = end + kContext;
        const qsizetype space = d.text.lastIndexOf(u' ', to);
        to = (space > end) ? space : to;
    }
    q.before = d.text.mid(from, start - from).trimmed().prepend(from > 0 && si < 0 ? u"…"_s : QString());
    q.after = d.text.mid(end, to - end);
    if (q.before.isEmpty() && from > 0 && start - from == kContext)
        q.before = u"…"_s;
    return q;
}

bool inRange(const QDate &d, const Scope &s)
{
    if (!d.isValid())
        return !s.from.isValid() && !s.to.isValid();
    return (!s.from.isValid() || d >= s.from) && (!s.to.isValid() || d <= s.to);
}

bool claimInScope(const ReportClaim &c, const Scope &s)
{
    if (!s.documentIds.isEmpty() && !s.documentIds.contains(c.claim.documentId))
        return false;
    if (!s.actorIds.isEmpty() && !s.actorIds.contains(c.claim.actorId))
        return false;
    if (!s.verdicts.isEmpty() && !s.verdicts.contains(c.annotation.verdict))
        return false;
    if (!s.tags.isEmpty()) {
        const bool tagged = std::any_of(s.tags.cbegin(), s.tags.cend(), [&](const QString &t) {
            return c.tags.contains(t, Qt::CaseInsensitive);
        });
        if (!tagged)
            return false;
    }
    return inRange(c.date(), s);
}

bool eventInScope(const EventRecord &e, const Scope &s)
{
    if (!s.documentIds.isEmpty() && !s.documentIds.contains(e.documentId))
        return false;
    if (!s.actorIds.isEmpty() || !s.verdicts.isEmpty() || !s.tags.isEmpty()) {
        // Events carry no verdicts or tags; a scope that narrows claims that way keeps
        // only the events of the documents it leaves.
    }
    if (!e.dateStart.isValid())
        return false; // an undated event has no place on a timeline
    if (s.from.isValid() && e.dateEnd.isValid() && e.dateEnd < s.from)
        return false;
    if (s.to.isValid() && e.dateStart > s.to)
        return false;
    return true;
}

QString describe(const Scope &s, const ProjectSnapshot &p)
{
    QStringList parts;
    if (!s.documentIds.isEmpty()) {
        QStringList titles;
        for (const DocumentRecord &d : p.documents) {
            if (s.documentIds.contains(d.id))
                titles << u"“%1”"_s.arg(d.meta.title);
        }
        parts << tr("documents %1").arg(titles.join(u", "_s));
    }
    if (!s.actorIds.isEmpty()) {
        QStringList names;
        for (const ActorRecord &a : p.actors) {
            if (s.actorIds.contains(a.id))
                names << a.name;
        }
        parts << tr("sources %1").arg(names.join(u", "_s));
    }
    if (!s.disputeIds.isEmpty()) {
        QStringList titles;
        for (const DisputeRecord &d : p.disputes) {
            if (s.disputeIds.contains(d.id))
                titles << u"“%1”"_s.arg(d.title);
        }
        parts << tr("disputes %1").arg(titles.join(u", "_s));
    }
    if (!s.verdicts.isEmpty()) {
        QStringList names;
        for (Verdict v : s.verdicts)
            names << verdictName(v);
        parts << tr("verdicts %1").arg(names.join(u", "_s));
    }
    if (!s.tags.isEmpty())
        parts << tr("tags %1").arg(s.tags.join(u", "_s));
    if (s.from.isValid() || s.to.isValid())
        parts << tr("dates %1 to %2")
                     .arg(s.from.isValid() ? s.from.toString(Qt::ISODate) : tr("the start"),
                          s.to.isValid() ? s.to.toString(Qt::ISODate) : tr("the end"));
    return parts.isEmpty() ? tr("the whole project") : parts.join(u"; "_s);
}

void gatherClaims(ReportData &r, ProjectSnapshot &p, const Scope &scope)
{
    QHash<qint64, const DocumentRecord *> docs;
    for (const DocumentRecord &d : std::as_const(r.documents))
        docs.insert(d.id, &d);
    // Sentences and offset maps once per document, not per claim.
    QHash<qint64, QList<extract::Sentence>> sentences;
    QHash<qint64, OffsetMap> maps;
    for (ClaimRecord &c : p.claims) {
        const DocumentRecord *d = docs.value(c.documentId);
        if (!d)
            continue;
        ReportClaim rc;
        rc.document = d;
        rc.annotation = p.annotations.value(c.id, Annotation{c.id, Verdict::NotChecked, {}, {}, {}, {}});
        rc.evidence = p.evidence.value(c.id);
        rc.tags = p.tags.value(c.id);
        rc.claim = std::move(c);
        if (!claimInScope(rc, scope))
            continue;
        if (!maps.contains(d->id)) {
            maps.insert(d->id, OffsetMap(d->text));
            sentences.insert(d->id, extract::splitSentences(d->text));
        }
        rc.quote = quoteOf(rc.claim, *d, maps.find(d->id).value(), sentences[d->id]);
        r.claimIndex.insert(rc.claim.id, r.claims.size());
        r.claims.append(std::move(rc));
    }
}

void gatherSources(ReportData &r, const ProjectSnapshot &p)
{
    QHash<qint64, QString> kinds;
    for (const ActorRecord &a : p.actors)
        kinds.insert(a.id, a.kind);
    QMap<QString, SourceRow> rows;
    for (const ReportClaim &c : std::as_const(r.claims)) {
        const QString name = c.claim.actorName.isEmpty() ? tr("Unattributed") : c.claim.actorName;
        SourceRow &row = rows[name];
        row.name = name;
        row.kind = kinds.value(c.claim.actorId, u"anonymous"_s);
        ++row.claims;
        ++row.verdicts[c.annotation.verdict];
        ++r.verdictCounts[c.annotation.verdict];
    }
    r.sources = rows.values();
    std::stable_sort(r.sources.begin(), r.sources.end(),
                     [](const SourceRow &a, const SourceRow &b) { return a.claims > b.claims; });
}

void gatherEvents(ReportData &r, ProjectSnapshot &p, const Scope &scope)
{
    QHash<qint64, const DocumentRecord *> docs;
    for (const DocumentRecord &d : std::as_const(r.documents))
        docs.insert(d.id, &d);
    for (EventRecord &e : p.events) {
        if (!eventInScope(e, scope))
            continue;
        ReportEvent re;
        re.document = docs.value(e.documentId);
        re.note = p.eventNotes.value(e.id);
        re.lane = !e.actors.isEmpty() ? e.actors.first()
                  : re.document && !re.document->meta.outlet.isEmpty() ? re.document->meta.outlet
                                                                        : tr("Other");
        re.event = std::move(e);
        r.events.append(std::move(re));
    }
    std::stable_sort(r.events.begin(), r.events.end(), [](const ReportEvent &a, const ReportEvent &b) {
        return a.event.dateStart < b.event.dateStart;
    });
}

} // namespace

QDate ReportClaim::date() const
{
    if (claim.saidDate.isValid())
        return claim.saidDate;
    return document ? document->meta.published : QDate();
}

const ReportClaim *ReportData::claim(qint64 id) const
{
    const auto at = claimIndex.constFind(id);
    return at == claimIndex.constEnd() ? nullptr : &claims[*at];
}

QList<Verdict> ReportData::verdictsInUse() const
{
    QList<Verdict> used;
    for (Verdict v : allVerdicts()) {
        if (verdictCounts.value(v) > 0)
            used.append(v);
    }
    return used;
}

Result<Scope> parseScope(const QStringList &items, const ProjectSnapshot &project)
{
    Scope s;
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0)
            return badScope(item);
        const QString key = item.left(eq).trimmed().toLower();
        const QString value = item.mid(eq + 1).trimmed();
        bool ok = true;
        if (key == u"document"_s || key == u"documents"_s) {
            s.documentIds += parseIds(value, ok);
        } else if (key == u"dispute"_s || key == u"disputes"_s) {
            s.disputeIds += parseIds(value, ok);
        } else if (key == u"source"_s || key == u"sources"_s) {
            if (Status st = addSources(value, project, s, item); !st)
                return st.error();
        } else if (key == u"verdict"_s || key == u"verdicts"_s) {
            for (const QString &id : value.split(u',', Qt::SkipEmptyParts)) {
                const std::optional<Verdict> v = verdictFromId(id.trimmed());
                if (!v)
                    return badScope(item);
                s.verdicts.append(*v);
            }
        } else if (key == u"tag"_s || key == u"tags"_s) {
            for (const QString &t : value.split(u',', Qt::SkipEmptyParts))
                s.tags.append(store::normalTagName(t));
        } else if (key == u"from"_s || key == u"to"_s) {
            const QDate d = QDate::fromString(value, Qt::ISODate);
            ok = d.isValid();
            (key == u"from"_s ? s.from : s.to) = d;
        } else {
            return badScope(item);
        }
        if (!ok)
            return badScope(item);
    }
    return s;
}

ReportData gather(ProjectSnapshot p, const GatherOptions &o)
{
    ReportData r;
    r.title = o.title.isEmpty() ? tr("Fact-check report") : o.title;
    r.scopeText = describe(o.scope, p);
    r.generatedAt = o.now;
    r.sections = o.sections;
    r.programVersion = QStringLiteral(FACTLINE_VERSION);
    for (DocumentRecord &d : p.documents) {
        if (o.scope.documentIds.isEmpty() || o.scope.documentIds.contains(d.id))
            r.documents.append(std::move(d));
    }
    gatherClaims(r, p, o.scope);
    gatherSources(r, p);
    gatherEvents(r, p, o.scope);
    for (DisputeRecord &d : p.disputes) {
        if (!o.scope.disputeIds.isEmpty() && !o.scope.disputeIds.contains(d.id))
            continue;
        if (d.state == DisputeRejected)
            continue; // the user said these claims do not compete
        const QList<qint64> ids = d.claimIds();
        if (std::any_of(ids.cbegin(), ids.cend(), [&](qint64 id) { return r.claimIndex.contains(id); }))
            r.disputes.append(std::move(d));
    }
    return r;
}

Result<ReportData> gather(Project &project, const GatherOptions &options)
{
    Result<ProjectSnapshot> s = store::readSnapshot(project);
    if (!s)
        return s.error();
    return gather(std::move(*s), options);
}

QString extractionMethod()
{
    return tr("Claims, sources, dates and events were found by Factline's built-in extractor: rules over the "
              "article's sentences (ICU sentence breaks), a lexicon of reporting verbs and source cues, and a "
              "TIMEX3 date resolver that reads relative dates (“Friday”, “this week”) against the article's "
              "publication date. Items a person added or corrected are marked as such; verdicts, notes and "
              "evidence are the fact-checkers' own.");
}

QString defaultReportTitle(const QString &projectPath)
{
    return tr("Fact-check report: %1").arg(QFileInfo(projectPath).completeBaseName());
}

} // namespace factline::report
