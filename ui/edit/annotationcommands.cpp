// SPDX-License-Identifier: MIT
#include "annotationcommands.h"

#include "editcommand.h"

#include <QCoreApplication>

namespace factline::edit {
namespace {

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
    return changeAnnotation(stack, project, tr("Edit note"), *before, store::stamped(after, author));
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
    return pushFirst(stack, new ChangeRecord<Note>(project, tr("Edit event note"), Note{eventId, *before},
                                                   Note{eventId, note}, [](Project &p, const Note &n) {
                                                       return store::setEventNote(p, n.id, n.text);
                                                   }));
}

Status setDisputeNote(QUndoStack &stack, Project &project, qint64 disputeId, const QString &note)
{
    Result<QString> before = store::disputeNote(project, disputeId);
    if (!before)
        return before.error();
    if (*before == note)
        return Ok{};
    return pushFirst(stack, new ChangeRecord<Note>(project, tr("Edit dispute note"), Note{disputeId, *before},
                                                   Note{disputeId, note}, [](Project &p, const Note &n) {
                                                       return store::setDisputeNote(p, n.id, n.text);
                                                   }));
}

} // namespace factline::edit
