#include "Cli.h"

#include "CaptureCommand.h"
#include "ConvertCommand.h"
#include "SlotsCommand.h"

#include "pgrepl/Version.h"

#include <QCoreApplication>
#include <QTextStream>

namespace pgrepl::cli {

int runSubcommand(const QStringList &arguments)
{
    const QString name = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (name == u"capture") {
        CaptureCommand c;
        return c.run(rest);
    }
    if (name == u"convert") {
        ConvertCommand c;
        return c.run(rest);
    }
    if (name == u"slots") {
        SlotsCommand c;
        return c.run(rest);
    }
    printError(QCoreApplication::translate("Cli", "unknown subcommand \"%1\"").arg(name));
    return ExitUsage;
}

void printError(const QString &message)
{
    QTextStream(stderr) << QLatin1String(kAppName) << ": " << message << '\n';
}

void printWarning(const QString &message)
{
    QTextStream(stderr) << QLatin1String(kAppName) << ": " << message << '\n';
}

int usageError(const QString &subcommand, const QString &message)
{
    QTextStream(stderr) << QLatin1String(kAppName) << ' ' << subcommand << ": " << message << '\n'
                        << QCoreApplication::translate("Cli", "Try \"%1 %2 --help\".")
                               .arg(QLatin1String(kAppName), subcommand)
                        << '\n';
    return ExitUsage;
}

std::optional<ConnParams> parseDsn(const QString &dsn, QString *error)
{
    const ConnParseResult r = parseConnectionString(dsn, ConnEnvironment::system());
    if (!r.params) {
        *error = QCoreApplication::translate("Cli", "--dsn: %1").arg(r.error);
        return std::nullopt;
    }
    return r.params;
}

} // namespace pgrepl::cli
