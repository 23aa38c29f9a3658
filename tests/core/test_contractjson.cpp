// SPDX-License-Identifier: MIT
#include "extract/contractjson.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace factline::extract;

TEST_CASE("contract JSON: strings are escaped and written as UTF-8", "[extract][json]")
{
    Extraction x;
    x.documentDate = QDate(2024, 3, 24);
    // A quote, a backslash, two control characters, é, a curly apostrophe, an emoji and a
    // lone high surrogate (which UTF-8 cannot carry: it becomes '?', as in QString::toUtf8).
    const QString file = QStringLiteral("a\"b\\c") + QChar(0x01) + QChar(0x1f) + QStringLiteral(" \u00e9\u2019")
        + QString::fromUtf8("\xF0\x9F\x98\x80") + QChar(0xD800) + QStringLiteral("z");
    const QByteArray json = contractJson(QStringLiteral("text"), x, file);
    const QByteArray expected = "\"file\":\"a\\\"b\\\\c\\u0001\\u001f \xC3\xA9\xE2\x80\x99\xF0\x9F\x98\x80?z\",";
    CHECK(json.contains(expected));
    CHECK(json.startsWith("{\"schema\":\"factline.extract/1\","));
    CHECK(json.contains("\"document\":{\"date\":\"2024-03-24\",\"length\":4}"));
}

TEST_CASE("contract JSON: dates as ISO, a missing one as null, length in code points", "[extract][json]")
{
    Extraction x;
    x.documentDate = QDate(999, 1, 2);
    const QString text = QString::fromUtf8("a\xF0\x9F\x98\x80z"); // four UTF-16 units, three code points
    CHECK(contractJson(text, x).contains("\"document\":{\"date\":\"0999-01-02\",\"length\":3}"));
    x.documentDate = QDate();
    CHECK(contractJson(text, x).contains("\"document\":{\"date\":null,\"length\":3}"));
}

TEST_CASE("contract JSON: a document whose JSON outgrows the first buffer stays whole", "[extract][json]")
{
    // A short text with many long timex values: the JSON is far longer than what the writer
    // sets aside for a text of this size, so it has to grow while writing.
    const QString text = QStringLiteral("On Friday.");
    Extraction x;
    for (int i = 0; i < 500; ++i) {
        Timex t;
        t.span = {3, 9};
        t.value = QStringLiteral("value-%1-").arg(i) + QString(40, QChar(u'x')) + QStringLiteral("\"\u00e9");
        x.timexes.append(t);
    }
    const QByteArray json = contractJson(text, x);
    CHECK(json.size() > 500 * 40);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray timexes = doc.object().value(QStringLiteral("timexes")).toArray();
    REQUIRE(timexes.size() == 500);
    CHECK(timexes[0].toObject().value(QStringLiteral("text")).toString() == QStringLiteral("Friday"));
    CHECK(timexes[499].toObject().value(QStringLiteral("value")).toString() == x.timexes[499].value);
    CHECK(doc.object().value(QStringLiteral("events")).toArray().isEmpty());
}

TEST_CASE("contract JSON: a mark to escape or encode reads back at any place in a long string", "[extract][json]")
{
    // Long runs of plain letters go out eight at a time; whatever the writer does with them,
    // a quote, a backslash, a control character or a non-ASCII letter anywhere must read back
    // as it was, and the letters around it too.
    const QList<QString> marks = {QStringLiteral("\""), QStringLiteral("\\"), QString(QChar(0x01)),
                                  QString(QChar(0x7f)), QString(QChar(0x80)), QStringLiteral("\u00e9"),
                                  QStringLiteral("\u2019"), QString::fromUtf8("\xF0\x9F\x98\x80")};
    for (const QString &mark : marks) {
        for (int length = 0; length <= 24; ++length) {
            for (int at = 0; at <= length; ++at) {
                QString value;
                for (int i = 0; i < length; ++i)
                    value += QChar(u'a' + i % 26);
                value.insert(at, mark);
                Extraction x;
                Timex t;
                t.span = {0, 2};
                t.value = value;
                x.timexes.append(t);
                const QByteArray json = contractJson(QStringLiteral("Friday"), x);
                QJsonParseError error;
                const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
                REQUIRE(error.error == QJsonParseError::NoError);
                const QJsonObject timex = doc.object().value(QStringLiteral("timexes")).toArray()[0].toObject();
                CHECK(timex.value(QStringLiteral("value")).toString() == value);
                CHECK(timex.value(QStringLiteral("text")).toString() == QStringLiteral("Fr"));
                // Non-ASCII letters go out as UTF-8, not as \u escapes.
                if (mark.front().unicode() >= 0x80)
                    CHECK(json.contains(mark.toUtf8()));
            }
        }
    }
}

TEST_CASE("contract JSON: a lone surrogate in a long string becomes one '?' and nothing else changes",
          "[extract][json]")
{
    const QString before = QStringLiteral("abcdefghijkl");
    const QString after = QStringLiteral("mnopqrstuvwx");
    Extraction x;
    Timex t;
    t.span = {0, 2};
    t.value = before + QChar(0xDC00) + after; // a low surrogate with no high one before it
    x.timexes.append(t);
    CHECK(contractJson(QStringLiteral("Friday"), x).contains("\"value\":\"abcdefghijkl?mnopqrstuvwx\""));
    t.value = QString(20, QChar(u'y')) + QChar(0xD83D); // a high surrogate at the very end
    x.timexes[0] = t;
    CHECK(contractJson(QStringLiteral("Friday"), x).contains("\"value\":\"yyyyyyyyyyyyyyyyyyyy?\""));
}
