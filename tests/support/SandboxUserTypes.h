#pragma once

#include "Sandbox.h"
#include "cli/CaptureSupport.h"

#include <optional>

namespace pgrepl::test {

// The sandbox's user types as capture and the GUI read them:
// cli::userTypesQuery() run through psql (which prints the rows as the
// server sends them in text), its rows handed to cli::parseUserTypes().
// nullopt, with *error, when psql failed or a row has other columns than
// the query's.
inline std::optional<TypeNameMap> sandboxUserTypes(
    const Sandbox &sandbox, int serverVersionNum, QString *error)
{
    const Sandbox::Result r = sandbox.sql(cli::userTypesQuery(serverVersionNum));
    if (!r.ok) {
        *error = r.error;
        return std::nullopt;
    }
    QueryResult result;
    result.ok = true;
    for (const char *name : {"oid", "nspname", "typname", "elem", "typmodout", "typtype", "baseoid"}) {
        RowDescriptionField field;
        field.name = QLatin1String(name);
        result.fields << field;
    }
    for (const QString &line : r.output.split(u'\n', Qt::SkipEmptyParts)) {
        DataRow row;
        for (const QString &cell : line.split(u'|'))
            row << std::optional<QByteArray>(cell.toUtf8());
        if (row.size() != result.fields.size()) {
            *error = QStringLiteral("a user type row has %1 columns, not %2: %3")
                         .arg(row.size())
                         .arg(result.fields.size())
                         .arg(line);
            return std::nullopt;
        }
        result.rows << row;
    }
    return cli::parseUserTypes(result);
}

} // namespace pgrepl::test
