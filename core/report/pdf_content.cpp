// SPDX-License-Identifier: MIT
#include "pdf_content.h"

#include "notetext.h"
#include "reporttext.h"

#include <QCoreApplication>

namespace factline::report::pdf {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline::report", s);
}

const QColor kText(0x1f, 0x23, 0x28);
const QColor kMeta(0x59, 0x63, 0x6e);
const QColor kQuote(0x30, 0x36, 0x3d);
const QColor kLink(0x09, 0x69, 0xda);
const QColor kMark(0xff, 0xf3, 0xb0);
const QColor kNote(0xf6, 0xf8, 0xfa);
const QColor kHeader(0xf0, 0xf2, 0xf5);
const QColor kGrid(0xd0, 0xd7, 0xde);
const QChar kLineBreak(0x2028);

QFont font(double points)
{
    QFont f(u"sans-serif"_s);
    f.setPointSizeF(points);
    return f;
}

QFont bold(double points)
{
    QFont f = font(points);
    f.setBold(true);
    return f;
}

// The styles of the print style sheet the rich-text PDF had (sizes in points, spaces in
// CSS pixels).
Paragraph body()
{
    Paragraph p;
    p.font = font(10);
    p.colour = kText;
    p.spaceBefore = 5;
    p.spaceAfter = 5;
    return p;
}

Paragraph heading(int level)
{
    Paragraph p = body();
    p.font = bold(level == 1 ? 18 : level == 2 ? 14 : 11);
    p.spaceBefore = level == 1 ? 0 : level == 2 ? 18 : 10;
    p.spaceAfter = level == 3 ? 3 : 6;
    p.keepWithNext = true;
    return p;
}

Paragraph meta()
{
    Paragraph p = body();
    p.font = font(9);
    p.colour = kMeta;
    p.spaceBefore = 2;
    p.spaceAfter = 2;
    return p;
}

Paragraph cell()
{
    Paragraph p = body();
    p.spaceBefore = 0;
    p.spaceAfter = 4;
    return p;
}

QTextCharFormat boldFormat()
{
    QTextCharFormat f;
    f.setFontWeight(QFont::Bold);
    return f;
}

QTextCharFormat colourFormat(const QColor &colour)
{
    QTextCharFormat f;
    f.setForeground(colour);
    return f;
}

QTextCharFormat linkFormat(const QString &href)
{
    QTextCharFormat f;
    f.setAnchor(true);
    f.setAnchorHref(href); // QPdfWriter makes a link of it
    f.setForeground(kLink);
    return f;
}

// Text appended run by run, each with its own format.
void append(Paragraph &p, const QString &text, const QTextCharFormat &format = {})
{
    if (format.propertyCount() > 0 && !text.isEmpty())
        p.spans.append({int(p.text.size()), int(text.size()), format});
    p.text += text;
}

Paragraph with(Paragraph style, const QString &text, const QTextCharFormat &format = {})
{
    append(style, text, format);
    return style;
}

void appendBadge(Paragraph &p, Verdict v)
{
    QTextCharFormat f = boldFormat();
    f.setForeground(QColor(verdictColour(v)));
    append(p, verdictName(v), f);
}

Cell cellOf(const Paragraph &p)
{
    return Cell{{p}};
}

Cell textCell(const QString &text)
{
    return cellOf(with(cell(), text));
}

Cell numberCell(int n)
{
    Paragraph p = with(cell(), n ? QString::number(n) : QString());
    p.align = Qt::AlignRight;
    return cellOf(p);
}

Table grid()
{
    Table t;
    t.headerBackground = kHeader;
    t.gridColour = kGrid;
    return t;
}

QList<Cell> headerRow(const QStringList &names)
{
    QList<Cell> row;
    for (const QString &name : names)
        row.append(cellOf(with(cell(), name, boldFormat())));
    return row;
}

class Builder
{
public:
    Builder(const ReportData &data, Flow &flow) : d(data), m_flow(flow) {}

    void heading()
    {
        m_flow.add(with(pdf::heading(1), d.title));
        m_flow.add(with(meta(), tr("Scope: %1.").arg(d.scopeText) + u" "_s + generatedLine(d) + u"."_s));
    }

    void summary()
    {
        m_flow.add(with(pdf::heading(2), tr("Summary")));
        m_flow.add(with(body(), summaryLine(d)));
        Table counts = grid();
        counts.rows.append(headerRow({tr("Verdict"), tr("Claims")}));
        for (Verdict v : allVerdicts()) {
            const int n = d.verdictCounts.value(v);
            if (n == 0)
                continue;
            Paragraph badge = cell();
            appendBadge(badge, v);
            counts.rows.append({cellOf(badge), numberCell(n)});
        }
        m_flow.add(counts);
        m_flow.add(with(pdf::heading(3), tr("By source")));
        sourceTable(8);
    }

    void sourceTable(int limit)
    {
        const QList<Verdict> shown = d.verdictsInUse();
        Table t = grid();
        QStringList names{tr("Source"), tr("Claims")};
        for (Verdict v : shown)
            names << verdictName(v);
        t.rows.append(headerRow(names));
        int row = 0;
        for (const SourceRow &s : d.sources) {
            if (limit > 0 && row++ == limit)
                break;
            QList<Cell> cells{textCell(s.name), numberCell(s.claims)};
            for (Verdict v : shown)
                cells.append(numberCell(s.verdicts.value(v)));
            t.rows.append(cells);
        }
        m_flow.add(t);
        if (limit > 0 && d.sources.size() > limit)
            m_flow.add(with(meta(), tr("%1 more sources are listed under Sources.").arg(d.sources.size() - limit)));
    }

    void timeline(const QImage &image, QSizeF size)
    {
        m_flow.add(with(pdf::heading(2), tr("Timeline")));
        if (d.events.isEmpty()) {
            m_flow.add(with(body(), tr("No dated events are in scope.")));
            return;
        }
        if (!image.isNull())
            m_flow.add(image, size, 4, 8);
        Table t = grid();
        t.rows.append(headerRow({u"#"_s, tr("When"), tr("Event"), tr("Lane"), tr("From")}));
        int n = 0;
        for (const ReportEvent &e : d.events) {
            Cell event = textCell(e.event.title);
            if (!e.note.isEmpty())
                event.paragraphs += noteParagraphs(e.note, noteStyle());
            t.rows.append({numberCell(++n), textCell(displayRange(e.event)), event, textCell(e.lane),
                           textCell(e.document ? shortDocumentLabel(*e.document) : QString())});
        }
        m_flow.add(t);
    }

    void disputes()
    {
        m_flow.add(with(pdf::heading(2), tr("Disputes")));
        if (d.disputes.isEmpty())
            m_flow.add(with(body(), tr("No disputes are in scope.")));
        for (const DisputeRecord &dispute : d.disputes) {
            m_flow.add(with(pdf::heading(3), dispute.title));
            for (const Paragraph &p : noteParagraphs(dispute.note, noteStyle()))
                m_flow.add(p);
            // Side by side, as in the HTML report.
            Table t = grid();
            t.fullWidth = true;
            t.equalColumns = true;
            t.padding = 4;
            QStringList sides;
            for (const PositionRecord &p : dispute.positions)
                sides << p.side;
            t.rows.append(headerRow(sides));
            QList<Cell> claims;
            for (const PositionRecord &p : dispute.positions) {
                Cell c;
                for (qint64 id : p.claimIds) {
                    if (const ReportClaim *claim = d.claim(id))
                        c.paragraphs.append(claimLine(*claim));
                }
                claims.append(c);
            }
            t.rows.append(claims);
            m_flow.add(t);
        }
    }

    void claims()
    {
        m_flow.add(with(pdf::heading(2), tr("Claims")));
        for (const ReportClaim &c : d.claims)
            claim(c);
    }

    void sources()
    {
        m_flow.add(with(pdf::heading(2), tr("Sources and their track record")));
        sourceTable(0);
    }

    void documents()
    {
        m_flow.add(with(pdf::heading(2), tr("Documents")));
        Table t = grid();
        t.rows.append(headerRow({tr("Title"), tr("Outlet"), tr("Author"), tr("Published"), tr("Address")}));
        for (const DocumentRecord &doc : d.documents) {
            const QString href = safeUrl(doc.meta.url);
            t.rows.append({textCell(doc.meta.title), textCell(doc.meta.outlet), textCell(doc.meta.author),
                           textCell(displayDate(doc.meta.published)),
                           cellOf(with(cell(), doc.meta.url, href.isEmpty() ? QTextCharFormat() : linkFormat(href)))});
        }
        m_flow.add(t);
    }

    void method()
    {
        m_flow.add(with(pdf::heading(2), tr("How this report was made")));
        m_flow.add(with(body(), generatedLine(d) + u". "_s + extractionMethod()));
        for (const DocumentRecord &doc : d.documents)
            m_flow.add(item(with(body(), (doc.meta.title.isEmpty() ? tr("Untitled document %1").arg(doc.id)
                                                                    : doc.meta.title)
                                             + u": "_s + dateBasis(doc) + u"."_s)));
    }

private:
    static Paragraph noteStyle()
    {
        Paragraph p = body();
        p.background = kNote;
        p.spaceBefore = 3;
        p.spaceAfter = 3;
        return p;
    }

    // A list item: a bullet in the margin, its lines indented.
    static Paragraph item(Paragraph p)
    {
        p.text.prepend(u"•  "_s);
        for (QTextLayout::FormatRange &r : p.spans)
            r.start += 3;
        p.indent = 14;
        p.spaceBefore = 1;
        p.spaceAfter = 1;
        return p;
    }

    Paragraph claimLine(const ReportClaim &c) const
    {
        Paragraph p = cell();
        p.spaceAfter = 8;
        append(p, sourceName(c.claim), boldFormat());
        append(p, u" "_s);
        appendBadge(p, c.annotation.verdict);
        append(p, kLineBreak + quoted(c.quote.exact) + kLineBreak);
        QTextCharFormat small = colourFormat(kMeta);
        small.setFontPointSize(9);
        append(p, c.document ? shortDocumentLabel(*c.document) : QString(), small);
        return p;
    }

    // A claim stays on one page (break-inside: avoid, as the HTML report prints) unless it
    // is longer than a page.
    void claim(const ReportClaim &c)
    {
        QList<Paragraph> parts;
        Paragraph head = pdf::heading(3);
        append(head, sourceName(c.claim) + u" "_s);
        appendBadge(head, c.annotation.verdict);
        parts.append(head);
        Paragraph quote = body();
        quote.colour = kQuote;
        quote.indent = 16;
        quote.spaceBefore = 3;
        quote.spaceAfter = 3;
        QTextCharFormat mark;
        mark.setBackground(kMark);
        if (!c.quote.before.trimmed().isEmpty()) // HTML drops the space before the words; a layout shows it
            append(quote, c.quote.before.trimmed() + u" "_s);
        append(quote, c.quote.exact, mark);
        append(quote, c.quote.after);
        parts.append(quote);
        parts.append(with(meta(), tr("In %1; said %2.")
                                    .arg(c.document ? documentLabel(*c.document) : QString(), displayDate(c.date()))));
        parts += noteParagraphs(c.annotation.note, noteStyle());
        if (!c.evidence.isEmpty()) {
            Paragraph label = with(body(), tr("Evidence"), boldFormat());
            label.spaceAfter = 1;
            label.keepWithNext = true;
            parts.append(label);
            for (const EvidenceLink &e : c.evidence) {
                const QString href = safeUrl(e.url);
                const QString title = e.title.isEmpty() ? e.url : e.title;
                Paragraph p = body();
                if (href.isEmpty()) {
                    append(p, title + u" ("_s + e.url + u")"_s);
                } else {
                    append(p, title, linkFormat(href));
                    QTextCharFormat small = colourFormat(kMeta);
                    small.setFontPointSize(9);
                    append(p, u" "_s);
                    append(p, e.url, small);
                }
                parts.append(item(p));
            }
        }
        if (const QString checked = checkedLine(c); !checked.isEmpty())
            parts.append(with(meta(), checked));
        for (qsizetype i = 0; i < parts.size(); ++i) {
            parts[i].keepWithNext = i + 1 < parts.size();
            m_flow.add(parts[i]);
        }
    }

    const ReportData &d;
    Flow &m_flow;
};

} // namespace

void buildReport(const ReportData &data, const QImage &timeline, QSizeF timelineSize, Flow &flow)
{
    Builder b(data, flow);
    b.heading();
    if (data.sections & Section::Summary)
        b.summary();
    if (data.sections & Section::Timeline)
        b.timeline(timeline, timelineSize);
    if (data.sections & Section::Disputes)
        b.disputes();
    if (data.sections & Section::Claims)
        b.claims();
    if (data.sections & Section::Sources)
        b.sources();
    if (data.sections & Section::Documents)
        b.documents();
    if (data.sections & Section::Method)
        b.method();
}

QList<Paragraph> noteParagraphs(const QString &note, const Paragraph &style)
{
    // noteToHtml() escapes everything but the few tags it writes itself, so reading them
    // back needs no HTML parser: <p>, <br>, <a href="…">, <strong>, <em> and the entities
    // of escapeHtml().
    static const QList<std::pair<QString, QString>> entities{
        {u"&lt;"_s, u"<"_s}, {u"&gt;"_s, u">"_s}, {u"&quot;"_s, u"\""_s}, {u"&#39;"_s, u"'"_s}, {u"&amp;"_s, u"&"_s}};
    const auto unescape = [](QString s) {
        for (const auto &[entity, c] : entities)
            s.replace(entity, c);
        return s;
    };
    const QString html = noteToHtml(note);
    QList<Paragraph> out;
    Paragraph p = style;
    bool strong = false, emphasis = false;
    QString href;
    for (qsizetype i = 0; i < html.size();) {
        const qsizetype open = html.indexOf(u'<', i);
        const qsizetype end = open < 0 ? -1 : html.indexOf(u'>', open);
        QTextCharFormat f;
        if (strong)
            f.setFontWeight(QFont::Bold);
        if (emphasis)
            f.setFontItalic(true);
        if (!href.isEmpty())
            f.merge(linkFormat(href));
        append(p, unescape(html.mid(i, (end < 0 ? html.size() : open) - i)), f);
        if (end < 0)
            break;
        const QStringView tag = QStringView(html).mid(open + 1, end - open - 1);
        if (tag == u"/p") {
            out.append(p);
            p = style;
        } else if (tag == u"br") {
            p.text += kLineBreak;
        } else if (tag == u"strong" || tag == u"/strong") {
            strong = !tag.startsWith(u'/');
        } else if (tag == u"em" || tag == u"/em") {
            emphasis = !tag.startsWith(u'/');
        } else if (tag.startsWith(u"a href=\"")) {
            href = unescape(tag.mid(8, tag.size() - 9).toString());
        } else if (tag == u"/a") {
            href.clear();
        }
        i = end + 1;
    }
    return out;
}

} // namespace factline::report::pdf
