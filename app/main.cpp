#include "CommandLine.h"
#include "InspectorController.h"
#include "Translations.h"
#include "cli/Cli.h"

#include "UiResources.h"
#include "mainwindow/MainWindow.h"
#include "pgrepl/Version.h"
#include "session/ReplicationSession.h"

#include <QApplication>
#include <QSettings>
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
        case app::CommandLine::Mode::Subcommand:
            return cli::runSubcommand(cmd.subcommandArguments);
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
    // --lang wins for this run; the View > Language choice is what is kept.
    const QString language
        = cmd.language.isEmpty() ? QSettings().value(QStringLiteral("ui/language")).toString() : cmd.language;
    app::installTranslations(application, language);

    app::InspectorController controller;
    controller.window()->show();
    if (!cmd.openFile.isEmpty())
        controller.openFile(cmd.openFile);
    if (!cmd.dsn.isEmpty()) {
        ui::ConnectRequest request;
        request.connectionString = cmd.dsn;
        request.options.slot = cmd.slot;
        request.options.publications = cmd.publications;
        request.options.temporaryCopy = cmd.temporaryCopy;
        request.options.messages = true;
        if (!cmd.startLsn.isEmpty())
            request.options.startLsn = Lsn::parse(cmd.startLsn).value_or(Lsn());
        request.ackMode = parseAckMode(cmd.ackMode.isEmpty() ? QStringLiteral("manual") : cmd.ackMode)
                              .value_or(AckMode::Manual);
        controller.connectTo(request);
    }
    return application.exec();
}
