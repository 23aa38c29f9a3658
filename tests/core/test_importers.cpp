// SPDX-License-Identifier: MIT
#include "import/articlereader.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace factline;
using namespace factline::import;
using factline::test::Scratch;

TEST_CASE("HTML: the article's text and metadata, without scripts, styles, menus or comments", "[import][html]")
{
    Scratch dir;
    const QString page = dir.write(QStringLiteral("story.html"), R"(<!DOCTYPE html>
<html lang="en-US"><head>
<title>Fallback title | Example News</title>
<meta property="og:title" content="Talks on Rafah planned">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2024-03-22T14:05:00Z">
<meta name="author" content="Jane Roe">
<link rel="canonical" href="https://news.example/rafah-talks">
<style>body { color: red }</style>
<script>var tracking = "do not import me";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Talks on Rafah planned</h1>
<p>Officials said the talks would take place <b>this week</b>.</p>
<!-- an editor's comment -->
<p>Aid groups say&nbsp;deliveries are impeded.</p>
<script>alert("no")</script>
</article>
<footer>Copyright Example News</footer>
</body></html>)");
    auto r = readArticleFile(page);
    REQUIRE(r.ok());
    const DocumentRecord &d = r->document;
    CHECK(d.format == QStringLiteral("html"));
    CHECK(d.meta.title == QStringLiteral("Talks on Rafah planned"));
    CHECK(d.meta.outlet == QStringLiteral("Example News"));
    CHECK(d.meta.author == QStringLiteral("Jane Roe"));
    CHECK(d.meta.published == QDate(2024, 3, 22));
    CHECK(d.meta.url == QStringLiteral("https://news.example/rafah-talks"));
    CHECK(d.meta.language == QStringLiteral("en"));
    CHECK(d.text == QStringLiteral("Talks on Rafah planned\n\nOfficials said the talks would take place this week.\n\n"
                                   "Aid groups say\u00a0deliveries are impeded."));
}

TEST_CASE("HTML: a page with no article text is refused with a message", "[import][html][bad-input]")
{
    Scratch dir;
    const QString page = dir.write(QStringLiteral("empty.html"),
                                   "<html><head><title>x</title><script>var a=1;</script></head>"
                                   "<body><nav><a href='/'>Home</a></nav></body></html>");
    auto r = readArticleFile(page);
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorMessage().contains(QStringLiteral("no article text")));
}

TEST_CASE("Markdown: front matter gives metadata — markup and link targets go", "[import][markdown]")
{
    Scratch dir;
    const QString md = dir.write(QStringLiteral("note.md"), "---\ntitle: \"Aid talks\"\nauthor: Sam Poe\n"
                                                            "date: 2024-03-20\noutlet: Wire\n---\n"
                                                            "# Aid talks\n\nThe **minister** said [aid](https://x.example) "
                                                            "would flow.\n\n![a photo](p.png)\n\n- one point\n");
    auto r = readArticleFile(md);
    REQUIRE(r.ok());
    CHECK(r->document.meta.title == QStringLiteral("Aid talks"));
    CHECK(r->document.meta.author == QStringLiteral("Sam Poe"));
    CHECK(r->document.meta.published == QDate(2024, 3, 20));
    CHECK(r->document.text == QStringLiteral("Aid talks\n\nThe minister said aid would flow.\n\none point"));
}

TEST_CASE("plain text: first line is the title — a sidecar JSON gives metadata — given fields win", "[import]")
{
    Scratch dir;
    const QString txt = dir.write(QStringLiteral("a.txt"), "Headline here\r\n\r\nBody text.\r\n");
    dir.write(QStringLiteral("a.json"), R"({"outlet": "The Wire", "published": "2024-03-24", "author": "A. B."})");
    DocumentMeta given;
    given.author = QStringLiteral("Someone Else");
    auto r = readArticleFile(txt, given);
    REQUIRE(r.ok());
    CHECK(r->document.text == QStringLiteral("Headline here\n\nBody text.\n"));
    CHECK(r->document.meta.title == QStringLiteral("Headline here"));
    CHECK(r->document.meta.outlet == QStringLiteral("The Wire"));
    CHECK(r->document.meta.published == QDate(2024, 3, 24));
    CHECK(r->document.meta.author == QStringLiteral("Someone Else"));
}

TEST_CASE("plain text without a date gets no date", "[import]")
{
    Scratch dir;
    auto r = readArticleFile(dir.write(QStringLiteral("b.txt"), "Just words.\n"));
    REQUIRE(r.ok());
    CHECK_FALSE(r->document.meta.published.isValid());
}

TEST_CASE("bad files: missing, empty, folder, oversized — each named in the message", "[import][bad-input]")
{
    Scratch dir;
    auto missing = readArticleFile(dir.path(QStringLiteral("nope.txt")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.errorMessage().contains(QStringLiteral("nope.txt")));
    CHECK(missing.errorMessage().contains(QStringLiteral("does not exist")));

    auto empty = readArticleFile(dir.write(QStringLiteral("empty.txt"), QByteArray()));
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.errorMessage().contains(QStringLiteral("empty")));

    auto blank = readArticleFile(dir.write(QStringLiteral("blank.txt"), "  \n\n \n"));
    REQUIRE_FALSE(blank.ok());

    // A 300 MB file: made sparse, so the test writes nothing to disk; refused by size
    // before any of it is read.
    QFile huge(dir.path(QStringLiteral("huge.txt")));
    REQUIRE(huge.open(QIODevice::WriteOnly));
    REQUIRE(huge.resize(300ll * 1024 * 1024));
    huge.close();
    auto big = readArticleFile(huge.fileName());
    REQUIRE_FALSE(big.ok());
    CHECK(big.errorMessage().contains(QStringLiteral("300 MB")));
    CHECK(big.errorMessage().contains(QStringLiteral("64 MB")));
}
