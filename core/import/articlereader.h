// SPDX-License-Identifier: MIT
#pragma once

#include "model/records.h"
#include "util/result.h"

#include <QStringList>

namespace factline::import {

// The largest article file Factline reads. Real articles are far smaller; the limit
// keeps a wrongly chosen file (a log, a dump) from filling memory and the project.
inline constexpr qint64 MaxArticleBytes = 64ll * 1024 * 1024;

struct ReadArticle {
    DocumentRecord document;  // text, metadata found in the file, format, source path
    QStringList warnings;
};

// Reads one article file: plain text, Markdown or an HTML page (by suffix, else by a
// look at the content). Metadata comes from the file where it has it (HTML meta tags,
// Markdown front matter, or a sidecar NAME.json beside NAME.txt); fields set in
// `given` win. A missing, empty, binary, oversized or text-less file is an Error that
// names the file and says what to do.
Result<ReadArticle> readArticleFile(const QString &path, const DocumentMeta &given = {});

// The same for text that did not come from a file (pasted, dropped): `format` is
// "text", "markdown" or "html"; "" guesses.
Result<ReadArticle> readArticleText(const QString &text, const QString &format, const DocumentMeta &given = {});

// Fields of `given` that are set replace those of `found`.
DocumentMeta mergeMeta(DocumentMeta found, const DocumentMeta &given);

} // namespace factline::import
