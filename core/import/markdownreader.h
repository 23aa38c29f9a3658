// SPDX-License-Identifier: MIT
#pragma once

#include "model/records.h"

namespace factline::import {

struct MarkdownArticle {
    DocumentMeta meta;  // from a front-matter block (title, author, date, outlet, url) and the first heading
    QString text;       // the rendered text, paragraphs separated by a blank line
};

// Renders Markdown to plain text with md4c (a CommonMark parser): markup, link targets
// and images go; the words stay.
MarkdownArticle readMarkdown(const QString &markdown);

} // namespace factline::import
