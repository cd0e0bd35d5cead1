#pragma once

#include "session/ReplicationTypes.h"

#include <QString>

namespace pgrepl {

// Builders for the replication-protocol commands and the SQL the session
// runs, with identifiers and literals quoted as PostgreSQL wants them.
namespace commands {

QString quoteIdentifier(const QString &name); // always double-quoted
QString quoteLiteral(const QString &value); // E'' form when it holds a backslash

// The proto_version PostgreSQL's own subscriber would pick for a server.
int defaultProtoVersion(int serverVersionNum);

// START_REPLICATION for pgoutput. On an option the server version lacks,
// returns an empty string and sets *error to a sentence naming it.
QString startReplication(
    const StreamOptions &options, int protoVersion, int serverVersionNum, QString *error);

struct CreateSlotOptions
{
    bool temporary = false;
    bool twoPhase = false;
    bool failover = false; // PostgreSQL 17+
};
QString createSlot(
    const QString &slot, const CreateSlotOptions &options, int serverVersionNum, QString *error);
QString dropSlot(const QString &slot, bool wait);

} // namespace commands
} // namespace pgrepl
