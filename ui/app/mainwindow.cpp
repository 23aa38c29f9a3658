// SPDX-License-Identifier: MIT
#include "mainwindow.h"

#include "compare/compareview.h"
#include "edit/commands.h"
#include "edit/history.h"
#include "import/importjob.h"
#include "inspector/inspector.h"
#include "timeline/timelineview.h"
#include "models/actormodel.h"
#include "models/claimmodel.h"
#include "models/documentmodel.h"
#include "models/eventmodel.h"
#include "models/idfilterproxy.h"
#include "models/sourcecolours.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDockWidget>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

// The window's resources live in a static library: register them before first use.
static void initAppResources()
{
    Q_INIT_RESOURCE(app);
}

namespace factline {

namespace {

QTableView *makeTable(const QString &accessibleName, QAbstractItemModel *model)
{
    auto *t = new QTableView;
    t->setModel(model);
    t->setAccessibleName(accessibleName);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->setWordWrap(false);
    t->setAlternatingRowColors(true);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}

QSortFilterProxyModel *sortingProxy(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *p = new QSortFilterProxyModel(parent);
    p->setSourceModel(source);
    p->setSortRole(sortRole);
    p->setFilterCaseSensitivity(Qt::CaseInsensitive);
    p->setFilterKeyColumn(-1);
    return p;
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    initAppResources();
    setWindowTitle(tr("Factline"));
    setWindowIcon(QIcon(QStringLiteral(":/factline/icons/factline.svg")));
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    m_undo = new QUndoStack(this);

    m_documentModel = new DocumentModel(this);
    m_documentProxy = new IdFilterProxy(DocumentModel::IdRole, this);
    m_documentProxy->setSourceModel(m_documentModel);
    m_actorModel = new ActorModel(this);
    m_actorProxy = sortingProxy(m_actorModel, ActorModel::SortRole, this);
    m_claimModel = new ClaimModel(this);
    m_claimProxy = sortingProxy(m_claimModel, ClaimModel::SortRole, this);
    m_eventModel = new EventModel(this);
    m_eventProxy = sortingProxy(m_eventModel, EventModel::SortRole, this);

    m_views = new QTabWidget;
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_views->addTab(buildClaimsTab(), tr("&Claims"));
    m_views->addTab(buildEventsTab(), tr("&Events"));
    m_timeline = new TimelineView;
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_views->addTab(m_timeline, tr("&Timeline"));
    // The timeline and the tables select together; the timeline's own slots emit nothing back.
    connect(m_timeline, &TimelineView::eventSelected, this, &MainWindow::selectEvent);
    connect(m_timeline, &TimelineView::claimSelected, this, &MainWindow::selectClaim);
    connect(m_timeline, &TimelineView::editEventDatesRequested, this, [this](qint64 id) {
        selectEvent(id);
        m_inspector->showEvent(id); // the inspector holds the event's undoable date fields
    });
    connect(m_timeline, &TimelineView::loadFailed, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    auto *compare = new QLabel(tr("Competing claims, side by side, go here."));
    compare->setObjectName(QStringLiteral("comparePlaceholder"));
    compare->setAlignment(Qt::AlignCenter);
    m_views->addTab(compare, tr("C&ompare"));
    buildCompareView();

    m_reader = new ReaderView;
    connect(m_reader, &ReaderView::itemClicked, this, &MainWindow::onReaderClicked);
    m_centre = new QSplitter(Qt::Vertical);
    m_centre->setObjectName(QStringLiteral("centreSplitter"));
    m_centre->addWidget(m_views);
    m_centre->addWidget(m_reader);
    m_centre->setStretchFactor(0, 2);
    m_centre->setStretchFactor(1, 3);
    setCentralWidget(m_centre);

    buildInspectorDock();
    buildLibraryDock();
    buildToolBar();
    buildMenus();
    statusBar()->setSizeGripEnabled(true);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1360, 860);
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // The first time: room for the inspector's fact-check controls, the rest for the
        // claims. Docks take their widths only once the window has its own.
        QTimer::singleShot(0, this, [this] {
            auto *library = findChild<QDockWidget *>(QStringLiteral("libraryDock"));
            auto *inspector = findChild<QDockWidget *>(QStringLiteral("inspectorDock"));
            if (library && inspector)
                resizeDocks({library, inspector}, {250, 340}, Qt::Horizontal);
        });
    }
    m_centre->restoreState(settings.value(QStringLiteral("window/centre")).toByteArray());
    updateActions();
}

MainWindow::~MainWindow()
{
    closeProject();
}

QWidget *MainWindow::buildClaimsTab()
{
    m_claims = makeTable(tr("Claims"), m_claimProxy);
    m_claims->setSortingEnabled(true);
    m_claims->sortByColumn(-1, Qt::AscendingOrder); // the store's order (document, position) until a header is clicked
    QHeaderView *h = m_claims->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(ClaimModel::Claim, QHeaderView::Stretch);
    // The claim's words get what is left: the other columns are kept short.
    h->resizeSection(ClaimModel::Source, 130);
    h->resizeSection(ClaimModel::Cue, 56);
    h->resizeSection(ClaimModel::Kind, 60);
    h->resizeSection(ClaimModel::Said, 84);
    h->resizeSection(ClaimModel::Document, 100);
    h->resizeSection(ClaimModel::Review, 84);
    h->resizeSection(ClaimModel::VerdictColumn, 90);
    h->resizeSection(ClaimModel::Tags, 64);
    connect(m_claims->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onClaimRowChanged);
    connect(m_claimModel, &QAbstractItemModel::modelReset, this, &MainWindow::restoreClaimSelection);
    connect(m_claimModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    connect(m_claimModel, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateCounts);

    m_documentFilter = new QComboBox;
    m_documentFilter->setAccessibleName(tr("Document filter"));
    m_documentFilter->setToolTip(tr("Show the claims and events of one document"));
    m_documentFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_documentFilter->setMinimumContentsLength(11);
    m_sourceFilter = new QComboBox;
    m_sourceFilter->setAccessibleName(tr("Source filter"));
    m_sourceFilter->setToolTip(tr("Show the claims of one source"));
    m_sourceFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sourceFilter->setMinimumContentsLength(10);
    m_reviewFilter = new QComboBox;
    m_reviewFilter->setAccessibleName(tr("Review filter"));
    m_reviewFilter->setToolTip(tr("Show claims by review state: the review queue is “unreviewed”"));
    m_reviewFilter->addItem(tr("Any review state"), QString());
    for (const char *k : {"unreviewed", "accepted", "corrected"})
        m_reviewFilter->addItem(reviewStateName(QLatin1String(k)), QLatin1String(k));
    buildAnnotationFilters();
    for (QComboBox *c : {m_documentFilter, m_sourceFilter, m_reviewFilter, m_verdictFilter, m_tagFilter})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_fillingFilters)
                applyFilters();
        });
    auto dateFilter = [this](const QString &any, const QString &name) {
        auto *d = new QDateEdit;
        d->setAccessibleName(name);
        d->setToolTip(tr("Show the claims said on or after / on or before a day"));
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        d->setMinimumDate(QDate(1900, 1, 1));
        d->setSpecialValueText(any);
        d->setDate(d->minimumDate());
        connect(d, &QDateEdit::dateChanged, this, [this] {
            if (!m_fillingFilters)
                applyFilters();
        });
        return d;
    };
    m_saidFrom = dateFilter(tr("from any day"), tr("Said from"));
    m_saidTo = dateFilter(tr("to any day"), tr("Said to"));
    m_quickFilter = new QLineEdit;
    m_quickFilter->setPlaceholderText(tr("Filter the rows shown…"));
    m_quickFilter->setAccessibleName(tr("Filter the rows shown"));
    m_quickFilter->setClearButtonEnabled(true);
    m_quickFilter->setMinimumWidth(150);
    m_quickFilter->setToolTip(tr("Keeps the rows containing these letters in any column"));
    connect(m_quickFilter, &QLineEdit::textChanged, m_claimProxy, &QSortFilterProxyModel::setFilterFixedString);
    m_claimCount = new QLabel;
    m_claimCount->setAccessibleName(tr("Number of claims"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    bar->addWidget(m_documentFilter);
    bar->addWidget(m_sourceFilter);
    bar->addWidget(m_reviewFilter);
    bar->addWidget(m_saidFrom);
    bar->addWidget(m_saidTo);
    bar->addWidget(m_quickFilter, 1);
    bar->addWidget(m_claimCount);
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_claims);
    return tab;
}

QWidget *MainWindow::buildEventsTab()
{
    m_events = makeTable(tr("Events"), m_eventProxy);
    m_events->setSortingEnabled(true);
    m_events->sortByColumn(-1, Qt::AscendingOrder);
    QHeaderView *h = m_events->horizontalHeader();
    h->setSectionResizeMode(EventModel::Title, QHeaderView::Stretch);
    h->resizeSection(EventModel::Date, 170);
    h->resizeSection(EventModel::Actors, 180);
    h->resizeSection(EventModel::Document, 160);
    connect(m_events->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onEventRowChanged);
    connect(m_eventModel, &QAbstractItemModel::modelReset, this, &MainWindow::updateCounts);
    m_eventCount = new QLabel;
    auto *tab = new QWidget;
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 4, 4, 0);
    auto *hint = new QLabel(tr("Dates as the article gives them: a day, a week, a month…"));
    hint->setForegroundRole(QPalette::PlaceholderText);
    bar->addWidget(hint, 1);
    bar->addWidget(m_eventCount);
    layout->addLayout(bar);
    layout->addWidget(m_events);
    return tab;
}

void MainWindow::buildLibraryDock()
{
    m_documents = makeTable(tr("Documents"), m_documentProxy);
    m_documents->horizontalHeader()->setSectionResizeMode(DocumentModel::Title, QHeaderView::Stretch);
    m_documents->horizontalHeader()->setSectionResizeMode(DocumentModel::Outlet, QHeaderView::Interactive);
    m_documents->hideColumn(DocumentModel::Outlet);
    m_documents->setToolTip(tr("The project's articles: select one to read it and narrow the lists to it"));
    connect(m_documents, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        selectDocument(index.data(DocumentModel::IdRole).toLongLong());
    });
    connect(m_documents->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &index) {
                if (index.isValid() && !m_restoring)
                    showInReader(index.data(DocumentModel::IdRole).toLongLong());
            });

    m_sources = makeTable(tr("Sources"), m_actorProxy);
    m_sources->setSortingEnabled(true);
    m_sources->sortByColumn(ActorModel::Claims, Qt::DescendingOrder);
    m_sources->horizontalHeader()->setSectionResizeMode(ActorModel::Name, QHeaderView::Stretch);
    m_sources->setToolTip(tr("Who says what: select a source to see its claims; hover for its other names"));
    connect(m_sources, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        selectActor(index.data(ActorModel::IdRole).toLongLong());
    });
    connect(m_inspector, &Inspector::actorActivated, this, &MainWindow::selectActor);

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_documents);
    split->addWidget(m_sources);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto *dock = new QDockWidget(tr("Library"), this);
    dock->setObjectName(QStringLiteral("libraryDock"));
    dock->setWidget(split);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {270}, Qt::Horizontal);
}

void MainWindow::buildInspectorDock()
{
    m_inspector = new Inspector;
    m_inspector->setSelectionSource([this] {
        return std::pair<CodePointSpan, QString>(m_reader->selectedSpan(), m_reader->selectedWords());
    });
    connect(m_inspector, &Inspector::failed, this, [this](const QString &m) { showError(tr("Cannot edit"), m); });
    connect(m_inspector, &Inspector::editCommitted, this, [this] { m_claims->setFocus(Qt::OtherFocusReason); });
    auto *dock = new QDockWidget(tr("Inspector"), this);
    dock->setObjectName(QStringLiteral("inspectorDock"));
    dock->setWidget(m_inspector);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    resizeDocks({dock}, {290}, Qt::Horizontal);
}

void MainWindow::setTimelineView(QWidget *view)
{
    const int i = m_views->indexOf(m_views->findChild<QWidget *>(QStringLiteral("timelinePlaceholder")));
    if (i < 0)
        return;
    delete m_views->widget(i);
    m_views->insertTab(i, view, tr("&Timeline"));
}

void MainWindow::setCompareView(QWidget *view)
{
    const int i = m_views->indexOf(m_views->findChild<QWidget *>(QStringLiteral("comparePlaceholder")));
    if (i < 0)
        return;
    delete m_views->widget(i);
    m_views->insertTab(i, view, tr("C&ompare"));
}

bool MainWindow::openProject(const QString &path)
{
    Result<std::unique_ptr<Project>> opened = Project::open(path);
    if (!opened) {
        showError(tr("Cannot open project"), opened.errorMessage());
        return false;
    }
    closeProject();
    m_project = std::move(*opened);
    Project *p = m_project.get();
    m_documentModel->setProject(p);
    m_actorModel->setProject(p);
    m_claimModel->setProject(p);
    m_eventModel->setProject(p);
    m_inspector->setProject(p, m_undo);
    m_compare->setProject(p, m_undo);
    // Undo goes on where the last session stopped (the history is kept in the file).
    if (Status s = edit::restoreHistory(*m_undo, *p); !s)
        statusBar()->showMessage(tr("The undo history could not be read: %1").arg(s.errorMessage()), 8000);
    if (Status s = m_timeline->setProject(p); !s)
        statusBar()->showMessage(s.errorMessage(), 8000);
    connect(p, &Project::editFailed, this, [this](const QString &m) { showError(tr("Cannot edit"), m); });
    connect(m_claimModel, &ClaimModel::queryFailed, this, [this](const QString &m) {
        setSearchMessage(m);
        statusBar()->showMessage(m, 8000);
    });
    for (auto signal : {&Project::claimsReset, &Project::actorsChanged, &Project::eventsChanged,
                        &Project::documentsChanged})
        connect(p, signal, this, &MainWindow::refreshReaderItems);
    connect(p, &Project::claimsChanged, this, &MainWindow::refreshReaderItems);
    connect(p, &Project::timexesChanged, this, &MainWindow::refreshReaderItems);
    connect(p, &Project::extractionChanged, this, &MainWindow::refreshReaderItems);
    connect(p, &Project::actorsChanged, this, &MainWindow::fillFilterCombos);
    connect(p, &Project::documentsChanged, this, &MainWindow::fillFilterCombos);
    connect(p, &Project::annotationsChanged, this, &MainWindow::fillTagFilter);
    fillFilterCombos();
    fillTagFilter();
    updateCounts();

    setWindowTitle(tr("%1 — Factline").arg(QFileInfo(path).completeBaseName()));
    setWindowFilePath(m_project->path());
    if (m_project->isReadOnly())
        statusBar()->showMessage(tr("The project is read-only: you can read it but not change it."));
    rememberRecent(m_project->path());
    updateActions();

    if (m_documentProxy->rowCount() > 0) {
        m_documents->selectRow(0);
        showInReader(m_documentProxy->index(0, 0).data(DocumentModel::IdRole).toLongLong());
    }
    return true;
}

void MainWindow::closeProject()
{
    if (m_importJob) {
        m_importJob->cancel();
        m_importJob->wait();
    }
    m_undo->clear();
    m_currentClaim = 0;
    if (m_project)
        disconnect(m_project.get(), nullptr, this, nullptr);
    disconnect(m_claimModel, &ClaimModel::queryFailed, this, nullptr);
    m_inspector->setProject(nullptr, nullptr);
    m_compare->setProject(nullptr, nullptr);
    m_timeline->setProject(nullptr);
    m_documentModel->setProject(nullptr);
    m_actorModel->setProject(nullptr);
    m_claimModel->setProject(nullptr);
    m_eventModel->setProject(nullptr);
    m_reader->clearDocument();
    m_project.reset();
    if (!m_search)
        return; // being destroyed before the window was built
    fillFilterCombos();
    fillTagFilter();
    setWindowTitle(tr("Factline"));
    setWindowFilePath(QString());
    updateActions();
    updateCounts();
}

void MainWindow::updateCounts()
{
    if (!m_claimCount)
        return;
    m_claimCount->setText(m_project ? tr("%n claim(s)", nullptr, m_claimModel->totalCount()) : QString());
    if (m_eventCount)
        m_eventCount->setText(m_project ? tr("%n event(s)", nullptr, m_eventModel->totalCount()) : QString());
    // With one document (or one chosen in the filter) its name in every row says nothing.
    const bool oneDocument = m_documentModel->rowCount() <= 1 || m_documentFilter->currentData().toLongLong() != 0;
    m_claims->setColumnHidden(ClaimModel::Document, oneDocument);
}

void MainWindow::showInReader(qint64 documentId)
{
    if (!m_project || documentId == 0)
        return;
    if (m_reader->documentId() != documentId) {
        Result<DocumentRecord> doc = m_project->document(documentId);
        if (!doc) {
            showError(tr("Cannot show the document"), doc.errorMessage());
            return;
        }
        m_reader->showDocument(*doc);
    }
    refreshReaderItems();
}

void MainWindow::refreshReaderItems()
{
    const qint64 doc = m_reader->documentId();
    if (!m_project || doc == 0)
        return;
    auto claims = m_project->claims(doc);
    auto timexes = m_project->timexes(doc);
    auto events = m_project->events(doc);
    m_reader->setItems(claims ? *claims : QList<ClaimRecord>{}, timexes ? *timexes : QList<TimexRecord>{},
                       events ? *events : QList<EventRecord>{});
}

void MainWindow::onClaimRowChanged()
{
    const QModelIndex current = m_claims->currentIndex();
    if (!current.isValid() || m_restoring)
        return;
    const qint64 id = current.data(ClaimModel::IdRole).toLongLong();
    m_currentClaim = id;
    showInReader(current.data(ClaimModel::DocumentIdRole).toLongLong());
    m_reader->showClaim(id);
    m_inspector->showClaim(id);
    m_timeline->selectClaim(id);
}

void MainWindow::onEventRowChanged()
{
    const QModelIndex current = m_events->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = current.data(EventModel::IdRole).toLongLong();
    showInReader(current.data(EventModel::DocumentIdRole).toLongLong());
    m_reader->showEvent(id);
    m_inspector->showEvent(id);
    m_timeline->selectEvent(id);
}

void MainWindow::restoreClaimSelection()
{
    if (m_currentClaim == 0)
        return;
    const int row = m_claimModel->rowOf(m_currentClaim);
    if (row < 0)
        return;
    m_restoring = true;
    m_claims->setCurrentIndex(m_claimProxy->mapFromSource(m_claimModel->index(row, ClaimModel::Claim)));
    m_restoring = false;
}

void MainWindow::selectClaim(qint64 claimId)
{
    int row = m_claimModel->rowOf(claimId);
    while (row < 0 && m_claimModel->canFetchMore({})) {
        m_claimModel->fetchMore({});
        row = m_claimModel->rowOf(claimId);
    }
    // From the timeline or the comparison the user stays where they are; from the tables
    // or the reader the claims table comes to the front.
    if (m_views->currentIndex() <= 1)
        m_views->setCurrentIndex(0);
    const QModelIndex index = m_claimProxy->mapFromSource(m_claimModel->index(row, ClaimModel::Claim));
    if (row >= 0 && index.isValid()) {
        if (m_claims->currentIndex() == index) {
            onClaimRowChanged();  // already current: the reader and inspector may show something else
        } else {
            m_claims->setCurrentIndex(index);
        }
        m_claims->scrollTo(index);
        return;
    }
    // Filtered out of the table: still show it.
    m_currentClaim = claimId;
    if (Result<ClaimRecord> c = m_project ? m_project->claim(claimId) : Result<ClaimRecord>(Error{})) {
        showInReader(c->documentId);
        m_reader->showClaim(claimId);
        m_inspector->showClaim(claimId);
    }
}

void MainWindow::selectEvent(qint64 eventId)
{
    int row = m_eventModel->rowOf(eventId);
    while (row < 0 && m_eventModel->canFetchMore({})) {
        m_eventModel->fetchMore({});
        row = m_eventModel->rowOf(eventId);
    }
    const QModelIndex index = m_eventProxy->mapFromSource(m_eventModel->index(row, EventModel::Title));
    if (row >= 0 && index.isValid()) {
        if (m_views->currentIndex() <= 1)
            m_views->setCurrentIndex(1);
        if (m_events->currentIndex() == index)
            onEventRowChanged();
        else
            m_events->setCurrentIndex(index);
        m_events->scrollTo(index);
    } else {
        m_reader->showEvent(eventId);
        m_inspector->showEvent(eventId);
    }
}

void MainWindow::selectActor(qint64 actorId)
{
    m_sourceFilter->setCurrentIndex(std::max(0, m_sourceFilter->findData(actorId)));
    const int row = m_actorModel->rowOf(actorId);
    if (row >= 0)
        m_sources->setCurrentIndex(m_actorProxy->mapFromSource(m_actorModel->index(row, 0)));
    m_inspector->showActor(actorId);
}

void MainWindow::selectDocument(qint64 documentId)
{
    m_documentFilter->setCurrentIndex(std::max(0, m_documentFilter->findData(documentId)));
    showInReader(documentId);
}

void MainWindow::onReaderClicked(ReaderView::ItemKind kind, qint64 id)
{
    switch (kind) {
    case ReaderView::ItemKind::Claim:
        selectClaim(id);
        break;
    case ReaderView::ItemKind::Event:
        selectEvent(id);
        break;
    case ReaderView::ItemKind::Timex:
        m_inspector->showTimex(id);
        break;
    case ReaderView::ItemKind::None:
        break;
    }
}

void MainWindow::nextUnreviewed()
{
    if (!m_project)
        return;
    const int start = m_claims->currentIndex().isValid() ? m_claims->currentIndex().row() + 1 : 0;
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = pass == 0 ? start : 0; ; ++row) {
            if (row >= m_claimProxy->rowCount()) {
                if (!m_claimProxy->canFetchMore({}))
                    break;
                m_claimProxy->fetchMore({});
                if (row >= m_claimProxy->rowCount())
                    break;
            }
            const QModelIndex idx = m_claimProxy->index(row, ClaimModel::Review);
            const qint64 id = idx.data(ClaimModel::IdRole).toLongLong();
            const ClaimRecord *c = m_claimModel->claimAt(m_claimModel->rowOf(id));
            if (c && c->reviewState == QLatin1String("unreviewed")) {
                m_views->setCurrentIndex(0);
                m_claims->setCurrentIndex(m_claimProxy->index(row, ClaimModel::Claim));
                m_claims->scrollTo(m_claims->currentIndex());
                return;
            }
        }
    }
    statusBar()->showMessage(tr("Every claim shown has been reviewed."), 5000);
}

void MainWindow::acceptCurrentClaim()
{
    if (!m_project || m_currentClaim == 0)
        return;
    if (Status s = edit::setClaimReviewState(*m_undo, *m_project, m_currentClaim, QStringLiteral("accepted")); !s)
        showError(tr("Cannot accept the claim"), s.errorMessage());
}

void MainWindow::deleteCurrent()
{
    if (!m_project)
        return;
    if (m_views->currentIndex() == 1 && m_events->currentIndex().isValid()) {
        const qint64 id = m_events->currentIndex().data(EventModel::IdRole).toLongLong();
        if (Status s = edit::deleteEvent(*m_undo, *m_project, id); !s)
            showError(tr("Cannot delete the event"), s.errorMessage());
        return;
    }
    if (m_currentClaim == 0)
        return;
    const int row = m_claims->currentIndex().row();
    if (Status s = edit::deleteClaim(*m_undo, *m_project, m_currentClaim); !s) {
        showError(tr("Cannot delete the claim"), s.errorMessage());
        return;
    }
    m_currentClaim = 0;
    m_inspector->clear();
    if (row >= 0 && m_claimProxy->rowCount() > 0)
        m_claims->setCurrentIndex(m_claimProxy->index(std::min(row, m_claimProxy->rowCount() - 1), ClaimModel::Claim));
    statusBar()->showMessage(tr("Claim deleted. Undo brings it back."), 5000);
}

void MainWindow::addClaimFromSelection()
{
    if (!m_project || m_reader->documentId() == 0)
        return;
    ClaimRecord c;
    c.documentId = m_reader->documentId();
    const CodePointSpan span = m_reader->selectedSpan();
    if (span.isValid())
        c.content = {span};
    c.text = m_reader->selectedWords();
    c.kind = QStringLiteral("indirect");
    Result<qint64> id = edit::addClaim(*m_undo, *m_project, c);
    if (!id) {
        showError(tr("Cannot add a claim"), id.errorMessage());
        return;
    }
    selectClaim(*id);
    m_inspector->claimSource()->setFocus();
    statusBar()->showMessage(tr("Claim added. Type or pick its source in the inspector."), 6000);
}

void MainWindow::addEventFromSelection()
{
    if (!m_project || m_reader->documentId() == 0)
        return;
    EventRecord e;
    e.documentId = m_reader->documentId();
    e.anchor = m_reader->selectedSpan();
    e.anchorText = m_reader->selectedWords();
    e.title = e.anchorText.simplified().left(120);
    if (auto timexes = m_project->timexes(e.documentId)) {
        for (const TimexRecord &t : *timexes) {
            if (e.anchor.isValid() && t.span.start < e.anchor.end && e.anchor.start < t.span.end
                && t.type == QLatin1String("DATE")) {
                e.dateValue = t.value;
                break;
            }
        }
    }
    if (e.dateValue.isEmpty()) {
        if (auto d = m_project->document(e.documentId); d && d->meta.published.isValid())
            e.dateValue = d->meta.published.toString(Qt::ISODate);
    }
    Result<qint64> id = edit::addEvent(*m_undo, *m_project, e);
    if (!id) {
        showError(tr("Cannot add an event"), id.errorMessage());
        return;
    }
    selectEvent(*id);
    m_inspector->showEvent(*id);
    m_inspector->eventDate()->setFocus();
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
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/centre"), m_centre->saveState());
    event->accept();
}

} // namespace factline
