// SPDX-License-Identifier: MIT
#include "markdown.h"

#include "notetext.h"
#include "reporttext.h"

#include <QCoreApplication>

namespace factline::report {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline::report", s);
}

QString md(const QString &s)
{
    return escapeMarkdown(s);
}

QString row(const QStringList &cells)
{
    return u"| "_s + cells.join(u" | "_s) + u" |\n"_s;
}

QString rule(qsizetype columns)
{
    QStringList cells;
    for (qsizetype i = 0; i < columns; ++i)
        cells << u"---"_s;
    return row(cells);
}

QString link(const QString &text, const QString &url)
{
    const QString href = safeUrl(url);
    return href.isEmpty() ? md(text) : u"["_s + md(text) + u"]("_s + href + u")"_s;
}

void sourceTable(QString &out, const ReportData &d)
{
    const QList<Verdict> shown = d.verdictsInUse();
    QStringList head = {tr("Source"), tr("Claims")};
    for (Verdict v : shown)
        head << verdictName(v);
    out += row(head) + rule(head.size());
    for (const SourceRow &s : d.sources) {
        QStringList cells = {md(s.name), QString::number(s.claims)};
        for (Verdict v : shown)
            cells << (s.verdicts.value(v) ? QString::number(s.verdicts.value(v)) : QString());
        out += row(cells);
    }
    out += u"\n"_s;
}

void claimsSection(QString &out, const ReportData &d)
{
    out += u"## "_s + tr("Claims") + u"\n\n"_s;
    for (const ReportClaim &c : d.claims) {
        out += u"### "_s + md(sourceName(c.claim)) + u": "_s + verdictName(c.annotation.verdict) + u"\n\n"_s;
        out += u"> "_s + md(c.quote.before) + u" **"_s + md(c.quote.exact) + u"**"_s + md(c.quote.after) + u"\n\n"_s;
        out += u"*"_s + md(tr("In %1; said %2.").arg(c.document ? documentLabel(*c.document) : QString(),
                                                     displayDate(c.date())))
               + u"*\n\n"_s;
        if (!c.annotation.note.isEmpty())
            out += noteToMarkdown(c.annotation.note) + u"\n\n"_s;
        if (!c.evidence.isEmpty()) {
            out += tr("Evidence:") + u"\n\n"_s;
            for (const EvidenceLink &e : c.evidence)
                out += u"- "_s + link(e.title.isEmpty() ? e.url : e.title, e.url) + u"\n"_s;
            out += u"\n"_s;
        }
        if (!c.tags.isEmpty())
            out += md(tr("Tags: %1").arg(c.tags.join(u", "_s))) + u"\n\n"_s;
    }
}

} // namespace

QString markdownReport(const ReportData &d)
{
    QString out;
    out += u"# "_s + md(d.title) + u"\n\n"_s;
    out += md(tr("Scope: %1.").arg(d.scopeText)) + u" "_s + md(generatedLine(d)) + u".\n\n"_s;
    if (d.sections & Section::Summary) {
        out += u"## "_s + tr("Summary") + u"\n\n"_s;
        out += summaryLine(d)
               + u"\n\n"_s;
        out += row({tr("Verdict"), tr("Claims")}) + rule(2);
        for (Verdict v : allVerdicts()) {
            if (d.verdictCounts.value(v) > 0)
                out += row({verdictName(v), QString::number(d.verdictCounts.value(v))});
        }
        out += u"\n"_s;
    }
    if (d.sections & Section::Timeline) {
        out += u"## "_s + tr("Timeline") + u"\n\n"_s;
        out += row({u"#"_s, tr("When"), tr("Event"), tr("Lane"), tr("Note")}) + rule(5);
        int n = 0;
        for (const ReportEvent &e : d.events)
            out += row({QString::number(++n), md(displayRange(e.event)), md(e.event.title), md(e.lane),
                        md(noteToPlain(e.note))});
        out += u"\n"_s;
    }
    if (d.sections & Section::Disputes) {
        out += u"## "_s + tr("Disputes") + u"\n\n"_s;
        for (const DisputeRecord &dispute : d.disputes) {
            out += u"### "_s + md(dispute.title) + u"\n\n"_s;
            if (!dispute.note.isEmpty())
                out += noteToMarkdown(dispute.note) + u"\n\n"_s;
            // Side by side, as a table: one column per position.
            QStringList head;
            for (const PositionRecord &p : dispute.positions)
                head << md(p.side);
            out += row(head) + rule(head.size());
            qsizetype rows = 0;
            for (const PositionRecord &p : dispute.positions)
                rows = std::max(rows, p.claimIds.size());
            for (qsizetype i = 0; i < rows; ++i) {
                QStringList cells;
                for (const PositionRecord &p : dispute.positions) {
                    const ReportClaim *c = i < p.claimIds.size() ? d.claim(p.claimIds[i]) : nullptr;
                    cells << (c ? u"**"_s + md(sourceName(c->claim)) + u"** ("_s + verdictName(c->annotation.verdict)
                                      + u"): "_s + md(quoted(c->quote.exact))
                                : QString());
                }
                out += row(cells);
            }
            out += u"\n"_s;
        }
    }
    if (d.sections & Section::Claims)
        claimsSection(out, d);
    if (d.sections & Section::Sources) {
        out += u"## "_s + tr("Sources and their track record") + u"\n\n"_s;
        sourceTable(out, d);
    }
    if (d.sections & Section::Documents) {
        out += u"## "_s + tr("Documents") + u"\n\n"_s;
        out += row({tr("Title"), tr("Outlet"), tr("Author"), tr("Published")}) + rule(4);
        for (const DocumentRecord &doc : d.documents)
            out += row({link(doc.meta.title, doc.meta.url), md(doc.meta.outlet), md(doc.meta.author),
                        displayDate(doc.meta.published)});
        out += u"\n"_s;
    }
    if (d.sections & Section::Method) {
        out += u"## "_s + tr("How this report was made") + u"\n\n"_s;
        out += md(generatedLine(d)) + u". "_s + md(extractionMethod()) + u"\n\n"_s;
        for (const DocumentRecord &doc : d.documents)
            out += u"- "_s + md(doc.meta.title) + u": "_s + md(dateBasis(doc)) + u".\n"_s;
    }
    return out;
}

} // namespace factline::report
