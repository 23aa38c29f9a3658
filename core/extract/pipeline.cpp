// SPDX-License-Identifier: MIT
#include "pipeline.h"

#include "text/offsets.h"

#include <QJsonArray>

namespace factline::extract {

using namespace Qt::StringLiterals;

Extraction extract(QStringView text, QDate documentDate)
{
    Q_UNUSED(documentDate);
    Extraction out;
    out.sentences = splitSentences(text);
    return out;
}

ExtractionRecords toRecords(QStringView text, const Extraction &extraction)
{
    Q_UNUSED(text);
    Q_UNUSED(extraction);
    return {};
}

ExtractionRecords extractRecords(QStringView text, QDate documentDate)
{
    return toRecords(text, extract(text, documentDate));
}

QJsonObject toContractJson(QStringView text, QDate documentDate, const Extraction &extraction)
{
    Q_UNUSED(extraction);
    const OffsetMap map(text);
    QJsonObject document{{u"length"_s, map.codePointLength()}};
    document.insert(u"date"_s, documentDate.isValid() ? QJsonValue(documentDate.toString(Qt::ISODate)) : QJsonValue());
    return QJsonObject{{u"schema"_s, u"factline.extract/1"_s},
                       {u"document"_s, document},
                       {u"attributions"_s, QJsonArray()},
                       {u"timexes"_s, QJsonArray()},
                       {u"events"_s, QJsonArray()},
                       {u"disputes"_s, QJsonArray()}};
}

} // namespace factline::extract
