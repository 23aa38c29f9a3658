// SPDX-License-Identifier: MIT
// The main window's menus, tool bar, shortcuts and recent projects.
#include "mainwindow.h"

#include "inspector/inspector.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace factline {
namespace {

// While a "phrase, a (group or an operator's second half is being typed, the query
// cannot be understood yet: the search waits for the rest or for Enter.
bool looksUnfinished(const QString &query)
{
    int open = 0;     // groups not closed yet, outside phrases
    bool inPhrase = false;
    for (const QChar c : query) {
        if (c == u'"')
            inPhrase = !inPhrase;
        else if (!inPhrase && c == u'(')
            ++open;
        else if (!inPhrase && c == u')')
            --open;
    }
    if (inPhrase || open > 0)
        return true;
    const QString last = query.trimmed().section(u' ', -1);
    return last == u"AND" || last == u"OR" || last == u"NOT" || last == u"NEAR" || last.endsWith(u':')
           || last == u"+" || last == u"-";
}

const char RecentKey[] = "recentProjects";
constexpr int MaxRecent = 8;

} // namespace

void MainWindow::buildToolBar()
{
    QToolBar *bar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->setMovable(false);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search claims, notes and articles: words, \"a phrase\", prefix*  (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setToolTip(tr("Full-text search over every claim, fact-check note and article. Press Enter to "
                            "search."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(360);
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, [this] {
        // A query still being typed is not wrong yet: Enter still searches, and says why not.
        if (!looksUnfinished(m_search->text()))
            runSearch();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this, debounce] {
        debounce->stop();
        runSearch();
    });
    m_searchMessage = new QLabel;
    m_searchMessage->setObjectName(QStringLiteral("searchMessage"));
    m_searchMessage->setAccessibleName(tr("Search problem"));
    m_searchMessage->setWordWrap(false);  // one line: the tool bar keeps its height
    m_searchMessage->setMaximumWidth(460);
    m_searchMessage->setForegroundRole(QPalette::BrightText);
    m_searchMessage->setAutoFillBackground(true);
    m_searchMessage->setBackgroundRole(QPalette::Highlight);
    m_searchMessage->setMargin(3);
    bar->addWidget(m_search);
    placeAnnotationFilters(bar);
    bar->addSeparator();
    m_searchMessageAction = bar->addWidget(m_searchMessage);
    m_searchMessageAction->setVisible(false);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::newProject)
        ->setToolTip(tr("Create an empty project file"));
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::chooseProject);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction *close = file->addAction(tr("&Close Project"), QKeySequence::Close, this, &MainWindow::closeProject);
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import Articles…"), QKeySequence(tr("Ctrl+I")), this,
                                      &MainWindow::chooseImport);
    QAction *paste = file->addAction(tr("&Paste Article"), QKeySequence(tr("Ctrl+Shift+V")), this,
                                     &MainWindow::pasteArticle);
    paste->setToolTip(tr("Import the text or web page on the clipboard as an article"));
    file->addSeparator();
    addReportActions(file);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    // The platform's Redo keys, and both usual ones, each once (a key listed twice is an
    // ambiguous shortcut, and then neither works).
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &k : {QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))}) {
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    }
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *accept = edit->addAction(tr("&Accept Claim"), QKeySequence(tr("A")), this, &MainWindow::acceptCurrentClaim);
    accept->setToolTip(tr("Mark the selected claim as checked and right"));
    QAction *next = edit->addAction(tr("&Next Unreviewed"), QKeySequence(tr("N")), this, &MainWindow::nextUnreviewed);
    next->setToolTip(tr("Go to the next claim no one has reviewed yet"));
    QAction *source = edit->addAction(tr("Change &Source…"), QKeySequence(tr("F2")), this, [this] {
        m_inspector->claimSource()->setFocus();
        m_inspector->claimSource()->lineEdit()->selectAll();
    });
    QAction *del = edit->addAction(tr("&Delete"), QKeySequence::Delete, this, &MainWindow::deleteCurrent);
    edit->addSeparator();
    QAction *addClaim = edit->addAction(tr("Add &Claim from Selection"), QKeySequence(tr("Ctrl+Shift+C")), this,
                                        &MainWindow::addClaimFromSelection);
    addClaim->setToolTip(tr("Make the words selected in the article a new claim"));
    QAction *addEvent = edit->addAction(tr("Add &Event from Selection"), QKeySequence(tr("Ctrl+Shift+E")), this,
                                        &MainWindow::addEventFromSelection);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addVerdictActions(edit);
    addCompareActions(edit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QStringList tabs = {tr("&Claims"), tr("&Events"), tr("&Timeline"), tr("C&ompare")};
    for (int i = 0; i < tabs.size(); ++i)
        view->addAction(tabs[i], QKeySequence(tr("Ctrl+%1").arg(i + 1)), this, [this, i] { m_views->setCurrentIndex(i); });
    view->addSeparator();
    view->addAction(tr("Show &All"), QKeySequence(tr("Ctrl+0")), this, [this] {
        m_search->clear();
        m_documentFilter->setCurrentIndex(0);
        m_sourceFilter->setCurrentIndex(0);
        m_reviewFilter->setCurrentIndex(0);
        m_verdictFilter->setCurrentIndex(0);
        m_tagFilter->setCurrentIndex(0);
        m_saidFrom->setDate(m_saidFrom->minimumDate());
        m_saidTo->setDate(m_saidTo->minimumDate());
        applyFilters();
    })->setToolTip(tr("Clear the search and every filter"));
    view->addAction(tr("&Review Queue"), QKeySequence(tr("Ctrl+R")), this, [this] {
        m_reviewFilter->setCurrentIndex(m_reviewFilter->findData(QStringLiteral("unreviewed")));
        nextUnreviewed();
    })->setToolTip(tr("Show only the claims no one has reviewed yet"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), QKeySequence::HelpContents, this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Factline"), this, [this] {
        QMessageBox::about(this, tr("About Factline"),
                           tr("<b>Factline %1</b><p>Who says what, and what happened when, in news articles.</p>")
                               .arg(QStringLiteral(FACTLINE_VERSION)));
    });
    m_projectActions += {close, import, paste, accept, next, source, del, addClaim, addEvent, find};
    updateRecentMenu();
}

void MainWindow::updateActions()
{
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(m_project != nullptr);
}

void MainWindow::showShortcuts()
{
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setWindowTitle(tr("Keyboard Shortcuts"));
    auto *table = new QTableWidget(0, 2, dialog);
    table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (QMenu *menu : menuBar()->findChildren<QMenu *>()) {
        for (QAction *a : menu->actions()) {
            if (a->shortcut().isEmpty())
                continue;
            const int row = table->rowCount();
            table->insertRow(row);
            table->setItem(row, 0, new QTableWidgetItem(a->text().remove(u'&')));
            QStringList keys;
            for (const QKeySequence &k : a->shortcuts())
                keys << k.toString(QKeySequence::NativeText);
            table->setItem(row, 1, new QTableWidgetItem(keys.join(QStringLiteral(", "))));
        }
    }
    const int extra = table->rowCount();
    table->insertRow(extra);
    table->setItem(extra, 0, new QTableWidgetItem(tr("Select the claim, event or date under the words")));
    table->setItem(extra, 1, new QTableWidgetItem(tr("Click in the article")));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(table);
    layout->addWidget(buttons);
    dialog->resize(520, 560);
    dialog->open();
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(RecentKey)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QLatin1String(RecentKey), recent.mid(0, MaxRecent));
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(RecentKey)).toStringList();
    int n = 0;
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openProject(path); });
        if (++n < 10)
            a->setShortcut(QKeySequence(tr("Alt+Shift+%1").arg(n)));
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

} // namespace factline
