// SPDX-License-Identifier: MIT
// Screenshots of fact-checking for the documentation, light and dark. Hidden from the
// normal run; run with FACTLINE_SCREENSHOT_DIR set:
//   FACTLINE_SCREENSHOT_DIR=docs/images build/tests/factline_ui_tests "[annotation-screenshots]"
#include "edit/annotationcommands.h"
#include "inspector/annotationeditor.h"
#include "inspector/inspector.h"
#include "models/claimmodel.h"
#include "report/reportdialog.h"

#include "uisupport.h"

#include <QApplication>
#include <QComboBox>
#include <QTest>
#include <QUndoStack>

using namespace factline;
using namespace Qt::StringLiterals;

using factline::test::darkPalette;

namespace {

// A few claims checked, one of them selected with a note, evidence and tags.
void annotate(test::SampleWindow &s)
{
    Project &p = *s.window.project();
    QUndoStack &u = *s.window.undoStack();
    const Result<QList<ClaimRecord>> claims = p.claims();
    REQUIRE(claims.ok());
    auto id = [&](const QString &words) {
        for (const ClaimRecord &c : *claims) {
            if (c.text.contains(words))
                return c.id;
        }
        return qint64(0);
    };
    const qint64 thirds = id(u"a third of the dead"_s);
    REQUIRE(thirds);
    REQUIRE(edit::setVerdict(u, p, thirds, Verdict::Unproven, u"Ana Reyes"_s).ok());
    REQUIRE(edit::setNote(u, p, thirds,
                          u"Israel gives no breakdown. The Gaza health ministry does not separate fighters from "
                          u"civilians.\n\nSee [the ministry's figures](https://example.org/moh)."_s,
                          u"Ana Reyes"_s)
                .ok());
    REQUIRE(edit::setEvidence(u, p, thirds,
                              {{u"https://example.org/moh"_s, u"Gaza health ministry, daily report"_s},
                               {u"https://example.org/idf"_s, u"IDF statement, 20 March"_s}})
                .ok());
    REQUIRE(edit::addTag(u, p, thirds, u"casualties"_s).ok());
    REQUIRE(edit::addTag(u, p, thirds, u"Rafah"_s).ok());
    if (const qint64 c = id(u"no credible way"_s))
        REQUIRE(edit::setVerdict(u, p, c, Verdict::MostlyTrue, u"Ana Reyes"_s).ok());
    if (const qint64 c = id(u"major ground operation"_s))
        REQUIRE(edit::setVerdict(u, p, c, Verdict::Disputed, u"Ana Reyes"_s).ok());
    s.window.selectClaim(thirds);
}

} // namespace

TEST_CASE("annotation screenshots: the inspector's fact-check and the report dialog, light and dark",
          "[.][annotation-screenshots]")
{
    const QString out = qEnvironmentVariable("FACTLINE_SCREENSHOT_DIR");
    REQUIRE_FALSE(out.isEmpty());
    const QString looks = qEnvironmentVariable("FACTLINE_LOOK_DIR", out);
    test::SampleWindow s;
    s.window.resize(1400, 900);
    annotate(s);
    QTest::qWait(300);
    REQUIRE(s.window.grab().save(out + u"/inspector-annotation.png"_s));

    s.window.exportReport();
    QWidget *dialog = s.window.reportDialog();
    REQUIRE(dialog);
    dialog->resize(1150, 780);
    static_cast<ReportDialog *>(dialog)->setFolder(u"/home/ana/Documents/Rafah reports"_s);
    static_cast<ReportDialog *>(dialog)->updatePreview();
    QTest::qWait(300);
    REQUIRE(dialog->grab().save(out + u"/report-dialog.png"_s));
    // Narrow, at the sources' track record: the verdict columns wrap between words only.
    dialog->resize(640, 700);
    static_cast<ReportDialog *>(dialog)->preview()->scrollToAnchor(u"sources"_s);
    QTest::qWait(300);
    REQUIRE(dialog->grab().save(looks + u"/report-dialog-narrow.png"_s));
    dialog->resize(1150, 780);

    const QPalette light = QApplication::palette();
    QApplication::setPalette(darkPalette());
    QTest::qWait(200);
    REQUIRE(s.window.grab().save(looks + u"/inspector-annotation-dark.png"_s));
    REQUIRE(dialog->grab().save(looks + u"/report-dialog-dark.png"_s));
    QApplication::setPalette(light);
}
