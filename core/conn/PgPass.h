#pragma once

#include "conn/ConnParams.h"

#include <QString>

#include <optional>

namespace pgrepl {

struct PgPassResult
{
    std::optional<QString> password; // nullopt: no file, no matching line, or the file was refused
    QString warning; // set when the file exists but was refused, as libpq warns on stderr
};

// The password file: passFile if not empty (passfile=), else PGPASSFILE from
// env, else <homeDir>/.pgpass. With libpq's rules:
// - lines "hostname:port:database:username:password"; '#' starts a comment
//   line; '\' escapes ':' and '\' in any field; a field of just '*' matches
//   anything; the first matching line wins;
// - the hostname key is host, or hostaddr when host is empty; "localhost"
//   stands for a connection to the default socket directory (/var/run/postgresql),
//   so a line for "localhost" matches both it and TCP to localhost;
// - a file that is not a plain file, or that group or others may read, write
//   or execute, is ignored with a warning (permissions must be 0600 or less);
// - an empty dbname or user never matches; a missing file is no warning;
// - an empty password on the matching line counts as none.
PgPassResult lookupPgPass(const ConnEnvironment &env, const HostSpec &host, const QString &dbname,
    const QString &user, const QString &passFile = {});

// The file lookupPgPass reads for these arguments (empty when no home
// directory is known), for messages such as "password retrieved from file".
QString pgPassFilePath(const ConnEnvironment &env, const QString &passFile = {});

} // namespace pgrepl
