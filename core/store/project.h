// SPDX-License-Identifier: MIT
#pragma once

#include "model/records.h"
#include "util/result.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>

namespace factline {

// What extraction found in one document, in stored form (code-point offsets).
struct ExtractionRecords {
    QList<ActorRecord> actors;         // claims point at these by name
    QList<ClaimRecord> claims;
    QList<TimexRecord> timexes;
    QList<EventRecord> events;
    QList<QuantityRecord> quantities;  // claimId holds an index into `claims`, or -1
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

    QSqlDatabase &database() { return m_db; }

signals:
    void documentsChanged();
    void extractionChanged(qint64 documentId);

private:
    Project(QString path, QString connection);
    Result<qint64> actorId(const ActorRecord &actor);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    bool m_readOnly = false;
};

} // namespace factline
