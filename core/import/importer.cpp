// SPDX-License-Identifier: MIT
#include "importer.h"

#include "extract/pipeline.h"

namespace factline::import {

Result<Imported> addArticle(Project &project, ReadArticle article)
{
    Imported out;
    out.title = article.document.meta.title;
    out.warnings = article.warnings;
    Result<Project::Added> added = project.addDocument(article.document);
    if (!added)
        return added.error();
    out.documentId = added->id;
    out.duplicate = added->duplicate;
    if (!out.duplicate) {
        if (Status s = reextract(project, out.documentId); !s)
            return s.error();
    }
    return out;
}

Result<Imported> importFile(Project &project, const QString &path, const DocumentMeta &given)
{
    Result<ReadArticle> read = readArticleFile(path, given);
    if (!read)
        return read.error();
    return addArticle(project, std::move(*read));
}

Status reextract(Project &project, qint64 documentId)
{
    Result<DocumentRecord> doc = project.document(documentId);
    if (!doc)
        return doc.error();
    const ExtractionRecords records = extract::extractRecords(doc->text, doc->meta.published);
    return project.storeExtraction(documentId, records);
}

} // namespace factline::import
