// SPDX-License-Identifier: MIT
#include "alignmentpane.h"

#include "comparehtml.h"
#include "store/project.h"

#include <QtConcurrent/QtConcurrentRun>

namespace factline {

AlignmentPane::AlignmentPane(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("alignmentView"));
    setOpenLinks(false);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &AlignmentPane::finished);
}

void AlignmentPane::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    invalidate();
    clear();
    if (!m_project)
        return;
    // The alignment reads claims (source, words, said date) and documents (outlet, date).
    for (auto signal : {&Project::claimsReset, &Project::documentsChanged})
        connect(m_project, signal, this, &AlignmentPane::invalidate);
    connect(m_project, &Project::extractionChanged, this, &AlignmentPane::invalidate);
    connect(m_project, &Project::claimsChanged, this, &AlignmentPane::invalidate);
}

void AlignmentPane::invalidate()
{
    ++m_generation;
    m_aligned.reset();
}

void AlignmentPane::showFor(const QList<qint64> &disputeClaims)
{
    m_disputeClaims = disputeClaims;
    if (!m_project) {
        clear();
        return;
    }
    if (m_aligned) {
        render();
        return;
    }
    setPlainText(tr("Lining up the claims reported by more than one article…"));
    if (!m_watcher.isRunning())
        start();
    // Else the running work's result is checked against m_generation when it arrives.
}

void AlignmentPane::start()
{
    // The project's connection belongs to this thread: read here, align on the pool.
    Result<QList<compare::ReportedClaim>> claims = compare::reportedClaims(*m_project);
    if (!claims) {
        setPlainText(claims.errorMessage());
        return;
    }
    m_runningGeneration = m_generation;
    m_watcher.setFuture(QtConcurrent::run([claims = std::move(*claims)] { return compare::alignClaims(claims); }));
}

void AlignmentPane::finished()
{
    if (m_runningGeneration != m_generation) {
        // The claims changed while they were being lined up: that result is stale.
        if (m_project)
            start();
        return;
    }
    m_aligned = m_watcher.result();
    render();
}

void AlignmentPane::render()
{
    QString ofDispute;
    QString others;
    for (const compare::AlignedClaim &a : std::as_const(*m_aligned)) {
        const bool inDispute = std::any_of(a.versions.cbegin(), a.versions.cend(), [&](const compare::ReportedClaim &c) {
            return m_disputeClaims.contains(c.claimId);
        });
        (inDispute ? ofDispute : others) += alignmentHtml(a, inDispute);
    }
    if (m_aligned->isEmpty()) {
        setHtml(tr("<p>No claim appears in more than one article yet. Import other outlets' versions of the story "
                   "to see how each reported the same claim, with the numbers and words that differ marked.</p>"));
        return;
    }
    // Without a translation loaded, tr()'s %n would leave "claim(s)": English plurals by hand.
    const QString count = m_aligned->size() == 1 ? tr("1 claim reported by more than one article.")
                                                 : tr("%1 claims reported by more than one article.").arg(m_aligned->size());
    QString html = tr("<p><b>%1</b> Marked: "
                      "<span style=\"background-color:%2;color:#000\">numbers</span>, "
                      "<span style=\"background-color:%3;color:#000\">qualifiers</span>, "
                      "<span style=\"background-color:%4;color:#000\">wording</span>.</p>")
                       .arg(count.toHtmlEscaped(), numberMark().name(), qualifierMark().name(), wordingMark().name());
    if (!ofDispute.isEmpty())
        html += tr("<h4>Claims of this dispute</h4>") + ofDispute;
    if (!others.isEmpty())
        html += tr("<h4>Other claims</h4>") + others;
    setHtml(html);
}

} // namespace factline
