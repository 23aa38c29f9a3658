// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace factline::report {

// Everything that goes into an HTML report passes through here. Article text and notes
// are hostile data: escaped for text and for attribute values alike (quotes included).
QString escapeHtml(const QString &text);

// A link target that is safe to put in href: http, https and mailto only. Anything else
// (javascript:, data:, vbscript:, relative paths) gives an empty string, and the
// writers show the address as text instead of linking it.
QString safeUrl(const QString &url);

// A note (store/annotations.h: Markdown with paragraphs, [links](url), *emphasis*,
// **strong**) as HTML: <p> per paragraph, <br> per line break, links with safe targets
// only, everything else escaped. No raw HTML passes through.
QString noteToHtml(const QString &note);

// The note as plain text with links as "text (url)", for CSV and JSON-LD bodies.
QString noteToPlain(const QString &note);

// Article text for a Markdown document: characters that Markdown or HTML would read as
// markup are backslash-escaped, and line breaks kept as spaces.
QString escapeMarkdown(const QString &text);

// A note for a Markdown document: its own Markdown kept, raw HTML and unsafe link
// targets neutralised.
QString noteToMarkdown(const QString &note);

} // namespace factline::report
