// SPDX-License-Identifier: MIT
// The main window's filters and search: one ClaimQuery narrows the claims and events
// tables, and the same choice narrows the timeline.
#include "mainwindow.h"

#include "models/actormodel.h"
#include "models/claimmodel.h"
#include "models/eventmodel.h"
#include "models/idfilterproxy.h"
#include "models/sourcecolours.h"
#include "timeline/timelineview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QStatusBar>

namespace factline {

void MainWindow::fillFilterCombos()
{
    m_fillingFilters = true;
    const qint64 doc = m_documentFilter->currentData().toLongLong();
    const qint64 actor = m_sourceFilter->currentData().toLongLong();
    m_documentFilter->clear();
    m_documentFilter->addItem(tr("All documents"), qint64(0));
    m_sourceFilter->clear();
    m_sourceFilter->addItem(tr("All sources"), qint64(0));
    if (m_project) {
        if (auto docs = m_project->documents()) {
            for (const DocumentRecord &d : *docs)
                m_documentFilter->addItem(d.meta.title.isEmpty() ? tr("(untitled)") : d.meta.title, d.id);
        }
        for (const ActorRecord &a : m_actorModel->actors())
            m_sourceFilter->addItem(sourceSwatch(a.id), a.name, a.id);
    }
    m_documentFilter->setCurrentIndex(std::max(0, m_documentFilter->findData(doc)));
    m_sourceFilter->setCurrentIndex(std::max(0, m_sourceFilter->findData(actor)));
    m_fillingFilters = false;
    // A source that went away (merged) no longer narrows the list.
    if (m_sourceFilter->currentData().toLongLong() != actor || m_documentFilter->currentData().toLongLong() != doc)
        applyFilters();
}

void MainWindow::applyFilters()
{
    if (!m_project)
        return;
    ClaimQuery q;
    q.search = m_search->text().trimmed();
    q.documentId = m_documentFilter->currentData().toLongLong();
    q.actorId = m_sourceFilter->currentData().toLongLong();
    q.reviewState = m_reviewFilter->currentData().toString();
    q.verdict = m_verdictFilter->currentData().toString();
    q.tag = m_tagFilter->currentData().toString();
    q.searchNotes = true; // a claim is found by the checker's note on it, too
    if (m_saidFrom->date() != m_saidFrom->minimumDate())
        q.saidFrom = m_saidFrom->date();
    if (m_saidTo->date() != m_saidTo->minimumDate())
        q.saidTo = m_saidTo->date();
    setSearchMessage(QString());
    m_claimModel->setQuery(q);
    EventQuery e;
    e.documentId = q.documentId;
    e.actorId = q.actorId;
    m_eventModel->setQuery(e);
    QSet<qint64> matchingDocuments;
    if (q.search.isEmpty()) {
        m_documentProxy->showAll();
    } else if (auto docs = m_project->searchDocuments(q.search)) {
        matchingDocuments = QSet<qint64>(docs->begin(), docs->end());
        for (int row = 0; row < m_claimModel->rowCount(); ++row)
            matchingDocuments.insert(m_claimModel->claimAt(row)->documentId);
        m_documentProxy->setIds(matchingDocuments);
        statusBar()->showMessage(tr("%n claim(s) match", nullptr, m_claimModel->totalCount())
                                     + tr(", in %n document(s)", nullptr, static_cast<int>(matchingDocuments.size())),
                                 8000);
    }
    m_timeline->setFilter(timelineFilter(q, matchingDocuments));
}

// The timeline shows what the tables show: the same document, source and date range; with a
// search or a filter on claims only (review state, verdict, tag), only the matching claims; with a search,
// the events of the documents that match.
timeline::TimelineFilter MainWindow::timelineFilter(const ClaimQuery &q, const QSet<qint64> &matchingDocuments) const
{
    timeline::TimelineFilter f;
    if (q.documentId)
        f.documentIds.insert(q.documentId);
    if (q.actorId)
        f.actorIds.insert(q.actorId);
    f.from = q.saidFrom;
    f.to = q.saidTo;
    ClaimQuery claimOnly = q;
    claimOnly.documentId = 0;  // already narrowed above, and cheaper there
    claimOnly.actorId = 0;
    claimOnly.saidFrom = claimOnly.saidTo = QDate();
    const bool narrowsClaims = !claimOnly.search.isEmpty() || !claimOnly.reviewState.isEmpty()
                               || !claimOnly.verdict.isEmpty() || !claimOnly.tag.isEmpty();
    if (narrowsClaims) {
        QSet<qint64> ids;
        constexpr int Page = 5000;
        for (int offset = 0;; offset += Page) {
            auto page = m_project->findClaims(claimOnly, offset, Page);
            if (!page)
                break;
            for (const ClaimRecord &c : std::as_const(*page))
                ids.insert(c.id);
            if (page->size() < Page)
                break;
        }
        f.claimIds = ids;
    }
    if (!q.search.isEmpty()) {
        QSet<qint64> events;
        for (qint64 doc : matchingDocuments) {
            if (auto list = m_project->events(doc)) {
                for (const EventRecord &ev : std::as_const(*list))
                    events.insert(ev.id);
            }
        }
        f.eventIds = events;
    }
    return f;
}

void MainWindow::setSearchMessage(const QString &message)
{
    m_searchMessage->setText(message);
    m_searchMessage->setToolTip(message);
    m_searchMessageAction->setVisible(!message.isEmpty());
}

void MainWindow::runSearch()
{
    applyFilters();
}

} // namespace factline
