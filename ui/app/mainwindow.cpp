// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "import/importer.h"
#include "models/documentmodel.h"
#include "reader/readerview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>

namespace factline {

namespace {

const char RecentKey[] = "recentProjects";
constexpr int MaxRecent = 8;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Factline"));
    setWindowIcon(QIcon(QStringLiteral(":/factline/icons/factline.svg")));
    setAcceptDrops(true);

    m_documentModel = new DocumentModel(this);
    m_documents = new QTableView;
    m_documents->setModel(m_documentModel);
    m_documents->setAccessibleName(tr("Documents"));
    m_documents->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documents->setSelectionMode(QAbstractItemView::SingleSelection);
    m_documents->verticalHeader()->hide();
    m_documents->horizontalHeader()->setSectionResizeMode(DocumentModel::Title, QHeaderView::Stretch);
    m_documents->setWordWrap(false);
    connect(m_documents->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::showSelectedDocument);

    m_reader = new ReaderView;

    auto *splitter = new QSplitter;
    splitter->addWidget(m_documents);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    setCentralWidget(splitter);
    buildMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::chooseProject);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(tr("&Import Articles…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::chooseImport);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Factline"), this, [this] {
        QMessageBox::about(this, tr("About Factline"),
                           tr("<b>Factline %1</b><p>Who says what, and what happened when, in news articles.</p>")
                               .arg(QStringLiteral(FACTLINE_VERSION)));
    });
    updateRecentMenu();
}

bool MainWindow::openProject(const QString &path)
{
    Result<std::unique_ptr<Project>> opened = Project::open(path);
    if (!opened) {
        showError(tr("Cannot open project"), opened.errorMessage());
        return false;
    }
    m_reader->clearDocument();
    m_project = std::move(*opened);
    m_documentModel->setProject(m_project.get());
    setWindowTitle(tr("%1 — Factline").arg(QFileInfo(path).completeBaseName()));
    if (m_project->isReadOnly())
        statusBar()->showMessage(tr("The project is read-only: you can read it but not change it."));

    QSettings settings;
    QStringList recent = settings.value(QLatin1String(RecentKey)).toStringList();
    recent.removeAll(m_project->path());
    recent.prepend(m_project->path());
    settings.setValue(QLatin1String(RecentKey), recent.mid(0, MaxRecent));
    updateRecentMenu();

    if (m_documentModel->rowCount() > 0)
        m_documents->selectRow(0);
    return true;
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(RecentKey)).toStringList();
    for (const QString &path : recent) {
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(),
                                                tr("Factline projects (*.factline)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".factline")))
        path += QStringLiteral(".factline");
    openProject(path);
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QDir::homePath(),
                                                      tr("Factline projects (*.factline);;All files (*)"));
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::chooseImport()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Articles"), QDir::homePath(),
        tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"));
    importFiles(paths);
}

void MainWindow::importFiles(const QStringList &paths)
{
    if (!m_project || paths.isEmpty())
        return;
    QStringList failures;
    int added = 0;
    for (const QString &path : paths) {
        Result<import::Imported> imported = import::importFile(*m_project, path);
        if (!imported)
            failures << imported.errorMessage();
        else if (!imported->duplicate)
            ++added;
    }
    statusBar()->showMessage(tr("Imported %n article(s).", nullptr, added), 5000);
    if (!failures.isEmpty())
        showError(tr("Some files were not imported"), failures.join(QStringLiteral("\n\n")));
}

void MainWindow::showSelectedDocument()
{
    const QModelIndex current = m_documents->currentIndex();
    if (!m_project || !current.isValid()) {
        m_reader->clearDocument();
        return;
    }
    Result<DocumentRecord> doc = m_project->document(m_documentModel->documentId(current.row()));
    if (!doc) {
        showError(tr("Cannot show the document"), doc.errorMessage());
        return;
    }
    m_reader->showDocument(*doc);
}

void MainWindow::showError(const QString &title, const QString &message)
{
    if (qEnvironmentVariableIsSet("FACTLINE_NO_DIALOGS")) {
        statusBar()->showMessage(message);
        return;
    }
    QMessageBox::warning(this, title, message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    event->accept();
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
