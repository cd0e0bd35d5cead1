// ReplicationSession against the real sandbox: streaming, the three ack
// modes checked against pg_replication_slots, pause with backpressure, step,
// endpos, temporary copies, and the refusals that protect someone's slot.
#include "SandboxClient.h"
#include "session/ReplicationSession.h"

#include <QSignalSpy>
#include <QtEndian>
#include <QtTest>

using namespace pgrepl;
using pgrepl::test::Sandbox;

namespace {
// The end LSN of a pgoutput Commit message.
Lsn commitEnd(const QByteArray &payload)
{
    return Lsn(qFromBigEndian<quint64>(payload.constData() + 10));
}
} // namespace

class TestReplicationSession : public QObject
{
    Q_OBJECT

private:
    test::SandboxClient m_pg;
    Sandbox::PublishedTable m_published;

    QString newSlot(bool twoPhase = false)
    {
        const QString slot = Sandbox::uniqueName(QStringLiteral("tst_slot"));
        m_pg.sql(QStringLiteral("SELECT pg_create_logical_replication_slot('%1', 'pgoutput', false, %2)")
                     .arg(slot, twoPhase ? QStringLiteral("true") : QStringLiteral("false")));
        return slot;
    }

    Lsn slotConfirmed(const QString &slot)
    {
        return Lsn::parse(
            m_pg.sql(QStringLiteral("SELECT confirmed_flush_lsn FROM pg_replication_slots WHERE "
                                    "slot_name = '%1'")
                         .arg(slot)))
            .value_or(Lsn());
    }

    // One psql run; each INSERT is its own transaction.
    void insertTransactions(int count, int rowsEach = 1)
    {
        QStringList statements;
        for (int i = 0; i < count; ++i)
            statements << QStringLiteral(
                "INSERT INTO %1 (v) SELECT 'row ' || g FROM generate_series(1, %2) g")
                              .arg(m_published.table)
                              .arg(rowsEach);
        m_pg.sql(statements.join(QStringLiteral(";\n")));
    }

    // Connects s to the sandbox: whether it said so within 10 s.
    bool connectSession(ReplicationSession &s, const QString &dsnExtra = {})
    {
        QSignalSpy connected(&s, &ReplicationSession::connected);
        s.connectToServer(m_pg.params(dsnExtra), m_pg.env());
        return connected.wait(10000);
    }

    // extra, to stream slot with the test's publication.
    StreamOptions streamOptions(const QString &slot, StreamOptions extra = {}) const
    {
        extra.slot = slot;
        extra.publications = {m_published.publication};
        return extra;
    }

    static StreamOptions temporaryCopy()
    {
        StreamOptions o;
        o.temporaryCopy = true;
        return o;
    }

    // A connected session, streaming from slot; events collected in *events.
    std::unique_ptr<ReplicationSession> startSession(const QString &slot, AckMode mode,
        QList<StreamEvent> *events, StreamOptions extra = {}, const QString &dsnExtra = {})
    {
        auto s = std::make_unique<ReplicationSession>();
        s->setStatusIntervalMs(200);
        s->setAckMode(mode);
        connect(s.get(), &ReplicationSession::eventsReceived, this,
            [events](const StreamEventBatch &b) { events->append(b); });
        QSignalSpy failed(s.get(), &ReplicationSession::failed);
        if (!connectSession(*s, dsnExtra))
            return nullptr;
        QSignalSpy started(s.get(), &ReplicationSession::streamingStarted);
        s->startStreaming(streamOptions(slot, extra));
        if (!QTest::qWaitFor([&] { return started.count() > 0 || failed.count() > 0; }, 10000))
            return nullptr;
        if (failed.count() > 0) {
            qWarning(
                "session failed: %s", qPrintable(failed.first().first().value<ConnectionError>().toString()));
            return nullptr;
        }
        return s;
    }

    // A new slot, transactions committed into it, then a session in mode
    // streaming it until all their commits arrived (nullptr, the test
    // failed, when the session did not start or they did not come).
    struct Streaming
    {
        QString slot;
        Lsn before; // the slot's confirmed position before the transactions
        QList<StreamEvent> events;
        std::unique_ptr<ReplicationSession> session;
    };
    // On the heap: the session's handler holds the address of events.
    std::unique_ptr<Streaming> streamCommitted(
        AckMode mode, int transactions, int rowsEach = 1, const StreamOptions &extra = {})
    {
        auto streaming = std::make_unique<Streaming>();
        streaming->slot = newSlot();
        streaming->before = slotConfirmed(streaming->slot);
        insertTransactions(transactions, rowsEach);
        streaming->session = startSession(streaming->slot, mode, &streaming->events, extra);
        [&] {
            QVERIFY(streaming->session);
            QTRY_COMPARE_WITH_TIMEOUT(commitEnds(streaming->events).size(), transactions, 10000);
        }();
        if (QTest::currentTestFailed())
            return nullptr;
        return streaming;
    }

    static QList<Lsn> commitEnds(const QList<StreamEvent> &events)
    {
        QList<Lsn> ends;
        for (const StreamEvent &e : events)
            if (e.kind == StreamEvent::Kind::XLogData && e.payload.startsWith('C'))
                ends << commitEnd(e.payload);
        return ends;
    }

    static int countTag(const QList<StreamEvent> &events, char tag)
    {
        int n = 0;
        for (const StreamEvent &e : events)
            n += e.kind == StreamEvent::Kind::XLogData && e.payload.startsWith(tag);
        return n;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pg.load(&error), qPrintable(error));
        m_published = m_pg->publishNewTable(QStringLiteral("tst_rs"), QStringLiteral("tst_pub"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase()
    {
        m_pg->dropInactiveSlots(QStringLiteral("tst_slot"));
        m_pg->dropPublishedTable(m_published);
    }

    void identifiesServer()
    {
        ReplicationSession s;
        QSignalSpy connected(&s, &ReplicationSession::connected);
        s.connectToServer(m_pg.params(), m_pg.env());
        QVERIFY(connected.wait(10000));
        const auto id = connected.first().first().value<ServerIdentity>();
        QCOMPARE(id.systemId, m_pg.sql(QStringLiteral("SELECT system_identifier FROM pg_control_system()")));
        QCOMPARE(id.dbname, QStringLiteral("pgrepl_test"));
        QCOMPARE(id.serverVersionNum, m_pg.sql(QStringLiteral("SHOW server_version_num")).toInt());
        // The fixed session settings took effect.
        QCOMPARE(id.dateStyle, QStringLiteral("ISO, MDY"));
        QCOMPARE(id.intervalStyle, QStringLiteral("postgres"));
        QVERIFY(!id.timeZone.isEmpty());
        s.disconnectFromServer();
    }

    void walksThroughTheConnectionStates()
    {
        ReplicationSession s;
        QList<ReplicationSession::State> states;
        connect(&s, &ReplicationSession::stateChanged, this,
            [&states](ReplicationSession::State st) { states << st; });
        QSignalSpy connected(&s, &ReplicationSession::connected);
        ConnParams p = *parseConnectionString(
            QStringLiteral("host=localhost port=%1 dbname=pgrepl_test user=pgrepl_scram "
                           "password=pw-scram sslmode=verify-full sslrootcert=%2")
                .arg(m_pg->port())
                .arg(m_pg->value(QStringLiteral("PGREPL_SANDBOX_CA"))),
            m_pg.env())
                            .params;
        s.connectToServer(p, m_pg.env());
        QVERIFY(connected.wait(10000));
        QCOMPARE(states,
            (QList<ReplicationSession::State> {ReplicationSession::State::Connecting,
                ReplicationSession::State::Tls, ReplicationSession::State::Authenticating,
                ReplicationSession::State::Ready}));
        QCOMPARE(s.authMethod(), QStringLiteral("SCRAM-SHA-256-PLUS"));
        QVERIFY(s.tlsInfo().active);
        s.disconnectFromServer();
        QCOMPARE(states.last(), ReplicationSession::State::Disconnected);
    }

    void streamsInsertsAndStopsCleanly()
    {
        const auto streaming = streamCommitted(AckMode::Manual, 2, 3);
        QVERIFY(streaming);
        auto &[slot, before, events, s] = *streaming;
        QCOMPARE(countTag(events, 'B'), 2);
        QCOMPARE(countTag(events, 'I'), 6);
        QVERIFY(countTag(events, 'R') >= 1); // the relation before its first change
        // Every XLogData keeps both header LSNs; Begin's start equals its end.
        for (const StreamEvent &e : events)
            if (e.kind == StreamEvent::Kind::XLogData && e.payload.startsWith('B'))
                QCOMPARE(e.walStart, e.walEnd);
        QSignalSpy stopped(s.get(), &ReplicationSession::streamStopped);
        s->stop();
        QVERIFY(stopped.wait(10000));
        QCOMPARE(stopped.first().at(0).toBool(), true);
        QCOMPARE(s->state(), ReplicationSession::State::Disconnected);
        // Manual mode without an ack: the slot did not move.
        QCOMPARE(slotConfirmed(slot), before);
    }

    void manualAckMovesSlotExactly()
    {
        const auto streaming = streamCommitted(AckMode::Manual, 3);
        QVERIFY(streaming);
        auto &[slot, before, events, s] = *streaming;
        const QList<Lsn> ends = commitEnds(events);
        QSignalSpy acked(s.get(), &ReplicationSession::acknowledged);
        s->acknowledge(ends[1]);
        QCOMPARE(acked.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(slotConfirmed(slot), ends[1], 5000);

        // Lower than what was sent: refused, and the slot never moves back.
        QSignalSpy warned(s.get(), &ReplicationSession::warning);
        s->acknowledge(ends[0]);
        QCOMPARE(warned.count(), 1);
        QVERIFY(warned.first().first().toString().contains(QStringLiteral("never moves it back")));
        s->sendStatusNow();
        // Not the end of a received transaction: refused.
        s->acknowledge(Lsn(ends[2].value() + 1));
        QCOMPARE(warned.count(), 2);
        s->sendStatusNow();
        QTest::qWait(300); // give a wrong status update the chance to land
        QCOMPARE(slotConfirmed(slot), ends[1]);
        s->stop();
    }

    void neverModeNeverMoves()
    {
        const auto streaming = streamCommitted(AckMode::Never, 2);
        QVERIFY(streaming);
        auto &[slot, before, events, s] = *streaming;
        QCOMPARE(s->flushToReport(), Lsn());
        s->sendStatusNow();
        // Keepalives and several status intervals pass.
        QTRY_VERIFY_WITH_TIMEOUT(s->counters().statusUpdatesSent >= 4, 5000);
        QCOMPARE(slotConfirmed(slot), before);
        s->stop();
    }

    void autoModeAdvances()
    {
        const auto streaming = streamCommitted(AckMode::Auto, 2);
        QVERIFY(streaming);
        auto &[slot, before, events, s] = *streaming;
        const Lsn last = commitEnds(events).last();
        QTRY_VERIFY_WITH_TIMEOUT(slotConfirmed(slot) >= last, 5000);
        QVERIFY(slotConfirmed(slot) > before);
        s->stop();
    }

    void temporaryCopyLeavesOriginalAlone()
    {
        const auto streaming = streamCommitted(AckMode::Auto, 2, 1, temporaryCopy());
        QVERIFY(streaming);
        auto &[slot, before, events, s] = *streaming;
        QVERIFY(s->streamingSlot() != slot);
        const Lsn last = commitEnds(events).last();
        QTRY_VERIFY_WITH_TIMEOUT(slotConfirmed(s->streamingSlot()) >= last, 5000);
        QCOMPARE(m_pg.sql(QStringLiteral("SELECT temporary FROM pg_replication_slots WHERE slot_name = '%1'")
                              .arg(s->streamingSlot())),
            QStringLiteral("t"));
        QCOMPARE(slotConfirmed(slot), before);
        const QString copy = s->streamingSlot();
        s->stop();
        QTRY_COMPARE_WITH_TIMEOUT(
            m_pg.sql(
                QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name = '%1'").arg(copy)),
            QStringLiteral("0"), 5000);
        QCOMPARE(slotConfirmed(slot), before);
    }

    void reconnectRestartsTemporaryCopy()
    {
        const auto streaming = streamCommitted(AckMode::Auto, 1, 1, temporaryCopy());
        QVERIFY(streaming);
        auto &[slot, before, events, s] = *streaming;
        const QString firstCopy = s->streamingSlot();
        QSignalSpy stopped(s.get(), &ReplicationSession::streamStopped);
        m_pg.sql(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(s->backendPid()));
        // m_pg.sql() turns the event loop, so the stop may already have come.
        QVERIFY(stopped.count() > 0 || stopped.wait(10000));
        QCOMPARE(stopped.first().at(0).toBool(), false);
        // The copy died with its connection.
        QTRY_COMPARE_WITH_TIMEOUT(
            m_pg.sql(QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name = '%1'")
                         .arg(firstCopy)),
            QStringLiteral("0"), 5000);

        QSignalSpy started(s.get(), &ReplicationSession::streamingStarted);
        s->reconnect();
        QVERIFY(started.wait(10000));
        QVERIFY(s->streamingSlot() != firstCopy);
        // Made afresh from the original, which never moved: the transaction comes again.
        QTRY_COMPARE_WITH_TIMEOUT(commitEnds(events).size(), 2, 10000);
        QCOMPARE(commitEnds(events)[0], commitEnds(events)[1]);
        const auto gap = std::find_if(events.cbegin(), events.cend(), [](const StreamEvent &e) {
            return e.kind == StreamEvent::Kind::Gap && e.payload.contains("temporary copy restarted");
        });
        QVERIFY(gap != events.cend());
        QCOMPARE(slotConfirmed(slot), before);
        s->stop();
    }

    void stepDeliversOneTransaction()
    {
        const QString slot = newSlot();
        QList<StreamEvent> events;
        auto s = startSession(slot, AckMode::Manual, &events);
        QVERIFY(s);
        s->pause();
        insertTransactions(3);
        QTest::qWait(500); // the data reaches our socket while paused
        QCOMPARE(commitEnds(events).size(), 0);
        QSignalSpy paused(s.get(), &ReplicationSession::pausedChanged);
        s->step();
        QTRY_VERIFY_WITH_TIMEOUT(s->isPaused(), 5000);
        QCOMPARE(commitEnds(events).size(), 1);
        s->step();
        QTRY_COMPARE_WITH_TIMEOUT(commitEnds(events).size(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(s->isPaused(), 5000);
        QTest::qWait(300);
        QCOMPARE(commitEnds(events).size(), 2);
        s->resume();
        QTRY_COMPARE_WITH_TIMEOUT(commitEnds(events).size(), 3, 5000);
        s->stop();
    }

    void pauseAppliesBackpressureAndSurvivesTimeout()
    {
        const QString slot = newSlot();
        QList<StreamEvent> events;
        constexpr qint64 cap = 64 * 1024;
        auto s = std::make_unique<ReplicationSession>();
        s->setReadBufferSize(cap);
        s->setStatusIntervalMs(200);
        connect(s.get(), &ReplicationSession::eventsReceived, this,
            [&events](const StreamEventBatch &b) { events.append(b); });
        QSignalSpy failed(s.get(), &ReplicationSession::failed);
        const QString app = Sandbox::uniqueName(QStringLiteral("tst_bp"));
        QVERIFY(connectSession(
            *s, QStringLiteral("application_name=%1 options='-c wal_sender_timeout=1000'").arg(app)));
        QSignalSpy started(s.get(), &ReplicationSession::streamingStarted);
        s->startStreaming(streamOptions(slot));
        QVERIFY(started.wait(10000));
        s->pause();
        // Far more than the socket cap and the kernel buffers hold.
        insertTransactions(40, 2000);
        // 3x wal_sender_timeout while paused: status updates keep it alive.
        QTest::qWait(3000);
        if (!failed.isEmpty())
            qWarning("%s", qPrintable(failed.first().first().value<ConnectionError>().toString()));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(s->state(), ReplicationSession::State::Streaming);
        QVERIFY2(s->socketBytesAvailable() <= cap, qPrintable(QString::number(s->socketBytesAvailable())));
        const QString sentSql
            = QStringLiteral("SELECT sent_lsn FROM pg_stat_replication WHERE application_name = '%1'")
                  .arg(app);
        const QString sent1 = m_pg.sql(sentSql);
        QTest::qWait(1000);
        const QString sent2 = m_pg.sql(sentSql);
        QVERIFY(!sent1.isEmpty());
        QCOMPARE(sent2, sent1); // the walsender is blocked by TCP flow control
        s->resume();
        QTRY_COMPARE_WITH_TIMEOUT(commitEnds(events).size(), 40, 30000);
        QCOMPARE(countTag(events, 'I'), 80000);
        QCOMPARE(failed.count(), 0);
        s->stop();
    }

    void endposStopsCleanly()
    {
        const QString slot = newSlot();
        insertTransactions(1);
        const Lsn endpos = *Lsn::parse(m_pg.sql(QStringLiteral("SELECT pg_current_wal_insert_lsn()")));
        insertTransactions(2);
        QList<StreamEvent> events;
        StreamOptions o;
        o.endPos = endpos;
        auto s = std::make_unique<ReplicationSession>();
        connect(s.get(), &ReplicationSession::eventsReceived, this,
            [&events](const StreamEventBatch &b) { events.append(b); });
        QSignalSpy stopped(s.get(), &ReplicationSession::streamStopped);
        QVERIFY(connectSession(*s));
        s->startStreaming(streamOptions(slot, o));
        QVERIFY(stopped.wait(10000));
        QCOMPARE(stopped.first().at(0).toBool(), true);
        QVERIFY(stopped.first().at(1).toString().contains(QStringLiteral("endpos")));
        // The first transaction ends exactly at endpos; nothing after it is delivered.
        QCOMPARE(commitEnds(events), QList<Lsn> {endpos});
    }

    void slotInUseGivesServerError()
    {
        const QString slot = newSlot();
        QList<StreamEvent> events;
        auto first = startSession(slot, AckMode::Never, &events);
        QVERIFY(first);
        ReplicationSession second;
        QSignalSpy failed(&second, &ReplicationSession::failed);
        QVERIFY(connectSession(second));
        second.startStreaming(streamOptions(slot));
        QVERIFY(failed.wait(10000));
        const auto error = failed.first().first().value<ConnectionError>();
        QVERIFY2(
            error.toString().contains(QStringLiteral("is active for PID")), qPrintable(error.toString()));
        QCOMPARE(error.server->sqlState(), QStringLiteral("55006"));
        first->stop();
    }

    void twoPhaseNeedsConfirmation()
    {
        const QString slot = newSlot();
        StreamOptions o;
        o.twoPhase = true;
        ReplicationSession s;
        QSignalSpy failed(&s, &ReplicationSession::failed);
        QVERIFY(connectSession(s));
        s.startStreaming(streamOptions(slot, o));
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().value<ConnectionError>().toString().contains(
            QStringLiteral("not confirmed")));
        QCOMPARE(m_pg.sql(QStringLiteral("SELECT two_phase FROM pg_replication_slots WHERE slot_name = '%1'")
                              .arg(slot)),
            QStringLiteral("f"));
    }

    void refusesToBecomeSynchronousStandby()
    {
        const QString app = Sandbox::uniqueName(QStringLiteral("tst_sync"));
        // The sandbox runs with synchronous_commit=off, so no commit waits here.
        m_pg.sql(
            QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = 'FIRST 1 (other, %1)'").arg(app));
        m_pg.sql(QStringLiteral("SELECT pg_reload_conf()"));
        ReplicationSession s;
        QSignalSpy failed(&s, &ReplicationSession::failed);
        QSignalSpy connected(&s, &ReplicationSession::connected);
        QTRY_COMPARE_WITH_TIMEOUT(m_pg.sql(QStringLiteral("SHOW synchronous_standby_names")),
            QStringLiteral("FIRST 1 (other, %1)").arg(app), 5000);
        s.connectToServer(m_pg.params(QStringLiteral("application_name=%1").arg(app)), m_pg.env());
        QVERIFY(failed.wait(10000));
        m_pg.sql(QStringLiteral("ALTER SYSTEM RESET synchronous_standby_names"));
        m_pg.sql(QStringLiteral("SELECT pg_reload_conf()"));
        QCOMPARE(connected.count(), 0);
        QVERIFY(failed.first().first().value<ConnectionError>().toString().contains(
            QStringLiteral("synchronous standby")));
    }

    void optionTooNewIsRefusedBeforeSending()
    {
        const QString slot = newSlot();
        ReplicationSession s;
        QSignalSpy failed(&s, &ReplicationSession::failed);
        QVERIFY(connectSession(s));
        StreamOptions o;
        // One past what this server speaks.
        o.protoVersion
            = s.identity().serverVersionNum >= 160000 ? 5 : s.identity().serverVersionNum / 10000 - 11;
        s.startStreaming(streamOptions(slot, o));
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().value<ConnectionError>().toString().contains(
                     QStringLiteral("is not supported")),
            qPrintable(failed.first().first().value<ConnectionError>().toString()));
        QCOMPARE(slotConfirmed(slot), slotConfirmed(slot));
    }
};

QTEST_GUILESS_MAIN(TestReplicationSession)
#include "tst_replicationsession.moc"
