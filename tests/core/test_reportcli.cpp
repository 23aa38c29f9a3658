// SPDX-License-Identifier: MIT
#include "clisupport.h"
#include "reportsupport.h"
#include "store/annotations.h"
#include "store/project.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace factline;
using namespace Qt::StringLiterals;
using factline::test::Scratch;

using factline::test::cli;
using factline::test::Run;

namespace {


QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// An article written to attack whoever opens its report: scripts, event handlers,
// javascript: links and a tag that would close the report's style sheet. If any of it
// ran, it would put the word "owned" (built from two halves, so that the text itself
// never contains it) into the page's title and body.
const char *const HostileArticle =
    "Officials say <script>document.title='own'+'ed';document.body.setAttribute('data-x','own'+'ed')</script> "
    "everything is fine.\n\n"
    "The ministry said <img src=x onerror=\"document.title='own'+'ed'\"> that the count was 12.\n\n"
    "Critics said </style><script>document.title='own'+'ed'</script> the <a href=\"javascript:document.title="
    "'own'+'ed'\">figures</a> were wrong.\n";

} // namespace

TEST_CASE("report cli: every format is written for the small project, and the JSON ones parse", "[report][cli]")
{
    test::SmallReport r;
    const QString project = r.s.project->path();
    for (const QString &format : {u"html"_s, u"md"_s, u"json"_s, u"csv"_s, u"claimreview"_s, u"timelinejs"_s,
                                  u"webannotation"_s, u"pdf"_s}) {
        const QString out = r.dir.path(u"out."_s + format);
        const Run run = cli({u"report"_s, u"--project"_s, project, u"--format"_s, format, u"--output"_s, out});
        INFO(format.toStdString() << ": " << run.err.toStdString());
        REQUIRE(run.status == 0);
        const QByteArray bytes = readFile(out);
        CHECK(bytes.size() > 200);
        if (format == u"json"_s || format == u"claimreview"_s || format == u"timelinejs"_s
            || format == u"webannotation"_s)
            test::parseJson(bytes);
        if (format == u"pdf"_s)
            CHECK(bytes.startsWith("%PDF-"));
    }
    const Run scoped = cli({u"report"_s, u"--project"_s, project, u"--format"_s, u"csv"_s, u"--table"_s, u"events"_s,
                            u"--scope"_s, u"document=%1"_s.arg(r.s.daily), u"--output"_s, r.dir.path(u"e.csv"_s)});
    REQUIRE(scoped.status == 0);
    CHECK(readFile(r.dir.path(u"e.csv"_s)).count("\r\n") == 2); // the header and the Daily's one event
}

TEST_CASE("report cli: clear errors for a missing or newer project, a bad scope and an unwritable output", "[report][cli]")
{
    test::SmallReport r;
    const QString project = r.s.project->path();
    Run run = cli({u"report"_s, u"--project"_s, r.dir.path(u"none.factline"_s), u"--format"_s, u"html"_s,
                   u"--output"_s, r.dir.path(u"x.html"_s)});
    CHECK(run.status == 1);
    CHECK(run.err.contains(u"There is no project file at"_s));

    run = cli({u"report"_s, u"--project"_s, project, u"--format"_s, u"docx"_s, u"--output"_s, r.dir.path(u"x"_s)});
    CHECK(run.status == 2);
    CHECK(run.err.contains(u"unknown format 'docx'"_s));

    run = cli({u"report"_s, u"--project"_s, project, u"--scope"_s, u"colour=red"_s, u"--output"_s, r.dir.path(u"x"_s)});
    CHECK(run.status == 1);
    CHECK(run.err.contains(u"not understood"_s));

    run = cli({u"report"_s, u"--project"_s, project, u"--format"_s, u"html"_s, u"--output"_s,
               r.dir.path(u"no/such/folder/x.html"_s)});
    CHECK(run.status == 1);
    CHECK(run.err.contains(u"does not exist"_s));
    run = cli({u"report"_s, u"--project"_s, project, u"--format"_s, u"html"_s, u"--output"_s, r.dir.path(QString())});
    CHECK(run.status == 1);
    CHECK(run.err.contains(u"is a folder"_s));

    // An output that exists is replaced whole or not at all: a failed run leaves it.
    const QString kept = r.dir.write(u"kept.html"_s, "old");
    run = cli({u"report"_s, u"--project"_s, project, u"--scope"_s, u"verdict=nonsense"_s, u"--output"_s, kept});
    CHECK(run.status == 1);
    CHECK(readFile(kept) == "old");

    // Another program writing to the project does not stop a report (WAL: readers go on).
    {
        QSqlQuery q(r.s.project->database());
        REQUIRE(q.exec(u"BEGIN IMMEDIATE"_s));
        REQUIRE(q.exec(u"UPDATE claims SET kind = kind"_s));
        run = cli({u"report"_s, u"--project"_s, project, u"--format"_s, u"md"_s, u"--output"_s, r.dir.path(u"l.md"_s)});
        CHECK(run.status == 0);
        REQUIRE(q.exec(u"ROLLBACK"_s));
    }

    QSqlQuery q(r.s.project->database());
    REQUIRE(q.exec(u"UPDATE meta SET value = '99' WHERE key = 'schema_version'"_s));
    run = cli({u"report"_s, u"--project"_s, project, u"--format"_s, u"html"_s, u"--output"_s, r.dir.path(u"x.html"_s)});
    CHECK(run.status == 1);
    CHECK(run.err.contains(u"newer version of Factline"_s));
}

TEST_CASE("report cli: import-json makes a new project that exports the same JSON", "[report][cli][json]")
{
    test::SmallReport r;
    const QString json = r.dir.path(u"p.json"_s);
    REQUIRE(cli({u"report"_s, u"--project"_s, r.s.project->path(), u"--format"_s, u"json"_s, u"--output"_s, json})
                .status
            == 0);
    const QString copy = r.dir.path(u"copy.factline"_s);
    Run run = cli({u"import-json"_s, u"--project"_s, copy, json});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    const QString again = r.dir.path(u"again.json"_s);
    REQUIRE(cli({u"report"_s, u"--project"_s, copy, u"--format"_s, u"json"_s, u"--output"_s, again}).status == 0);
    QJsonObject a = test::parseJson(readFile(json)).object();
    QJsonObject b = test::parseJson(readFile(again)).object();
    a.remove(u"exported_at"_s);
    b.remove(u"exported_at"_s);
    CHECK(a == b);

    run = cli({u"import-json"_s, u"--project"_s, copy, json}); // not empty any more
    CHECK(run.status == 1);
    CHECK(run.err.contains(u"new, empty project"_s));
}

TEST_CASE("report cli: a hostile article's HTML report runs no script in headless Chromium", "[report][html][chromium]")
{
    Scratch dir;
    const QString article = dir.write(u"hostile.txt"_s, HostileArticle);
    dir.write(u"hostile.json"_s,
              R"({"title": "</title><script>document.title='own'+'ed'</script>", "outlet": "</style><b>Outlet</b>",
                  "url": "javascript:document.title='own'+'ed'", "published": "2024-03-22"})");
    const QString project = dir.path(u"h.factline"_s);
    Run run = cli({u"import"_s, article, u"--project"_s, project});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    {
        auto p = Project::open(project);
        REQUIRE(p.ok());
        auto claims = (*p)->claims();
        REQUIRE(claims.ok());
        REQUIRE_FALSE(claims->isEmpty());
        for (const ClaimRecord &c : *claims) {
            REQUIRE(store::setVerdict(**p, c.id, Verdict::False, u"<script>x</script>"_s).ok());
            REQUIRE(store::setNote(**p, c.id, u"[see](javascript:document.title='own'+'ed') <img src=x onerror=alert(1)>"_s).ok());
            REQUIRE(store::setEvidence(**p, c.id, {{u"javascript:document.title='own'+'ed'"_s, u"<i>evil</i>"_s}}).ok());
            REQUIRE(store::addTag(**p, c.id, u"</style><script>alert(1)</script>"_s).ok());
        }
    }
    const QString html = dir.path(u"hostile.html"_s);
    run = cli({u"report"_s, u"--project"_s, project, u"--format"_s, u"html"_s, u"--output"_s, html});
    REQUIRE(run.status == 0);
    const QString source = QString::fromUtf8(readFile(html));
    CHECK_FALSE(source.contains(u"<script"_s, Qt::CaseInsensitive));
    CHECK_FALSE(source.contains(u"href=\"javascript"_s, Qt::CaseInsensitive));
    CHECK_FALSE(source.contains(u"<img"_s, Qt::CaseInsensitive));
    CHECK(source.contains(u"&lt;script&gt;"_s));

    const QString chromium = QStandardPaths::findExecutable(u"chromium"_s);
    if (chromium.isEmpty()) {
        WARN("chromium is not installed (Debian package 'chromium'): the report was checked as text only");
        return;
    }
    QProcess browser;
    browser.start(chromium, {u"--headless"_s, u"--disable-gpu"_s, u"--no-sandbox"_s, u"--no-first-run"_s,
                             u"--user-data-dir="_s + dir.path(u"chromium-profile"_s), u"--dump-dom"_s,
                             u"file://"_s + html});
    REQUIRE(browser.waitForFinished(90000));
    const QString dom = QString::fromUtf8(browser.readAllStandardOutput());
    INFO(browser.readAllStandardError().right(2000).toStdString());
    REQUIRE(dom.contains(u"<h2 id=\"claims\">"_s)); // the page did load
    CHECK_FALSE(dom.contains(u"owned"_s));          // no script ran: the title and body are untouched
    const qsizetype attribute = dom.indexOf(u"data-x=\""_s);
    INFO("around data-x: " << dom.mid(std::max<qsizetype>(0, attribute - 200), 400).toStdString());
    CHECK(attribute < 0);  // …and no attribute was set
    CHECK(dom.contains(u"&lt;script&gt;document.title='own'+'ed'"_s)); // the words are there, as text
    CHECK(dom.contains(u"&lt;/style&gt;"_s));
}
