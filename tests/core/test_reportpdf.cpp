// SPDX-License-Identifier: MIT
// The PDF report as a reader sees it: written by factline-cli (a PDF needs Qt Gui) and
// read back with pdftotext (poppler-utils). Where pdftotext is not installed the tests
// say so and check only what the bytes show.
#include "clisupport.h"
#include "import/importer.h"
#include "report/pdf_join.h"
#include "store/annotations.h"
#include "store/project.h"
#include "testsupport.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace factline;
using namespace Qt::StringLiterals;

namespace {

// The sample article imported `copies` times (each copy with its own first line), every
// claim judged in turn with each verdict, so that the source table has all of them.
QString buildProject(const test::Scratch &dir, int copies)
{
    const QString path = dir.path(u"pdf.factline"_s);
    auto project = Project::open(path);
    REQUIRE(project.ok());
    for (int i = 0; i < copies; ++i) {
        DocumentMeta meta;
        meta.title = u"Talks over Rafah, copy %1"_s.arg(i + 1);
        meta.outlet = u"Outlet %1"_s.arg(i);
        meta.published = QDate(2024, 3, 20 + i);
        auto read = import::readArticleText(u"Copy %1\n\n"_s.arg(i + 1) + test::sampleText(), u"text"_s, meta);
        REQUIRE(read.ok());
        REQUIRE(import::addArticle(**project, std::move(*read)).ok());
    }
    auto claims = (*project)->claims();
    REQUIRE(claims.ok());
    const QList<Verdict> verdicts = allVerdicts();
    for (qsizetype i = 0; i < claims->size(); ++i) {
        const qint64 id = claims->at(i).id;
        REQUIRE(store::setVerdict(**project, id, verdicts[i % verdicts.size()], u"Tester"_s).ok());
        if (i % 3 == 0)
            REQUIRE(store::setNote(**project, id, u"Compared with **the ministry's** table."_s, u"Tester"_s).ok());
    }
    REQUIRE(store::setEvidence(**project, claims->front().id, {{u"https://moh.example/report"_s, u"Daily report"_s}})
                .ok());
    // And one near the end, on a page the second drawing thread draws.
    REQUIRE(store::setEvidence(**project, claims->back().id, {{u"https://un.example/briefing"_s, u"Briefing"_s}})
                .ok());
    return path;
}

struct Pdf {
    QByteArray bytes;
    QStringList pages; // the text of each page, as pdftotext reads it; empty without pdftotext
};

Pdf writePdf(const test::Scratch &dir, const QString &project)
{
    const QString out = dir.path(u"report.pdf"_s);
    const test::Run run = test::cli({u"report"_s, u"--project"_s, project, u"--format"_s, u"pdf"_s, u"--title"_s,
                                     u"Rafah check"_s, u"--output"_s, out});
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    Pdf pdf;
    QFile f(out);
    REQUIRE(f.open(QIODevice::ReadOnly));
    pdf.bytes = f.readAll();
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        return pdf;
    QProcess p;
    p.start(pdftotext, {out, u"-"_s});
    REQUIRE(p.waitForFinished(60000));
    // Ligatures ("ﬁ") read back as the letters they are.
    const QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    pdf.pages = text.split(u'\f');
    if (!pdf.pages.isEmpty() && pdf.pages.back().trimmed().isEmpty())
        pdf.pages.removeLast();
    return pdf;
}

QString flat(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return QString(text).replace(space, u" "_s).trimmed();
}

// The page's lines of text between its header and its footer.
QStringList bodyLines(const QString &page)
{
    QStringList lines;
    for (const QString &line : page.split(u'\n')) {
        const QString l = line.trimmed();
        if (!l.isEmpty() && l != u"Rafah check"_s && !l.startsWith(u"Page "_s))
            lines << l;
    }
    if (!lines.isEmpty())
        lines.removeFirst(); // the date in the header
    return lines;
}

} // namespace

TEST_CASE("report pdf: a long report has the title and page n of m on every page and loses no claim", "[report][pdf]")
{
    test::Scratch dir;
    const QString project = buildProject(dir, 4);
    const Pdf pdf = writePdf(dir, project);
    CHECK(pdf.bytes.startsWith("%PDF-"));
    CHECK(pdf.bytes.contains("/URI (https://moh.example/report)")); // the evidence is a link
    CHECK(pdf.bytes.contains("/URI (https://un.example/briefing)")); // also in the second half
    if (pdf.pages.isEmpty()) {
        WARN("pdftotext is not installed: the PDF's text is not checked");
        return;
    }
    const qsizetype pages = pdf.pages.size();
    REQUIRE(pages > 10);
    // As many page objects as pages of text: none lost or doubled where the halves drawn on
    // two threads were joined (and the "Page n of m" below shows they are in order).
    static const QRegularExpression pageObject(u"/Type\\s*/Page(?![a-zA-Z])"_s);
    CHECK(QString::fromLatin1(pdf.bytes).count(pageObject) == pages);
    for (qsizetype i = 0; i < pages; ++i) {
        INFO("page " << i + 1);
        CHECK(pdf.pages[i].contains(u"Rafah check"_s));
        CHECK(pdf.pages[i].contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages)));
    }

    // Every claim's "In …; said …" line is there once: nothing lost, nothing drawn twice
    // where a page breaks.
    auto opened = Project::open(project, Project::OpenMode::OpenExisting);
    REQUIRE(opened.ok());
    const qsizetype claims = (*opened)->claims()->size();
    qsizetype said = 0;
    for (const QString &page : pdf.pages)
        said += flat(page).count(QRegularExpression(u"; said \\d+ Mar 2024\\."_s));
    CHECK(said == claims);
}

TEST_CASE("report pdf: headings and claims are never cut by a page break", "[report][pdf]")
{
    test::Scratch dir;
    const Pdf pdf = writePdf(dir, buildProject(dir, 4));
    if (pdf.pages.isEmpty()) {
        WARN("pdftotext is not installed: the page breaks are not checked");
        return;
    }
    const QStringList sections{u"Summary"_s,   u"Timeline"_s,  u"Disputes"_s, u"Claims"_s,
                               u"Sources and their track record"_s, u"Documents"_s, u"How this report was made"_s};
    // A claim's heading is its source and its verdict ("Antony Blinken Mostly true").
    QStringList verdicts;
    for (Verdict v : allVerdicts())
        verdicts << QRegularExpression::escape(verdictName(v));
    const QRegularExpression claimHeading(u" (%1)$"_s.arg(verdicts.join(u'|')));
    int claimPages = 0;
    for (qsizetype i = 0; i + 1 < pdf.pages.size(); ++i) {
        const QStringList lines = bodyLines(pdf.pages[i]);
        REQUIRE(!lines.isEmpty());
        INFO("page " << i + 1 << " ends with: " << lines.back().toStdString());
        CHECK(!sections.contains(lines.back()));
        CHECK(!claimHeading.match(lines.back()).hasMatch());
        // In the claims, a page ends where a claim does: with its "checked by" line, or
        // its "In …; said …" line when nobody checked it.
        if (pdf.pages[i].contains(u"; said "_s) && !pdf.pages[i].contains(u"Sources and their track record"_s)) {
            ++claimPages;
            const QString &last = lines.back();
            CHECK((last.startsWith(u"checked by Tester on "_s)
                   || last.contains(QRegularExpression(u"; said \\d+ Mar 2024\\.$"_s))));
        }
    }
    CHECK(claimPages > 5);
}

TEST_CASE("report pdf: verdict names in the table headers wrap only between words", "[report][pdf]")
{
    test::Scratch dir;
    const Pdf pdf = writePdf(dir, buildProject(dir, 1));
    if (pdf.pages.isEmpty()) {
        WARN("pdftotext is not installed: the table headers are not checked");
        return;
    }
    const QString text = flat(pdf.pages.join(u' '));
    const qsizetype track = text.indexOf(u"Sources and their track record"_s);
    const qsizetype documents = text.indexOf(u"Documents Title"_s);
    REQUIRE(track > 0);
    REQUIRE(documents > track);
    const QString bySource = text.mid(text.indexOf(u"By source"_s), 600);
    const QString table = text.mid(track, documents - track);
    for (Verdict v : allVerdicts()) {
        INFO(verdictName(v).toStdString());
        CHECK(table.contains(verdictName(v)));
        CHECK(bySource.contains(verdictName(v)));
    }
}

TEST_CASE("report pdf: a note longer than a page and an address wider than the page print whole", "[report][pdf]")
{
    test::Scratch dir;
    const QString path = buildProject(dir, 1);
    {
        auto project = Project::open(path, Project::OpenMode::OpenExisting);
        REQUIRE(project.ok());
        const qint64 claim = (*project)->claims()->front().id;
        QStringList sentences;
        for (int i = 1; i <= 400; ++i)
            sentences << u"Sentence number %1 of the long note."_s.arg(i);
        REQUIRE(store::setNote(**project, claim, sentences.join(u' '), u"Tester"_s).ok());
        const QString wide = u"https://archive.example/"_s + QString(300, u'x') + u"/end"_s;
        REQUIRE(store::setEvidence(**project, claim, {{wide, QString()}}).ok());
    }
    const Pdf pdf = writePdf(dir, path);
    CHECK(pdf.bytes.contains("/URI (https://archive.example/"));
    if (pdf.pages.isEmpty()) {
        WARN("pdftotext is not installed: the text is not checked");
        return;
    }
    const QString text = flat(pdf.pages.join(u' '));
    CHECK(text.contains(u"Sentence number 1 of the long note."_s));
    CHECK(text.contains(u"Sentence number 400 of the long note."_s));
    CHECK(text.count(u"of the long note."_s) == 400);
    CHECK(QString(text).remove(u' ').contains(u"x/end"_s));
}

TEST_CASE("report pdf: words read apart and in order, and a link in a note stays a link", "[report][pdf]")
{
    // The page text is drawn without its spaces (a reader sees the gaps) and in runs of
    // one font and colour: the words must still come out apart, in their order, with
    // the link where it was.
    test::Scratch dir;
    const QString path = buildProject(dir, 1);
    {
        auto project = Project::open(path, Project::OpenMode::OpenExisting);
        REQUIRE(project.ok());
        const qint64 claim = (*project)->claims()->at(1).id;
        REQUIRE(store::setNote(**project, claim,
                               u"See [the ministry's own table](https://moh.example/table) for the count, and "
                               u"**both** figures."_s,
                               u"Tester"_s)
                    .ok());
    }
    const Pdf pdf = writePdf(dir, path);
    CHECK(pdf.bytes.contains("/URI (https://moh.example/table)"));
    if (pdf.pages.isEmpty()) {
        WARN("pdftotext is not installed: the text is not checked");
        return;
    }
    const QString text = flat(pdf.pages.join(u' '));
    CHECK(text.contains(u"See the ministry's own table for the count, and both figures."_s));
    // A claim's heading: the source in black, its verdict in its colour, a space between.
    CHECK(text.contains(QRegularExpression(u"Antony Blinken (True|Mostly true|Half true|Mostly false|False|"
                                            u"Unproven|Disputed|Not checked) "_s)));
    // A quote reads on from the words before it into the highlighted ones and after.
    CHECK(text.contains(u"Netanyahu said Israel is ready to “do it alone” in Rafah if necessary."_s));
}

TEST_CASE("report pdf: parts that are not PDF files give a sentence, not a crash", "[report][pdf]")
{
    const auto joined = report::pdf::join({QByteArray("%PDF-1.4\nnot really"), QByteArray("garbage")});
    REQUIRE_FALSE(joined.ok());
    CHECK(joined.errorMessage().contains(u"could not be put together"_s));
    // One part is the part itself: nothing to join.
    const auto one = report::pdf::join({QByteArray("%PDF-1.4 x")});
    REQUIRE(one.ok());
    CHECK(*one == QByteArray("%PDF-1.4 x"));
}
