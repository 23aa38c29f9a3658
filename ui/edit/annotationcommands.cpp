// SPDX-License-Identifier: MIT
#include "annotationcommands.h"

#include "editcommand.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <optional>

namespace factline::edit {
namespace {

using namespace Qt::StringLiterals;
using detail::ChangeRecord;
using detail::Command;
using detail::pushFirst;

QString tr(const char *s)
{
    return QCoreApplication::translate("factline::edit", s);
}

Status changeAnnotation(QUndoStack &stack, Project &project, const QString &text, const Annotation &before,
                        const Annotation &after)
{
    return pushFirst(stack, new ChangeRecord<Annotation>(project, text, before, after, store::writeAnnotation));
}

// Adding and removing a tag are each other's undo.
class TagEdit : public Command
{
public:
    TagEdit(Project &p, const QString &text, qint64 claimId, QString tag, bool add)
        : Command(p, text), m_claimId(claimId), m_tag(std::move(tag)), m_add(add)
    {
    }

protected:
    Status apply() override { return write(m_add); }
    Status revert() override { return write(!m_add); }

private:
    Status write(bool add)
    {
        return add ? store::addTag(m_project, m_claimId, m_tag) : store::removeTag(m_project, m_claimId, m_tag);
    }
    qint64 m_claimId;
    QString m_tag;
    bool m_add;
};

// A note on a row that is not a claim (events, disputes): the text before and after.
struct Note {
    qint64 id = 0;
    QString text;
};

// The tag as the claim carries it (its stored spelling), or empty.
Result<QString> carried(Project &project, qint64 claimId, const QString &tag)
{
    Result<QStringList> tags = store::claimTags(project, claimId);
    if (!tags)
        return tags.error();
    for (const QString &t : std::as_const(*tags)) {
        if (t.compare(tag, Qt::CaseInsensitive) == 0)
            return t;
    }
    return QString();
}

// The note field commits at each pause in typing; the pauses of one stretch of writing
// make one undo step. A note change joins the step before it when that step is the same
// note's, is the newest, nothing was undone, and the last change to it is under a minute old.
template<typename Record>
class NoteChange : public ChangeRecord<Record>
{
public:
    using Writer = typename ChangeRecord<Record>::Writer;
    NoteChange(Project &p, const QString &text, QString key, Record before, Record after, Writer write)
        : ChangeRecord<Record>(p, text, std::move(before), std::move(after), std::move(write)), m_key(std::move(key))
    {
        m_last.start();
    }
    // Writes `after` into the newest step if it can join it; nothing when it cannot.
    static std::optional<Status> join(QUndoStack &stack, const QString &key, Record after)
    {
        if (stack.index() == 0 || stack.index() != stack.count())
            return std::nullopt;
        // The stack owns its commands and hands them out const; this one is ours to extend.
        auto *top = dynamic_cast<NoteChange *>(const_cast<QUndoCommand *>(stack.command(stack.index() - 1)));
        if (!top || top->m_key != key || top->m_last.hasExpired(kJoinWithin))
            return std::nullopt;
        Status s = top->extendTo(std::move(after));
        top->m_last.restart();
        return s;
    }

private:
    static constexpr qint64 kJoinWithin = 60 * 1000; // ms
    QString m_key;
    QElapsedTimer m_last;
};

template<typename Record>
Status changeNote(QUndoStack &stack, Project &project, const QString &text, const QString &key, Record before,
                  Record after, typename NoteChange<Record>::Writer write)
{
    if (std::optional<Status> joined = NoteChange<Record>::join(stack, key, after))
        return *joined;
    return pushFirst(stack, new NoteChange<Record>(project, text, key, std::move(before), std::move(after),
                                                   std::move(write)));
}

} // namespace

Status setVerdict(QUndoStack &stack, Project &project, qint64 claimId, Verdict verdict, const QString &author)
{
    Result<Annotation> before = store::annotation(project, claimId);
    if (!before)
        return before.error();
    if (before->verdict == verdict)
        return Ok{};
    Annotation after = *before;
    after.verdict = verdict;
    return changeAnnotation(stack, project, tr("Set verdict “%1”").arg(verdictName(verdict)), *before,
                            store::stamped(after, author));
}

Status setNote(QUndoStack &stack, Project &project, qint64 claimId, const QString &note, const QString &author)
{
    Result<Annotation> before = store::annotation(project, claimId);
    if (!before)
        return before.error();
    if (before->note == note)
        return Ok{};
    Annotation after = *before;
    after.note = note;
    return changeNote<Annotation>(stack, project, tr("Edit note"), u"claim %1"_s.arg(claimId), *before,
                                  store::stamped(after, author), store::writeAnnotation);
}

Status setEvidence(QUndoStack &stack, Project &project, qint64 claimId, const QList<EvidenceLink> &links)
{
    Result<QList<EvidenceLink>> before = store::evidence(project, claimId);
    if (!before)
        return before.error();
    QList<EvidenceLink> after;
    for (const EvidenceLink &l : links)
        after.append({l.url.trimmed(), l.title.trimmed()});
    if (*before == after)
        return Ok{};
    using Links = QPair<qint64, QList<EvidenceLink>>;
    return pushFirst(stack, new ChangeRecord<Links>(project, tr("Edit evidence"), Links(claimId, *before),
                                                    Links(claimId, after), [](Project &p, const Links &l) {
                                                        return store::setEvidence(p, l.first, l.second);
                                                    }));
}

Status addTag(QUndoStack &stack, Project &project, qint64 claimId, const QString &tag)
{
    const QString name = store::normalTagName(tag);
    if (name.isEmpty())
        return Error{tr("A tag needs a name.")};
    Result<QString> has = carried(project, claimId, name);
    if (!has)
        return has.error();
    if (!has->isEmpty())
        return Ok{};
    return pushFirst(stack, new TagEdit(project, tr("Add tag “%1”").arg(name), claimId, name, true));
}

Status removeTag(QUndoStack &stack, Project &project, qint64 claimId, const QString &tag)
{
    Result<QString> has = carried(project, claimId, store::normalTagName(tag));
    if (!has)
        return has.error();
    if (has->isEmpty())
        return Ok{};
    return pushFirst(stack, new TagEdit(project, tr("Remove tag “%1”").arg(*has), claimId, *has, false));
}

Status setEventNote(QUndoStack &stack, Project &project, qint64 eventId, const QString &note)
{
    Result<QString> before = store::eventNote(project, eventId);
    if (!before)
        return before.error();
    if (*before == note)
        return Ok{};
    return changeNote<Note>(stack, project, tr("Edit event note"), u"event %1"_s.arg(eventId), Note{eventId, *before},
                            Note{eventId, note}, [](Project &p, const Note &n) { return store::setEventNote(p, n.id, n.text); });
}

Status setDisputeNote(QUndoStack &stack, Project &project, qint64 disputeId, const QString &note)
{
    Result<QString> before = store::disputeNote(project, disputeId);
    if (!before)
        return before.error();
    if (*before == note)
        return Ok{};
    return changeNote<Note>(stack, project, tr("Edit dispute note"), u"dispute %1"_s.arg(disputeId),
                            Note{disputeId, *before}, Note{disputeId, note},
                            [](Project &p, const Note &n) { return store::setDisputeNote(p, n.id, n.text); });
}

} // namespace factline::edit
