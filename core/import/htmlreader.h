// SPDX-License-Identifier: MIT
#pragma once

#include "model/records.h"

#include <QString>

namespace factline::import {

struct HtmlArticle {
    DocumentMeta meta;  // from <title>, og:title, og:site_name, article:published_time, author, canonical
    QString text;       // paragraphs separated by a blank line
};

// Reads an HTML page saved from a browser with gumbo (an HTML5 parser): the article's
// text without scripts, styles, navigation, forms or comments, and its metadata. Prefers
// <article>, then <main>, then <body>.
HtmlArticle readHtml(const QString &html);

// True when the bytes or text look like an HTML page rather than plain text.
bool looksLikeHtml(QStringView text);

} // namespace factline::import
