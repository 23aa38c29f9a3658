// SPDX-License-Identifier: MIT
// Extracting many articles at once (what `factline-cli extract --format jsonl` does) finds
// exactly what extracting each one alone finds, each against its own date.
#include "extract/contractjson.h"
#include "extract/pipeline.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace factline::extract;

TEST_CASE("a batch of articles gives each the extraction it gets alone", "[extract][pipeline]")
{
    const QString texts[] = {
        QStringLiteral("The mayor said on Friday that the bridge would reopen. “It is safe,” she said.\n"),
        QString(),
        QStringLiteral("Police said at least 12 people were hurt on Monday. Officials fear more were trapped.\n"),
        QStringLiteral("No one said anything about it last week, according to the report.\n"),
    };
    const QDate dates[] = {QDate(2024, 3, 24), QDate(2024, 3, 24), QDate(2023, 1, 4), QDate()};
    std::vector<ExtractionInput> inputs;
    for (int i = 0; i < 4; ++i)
        inputs.push_back({texts[i], dates[i]});

    const std::vector<Extraction> batch = extractMany(inputs);
    REQUIRE(batch.size() == 4);
    for (int i = 0; i < 4; ++i) {
        INFO("article " << i);
        const Extraction alone = extract(texts[i], dates[i]);
        CHECK(batch[i].documentDate == dates[i]);
        CHECK(contractJson(texts[i], batch[i]) == contractJson(texts[i], alone));
    }

    // Each article's "Friday" and "Monday" resolve against its own date, not the first's.
    auto firstTimex = [&](int i) {
        const QJsonObject o = QJsonDocument::fromJson(contractJson(texts[i], batch[i])).object();
        return o.value(QStringLiteral("timexes")).toArray().first().toObject().value(QStringLiteral("value")).toString();
    };
    CHECK(firstTimex(0) == QStringLiteral("2024-03-22"));
    CHECK(firstTimex(2) == QStringLiteral("2023-01-02"));
    CHECK(batch[1].attributions.isEmpty());
    CHECK_FALSE(batch[2].attributions.isEmpty());
    CHECK(extractMany({}).empty());
}
