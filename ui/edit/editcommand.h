// SPDX-License-Identifier: MIT
#pragma once

// The base of every undoable edit, shared by the edit façades (commands.cpp,
// annotationcommands.cpp). Private to ui/edit: the rest of the UI calls the façade
// functions and never sees a QUndoCommand.

#include "store/project.h"
#include "store/undolog.h"

#include <QUndoCommand>
#include <QUndoStack>

#include <functional>

namespace factline::edit::detail {

// The first redo() happens before the push, where its failure can still be returned
// to the caller; the push itself then must not apply the change a second time.
// Every apply and revert is also recorded in the project's undo log (store/undolog.h), so
// that the step can still be undone after the project is closed and opened again.
class Command : public QUndoCommand
{
public:
    Command(Project &project, const QString &text) : QUndoCommand(text), m_project(project) {}
    void redo() final
    {
        if (m_applied) {
            m_applied = false;
            return;
        }
        report(recorded(store::Recording::Undo, [this] { return apply(); }));
    }
    void undo() final { report(recorded(store::Recording::Redo, [this] { return revert(); })); }
    // Applies the change for the first time, as a new step of the undo log.
    Status first()
    {
        Result<qint64> step = store::beginUndoStep(m_project, text());
        if (!step)
            return step.error();
        m_step = *step;
        Status s = apply();
        store::endUndoStep(m_project, m_step, s.ok());
        m_applied = s.ok();
        return s;
    }

protected:
    // Makes a further change part of this step, in the window's stack and in the undo log:
    // one undo then takes back both. Only for the newest step, which is done.
    Status extend(const std::function<Status()> &change)
    {
        if (Status s = store::extendUndoStep(m_project, m_step); !s)
            return s;
        Status s = change();
        store::endUndoStep(m_project, m_step); // a failed write rolled its rows back, and their entries
        return s;
    }
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    Project &m_project;

private:
    template<typename Change>
    Status recorded(store::Recording direction, Change change)
    {
        const bool logging = m_step && store::resumeUndoStep(m_project, m_step, direction).ok();
        Status s = change();
        if (logging)
            store::endUndoStep(m_project, m_step, s.ok());
        return s;
    }
    void report(const Status &s)
    {
        if (!s)
            m_project.reportError(s.errorMessage());
    }
    bool m_applied = false;
    qint64 m_step = 0;
};

inline Status pushFirst(QUndoStack &stack, Command *command)
{
    Status s = command->first();
    if (!s) {
        delete command;
        return s;
    }
    stack.push(command);
    return Ok{};
}

// One record, before and after; `write` stores either (Tiled's ChangeValue).
template<typename Record>
class ChangeRecord : public Command
{
public:
    using Writer = std::function<Status(Project &, const Record &)>;
    ChangeRecord(Project &p, const QString &text, Record before, Record after, Writer write)
        : Command(p, text), m_before(std::move(before)), m_after(std::move(after)), m_write(std::move(write))
    {
    }

protected:
    Status apply() override { return m_write(m_project, m_after); }
    Status revert() override { return m_write(m_project, m_before); }
    // Writes `after` as a part of this step: undoing goes back to the same `before`.
    Status extendTo(Record after)
    {
        Status s = extend([&] { return m_write(m_project, after); });
        if (s)
            m_after = std::move(after);
        return s;
    }

private:
    Record m_before;
    Record m_after;
    Writer m_write;
};

} // namespace factline::edit::detail
