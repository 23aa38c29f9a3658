// SPDX-License-Identifier: MIT
// The PDF report needs Qt Gui (fonts, text layout), so its test runs with the widget tests.
#include "report/formats.h"
#include "report/pdf.h"
#include "report/pdf_join.h"
#include "sample/sampleproject.h"
#include "store/annotations.h"
#include "store/project.h"

#include "core/testsupport.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTextDocument>
#include <QRegularExpression>

using namespace factline;
using namespace Qt::StringLiterals;

TEST_CASE("report pdf: the sample project's report is a PDF of several A4 pages with a title", "[ui][report][pdf]")
{
    test::Scratch dir;
    const QString path = dir.path(u"sample.factline"_s);
    REQUIRE(createSampleProject(path).ok());
    auto p = Project::open(path);
    REQUIRE(p.ok());
    auto claims = (*p)->claims();
    REQUIRE(claims.ok());
    REQUIRE(store::setVerdict(**p, claims->first().id, Verdict::Disputed, u"Ana"_s).ok());
    report::GatherOptions options;
    options.title = u"Rafah talks"_s;
    auto data = report::gather(**p, options);
    REQUIRE(data.ok());
    auto pdf = report::pdfReport(*data);
    INFO(pdf.errorMessage().toStdString());
    REQUIRE(pdf.ok());
    CHECK(pdf->startsWith("%PDF-"));
    const qsizetype pages = pdf->count("/Type /Page\n") + pdf->count("/Type /Page ") + pdf->count("/Type /Page>");
    CHECK(pages >= 3);
    static const QRegularExpression a4(u"/MediaBox\\s*\\[\\s*0\\s+0\\s+595"_s); // A4 in points
    CHECK(QString::fromLatin1(*pdf).contains(a4));
    const QString out = dir.path(u"r.pdf"_s);
    REQUIRE(report::writeFileAtomically(out, *pdf).ok());
    CHECK(QFileInfo(out).size() == pdf->size());
}

namespace {

// A PDF as Qt writes it, one page a text, each page with a link to its own address.
QByteArray qtPdf(const QString &title, const QStringList &pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    QPainter painter(&writer);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        QTextDocument page;
        page.setHtml(u"<p>%1 <a href=\"https://example.org/%1\">source</a></p>"_s.arg(pages[i]));
        page.drawContents(&painter);
    }
    painter.end();
    return bytes;
}

} // namespace

TEST_CASE("report pdf: two PDFs joined keep their pages in order, their links and the first one's title",
          "[ui][report][pdf]")
{
    const QByteArray first = qtPdf(u"Joined report"_s, {u"alpha"_s});
    const QByteArray second = qtPdf(u"Other title"_s, {u"bravo"_s, u"charlie"_s});
    const auto joined = report::pdf::join({first, second});
    INFO(joined.errorMessage().toStdString());
    REQUIRE(joined.ok());
    static const QRegularExpression pageObject(u"/Type\\s*/Page(?![a-zA-Z])"_s);
    CHECK(QString::fromLatin1(*joined).count(pageObject) == 3);
    for (const char *link : {"https://example.org/alpha", "https://example.org/bravo", "https://example.org/charlie"})
        CHECK(joined->contains(link));

    test::Scratch dir;
    const QString path = dir.path(u"joined.pdf"_s);
    REQUIRE(report::writeFileAtomically(path, *joined).ok());
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    if (pdftotext.isEmpty() || pdfinfo.isEmpty()) {
        WARN("poppler-utils are not installed: the joined PDF's text and title are not checked");
        return;
    }
    QProcess text;
    text.start(pdftotext, {path, u"-"_s});
    REQUIRE(text.waitForFinished(60000));
    QStringList pages = QString::fromUtf8(text.readAllStandardOutput()).split(u'\f');
    if (!pages.isEmpty() && pages.back().trimmed().isEmpty())
        pages.removeLast();
    REQUIRE(pages.size() == 3);
    CHECK(pages[0].contains(u"alpha"_s));
    CHECK(pages[1].contains(u"bravo"_s));
    CHECK(pages[2].contains(u"charlie"_s));
    QProcess info;
    info.start(pdfinfo, {path});
    REQUIRE(info.waitForFinished(60000));
    const QString about = QString::fromUtf8(info.readAllStandardOutput());
    CHECK(about.contains(u"Joined report"_s));
    CHECK_FALSE(about.contains(u"Other title"_s));
}
