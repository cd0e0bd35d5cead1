#include "CommandLine.h"
#include "Translations.h"

#include "UiResources.h"
#include "mainwindow/MainWindow.h"
#include "pgrepl/Version.h"

#include <QApplication>
#include <QTextStream>

#include <cstdio>

using namespace pgrepl;

int main(int argc, char *argv[])
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const app::CommandLine cmd = app::parseCommandLine(arguments);

    if (cmd.mode != app::CommandLine::Mode::Gui) {
        // No QApplication: these must work without a display.
        QCoreApplication core(argc, argv);
        app::installTranslations(core, cmd.language);
        switch (cmd.mode) {
        case app::CommandLine::Mode::Help:
            QTextStream(stdout) << app::helpText();
            return 0;
        case app::CommandLine::Mode::Version:
            QTextStream(stdout) << app::versionText();
            return 0;
        default:
            QTextStream(stderr) << QLatin1String(kAppName) << ": " << cmd.errorMessage << '\n';
            return 2;
        }
    }

    QApplication application(argc, argv);
    QApplication::setApplicationName(QLatin1String(kAppName));
    QApplication::setApplicationVersion(QLatin1String(kVersion));
    QApplication::setOrganizationName(QStringLiteral("pgrepl-inspector"));
    ui::initResources();
    app::installTranslations(application, cmd.language);

    ui::MainWindow window;
    window.show();
    return application.exec();
}
