// SPDX-License-Identifier: MIT
#include "clisupport.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using factline::test::Scratch;

using factline::test::cli;
using factline::test::Run;

namespace {


QString seedPath()
{
    return QStringLiteral(FACTLINE_SAMPLE_TXT);
}


} // namespace

TEST_CASE("cli: import the seed article and list it back as JSON", "[cli]")
{
    Scratch dir;
    const QString project = dir.path(QStringLiteral("p.factline"));
    Run imp = cli({QStringLiteral("import"), seedPath(), QStringLiteral("--project"), project});
    INFO(imp.err.toStdString());
    REQUIRE(imp.status == 0);
    CHECK(imp.out.contains(QStringLiteral("added as document 1")));

    Run list = cli({QStringLiteral("list"), QStringLiteral("documents"), QStringLiteral("--project"), project,
                    QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(list.status == 0);
    const QJsonArray docs = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(docs.size() == 1);
    const QJsonObject d = docs.first().toObject();
    // The sidecar metadata beside the article supplies these.
    CHECK(d.value(QStringLiteral("title")).toString().startsWith(QStringLiteral("Key talks between the U.S. and Israel")));
    CHECK(d.value(QStringLiteral("outlet")).toString() == QStringLiteral("The Associated Press"));
    CHECK(d.value(QStringLiteral("author")).toString() == QStringLiteral("Josef Federman"));
    CHECK(d.value(QStringLiteral("published")).toString() == QStringLiteral("2024-03-24"));
    CHECK(d.value(QStringLiteral("length")).toInt() == 7765);

    Run again = cli({QStringLiteral("import"), seedPath(), QStringLiteral("--project"), project});
    CHECK(again.status == 0);
    CHECK(again.out.contains(QStringLiteral("already in the project")));
}

TEST_CASE("cli: import an HTML page with metadata given on the command line", "[cli]")
{
    Scratch dir;
    const QString page = dir.write(QStringLiteral("page.html"),
                                   "<html><head><title>Aid story</title></head><body><article>"
                                   "<p>Aid groups say deliveries are impeded.</p></article></body></html>");
    const QString project = dir.path(QStringLiteral("p.factline"));
    Run imp = cli({QStringLiteral("import"), page, QStringLiteral("--project"), project, QStringLiteral("--date"),
                   QStringLiteral("2024-03-22"), QStringLiteral("--outlet"), QStringLiteral("Wire")});
    REQUIRE(imp.status == 0);
    Run show = cli({QStringLiteral("show"), QStringLiteral("document"), QStringLiteral("1"), QStringLiteral("--project"),
                    project, QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(show.status == 0);
    const QJsonObject d = QJsonDocument::fromJson(show.out.toUtf8()).object();
    CHECK(d.value(QStringLiteral("title")).toString() == QStringLiteral("Aid story"));
    CHECK(d.value(QStringLiteral("outlet")).toString() == QStringLiteral("Wire"));
    CHECK(d.value(QStringLiteral("published")).toString() == QStringLiteral("2024-03-22"));
    CHECK(d.value(QStringLiteral("text")).toString() == QStringLiteral("Aid groups say deliveries are impeded."));
}

TEST_CASE("cli: bad input fails with a one-line reason and leaves the project as it was", "[cli][bad-input]")
{
    Scratch dir;
    const QString project = dir.path(QStringLiteral("p.factline"));
    REQUIRE(cli({QStringLiteral("import"), seedPath(), QStringLiteral("--project"), project}).status == 0);
    const QByteArray before = factline::test::fileHash(project);

    const QString png = dir.write(QStringLiteral("x.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    const QString empty = dir.write(QStringLiteral("e.txt"), QByteArray());
    const QString nohtml = dir.write(QStringLiteral("n.html"), "<html><body><script>x()</script></body></html>");
    for (const QString &bad : {png, empty, nohtml, dir.path(QStringLiteral("missing.txt"))}) {
        INFO(bad.toStdString());
        Run r = cli({QStringLiteral("import"), bad, QStringLiteral("--project"), project});
        CHECK(r.status != 0);
        CHECK(r.err.trimmed().count(QLatin1Char('\n')) == 0);
        CHECK(r.err.contains(QFileInfo(bad).fileName()));
    }
    CHECK(factline::test::fileHash(project) == before);

    Run notProject = cli({QStringLiteral("list"), QStringLiteral("documents"), QStringLiteral("--project"), png});
    CHECK(notProject.status != 0);
    CHECK(notProject.err.contains(QStringLiteral("not a Factline project")));

    Run noDate = cli({QStringLiteral("import"), seedPath(), QStringLiteral("--project"), project,
                      QStringLiteral("--date"), QStringLiteral("yesterday")});
    CHECK(noDate.status == 2);
    CHECK(noDate.err.contains(QStringLiteral("YYYY-MM-DD")));
}

TEST_CASE("cli: every command has --help, and an unknown command is a usage error", "[cli]")
{
    for (const char *command : {"import", "list", "show", "extract", "search", "sample"}) {
        Run r = cli({QString::fromLatin1(command), QStringLiteral("--help")});
        INFO(command);
        CHECK(r.status == 0);
        CHECK(r.out.startsWith(QStringLiteral("Usage: factline-cli ") + QString::fromLatin1(command)));
    }
    Run top = cli({QStringLiteral("--help")});
    CHECK(top.status == 0);
    CHECK(top.out.contains(QStringLiteral("extract")));
    Run unknown = cli({QStringLiteral("frobnicate")});
    CHECK(unknown.status == 2);
    CHECK(unknown.err.contains(QStringLiteral("unknown command")));
}

TEST_CASE("cli: extract speaks the factline.extract/1 contract", "[cli][extract]")
{
    Scratch dir;
    const QString a = dir.write(QStringLiteral("a.txt"), "\xEF\xBB\xBF" "Short text \xF0\x9F\x98\x80 here.");
    Run r = cli({QStringLiteral("extract"), QStringLiteral("--date"), QStringLiteral("2024-03-24"),
                 QStringLiteral("--format"), QStringLiteral("json"), a});
    REQUIRE(r.status == 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    CHECK(o.value(QStringLiteral("schema")).toString() == QStringLiteral("factline.extract/1"));
    CHECK(o.value(QStringLiteral("document")).toObject().value(QStringLiteral("length")).toInt() == 18); // 19 UTF-16 units
    CHECK(o.value(QStringLiteral("document")).toObject().value(QStringLiteral("date")).toString()
          == QStringLiteral("2024-03-24"));
    for (const char *key : {"attributions", "timexes", "events", "disputes"})
        CHECK(o.value(QString::fromLatin1(key)).isArray());

    const QString b = dir.write(QStringLiteral("b.txt"), "More text.");
    Run many = cli({QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("jsonl"), a, b});
    REQUIRE(many.status == 0);
    const QStringList lines = many.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(QJsonDocument::fromJson(lines[1].toUtf8()).object().value(QStringLiteral("file")).toString() == b);
}

TEST_CASE("cli: extract over many files keeps their order on several threads", "[cli][extract]")
{
    Scratch dir;
    QStringList files;
    for (int i = 0; i < 40; ++i) {
        // Texts of different lengths, so that threads finish them out of order.
        QByteArray text = "Officials said " + QByteArray::number(i) + " people were hurt on Friday.";
        for (int k = 0; k < (i * 7) % 23; ++k)
            text += " The mayor told reporters that the bridge would reopen next week.";
        files.append(dir.write(QStringLiteral("f%1.txt").arg(i), text));
    }
    files.insert(17, dir.path(QStringLiteral("missing.txt")));
    auto run = [&](const QString &jobs) {
        return cli(QStringList{QStringLiteral("extract"), QStringLiteral("--format"), QStringLiteral("jsonl"),
                               QStringLiteral("--date"), QStringLiteral("2024-03-24"), QStringLiteral("--jobs"), jobs}
                   + files);
    };
    const Run one = run(QStringLiteral("1"));
    const Run three = run(QStringLiteral("3"));
    // A file that cannot be read is reported and skipped; the others still come out.
    CHECK(three.status == 1);
    CHECK(three.err.contains(QStringLiteral("missing.txt")));
    const QStringList lines = three.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 40);
    QStringList named;
    for (const QString &line : lines)
        named.append(QJsonDocument::fromJson(line.toUtf8()).object().value(QStringLiteral("file")).toString());
    QStringList expected = files;
    expected.removeAt(17);
    CHECK(named == expected);
    // Threads change nothing but the time taken.
    CHECK(three.out == one.out);
    CHECK(cli({QStringLiteral("extract"), QStringLiteral("--jobs"), QStringLiteral("none"), files.first()}).status == 2);
}

TEST_CASE("cli: sample builds the sample project", "[cli]")
{
    Scratch dir;
    const QString project = dir.path(QStringLiteral("s.factline"));
    REQUIRE(cli({QStringLiteral("sample"), QStringLiteral("--project"), project}).status == 0);
    Run list = cli({QStringLiteral("list"), QStringLiteral("documents"), QStringLiteral("--project"), project,
                    QStringLiteral("--format"), QStringLiteral("csv")});
    REQUIRE(list.status == 0);
    CHECK(list.out.startsWith(QStringLiteral("id,published,outlet,title,length,claims,events\r\n")));
    CHECK(list.out.contains(QStringLiteral(",2024-03-24,The Associated Press,")));
    CHECK(list.out.contains(QStringLiteral(",7765,")));
}
