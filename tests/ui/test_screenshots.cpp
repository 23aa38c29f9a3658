// SPDX-License-Identifier: MIT
// Screenshots of the real window for the documentation. Hidden from the normal run; run
// with FACTLINE_SCREENSHOT_DIR set:
//   FACTLINE_SCREENSHOT_DIR=docs/images build/tests/factline_ui_tests "[screenshots]"
// (the tests run on the offscreen platform; grab() renders the real widgets)
#include "inspector/inspector.h"
#include "models/claimmodel.h"

#include "uisupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QTest>

using namespace factline;

TEST_CASE("screenshots: the main window, a claim in the reader, the inspector", "[.][screenshots]")
{
    const QString out = qEnvironmentVariable("FACTLINE_SCREENSHOT_DIR");
    REQUIRE_FALSE(out.isEmpty());
    test::SampleWindow s;
    s.window.resize(1400, 880);
    s.window.move(0, 0);
    QTest::qWait(300);
    REQUIRE(s.window.grab().save(out + QStringLiteral("/main-window.png")));

    QTableView *claims = s.window.claimsView();
    const int row = test::findRow(claims->model(), ClaimModel::Claim, QStringLiteral("major ground operation"));
    test::selectRow(claims, row, ClaimModel::Claim);
    claims->scrollTo(claims->currentIndex());
    QTest::qWait(300);
    REQUIRE(s.window.grab().save(out + QStringLiteral("/reader-claim.png")));

    const int other = test::findRow(claims->model(), ClaimModel::Claim, QStringLiteral("at least a third of the dead"));
    test::selectRow(claims, other, ClaimModel::Claim);
    QComboBox *source = s.window.inspector()->claimSource();
    source->setEditText(QStringLiteral("Israeli military"));
    QTest::keyClick(source->lineEdit(), Qt::Key_Return);
    QTest::qWait(300);
    REQUIRE(s.window.grab().save(out + QStringLiteral("/inspector-edit.png")));

    // Dark mode: palette roles only, so a dark palette must stay readable.
    const QPalette light = QApplication::palette();
    const QPalette dark = factline::test::darkPalette();
    QApplication::setPalette(dark);
    QTest::qWait(300);
    REQUIRE(s.window.grab().save(out + QStringLiteral("/main-window-dark.png")));
    QApplication::setPalette(light);
}
