// SPDX-License-Identifier: MIT
#pragma once

#include "model/disputerecord.h"
#include "model/records.h"
#include "util/result.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

namespace factline {

namespace store {
class StatementCache;
}

// What extraction found in one document, in stored form (code-point offsets).
struct ExtractionRecords {
    QList<ActorRecord> actors;         // claims point at these by name
    QList<ClaimRecord> claims;
    QList<TimexRecord> timexes;
    QList<EventRecord> events;
    QList<QuantityRecord> quantities;  // claimId holds an index into `claims`, or -1
    QList<DisputeRecord> disputes;     // suggestions; positions hold indices into `claims`
};

// Which claims a list shows: every set field narrows it. `search` is FTS5 syntax.
struct ClaimQuery {
    QString search;
    qint64 documentId = 0;
    qint64 actorId = 0;
    QString reviewState;
    QDate saidFrom;
    QDate saidTo;
    QString verdict;  // a verdict id (store/annotations.h); "not-checked" includes unannotated claims
    QString tag;      // a tag name, in any case
    bool searchNotes = false;  // `search` also finds claims by their annotation's note
};

// Which events a list shows.
struct EventQuery {
    qint64 documentId = 0;
    qint64 actorId = 0;
    QDate from;
    QDate to;
};

// What merging one actor into another changed, so that it can be taken back exactly.
struct ActorMerge {
    ActorRecord from;               // the actor that was merged away, with its aliases
    qint64 into = 0;
    QList<qint64> claimIds;         // claims that pointed at `from`
    QList<qint64> eventIds;         // events that named `from`
    QList<qint64> addedEventLinks;  // of those, the events that did not already name `into`
    QStringList addedAliases;       // names `into` gained
};

// One open project file: the only place that speaks SQL. Every statement binds its
// values; nothing is glued from user text. SQLite-only features (WAL, FTS5, PRAGMAs)
// stay in here and in migrations.cpp, so that another engine can be added later.
class Project : public QObject
{
    Q_OBJECT

public:
    enum class OpenMode { OpenExisting, CreateIfMissing };

    // Opens (or creates) a project file. A file written by a newer Factline, a file that
    // is not a project, a damaged file or an unwritable folder come back as an Error,
    // and the file is left as it was.
    static Result<std::unique_ptr<Project>> open(const QString &path, OpenMode mode = OpenMode::CreateIfMissing,
                                                 int busyTimeoutMs = 5000);
    ~Project() override;

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    struct Added {
        qint64 id = 0;
        bool duplicate = false; // the same text was already in the project
    };
    // Adds a document; its length and checksum are computed here. A document whose text
    // is already in the project is not added twice: the existing one's id comes back.
    Result<Added> addDocument(DocumentRecord document);
    // The checksum a document's text is known by (SHA-256 of its UTF-8, hex).
    static QString checksum(const QString &text);
    Result<QList<DocumentRecord>> documents() const;   // without text, with counts
    Result<DocumentRecord> document(qint64 id) const;  // with text
    Status updateDocumentMeta(qint64 id, const DocumentMeta &meta);
    Status removeDocument(qint64 id);

    // Replaces what the extractor made for a document; what a person made or corrected
    // stays. Runs in one transaction.
    Status storeExtraction(qint64 documentId, const ExtractionRecords &records);

    Result<QList<ActorRecord>> actors() const;
    Result<QList<ClaimRecord>> claims(qint64 documentId = 0) const;
    Result<QList<TimexRecord>> timexes(qint64 documentId = 0) const;
    Result<QList<EventRecord>> events(qint64 documentId = 0) const;
    Result<QList<QuantityRecord>> quantities(qint64 documentId = 0) const;

    // Full-text search (FTS5 syntax: words, "phrases", prefix*). A malformed query is an
    // Error with a sentence, not an exception.
    Result<QList<qint64>> searchDocuments(const QString &query) const;
    Result<QList<qint64>> searchClaims(const QString &query) const;

    // Filtered, paged reads for lazy item models (ordered by document, then position).
    Result<QList<ClaimRecord>> findClaims(const ClaimQuery &query, int offset, int limit) const;
    Result<int> countClaims(const ClaimQuery &query) const;
    Result<QList<EventRecord>> findEvents(const EventQuery &query, int offset, int limit) const;
    Result<int> countEvents(const EventQuery &query) const;

    // Single items and the edits a person makes (edits.cpp). Each writes at once; an
    // edit made to a row is marked as a person's where that matters to re-extraction.
    Result<ClaimRecord> claim(qint64 id) const;
    Status updateClaim(const ClaimRecord &claim);            // every field but id and document
    Result<qint64> insertClaim(const ClaimRecord &claim);    // keeps claim.id when it is set (undo)
    Status deleteClaim(qint64 id);

    Result<ActorRecord> actor(qint64 id) const;
    Result<qint64> findActor(const QString &name) const;     // 0 when there is none
    Result<qint64> ensureActor(const QString &name, const QString &kind = {});
    Status updateActor(const ActorRecord &actor);            // name, kind, affiliation, aliases
    Result<qint64> insertActor(const ActorRecord &actor);    // keeps actor.id when it is set (undo)
    Status deleteActor(qint64 id);
    Result<ActorMerge> mergeActors(qint64 from, qint64 into);
    Status unmergeActors(const ActorMerge &merge);

    Result<TimexRecord> timex(qint64 id) const;
    Status updateTimex(const TimexRecord &timex);            // value, type, explanation, origin

    Result<EventRecord> event(qint64 id) const;
    Status updateEvent(const EventRecord &event);            // title, dates, anchor, origin
    Result<qint64> insertEvent(const EventRecord &event);    // keeps event.id when it is set (undo)
    Status deleteEvent(qint64 id);

    // Tells listeners that another connection (a background import) changed the file.
    void notifyExternalChange();
    // Lets code that edits through this project report a failure the UI should show.
    void reportError(const QString &message) { emit editFailed(message); }

    QSqlDatabase &database() { return m_db; }
    // Statements prepared once on this connection, for the store's hot paths (store/statement.h).
    store::StatementCache &statements();

signals:
    void documentsChanged();
    void extractionChanged(qint64 documentId);
    void claimsChanged(const QList<qint64> &ids);  // these rows changed in place
    void claimsReset();                             // claims were added, removed or moved between actors
    void actorsChanged();
    void eventsChanged();
    void timexesChanged(qint64 documentId);
    void disputesChanged();                         // disputes, their positions or claims changed
    void editFailed(const QString &message);
    // A claim's verdict, note, evidence or tags changed (store/annotations.h).
    void annotationsChanged(const QList<qint64> &claimIds);
    void eventNoteChanged(qint64 eventId);
    void disputeNoteChanged(qint64 disputeId);

private:
    Project(QString path, QString connection);
    Result<qint64> actorId(const ActorRecord &actor);
    Status writeAliases(qint64 actorId, const QString &name, const QStringList &aliases);
    Status writeClaimSpans(qint64 claimId, const QList<CodePointSpan> &spans);
    Status writeEventActors(qint64 eventId, const QStringList &names);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<store::StatementCache> m_statements;  // finalised before m_db closes
    bool m_readOnly = false;
};

} // namespace factline
