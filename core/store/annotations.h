// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace factline {

class Project;

// The verdict scale (docs/formats.md, "Verdicts"). The string ids are stored in the
// project file and written to every export, so they never change; the order here is
// the order reports list them in.
enum class Verdict { True, MostlyTrue, HalfTrue, MostlyFalse, False, Unproven, Disputed, NotChecked };

QList<Verdict> allVerdicts();
QString verdictId(Verdict verdict);                         // "mostly-true"
std::optional<Verdict> verdictFromId(const QString &id);    // nullopt for an unknown id
QString verdictName(Verdict verdict);                       // "Mostly true", translatable
// 5 (True) … 1 (False) on ClaimReview's numeric scale; 0 for the verdicts that are not a
// degree of truth (Unproven, Disputed, Not checked).
int verdictRating(Verdict verdict);
inline constexpr int BestRating = 5;
inline constexpr int WorstRating = 1;

// A person's judgement of one claim. A claim nobody has judged has the default
// annotation (Not checked, no note, no times); storing that default removes the row.
// `note` is Markdown: paragraphs separated by blank lines, [links](https://…),
// *emphasis*; the report writers render it safely (report/notetext.h).
struct Annotation {
    qint64 claimId = 0;
    Verdict verdict = Verdict::NotChecked;
    QString note;
    QString author;
    QDateTime createdAt; // UTC; invalid while the claim has never been annotated
    QDateTime updatedAt; // UTC
    bool isEmpty() const { return verdict == Verdict::NotChecked && note.isEmpty() && author.isEmpty(); }
    friend bool operator==(const Annotation &, const Annotation &) = default;
};

struct EvidenceLink {
    QString url;
    QString title;
    friend bool operator==(const EvidenceLink &, const EvidenceLink &) = default;
};

struct TagCount {
    QString name;
    int claims = 0;
};

} // namespace factline

// Annotations over the project file: verdicts, notes, evidence and tags on claims, notes
// on events and disputes. Every write tells listeners through
// Project::annotationsChanged (claims), eventNoteChanged or disputeNoteChanged; a multi-row write is one
// transaction. Tags exist while at least one claim carries them.
namespace factline::store {

Result<Annotation> annotation(Project &project, qint64 claimId);
// Every stored annotation, by claim (for reports and exports; one query).
Result<QHash<qint64, Annotation>> allAnnotations(Project &project);
// Writes `a` as it is, times included (undo restores an earlier state exactly); the
// default annotation deletes the row.
Status writeAnnotation(Project &project, const Annotation &a);
// `a` as an edit by `author` now: the creation time set on first write, the update time
// always. Pure, so that an undo command can keep both states.
Annotation stamped(Annotation a, const QString &author, const QDateTime &now = QDateTime::currentDateTimeUtc());
Status setVerdict(Project &project, qint64 claimId, Verdict verdict, const QString &author = {});
Status setNote(Project &project, qint64 claimId, const QString &note, const QString &author = {});

// The annotations and tags of a few claims (the page a table shows), a query each;
// claims nobody annotated or tagged are missing from the hash.
Result<QHash<qint64, Annotation>> annotationsOf(Project &project, const QList<qint64> &claimIds);
Result<QHash<qint64, QStringList>> claimTagsOf(Project &project, const QList<qint64> &claimIds);

Result<QList<EvidenceLink>> evidence(Project &project, qint64 claimId);
Result<QHash<qint64, QList<EvidenceLink>>> allEvidence(Project &project);
// Replaces a claim's evidence links with `links`, in this order. A link needs a URL.
Status setEvidence(Project &project, qint64 claimId, const QList<EvidenceLink> &links);

Result<QStringList> claimTags(Project &project, qint64 claimId);  // sorted by name
Result<QHash<qint64, QStringList>> allClaimTags(Project &project);
Result<QList<TagCount>> tags(Project &project);                    // every tag, by name, with its claims
// Tag names are trimmed with inner spaces collapsed; an existing tag is found whatever
// its case, so "Gaza" and "gaza" are one tag. Adding a tag a claim has changes nothing.
Status addTag(Project &project, qint64 claimId, const QString &tag);
Status removeTag(Project &project, qint64 claimId, const QString &tag);
// Renames a tag on every claim; renaming onto an existing tag merges the two.
Status renameTag(Project &project, const QString &from, const QString &to);
QString normalTagName(const QString &name);

Result<QString> eventNote(Project &project, qint64 eventId);
Status setEventNote(Project &project, qint64 eventId, const QString &note);
Result<QString> disputeNote(Project &project, qint64 disputeId);
Status setDisputeNote(Project &project, qint64 disputeId, const QString &note);

// Claims whose note matches an FTS5 query (words, "a phrase", prefix*), best first. A
// malformed query is an Error with a sentence.
Result<QList<qint64>> searchNotes(Project &project, const QString &query);
// Claims with a verdict (Not checked includes the claims nobody annotated) or a tag, in
// claim order. The same filters are in ClaimQuery for paged lists.
Result<QList<qint64>> claimsWithVerdict(Project &project, Verdict verdict);
Result<QList<qint64>> claimsWithTag(Project &project, const QString &tag);

} // namespace factline::store
