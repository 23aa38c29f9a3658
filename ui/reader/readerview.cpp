// SPDX-License-Identifier: MIT
#include "readerview.h"

#include "extract/timexvalue.h"
#include "models/sourcecolours.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlockFormat>
#include <QTextCursor>
#include <QToolTip>

#include <limits>

namespace factline {

QString timexExplanation(const TimexRecord &t, const QDate &published)
{
    const extract::DateRange range = extract::calendarRange(t.value);
    QString line = ReaderView::tr("%1 → %2").arg(t.text, range.isValid() ? extract::describeRange(range) : t.value);
    if (!t.resolved)
        line = ReaderView::tr("%1: not resolved to a date").arg(t.text);
    else if (t.relative && t.origin == Origin::Extractor && published.isValid())
        line += ReaderView::tr(", from the article's date %1")
                    .arg(QLocale().toString(published, QStringLiteral("ddd d MMM yyyy")));
    if (!t.explanation.isEmpty())
        line += u'\n' + ReaderView::tr("(%1)").arg(t.explanation);
    return line;
}

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setAccessibleName(tr("Article text"));
    setAccessibleDescription(tr("The article, with claims highlighted in their source's colour and dates underlined"));
    setPlaceholderText(tr("Select a document to read it here."));
    setMouseTracking(true);
}

void ReaderView::clearDocument()
{
    m_documentId = 0;
    m_offsets.reset();
    m_claims.clear();
    m_timexes.clear();
    m_events.clear();
    m_currentClaim = 0;
    setExtraSelections({});
    clear();
}

void ReaderView::showDocument(const DocumentRecord &d)
{
    clearDocument();
    m_documentId = d.id;
    m_published = d.meta.published;
    QTextCursor c(document());
    QTextCharFormat title;
    title.setFontPointSize(font().pointSizeF() * 1.4);
    title.setFontWeight(QFont::Bold);
    c.insertText(d.meta.title.isEmpty() ? tr("(untitled)") : d.meta.title, title);
    QTextCharFormat meta;
    meta.setForeground(palette().color(QPalette::PlaceholderText));
    QStringList parts;
    if (!d.meta.outlet.isEmpty())
        parts << d.meta.outlet;
    if (!d.meta.author.isEmpty())
        parts << d.meta.author;
    parts << (d.meta.published.isValid() ? QLocale().toString(d.meta.published, QLocale::LongFormat)
                                         : tr("no publication date"));
    c.insertBlock();
    c.insertText(parts.join(QStringLiteral(" · ")), meta);
    c.insertBlock();
    c.insertBlock();
    m_bodyStart = c.position();
    c.insertText(d.text, QTextCharFormat());
    m_offsets.emplace(d.text);
    moveCursor(QTextCursor::Start);
}

void ReaderView::setItems(const QList<ClaimRecord> &claims, const QList<TimexRecord> &timexes,
                          const QList<EventRecord> &events)
{
    m_claims = claims;
    m_timexes = timexes;
    m_events = events;
    rebuildHighlights();
}

int ReaderView::toDocument(qint64 codePoint) const
{
    if (!m_offsets)
        return 0;
    return m_bodyStart + static_cast<int>(m_offsets->toUtf16(codePoint));
}

qint64 ReaderView::toCodePoint(int position) const
{
    if (!m_offsets || position < m_bodyStart)
        return -1;
    return m_offsets->toCodePoint(position - m_bodyStart);
}

QTextCursor ReaderView::cursorFor(const CodePointSpan &span) const
{
    QTextCursor c(document());
    c.setPosition(toDocument(span.start));
    c.setPosition(toDocument(span.end), QTextCursor::KeepAnchor);
    return c;
}

void ReaderView::rebuildHighlights()
{
    QList<ExtraSelection> selections;
    if (!m_offsets) {
        setExtraSelections(selections);
        return;
    }
    const QColor text = palette().color(QPalette::Text);
    for (const ClaimRecord &c : m_claims) {
        const bool current = c.id == m_currentClaim;
        for (const CodePointSpan &s : c.content) {
            ExtraSelection sel;
            sel.cursor = cursorFor(s);
            sel.format.setBackground(sourceHighlight(c.actorId, current));
            selections << sel;
        }
        if (c.source.isValid()) {
            ExtraSelection sel;
            sel.cursor = cursorFor(c.source);
            sel.format.setBackground(sourceHighlight(c.actorId, current));
            sel.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            sel.format.setUnderlineColor(sourceColour(c.actorId));
            sel.format.setFontWeight(QFont::DemiBold);
            selections << sel;
        }
        if (c.cue.isValid()) {
            ExtraSelection sel;
            sel.cursor = cursorFor(c.cue);
            sel.format.setFontWeight(QFont::Bold);
            sel.format.setForeground(text);
            selections << sel;
        }
    }
    const QColor link = palette().color(QPalette::Link);
    for (const TimexRecord &t : m_timexes) {
        ExtraSelection sel;
        sel.cursor = cursorFor(t.span);
        sel.format.setUnderlineStyle(QTextCharFormat::DashUnderline);
        sel.format.setUnderlineColor(link);
        selections << sel;
    }
    setExtraSelections(selections);
}

bool ReaderView::selectSpan(const CodePointSpan &span)
{
    if (!span.isValid() || !m_offsets)
        return false;
    QTextCursor c = cursorFor(span);
    setTextCursor(c);
    ensureCursorVisible();
    // Put the words a third of the way down, with what leads up to them above.
    QTextCursor start(document());
    start.setPosition(c.selectionStart());
    const int top = cursorRect(start).top();
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->value() + top - viewport()->height() / 3);
    return true;
}

bool ReaderView::showClaim(qint64 claimId)
{
    for (const ClaimRecord &c : m_claims) {
        if (c.id != claimId)
            continue;
        m_currentClaim = claimId;
        rebuildHighlights();
        CodePointSpan span = c.content.isEmpty() ? c.source : c.content.first();
        if (!c.content.isEmpty())
            span.end = c.content.last().end;
        return selectSpan(span);
    }
    if (m_currentClaim != 0) {
        m_currentClaim = 0;
        rebuildHighlights();
    }
    return false;
}

bool ReaderView::showEvent(qint64 eventId)
{
    for (const EventRecord &e : m_events) {
        if (e.id == eventId)
            return selectSpan(e.anchor);
    }
    return false;
}

bool ReaderView::showTimex(qint64 timexId)
{
    for (const TimexRecord &t : m_timexes) {
        if (t.id == timexId)
            return selectSpan(t.span);
    }
    return false;
}

CodePointSpan ReaderView::selectedSpan() const
{
    const QTextCursor c = textCursor();
    if (!c.hasSelection() || !m_offsets)
        return {};
    const int start = std::max(c.selectionStart(), m_bodyStart);
    const int end = c.selectionEnd();
    if (end <= start)
        return {};
    return {toCodePoint(start), toCodePoint(end)};
}

QString ReaderView::selectedWords() const
{
    const CodePointSpan s = selectedSpan();
    if (!s.isValid())
        return {};
    QTextCursor c = cursorFor(s);
    return c.selectedText().replace(QChar::ParagraphSeparator, u'\n');
}

ReaderView::Item ReaderView::itemAt(int position) const
{
    const qint64 cp = toCodePoint(position);
    if (cp < 0)
        return {};
    Item best;
    qint64 bestLength = std::numeric_limits<qint64>::max();
    auto consider = [&](ItemKind kind, qint64 id, const CodePointSpan &s) {
        if (s.isValid() && s.start <= cp && cp < s.end && s.end - s.start < bestLength) {
            best = {kind, id};
            bestLength = s.end - s.start;
        }
    };
    // The smallest item under the click wins: a date inside a claim, a claim inside an
    // event's sentence.
    for (const TimexRecord &t : m_timexes)
        consider(ItemKind::Timex, t.id, t.span);
    for (const ClaimRecord &c : m_claims) {
        for (const CodePointSpan &s : c.content + QList<CodePointSpan>{c.source, c.cue})
            consider(ItemKind::Claim, c.id, s);
    }
    for (const EventRecord &e : m_events)
        consider(ItemKind::Event, e.id, e.anchor);
    return best;
}

QString ReaderView::toolTipAt(int position) const
{
    const qint64 cp = toCodePoint(position);
    QStringList lines;
    for (const TimexRecord &t : m_timexes) {
        if (t.span.start <= cp && cp < t.span.end)
            lines << timexExplanation(t, m_published);
    }
    for (const ClaimRecord &c : m_claims) {
        bool inside = false;
        for (const CodePointSpan &s : c.content + QList<CodePointSpan>{c.source, c.cue})
            inside = inside || (s.isValid() && s.start <= cp && cp < s.end);
        if (inside)
            lines << tr("%1 %2 (%3)").arg(c.actorName.isEmpty() ? tr("(no source)") : c.actorName, c.cueText, c.kind);
    }
    return lines.join(u'\n');
}

bool ReaderView::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const QPoint pos = viewport()->mapFromGlobal(help->globalPos());
        const QString tip = toolTipAt(cursorForPosition(pos).position());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QTextBrowser::event(e);
}

void ReaderView::mouseReleaseEvent(QMouseEvent *e)
{
    QTextBrowser::mouseReleaseEvent(e);
    if (e->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const Item item = itemAt(cursorForPosition(e->position().toPoint()).position());
    if (item.kind != ItemKind::None)
        emit itemClicked(item.kind, item.id);
}

void ReaderView::changeEvent(QEvent *e)
{
    QTextBrowser::changeEvent(e);
    if (e->type() == QEvent::PaletteChange)
        rebuildHighlights();
}

} // namespace factline
