// SPDX-License-Identifier: MIT
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#ifdef FACTLINE_GUI_TESTS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

#include <QStandardPaths>

int main(int argc, char *argv[])
{
#ifdef FACTLINE_GUI_TESTS
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("FACTLINE_NO_DIALOGS", "1");
#endif
    // Settings and data folders of the tests never touch the user's own.
    QStandardPaths::setTestModeEnabled(true);
    TestApplication app(argc, argv);
    TestApplication::setOrganizationName(QStringLiteral("FactlineTests"));
    TestApplication::setApplicationName(QStringLiteral("factline-tests"));
    return Catch::Session().run(argc, argv);
}
