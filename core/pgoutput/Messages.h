#pragma once

// The pgoutput logical replication messages (PostgreSQL 15-17, protocol
// versions 1-4), one small value type each, and the variant that holds any.

#include "wire/Lsn.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QDebug>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>
#include <variant>

namespace pgrepl::pgoutput {

// TimestampTz: microseconds since 2000-01-01 00:00 UTC, kept raw so nothing
// is lost; toDateTime() is for display.
QDateTime timestampToDateTime(std::int64_t pgMicros);

// One column of a TupleData. The value is a view into the message bytes (and
// its offset there), so decoding copies nothing: the view is valid as long
// as the buffer handed to decode() is.
struct TupleValue
{
    enum class Kind : char {
        Null = 'n',
        UnchangedToast = 'u', // a TOASTed value the update did not change; not sent
        Text = 't',
        Binary = 'b',
    };
    Kind kind = Kind::Null;
    qsizetype offset = 0; // of the value bytes in the message; 0 for n and u
    QByteArrayView bytes;

    bool hasValue() const { return kind == Kind::Text || kind == Kind::Binary; }
};

struct TupleData
{
    QList<TupleValue> columns;
};

// Which old tuple an Update or Delete carries: only the replica identity key
// columns ('K') or the whole old row ('O', replica identity full).
enum class OldTupleKind : char {
    Key = 'K',
    Full = 'O',
};

struct Begin
{
    Lsn finalLsn;
    std::int64_t commitTime = 0;
    std::uint32_t xid = 0;
};

struct Commit
{
    std::uint8_t flags = 0;
    Lsn commitLsn;
    Lsn endLsn;
    std::int64_t commitTime = 0;
};

struct Origin
{
    Lsn commitLsn; // on the origin server; 0/0 when sent inside a stream
    QString name;
};

struct RelationColumn
{
    std::uint8_t flags = 0; // bit 1: part of the replica identity key
    QString name;
    std::uint32_t typeOid = 0;
    std::int32_t typmod = -1;

    bool isKey() const { return (flags & 1) != 0; }
};

enum class ReplicaIdentity : char {
    Default = 'd',
    Nothing = 'n',
    Full = 'f',
    Index = 'i',
};

// Inside a streamed chunk, these messages carry the xid of the (sub)transaction
// they belong to; outside, xid is empty.
struct Relation
{
    std::optional<std::uint32_t> xid;
    std::uint32_t oid = 0;
    QString nspname;
    QString relname;
    ReplicaIdentity replicaIdentity = ReplicaIdentity::Default;
    QList<RelationColumn> columns;
};

struct Type
{
    std::optional<std::uint32_t> xid;
    std::uint32_t oid = 0;
    QString nspname;
    QString name;
};

struct Insert
{
    std::optional<std::uint32_t> xid;
    std::uint32_t relationOid = 0;
    TupleData newTuple;
};

struct Update
{
    std::optional<std::uint32_t> xid;
    std::uint32_t relationOid = 0;
    std::optional<OldTupleKind> oldKind; // empty: no old tuple was sent
    TupleData oldTuple;
    TupleData newTuple;
};

struct Delete
{
    std::optional<std::uint32_t> xid;
    std::uint32_t relationOid = 0;
    OldTupleKind oldKind = OldTupleKind::Key;
    TupleData oldTuple;
};

struct Truncate
{
    enum Option : std::uint8_t {
        Cascade = 1,
        RestartIdentity = 2,
    };
    std::optional<std::uint32_t> xid;
    std::uint8_t options = 0;
    QList<std::uint32_t> relationOids;

    bool cascade() const { return (options & Cascade) != 0; }
    bool restartIdentity() const { return (options & RestartIdentity) != 0; }
};

// 'M': pg_logical_emit_message(). Content is a view into the message bytes.
struct LogicalMessage
{
    std::optional<std::uint32_t> xid;
    std::uint8_t flags = 0; // bit 1: transactional
    Lsn lsn;
    QString prefix;
    qsizetype contentOffset = 0;
    QByteArrayView content;

    bool transactional() const { return (flags & 1) != 0; }
};

struct StreamStart
{
    std::uint32_t xid = 0;
    bool firstSegment = false;
};

struct StreamStop
{ };

struct StreamCommit
{
    std::uint32_t xid = 0;
    std::uint8_t flags = 0;
    Lsn commitLsn;
    Lsn endLsn;
    std::int64_t commitTime = 0;
};

// subxid == xid aborts the whole transaction, otherwise only that
// subtransaction. Abort LSN and time are sent only with streaming=parallel
// (protocol version 4).
struct StreamAbort
{
    std::uint32_t xid = 0;
    std::uint32_t subxid = 0;
    std::optional<Lsn> abortLsn;
    std::optional<std::int64_t> abortTime;
};

struct BeginPrepare
{
    Lsn prepareLsn;
    Lsn endLsn;
    std::int64_t prepareTime = 0;
    std::uint32_t xid = 0;
    QString gid;
};

struct Prepare
{
    std::uint8_t flags = 0;
    Lsn prepareLsn;
    Lsn endLsn;
    std::int64_t prepareTime = 0;
    std::uint32_t xid = 0;
    QString gid;
};

struct CommitPrepared
{
    std::uint8_t flags = 0;
    Lsn commitLsn;
    Lsn endLsn;
    std::int64_t commitTime = 0;
    std::uint32_t xid = 0;
    QString gid;
};

struct RollbackPrepared
{
    std::uint8_t flags = 0;
    Lsn prepareEndLsn;
    Lsn rollbackEndLsn;
    std::int64_t prepareTime = 0;
    std::int64_t rollbackTime = 0;
    std::uint32_t xid = 0;
    QString gid;
};

struct StreamPrepare
{
    std::uint8_t flags = 0;
    Lsn prepareLsn;
    Lsn endLsn;
    std::int64_t prepareTime = 0;
    std::uint32_t xid = 0;
    QString gid;
};

using Message = std::variant<Begin, Commit, Origin, Relation, Type, Insert, Update, Delete, Truncate,
    LogicalMessage, StreamStart, StreamStop, StreamCommit, StreamAbort, BeginPrepare, Prepare, CommitPrepared,
    RollbackPrepared, StreamPrepare>;

// The tag byte a message is sent with ('B', 'I', ...).
char tagOf(const Message &message);
// "Insert", "Stream Abort", ... for a tag; empty for an unknown one.
QString messageTypeName(char tag);

QDebug operator<<(QDebug debug, const TupleValue &value);
QDebug operator<<(QDebug debug, const TupleData &tuple);
QDebug operator<<(QDebug debug, const Begin &m);
QDebug operator<<(QDebug debug, const Commit &m);
QDebug operator<<(QDebug debug, const Origin &m);
QDebug operator<<(QDebug debug, const RelationColumn &c);
QDebug operator<<(QDebug debug, const Relation &m);
QDebug operator<<(QDebug debug, const Type &m);
QDebug operator<<(QDebug debug, const Insert &m);
QDebug operator<<(QDebug debug, const Update &m);
QDebug operator<<(QDebug debug, const Delete &m);
QDebug operator<<(QDebug debug, const Truncate &m);
QDebug operator<<(QDebug debug, const LogicalMessage &m);
QDebug operator<<(QDebug debug, const StreamStart &m);
QDebug operator<<(QDebug debug, const StreamStop &m);
QDebug operator<<(QDebug debug, const StreamCommit &m);
QDebug operator<<(QDebug debug, const StreamAbort &m);
QDebug operator<<(QDebug debug, const BeginPrepare &m);
QDebug operator<<(QDebug debug, const Prepare &m);
QDebug operator<<(QDebug debug, const CommitPrepared &m);
QDebug operator<<(QDebug debug, const RollbackPrepared &m);
QDebug operator<<(QDebug debug, const StreamPrepare &m);
QDebug operator<<(QDebug debug, const Message &m);

} // namespace pgrepl::pgoutput
