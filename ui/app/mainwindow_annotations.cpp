// SPDX-License-Identifier: MIT
// The main window's fact-checking parts: the verdict and tag filters, the verdict
// shortcuts, and the report export and project JSON import in the File menu.
#include "mainwindow.h"

#include "edit/annotationcommands.h"
#include "inspector/annotationeditor.h"
#include "inspector/inspector.h"
#include "inspector/noteedit.h"
#include "models/verdictstyle.h"
#include "report/reportdialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QToolBar>
#include <QLineEdit>
#include <QMenu>
#include <QStatusBar>
#include <QUndoStack>

namespace factline {

using namespace Qt::StringLiterals;

void MainWindow::buildAnnotationFilters()
{
    m_verdictFilter = new QComboBox;
    m_verdictFilter->setObjectName(u"verdictFilter"_s);
    m_verdictFilter->setAccessibleName(tr("Verdict filter"));
    m_verdictFilter->setToolTip(tr("Show the claims with one verdict; “Not checked” includes the claims no one has "
                                   "judged"));
    m_verdictFilter->addItem(tr("Any verdict"), QString());
    for (Verdict v : allVerdicts())
        m_verdictFilter->addItem(verdictMarker(v), verdictName(v), verdictId(v));
    m_verdictFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_verdictFilter->setMinimumContentsLength(10);
    m_tagFilter = new QComboBox;
    m_tagFilter->setObjectName(u"tagFilter"_s);
    m_tagFilter->setAccessibleName(tr("Tag filter"));
    m_tagFilter->setToolTip(tr("Show the claims with one tag"));
    m_tagFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tagFilter->setMinimumContentsLength(10);
    m_tagFilter->addItem(tr("Any tag"), QString());
}

// In the search bar, not the claims tab's filter row: that row is full at the window's
// default width, and these two narrow the timeline as well as the tables, like the search.
void MainWindow::placeAnnotationFilters(QToolBar *bar)
{
    bar->addSeparator();
    auto *label = new QLabel(tr("Fact-check:"));
    label->setContentsMargins(4, 0, 4, 0);
    bar->addWidget(label);
    bar->addWidget(m_verdictFilter);
    bar->addWidget(m_tagFilter);
}

// Tags come and go with the claims that carry them: the list follows, keeping the tag
// chosen while it exists.
void MainWindow::fillTagFilter()
{
    if (!m_tagFilter)
        return;
    const QString current = m_tagFilter->currentData().toString();
    m_fillingFilters = true;
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("Any tag"), QString());
    if (m_project) {
        if (auto tags = store::tags(*m_project)) {
            for (const TagCount &t : std::as_const(*tags))
                m_tagFilter->addItem(tr("%1 (%2)").arg(t.name).arg(t.claims), t.name);
        }
    }
    int index = 0;
    for (int i = 1; i < m_tagFilter->count() && !current.isEmpty(); ++i) {
        if (m_tagFilter->itemData(i).toString().compare(current, Qt::CaseInsensitive) == 0)
            index = i;
    }
    m_tagFilter->setCurrentIndex(index);
    m_fillingFilters = false;
    if (!current.isEmpty() && index == 0)
        applyFilters(); // the tag went away with its last claim
}

void MainWindow::setCurrentVerdict(Verdict verdict)
{
    if (!m_project || m_currentClaim == 0)
        return;
    if (Status s = edit::setVerdict(*m_undo, *m_project, m_currentClaim, verdict, AnnotationEditor::author()); !s)
        showError(tr("Cannot set the verdict"), s.errorMessage());
    else
        statusBar()->showMessage(tr("Verdict: %1").arg(verdictName(verdict)), 3000);
}

// Alt+digit: Ctrl+1 … Ctrl+4 switch the tabs and Ctrl+0 shows all, Alt+Shift+digit opens
// a recent project.
void MainWindow::addVerdictActions(QMenu *edit)
{
    QMenu *menu = edit->addMenu(tr("Set &Verdict"));
    menu->setToolTipsVisible(true);
    int key = 1;
    for (Verdict v : allVerdicts()) {
        const QString keys = v == Verdict::NotChecked ? tr("Alt+0") : tr("Alt+%1").arg(key++);
        QAction *a = menu->addAction(verdictMarker(v), verdictName(v), QKeySequence(keys), this,
                                     [this, v] { setCurrentVerdict(v); });
        a->setToolTip(tr("Set the selected claim's verdict to “%1”").arg(verdictName(v)));
        m_projectActions.append(a);
    }
    QAction *note = edit->addAction(tr("Edit &Note"), QKeySequence(tr("Ctrl+Shift+N")), this, [this] {
        if (m_inspector->claimId()) {
            m_inspector->annotations()->noteEdit()->setFocus();
        }
    });
    note->setToolTip(tr("Write a note on the selected claim"));
    QAction *tag = edit->addAction(tr("Add &Tag…"), QKeySequence(tr("Ctrl+T")), this, [this] {
        if (m_inspector->claimId())
            m_inspector->annotations()->tagInput()->setFocus();
    });
    tag->setToolTip(tr("Tag the selected claim"));
    m_projectActions << note << tag;
}

void MainWindow::addReportActions(QMenu *file)
{
    QAction *report = file->addAction(tr("E&xport Report…"), QKeySequence(tr("Ctrl+E")), this,
                                      &MainWindow::exportReport);
    report->setToolTip(tr("Write the claims, verdicts, notes and evidence as a report (HTML, PDF, Markdown) and "
                          "as data (JSON, CSV, ClaimReview, TimelineJS, Web Annotation)"));
    m_projectActions << report;
    if (ReportDialog::canImportJson()) {
        QAction *json = file->addAction(tr("Import Project &JSON…"), this, &MainWindow::importProjectJson);
        json->setToolTip(tr("Make a new project from a Factline project JSON file"));
    }
}

void MainWindow::exportReport()
{
    if (!m_project)
        return;
    if (!m_reportDialog) {
        auto *dialog = new ReportDialog(*m_project, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_reportDialog = dialog;
    }
    m_reportDialog->show();
    m_reportDialog->raise();
    m_reportDialog->activateWindow();
}

void MainWindow::importProjectJson()
{
    const QString project = ReportDialog::importJson(this);
    if (!project.isEmpty())
        openProject(project);
}

} // namespace factline
