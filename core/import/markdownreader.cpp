// SPDX-License-Identifier: MIT
#include "markdownreader.h"

#include <md4c.h>

namespace factline::import {
namespace {

using namespace Qt::StringLiterals;

struct Renderer {
    QStringList paragraphs;
    QString paragraph;
    QString firstHeading;
    bool inHeading = false;
    int imageDepth = 0;

    void endParagraph()
    {
        const QString p = paragraph.trimmed();
        if (!p.isEmpty())
            paragraphs.append(p);
        paragraph.clear();
    }
};

int enterBlock(MD_BLOCKTYPE type, void *, void *user)
{
    auto *r = static_cast<Renderer *>(user);
    r->endParagraph();
    r->inHeading = type == MD_BLOCK_H && r->firstHeading.isEmpty() && r->paragraphs.isEmpty();
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *user)
{
    auto *r = static_cast<Renderer *>(user);
    if (type == MD_BLOCK_H && r->inHeading)
        r->firstHeading = r->paragraph.trimmed();
    r->inHeading = false;
    r->endParagraph();
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *, void *user)
{
    if (type == MD_SPAN_IMG)
        ++static_cast<Renderer *>(user)->imageDepth;
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *user)
{
    if (type == MD_SPAN_IMG)
        --static_cast<Renderer *>(user)->imageDepth;
    return 0;
}

int text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size, void *user)
{
    auto *r = static_cast<Renderer *>(user);
    if (r->imageDepth > 0)
        return 0; // an image's alt text is not part of the article
    const QString s = QString::fromUtf8(data, static_cast<qsizetype>(size));
    switch (type) {
    case MD_TEXT_SOFTBR:
        r->paragraph += u' ';
        break;
    case MD_TEXT_BR:
        r->paragraph += u'\n';
        break;
    case MD_TEXT_NULLCHAR:
        break;
    case MD_TEXT_ENTITY:
        if (s == u"&amp;"_s) r->paragraph += u'&';
        else if (s == u"&lt;"_s) r->paragraph += u'<';
        else if (s == u"&gt;"_s) r->paragraph += u'>';
        else if (s == u"&quot;"_s) r->paragraph += u'"';
        else if (s == u"&nbsp;"_s) r->paragraph += QChar(0x00A0);
        else r->paragraph += s;
        break;
    default:
        r->paragraph += s;
        break;
    }
    return 0;
}

// A leading "---" block of `key: value` lines, as static site generators write it.
QString takeFrontMatter(QString &markdown, DocumentMeta &meta)
{
    if (!markdown.startsWith(u"---\n"_s))
        return markdown;
    const qsizetype end = markdown.indexOf(u"\n---"_s, 3);
    if (end < 0)
        return markdown;
    const QStringList lines = markdown.mid(4, end - 4).split(u'\n');
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed().toLower();
        QString value = line.mid(colon + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\'')) && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        if (key == u"title"_s) meta.title = value;
        else if (key == u"author"_s) meta.author = value;
        else if (key == u"outlet"_s || key == u"publisher"_s || key == u"site"_s) meta.outlet = value;
        else if (key == u"url"_s || key == u"canonical"_s) meta.url = value;
        else if (key == u"date"_s || key == u"published"_s) meta.published = QDate::fromString(value.left(10), Qt::ISODate);
        else if (key == u"language"_s || key == u"lang"_s) meta.language = value;
    }
    const qsizetype bodyStart = markdown.indexOf(u'\n', end + 1);
    return bodyStart < 0 ? QString() : markdown.mid(bodyStart + 1);
}

} // namespace

MarkdownArticle readMarkdown(const QString &markdown)
{
    MarkdownArticle out;
    QString body = markdown;
    body = takeFrontMatter(body, out.meta);
    const QByteArray utf8 = body.toUtf8();
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEAUTOLINKS;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = text;
    Renderer r;
    md_parse(utf8.constData(), static_cast<MD_SIZE>(utf8.size()), &parser, &r);
    r.endParagraph();
    out.text = r.paragraphs.join(u"\n\n"_s);
    if (out.meta.title.isEmpty())
        out.meta.title = r.firstHeading;
    return out;
}

} // namespace factline::import
