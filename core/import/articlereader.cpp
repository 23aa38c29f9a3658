// SPDX-License-Identifier: MIT
#include "articlereader.h"

#include "decoder.h"
#include "htmlreader.h"
#include "markdownreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace factline::import {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline", s);
}

// NAME.json beside NAME.txt, with the keys the sample's metadata uses.
DocumentMeta sidecarMeta(const QFileInfo &file, QStringList &warnings)
{
    DocumentMeta meta;
    const QString path = file.absolutePath() + u'/' + file.completeBaseName() + u".json"_s;
    if (file.suffix().compare(u"json"_s, Qt::CaseInsensitive) == 0 || !QFile::exists(path))
        return meta;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024)
        return meta;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (!doc.isObject()) {
        warnings.append(tr("The metadata file %1 is not valid JSON (%2); it was ignored.")
                            .arg(QDir::toNativeSeparators(path), error.errorString()));
        return meta;
    }
    const QJsonObject o = doc.object();
    meta.title = o.value(u"title"_s).toString();
    meta.outlet = o.value(u"outlet"_s).toString();
    meta.author = o.value(u"author"_s).toString();
    meta.url = o.value(u"url"_s).toString();
    meta.language = o.value(u"language"_s).toString();
    meta.published = QDate::fromString(o.value(u"published"_s).toString().left(10), Qt::ISODate);
    return meta;
}

QString formatOf(const QFileInfo &file, QStringView text)
{
    const QString suffix = file.suffix().toLower();
    if (suffix == u"html"_s || suffix == u"htm"_s || suffix == u"xhtml"_s)
        return u"html"_s;
    if (suffix == u"md"_s || suffix == u"markdown"_s)
        return u"markdown"_s;
    if (suffix == u"txt"_s || suffix == u"text"_s)
        return u"text"_s;
    return looksLikeHtml(text) ? u"html"_s : u"text"_s;
}

// A plain text article's first line is its headline when it is short enough to be one.
QString firstLineTitle(const QString &text)
{
    const QString line = text.section(u'\n', 0, 0, QString::SectionSkipEmpty).trimmed();
    return line.size() <= 200 ? line : QString();
}

Result<ReadArticle> fromText(QString text, QString format, const DocumentMeta &found, const DocumentMeta &given,
                             const QString &name)
{
    ReadArticle out;
    if (format.isEmpty())
        format = looksLikeHtml(text) ? u"html"_s : u"text"_s;
    DocumentMeta meta = found;
    if (format == u"html"_s) {
        HtmlArticle html = readHtml(text);
        text = std::move(html.text);
        meta = mergeMeta(html.meta, found);
        if (text.trimmed().isEmpty())
            return Error{tr("%1 is an HTML page with no article text in it (only scripts, menus or markup). "
                            "Save the article's page itself, or paste its text.")
                             .arg(name)};
    } else if (format == u"markdown"_s) {
        MarkdownArticle md = readMarkdown(text);
        text = std::move(md.text);
        meta = mergeMeta(md.meta, found);
    } else if (meta.title.isEmpty()) {
        meta.title = firstLineTitle(text);
    }
    if (text.trimmed().isEmpty())
        return Error{tr("%1 has no text in it. Choose the file that holds the article.").arg(name)};
    out.document.text = std::move(text);
    out.document.format = format;
    out.document.meta = mergeMeta(meta, given);
    return out;
}

} // namespace

DocumentMeta mergeMeta(DocumentMeta found, const DocumentMeta &given)
{
    if (!given.title.isEmpty()) found.title = given.title;
    if (!given.outlet.isEmpty()) found.outlet = given.outlet;
    if (!given.author.isEmpty()) found.author = given.author;
    if (!given.url.isEmpty()) found.url = given.url;
    if (given.published.isValid()) found.published = given.published;
    if (!given.language.isEmpty()) found.language = given.language;
    return found;
}

Result<ReadArticle> readArticleFile(const QString &path, const DocumentMeta &given)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Error{tr("%1 does not exist. Check the file name.").arg(name)};
    if (info.isDir())
        return Error{tr("%1 is a folder; choose the article files inside it.").arg(name)};
    if (info.size() == 0)
        return Error{tr("%1 is empty. Choose the file that holds the article.").arg(name)};
    if (info.size() > MaxArticleBytes)
        return Error{tr("%1 is %2 MB; Factline reads article files of up to %3 MB. Split it into articles, or check "
                        "that it is the right file.")
                         .arg(name)
                         .arg(info.size() / (1024 * 1024))
                         .arg(MaxArticleBytes / (1024 * 1024))};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2.").arg(name, f.errorString())};
    const QByteArray bytes = f.readAll();
    Result<DecodedText> decoded = decodeText(bytes, name);
    if (!decoded)
        return decoded.error();
    QStringList warnings = decoded->warnings;
    const DocumentMeta sidecar = sidecarMeta(info, warnings);
    const QString format = formatOf(info, decoded->text);
    Result<ReadArticle> out = fromText(std::move(decoded->text), format, sidecar, given, name);
    if (!out)
        return out;
    out->document.sourcePath = info.absoluteFilePath();
    out->warnings = warnings + out->warnings;
    return out;
}

Result<ReadArticle> readArticleText(const QString &text, const QString &format, const DocumentMeta &given)
{
    return fromText(normalizeLineEndings(text), format, {}, given, tr("The pasted text"));
}

} // namespace factline::import
