#include "CommandLine.h"

#include "pgrepl/Version.h"

#include <QCoreApplication>

namespace pgrepl::app {

CommandLine parseCommandLine(const QStringList &arguments)
{
    CommandLine result;
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
        if (arg == u"--lang" || arg.startsWith(u"--lang=")) {
            if (arg == u"--lang") {
                if (i + 1 >= arguments.size()) {
                    result.mode = CommandLine::Mode::Error;
                    result.errorMessage = QCoreApplication::translate(
                        "CommandLine", "--lang needs a language code, such as de or fr");
                    return result;
                }
                result.language = arguments.at(++i);
            } else {
                result.language = arg.mid(7);
            }
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
        "Usage: %1 [options]\n"
        "\n"
        "Inspect PostgreSQL logical replication slots (pgoutput).\n"
        "\n"
        "Options:\n"
        "  -h, --help        Show this help and exit.\n"
        "  -v, --version     Show the version and exit.\n"
        "  --lang CODE       Use this language (for example de, fr) instead of the\n"
        "                    system locale.\n"
        "\n"
        "Exit codes: 0 success, 2 bad command line.\n")
        .arg(QLatin1String(kAppName));
}

QString versionText()
{
    return QStringLiteral("%1 %2\n").arg(QLatin1String(kAppName), QLatin1String(kVersion));
}

} // namespace pgrepl::app
