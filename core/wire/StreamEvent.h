#pragma once

#include "wire/Lsn.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>

namespace pgrepl {

// One thing that happened on the replication stream, with the raw bytes, as
// the store and capture files keep it.
struct StreamEvent
{
    enum class Kind : quint8 {
        XLogData, // payload: the pgoutput message
        Keepalive, // payload: the raw 'k' CopyData
        StatusUpdate, // payload: the 'r' CopyData we sent
        Notice, // payload: the notice as text (UTF-8): severity, message, detail, hint
        Error, // payload: UTF-8 text
        Unknown, // payload: the unknown CopyData
        Gap, // payload: UTF-8 text (disconnect, reconnect, copy restarted)
    };
    Kind kind = Kind::XLogData;
    qint64 receivedAtUs = 0; // wall clock, microseconds since the Unix epoch
    Lsn walStart;
    Lsn walEnd;
    std::int64_t serverTime = 0; // PostgreSQL epoch microseconds, 0 if none
    QByteArray payload;
};

using StreamEventBatch = QList<StreamEvent>;

} // namespace pgrepl

Q_DECLARE_METATYPE(pgrepl::StreamEvent)
Q_DECLARE_METATYPE(pgrepl::StreamEventBatch)
