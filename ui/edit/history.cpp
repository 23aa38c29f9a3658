// SPDX-License-Identifier: MIT
#include "history.h"

#include "store/project.h"
#include "store/undolog.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace factline::edit {
namespace {

using namespace Qt::StringLiterals;

// Tells the views which kinds of rows came back or went, by the tables the log touched.
void announce(Project &project, const QStringList &tables)
{
    auto touched = [&tables](std::initializer_list<const char16_t *> names) {
        for (const char16_t *n : names) {
            if (tables.contains(QString::fromUtf16(n)))
                return true;
        }
        return false;
    };
    if (touched({u"documents"}))
        emit project.documentsChanged();
    if (touched({u"actors", u"actor_aliases"}))
        emit project.actorsChanged();
    if (touched({u"claims", u"claim_spans", u"actors"}))
        emit project.claimsReset();
    if (touched({u"events", u"event_actors", u"event_claims"}))
        emit project.eventsChanged();
    if (touched({u"timexes"}))
        emit project.timexesChanged(0);
    if (touched({u"annotations", u"evidence", u"tags", u"claim_tags"}))
        emit project.annotationsChanged({});
    if (touched({u"disputes", u"dispute_positions", u"position_claims"}))
        emit project.disputesChanged();
}

// A step of an earlier session: only the log knows how to take it back.
class LoggedStep : public QUndoCommand
{
public:
    LoggedStep(Project &project, const store::UndoStep &step)
        : QUndoCommand(step.text), m_project(project), m_step(step.id)
    {
    }
    void undo() override
    {
        if (!m_quiet)
            finish(store::undoFromLog(m_project, m_step));
    }
    void redo() override
    {
        if (!m_quiet)
            finish(store::redoFromLog(m_project, m_step));
    }
    // While the stack is being rebuilt the rows already are as the log says.
    void setQuiet(bool quiet) { m_quiet = quiet; }

private:
    void finish(const Result<QStringList> &tables)
    {
        if (!tables)
            m_project.reportError(tables.error().message);
        else
            announce(m_project, *tables);
    }
    Project &m_project;
    qint64 m_step = 0;
    bool m_quiet = false;
};

} // namespace

Status restoreHistory(QUndoStack &stack, Project &project)
{
    Result<QList<store::UndoStep>> steps = store::undoSteps(project);
    if (!steps)
        return steps.error();
    QList<LoggedStep *> pushed;
    int done = 0;
    for (const store::UndoStep &s : std::as_const(*steps)) {
        auto *command = new LoggedStep(project, s);
        command->setQuiet(true);
        stack.push(command);
        pushed.append(command);
        if (s.done)
            ++done;
    }
    stack.setIndex(done);
    stack.setClean();
    for (LoggedStep *command : std::as_const(pushed))
        command->setQuiet(false);
    return Ok{};
}

} // namespace factline::edit
