#include "wire/ReplicationMessages.h"

#include <QtEndian>

namespace pgrepl {

namespace pgtime {

std::int64_t fromDateTime(const QDateTime &dt)
{
    return dt.toMSecsSinceEpoch() * 1000 - kUnixToPgEpochMicros;
}

QDateTime toDateTime(std::int64_t pgMicros)
{
    // Whole milliseconds are all QDateTime keeps; the raw value stays with
    // the event for exact display.
    const std::int64_t unixMicros = pgMicros + kUnixToPgEpochMicros;
    std::int64_t ms = unixMicros / 1000;
    if (unixMicros % 1000 < 0)
        --ms; // floor for times before 1970
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

std::int64_t now()
{
    return fromDateTime(QDateTime::currentDateTimeUtc());
}

} // namespace pgtime

std::variant<ReplicationMessage, ParseError> parseReplicationMessage(const QByteArray &copyData)
{
    ByteReader r(copyData);
    std::uint8_t tag = 0;
    if (!r.u8(tag, "CopyData tag"))
        return r.error();
    switch (tag) {
    case 'w': {
        XLogData m;
        std::uint64_t start = 0, end = 0;
        r.u64(start, "XLogData wal_start");
        r.u64(end, "XLogData wal_end");
        r.i64(m.serverTime, "XLogData send time");
        if (!r.ok())
            return r.error();
        m.walStart = Lsn(start);
        m.walEnd = Lsn(end);
        m.payload = copyData.mid(r.offset());
        return ReplicationMessage(std::move(m));
    }
    case 'k': {
        PrimaryKeepalive m;
        std::uint64_t end = 0;
        std::uint8_t reply = 0;
        r.u64(end, "keepalive wal_end");
        r.i64(m.serverTime, "keepalive send time");
        r.u8(reply, "keepalive reply flag");
        if (r.ok() && !r.atEnd())
            r.fail(QStringLiteral("%1 trailing bytes").arg(r.remaining()), "keepalive");
        if (!r.ok())
            return r.error();
        m.walEnd = Lsn(end);
        m.replyRequested = reply != 0;
        return ReplicationMessage(m);
    }
    default:
        return ReplicationMessage(UnknownCopyData {char(tag), copyData});
    }
}

QByteArray StandbyStatusUpdate::encode() const
{
    QByteArray out(1 + 8 * 4 + 1, Qt::Uninitialized);
    char *p = out.data();
    *p++ = 'r';
    qToBigEndian<std::uint64_t>(write.value(), p);
    qToBigEndian<std::uint64_t>(flush.value(), p + 8);
    qToBigEndian<std::uint64_t>(apply.value(), p + 16);
    qToBigEndian<std::int64_t>(clientTime, p + 24);
    p[32] = replyRequested ? 1 : 0;
    return out;
}

std::variant<StandbyStatusUpdate, ParseError> StandbyStatusUpdate::decode(QByteArrayView body)
{
    ByteReader r(body);
    std::uint8_t tag = 0;
    std::uint64_t w = 0, f = 0, a = 0;
    std::uint8_t reply = 0;
    StandbyStatusUpdate u;
    if (r.u8(tag, "tag") && tag != 'r')
        r.fail(QStringLiteral("not a standby status update"), "tag");
    r.u64(w, "write");
    r.u64(f, "flush");
    r.u64(a, "apply");
    r.i64(u.clientTime, "client time");
    r.u8(reply, "reply flag");
    if (r.ok() && !r.atEnd())
        r.fail(QStringLiteral("%1 trailing bytes").arg(r.remaining()), "status update");
    if (!r.ok())
        return r.error();
    u.write = Lsn(w);
    u.flush = Lsn(f);
    u.apply = Lsn(a);
    u.replyRequested = reply != 0;
    return u;
}

QDebug operator<<(QDebug debug, const XLogData &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "XLogData(" << m.walStart << ".." << m.walEnd << ", " << m.payload.size() << " bytes)";
    return debug;
}

QDebug operator<<(QDebug debug, const PrimaryKeepalive &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Keepalive(" << m.walEnd << (m.replyRequested ? ", reply requested)" : ")");
    return debug;
}

QDebug operator<<(QDebug debug, const StandbyStatusUpdate &m)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "StandbyStatusUpdate(write " << m.write << ", flush " << m.flush << ", apply "
                    << m.apply << (m.replyRequested ? ", reply requested)" : ")");
    return debug;
}

} // namespace pgrepl
