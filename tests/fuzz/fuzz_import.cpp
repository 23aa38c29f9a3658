// SPDX-License-Identifier: MIT
// The importers take any bytes: decoding, HTML and Markdown must never crash.
#include "import/articlereader.h"
#include "import/decoder.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto decoded = factline::import::decodeText(bytes, QStringLiteral("fuzz"));
    if (!decoded)
        return 0;
    for (const char *format : {"text", "html", "markdown"})
        (void)factline::import::readArticleText(decoded->text, QString::fromLatin1(format));
    return 0;
}
