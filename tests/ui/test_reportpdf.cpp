// SPDX-License-Identifier: MIT
// The PDF report needs Qt Gui (fonts, text layout), so its test runs with the widget tests.
#include "report/formats.h"
#include "report/pdf.h"
#include "sample/sampleproject.h"
#include "store/annotations.h"
#include "store/project.h"

#include "core/testsupport.h"

#include <catch2/catch.hpp>

#include <QFileInfo>
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
