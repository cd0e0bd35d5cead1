#pragma once

#include <QString>
#include <QStringList>

namespace pgrepl::app {

// What the command line asked for, parsed before any QApplication exists so
// that --help and --version work without a display.
struct CommandLine
{
    enum class Mode { Gui, Help, Version, Error, Subcommand };
    Mode mode = Mode::Gui;
    QString language; // --lang, empty for the system locale
    QString errorMessage; // set when mode == Error
    QString openFile; // FILE or --open FILE
    // --dsn/--slot/--publication: start connected.
    QString dsn;
    QString slot;
    QStringList publications;
    QString ackMode; // --ack manual|auto|never
    bool temporaryCopy = false;
    QString startLsn;
    // mode == Subcommand: the subcommand's name and everything after it.
    QStringList subcommandArguments;
};

// The headless subcommands; as the first argument they win over a file of
// the same name, which --open FILE still opens.
bool isSubcommandName(const QString &name);

CommandLine parseCommandLine(const QStringList &arguments);
QString helpText();
QString versionText();

} // namespace pgrepl::app
