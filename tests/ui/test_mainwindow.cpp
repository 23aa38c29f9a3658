// SPDX-License-Identifier: MIT
#include "app/mainwindow.h"
#include "app/startup.h"
#include "reader/readerview.h"

#include "core/testsupport.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QStatusBar>
#include <QTableView>

using namespace factline;

TEST_CASE("window: first start builds the sample project and shows its article", "[ui]")
{
    QFile::remove(sampleProjectPath());
    auto path = startupProject({}, {});
    REQUIRE(path.ok());
    CHECK(QFileInfo::exists(*path));

    MainWindow window;
    window.show();
    REQUIRE(window.openProject(*path));
    QAbstractItemModel *docs = window.documentsView()->model();
    QAbstractItemModelTester tester(docs, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(docs->rowCount() == 1);
    CHECK(docs->index(0, 1).data().toString() == QStringLiteral("The Associated Press"));
    CHECK(window.reader()->toPlainText().contains(QStringLiteral("Antony Blinken on Friday once again left")));
    CHECK(window.windowTitle().contains(QStringLiteral("sample")));
    CHECK_FALSE(window.grab().isNull());
}

TEST_CASE("window: importing a file adds it to the list, and a bad file is reported by name", "[ui]")
{
    test::Scratch dir;
    MainWindow window;
    REQUIRE(window.openProject(dir.path(QStringLiteral("p.factline"))));
    const QString good = dir.write(QStringLiteral("good.txt"), "A headline\n\nOfficials said it rained.\n");
    const QString bad = dir.write(QStringLiteral("bad.txt"), QByteArray());
    window.importFiles({good, bad});
    CHECK(window.documentsView()->model()->rowCount() == 1);
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("bad.txt")));
}
