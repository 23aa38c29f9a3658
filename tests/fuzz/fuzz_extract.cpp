// SPDX-License-Identifier: MIT
// Extraction must never crash or hang, whatever the text.
#include "extract/contractjson.h"
#include "extract/pipeline.h"


extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto x = factline::extract::extract(text, QDate(2024, 3, 24));
    (void)factline::extract::contractJson(text, x, QStringLiteral("fuzz"));
    (void)factline::extract::toRecords(text, x);
    (void)factline::extract::extract(text, QDate()); // and with no document date
    return 0;
}
