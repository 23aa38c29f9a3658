// SPDX-License-Identifier: MIT
// Getting articles in from the window: File → Import, drag and drop, paste; the import
// dialog, then extraction in the background with a progress dialog and Cancel.
#include "mainwindow.h"

#include "import/importdialog.h"
#include "import/importjob.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QProgressDialog>
#include <QStatusBar>
#include <QTimer>

namespace factline {

void MainWindow::importFiles(const QStringList &paths)
{
    if (!m_project || paths.isEmpty())
        return;
    QList<import::ReadArticle> articles;
    QStringList problems;
    for (const QString &path : paths) {
        Result<import::ReadArticle> read = import::readArticleFile(path);
        if (read)
            articles << *read;
        else
            problems << read.errorMessage();
    }
    if (articles.isEmpty()) {
        showError(tr("Nothing to import"), problems.join(QStringLiteral("\n\n")));
        return;
    }
    if (!problems.isEmpty())
        statusBar()->showMessage(problems.join(QStringLiteral(" ")), 10000);
    if (m_importDialog)
        m_importDialog->close();
    m_importDialog = new ImportDialog(articles, problems, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &QDialog::accepted, this, [this, dialog = m_importDialog] {
        importArticles(dialog->articles());
    });
    m_importDialog->open();
}

void MainWindow::pasteArticle()
{
    if (!m_project)
        return;
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    Result<import::ReadArticle> read = Error{tr("The clipboard holds no text. Copy an article's text or a web "
                                                "page first.")};
    if (mime && mime->hasHtml())
        read = import::readArticleText(mime->html(), QStringLiteral("html"));
    if ((!read || read->document.text.trimmed().isEmpty()) && mime && mime->hasText())
        read = import::readArticleText(mime->text(), QString());
    if (!read) {
        showError(tr("Cannot paste an article"), read.errorMessage());
        return;
    }
    read->document.format = QStringLiteral("pasted");
    if (m_importDialog)
        m_importDialog->close();
    m_importDialog = new ImportDialog({*read}, {}, this);
    m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_importDialog, &QDialog::accepted, this, [this, dialog = m_importDialog] {
        importArticles(dialog->articles());
    });
    m_importDialog->open();
}

void MainWindow::importArticles(const QList<import::ReadArticle> &articles)
{
    if (!m_project || articles.isEmpty())
        return;
    if (m_importJob) {
        showError(tr("An import is running"), tr("Wait for the running import to finish, or cancel it."));
        return;
    }
    m_importAdded = 0;
    m_importFailures.clear();
    m_importDuplicates.clear();
    m_importJob = new ImportJob(m_project->path(), articles, this);
    m_importProgress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, static_cast<int>(articles.size()), this);
    m_importProgress->setWindowTitle(tr("Importing Articles"));
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setMinimumDuration(articles.size() > 1 ? 0 : 800);
    m_importProgress->setAutoClose(false);
    m_importProgress->setAutoReset(false);
    m_importProgress->setValue(0);
    connect(m_importProgress, &QProgressDialog::canceled, m_importJob, &ImportJob::cancel, Qt::DirectConnection);
    connect(m_importJob, &ImportJob::progress, this, [this](int done, int total, const QString &name) {
        if (!m_importProgress)
            return;
        m_importProgress->setValue(done);
        if (!name.isEmpty())
            m_importProgress->setLabelText(tr("Importing %1 (%2 of %3)…").arg(name).arg(done + 1).arg(total));
    });
    // Articles arrive in bursts, a whole batch at each commit: the views reload once a
    // burst (and at most twice a second), not once an article.
    auto *reload = new QTimer(m_importJob);
    reload->setSingleShot(true);
    reload->setInterval(500);
    connect(reload, &QTimer::timeout, this, [this] {
        if (m_project)
            m_project->notifyExternalChange();
    });
    connect(m_importJob, &ImportJob::imported, this, [this, reload](qint64, bool duplicate, const QString &name) {
        if (!duplicate)
            ++m_importAdded;
        else
            m_importDuplicates << name;
        if (!reload->isActive())
            reload->start();
    });
    connect(m_importJob, &ImportJob::failed, this, [this](const QString &name, const QString &message) {
        m_importFailures << tr("%1: %2").arg(name, message);
    });
    connect(m_importJob, &QThread::finished, this, &MainWindow::importDone);
    statusBar()->showMessage(tr("Importing %n article(s)…", nullptr, static_cast<int>(articles.size())));
    m_importJob->start();
}

void MainWindow::importDone()
{
    ImportJob *job = m_importJob;
    const bool cancelled = job && job->wasCancelled();
    const int total = job ? job->total() : 0;
    if (m_importProgress) {
        m_importProgress->close();
        m_importProgress->deleteLater();
    }
    if (job)
        job->deleteLater();
    m_importJob = nullptr;
    if (m_project)
        m_project->notifyExternalChange();
    QString summary = cancelled ? tr("Import cancelled: %1 of %n article(s) imported.", nullptr, total).arg(m_importAdded)
                                : tr("Imported %n article(s).", nullptr, m_importAdded);
    if (!m_importDuplicates.isEmpty()) {
        // The same text is one document: say so, or "imported 0" looks like a failure.
        summary += u' ' + tr("%n already in the project, not added again: %1", nullptr,
                            static_cast<int>(m_importDuplicates.size()))
                              .arg(m_importDuplicates.join(QStringLiteral(", ")));
    }
    if (!m_importFailures.isEmpty()) {
        summary += u' ' + tr("%n file(s) failed:", nullptr, static_cast<int>(m_importFailures.size())) + u' '
                 + m_importFailures.join(QStringLiteral(" "));
        showError(tr("Some articles were not imported"), summary);
    } else {
        statusBar()->showMessage(summary, 10000);
    }
    emit importFinished(m_importAdded, static_cast<int>(m_importFailures.size()), cancelled);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    importFiles(paths);
    event->acceptProposedAction();
}

} // namespace factline
