#include "CommandLine.h"

#include "pgrepl/Version.h"

#include <QCoreApplication>

namespace pgrepl::app {

bool isSubcommandName(const QString &name)
{
    return name == u"capture" || name == u"convert" || name == u"slots";
}

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine result;
    // --lang may come before a subcommand name, which must come next.
    qsizetype first = 1;
    while (first < arguments.size()) {
        if (arguments.at(first) == u"--lang" && first + 1 < arguments.size()) {
            result.language = arguments.at(first + 1);
            first += 2;
        } else if (arguments.at(first).startsWith(u"--lang=")) {
            result.language = arguments.at(first).mid(7);
            first += 1;
        } else {
            break;
        }
    }
    if (first < arguments.size() && isSubcommandName(arguments.at(first))) {
        result.mode = CommandLine::Mode::Subcommand;
        result.subcommandArguments = arguments.mid(first);
        return result;
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == u"-h" || arg == u"--help" || arg == u"-?") {
            result.mode = CommandLine::Mode::Help;
            return result;
        }
        if (arg == u"-v" || arg == u"--version") {
            result.mode = CommandLine::Mode::Version;
            return result;
        }
        // --key VALUE or --key=VALUE
        auto valueOf = [&](const QString &key, QString *out) {
            if (arg == key) {
                if (i + 1 >= arguments.size()) {
                    result.mode = CommandLine::Mode::Error;
                    result.errorMessage
                        = QCoreApplication::translate("CommandLine", "%1 needs a value").arg(key);
                    return true;
                }
                *out = arguments.at(++i);
                return true;
            }
            if (arg.startsWith(key + u'=')) {
                *out = arg.mid(key.size() + 1);
                return true;
            }
            return false;
        };
        QString value;
        if (valueOf(QStringLiteral("--lang"), &result.language)
            || valueOf(QStringLiteral("--open"), &result.openFile)
            || valueOf(QStringLiteral("--dsn"), &result.dsn)
            || valueOf(QStringLiteral("--slot"), &result.slot)
            || valueOf(QStringLiteral("--ack"), &result.ackMode)
            || valueOf(QStringLiteral("--start"), &result.startLsn)) {
            if (result.mode == CommandLine::Mode::Error)
                return result;
            continue;
        }
        if (valueOf(QStringLiteral("--publication"), &value)) {
            if (result.mode == CommandLine::Mode::Error)
                return result;
            result.publications << value;
            continue;
        }
        if (arg == u"--temporary-copy") {
            result.temporaryCopy = true;
            continue;
        }
        if (!arg.startsWith(u'-') && result.openFile.isEmpty()) {
            result.openFile = arg;
            continue;
        }
        // Qt's own GUI options (-platform, -style, ...) are left to QApplication.
        if (arg == u"-platform" || arg == u"-style" || arg == u"-display" || arg == u"-qwindowgeometry") {
            ++i;
            continue;
        }
        result.mode = CommandLine::Mode::Error;
        result.errorMessage
            = QCoreApplication::translate("CommandLine", "unknown argument \"%1\"; try --help").arg(arg);
        return result;
    }
    return result;
}

QString helpText()
{
    return QCoreApplication::translate("CommandLine",
        "Usage: %1 [options] [FILE]\n"
        "       %1 capture|convert|slots [options]   (see %1 SUBCOMMAND --help)\n"
        "\n"
        "Inspect PostgreSQL logical replication slots (pgoutput).\n"
        "\n"
        "Options:\n"
        "  -h, --help        Show this help and exit.\n"
        "  -v, --version     Show the version and exit.\n"
        "  --lang CODE       Use this language (for example de, fr) instead of the\n"
        "                    system locale.\n"
        "  FILE, --open FILE Open a capture file.\n"
        "  --dsn DSN         Connect at start: a postgresql:// URI or key=value string.\n"
        "  --slot NAME       The slot to stream from (with --dsn).\n"
        "  --publication P   A publication to stream (repeatable).\n"
        "  --start LSN       Start position (default: the slot's confirmed position).\n"
        "  --ack MODE        manual (default), auto or never.\n"
        "  --temporary-copy  Stream from a temporary copy of the slot.\n"
        "\n"
        "Subcommands (no display needed):\n"
        "  capture           Stream a slot into a capture file.\n"
        "  convert           Convert a capture or a pg_recvlogical file.\n"
        "  slots             List, create, drop or copy replication slots.\n"
        "\n"
        "Exit codes: 0 success, 1 runtime error, 2 bad command line.\n")
        .arg(QLatin1String(kAppName));
}

QString versionText()
{
    return QStringLiteral("%1 %2\n").arg(QLatin1String(kAppName), QLatin1String(kVersion));
}

} // namespace pgrepl::app
