// SPDX-License-Identifier: MIT
#include "html.h"

#include "notetext.h"
#include "reporttext.h"
#include "svgtimeline.h"

#include <QCoreApplication>

#include <utility>

namespace factline::report {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline::report", s);
}

QString h(const QString &s)
{
    return escapeHtml(s);
}

// Built once per report: `rich` is Qt's rich-text subset (the PDF), else a browser.
class Writer
{
public:
    Writer(const ReportData &data, bool rich, QString timelineImage)
        : d(data), m_rich(rich), m_image(std::move(timelineImage))
    {
    }

    QString body()
    {
        heading();
        if (d.sections & Section::Summary)
            summary();
        if (d.sections & Section::Timeline)
            timelineSection();
        if (d.sections & Section::Disputes)
            disputes();
        if (d.sections & Section::Claims)
            claims();
        if (d.sections & Section::Sources)
            sources();
        if (d.sections & Section::Documents)
            documents();
        if (d.sections & Section::Method)
            method();
        return out;
    }

    // The rich-text report in parts that each start on a new page: Qt's engine lays out
    // and draws a long document in time that grows faster than its length, so the
    // claims go in slices of `perPart`.
    QStringList parts(int perPart)
    {
        QStringList list;
        heading();
        if (d.sections & Section::Summary)
            summary();
        if (d.sections & Section::Timeline)
            timelineSection();
        if (d.sections & Section::Disputes)
            disputes();
        list << std::exchange(out, QString());
        if (d.sections & Section::Claims) {
            for (qsizetype from = 0; from < d.claims.size() || from == 0; from += perPart) {
                claims(from, perPart);
                list << std::exchange(out, QString());
            }
        }
        if (d.sections & Section::Sources)
            sources();
        if (d.sections & Section::Documents)
            documents();
        if (d.sections & Section::Method)
            method();
        list << std::exchange(out, QString());
        list.removeAll(QString());
        return list;
    }

private:
    void heading()
    {
        out += u"<h1>"_s + h(d.title) + u"</h1>\n"_s;
        out += u"<p class=\"scope\">"_s + h(tr("Scope: %1.").arg(d.scopeText)) + u" "_s + h(generatedLine(d))
               + u".</p>\n"_s;
    }

    QString badge(Verdict v) const
    {
        if (m_rich)
            return u"<span style=\"color:%1; font-weight:bold\">%2</span>"_s.arg(verdictColour(v), h(verdictName(v)));
        return u"<span class=\"verdict\" style=\"background:%1\">%2</span>"_s.arg(verdictColour(v), h(verdictName(v)));
    }

    void summary()
    {
        out += u"<h2 id=\"summary\">"_s + h(tr("Summary")) + u"</h2>\n"_s;
        out += u"<p>"_s
               + h(summaryLine(d))
               + u"</p>\n"_s;
        out += u"<table class=\"counts\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>"_s + h(tr("Verdict")) + u"</th><th>"_s + h(tr("Claims"))
               + u"</th></tr>\n"_s;
        for (Verdict v : allVerdicts()) {
            const int n = d.verdictCounts.value(v);
            if (n > 0)
                out += u"<tr><td>"_s + badge(v) + u"</td><td class=\"n\">"_s + QString::number(n) + u"</td></tr>\n"_s;
        }
        out += u"</table>\n"_s;
        out += u"<h3>"_s + h(tr("By source")) + u"</h3>\n"_s;
        sourceTable(8);
    }

    void sourceTable(int limit)
    {
        const QList<Verdict> shown = d.verdictsInUse();
        out += u"<table class=\"grid\" cellpadding=\"3\" cellspacing=\"0\"><tr><th width=\"26%\">"_s + h(tr("Source"))
               + u"</th><th>"_s + h(tr("Claims"))
               + u"</th>"_s;
        for (Verdict v : shown)
            out += u"<th>"_s + h(verdictName(v)) + u"</th>"_s;
        out += u"</tr>\n"_s;
        int row = 0;
        for (const SourceRow &s : d.sources) {
            if (limit > 0 && row++ == limit)
                break;
            out += u"<tr><td>"_s + h(s.name) + u"</td><td class=\"n\">"_s + QString::number(s.claims) + u"</td>"_s;
            for (Verdict v : shown) {
                const int n = s.verdicts.value(v);
                out += u"<td class=\"n\">"_s + (n ? QString::number(n) : QString()) + u"</td>"_s;
            }
            out += u"</tr>\n"_s;
        }
        out += u"</table>\n"_s;
        if (limit > 0 && d.sources.size() > limit)
            out += u"<p class=\"meta\">"_s + h(tr("%1 more sources are listed under Sources.").arg(d.sources.size() - limit))
                   + u"</p>\n"_s;
    }

    void timelineSection()
    {
        out += u"<h2 id=\"timeline\">"_s + h(tr("Timeline")) + u"</h2>\n"_s;
        if (d.events.isEmpty()) {
            out += u"<p>"_s + h(tr("No dated events are in scope.")) + u"</p>\n"_s;
            return;
        }
        if (m_rich)
            out += u"<p><img src=\""_s + h(m_image) + u"\"></p>\n"_s;
        else
            out += u"<figure>"_s + timelineSvg(layoutTimeline(d)) + u"</figure>\n"_s;
        out += u"<table class=\"grid events\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>#</th><th>"_s + h(tr("When")) + u"</th><th>"_s + h(tr("Event"))
               + u"</th><th>"_s + h(tr("Lane")) + u"</th><th>"_s + h(tr("From")) + u"</th></tr>\n"_s;
        int n = 0;
        for (const ReportEvent &e : d.events) {
            out += u"<tr><td class=\"n\">"_s + QString::number(++n) + u"</td><td>"_s + h(displayRange(e.event))
                   + u"</td><td>"_s + h(e.event.title);
            if (!e.note.isEmpty())
                out += u"<div class=\"note\">"_s + noteToHtml(e.note) + u"</div>"_s;
            out += u"</td><td>"_s + h(e.lane) + u"</td><td>"_s + (e.document ? h(shortDocumentLabel(*e.document)) : QString())
                   + u"</td></tr>\n"_s;
        }
        out += u"</table>\n"_s;
    }

    void claimLine(const ReportClaim &c)
    {
        out += u"<p class=\"pos\"><b>"_s + h(sourceName(c.claim)) + u"</b> "_s + badge(c.annotation.verdict)
               + u"<br>"_s + h(quoted(c.quote.exact)) + u"<br><span class=\"meta\">"_s
               + h(c.document ? shortDocumentLabel(*c.document) : QString()) + u"</span></p>\n"_s;
    }

    void disputes()
    {
        out += u"<h2 id=\"disputes\">"_s + h(tr("Disputes")) + u"</h2>\n"_s;
        if (d.disputes.isEmpty())
            out += u"<p>"_s + h(tr("No disputes are in scope.")) + u"</p>\n"_s;
        for (const DisputeRecord &dispute : d.disputes) {
            out += u"<div class=\"dispute\"><h3>"_s + h(dispute.title) + u"</h3>\n"_s;
            if (!dispute.note.isEmpty())
                out += u"<div class=\"note\">"_s + noteToHtml(dispute.note) + u"</div>\n"_s;
            // A table keeps the positions side by side in a browser, on paper and in Qt's engine.
            out += u"<table class=\"positions\" width=\"100%\" cellpadding=\"4\" cellspacing=\"0\"><tr>"_s;
            for (const PositionRecord &p : dispute.positions)
                out += u"<th>"_s + h(p.side) + u"</th>"_s;
            out += u"</tr><tr>"_s;
            for (const PositionRecord &p : dispute.positions) {
                out += u"<td>"_s;
                for (qint64 id : p.claimIds) {
                    if (const ReportClaim *c = d.claim(id))
                        claimLine(*c);
                }
                out += u"</td>"_s;
            }
            out += u"</tr></table></div>\n"_s;
        }
    }

    void claims(qsizetype from = 0, qsizetype count = -1)
    {
        if (from == 0)
            out += u"<h2 id=\"claims\">"_s + h(tr("Claims")) + u"</h2>\n"_s;
        const qsizetype to = count < 0 ? d.claims.size() : std::min(d.claims.size(), from + count);
        for (qsizetype i = from; i < to; ++i) {
            const ReportClaim &c = d.claims[i];
            out += u"<div class=\"claim\" id=\"claim-"_s + QString::number(c.claim.id) + u"\">\n<h3>"_s
                   + h(sourceName(c.claim)) + u" "_s + badge(c.annotation.verdict) + u"</h3>\n"_s;
            out += u"<blockquote>"_s + h(c.quote.before) + u" <mark>"_s + h(c.quote.exact) + u"</mark>"_s
                   + h(c.quote.after) + u"</blockquote>\n"_s;
            out += u"<p class=\"meta\">"_s
                   + h(tr("In %1; said %2.")
                           .arg(c.document ? documentLabel(*c.document) : QString(), displayDate(c.date())))
                   + u"</p>\n"_s;
            if (!c.annotation.note.isEmpty())
                out += u"<div class=\"note\">"_s + noteToHtml(c.annotation.note) + u"</div>\n"_s;
            if (!c.evidence.isEmpty()) {
                out += u"<p class=\"label\">"_s + h(tr("Evidence")) + u"</p><ul class=\"evidence\">"_s;
                for (const EvidenceLink &e : c.evidence) {
                    const QString href = safeUrl(e.url);
                    const QString title = e.title.isEmpty() ? e.url : e.title;
                    out += href.isEmpty() ? u"<li>"_s + h(title) + u" ("_s + h(e.url) + u")</li>"_s
                                          : u"<li><a href=\""_s + h(href) + u"\">"_s + h(title) + u"</a> "_s
                                                + u"<span class=\"meta\">"_s + h(e.url) + u"</span></li>"_s;
                }
                out += u"</ul>\n"_s;
            }
            if (const QString checked = checkedLine(c); !checked.isEmpty())
                out += u"<p class=\"meta\">"_s + h(checked) + u"</p>\n"_s;
            out += u"</div>\n"_s;
        }
    }

    void sources()
    {
        out += u"<h2 id=\"sources\">"_s + h(tr("Sources and their track record")) + u"</h2>\n"_s;
        sourceTable(0);
    }

    void documents()
    {
        out += u"<h2 id=\"documents\">"_s + h(tr("Documents")) + u"</h2>\n"_s;
        out += u"<table class=\"grid\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>"_s + h(tr("Title")) + u"</th><th>"_s + h(tr("Outlet")) + u"</th><th>"_s
               + h(tr("Author")) + u"</th><th>"_s + h(tr("Published")) + u"</th><th>"_s + h(tr("Address"))
               + u"</th></tr>\n"_s;
        for (const DocumentRecord &doc : d.documents) {
            const QString href = safeUrl(doc.meta.url);
            out += u"<tr><td>"_s + h(doc.meta.title) + u"</td><td>"_s + h(doc.meta.outlet) + u"</td><td>"_s
                   + h(doc.meta.author) + u"</td><td>"_s + h(displayDate(doc.meta.published)) + u"</td><td>"_s
                   + (href.isEmpty() ? h(doc.meta.url)
                                     : u"<a href=\""_s + h(href) + u"\">"_s + h(doc.meta.url) + u"</a>"_s)
                   + u"</td></tr>\n"_s;
        }
        out += u"</table>\n"_s;
    }

    void method()
    {
        out += u"<h2 id=\"method\">"_s + h(tr("How this report was made")) + u"</h2>\n"_s;
        out += u"<p>"_s + h(generatedLine(d)) + u". "_s + h(extractionMethod()) + u"</p>\n<ul>"_s;
        for (const DocumentRecord &doc : d.documents)
            out += u"<li>"_s + h(doc.meta.title.isEmpty() ? tr("Untitled document %1").arg(doc.id) : doc.meta.title)
                   + u": "_s + h(dateBasis(doc)) + u".</li>\n"_s;
        out += u"</ul>\n"_s;
    }

    const ReportData &d;
    bool m_rich;
    QString m_image;
    QString out;
};

const QString &browserStyle()
{
    static const QString css = uR"(
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; max-width: 60em;
       margin: 2em auto; padding: 0 1em; }
h1 { font-size: 1.8em; margin-bottom: 0.2em; }
h2 { border-bottom: 1px solid #d0d7de; padding-bottom: 0.2em; margin-top: 2em; }
h3 { font-size: 1.05em; margin: 0.2em 0; }
.scope, .meta { color: #59636e; font-size: 0.9em; }
.verdict { color: #fff; border-radius: 0.8em; padding: 0.05em 0.6em; font-size: 0.85em; font-weight: 600;
           white-space: nowrap; }
table { border-collapse: collapse; margin: 0.5em 0; }
.grid th, .grid td, .counts th, .counts td { border: 1px solid #d0d7de; padding: 0.25em 0.6em; text-align: left;
           vertical-align: top; }
.grid th, .counts th { background: #f6f8fa; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.positions { table-layout: fixed; }
.positions th { background: #eef1f5; text-align: left; padding: 0.4em; }
.positions td { vertical-align: top; padding: 0.4em; border: 1px solid #d0d7de; }
.pos { margin: 0 0 0.8em; }
.claim { border-left: 3px solid #d0d7de; padding: 0.3em 0 0.3em 0.9em; margin: 1.2em 0; }
blockquote { margin: 0.4em 0; color: #30363d; }
mark { background: #fff3b0; padding: 0 0.1em; }
.note { background: #f6f8fa; border-radius: 4px; padding: 0.1em 0.8em; }
.label { font-weight: 600; margin: 0.4em 0 0; }
ul.evidence { margin: 0.2em 0; }
figure { margin: 0.5em 0; overflow-x: auto; }
a { color: #0969da; }
@media print {
  body { max-width: none; margin: 0; font-size: 11pt; }
  h2 { break-after: avoid; }
  .claim, .dispute, tr, figure { break-inside: avoid; }
  a { color: inherit; }
}
)"_s;
    return css;
}

} // namespace

QString htmlReport(const ReportData &data)
{
    Writer w(data, false, {});
    return u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           // Defence in depth: even a mistake in escaping could not load or run anything.
           "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta name=\"generator\" content=\"Factline "_s
           + escapeHtml(data.programVersion) + u"\">\n<title>"_s + escapeHtml(data.title) + u"</title>\n<style>"_s
           + browserStyle() + u"</style>\n</head>\n<body>\n"_s + w.body() + u"</body>\n</html>\n"_s;
}

QStringList richTextReport(const ReportData &data, const QString &timelineImage, int claimsPerPart)
{
    Writer w(data, true, timelineImage);
    QStringList parts = w.parts(claimsPerPart);
    for (QString &p : parts)
        p = u"<html><head><meta charset=\"utf-8\"><title>"_s + escapeHtml(data.title) + u"</title></head><body>"_s + p
            + u"</body></html>"_s;
    return parts;
}

} // namespace factline::report
