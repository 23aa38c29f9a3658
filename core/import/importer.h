// SPDX-License-Identifier: MIT
#pragma once

#include "import/articlereader.h"
#include "store/project.h"

#include <functional>
#include <optional>

namespace factline::import {

struct Imported {
    qint64 documentId = 0;
    bool duplicate = false;   // the same text was already in the project; nothing was added
    QString title;
    QStringList warnings;
};

// Adds a read article to the project and runs extraction on it, storing what was found.
// A duplicate (same text) is recognised by checksum and not added or extracted again.
Result<Imported> addArticle(Project &project, ReadArticle article);

// Reads a file and adds it (readArticleFile + addArticle).
Result<Imported> importFile(Project &project, const QString &path, const DocumentMeta &given = {});

// Runs extraction again on a stored document; what a person corrected is kept.
Status reextract(Project &project, qint64 documentId);

// One article for importMany: a file to read with the metadata given for it, or an
// article read already (the window's import dialog).
struct ImportItem {
    QString path;
    DocumentMeta given;
    std::optional<ReadArticle> article;  // when set, used instead of reading `path`
};

struct ImportCallbacks {
    // Item `index` is about to be stored (for a progress bar). In order.
    std::function<void(qsizetype index)> storing;
    // What became of item `index`, in order: once its document is in the file (its batch
    // committed), or as soon as it failed.
    std::function<void(qsizetype index, const Result<Imported> &result)> done;
    // Asked before each item. Once it says yes, what is stored is committed (whole
    // documents only) and the rest is left.
    std::function<bool()> cancelled;
};

struct ImportOptions {
    int threads = 0;            // threads that read and extract; 0: one per core
    // Documents per transaction, at most. Each batch adds a segment to each full-text index,
    // and every 16 segments are merged again: fewer, larger batches index faster.
    int batchDocuments = 1000;
    int batchMs = 1000;         // a commit at least this often, so that a reader sees progress
};

// Imports many articles: reading and extraction (pure, CPU-bound) run on worker threads
// while the calling thread, the only one that touches the project, stores the results in
// order, a batch of documents per transaction (store/bulkwriter.h). The project ends up as
// with addArticle for each item in turn; a failed item leaves no row and the others go on.
// Returns false when cancelled.
bool importMany(Project &project, QList<ImportItem> items, const ImportCallbacks &callbacks,
                const ImportOptions &options = {});

} // namespace factline::import
