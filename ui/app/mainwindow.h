// SPDX-License-Identifier: MIT
#pragma once

#include "import/articlereader.h"
#include "import/importdialog.h"
#include "import/importjob.h"
#include "reader/readerview.h"
#include "store/annotations.h"
#include "store/project.h"
#include "timeline/timelinedata.h"

#include <QMainWindow>
#include <QPointer>
#include <QProgressDialog>

#include <memory>

class QAction;
class QComboBox;
class QDateEdit;
class QDialog;
class QLabel;
class QLineEdit;
class QMenu;
class QSortFilterProxyModel;
class QSplitter;
class QTabWidget;
class QToolBar;
class QTableView;
class QUndoStack;

namespace factline {

class ActorModel;
class ClaimModel;
class DocumentModel;
class EventModel;
class IdFilterProxy;
class CompareView;
class Inspector;
class TimelineView;

// The desktop program's window. Left: the project's documents and sources; centre: the
// claims and events tables (with tabs where the timeline and comparison views go) above
// the article reader; right: the inspector. One project is open at a time, with one undo
// stack; every edit is saved as it happens.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a project file; an error is shown to the user and returned as false.
    bool openProject(const QString &path);
    void closeProject();
    Project *project() const { return m_project.get(); }
    QUndoStack *undoStack() const { return m_undo; }

    QTableView *documentsView() const { return m_documents; }
    QTableView *sourcesView() const { return m_sources; }
    QTableView *claimsView() const { return m_claims; }
    QTableView *eventsView() const { return m_events; }
    ClaimModel *claimModel() const { return m_claimModel; }
    EventModel *eventModel() const { return m_eventModel; }
    ReaderView *reader() const { return m_reader; }
    Inspector *inspector() const { return m_inspector; }
    QLineEdit *searchBox() const { return m_search; }
    QLabel *searchMessage() const { return m_searchMessage; }
    QComboBox *documentFilter() const { return m_documentFilter; }
    QComboBox *sourceFilter() const { return m_sourceFilter; }
    QComboBox *reviewFilter() const { return m_reviewFilter; }
    QComboBox *verdictFilter() const { return m_verdictFilter; }
    QComboBox *tagFilter() const { return m_tagFilter; }
    QDateEdit *saidFromFilter() const { return m_saidFrom; }
    QDateEdit *saidToFilter() const { return m_saidTo; }
    QTabWidget *views() const { return m_views; }
    // Replaces the timeline or comparison placeholder tab with the real view.
    void setTimelineView(QWidget *view);
    void setCompareView(QWidget *view);
    CompareView *compareView() const { return m_compare; }
    // Makes a dispute of the claims selected in the claims table and shows it (Compare).
    void compareSelectedClaims();

    // Reads the files and opens the import dialog; unreadable files are named in it.
    void importFiles(const QStringList &paths);
    // Imports articles in the background, with a progress dialog and Cancel.
    void importArticles(const QList<import::ReadArticle> &articles);
    void pasteArticle();
    ImportDialog *importDialog() const { return m_importDialog; }
    ImportJob *importJob() const { return m_importJob; }
    QProgressDialog *importProgress() const { return m_importProgress; }

    void selectClaim(qint64 claimId);
    void selectEvent(qint64 eventId);
    void selectActor(qint64 actorId);
    void selectDocument(qint64 documentId);
    qint64 currentClaimId() const { return m_currentClaim; }
    void nextUnreviewed();
    void acceptCurrentClaim();
    void deleteCurrent();
    void addClaimFromSelection();
    void addEventFromSelection();
    // Sets the verdict of the selected claim (Alt+1 … Alt+7, Alt+0), as an undoable edit.
    void setCurrentVerdict(Verdict verdict);
    // File → Export Report…: the report dialog, open until closed (null when none).
    void exportReport();
    QDialog *reportDialog() const { return m_reportDialog; }

    void showError(const QString &title, const QString &message);

signals:
    void importFinished(int added, int failed, bool cancelled);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QWidget *buildClaimsTab();
    QWidget *buildEventsTab();
    void buildLibraryDock();
    void buildInspectorDock();
    void buildToolBar();
    void buildMenus();
    void showShortcuts();
    void newProject();
    void chooseProject();
    void chooseImport();
    void updateRecentMenu();
    void rememberRecent(const QString &path);
    void updateActions();

    void applyFilters();
    void runSearch();
    void setSearchMessage(const QString &message);
    void fillFilterCombos();
    // The fact-check filters and actions (mainwindow_annotations.cpp).
    void buildAnnotationFilters();
    void placeAnnotationFilters(QToolBar *bar);
    void fillTagFilter();
    void addReportActions(QMenu *file);
    void addVerdictActions(QMenu *edit);
    void buildCompareView();               // mainwindow_compare.cpp
    void addCompareActions(QMenu *edit);
    void importProjectJson();
    timeline::TimelineFilter timelineFilter(const ClaimQuery &q, const QSet<qint64> &matchingDocuments) const;
    void showInReader(qint64 documentId);
    void refreshReaderItems();
    void onClaimRowChanged();
    void onEventRowChanged();
    void onReaderClicked(ReaderView::ItemKind kind, qint64 id);
    void restoreClaimSelection();
    void updateCounts();
    void importDone();

    std::unique_ptr<Project> m_project;
    QUndoStack *m_undo = nullptr;
    DocumentModel *m_documentModel = nullptr;
    IdFilterProxy *m_documentProxy = nullptr;
    ActorModel *m_actorModel = nullptr;
    QSortFilterProxyModel *m_actorProxy = nullptr;
    ClaimModel *m_claimModel = nullptr;
    QSortFilterProxyModel *m_claimProxy = nullptr;
    EventModel *m_eventModel = nullptr;
    QSortFilterProxyModel *m_eventProxy = nullptr;

    QTableView *m_documents = nullptr;
    QTableView *m_sources = nullptr;
    QTableView *m_claims = nullptr;
    QTableView *m_events = nullptr;
    QTabWidget *m_views = nullptr;
    QSplitter *m_centre = nullptr;
    ReaderView *m_reader = nullptr;
    TimelineView *m_timeline = nullptr;
    CompareView *m_compare = nullptr;
    Inspector *m_inspector = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_searchMessage = nullptr;
    QAction *m_searchMessageAction = nullptr;  // a tool bar widget is shown and hidden through its action
    QLineEdit *m_quickFilter = nullptr;
    QComboBox *m_documentFilter = nullptr;
    QComboBox *m_sourceFilter = nullptr;
    QComboBox *m_reviewFilter = nullptr;
    QComboBox *m_verdictFilter = nullptr;
    QComboBox *m_tagFilter = nullptr;
    QDateEdit *m_saidFrom = nullptr;  // the minimum date stands for "any"
    QDateEdit *m_saidTo = nullptr;
    QLabel *m_claimCount = nullptr;
    QLabel *m_eventCount = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_projectActions;  // enabled only with a project open

    qint64 m_currentClaim = 0;
    bool m_restoring = false;
    bool m_fillingFilters = false;

    QPointer<ImportDialog> m_importDialog;
    QPointer<QDialog> m_reportDialog;
    QPointer<ImportJob> m_importJob;
    QPointer<QProgressDialog> m_importProgress;
    int m_importAdded = 0;
    QStringList m_importFailures;
    QStringList m_importDuplicates;  // names of articles whose text the project already had
};

} // namespace factline
