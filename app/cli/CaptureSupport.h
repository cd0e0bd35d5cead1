#pragma once

#include "session/PgConnection.h"
#include "session/ReplicationTypes.h"
#include "store/CaptureHeader.h"
#include "types/TypeNames.h"

#include <QMap>

namespace pgrepl::cli {

// What the GUI and `capture` both need around a capture: the user types'
// names from pg_type, and the header that records how a stream was made.

// SQL for every user type (OID >= 16384) with what format_type needs.
QString userTypesQuery(int serverVersionNum);
TypeNameMap parseUserTypes(const QueryResult &result);
QMap<quint32, CaptureTypeName> captureTypeNames(const TypeNameMap &types);
TypeNameMap userTypesOf(const CaptureHeader &header);

// The header for a stream from `streamSlot` (the temporary copy's name when
// options.temporaryCopy) that started at startLsn.
CaptureHeader captureHeaderFor(const ServerIdentity &identity, const StreamOptions &options,
    const QString &streamSlot, Lsn startLsn, const QMap<QString, QString> &publicationDefinitions,
    const TypeNameMap &userTypes);

} // namespace pgrepl::cli
