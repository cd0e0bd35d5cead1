#pragma once

#include "wire/ByteReader.h"
#include "wire/Lsn.h"

#include <QByteArray>
#include <QDateTime>
#include <QDebug>

#include <variant>

namespace pgrepl {

// Server timestamps in the replication protocol are microseconds since
// 2000-01-01 00:00:00 UTC.
namespace pgtime {
constexpr std::int64_t kUnixToPgEpochMicros = Q_INT64_C(946684800) * 1000000;
std::int64_t fromDateTime(const QDateTime &dt);
QDateTime toDateTime(std::int64_t pgMicros);
std::int64_t now();
} // namespace pgtime

// XLogData ('w') inside CopyData: WAL positions, the server's clock and the
// output plugin's message.
struct XLogData
{
    Lsn walStart;
    Lsn walEnd;
    std::int64_t serverTime = 0;
    QByteArray payload;
};

// Primary keepalive ('k').
struct PrimaryKeepalive
{
    Lsn walEnd;
    std::int64_t serverTime = 0;
    bool replyRequested = false;
};

// A CopyData sub-message we do not know; reported and skipped, never fatal.
struct UnknownCopyData
{
    char tag = 0;
    QByteArray bytes;
};

using ReplicationMessage = std::variant<XLogData, PrimaryKeepalive, UnknownCopyData>;

// Parses the body of a CopyData message received during START_REPLICATION.
std::variant<ReplicationMessage, ParseError> parseReplicationMessage(const QByteArray &copyData);

// Standby status update ('r'), as we send it.
struct StandbyStatusUpdate
{
    Lsn write;
    Lsn flush;
    Lsn apply;
    std::int64_t clientTime = 0;
    bool replyRequested = false;

    QByteArray encode() const; // the CopyData body
    static std::variant<StandbyStatusUpdate, ParseError> decode(QByteArrayView body);
};

QDebug operator<<(QDebug debug, const XLogData &m);
QDebug operator<<(QDebug debug, const PrimaryKeepalive &m);
QDebug operator<<(QDebug debug, const StandbyStatusUpdate &m);

} // namespace pgrepl
