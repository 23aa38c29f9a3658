// SPDX-License-Identifier: MIT
#include "disputecommands.h"

#include "editcommand.h"
#include "store/disputes.h"

#include <QCoreApplication>

namespace factline::edit {
namespace {

using namespace Qt::StringLiterals;
using detail::Command;
using detail::pushFirst;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline::edit", s);
}

// Any change to any number of disputes: the records before and after. A dispute only
// in `before` is deleted, one only in `after` created (and keeps its id on redo).
class ChangeDisputes : public Command
{
public:
    ChangeDisputes(Project &p, const QString &text, QList<DisputeRecord> before, QList<DisputeRecord> after)
        : Command(p, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }
    qint64 firstNewId() const
    {
        for (const DisputeRecord &d : m_after) {
            if (!idsOf(m_before).contains(d.id))
                return d.id;
        }
        return 0;
    }

protected:
    Status apply() override { return write(m_before, m_after); }
    Status revert() override { return write(m_after, m_before); }

private:
    static QList<qint64> idsOf(const QList<DisputeRecord> &list)
    {
        QList<qint64> ids;
        for (const DisputeRecord &d : list)
            ids.append(d.id);
        return ids;
    }
    Status write(const QList<DisputeRecord> &from, QList<DisputeRecord> &to)
    {
        QList<qint64> gone;
        const QList<qint64> kept = idsOf(to);
        for (const DisputeRecord &d : from) {
            if (d.id > 0 && !kept.contains(d.id))
                gone.append(d.id);
        }
        return DisputeStore(m_project).write(gone, to);
    }
    QList<DisputeRecord> m_before;
    QList<DisputeRecord> m_after;
};

Result<qint64> push(QUndoStack &stack, Project &project, const QString &text, QList<DisputeRecord> before,
                    QList<DisputeRecord> after)
{
    if (before == after)
        return qint64(0);
    auto *command = new ChangeDisputes(project, text, std::move(before), std::move(after));
    if (Status s = pushFirst(stack, command); !s)
        return s.error();
    return command->firstNewId();
}

Status pushStatus(QUndoStack &stack, Project &project, const QString &text, QList<DisputeRecord> before,
                  QList<DisputeRecord> after)
{
    Result<qint64> r = push(stack, project, text, std::move(before), std::move(after));
    return r ? Status(Ok{}) : Status(r.error());
}

// A person's change to a suggestion makes it theirs.
void reshape(DisputeRecord &d)
{
    if (d.state == DisputeSuggested)
        d.origin = Origin::Person;
}

void dropEmptyPositions(DisputeRecord &d)
{
    d.positions.removeIf([](const PositionRecord &p) { return p.claimIds.isEmpty(); });
}

QString sideOf(const ClaimRecord &c)
{
    return c.actorName.isEmpty() ? tr("No source") : c.actorName;
}

// One position per source, in the order the claims are given.
Result<QList<PositionRecord>> positionsFor(Project &project, const QList<qint64> &claimIds, QStringList &keys)
{
    QList<PositionRecord> positions;
    for (const qint64 id : claimIds) {
        Result<ClaimRecord> c = project.claim(id);
        if (!c)
            return c.error();
        keys.append(claimKey(c->documentId, c->content));
        const QString side = sideOf(*c);
        auto same = std::find_if(positions.begin(), positions.end(), [&](const auto &p) { return p.side == side; });
        if (same == positions.end())
            positions.append(PositionRecord{0, side, {id}});
        else if (!same->claimIds.contains(id))
            same->claimIds.append(id);
    }
    return positions;
}

Result<DisputeRecord> load(Project &project, qint64 id)
{
    return DisputeStore(project).dispute(id);
}

} // namespace

Result<qint64> createDispute(QUndoStack &stack, Project &project, const QList<qint64> &claimIds, const QString &title)
{
    if (claimIds.isEmpty())
        return Error{tr("Select the claims to compare first.")};
    QStringList keys;
    Result<QList<PositionRecord>> positions = positionsFor(project, claimIds, keys);
    if (!positions)
        return positions.error();
    DisputeRecord d;
    d.title = title.trimmed().isEmpty() ? tr("Which of these claims is right?") : title.trimmed();
    d.state = DisputeAccepted;
    d.origin = Origin::Person;
    d.fingerprint = disputeFingerprint(keys);
    d.positions = *positions;
    return push(stack, project, tr("Compare %1 claims").arg(claimIds.size()), {}, {d});
}

Status renameDispute(QUndoStack &stack, Project &project, qint64 disputeId, const QString &title)
{
    Result<DisputeRecord> d = load(project, disputeId);
    if (!d)
        return d.error();
    if (title.trimmed().isEmpty())
        return Error{tr("A dispute needs a question as its title.")};
    DisputeRecord after = *d;
    after.title = title.trimmed();
    reshape(after);
    return pushStatus(stack, project, tr("Rename dispute to “%1”").arg(after.title), {*d}, {after});
}

Status setDisputeState(QUndoStack &stack, Project &project, qint64 disputeId, const QString &state)
{
    if (state != DisputeSuggested && state != DisputeAccepted && state != DisputeRejected)
        return Error{tr("“%1” is not a state a dispute can have.").arg(state)};
    Result<DisputeRecord> d = load(project, disputeId);
    if (!d)
        return d.error();
    DisputeRecord after = *d;
    after.state = state;
    const QString text = state == DisputeAccepted ? tr("Accept dispute")
        : state == DisputeRejected                ? tr("Reject dispute")
                                                  : tr("Reopen dispute");
    return pushStatus(stack, project, text, {*d}, {after});
}

Status deleteDispute(QUndoStack &stack, Project &project, qint64 disputeId)
{
    Result<DisputeRecord> d = load(project, disputeId);
    if (!d)
        return d.error();
    return pushStatus(stack, project, tr("Delete dispute “%1”").arg(d->title), {*d}, {});
}

Status mergeDisputes(QUndoStack &stack, Project &project, qint64 intoId, qint64 fromId)
{
    if (intoId == fromId)
        return Ok{};
    Result<DisputeRecord> into = load(project, intoId);
    Result<DisputeRecord> from = load(project, fromId);
    if (!into)
        return into.error();
    if (!from)
        return from.error();
    DisputeRecord after = *into;
    const QList<qint64> already = after.claimIds();
    for (const PositionRecord &p : from->positions) {
        auto same = std::find_if(after.positions.begin(), after.positions.end(),
                                 [&](const PositionRecord &q) { return q.side == p.side; });
        PositionRecord *target = nullptr;
        if (same != after.positions.end()) {
            target = &*same;
        } else {
            after.positions.append(PositionRecord{0, p.side, {}});
            target = &after.positions.last();
        }
        for (const qint64 c : p.claimIds) {
            if (!already.contains(c) && !target->claimIds.contains(c))
                target->claimIds.append(c);
        }
    }
    dropEmptyPositions(after);
    for (const QString &r : from->reasons) {
        if (!after.reasons.contains(r))
            after.reasons.append(r);
    }
    reshape(after);
    return pushStatus(stack, project, tr("Merge “%1” into “%2”").arg(from->title, into->title), {*into, *from},
                      {after});
}

Result<qint64> splitDispute(QUndoStack &stack, Project &project, qint64 disputeId, const QList<qint64> &claimIds)
{
    Result<DisputeRecord> d = load(project, disputeId);
    if (!d)
        return d.error();
    DisputeRecord kept = *d;
    DisputeRecord split;
    split.title = tr("%1 (split)").arg(d->title);
    split.state = d->state == DisputeRejected ? DisputeSuggested : d->state;
    split.origin = Origin::Person;
    split.reasons = d->reasons;
    for (PositionRecord &p : kept.positions) {
        PositionRecord moved{0, p.side, {}};
        for (const qint64 c : claimIds) {
            if (p.claimIds.removeAll(c) > 0)
                moved.claimIds.append(c);
        }
        if (!moved.claimIds.isEmpty())
            split.positions.append(moved);
    }
    if (split.positions.isEmpty())
        return Error{tr("None of the selected claims is in this dispute.")};
    dropEmptyPositions(kept);
    reshape(kept);
    QStringList keys;
    for (const qint64 c : split.claimIds()) {
        if (Result<ClaimRecord> r = project.claim(c))
            keys.append(claimKey(r->documentId, r->content));
    }
    split.fingerprint = disputeFingerprint(keys);
    return push(stack, project, tr("Split dispute “%1”").arg(d->title), {*d}, {kept, split});
}

Status moveClaim(QUndoStack &stack, Project &project, qint64 disputeId, qint64 claimId, int toPosition)
{
    Result<DisputeRecord> d = load(project, disputeId);
    if (!d)
        return d.error();
    DisputeRecord after = *d;
    QString side;
    int from = -1;
    for (int i = 0; i < after.positions.size(); ++i) {
        if (after.positions[i].claimIds.contains(claimId)) {
            from = i;
            side = after.positions[i].side;
        }
    }
    if (from < 0)
        return Error{tr("The claim is not in this dispute any more.")};
    if (from == toPosition)
        return Ok{};
    after.positions[from].claimIds.removeAll(claimId);
    if (toPosition < 0 || toPosition >= after.positions.size()) {
        Result<ClaimRecord> c = project.claim(claimId);
        after.positions.append(PositionRecord{0, c ? sideOf(*c) : side, {claimId}});
    } else {
        after.positions[toPosition].claimIds.append(claimId);
    }
    dropEmptyPositions(after);
    reshape(after);
    return pushStatus(stack, project, tr("Move claim to another position"), {*d}, {after});
}

Status renamePosition(QUndoStack &stack, Project &project, qint64 disputeId, int position, const QString &side)
{
    Result<DisputeRecord> d = load(project, disputeId);
    if (!d)
        return d.error();
    if (position < 0 || position >= d->positions.size())
        return Error{tr("That position is not in the dispute any more.")};
    DisputeRecord after = *d;
    after.positions[position].side = side.trimmed();
    reshape(after);
    return pushStatus(stack, project, tr("Rename position to “%1”").arg(side.trimmed()), {*d}, {after});
}

Status removeClaimFromDispute(QUndoStack &stack, Project &project, qint64 disputeId, qint64 claimId)
{
    Result<DisputeRecord> d = load(project, disputeId);
    if (!d)
        return d.error();
    DisputeRecord after = *d;
    for (PositionRecord &p : after.positions)
        p.claimIds.removeAll(claimId);
    dropEmptyPositions(after);
    reshape(after);
    return pushStatus(stack, project, tr("Remove claim from dispute"), {*d}, {after});
}

} // namespace factline::edit
