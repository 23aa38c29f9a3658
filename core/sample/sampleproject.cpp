// SPDX-License-Identifier: MIT
#include "sampleproject.h"

#include "import/importer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

static void initSampleResources()
{
    Q_INIT_RESOURCE(sample); // the resources live in a static library
}

namespace factline {

using namespace Qt::StringLiterals;

Status createSampleProject(const QString &path)
{
    initSampleResources();
    QFile text(u":/factline/sample/article.txt"_s);
    QFile meta(u":/factline/sample/article.json"_s);
    if (!text.open(QIODevice::ReadOnly) || !meta.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("factline", "The sample article is missing from this build.")};
    const QJsonObject o = QJsonDocument::fromJson(meta.readAll()).object();
    DocumentMeta given;
    given.title = o.value(u"title"_s).toString();
    given.outlet = o.value(u"outlet"_s).toString();
    given.author = o.value(u"author"_s).toString();
    given.language = o.value(u"language"_s).toString();
    given.published = QDate::fromString(o.value(u"published"_s).toString(), Qt::ISODate);

    Result<std::unique_ptr<Project>> project = Project::open(path);
    if (!project)
        return project.error();
    Result<import::ReadArticle> read = import::readArticleText(QString::fromUtf8(text.readAll()), u"text"_s, given);
    if (!read)
        return read.error();
    read->document.sourcePath = o.value(u"file"_s).toString();
    Result<import::Imported> added = import::addArticle(**project, std::move(*read));
    if (!added)
        return added.error();
    return Ok{};
}

} // namespace factline
