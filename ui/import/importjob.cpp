// SPDX-License-Identifier: MIT
#include "importjob.h"

#include "store/timelinestore.h"

#include "import/importer.h"
#include "store/project.h"

#include <QFileInfo>

namespace factline {

QString articleName(const import::ReadArticle &a)
{
    if (!a.document.sourcePath.isEmpty())
        return QFileInfo(a.document.sourcePath).fileName();
    return a.document.meta.title.isEmpty() ? ImportJob::tr("pasted text") : a.document.meta.title;
}

ImportJob::ImportJob(QString projectPath, QList<import::ReadArticle> articles, QObject *parent)
    : QThread(parent), m_path(std::move(projectPath)), m_articles(std::move(articles))
{
}

ImportJob::~ImportJob()
{
    cancel();
    wait();
}

void ImportJob::run()
{
    Result<std::unique_ptr<Project>> project = Project::open(m_path, Project::OpenMode::OpenExisting);
    if (!project) {
        for (const import::ReadArticle &a : m_articles)
            emit failed(articleName(a), project.errorMessage());
        return;
    }
    const int n = total();
    // Extraction runs on worker threads, storing here, a batch of articles per transaction;
    // an article is reported imported once its batch is in the file. Cancel stops before the
    // next article and keeps the whole articles stored so far.
    QList<import::ImportItem> items;
    items.reserve(n);
    for (const import::ReadArticle &a : std::as_const(m_articles))
        items.append({QString(), {}, a});
    import::ImportCallbacks callbacks;
    callbacks.storing = [&](qsizetype i) { emit progress(int(i), n, articleName(m_articles[i])); };
    callbacks.done = [&](qsizetype i, const Result<import::Imported> &done) {
        const QString name = articleName(m_articles[i]);
        if (done)
            emit imported(done->documentId, done->duplicate, name);
        else
            emit failed(name, done.errorMessage());
    };
    callbacks.cancelled = [this] { return m_cancelled.load(); };
    if (!import::importMany(**project, std::move(items), callbacks))
        return;
    // A big project's timeline reads from a cache; making it here, off the window's
    // thread, means the timeline opens from it instead of reading every row again.
    if (store::timelineIsBig(**project))
        store::loadTimeline(**project);
    emit progress(n, n, QString());
}

} // namespace factline
