// SPDX-License-Identifier: MIT
#include "htmlreader.h"

#include <QDateTime>

#include <gumbo.h>

namespace factline::import {
namespace {

using namespace Qt::StringLiterals;

QString attribute(const GumboElement &e, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    return a ? QString::fromUtf8(a->value).trimmed() : QString();
}

bool skipped(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER: case GUMBO_TAG_HEADER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_HEAD: case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_MENU:
        return true;
    default:
        return false;
    }
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_TR: case GUMBO_TAG_PRE: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_TABLE: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_HR: case GUMBO_TAG_FIGCAPTION:
        return true;
    default:
        return false;
    }
}

// Collects text: whitespace runs (but not no-break spaces) fold to one space inside a
// paragraph; block elements end paragraphs.
class TextCollector
{
public:
    void walk(const GumboNode *node)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA) {
            addText(QString::fromUtf8(node->v.text.text));
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            return; // comments, whitespace-only and document nodes carry no article text
        const GumboElement &e = node->v.element;
        if (skipped(e.tag))
            return;
        if (e.tag == GUMBO_TAG_BR) {
            m_pendingSpace = false;
            m_paragraph += u'\n';
            return;
        }
        const bool block = isBlock(e.tag);
        if (block)
            endParagraph();
        for (unsigned i = 0; i < e.children.length; ++i)
            walk(static_cast<const GumboNode *>(e.children.data[i]));
        if (block)
            endParagraph();
    }

    QString text()
    {
        endParagraph();
        return m_paragraphs.join(u"\n\n"_s);
    }

private:
    void addText(const QString &s)
    {
        for (const QChar c : s) {
            if (c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f') {
                m_pendingSpace = !m_paragraph.isEmpty();
            } else {
                if (m_pendingSpace && !m_paragraph.endsWith(u'\n'))
                    m_paragraph += u' ';
                m_pendingSpace = false;
                m_paragraph += c;
            }
        }
    }
    void endParagraph()
    {
        const QString p = m_paragraph.trimmed();
        if (!p.isEmpty())
            m_paragraphs.append(p);
        m_paragraph.clear();
        m_pendingSpace = false;
    }

    QStringList m_paragraphs;
    QString m_paragraph;
    bool m_pendingSpace = false;
};

struct Found {
    const GumboNode *article = nullptr;
    const GumboNode *main = nullptr;
    const GumboNode *body = nullptr;
    QString title, ogTitle, siteName, published, author, canonical, ogUrl, language;
};

void scan(const GumboNode *node, Found &f)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboElement &e = node->v.element;
    switch (e.tag) {
    case GUMBO_TAG_HTML:
        f.language = attribute(e, "lang");
        break;
    case GUMBO_TAG_ARTICLE:
        if (!f.article)
            f.article = node;
        break;
    case GUMBO_TAG_MAIN:
        if (!f.main)
            f.main = node;
        break;
    case GUMBO_TAG_BODY:
        f.body = node;
        break;
    case GUMBO_TAG_TITLE:
        if (f.title.isEmpty() && e.children.length > 0) {
            const auto *t = static_cast<const GumboNode *>(e.children.data[0]);
            if (t->type == GUMBO_NODE_TEXT)
                f.title = QString::fromUtf8(t->v.text.text).simplified();
        }
        break;
    case GUMBO_TAG_META: {
        const QString key = (attribute(e, "property") + attribute(e, "name")).toLower();
        const QString content = attribute(e, "content");
        if (key == u"og:title"_s)
            f.ogTitle = content;
        else if (key == u"og:site_name"_s)
            f.siteName = content;
        else if (key == u"article:published_time"_s || key == u"date"_s || key == u"pubdate"_s)
            f.published = f.published.isEmpty() ? content : f.published;
        else if (key == u"author"_s || key == u"article:author"_s)
            f.author = f.author.isEmpty() ? content : f.author;
        else if (key == u"og:url"_s)
            f.ogUrl = content;
        break;
    }
    case GUMBO_TAG_LINK:
        if (attribute(e, "rel").toLower() == u"canonical"_s)
            f.canonical = attribute(e, "href");
        break;
    default:
        break;
    }
    for (unsigned i = 0; i < e.children.length; ++i)
        scan(static_cast<const GumboNode *>(e.children.data[i]), f);
}

QDate parseDate(const QString &s)
{
    if (s.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
    if (dt.isValid())
        return dt.date();
    return QDate::fromString(s.left(10), Qt::ISODate);
}

} // namespace

bool looksLikeHtml(QStringView text)
{
    const QStringView head = text.left(2048).trimmed();
    return head.startsWith(u"<!doctype html", Qt::CaseInsensitive) || head.startsWith(u"<html", Qt::CaseInsensitive)
        || (head.startsWith(u'<') && head.contains(u"<body", Qt::CaseInsensitive));
}

HtmlArticle readHtml(const QString &html)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(),
                                                   static_cast<size_t>(utf8.size()));
    Found f;
    scan(output->root, f);
    HtmlArticle out;
    out.meta.title = !f.ogTitle.isEmpty() ? f.ogTitle : f.title;
    out.meta.outlet = f.siteName;
    out.meta.author = f.author;
    out.meta.url = !f.canonical.isEmpty() ? f.canonical : f.ogUrl;
    out.meta.published = parseDate(f.published);
    out.meta.language = f.language.left(2).toLower();
    TextCollector collector;
    const GumboNode *root = f.article ? f.article : f.main ? f.main : f.body ? f.body : output->root;
    collector.walk(root);
    out.text = collector.text();
    gumbo_destroy_output(&kGumboDefaultOptions, output);
    return out;
}

} // namespace factline::import
