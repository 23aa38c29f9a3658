// SPDX-License-Identifier: MIT
#pragma once

#include "import/articlereader.h"

#include <QThread>

#include <atomic>

namespace factline {

// Adds articles to a project and extracts them on a thread of its own, through its own
// connection to the same file (SQLite's WAL lets the window keep reading meanwhile).
// A failed article is reported by name and the rest go on; cancel() stops before the
// next article.
class ImportJob : public QThread
{
    Q_OBJECT

public:
    ImportJob(QString projectPath, QList<import::ReadArticle> articles, QObject *parent = nullptr);
    ~ImportJob() override;

    void cancel() { m_cancelled = true; }
    bool wasCancelled() const { return m_cancelled; }
    int total() const { return static_cast<int>(m_articles.size()); }

signals:
    void progress(int done, int total, const QString &name);
    void imported(qint64 documentId, bool duplicate, const QString &name);
    void failed(const QString &name, const QString &message);

protected:
    void run() override;

private:
    QString m_path;
    QList<import::ReadArticle> m_articles;
    std::atomic<bool> m_cancelled = false;
};

// A short name for an article in messages: its title, else its file name.
QString articleName(const import::ReadArticle &article);

} // namespace factline
