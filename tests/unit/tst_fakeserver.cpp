// ReplicationSession against a scripted fake walsender: the faults a real
// server seldom shows (cut frames, hostile lengths, unknown tags, errors and
// drops mid-stream, a bad SSL answer) and the exact flush position each ack
// mode reports.
#include "FakePgServer.h"
#include "session/ReplicationSession.h"

#include <QSignalSpy>
#include <QtTest>

using namespace pgrepl;
using pgrepl::test::FakePgServer;

namespace {
constexpr int kWaitMs = 5000;
// Long enough that no timer-driven status update lands inside a test.
constexpr int kQuietStatusIntervalMs = 600000;

// A fake server and a session talking to it, with everything the session
// reported kept for the assertions.
struct Rig
{
    // Declared before the session so they outlive it.
    QList<StreamEvent> events;
    QStringList warnings;
    QList<ConnectionError> errors;
    QList<QPair<bool, QString>> stops;
    QList<Lsn> acknowledged;
    bool connected = false;
    FakePgServer server;
    ReplicationSession session;

    Rig()
    {
        session.setStatusIntervalMs(kQuietStatusIntervalMs);
        QObject::connect(&session, &ReplicationSession::eventsReceived, &session,
            [this](const StreamEventBatch &batch) { events += batch; });
        QObject::connect(&session, &ReplicationSession::warning, &session,
            [this](const QString &text) { warnings << text; });
        QObject::connect(&session, &ReplicationSession::failed, &session,
            [this](const ConnectionError &error) { errors << error; });
        QObject::connect(&session, &ReplicationSession::streamStopped, &session,
            [this](bool clean, const QString &reason) { stops << qMakePair(clean, reason); });
        QObject::connect(&session, &ReplicationSession::acknowledged, &session,
            [this](Lsn flush) { acknowledged << flush; });
        QObject::connect(&session, &ReplicationSession::connected, &session, [this] { connected = true; });
    }

    QString describeErrors() const
    {
        QStringList lines;
        for (const ConnectionError &e : errors)
            lines << e.toString();
        return lines.isEmpty() ? QStringLiteral("no error reported") : lines.join(u'\n');
    }

    // Connects to the fake server; true once the session reports connected.
    bool connect(const QString &sslMode = QStringLiteral("disable"))
    {
        if (!server.listen())
            return false;
        ConnEnvironment env;
        env.osUser = QStringLiteral("fake");
        const ConnParseResult parsed = parseConnectionString(server.connectionString(sslMode), env);
        if (!parsed.params)
            return false;
        session.connectToServer(*parsed.params, env);
        return QTest::qWaitFor([this] { return connected || !errors.isEmpty(); }, kWaitMs) && connected;
    }

    // The one call to reach Streaming: connect, start, and wait for the
    // initial status update to reach the server.
    bool startStreaming(AckMode mode = AckMode::Manual, StreamOptions options = {})
    {
        session.setAckMode(mode);
        if (!connect())
            return false;
        if (options.slot.isEmpty())
            options.slot = QStringLiteral("fake_slot");
        if (options.publications.isEmpty())
            options.publications = {QStringLiteral("fake_pub")};
        QSignalSpy started(&session, &ReplicationSession::streamingStarted);
        session.startStreaming(options);
        if (!QTest::qWaitFor([&] { return started.count() > 0 || !errors.isEmpty(); }, kWaitMs))
            return false;
        return started.count() > 0 && server.isStreaming() && server.waitForStatusUpdates(1, kWaitMs);
    }

    QList<StreamEvent> eventsOf(StreamEvent::Kind kind) const
    {
        QList<StreamEvent> out;
        for (const StreamEvent &e : events)
            if (e.kind == kind)
                out << e;
        return out;
    }

    qsizetype count(StreamEvent::Kind kind) const { return eventsOf(kind).size(); }

    // Sends a status update now and returns it as the server decoded it.
    std::optional<StandbyStatusUpdate> statusNow()
    {
        session.sendStatusNow();
        const qsizetype sent = session.counters().statusUpdatesSent;
        if (!server.waitForStatusUpdates(sent, kWaitMs))
            return std::nullopt;
        return server.statusUpdates().value(sent - 1);
    }

    // Streams with a batch interval no test outlasts, then has one
    // transaction (commit end 0/1000180) received and, past the first
    // delivery, held.
    bool holdATransaction(AckMode mode, quint32 xid)
    {
        session.setBatchIntervalMs(600000);
        if (!startStreaming(mode))
            return false;
        sendTransaction(Lsn(0x1000100), Lsn(0x1000180), xid);
        return QTest::qWaitFor([this] { return session.counters().lastReceived == Lsn(0x1000180); }, kWaitMs);
    }

    // One whole transaction: Begin, Commit with this end LSN.
    void sendTransaction(Lsn commitLsn, Lsn endLsn, quint32 xid)
    {
        server.sendXLogData(commitLsn, commitLsn, FakePgServer::pgoutputBegin(commitLsn, xid));
        server.sendXLogData(commitLsn, endLsn, FakePgServer::pgoutputCommit(commitLsn, endLsn));
    }

    bool flushNeverWentBack() const
    {
        Lsn highest;
        for (const StandbyStatusUpdate &u : server.statusUpdates()) {
            if (u.flush.isValid() && u.flush < highest)
                return false;
            highest = std::max(highest, u.flush);
        }
        return true;
    }
};
} // namespace

class TestFakeServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qRegisterMetaType<StreamEventBatch>();
        qRegisterMetaType<ConnectionError>();
    }

    void reachesStreamingWithTheSetupQueries()
    {
        Rig rig;
        QVERIFY2(rig.startStreaming(), qPrintable(rig.describeErrors()));
        QCOMPARE(rig.session.state(), ReplicationSession::State::Streaming);
        QCOMPARE(rig.session.identity().serverVersionNum, 150000);
        QCOMPARE(rig.session.identity().systemId, QStringLiteral("7300000000000000001"));
        QCOMPARE(rig.server.startupParameters().value("replication"), QByteArray("database"));
        const QStringList q = rig.server.queries();
        QCOMPARE(q.size(), 5);
        QCOMPARE(q[0], QStringLiteral("IDENTIFY_SYSTEM"));
        QCOMPARE(q[1], QStringLiteral("SHOW server_version_num"));
        QCOMPARE(q[2], QStringLiteral("SHOW synchronous_standby_names"));
        QVERIFY2(q[3].contains(u"pg_replication_slots") && q[3].contains(u"'fake_slot'"), qPrintable(q[3]));
        QCOMPARE(q[4],
            QStringLiteral("START_REPLICATION SLOT \"fake_slot\" LOGICAL 0/0 (proto_version '3', "
                           "publication_names '\"fake_pub\"')"));
    }

    void syncStandbyNames_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<bool>("refused");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("another standby") << QStringLiteral("walreceiver") << false;
        QTest::newRow("any name") << QStringLiteral("*") << true;
        QTest::newRow("ours, in a FIRST list")
            << QStringLiteral("FIRST 1 (other, \"pgrepl-inspector\")") << true;
        QTest::newRow("ours, ANY, other case") << QStringLiteral("ANY 1 (PGREPL-INSPECTOR)") << true;
    }
    // A session that could become a synchronous standby refuses to go on.
    void syncStandbyNames()
    {
        QFETCH(QString, setting);
        QFETCH(bool, refused);
        Rig rig;
        rig.server.script().synchronousStandbyNames = setting;
        QCOMPARE(rig.connect(), !refused);
        if (!refused)
            return;
        QCOMPARE(rig.errors.size(), qsizetype(1));
        QVERIFY2(rig.errors.first().message.contains(u"could stall every commit"),
            qPrintable(rig.errors.first().message));
        QVERIFY(!rig.server.queries().join(u'\n').contains(u"pg_replication_slots"));
    }

    void slotRefusals_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QString>("plugin");
        QTest::addColumn<bool>("twoPhase");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing slot") << false << QStringLiteral("pgoutput") << false
                                      << QStringLiteral("replication slot \"fake_slot\" does not exist");
        QTest::newRow("other plugin")
            << true << QStringLiteral("test_decoding") << false
            << QStringLiteral("slot \"fake_slot\" is not a logical pgoutput slot (type logical, plugin "
                              "test_decoding)");
        QTest::newRow("two_phase not confirmed")
            << true << QStringLiteral("pgoutput") << true
            << QStringLiteral("two_phase would be turned on for slot \"fake_slot\" for good");
    }
    // Refused before START_REPLICATION, leaving the connection usable.
    void slotRefusals()
    {
        QFETCH(bool, exists);
        QFETCH(QString, plugin);
        QFETCH(bool, twoPhase);
        QFETCH(QString, expected);
        Rig rig;
        rig.server.script().slotExists = exists;
        rig.server.script().plugin = plugin;
        StreamOptions o;
        o.twoPhase = twoPhase;
        QVERIFY(!rig.startStreaming(AckMode::Manual, o));
        QCOMPARE(rig.errors.size(), qsizetype(1));
        QVERIFY2(rig.errors.first().message.contains(expected), qPrintable(rig.errors.first().message));
        QCOMPARE(rig.session.state(), ReplicationSession::State::Ready);
        for (const QString &q : rig.server.queries())
            QVERIFY2(!q.startsWith(u"START_REPLICATION"), qPrintable(q));
    }

    // A temporary copy is made on the same connection and streamed from;
    // the slot itself is never named in START_REPLICATION.
    void temporaryCopy()
    {
        Rig rig;
        StreamOptions o;
        o.temporaryCopy = true;
        QVERIFY2(rig.startStreaming(AckMode::Manual, o), qPrintable(rig.describeErrors()));
        const QString copy = rig.session.streamingSlot();
        QVERIFY2(copy.startsWith(u"pgrepl_copy_4242_"), qPrintable(copy));
        const QStringList q = rig.server.queries();
        QCOMPARE(q.size(), 6);
        QCOMPARE(q[4],
            QStringLiteral(
                "SELECT slot_name, lsn FROM pg_copy_logical_replication_slot('fake_slot', '%1', true)")
                .arg(copy));
        QVERIFY2(q[5].startsWith(QStringLiteral("START_REPLICATION SLOT \"%1\" LOGICAL").arg(copy)),
            qPrintable(q[5]));
    }

    // Every cut point of one XLogData frame, the first piece read by the
    // session before the second is sent: the frame still arrives whole.
    void frameCutAtEveryByte()
    {
        Rig rig;
        QVERIFY2(rig.startStreaming(), qPrintable(rig.describeErrors()));
        const QByteArray payload = FakePgServer::pgoutputBegin(Lsn(0x2000100), 777);
        const qsizetype frameSize
            = FakePgServer::frame('d', FakePgServer::xlogDataBody(Lsn(), Lsn(), payload)).size();
        for (qsizetype cut = 1; cut < frameSize; ++cut) {
            const Lsn start(0x2000000 + quint64(cut));
            const QByteArray frame
                = FakePgServer::frame('d', FakePgServer::xlogDataBody(start, Lsn(0x2000100), payload));
            const qsizetype before = rig.count(StreamEvent::Kind::XLogData);
            // Paused, the first piece waits in the socket; resumed, the
            // session reads it all before the rest exists.
            rig.session.pause();
            rig.server.sendRaw(frame.left(cut));
            QTRY_COMPARE_WITH_TIMEOUT(rig.session.socketBytesAvailable(), qint64(cut), kWaitMs);
            rig.session.resume();
            QTRY_COMPARE_WITH_TIMEOUT(rig.session.socketBytesAvailable(), qint64(0), kWaitMs);
            QCOMPARE(rig.count(StreamEvent::Kind::XLogData), before);
            rig.server.sendRaw(frame.mid(cut));
            QTRY_COMPARE_WITH_TIMEOUT(rig.count(StreamEvent::Kind::XLogData), before + 1, kWaitMs);
            const StreamEvent e = rig.eventsOf(StreamEvent::Kind::XLogData).last();
            QCOMPARE(e.walStart, start);
            QCOMPARE(e.walEnd, Lsn(0x2000100));
            QCOMPARE(e.payload, payload);
        }
        QCOMPARE(rig.session.state(), ReplicationSession::State::Streaming);
        QVERIFY2(rig.errors.isEmpty(), qPrintable(rig.describeErrors()));
    }

    // Two frames delivered one byte per read.
    void framesByteByByte()
    {
        Rig rig;
        QVERIFY2(rig.startStreaming(), qPrintable(rig.describeErrors()));
        const QByteArray bytes = FakePgServer::frame('d',
                                     FakePgServer::xlogDataBody(Lsn(0x2000000), Lsn(0x2000000),
                                         FakePgServer::pgoutputBegin(Lsn(0x2000050), 9)))
            + FakePgServer::frame('d', FakePgServer::keepaliveBody(Lsn(0x2000060), false));
        for (const char c : bytes) {
            rig.session.pause();
            rig.server.sendRaw(QByteArray(1, c));
            QTRY_COMPARE_WITH_TIMEOUT(rig.session.socketBytesAvailable(), qint64(1), kWaitMs);
            rig.session.resume();
            QTRY_COMPARE_WITH_TIMEOUT(rig.session.socketBytesAvailable(), qint64(0), kWaitMs);
        }
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(StreamEvent::Kind::Keepalive), qsizetype(1), kWaitMs);
        QCOMPARE(rig.count(StreamEvent::Kind::XLogData), qsizetype(1));
        QCOMPARE(rig.eventsOf(StreamEvent::Kind::XLogData).first().payload,
            FakePgServer::pgoutputBegin(Lsn(0x2000050), 9));
        QCOMPARE(rig.eventsOf(StreamEvent::Kind::Keepalive).first().walEnd, Lsn(0x2000060));
        QVERIFY2(rig.errors.isEmpty(), qPrintable(rig.describeErrors()));
    }

    void hostileLength_data()
    {
        QTest::addColumn<qint64>("maxMessageSize");
        QTest::addColumn<qint32>("length");
        QTest::addColumn<QString>("expected");
        QTest::newRow("length 2") << qint64(0) << qint32(2)
                                  << QStringLiteral("message 'd' has length 2 (at least 4 expected)");
        QTest::newRow("length 0") << qint64(0) << qint32(0)
                                  << QStringLiteral("message 'd' has length 0 (at least 4 expected)");
        QTest::newRow("negative") << qint64(0) << qint32(-1)
                                  << QStringLiteral("message 'd' has length -1 (at least 4 expected)");
        QTest::newRow("one over the limit")
            << qint64(1000) << qint32(4 + 1001)
            << QStringLiteral("message 'd' claims 1001 bytes, over the limit of 1000");
        QTest::newRow("largest length word")
            << qint64(1000) << qint32(0x7fffffff)
            << QStringLiteral("message 'd' claims 2147483643 bytes, over the limit of 1000");
    }
    void hostileLength()
    {
        QFETCH(qint64, maxMessageSize);
        QFETCH(qint32, length);
        QFETCH(QString, expected);
        Rig rig;
        if (maxMessageSize > 0)
            rig.session.setMaxMessageSize(maxMessageSize);
        QVERIFY2(rig.startStreaming(), qPrintable(rig.describeErrors()));
        rig.server.sendXLogData(
            Lsn(0x2000000), Lsn(0x2000000), FakePgServer::pgoutputBegin(Lsn(0x2000010), 1));
        QByteArray header(1, 'd');
        header.resize(5);
        qToBigEndian(length, header.data() + 1);
        // Only the header: the session must judge the length before any body.
        rig.server.sendRaw(header);
        QTRY_COMPARE_WITH_TIMEOUT(rig.errors.size(), qsizetype(1), kWaitMs);
        const ConnectionError &error = rig.errors.first();
        QCOMPARE(error.kind, ConnectionError::Kind::Protocol);
        QVERIFY2(error.message.contains(expected), qPrintable(error.message));
        QCOMPARE(rig.session.state(), ReplicationSession::State::Disconnected);
        QCOMPARE(rig.stops.size(), qsizetype(1));
        QCOMPARE(rig.stops.first().first, false);
        // What came before the bad frame was delivered, then the gap.
        QCOMPARE(rig.count(StreamEvent::Kind::XLogData), qsizetype(1));
        QCOMPARE(rig.events.last().kind, StreamEvent::Kind::Gap);
        QVERIFY(rig.server.waitForDisconnect(kWaitMs));
    }

    // The limit itself is allowed: only what is over it fails.
    void lengthAtTheLimit()
    {
        Rig rig;
        rig.session.setMaxMessageSize(1000);
        QVERIFY2(rig.startStreaming(), qPrintable(rig.describeErrors()));
        const QByteArray head = FakePgServer::xlogDataBody(Lsn(0x2000000), Lsn(0x2000000), {});
        const QByteArray payload(1000 - head.size(), 'M');
        rig.server.sendXLogData(Lsn(0x2000000), Lsn(0x2000000), payload);
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(StreamEvent::Kind::XLogData), qsizetype(1), kWaitMs);
        QCOMPARE(rig.eventsOf(StreamEvent::Kind::XLogData).first().payload, payload);
        QVERIFY2(rig.errors.isEmpty(), qPrintable(rig.describeErrors()));
    }

    void unknownCopyDataTag()
    {
        Rig rig;
        QVERIFY2(rig.startStreaming(), qPrintable(rig.describeErrors()));
        const QByteArray unknown("z\x01\x02\x03", 4);
        rig.server.sendCopyData(unknown);
        rig.server.sendXLogData(
            Lsn(0x2000000), Lsn(0x2000000), FakePgServer::pgoutputBegin(Lsn(0x2000010), 5));
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(StreamEvent::Kind::XLogData), qsizetype(1), kWaitMs);
        QCOMPARE(rig.count(StreamEvent::Kind::Unknown), qsizetype(1));
        QCOMPARE(rig.eventsOf(StreamEvent::Kind::Unknown).first().payload, unknown);
        QCOMPARE(rig.warnings.size(), qsizetype(1));
        QVERIFY2(rig.warnings.first().contains(u"tag 0x7a"), qPrintable(rig.warnings.first()));
        // The unknown message came first and did not stop what followed.
        qsizetype unknownAt = -1, xlogAt = -1;
        for (qsizetype i = 0; i < rig.events.size(); ++i) {
            if (rig.events[i].kind == StreamEvent::Kind::Unknown)
                unknownAt = i;
            if (rig.events[i].kind == StreamEvent::Kind::XLogData)
                xlogAt = i;
        }
        QVERIFY(unknownAt >= 0 && unknownAt < xlogAt);
        QCOMPARE(rig.session.state(), ReplicationSession::State::Streaming);
        QVERIFY2(rig.errors.isEmpty(), qPrintable(rig.describeErrors()));
    }

    // NoticeResponse and ParameterStatus in mid-stream become events, in order.
    void noticeAndParameterStatusMidStream()
    {
        Rig rig;
        QVERIFY2(rig.startStreaming(), qPrintable(rig.describeErrors()));
        rig.server.sendMessage('N',
            FakePgServer::noticeBody({{'S', QStringLiteral("WARNING")}, {'V', QStringLiteral("WARNING")},
                {'C', QStringLiteral("01000")}, {'M', QStringLiteral("something to know")}}));
        rig.server.sendParameterStatus(QStringLiteral("TimeZone"), QStringLiteral("Europe/Berlin"));
        rig.server.sendXLogData(
            Lsn(0x2000000), Lsn(0x2000000), FakePgServer::pgoutputBegin(Lsn(0x2000010), 5));
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(StreamEvent::Kind::XLogData), qsizetype(1), kWaitMs);
        const QList<StreamEvent> notices = rig.eventsOf(StreamEvent::Kind::Notice);
        QCOMPARE(notices.size(), qsizetype(2));
        QVERIFY2(notices[0].payload.contains("something to know"), notices[0].payload.constData());
        QVERIFY(notices[0].payload.contains("01000"));
        QCOMPARE(notices[1].payload, QByteArray("ParameterStatus: TimeZone = Europe/Berlin"));
        QCOMPARE(rig.session.state(), ReplicationSession::State::Streaming);
    }

    // PostgreSQL 16 and 17 features cannot run on the PostgreSQL 15 sandbox:
    // the fake server plays a 17 and checks what the session asks for.
    void newerServerOptions()
    {
        Rig rig;
        rig.server.script().serverVersion = QStringLiteral("17.2");
        rig.server.script().serverVersionNum = 170002;
        StreamOptions o;
        o.streaming = StreamingMode::Parallel;
        o.origin = QStringLiteral("none");
        o.binary = true;
        o.messages = true;
        QVERIFY2(rig.startStreaming(AckMode::Never, o), qPrintable(rig.describeErrors()));
        QString start;
        for (const QString &q : rig.server.queries())
            if (q.startsWith(u"START_REPLICATION"))
                start = q;
        QVERIFY2(start.contains(u"proto_version '4'"), qPrintable(start));
        QVERIFY(start.contains(u"streaming 'parallel'"));
        QVERIFY(start.contains(u"origin 'none'"));
        QVERIFY(start.contains(u"binary 'true'"));
        QVERIFY(start.contains(u"messages 'true'"));
        QVERIFY(!start.contains(u"two_phase"));
        // A parallel-mode Stream Abort (with abort LSN and time) of the
        // top-level transaction ends it: an idle keepalive may then move auto flush.
        rig.session.setAckMode(AckMode::Auto);
        QByteArray streamStart("S", 1);
        streamStart += QByteArray::fromHex("0000002a01");
        QByteArray streamAbort("A", 1);
        streamAbort += QByteArray::fromHex("0000002a0000002a") + QByteArray::fromHex("0000000002000100")
            + QByteArray::fromHex("0000000000000001");
        rig.server.sendXLogData(Lsn(0x2000000), Lsn(0x2000000), streamStart);
        rig.server.sendXLogData(Lsn(0), Lsn(0), QByteArray("E", 1));
        rig.server.sendKeepalive(Lsn(0x2000080), false);
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(StreamEvent::Kind::Keepalive), qsizetype(1), kWaitMs);
        // Inside the open streamed transaction, the keepalive moved nothing.
        auto now = rig.statusNow();
        QVERIFY(now);
        QCOMPARE(now->flush, Lsn(0x1000000));
        rig.server.sendXLogData(Lsn(0x2000100), Lsn(0x2000100), streamAbort);
        rig.server.sendKeepalive(Lsn(0x2000200), false);
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(StreamEvent::Kind::Keepalive), qsizetype(2), kWaitMs);
        now = rig.statusNow();
        QVERIFY(now);
        QCOMPARE(now->flush, Lsn(0x2000200));
    }

    void errorResponseMidStream_data()
    {
        QTest::addColumn<bool>("serverCloses");
        QTest::newRow("FATAL, then the server closes") << true;
        QTest::newRow("ERROR, then ReadyForQuery") << false;
    }
    void errorResponseMidStream()
    {
        QFETCH(bool, serverCloses);
        Rig rig;
        QVERIFY2(rig.startStreaming(), qPrintable(rig.describeErrors()));
        rig.sendTransaction(Lsn(0x2000000), Lsn(0x2000040), 700);
        const QString severity = serverCloses ? QStringLiteral("FATAL") : QStringLiteral("ERROR");
        rig.server.sendErrorResponse({{'S', severity}, {'V', severity}, {'C', QStringLiteral("55000")},
            {'M', QStringLiteral("replication slot \"fake_slot\" was invalidated")},
            {'D',
                QStringLiteral(
                    "This slot has been invalidated because it exceeded the maximum reserved size.")},
            {'H', QStringLiteral("Drop the slot and create it again.")}});
        if (serverCloses)
            rig.server.closeConnection();
        else
            rig.server.sendReadyForQuery();
        QTRY_COMPARE_WITH_TIMEOUT(rig.errors.size(), qsizetype(1), kWaitMs);
        const ConnectionError &error = rig.errors.first();
        QCOMPARE(error.kind, ConnectionError::Kind::Server);
        QVERIFY(error.server.has_value());
        QCOMPARE(error.server->severity(), severity);
        QCOMPARE(error.server->sqlState(), QStringLiteral("55000"));
        QCOMPARE(error.server->message(), QStringLiteral("replication slot \"fake_slot\" was invalidated"));
        QCOMPARE(error.server->detail(),
            QStringLiteral("This slot has been invalidated because it exceeded the maximum reserved size."));
        QCOMPARE(error.server->hint(), QStringLiteral("Drop the slot and create it again."));
        QVERIFY2(error.toString().contains(u"Drop the slot"), qPrintable(error.toString()));
        // The stream ended, and what came before the error was delivered.
        QTRY_COMPARE_WITH_TIMEOUT(rig.stops.size(), qsizetype(1), kWaitMs);
        QCOMPARE(rig.stops.first().first, false);
        QVERIFY2(rig.stops.first().second.contains(u"was invalidated"), qPrintable(rig.stops.first().second));
        QCOMPARE(rig.count(StreamEvent::Kind::XLogData), qsizetype(2));
        QCOMPARE(rig.events.last().kind, StreamEvent::Kind::Gap);
        QCOMPARE(rig.session.state(),
            serverCloses ? ReplicationSession::State::Disconnected : ReplicationSession::State::Ready);
        // Out of the stream, nothing more is reported to the server.
        const qint64 sent = rig.session.counters().statusUpdatesSent;
        rig.session.sendStatusNow();
        QCOMPARE(rig.session.counters().statusUpdatesSent, sent);
    }

    void sslAnswer_data()
    {
        QTest::addColumn<char>("answer");
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<bool>("connects");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("S then a startup reply in the same write")
            << 'S' << FakePgServer::frame('R', QByteArray(4, '\0')) << QStringLiteral("require") << false
            << int(ConnectionError::Kind::Protocol)
            << QStringLiteral("received unencrypted data after SSL response");
        QTest::newRow("S then one byte") << 'S' << QByteArray("x") << QStringLiteral("prefer") << false
                                         << int(ConnectionError::Kind::Protocol)
                                         << QStringLiteral("received unencrypted data after SSL response");
        QTest::newRow("N, prefer goes on in plain text")
            << 'N' << QByteArray() << QStringLiteral("prefer") << true << 0 << QString();
        QTest::newRow("N, require refuses")
            << 'N' << QByteArray() << QStringLiteral("require") << false << int(ConnectionError::Kind::Tls)
            << QStringLiteral("server does not support SSL, but SSL was required");
        QTest::newRow("neither S nor N") << 'X' << QByteArray() << QStringLiteral("require") << false
                                         << int(ConnectionError::Kind::Protocol)
                                         << QStringLiteral("invalid response to SSL negotiation: 0x58");
    }
    void sslAnswer()
    {
        QFETCH(char, answer);
        QFETCH(QByteArray, extra);
        QFETCH(QString, sslMode);
        QFETCH(bool, connects);
        QFETCH(int, kind);
        QFETCH(QString, expected);
        Rig rig;
        rig.server.script().sslAnswer = answer;
        rig.server.script().afterSslAnswer = extra;
        QCOMPARE(rig.connect(sslMode), connects);
        QVERIFY(!rig.server.frames().isEmpty());
        QCOMPARE(rig.server.frames().first().payload,
            QByteArray::fromHex("04d2162f")); // 80877103: the SSLRequest came first
        if (connects) {
            QVERIFY2(rig.errors.isEmpty(), qPrintable(rig.describeErrors()));
            QCOMPARE(rig.session.state(), ReplicationSession::State::Ready);
            return;
        }
        QCOMPARE(rig.errors.size(), qsizetype(1));
        QCOMPARE(int(rig.errors.first().kind), kind);
        QVERIFY2(rig.errors.first().message.contains(expected), qPrintable(rig.errors.first().message));
        QCOMPARE(rig.session.state(), ReplicationSession::State::Disconnected);
        // Nothing went out after the refusal: no startup packet in plain text.
        QVERIFY(!rig.server.waitForStartup(0));
        QVERIFY(rig.server.waitForDisconnect(kWaitMs));
    }

    void serverDropsMidFrame()
    {
        Rig rig;
        QVERIFY2(rig.startStreaming(), qPrintable(rig.describeErrors()));
        const QByteArray begin = FakePgServer::pgoutputBegin(Lsn(0x2000080), 31);
        const QByteArray commit = FakePgServer::pgoutputCommit(Lsn(0x2000080), Lsn(0x20000a0));
        const QByteArray third = FakePgServer::frame('d',
            FakePgServer::xlogDataBody(
                Lsn(0x20000a0), Lsn(0x20000a0), FakePgServer::pgoutputBegin(Lsn(0x20000c0), 32)));
        rig.server.sendRaw(
            FakePgServer::frame('d', FakePgServer::xlogDataBody(Lsn(0x2000000), Lsn(0x2000000), begin))
            + FakePgServer::frame('d', FakePgServer::xlogDataBody(Lsn(0x2000080), Lsn(0x20000a0), commit))
            + third.left(third.size() / 2));
        rig.server.closeConnection();
        QTRY_COMPARE_WITH_TIMEOUT(rig.errors.size(), qsizetype(1), kWaitMs);
        const ConnectionError &error = rig.errors.first();
        QCOMPARE(error.kind, ConnectionError::Kind::Network);
        QVERIFY2(
            error.message.contains(u"server closed the connection unexpectedly"), qPrintable(error.message));
        QCOMPARE(rig.session.state(), ReplicationSession::State::Disconnected);
        QCOMPARE(rig.stops.size(), qsizetype(1));
        QCOMPARE(rig.stops.first().first, false);
        const QList<StreamEvent> xlog = rig.eventsOf(StreamEvent::Kind::XLogData);
        QCOMPARE(xlog.size(), qsizetype(2));
        QCOMPARE(xlog[0].payload, begin);
        QCOMPARE(xlog[1].payload, commit);
        QCOMPARE(rig.events.last().kind, StreamEvent::Kind::Gap);
        // Manual mode: the received commit moved nothing.
        QCOMPARE(rig.session.flushToReport(), Lsn(0x1000000));
    }

    // Paused, the frames wait in the socket; a server that then says FATAL
    // and closes must not make them, or its reason, disappear.
    void serverClosesWhilePaused()
    {
        Rig rig;
        QVERIFY2(rig.startStreaming(), qPrintable(rig.describeErrors()));
        rig.session.pause();
        const QByteArray begin = FakePgServer::pgoutputBegin(Lsn(0x2000080), 61);
        const QByteArray commit = FakePgServer::pgoutputCommit(Lsn(0x2000080), Lsn(0x20000a0));
        const QByteArray bytes
            = FakePgServer::frame('d', FakePgServer::xlogDataBody(Lsn(0x2000000), Lsn(0x2000000), begin))
            + FakePgServer::frame('d', FakePgServer::xlogDataBody(Lsn(0x2000080), Lsn(0x20000a0), commit))
            + FakePgServer::frame('E',
                FakePgServer::noticeBody({{'S', QStringLiteral("FATAL")}, {'V', QStringLiteral("FATAL")},
                    {'C', QStringLiteral("57P01")},
                    {'M', QStringLiteral("terminating connection due to administrator command")}}));
        rig.server.sendRaw(bytes);
        QTRY_COMPARE_WITH_TIMEOUT(rig.session.socketBytesAvailable(), qint64(bytes.size()), kWaitMs);
        QCOMPARE(rig.count(StreamEvent::Kind::XLogData), qsizetype(0));
        rig.server.closeConnection();
        QTRY_COMPARE_WITH_TIMEOUT(rig.errors.size(), qsizetype(1), kWaitMs);
        const ConnectionError &error = rig.errors.first();
        QVERIFY2(error.server.has_value(), qPrintable(error.toString()));
        QCOMPARE(error.server->sqlState(), QStringLiteral("57P01"));
        QCOMPARE(
            error.server->message(), QStringLiteral("terminating connection due to administrator command"));
        const QList<StreamEvent> xlog = rig.eventsOf(StreamEvent::Kind::XLogData);
        QCOMPARE(xlog.size(), qsizetype(2));
        QCOMPARE(xlog[0].payload, begin);
        QCOMPARE(xlog[1].payload, commit);
        QCOMPARE(rig.events.last().kind, StreamEvent::Kind::Gap);
        QCOMPARE(rig.session.state(), ReplicationSession::State::Disconnected);
    }

    // A session that failed while paused starts unpaused on its next
    // connection, or it would never read the server's answer.
    void reconnectAfterFailingWhilePaused()
    {
        Rig rig;
        QVERIFY2(rig.startStreaming(), qPrintable(rig.describeErrors()));
        rig.session.pause();
        QVERIFY(rig.session.isPaused());
        rig.server.closeConnection();
        QTRY_COMPARE_WITH_TIMEOUT(rig.errors.size(), qsizetype(1), kWaitMs);

        FakePgServer second;
        QVERIFY(second.listen());
        ConnEnvironment env;
        env.osUser = QStringLiteral("fake");
        QSignalSpy connected(&rig.session, &ReplicationSession::connected);
        rig.session.connectToServer(*parseConnectionString(second.connectionString(), env).params, env);
        QVERIFY2(connected.wait(kWaitMs), qPrintable(rig.describeErrors()));
        QVERIFY(!rig.session.isPaused());
        QCOMPARE(rig.session.state(), ReplicationSession::State::Ready);
    }

    void keepaliveReply_data()
    {
        QTest::addColumn<bool>("replyRequested");
        QTest::newRow("reply requested") << true;
        QTest::newRow("no reply requested") << false;
    }
    void keepaliveReply()
    {
        QFETCH(bool, replyRequested);
        Rig rig;
        QVERIFY2(rig.startStreaming(), qPrintable(rig.describeErrors()));
        const qsizetype before = rig.server.statusUpdates().size();
        QCOMPARE(before, qsizetype(1)); // the one sent when the stream started
        rig.server.sendKeepalive(Lsn(0x2000000), replyRequested);
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(StreamEvent::Kind::Keepalive), qsizetype(1), kWaitMs);
        if (!replyRequested) {
            // The keepalive was handled; a status update would have been
            // counted in the same pass.
            QCOMPARE(rig.session.counters().statusUpdatesSent, qint64(before));
            return;
        }
        QVERIFY(rig.server.waitForStatusUpdates(before + 1, kWaitMs));
        const StandbyStatusUpdate reply = rig.server.statusUpdates().last();
        QCOMPARE(reply.replyRequested, false);
        QCOMPARE(reply.flush, Lsn(0x1000000));
        QVERIFY(reply.clientTime > 0);
        QCOMPARE(rig.count(StreamEvent::Kind::StatusUpdate), qsizetype(2));
    }

    void neverModeSendsZero()
    {
        Rig rig;
        QVERIFY2(rig.startStreaming(AckMode::Never), qPrintable(rig.describeErrors()));
        rig.sendTransaction(Lsn(0x2000000), Lsn(0x2000040), 11);
        rig.server.sendKeepalive(Lsn(0x2000100), true);
        QVERIFY(rig.server.waitForStatusUpdates(2, kWaitMs));
        const auto now = rig.statusNow();
        QVERIFY(now);
        // acknowledge() is for manual mode only: refused, nothing sent.
        const qint64 sent = rig.session.counters().statusUpdatesSent;
        rig.session.acknowledge(Lsn(0x2000040));
        QCOMPARE(rig.session.counters().statusUpdatesSent, sent);
        QVERIFY2(rig.warnings.last().contains(u"manual mode"), qPrintable(rig.warnings.last()));
        const QList<StandbyStatusUpdate> updates = rig.server.statusUpdates();
        QCOMPARE(updates.size(), qsizetype(3));
        for (const StandbyStatusUpdate &u : updates) {
            QCOMPARE(u.flush, Lsn());
            QCOMPARE(u.apply, Lsn());
        }
        QCOMPARE(updates.last().write, Lsn(0x2000040)); // what was received is still reported
        QVERIFY(rig.acknowledged.isEmpty());
    }

    void manualModeStartsAtTheSlotsConfirmedFlush()
    {
        Rig rig;
        rig.server.script().confirmedFlush = Lsn(0x1A2B3C0);
        QVERIFY2(rig.startStreaming(AckMode::Manual), qPrintable(rig.describeErrors()));
        const StandbyStatusUpdate first = rig.server.statusUpdates().first();
        QCOMPARE(first.flush, Lsn(0x1A2B3C0));
        QCOMPARE(rig.session.counters().slotConfirmedFlushAtStart, Lsn(0x1A2B3C0));
        // Received but not acknowledged: still the slot's own position.
        rig.sendTransaction(Lsn(0x2000000), Lsn(0x2000040), 12);
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(StreamEvent::Kind::XLogData), qsizetype(2), kWaitMs);
        const auto now = rig.statusNow();
        QVERIFY(now);
        QCOMPARE(now->flush, Lsn(0x1A2B3C0));
        QCOMPARE(now->write, Lsn(0x2000040));
    }

    void manualAcknowledge()
    {
        Rig rig;
        rig.server.script().confirmedFlush = Lsn(0x1000000);
        QVERIFY2(rig.startStreaming(AckMode::Manual), qPrintable(rig.describeErrors()));
        // A transaction that ends below the slot's position (a replay of
        // what it already confirmed), then two new ones.
        rig.sendTransaction(Lsn(0x0F00000), Lsn(0x0F00040), 20);
        rig.sendTransaction(Lsn(0x1000100), Lsn(0x1000150), 21);
        rig.sendTransaction(Lsn(0x1000200), Lsn(0x1000250), 22);
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(StreamEvent::Kind::XLogData), qsizetype(6), kWaitMs);

        // The first status update reported the slot's own position: that
        // acknowledges nothing new.
        QVERIFY(rig.acknowledged.isEmpty());
        rig.session.acknowledge(Lsn(0x1000150));
        QCOMPARE(rig.acknowledged, (QList<Lsn> {Lsn(0x1000150)}));
        QVERIFY(rig.server.waitForStatusUpdates(2, kWaitMs));
        QCOMPARE(rig.server.statusUpdates().last().flush, Lsn(0x1000150));

        struct Refusal
        {
            Lsn lsn;
            const char16_t *why;
        };
        const Refusal refusals[] = {
            {Lsn(0x1000100), u"is not the end of a transaction"}, // a commit LSN, not its end
            {Lsn(0x1000200), u"is not the end of a transaction"}, // never received as an end
            {Lsn(0x3000000), u"is not the end of a transaction"}, // beyond anything received
            {Lsn(0x0F00040), u"never moves it back"}, // below the slot
            {Lsn(0x1000150), u"never moves it back"}, // already sent
        };
        for (const Refusal &r : refusals) {
            const qint64 sent = rig.session.counters().statusUpdatesSent;
            const qsizetype warnings = rig.warnings.size();
            rig.session.acknowledge(r.lsn);
            QCOMPARE(rig.session.counters().statusUpdatesSent, sent);
            QCOMPARE(rig.warnings.size(), warnings + 1);
            QVERIFY2(
                rig.warnings.last().contains(QString::fromUtf16(r.why)), qPrintable(rig.warnings.last()));
            QCOMPARE(rig.session.flushToReport(), Lsn(0x1000150));
        }

        rig.session.acknowledge(Lsn(0x1000250));
        QVERIFY(rig.server.waitForStatusUpdates(3, kWaitMs));
        QCOMPARE(rig.server.statusUpdates().last().flush, Lsn(0x1000250));
        // A lower received end after a higher one was sent: refused.
        rig.session.acknowledge(Lsn(0x1000150));
        const auto now = rig.statusNow();
        QVERIFY(now);
        QCOMPARE(now->flush, Lsn(0x1000250));
        QCOMPARE(rig.acknowledged, (QList<Lsn> {Lsn(0x1000150), Lsn(0x1000250)}));
        QVERIFY(rig.flushNeverWentBack());
    }

    // Switching modes never lowers a flush already sent.
    void flushNeverGoesBelowWhatWasSent()
    {
        Rig rig;
        QVERIFY2(rig.startStreaming(AckMode::Auto), qPrintable(rig.describeErrors()));
        rig.sendTransaction(Lsn(0x1000100), Lsn(0x1000180), 30);
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(StreamEvent::Kind::XLogData), qsizetype(2), kWaitMs);
        auto now = rig.statusNow();
        QVERIFY(now);
        QCOMPARE(now->flush, Lsn(0x1000180));
        rig.session.setAckMode(AckMode::Manual);
        now = rig.statusNow();
        QVERIFY(now);
        QCOMPARE(now->flush, Lsn(0x1000180)); // not back to the slot's 0/1000000
        QVERIFY(rig.flushNeverWentBack());
    }

    void autoModeFollowsCommitsAndIdleKeepalives()
    {
        Rig rig;
        QVERIFY2(rig.startStreaming(AckMode::Auto), qPrintable(rig.describeErrors()));
        QCOMPARE(rig.server.statusUpdates().first().flush, Lsn(0x1000000));

        rig.sendTransaction(Lsn(0x1000100), Lsn(0x1000180), 40);
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(StreamEvent::Kind::XLogData), qsizetype(2), kWaitMs);
        auto now = rig.statusNow();
        QVERIFY(now);
        QCOMPARE(now->flush, Lsn(0x1000180));
        QCOMPARE(rig.acknowledged.last(), Lsn(0x1000180));

        // Inside a transaction a keepalive's wal_end says nothing about
        // what was seen: flush stays at the last commit.
        rig.server.sendXLogData(
            Lsn(0x1000200), Lsn(0x1000200), FakePgServer::pgoutputBegin(Lsn(0x1000300), 41));
        rig.server.sendKeepalive(Lsn(0x1000280), false);
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(StreamEvent::Kind::Keepalive), qsizetype(1), kWaitMs);
        now = rig.statusNow();
        QVERIFY(now);
        QCOMPARE(now->flush, Lsn(0x1000180));

        // The commit, then an idle keepalive: flush moves to its wal_end.
        rig.server.sendXLogData(
            Lsn(0x1000300), Lsn(0x1000340), FakePgServer::pgoutputCommit(Lsn(0x1000300), Lsn(0x1000340)));
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(StreamEvent::Kind::XLogData), qsizetype(4), kWaitMs);
        now = rig.statusNow();
        QVERIFY(now);
        QCOMPARE(now->flush, Lsn(0x1000340));
        rig.server.sendKeepalive(Lsn(0x1000500), false);
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(StreamEvent::Kind::Keepalive), qsizetype(2), kWaitMs);
        now = rig.statusNow();
        QVERIFY(now);
        QCOMPARE(now->flush, Lsn(0x1000500));
        QVERIFY(rig.flushNeverWentBack());
    }

    // Auto mode needs no prompt: the status timer carries the commit.
    void autoModeReportsOnTheTimer()
    {
        Rig rig;
        QVERIFY2(rig.startStreaming(AckMode::Auto), qPrintable(rig.describeErrors()));
        rig.session.setStatusIntervalMs(100);
        rig.sendTransaction(Lsn(0x1000100), Lsn(0x1000180), 50);
        QTRY_VERIFY_WITH_TIMEOUT(!rig.server.statusUpdates().isEmpty()
                && rig.server.statusUpdates().last().flush == Lsn(0x1000180),
            kWaitMs);
    }

    // A batch interval holds events back until it ends, so a receiver in
    // another thread wakes a few times a second, not on every read; what is
    // held back is never lost.
    void batchIntervalHoldsEventsBack()
    {
        Rig rig;
        rig.session.setBatchIntervalMs(600000); // never ends within the test
        QSignalSpy batches(&rig.session, &ReplicationSession::eventsReceived);
        QVERIFY2(rig.startStreaming(), qPrintable(rig.describeErrors()));
        // The first read after a quiet spell goes out at once (here: with
        // the status update sent on start, itself delivered at once).
        const qsizetype before = batches.count();
        QVERIFY(before >= 1);
        rig.server.sendKeepalive(Lsn(0x1000200), false);
        QTRY_COMPARE_WITH_TIMEOUT(rig.session.counters().keepalives, qint64(1), kWaitMs);
        rig.server.sendKeepalive(Lsn(0x1000300), false);
        QTRY_COMPARE_WITH_TIMEOUT(rig.session.counters().keepalives, qint64(2), kWaitMs);
        // Read, and kept: at most the first keepalive went out, as the
        // first read since the start's delivery could not be sooner.
        QVERIFY(rig.count(StreamEvent::Kind::Keepalive) < 2);
        // Disconnecting hands over everything first.
        rig.session.disconnectFromServer();
        QCOMPARE(rig.count(StreamEvent::Kind::Keepalive), qsizetype(2));
        QCOMPARE(rig.eventsOf(StreamEvent::Kind::Keepalive).last().walEnd, Lsn(0x1000300));
    }

    // Auto mode reports only what was handed on; a held batch is handed on
    // first, so the last status before a stop covers all that was received.
    void autoModeStopCoversHeldEvents()
    {
        Rig rig;
        QVERIFY2(rig.holdATransaction(AckMode::Auto, 60), qPrintable(rig.describeErrors()));
        rig.session.stop();
        QTRY_COMPARE_WITH_TIMEOUT(rig.stops.size(), qsizetype(1), kWaitMs);
        QCOMPARE(rig.count(StreamEvent::Kind::XLogData), qsizetype(2));
        // The status sent before CopyDone names the commit.
        QCOMPARE(rig.server.statusUpdates().last().flush, Lsn(0x1000180));
        QVERIFY(rig.flushNeverWentBack());
    }

    // Switching to auto hands the held batch on before the acknowledgement
    // can name what is in it.
    void switchingToAutoHandsHeldEventsOn()
    {
        Rig rig;
        QVERIFY2(rig.holdATransaction(AckMode::Manual, 61), qPrintable(rig.describeErrors()));
        QVERIFY(rig.count(StreamEvent::Kind::XLogData) < 2); // held
        rig.session.setAckMode(AckMode::Auto);
        QCOMPARE(rig.count(StreamEvent::Kind::XLogData), qsizetype(2));
        const auto now = rig.statusNow();
        QVERIFY(now);
        QCOMPARE(now->flush, Lsn(0x1000180));
    }

    void batchIntervalEndsWithADelivery()
    {
        Rig rig;
        rig.session.setBatchIntervalMs(150);
        QSignalSpy batches(&rig.session, &ReplicationSession::eventsReceived);
        QVERIFY2(rig.startStreaming(), qPrintable(rig.describeErrors()));
        for (int i = 0; i < 20; ++i)
            rig.server.sendKeepalive(Lsn(0x1000200 + 0x10 * quint64(i)), false);
        // No other prompt: the interval's end delivers what is left.
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(StreamEvent::Kind::Keepalive), qsizetype(20), kWaitMs);
        QCOMPARE(rig.eventsOf(StreamEvent::Kind::Keepalive).last().walEnd, Lsn(0x1000200 + 0x10 * 19));
        QCOMPARE(rig.session.counters().keepalives, qint64(20));
    }

    void stopHandshake()
    {
        Rig rig;
        QVERIFY2(rig.startStreaming(), qPrintable(rig.describeErrors()));
        rig.session.stop();
        QTRY_COMPARE_WITH_TIMEOUT(rig.stops.size(), qsizetype(1), kWaitMs);
        QCOMPARE(rig.stops.first().first, true);
        QCOMPARE(rig.server.frameCount('c'), qsizetype(1));
        QCOMPARE(rig.session.state(), ReplicationSession::State::Disconnected);
        QVERIFY(rig.server.waitForDisconnect(kWaitMs));
        QVERIFY2(rig.errors.isEmpty(), qPrintable(rig.describeErrors()));
    }
};

QTEST_GUILESS_MAIN(TestFakeServer)
#include "tst_fakeserver.moc"
