#pragma once

#include "conn/ConnParams.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace pgrepl::cli {

// Exit codes of every subcommand, as their --help texts document them.
enum ExitCode : int {
    ExitOk = 0,
    ExitRuntime = 1, // connection, server or file error
    ExitUsage = 2, // bad command line
};

// Runs a headless subcommand under an existing QCoreApplication.
// arguments[0] is the subcommand name ("capture", "convert", "slots").
int runSubcommand(const QStringList &arguments);

// Writes one line (or the error with the server's detail and hint lines) to stderr.
void printError(const QString &message);
void printWarning(const QString &message);
// A usage error: the message plus a pointer to the subcommand's --help.
int usageError(const QString &subcommand, const QString &message);

// The connection string of --dsn, completed from the PG* environment.
std::optional<ConnParams> parseDsn(const QString &dsn, QString *error);

} // namespace pgrepl::cli
