// SPDX-License-Identifier: MIT
#include "report/claimreview.h"
#include "report/csvexport.h"
#include "report/html.h"
#include "report/markdown.h"
#include "report/notetext.h"
#include "report/timelinejs.h"
#include "report/webannotation.h"
#include "reportsupport.h"

#include <catch2/catch.hpp>

#include <QJsonArray>
#include <QJsonObject>

using namespace factline;
using namespace factline::report;
using namespace Qt::StringLiterals;
using factline::test::parseJson;
using factline::test::SmallReport;

TEST_CASE("report: the content gathers claims with their quote in context, sources and counts", "[report]")
{
    SmallReport r;
    REQUIRE(r.data.claims.size() == 5);
    const ReportClaim *toll = r.data.claim(r.s.tollClaim);
    REQUIRE(toll);
    CHECK(toll->quote.exact == u"32,070 people have been killed in Gaza"_s);
    CHECK(toll->quote.before == u"Health officials say"_s);
    CHECK(toll->quote.after == u"."_s);
    CHECK(toll->annotation.verdict == Verdict::True);
    CHECK(toll->evidence.size() == 2);
    CHECK(r.data.verdictCounts.value(Verdict::NotChecked) == 1);
    CHECK(r.data.verdictCounts.value(Verdict::False) == 1);
    REQUIRE(r.data.sources.size() == 3);
    CHECK(r.data.sources[0].name == u"Health officials"_s); // two claims, most first
    CHECK(r.data.sources[0].verdicts.value(Verdict::True) == 1);
    CHECK(r.data.events.size() == 3);
    CHECK(r.data.events.first().event.title == u"Israel announces talks"_s); // by date
    CHECK(r.data.disputes.size() == 1);
}

TEST_CASE("report: a scope narrows claims, events and disputes", "[report]")
{
    SmallReport all;
    auto scope = parseScope({u"verdict=false,true"_s, u"source=health officials"_s}, all.snapshot);
    REQUIRE(scope.ok());
    SmallReport r(*scope);
    CHECK(r.data.claims.size() == 2);
    CHECK(r.data.scopeText.toStdString() == "sources Health officials; verdicts False, True");

    scope = parseScope({u"document=%1"_s.arg(all.s.daily)}, all.snapshot);
    REQUIRE(scope.ok());
    SmallReport daily(*scope);
    CHECK(daily.data.claims.size() == 1);
    CHECK(daily.data.events.size() == 1);
    CHECK(daily.data.documents.size() == 1);

    scope = parseScope({u"from=2024-03-23"_s, u"tag=Casualties"_s}, all.snapshot);
    REQUIRE(scope.ok());
    SmallReport late(*scope);
    REQUIRE(late.data.claims.size() == 1);
    CHECK(late.data.claims.first().claim.id == all.s.dailyTollClaim);

    auto bad = parseScope({u"colour=red"_s}, all.snapshot);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.errorMessage().contains(u"“colour=red” is not understood"_s));
    CHECK_FALSE(parseScope({u"verdict=pants-on-fire"_s}, all.snapshot).ok());
    CHECK_FALSE(parseScope({u"source=Nobody"_s}, all.snapshot).ok());
    CHECK_FALSE(parseScope({u"from=March"_s}, all.snapshot).ok());
}

TEST_CASE("report: notes render paragraphs, links and emphasis, and nothing else", "[report]")
{
    CHECK(noteToHtml(u"One *two*.\n\nSee [the table](https://a.example/t?x=1&y=2)."_s)
          == u"<p>One <em>two</em>.</p><p>See <a href=\"https://a.example/t?x=1&amp;y=2\">the table</a>.</p>"_s);
    CHECK(noteToHtml(u"[click](javascript:alert(1))"_s).indexOf(u"href"_s) < 0);
    CHECK(noteToHtml(u"<img src=x onerror=alert(1)>"_s) == u"<p>&lt;img src=x onerror=alert(1)&gt;</p>"_s);
    CHECK(safeUrl(u" JavaScript:alert(1)"_s).isEmpty());
    CHECK(safeUrl(u"data:text/html,<script>"_s).isEmpty());
    CHECK(safeUrl(u"https://ok.example/a b"_s).isEmpty()); // not a valid address as written
    CHECK(noteToPlain(u"See [this](https://a.example).\n\n**Done**"_s) == u"See this (https://a.example).\n\nDone"_s);
    CHECK(escapeMarkdown(u"*not* <b>bold</b> | [x](y)"_s) == u"\\*not\\* \\<b\\>bold\\</b\\> \\| \\[x\\](y)"_s);
}

TEST_CASE("report: the HTML is self-contained, escaped and has every section", "[report][html]")
{
    SmallReport r;
    const QString html = htmlReport(r.data);
    CHECK(html.startsWith(u"<!DOCTYPE html>"_s));
    CHECK(html.contains(u"Content-Security-Policy"_s));
    CHECK_FALSE(html.contains(u"<script"_s));
    CHECK_FALSE(html.contains(u"<link"_s));
    CHECK_FALSE(html.contains(u"src=\"http"_s));
    for (const QString &id : {u"summary"_s, u"timeline"_s, u"disputes"_s, u"claims"_s, u"sources"_s, u"documents"_s,
                              u"method"_s})
        CHECK(html.contains(u"<h2 id=\"%1\">"_s.arg(id)));
    CHECK(html.contains(u"<svg xmlns=\"http://www.w3.org/2000/svg\""_s));
    CHECK(html.contains(u"<mark>32,070 people have been killed in Gaza</mark>"_s));
    CHECK(html.contains(u"<a href=\"https://moh.example/report\">Ministry daily report</a>"_s));
    CHECK(html.contains(u"<th>Health officials</th><th>Israel</th>"_s)); // positions side by side
    CHECK(html.contains(u"Made on 2 Apr 2024 at 08:30 UTC with Factline 0.1.0"_s));
    CHECK(html.contains(u"Talks on Rafah: relative dates resolved against its publication date, 22 Mar 2024"_s));
    CHECK(html.contains(u"Date is the week after the article."_s)); // the event note

    SECTION("sections can be left out")
    {
        r.data.sections = Section::Claims | Section::Method;
        const QString some = htmlReport(r.data);
        CHECK_FALSE(some.contains(u"<h2 id=\"summary\">"_s));
        CHECK_FALSE(some.contains(u"<svg"_s));
        CHECK(some.contains(u"<h2 id=\"claims\">"_s));
    }
}

TEST_CASE("report: the Markdown report matches its golden file", "[report][golden]")
{
    SmallReport r;
    test::checkGolden(u"small/report.md"_s, markdownReport(r.data).toUtf8());
}

TEST_CASE("report: the CSV tables match their golden files, with BOM, CRLF and neutralised formulas", "[report][golden]")
{
    SmallReport r;
    const QByteArray claims = csvTable(r.data, CsvTable::Claims);
    CHECK(claims.startsWith("\xEF\xBB\xBFid,document,"));
    CHECK(claims.contains("\r\n"));
    test::checkGolden(u"small/claims.csv"_s, claims);
    test::checkGolden(u"small/events.csv"_s, csvTable(r.data, CsvTable::Events));
    test::checkGolden(u"small/actors.csv"_s, csvTable(r.data, CsvTable::Actors));

    REQUIRE(store::setNote(*r.s.project, r.s.plainClaim, u"=HYPERLINK(\"http://evil\")"_s).ok());
    SmallReport again;
    REQUIRE(store::setNote(*again.s.project, again.s.plainClaim, u"@SUM(A1)"_s).ok());
    auto data = gather(*again.s.project, {});
    REQUIRE(data.ok());
    const QByteArray hostile = csvTable(*data, CsvTable::Claims);
    CHECK(hostile.contains(",'@SUM(A1),"));
}

TEST_CASE("report: ClaimReview JSON-LD has a review per judged claim with the rating scale", "[report][json]")
{
    SmallReport r;
    const QJsonArray reviews = parseJson(claimReviewJson(r.data)).array();
    REQUIRE(reviews.size() == 4); // the unjudged claim is left out
    for (const QJsonValue &v : reviews) {
        const QJsonObject o = v.toObject();
        CHECK(o[u"@context"_s] == u"https://schema.org"_s);
        CHECK(o[u"@type"_s] == u"ClaimReview"_s);
        CHECK_FALSE(o[u"claimReviewed"_s].toString().isEmpty());
        const QJsonObject item = o[u"itemReviewed"_s].toObject();
        CHECK(item[u"@type"_s] == u"Claim"_s);
        CHECK_FALSE(item[u"author"_s][u"name"_s].toString().isEmpty());
        CHECK(item[u"appearance"_s][u"url"_s].toString().startsWith(u"https://"_s));
        CHECK(item[u"datePublished"_s].toString().startsWith(u"2024-03-2"_s));
        const QJsonObject rating = o[u"reviewRating"_s].toObject();
        CHECK(rating[u"@type"_s] == u"Rating"_s);
        CHECK(rating[u"bestRating"_s] == 5);
        CHECK(rating[u"worstRating"_s] == 1);
        CHECK_FALSE(rating[u"alternateName"_s].toString().isEmpty());
    }
    const QJsonObject toll = reviews[0].toObject();
    CHECK(toll[u"claimReviewed"_s] == u"32,070 people have been killed in Gaza"_s);
    CHECK(toll[u"itemReviewed"_s][u"author"_s][u"name"_s] == u"Health officials"_s);
    CHECK(toll[u"reviewRating"_s][u"ratingValue"_s] == 5);
    CHECK(toll[u"reviewRating"_s][u"alternateName"_s] == u"True"_s);
    CHECK(toll[u"author"_s][u"name"_s] == u"Checker"_s);
    CHECK(toll[u"citation"_s].toArray().size() == 2);
    const QJsonObject disputed = reviews[1].toObject();
    CHECK(disputed[u"reviewRating"_s][u"alternateName"_s] == u"Disputed"_s);
    CHECK(disputed[u"reviewRating"_s].toObject().value(u"ratingValue"_s).isUndefined());
}

TEST_CASE("report: TimelineJS JSON has a slide per event with dates, headline, text and group", "[report][json]")
{
    SmallReport r;
    const QJsonObject root = parseJson(timelineJsJson(r.data)).object();
    CHECK(root[u"title"_s][u"text"_s][u"headline"_s] == u"Gaza casualty figures"_s);
    const QJsonArray events = root[u"events"_s].toArray();
    REQUIRE(events.size() == 3);
    for (const QJsonValue &v : events) {
        CHECK(v[u"start_date"_s][u"year"_s] == u"2024"_s);
        CHECK(v[u"start_date"_s][u"month"_s] == u"3"_s);
        CHECK_FALSE(v[u"text"_s][u"headline"_s].toString().isEmpty());
        CHECK_FALSE(v[u"group"_s].toString().isEmpty());
    }
    const QJsonObject week = events[2].toObject(); // talks, the week of 25 March
    CHECK(week[u"text"_s][u"headline"_s] == u"Talks on Rafah in Washington"_s);
    CHECK(week[u"start_date"_s][u"day"_s] == u"25"_s);
    CHECK(week[u"end_date"_s][u"day"_s] == u"31"_s);
    CHECK(week[u"group"_s] == u"Israel"_s);
    CHECK(week[u"text"_s][u"text"_s].toString().contains(u"<p>Date is the week after the article.</p>"_s));
    CHECK(events[0].toObject().value(u"end_date"_s).isUndefined()); // a single day
}

TEST_CASE("report: Web Annotation targets quote the words and give code-point positions", "[report][json]")
{
    SmallReport r;
    const QJsonObject root = parseJson(webAnnotationJson(r.data)).object();
    CHECK(root[u"@context"_s] == u"http://www.w3.org/ns/anno.jsonld"_s);
    CHECK(root[u"type"_s] == u"AnnotationCollection"_s);
    CHECK(root[u"total"_s] == 4);
    const QJsonArray items = root[u"first"_s][u"items"_s].toArray();
    REQUIRE(items.size() == 4);
    for (const QJsonValue &v : items) {
        CHECK(v[u"type"_s] == u"Annotation"_s);
        CHECK(v[u"motivation"_s] == u"assessing"_s);
        CHECK_FALSE(v[u"body"_s].toArray().isEmpty());
        CHECK(v[u"created"_s] == u"2024-03-25T10:00:00Z"_s);
        const QJsonArray selectors = v[u"target"_s][0][u"selector"_s].toArray();
        REQUIRE(selectors.size() == 2);
        CHECK(selectors[0][u"type"_s] == u"TextQuoteSelector"_s);
        CHECK(selectors[1][u"type"_s] == u"TextPositionSelector"_s);
    }
    // The Daily's text starts with an emoji: one code point, two UTF-16 units.
    const QJsonObject daily = items[3].toObject();
    const QJsonObject target = daily[u"target"_s][0].toObject();
    CHECK(target[u"source"_s] == u"https://daily.example/toll"_s);
    const QJsonObject quote = target[u"selector"_s][0].toObject();
    const QJsonObject position = target[u"selector"_s][1].toObject();
    CHECK(quote[u"exact"_s] == u"32,226 people had died"_s);
    CHECK(quote[u"suffix"_s] == u"."_s);
    CHECK(quote[u"prefix"_s] == u"Health officials said on Sunday that "_s.right(32));
    const QString dailyText = u"😀 Toll rises\n\nHealth officials said on Sunday that 32,226 people had died."_s;
    const qsizetype utf16 = dailyText.indexOf(u"32,226"_s);
    CHECK(position[u"start"_s].toInteger() == utf16 - 1);
    CHECK(position[u"end"_s].toInteger() == utf16 - 1 + 22);
    QStringList purposes;
    for (const QJsonValue &b : items[0][u"body"_s].toArray())
        purposes << b[u"purpose"_s].toString();
    CHECK(purposes == QStringList{u"assessing"_s, u"commenting"_s, u"tagging"_s, u"linking"_s, u"linking"_s});
}
