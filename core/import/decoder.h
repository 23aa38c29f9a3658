// SPDX-License-Identifier: MIT
#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace factline::import {

struct DecodedText {
    QString text;
    QString encoding;      // "UTF-8", "UTF-16LE", "windows-1252", ...
    QStringList warnings;  // sentences for the user, e.g. the text was not UTF-8
};

// Decodes a file's bytes: UTF-8 with or without BOM, UTF-16 with BOM; anything else is
// read as Windows-1252 with a warning. Binary data (images, executables) is an Error.
// Line endings become LF; nothing else in the text is changed.
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &fileName);

// CRLF and lone CR become LF.
QString normalizeLineEndings(QString text);

// Names the kind of binary file the bytes start with ("a PNG image"), or empty.
QString binaryKind(const QByteArray &bytes);

} // namespace factline::import
