#pragma once

// Stream events built by hand, as the session would hand them to the store,
// for tests and benchmarks of the store and everything above it. Payloads
// come from PgoutputBytes.h; this header needs only the wire library.

#include "PgoutputBytes.h"
#include "wire/StreamEvent.h"

namespace pgrepl::test {

// Any event: kind, payload, WAL end and when it came; the builders below
// fill these in for each kind.
inline StreamEvent streamEvent(
    StreamEvent::Kind kind, const QByteArray &payload, quint64 walEnd = 0, qint64 receivedAtUs = 0)
{
    StreamEvent e;
    e.kind = kind;
    e.receivedAtUs = receivedAtUs;
    e.walEnd = Lsn(walEnd);
    e.payload = payload;
    return e;
}

// XLogData carrying one pgoutput message; walStart is its WAL end too.
inline StreamEvent xlog(const QByteArray &payload, quint64 walStart = 0, qint64 receivedAtUs = 0)
{
    StreamEvent e = streamEvent(StreamEvent::Kind::XLogData, payload, walStart, receivedAtUs);
    e.walStart = Lsn(walStart);
    return e;
}

// A primary keepalive as received: 'k', WAL end, server time, no reply
// asked. The event's serverTime field stays 0, as the tests' streams had it.
inline StreamEvent keepalive(quint64 walEnd, quint64 serverTime = Ts, qint64 receivedAtUs = 0)
{
    return streamEvent(StreamEvent::Kind::Keepalive, PgoutputBytes('k').i64(walEnd).i64(serverTime).u8(0),
        walEnd, receivedAtUs);
}

// Our standby status update: written, flushed and applied all at lsn.
inline StreamEvent statusUpdate(quint64 lsn, quint64 sendTime = Ts, qint64 receivedAtUs = 0)
{
    return streamEvent(StreamEvent::Kind::StatusUpdate,
        PgoutputBytes('r').i64(lsn).i64(lsn).i64(lsn).i64(sendTime).u8(0), lsn, receivedAtUs);
}

// A server notice, as the text the session keeps of it.
inline StreamEvent notice(const QByteArray &text)
{
    return streamEvent(StreamEvent::Kind::Notice, text);
}

// The session lost the stream and started it again: why, as text.
inline StreamEvent gap(const QByteArray &reason)
{
    return streamEvent(StreamEvent::Kind::Gap, reason);
}

// One chunk of a streamed transaction xid, positions rising from lsn: Stream
// Start, on the first chunk the Relations of public.wanted (oid 1) and
// public.other (oid 2), an insert of value into oid, Stream Stop.
inline StreamEventBatch streamedInsertChunk(
    quint64 &lsn, quint32 xid, bool first, quint32 oid, const QByteArray &value)
{
    StreamEventBatch b;
    b << xlog(streamStart(xid, first), lsn += 0x10);
    if (first) {
        b << xlog(relation(1, "public", "wanted", {"v"}, xid), lsn += 0x10);
        b << xlog(relation(2, "public", "other", {"v"}, xid), lsn += 0x10);
    }
    b << xlog(insert(oid, {value}, xid), lsn += 0x10);
    b << xlog(streamStop(), lsn += 0x10);
    return b;
}

// Appends each payload as XLogData (no positions); false at the first the
// store refuses. A template so that this header needs no store library.
template<typename Store> bool appendAll(Store &store, const QList<QByteArray> &payloads)
{
    for (const QByteArray &p : payloads)
        if (!store.append(xlog(p)))
            return false;
    return true;
}

} // namespace pgrepl::test
