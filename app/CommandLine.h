#pragma once

#include <QString>
#include <QStringList>

namespace pgrepl::app {

// What the command line asked for, parsed before any QApplication exists so
// that --help and --version work without a display.
struct CommandLine
{
    enum class Mode { Gui, Help, Version, Error };
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
};

CommandLine parseCommandLine(const QStringList &arguments);
QString helpText();
QString versionText();

} // namespace pgrepl::app
