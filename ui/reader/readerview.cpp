// SPDX-License-Identifier: MIT
#include "readerview.h"

#include <QLocale>
#include <QTextBlockFormat>
#include <QTextCursor>

namespace factline {

ReaderView::ReaderView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setAccessibleName(tr("Article text"));
    setPlaceholderText(tr("Select a document to read it here."));
}

void ReaderView::clearDocument()
{
    m_documentId = 0;
    clear();
}

void ReaderView::showDocument(const DocumentRecord &d)
{
    m_documentId = d.id;
    clear();
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
    c.insertText(d.text, QTextCharFormat());
    moveCursor(QTextCursor::Start);
}

} // namespace factline
