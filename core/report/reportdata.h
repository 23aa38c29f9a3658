// SPDX-License-Identifier: MIT
#pragma once

#include "store/snapshot.h"

#include <QFlags>
#include <QMap>

namespace factline::report {

// The parts of a readable report, in the order they appear.
enum class Section {
    Summary = 0x01,
    Timeline = 0x02,
    Disputes = 0x04,
    Claims = 0x08,
    Sources = 0x10,
    Documents = 0x20,
    Method = 0x40,
};
Q_DECLARE_FLAGS(Sections, Section)
Q_DECLARE_OPERATORS_FOR_FLAGS(Sections)
inline constexpr Sections AllSections = Sections(0x7f);

// What a report covers: every set field narrows it. A claim is in scope when its
// document, source, verdict, tags and date (said, else its article's date) pass; an
// event when its document and dates do; a dispute when it is chosen (or none are) and
// one of its claims is in scope.
struct Scope {
    QList<qint64> documentIds;
    QList<qint64> actorIds;
    QList<qint64> disputeIds;
    QList<Verdict> verdicts;
    QStringList tags;
    QDate from;
    QDate to;
};

// `items` as the command line gives them: "document=3,4", "source=Israel", "dispute=2",
// "verdict=false,mostly-false", "tag=casualties", "from=2024-03-01", "to=2024-03-31".
// Sources are names or ids. An unknown key or value is an Error naming it.
Result<Scope> parseScope(const QStringList &items, const ProjectSnapshot &project);

// A claim's words with the rest of its sentence, for quoting "in context".
struct Quote {
    QString before;
    QString exact;   // the document's text from the first content fragment to the last
    QString after;
};

struct ReportClaim {
    ClaimRecord claim;
    Annotation annotation;
    QList<EvidenceLink> evidence;
    QStringList tags;
    Quote quote;
    const DocumentRecord *document = nullptr;
    QDate date() const; // said, else the article's date
};

// A source and how its claims were judged.
struct SourceRow {
    QString name;              // "Unattributed" for claims without a source
    QString kind;
    int claims = 0;
    QMap<Verdict, int> verdicts;
};

struct ReportEvent {
    EventRecord event;
    QString note;
    QString lane;              // its first actor, else its article's outlet
    const DocumentRecord *document = nullptr;
};

// Everything a report shows, gathered once and shared by every writer (HTML, PDF,
// Markdown, the data formats). Pointers point into `documents`, which is not resized
// after gathering.
struct ReportData {
    ReportData() = default;
    ReportData(ReportData &&) = default;
    ReportData &operator=(ReportData &&) = default;
    ReportData(const ReportData &) = delete; // the pointers into `documents` would dangle

    QString title;
    QString scopeText;         // the scope in words, for the report's heading
    QDateTime generatedAt;
    Sections sections = AllSections;
    QString programVersion;
    QList<DocumentRecord> documents;
    QList<ReportClaim> claims;                 // by document, then position
    QList<ReportEvent> events;                 // by date
    QList<DisputeRecord> disputes;
    QList<SourceRow> sources;                  // most claims first
    QMap<Verdict, int> verdictCounts;          // of the claims in scope
    QHash<qint64, qsizetype> claimIndex;       // claim id → index into `claims`

    const ReportClaim *claim(qint64 id) const;
    // The verdicts some claim in scope has, in the scale's order: a table's columns.
    QList<Verdict> verdictsInUse() const;
};

// The title a report gets when nobody chose one: "Fact-check report: NAME", the name of the
// project file (the window and the command-line tool give the same title).
QString defaultReportTitle(const QString &projectPath);

struct GatherOptions {
    QString title;
    Scope scope;
    Sections sections = AllSections;
    QDateTime now = QDateTime::currentDateTimeUtc();
};

// Pure: the report content of a snapshot for a scope.
ReportData gather(ProjectSnapshot snapshot, const GatherOptions &options);
Result<ReportData> gather(Project &project, const GatherOptions &options);

// How the claims were found, for the "how this report was made" section.
QString extractionMethod();

} // namespace factline::report
