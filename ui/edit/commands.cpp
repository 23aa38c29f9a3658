// SPDX-License-Identifier: MIT
#include "commands.h"

#include "editcommand.h"
#include "extract/timexvalue.h"

#include <QCoreApplication>

namespace factline::edit {
namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("factline::edit", s);
}

using detail::ChangeRecord;
using detail::Command;
using detail::pushFirst;

bool sameClaim(const ClaimRecord &a, const ClaimRecord &b)
{
    return a.actorId == b.actorId && a.source == b.source && a.cue == b.cue && a.content == b.content
        && a.sourceText == b.sourceText && a.cueText == b.cueText && a.text == b.text && a.kind == b.kind
        && a.saidDate == b.saidDate && a.origin == b.origin && a.reviewState == b.reviewState;
}

Status writeClaim(Project &p, const ClaimRecord &c)
{
    return p.updateClaim(c);
}

Status changeClaim(QUndoStack &stack, Project &project, const QString &text, const ClaimRecord &before,
                   ClaimRecord after, bool correction)
{
    if (correction && after.origin == Origin::Extractor)
        after.reviewState = QStringLiteral("corrected");
    if (sameClaim(before, after))
        return Ok{};
    return pushFirst(stack, new ChangeRecord<ClaimRecord>(project, text, before, after, writeClaim));
}

// Points a claim at a source by name, creating the source when there is none; undo
// removes a source it created once no claim points at it.
class SetClaimSource : public Command
{
public:
    SetClaimSource(Project &p, ClaimRecord before, QString name)
        : Command(p, tr("Change source to “%1”").arg(name)), m_before(std::move(before)), m_name(std::move(name))
    {
    }

protected:
    Status apply() override
    {
        Result<qint64> existing = m_project.findActor(m_name);
        if (!existing)
            return existing.error();
        m_created = *existing == 0;
        Result<qint64> id = m_project.ensureActor(m_name);
        if (!id)
            return id.error();
        m_actorId = *id;
        ClaimRecord after = m_before;
        after.actorId = *id;
        if (after.origin == Origin::Extractor)
            after.reviewState = QStringLiteral("corrected");
        return m_project.updateClaim(after);
    }
    Status revert() override
    {
        if (Status s = m_project.updateClaim(m_before); !s)
            return s;
        if (m_created) {
            Result<ActorRecord> a = m_project.actor(m_actorId);
            if (a && a->claimCount == 0)
                return m_project.deleteActor(m_actorId);
        }
        return Ok{};
    }

private:
    ClaimRecord m_before;
    QString m_name;
    qint64 m_actorId = 0;
    bool m_created = false;
};

class DeleteClaim : public Command
{
public:
    DeleteClaim(Project &p, ClaimRecord claim) : Command(p, tr("Delete claim")), m_claim(std::move(claim)) {}

protected:
    Status apply() override { return m_project.deleteClaim(m_claim.id); }
    Status revert() override
    {
        Result<qint64> id = m_project.insertClaim(m_claim);
        return id ? Status(Ok{}) : Status(id.error());
    }

private:
    ClaimRecord m_claim;
};

class AddClaim : public Command
{
public:
    AddClaim(Project &p, ClaimRecord claim) : Command(p, tr("Add claim")), m_claim(std::move(claim)) {}
    qint64 claimId() const { return m_claim.id; }

protected:
    Status apply() override
    {
        Result<qint64> id = m_project.insertClaim(m_claim);
        if (!id)
            return id.error();
        m_claim.id = *id; // a redo brings it back under the same id
        return Ok{};
    }
    Status revert() override { return m_project.deleteClaim(m_claim.id); }

private:
    ClaimRecord m_claim;
};

class MergeActors : public Command
{
public:
    MergeActors(Project &p, const QString &text, qint64 from, qint64 into)
        : Command(p, text), m_from(from), m_into(into)
    {
    }

protected:
    Status apply() override
    {
        Result<ActorMerge> m = m_project.mergeActors(m_from, m_into);
        if (!m)
            return m.error();
        m_merge = *m;
        return Ok{};
    }
    Status revert() override { return m_project.unmergeActors(m_merge); }

private:
    qint64 m_from;
    qint64 m_into;
    ActorMerge m_merge;
};

class AddEvent : public Command
{
public:
    AddEvent(Project &p, EventRecord event) : Command(p, tr("Add event")), m_event(std::move(event)) {}
    qint64 eventId() const { return m_event.id; }

protected:
    Status apply() override
    {
        Result<qint64> id = m_project.insertEvent(m_event);
        if (!id)
            return id.error();
        m_event.id = *id;
        return Ok{};
    }
    Status revert() override { return m_project.deleteEvent(m_event.id); }

private:
    EventRecord m_event;
};

class DeleteEvent : public Command
{
public:
    DeleteEvent(Project &p, EventRecord event) : Command(p, tr("Delete event")), m_event(std::move(event)) {}

protected:
    Status apply() override { return m_project.deleteEvent(m_event.id); }
    Status revert() override
    {
        Result<qint64> id = m_project.insertEvent(m_event);
        return id ? Status(Ok{}) : Status(id.error());
    }

private:
    EventRecord m_event;
};

} // namespace

Status setClaimSource(QUndoStack &stack, Project &project, qint64 claimId, const QString &actorName)
{
    const QString name = actorName.simplified();
    if (name.isEmpty())
        return Error{tr("Type or pick the name of a source.")};
    Result<ClaimRecord> before = project.claim(claimId);
    if (!before)
        return before.error();
    if (before->actorName == name)
        return Ok{};
    return pushFirst(stack, new SetClaimSource(project, *before, name));
}

Status setClaimKind(QUndoStack &stack, Project &project, qint64 claimId, const QString &kind)
{
    Result<ClaimRecord> before = project.claim(claimId);
    if (!before)
        return before.error();
    ClaimRecord after = *before;
    after.kind = kind;
    return changeClaim(stack, project, tr("Change claim kind"), *before, after, before->kind != kind);
}

Status setClaimReviewState(QUndoStack &stack, Project &project, qint64 claimId, const QString &state)
{
    Result<ClaimRecord> before = project.claim(claimId);
    if (!before)
        return before.error();
    ClaimRecord after = *before;
    after.reviewState = state;
    const QString text = state == QLatin1String("accepted") ? tr("Accept claim") : tr("Change review state");
    return changeClaim(stack, project, text, *before, after, false);
}

Status setClaimCue(QUndoStack &stack, Project &project, qint64 claimId, CodePointSpan span, const QString &words)
{
    if (!span.isValid() || span.start == span.end)
        return Error{tr("Select the cue's words in the article first.")};
    Result<ClaimRecord> before = project.claim(claimId);
    if (!before)
        return before.error();
    ClaimRecord after = *before;
    after.cue = span;
    after.cueText = words;
    return changeClaim(stack, project, tr("Change cue"), *before, after, !(before->cue == span));
}

Status setClaimWords(QUndoStack &stack, Project &project, qint64 claimId, CodePointSpan span, const QString &words)
{
    if (!span.isValid() || span.start == span.end)
        return Error{tr("Select the claim's words in the article first.")};
    Result<ClaimRecord> before = project.claim(claimId);
    if (!before)
        return before.error();
    ClaimRecord after = *before;
    after.content = {span};
    after.text = words;
    return changeClaim(stack, project, tr("Change claim words"), *before, after, !(before->content == after.content));
}

Status deleteClaim(QUndoStack &stack, Project &project, qint64 claimId)
{
    Result<ClaimRecord> before = project.claim(claimId);
    if (!before)
        return before.error();
    return pushFirst(stack, new DeleteClaim(project, *before));
}

Result<qint64> addClaim(QUndoStack &stack, Project &project, ClaimRecord claim)
{
    if (claim.content.isEmpty() || claim.text.trimmed().isEmpty())
        return Error{tr("Select the claim's words in the article first.")};
    claim.id = 0;
    claim.origin = Origin::Person;
    claim.confidence = 1;
    if (claim.reviewState.isEmpty())
        claim.reviewState = QStringLiteral("accepted");
    auto *command = new AddClaim(project, claim);
    if (Status s = pushFirst(stack, command); !s)
        return s.error();
    return command->claimId();
}

Status editActor(QUndoStack &stack, Project &project, const ActorRecord &changed)
{
    Result<ActorRecord> before = project.actor(changed.id);
    if (!before)
        return before.error();
    ActorRecord after = changed;
    after.name = after.name.simplified();
    after.aliases.removeAll(QString());
    if (after.name == before->name && after.kind == before->kind && after.affiliation == before->affiliation
        && after.aliases == before->aliases)
        return Ok{};
    return pushFirst(stack, new ChangeRecord<ActorRecord>(project, tr("Edit source “%1”").arg(after.name), *before,
                                                          after, [](Project &p, const ActorRecord &a) {
                                                              return p.updateActor(a);
                                                          }));
}

Status mergeActors(QUndoStack &stack, Project &project, qint64 from, qint64 into)
{
    if (from == into)
        return Ok{};
    Result<ActorRecord> a = project.actor(from);
    Result<ActorRecord> b = project.actor(into);
    if (!a)
        return a.error();
    if (!b)
        return b.error();
    return pushFirst(stack, new MergeActors(project, tr("Merge “%1” into “%2”").arg(a->name, b->name), from, into));
}

Status splitActor(QUndoStack &stack, Project &project, const QList<qint64> &claimIds, const QString &newName)
{
    if (claimIds.isEmpty())
        return Ok{};
    stack.beginMacro(tr("Split off “%1”").arg(newName.simplified()));
    Status result = Ok{};
    for (qint64 id : claimIds) {
        result = setClaimSource(stack, project, id, newName);
        if (!result)
            break;
    }
    stack.endMacro();
    return result;
}

Status setTimexValue(QUndoStack &stack, Project &project, qint64 timexId, const QString &value)
{
    Result<TimexRecord> before = project.timex(timexId);
    if (!before)
        return before.error();
    const QString v = value.trimmed();
    if (v == before->value)
        return Ok{};
    TimexRecord after = *before;
    after.value = v;
    after.origin = Origin::Person;
    after.resolved = !v.isEmpty();
    const extract::DateRange range = extract::calendarRange(v);
    after.explanation = tr("%1 → %2, set by hand")
                            .arg(before->text, range.isValid() ? extract::describeRange(range) : v);
    return pushFirst(stack, new ChangeRecord<TimexRecord>(project, tr("Change date of “%1”").arg(before->text),
                                                          *before, after, [](Project &p, const TimexRecord &t) {
                                                              return p.updateTimex(t);
                                                          }));
}

Status editEvent(QUndoStack &stack, Project &project, const EventRecord &changed)
{
    Result<EventRecord> before = project.event(changed.id);
    if (!before)
        return before.error();
    EventRecord after = changed;
    if (after.title.trimmed().isEmpty())
        return Error{tr("An event needs a title.")};
    if (after.dateValue != before->dateValue) {
        const extract::DateRange range = extract::calendarRange(after.dateValue);
        if (!after.dateValue.isEmpty() && !range.isValid())
            return Error{tr("“%1” is not a date Factline understands. Use a TIMEX3 value such as 2024-03-22, "
                            "2024-W13, 2024-03 or 2024.")
                             .arg(after.dateValue)};
        after.dateStart = range.start;
        after.dateEnd = range.end;
        after.granularity = range.granularity;
    }
    if (after.title == before->title && after.dateValue == before->dateValue && after.dateStart == before->dateStart
        && after.dateEnd == before->dateEnd && after.actors == before->actors && after.anchor == before->anchor)
        return Ok{};
    after.origin = Origin::Person;
    return pushFirst(stack, new ChangeRecord<EventRecord>(project, tr("Edit event"), *before, after,
                                                          [](Project &p, const EventRecord &e) {
                                                              return p.updateEvent(e);
                                                          }));
}

Result<qint64> addEvent(QUndoStack &stack, Project &project, EventRecord event)
{
    if (event.title.trimmed().isEmpty())
        return Error{tr("Select the event's words in the article first.")};
    event.id = 0;
    event.origin = Origin::Person;
    event.confidence = 1;
    if (!event.dateValue.isEmpty()) {
        const extract::DateRange range = extract::calendarRange(event.dateValue);
        event.dateStart = range.start;
        event.dateEnd = range.end;
        event.granularity = range.granularity;
    }
    auto *command = new AddEvent(project, event);
    if (Status s = pushFirst(stack, command); !s)
        return s.error();
    return command->eventId();
}

Status deleteEvent(QUndoStack &stack, Project &project, qint64 eventId)
{
    Result<EventRecord> before = project.event(eventId);
    if (!before)
        return before.error();
    return pushFirst(stack, new DeleteEvent(project, *before));
}

} // namespace factline::edit
