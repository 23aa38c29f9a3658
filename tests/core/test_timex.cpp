// SPDX-License-Identifier: MIT
#include "extract/sentences.h"
#include "extract/timex.h"

#include <catch2/catch.hpp>

#include <QString>

using namespace factline::extract;
using namespace Qt::StringLiterals;

namespace {

// Extracts from `text` as the app does: sentences first, then temporal expressions.
QList<Timex> extract(const QString &text, QDate dct)
{
    return findTimexes(text, splitSentences(text), dct);
}

QString spanText(const QString &text, const Timex &t) { return text.mid(t.span.start, t.span.length()); }

// The one timex whose words are exactly `words`; fails the test when there is none.
Timex find(const QString &text, const QList<Timex> &all, const QString &words)
{
    for (const Timex &t : all)
        if (spanText(text, t) == words)
            return t;
    QStringList got;
    for (const Timex &t : all)
        got << spanText(text, t) + u" = "_s + t.value;
    FAIL_CHECK("no timex \"" << words.toStdString() << "\" in: " << got.join(u"; "_s).toStdString());
    return {};
}

bool hasTimexOver(const QString &text, const QList<Timex> &all, const QString &words)
{
    const qsizetype at = text.indexOf(words);
    const TextSpan s{at, at + words.size()};
    for (const Timex &t : all)
        if (t.span.overlaps(s))
            return true;
    return false;
}

const QDate sunday(2024, 3, 24);   // a Sunday
const QDate thursday(2024, 3, 21); // a Thursday

} // namespace

TEST_CASE("timex: full calendar dates", "[timex]")
{
    const QString text = u"The treaty was signed on March 22, 2024, and ratified on 3 April 2024."_s;
    const auto all = extract(text, sunday);
    const Timex a = find(text, all, u"March 22, 2024"_s);
    CHECK(a.value == u"2024-03-22"_s);
    CHECK(a.type == TimexType::Date);
    CHECK_FALSE(a.relative);
    CHECK(find(text, all, u"3 April 2024"_s).value == u"2024-04-03"_s);
}

TEST_CASE("timex: a month and day without a year takes the year tense and nearness pick", "[timex]")
{
    const QString past = u"Rebels attacked the town on Oct. 7 and held it for a week."_s;
    CHECK(find(past, extract(past, sunday), u"Oct. 7"_s).value == u"2023-10-07"_s);
    const QString future = u"The court will rule on April 2."_s;
    const Timex t = find(future, extract(future, sunday), u"April 2"_s);
    CHECK(t.value == u"2024-04-02"_s);
    CHECK(t.relative);
}

TEST_CASE("timex: weekday in a past-tense clause is the one before the article", "[timex]")
{
    const QString text = u"The minister resigned Friday after a week of protests."_s;
    const Timex t = find(text, extract(text, sunday), u"Friday"_s);
    CHECK(t.value == u"2024-03-22"_s);
    CHECK(t.relative);
    CHECK(t.explanation.contains(u"past-tense"_s));
    CHECK(t.explanation.contains(u"Sun 24 Mar 2024"_s));
}

TEST_CASE("timex: weekday in a future-tense clause is the one after the article", "[timex]")
{
    const QString text = u"The committee will vote Friday on the budget."_s;
    CHECK(find(text, extract(text, sunday), u"Friday"_s).value == u"2024-03-29"_s);
    const QString planned = u"The talks are scheduled to resume Tuesday."_s;
    CHECK(find(planned, extract(planned, sunday), u"Tuesday"_s).value == u"2024-03-26"_s);
}

TEST_CASE("timex: weekday with a part of the day", "[timex]")
{
    const QString text = u"Shelling resumed Wednesday morning in the north."_s;
    const Timex t = find(text, extract(text, sunday), u"Wednesday morning"_s);
    CHECK(t.value == u"2024-03-20TMO"_s);
    CHECK(t.type == TimexType::Time);
}

TEST_CASE("timex: today, yesterday, tomorrow, tonight", "[timex]")
{
    const QString text = u"Prices fell yesterday, rose today and may fall tomorrow; the vote is tonight."_s;
    const auto all = extract(text, thursday);
    CHECK(find(text, all, u"yesterday"_s).value == u"2024-03-20"_s);
    CHECK(find(text, all, u"today"_s).value == u"2024-03-21"_s);
    CHECK(find(text, all, u"tomorrow"_s).value == u"2024-03-22"_s);
    const Timex night = find(text, all, u"tonight"_s);
    CHECK(night.value == u"2024-03-21TNI"_s);
    CHECK(night.type == TimexType::Time);
}

TEST_CASE("timex: this week on a weekend depends on tense", "[timex]")
{
    const QString ahead = u"Negotiators will meet in Geneva this week."_s;
    CHECK(find(ahead, extract(ahead, sunday), u"this week"_s).value == u"2024-W13"_s);
    const QString behind = u"The envoy visited three capitals this week."_s;
    CHECK(find(behind, extract(behind, sunday), u"this week"_s).value == u"2024-W12"_s);
    const QString midweek = u"Negotiators will meet in Geneva this week."_s;
    CHECK(find(midweek, extract(midweek, thursday), u"this week"_s).value == u"2024-W12"_s);
}

TEST_CASE("timex: last and next week, month and year", "[timex]")
{
    const QString text = u"Sales slowed last week and last month, but should recover next year."_s;
    const auto all = extract(text, thursday);
    CHECK(find(text, all, u"last week"_s).value == u"2024-W11"_s);
    CHECK(find(text, all, u"last month"_s).value == u"2024-02"_s);
    CHECK(find(text, all, u"next year"_s).value == u"2025"_s);
    const QString now = u"This year the harvest was poor."_s;
    CHECK(find(now, extract(now, thursday), u"This year"_s).value == u"2024"_s);
}

TEST_CASE("timex: years, decades and centuries", "[timex]")
{
    const QString text = u"The party was ousted in 2007, rose in the 1990s and shaped the 20th century."_s;
    const auto all = extract(text, sunday);
    CHECK(find(text, all, u"2007"_s).value == u"2007"_s);
    CHECK(find(text, all, u"the 1990s"_s).value == u"199"_s);
    CHECK(find(text, all, u"the 20th century"_s).value == u"19"_s);
}

TEST_CASE("timex: numbers that are no years", "[timex]")
{
    const QString text = u"Some 1,200 people and 1500 troops paid $2000 each, up 1999% on the rest."_s;
    const auto all = extract(text, sunday);
    CHECK_FALSE(hasTimexOver(text, all, u"1,200"_s));
    CHECK_FALSE(hasTimexOver(text, all, u"1500"_s));
    CHECK_FALSE(hasTimexOver(text, all, u"2000"_s));
    CHECK_FALSE(hasTimexOver(text, all, u"1999"_s));
}

TEST_CASE("timex: references to past, present and future", "[timex]")
{
    const QString text = u"The position shifted in recent days. Aid is now flowing and currently reaches the north. "
                         u"The city may be rebuilt in the future."_s;
    const auto all = extract(text, sunday);
    CHECK(find(text, all, u"recent days"_s).value == u"PAST_REF"_s);
    CHECK(find(text, all, u"now"_s).value == u"PRESENT_REF"_s);
    CHECK(find(text, all, u"currently"_s).value == u"PRESENT_REF"_s);
    CHECK(find(text, all, u"the future"_s).value == u"FUTURE_REF"_s);
}

TEST_CASE("timex: a sentence-opening Now, is a discourse marker", "[timex]")
{
    const QString text = u"Now, the mayor says the plan is dead."_s;
    CHECK(extract(text, sunday).isEmpty());
}

TEST_CASE("timex: durations", "[timex]")
{
    const QString text = u"The siege lasted five years, the talks three days and the outage about two hours, "
                         u"after a 30-year lease and several months of delay."_s;
    const auto all = extract(text, sunday);
    const Timex y = find(text, all, u"five years"_s);
    CHECK(y.value == u"P5Y"_s);
    CHECK(y.type == TimexType::Duration);
    CHECK(find(text, all, u"three days"_s).value == u"P3D"_s);
    CHECK(find(text, all, u"about two hours"_s).value == u"PT2H"_s);
    CHECK(find(text, all, u"30-year"_s).value == u"P30Y"_s);
    CHECK(find(text, all, u"several months"_s).value == u"PXM"_s);
}

TEST_CASE("timex: an ordinal unit of something ongoing is how long it has lasted", "[timex]")
{
    const QString text = u"The strike dragged on into its fifth month."_s;
    const Timex t = find(text, extract(text, sunday), u"its fifth month"_s);
    CHECK(t.value == u"P5M"_s);
    CHECK(t.type == TimexType::Duration);
}

TEST_CASE("timex: the past N units is a duration, the past unit a date", "[timex]")
{
    const QString text = u"Exports grew over the past two months and fell during the past year."_s;
    const auto all = extract(text, thursday);
    CHECK(find(text, all, u"the past two months"_s).value == u"P2M"_s);
    CHECK(find(text, all, u"the past year"_s).value == u"2023"_s);
}

TEST_CASE("timex: ages are not temporal expressions", "[timex]")
{
    const QString text = u"A 45-year-old driver, 52 years old, was hurt."_s;
    CHECK(extract(text, sunday).isEmpty());
}

TEST_CASE("timex: N units ago counts back from the article's date", "[timex]")
{
    const QString text = u"The bridge collapsed three days ago; the mine closed five years ago."_s;
    const auto all = extract(text, thursday);
    CHECK(find(text, all, u"three days ago"_s).value == u"2024-03-18"_s);
    CHECK(find(text, all, u"five years ago"_s).value == u"2019"_s);
}

TEST_CASE("timex: clock times take the day named with them", "[timex]")
{
    const QString text = u"The polls close at 8 p.m. and results come at 10:30 a.m. Friday."_s;
    const auto all = extract(text, thursday);
    const Timex close = find(text, all, u"8 p.m."_s);
    CHECK(close.value == u"2024-03-21T20:00"_s);
    CHECK(close.type == TimexType::Time);
    CHECK(find(text, all, u"10:30 a.m. Friday"_s).value == u"2024-03-22T10:30"_s);
}

TEST_CASE("timex: sets", "[timex]")
{
    const QString text = u"The council meets every year, the board each Thursday, and prices are set daily."_s;
    const auto all = extract(text, sunday);
    const Timex y = find(text, all, u"every year"_s);
    CHECK(y.value == u"P1Y"_s);
    CHECK(y.type == TimexType::Set);
    CHECK(find(text, all, u"each Thursday"_s).value == u"XXXX-WXX-4"_s);
    CHECK(find(text, all, u"daily"_s).value == u"P1D"_s);
}

TEST_CASE("timex: quarters and halves", "[timex]")
{
    const QString text = u"Profit rose in the third quarter of 2023 and in the first half."_s;
    const auto all = extract(text, sunday);
    CHECK(find(text, all, u"the third quarter of 2023"_s).value == u"2023-Q3"_s);
    CHECK(find(text, all, u"the first half"_s).value == u"2024-H1"_s);
    const QString adj = u"The company reported fourth-quarter results."_s;
    CHECK(find(adj, extract(adj, QDate(2024, 1, 25)), u"fourth-quarter"_s).value == u"2023-Q4"_s);
}

TEST_CASE("timex: a year earlier refers to the period the text is about", "[timex]")
{
    const QString text = u"Net income in the second quarter rose 5% from a year earlier."_s;
    const auto all = extract(text, QDate(2024, 7, 30));
    CHECK(find(text, all, u"the second quarter"_s).value == u"2024-Q2"_s);
    CHECK(find(text, all, u"a year earlier"_s).value == u"2023-Q2"_s);
}

TEST_CASE("timex: seasons", "[timex]")
{
    const QString text = u"Fighting eased last winter and may resume this summer."_s;
    const auto all = extract(text, sunday);
    CHECK(find(text, all, u"last winter"_s).value == u"2023-WI"_s);
    CHECK(find(text, all, u"this summer"_s).value == u"2024-SU"_s);
}

TEST_CASE("timex: modifiers stay in the span and keep the value", "[timex]")
{
    const QString text = u"Inflation peaked earlier this month and will ease late next year or in mid-2026."_s;
    const auto all = extract(text, sunday);
    CHECK(find(text, all, u"earlier this month"_s).value == u"2024-03"_s);
    CHECK(find(text, all, u"late next year"_s).value == u"2025"_s);
    CHECK(find(text, all, u"mid-2026"_s).value == u"2026"_s);
}

TEST_CASE("timex: the weekend and holidays", "[timex]")
{
    const QString text = u"Crowds gathered over the weekend, as they did on Christmas."_s;
    const auto all = extract(text, QDate(2024, 3, 25)); // a Monday
    CHECK(find(text, all, u"the weekend"_s).value == u"2024-W12-WE"_s);
    CHECK(find(text, all, u"Christmas"_s).value == u"2023-12-25"_s);
}

TEST_CASE("timex: without a document date relative values keep placeholders", "[timex]")
{
    const QString text = u"The minister resigned Friday and will testify next week; the law dates from 1998."_s;
    const auto all = extract(text, QDate());
    const Timex f = find(text, all, u"Friday"_s);
    CHECK(f.value == u"XXXX-WXX-5"_s);
    CHECK(f.relative);
    CHECK_FALSE(f.resolved);
    CHECK(find(text, all, u"next week"_s).value == u"XXXX-WXX"_s);
    const Timex y = find(text, all, u"1998"_s);
    CHECK(y.value == u"1998"_s);
    CHECK(y.resolved);
}

TEST_CASE("timex: titles and month-like words are not times", "[timex]")
{
    const QString text = u"He spoke on \"This Week\" and watched \"60 Minutes\"; you may march on."_s;
    CHECK(extract(text, sunday).isEmpty());
}

TEST_CASE("timex: spans are UTF-16 offsets and survive non-ASCII text", "[timex]")
{
    const QString text = u"😀 Les négociations reprendront — the talks resume\u00a0next\u00a0week, ÉTATS-UNIS."_s;
    const auto all = extract(text, thursday);
    const Timex t = find(text, all, u"next\u00a0week"_s);
    CHECK(t.value == u"2024-W13"_s);
    CHECK(t.span.start == text.indexOf(u"next"_s));
}

TEST_CASE("timex: odd input neither crashes nor hangs", "[timex]")
{
    CHECK(extract(QString(), sunday).isEmpty());
    QString junk;
    for (int i = 0; i < 2000; ++i)
        junk += QChar(char16_t(i % 64)) + u"May\u202e2024 '\u2019s -- :30 p.m. \xd83d"_s;
    const auto all = extract(junk, sunday);
    for (const Timex &t : all) {
        CHECK(t.span.isValid());
        CHECK(t.span.end <= junk.size());
    }
    const QString longLine = QString(u"a"_s).repeated(200000) + u" Friday"_s;
    CHECK(extract(longLine, sunday).size() == 1);
}

TEST_CASE("timex: type names", "[timex]")
{
    CHECK(timexTypeName(TimexType::Date) == u"DATE"_s);
    CHECK(timexTypeName(TimexType::Time) == u"TIME"_s);
    CHECK(timexTypeName(TimexType::Duration) == u"DURATION"_s);
    CHECK(timexTypeName(TimexType::Set) == u"SET"_s);
}
