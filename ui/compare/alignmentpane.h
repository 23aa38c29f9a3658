// SPDX-License-Identifier: MIT
#pragma once

#include "compare/alignment.h"

#include <QFutureWatcher>
#include <QTextBrowser>

#include <optional>

namespace factline {

class Project;

// The "Across articles" tab: every claim reported by more than one article, with the
// differences between versions marked, those of the shown dispute first.
//
// Lining up a large project's claims takes about a second (30,000 claims), so it runs
// on a pool thread, once per state of the project's claims: showing another dispute
// only sorts the cached result again. An edit to claims or documents throws the cache
// away; a result that arrives after such an edit is dropped and the work starts over.
class AlignmentPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit AlignmentPane(QWidget *parent = nullptr);

    void setProject(Project *project);
    // Shows the alignment with the claims of `disputeClaims` first (none: no dispute).
    void showFor(const QList<qint64> &disputeClaims);
    // True until the project's claims, as they are now, have been lined up.
    bool isAligning() const { return m_project && !m_aligned; }

private:
    void invalidate();
    void start();
    void finished();
    void render();

    Project *m_project = nullptr;
    QList<qint64> m_disputeClaims;
    std::optional<QList<compare::AlignedClaim>> m_aligned;
    quint64 m_generation = 0;         // bumped by every change that can change the alignment
    quint64 m_runningGeneration = 0;  // the generation the running work started from
    QFutureWatcher<QList<compare::AlignedClaim>> m_watcher;
};

} // namespace factline
