// SPDX-License-Identifier: MIT
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace factline {

// Plain records as the store reads and writes them. Every offset in them is a
// Unicode code point index into the owning document's stored text, end exclusive:
// the stable unit across languages and tools. QString counts UTF-16 units, so code
// converting between the two uses text/offsets.h at the boundary.

struct DocumentMeta {
    QString title;
    QString outlet;
    QString author;
    QString url;
    QDate published;  // invalid when the article carries no date (never "today")
    QString language;
};

struct DocumentRecord {
    qint64 id = 0;
    DocumentMeta meta;
    QString text;
    qint64 length = 0;    // in code points
    QString checksum;     // SHA-256 of the stored text, hex
    QString sourcePath;
    QString format;       // "text", "markdown", "html", "pdf", "pasted"
    QDateTime importedAt;
    int claimCount = 0;
    int eventCount = 0;
};

struct CodePointSpan {
    qint64 start = -1;
    qint64 end = -1;
    bool isValid() const { return start >= 0 && end >= start; }
    friend bool operator==(const CodePointSpan &, const CodePointSpan &) = default;
};

enum class Origin { Extractor, Person };
QString originName(Origin origin);
Origin originFromName(const QString &name);

struct ActorRecord {
    qint64 id = 0;
    QString name;
    QString kind;         // person, organisation, government, group, anonymous, unknown
    QString affiliation;
    QStringList aliases;
    int claimCount = 0;
};

struct ClaimRecord {
    qint64 id = 0;
    qint64 documentId = 0;
    qint64 actorId = 0;   // 0: no actor
    QString actorName;
    CodePointSpan source;
    CodePointSpan cue;
    QList<CodePointSpan> content;
    QString sourceText;
    QString cueText;
    QString text;         // the content fragments' words, joined
    QString kind;         // direct, indirect, mixed
    QDate saidDate;       // when it was said, when known
    Origin origin = Origin::Extractor;
    double confidence = 0;
    QString reviewState;  // unreviewed, accepted, corrected
};

struct TimexRecord {
    qint64 id = 0;
    qint64 documentId = 0;
    CodePointSpan span;
    QString text;
    QString type;         // DATE, TIME, DURATION, SET
    QString value;        // TIMEX3 value
    bool relative = false;
    bool resolved = true;
    QString explanation;
    Origin origin = Origin::Extractor;
};

struct EventRecord {
    qint64 id = 0;
    qint64 documentId = 0;
    QString title;
    QString dateValue;    // TIMEX3 value
    QDate dateStart;
    QDate dateEnd;
    QString granularity;  // day, week, month, year, ...
    CodePointSpan anchor;
    QString anchorText;
    QStringList actors;
    Origin origin = Origin::Extractor;
    double confidence = 0;
};

struct QuantityRecord {
    qint64 id = 0;
    qint64 documentId = 0;
    qint64 claimId = 0;
    CodePointSpan span;
    QString text;
    double value = 0;
    QString unit;
    QString qualifier;
};

} // namespace factline
