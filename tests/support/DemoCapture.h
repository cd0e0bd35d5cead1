#pragma once

// A capture that looks like a real session: the messages of a PostgreSQL 15
// pg_recvlogical file (proto 1) with plausible LSNs, times, keepalives and
// status updates, and a header a server could have written. For tests that
// need a .pgcap with every field set (screenshots, go-to, filters), or just
// the file's messages. The including target defines PGOUTPUT_TEST_DATA
// (tests/data/pgoutput).

#include "StreamEvents.h"
#include "pgoutput/RecvlogicalReader.h"
#include "store/CaptureHeader.h"
#include "store/CaptureWriter.h"
#include "wire/StreamEvent.h"

#include <QString>

namespace pgrepl::test {

inline namespace demo_capture {
using namespace pgrepl::pgoutput;

inline constexpr quint64 StartLsn = 0x1EF4000;
inline constexpr qint64 CaptureStartUs = Q_INT64_C(1764255600000000); // 2025-11-27 15:00 UTC
inline constexpr std::int64_t PgEpochOffsetUs = Q_INT64_C(946684800000000);

// The file's 61 messages in order, as bare XLogData events: no positions,
// times or keepalives, which each test adds as it needs them. A file that
// does not read is fatal, or, given error, said there with nothing returned.
inline StreamEventBatch captureMessages(QString *error = nullptr)
{
    DecoderState state;
    QString why;
    auto reader
        = RecvlogicalReader::open(QStringLiteral(PGOUTPUT_TEST_DATA "/proto1-changes.bin"), state, &why);
    StreamEventBatch out;
    if (reader) {
        for (const auto &entry : reader->readAll())
            out << xlog(entry.raw.toByteArray());
        if (reader->hasError())
            why = reader->error().toString();
    }
    if (!reader || reader->hasError()) {
        if (!error)
            qFatal("cannot read the capture: %s", qPrintable(why));
        *error = why;
        return {};
    }
    return out;
}

inline CaptureHeader plausibleHeader(const QString &startCommand)
{
    CaptureHeader h;
    h.systemId = QStringLiteral("7441234567890123456");
    h.timeline = 1;
    h.serverVersion = QStringLiteral("15.5 (Debian 15.5-0+deb12u1)");
    h.serverVersionNum = 150005;
    h.database = QStringLiteral("shop");
    h.slotName = QStringLiteral("inspector_demo");
    h.publications = {{QStringLiteral("pub_all"), QStringLiteral("FOR ALL TABLES")}};
    h.startReplicationCommand = startCommand;
    h.startLsn = Lsn(StartLsn);
    h.captureStartUs = CaptureStartUs;
    h.timeZone = QStringLiteral("UTC");
    h.dateStyle = QStringLiteral("ISO, MDY");
    h.intervalStyle = QStringLiteral("postgres");
    h.extraFloatDigits = 3;
    h.serverEncoding = QStringLiteral("UTF8");
    h.typeNames.insert(17305,
        CaptureTypeName {QStringLiteral("Odd Schema"), QStringLiteral("mood"),
            QStringLiteral("\"Odd Schema\".mood"), 0, false});
    return h;
}

// The capture's messages as the session would have received them, with a
// keepalive and our status update after every few transactions.
inline StreamEventBatch streamFromCapture()
{
    StreamEventBatch out;
    quint64 lsn = StartLsn;
    qint64 now = CaptureStartUs;
    int commits = 0;
    for (const StreamEvent &captured : captureMessages()) {
        now += 1500;
        lsn += quint64(captured.payload.size());
        StreamEvent e = xlog(captured.payload, lsn, now);
        e.serverTime = now - PgEpochOffsetUs - 800;
        out << e;
        if (captured.payload.startsWith('C') && ++commits % 4 == 0) {
            now += 10000;
            StreamEvent k = keepalive(lsn, quint64(now - PgEpochOffsetUs), now);
            k.serverTime = now - PgEpochOffsetUs;
            out << k;
            now += 200;
            out << statusUpdate(lsn, quint64(now - PgEpochOffsetUs), now);
        }
    }
    return out;
}

// Writes streamFromCapture() under plausibleHeader() to path.
inline bool writeDemoCapture(const QString &path, QString *error)
{
    CaptureWriter writer;
    if (!writer.open(path,
            plausibleHeader(QStringLiteral("START_REPLICATION SLOT inspector_demo LOGICAL 0/1EF4000 "
                                           "(proto_version '1', publication_names 'pub_all')")))
        || !writer.append(streamFromCapture()) || !writer.close()) {
        *error = writer.errorString();
        return false;
    }
    return true;
}
} // namespace demo_capture

} // namespace pgrepl::test
