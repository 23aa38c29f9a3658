// SPDX-License-Identifier: MIT
#pragma once

#include "import/articlereader.h"
#include "store/project.h"

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

} // namespace factline::import
