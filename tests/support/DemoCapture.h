#pragma once

// A capture that looks like a real session: the messages of a PostgreSQL 15
// pg_recvlogical file (proto 1) with plausible LSNs, times, keepalives and
// status updates, and a header a server could have written. For tests that
// need a .pgcap with every field set (screenshots, go-to, filters). The
// including target defines PGOUTPUT_TEST_DATA (tests/data/pgoutput).

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

inline QByteArray be64(quint64 v)
{
    QByteArray b(8, '\0');
    for (int i = 0; i < 8; ++i)
        b[i] = static_cast<char>((v >> (8 * (7 - i))) & 0xff);
    return b;
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
    DecoderState state;
    QString error;
    auto reader
        = RecvlogicalReader::open(QStringLiteral(PGOUTPUT_TEST_DATA "/proto1-changes.bin"), state, &error);
    if (!reader)
        qFatal("cannot read the capture: %s", qPrintable(error));
    StreamEventBatch out;
    quint64 lsn = StartLsn;
    qint64 now = CaptureStartUs;
    int commits = 0;
    for (const auto &entry : reader->readAll()) {
        StreamEvent e;
        e.kind = StreamEvent::Kind::XLogData;
        now += 1500;
        lsn += quint64(entry.raw.size());
        e.receivedAtUs = now;
        e.walStart = Lsn(lsn);
        e.walEnd = Lsn(lsn);
        e.serverTime = now - PgEpochOffsetUs - 800;
        e.payload = entry.raw.toByteArray();
        out << e;
        if (std::holds_alternative<Commit>(entry.message) && ++commits % 4 == 0) {
            StreamEvent k;
            k.kind = StreamEvent::Kind::Keepalive;
            k.receivedAtUs = now += 10000;
            k.walEnd = Lsn(lsn);
            k.serverTime = now - PgEpochOffsetUs;
            k.payload = 'k' + be64(lsn) + be64(quint64(k.serverTime)) + '\0';
            out << k;
            StreamEvent r;
            r.kind = StreamEvent::Kind::StatusUpdate;
            r.receivedAtUs = now += 200;
            r.walEnd = Lsn(lsn);
            r.payload = 'r' + be64(lsn) + be64(lsn) + be64(lsn) + be64(quint64(now - PgEpochOffsetUs)) + '\0';
            out << r;
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
