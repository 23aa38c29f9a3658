// SPDX-License-Identifier: MIT
#include "app/mainwindow.h"
#include "app/startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Factline"));
    QApplication::setApplicationName(QStringLiteral("factline"));
    QApplication::setApplicationDisplayName(QStringLiteral("Factline"));
    QApplication::setApplicationVersion(QStringLiteral(FACTLINE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("factline"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("factline", "Timeline and fact-check viewer"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("factline", "The project file to open."));
    parser.process(app);

    const QStringList recent = QSettings().value(QStringLiteral("recentProjects")).toStringList();
    const factline::Result<QString> project = factline::startupProject(parser.positionalArguments(), recent);
    factline::MainWindow window;
    window.show();
    if (!project)
        window.showError(QApplication::translate("factline", "Cannot open a project"), project.errorMessage());
    else
        window.openProject(*project);
    return app.exec();
}
