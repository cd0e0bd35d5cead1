// Slot create, drop, copy and temporary slots through the replication
// connection, and the catalogue views the inspector shows, checked against
// what psql sees.
#include "SandboxClient.h"
#include "session/Catalog.h"
#include "session/ReplicationCommands.h"
#include "session/ReplicationSession.h"
#include "session/SessionThread.h"

#include <QSignalSpy>
#include <QtTest>

using namespace pgrepl;
using pgrepl::test::Sandbox;

class TestSlotCommands : public QObject
{
    Q_OBJECT

private:
    test::SandboxClient m_pg;
    std::unique_ptr<ReplicationSession> m_session;

    QueryResult run(ReplicationSession &s, const QString &command)
    {
        QSignalSpy finished(&s, &ReplicationSession::queryFinished);
        const quint64 id = s.runQuery(command);
        if (!finished.wait(10000))
            return {};
        [&] { QCOMPARE(finished.first().at(0).toULongLong(), id); }();
        return finished.first().at(1).value<QueryResult>();
    }

    int serverVersion() const { return m_session->identity().serverVersionNum; }

    QString slotRow(const QString &slot, const QString &columns)
    {
        return m_pg.sql(
            QStringLiteral("SELECT %1 FROM pg_replication_slots WHERE slot_name = '%2'").arg(columns, slot));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pg.load(&error), qPrintable(error));
        m_session = std::make_unique<ReplicationSession>();
        QSignalSpy connected(m_session.get(), &ReplicationSession::connected);
        m_session->connectToServer(m_pg.params(), m_pg.env());
        QVERIFY(connected.wait(10000));
    }

    void createAndDrop()
    {
        const QString slot = Sandbox::uniqueName(QStringLiteral("tst_slot_cmd"));
        QString error;
        const QString create = commands::createSlot(slot, {}, serverVersion(), &error);
        QVERIFY2(!create.isEmpty(), qPrintable(error));
        const QueryResult created = run(*m_session, create);
        QVERIFY2(created.ok, created.error ? qPrintable(created.error->toString()) : "no result");
        QCOMPARE(created.value(0, QStringLiteral("slot_name")), slot);
        QCOMPARE(
            slotRow(slot, QStringLiteral("plugin, temporary, two_phase")), QStringLiteral("pgoutput|f|f"));

        const QueryResult dropped = run(*m_session, commands::dropSlot(slot, true));
        QVERIFY(dropped.ok);
        QCOMPARE(slotRow(slot, QStringLiteral("count(*)")), QStringLiteral("0"));

        // Dropping again: the server's error, kept whole.
        const QueryResult again = run(*m_session, commands::dropSlot(slot, false));
        QVERIFY(!again.ok);
        QCOMPARE(again.error->sqlState(), QStringLiteral("42704"));
    }

    void twoPhaseSlot()
    {
        const QString slot = Sandbox::uniqueName(QStringLiteral("tst_slot_cmd"));
        QString error;
        commands::CreateSlotOptions o;
        o.twoPhase = true;
        QVERIFY(run(*m_session, commands::createSlot(slot, o, serverVersion(), &error)).ok);
        QCOMPARE(slotRow(slot, QStringLiteral("two_phase")), QStringLiteral("t"));
        QVERIFY(run(*m_session, commands::dropSlot(slot, false)).ok);
    }

    void temporarySlotDiesWithConnection()
    {
        const QString slot = Sandbox::uniqueName(QStringLiteral("tst_slot_cmd"));
        ReplicationSession other;
        QSignalSpy connected(&other, &ReplicationSession::connected);
        other.connectToServer(m_pg.params(), m_pg.env());
        QVERIFY(connected.wait(10000));
        commands::CreateSlotOptions o;
        o.temporary = true;
        QString error;
        QVERIFY(run(other, commands::createSlot(slot, o, serverVersion(), &error)).ok);
        QCOMPARE(slotRow(slot, QStringLiteral("temporary, active")), QStringLiteral("t|t"));
        other.disconnectFromServer();
        QTRY_COMPARE_WITH_TIMEOUT(slotRow(slot, QStringLiteral("count(*)")), QStringLiteral("0"), 5000);
    }

    void copySlot()
    {
        const QString source = Sandbox::uniqueName(QStringLiteral("tst_slot_cmd"));
        const QString copy = Sandbox::uniqueName(QStringLiteral("tst_slot_cmd"));
        QString error;
        QVERIFY(run(*m_session, commands::createSlot(source, {}, serverVersion(), &error)).ok);
        const QueryResult copied = run(*m_session,
            QStringLiteral("SELECT slot_name FROM pg_copy_logical_replication_slot(%1, %2)")
                .arg(commands::quoteLiteral(source), commands::quoteLiteral(copy)));
        QVERIFY(copied.ok);
        QCOMPARE(slotRow(copy, QStringLiteral("plugin, temporary")), QStringLiteral("pgoutput|f"));
        QCOMPARE(slotRow(copy, QStringLiteral("confirmed_flush_lsn")),
            slotRow(source, QStringLiteral("confirmed_flush_lsn")));
        QVERIFY(run(*m_session, commands::dropSlot(copy, false)).ok);
        QVERIFY(run(*m_session, commands::dropSlot(source, false)).ok);
    }

    void listsSlotsWithHealth()
    {
        const QString slot = Sandbox::uniqueName(QStringLiteral("tst_slot_cmd"));
        QString error;
        QVERIFY(run(*m_session, commands::createSlot(slot, {}, serverVersion(), &error)).ok);
        m_pg.sql(
            QStringLiteral("CREATE TABLE IF NOT EXISTS tst_catalog_t (id int); INSERT INTO tst_catalog_t "
                           "SELECT generate_series(1, 1000)"));
        const QueryResult r = run(*m_session, catalog::slotsQuery());
        QVERIFY(r.ok);
        const QList<SlotInfo> found = catalog::parseSlots(r);
        QCOMPARE(QString::number(found.size()),
            m_pg.sql(QStringLiteral("SELECT count(*) FROM pg_replication_slots")));
        const auto it
            = std::find_if(found.cbegin(), found.cend(), [&](const SlotInfo &s) { return s.name == slot; });
        QVERIFY(it != found.cend());
        QCOMPARE(it->plugin, QStringLiteral("pgoutput"));
        QCOMPARE(it->walStatus, QStringLiteral("reserved"));
        QCOMPARE(it->confirmedFlushLsn.toString(), slotRow(slot, QStringLiteral("confirmed_flush_lsn")));
        // The insert above wrote WAL after the slot's restart_lsn.
        QVERIFY(it->retainedBytes.has_value());
        QVERIFY(*it->retainedBytes > 0);
        // Every column of the view is kept, by name.
        const QString viewColumns = m_pg.sql(QStringLiteral(
            "SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute WHERE attrelid = "
            "'pg_replication_slots'::regclass AND attnum > 0"));
        QStringList names;
        for (const auto &c : it->columns)
            names << c.first;
        QCOMPARE(names.join(u','), viewColumns);
        QVERIFY(it->healthWarning().isEmpty());
        QVERIFY(run(*m_session, commands::dropSlot(slot, false)).ok);
    }

    void healthWarnings()
    {
        SlotInfo s;
        s.name = QStringLiteral("x");
        s.walStatus = QStringLiteral("lost");
        QVERIFY(s.healthWarning().contains(QStringLiteral("is lost")));
        s.walStatus = QStringLiteral("unreserved");
        QVERIFY(s.healthWarning().contains(QStringLiteral("invalidated")));
        s.walStatus = QStringLiteral("reserved");
        s.safeWalSize = 1000;
        QVERIFY(s.healthWarning(1 << 20).contains(QStringLiteral("after 1000 more bytes")));
        s.safeWalSize.reset();
        s.retainedBytes = 2 << 20;
        QVERIFY(s.healthWarning(1 << 20).contains(QStringLiteral("retains")));
    }

    void listsPublications()
    {
        const QString pub = Sandbox::uniqueName(QStringLiteral("tst_pub"));
        m_pg.sql(
            QStringLiteral("CREATE TABLE IF NOT EXISTS \"Tst Quoted\" (id int PRIMARY KEY, v text); "
                           "CREATE PUBLICATION %1 FOR TABLE \"Tst Quoted\" WITH (publish = 'insert, update')")
                .arg(pub));
        const QueryResult r = run(*m_session, catalog::publicationsQuery(serverVersion()));
        QVERIFY(r.ok);
        const QList<PublicationInfo> pubs = catalog::parsePublications(r);
        const auto it = std::find_if(
            pubs.cbegin(), pubs.cend(), [&](const PublicationInfo &p) { return p.name == pub; });
        QVERIFY(it != pubs.cend());
        QVERIFY(!it->allTables);
        QVERIFY(it->publishInsert && it->publishUpdate);
        QVERIFY(!it->publishDelete && !it->publishTruncate);
        QCOMPARE(it->tables, QStringList {QStringLiteral("public.\"Tst Quoted\" (id, v)")});
        m_pg.sql(QStringLiteral("DROP PUBLICATION %1").arg(pub));
    }

    void currentWalLsn()
    {
        const QueryResult r = run(*m_session, catalog::currentWalLsnQuery());
        QVERIFY(r.ok);
        const auto ours = Lsn::parse(r.value(0, QStringLiteral("lsn")));
        QVERIFY(ours.has_value());
        const auto later = Lsn::parse(m_pg.sql(QStringLiteral("SELECT pg_current_wal_lsn()")));
        QVERIFY(*ours <= *later);
    }

    // The session in a thread of its own: batches arrive in this thread.
    void streamsFromItsOwnThread()
    {
        const QString table = Sandbox::uniqueName(QStringLiteral("tst_thr"));
        const QString pub = Sandbox::uniqueName(QStringLiteral("tst_pub"));
        const QString slot = Sandbox::uniqueName(QStringLiteral("tst_slot_cmd"));
        m_pg.sql(
            QStringLiteral("CREATE TABLE %1 (id int); CREATE PUBLICATION %2 FOR TABLE %1").arg(table, pub));
        m_pg.sql(QStringLiteral("SELECT pg_create_logical_replication_slot('%1', 'pgoutput')").arg(slot));
        m_pg.sql(QStringLiteral("INSERT INTO %1 VALUES (1); INSERT INTO %1 VALUES (2)").arg(table));

        // Objects left behind in the wrong thread only warn; make that fail.
        QTest::failOnWarning(QRegularExpression(QStringLiteral("thread")));
        SessionThread thread;
        QVERIFY(thread.session()->thread() != QThread::currentThread());
        int commits = 0;
        bool allInThisThread = true;
        QObject receiver;
        QObject::connect(thread.session(), &ReplicationSession::eventsReceived, &receiver,
            [&](const StreamEventBatch &batch) {
                allInThisThread &= QThread::currentThread() == receiver.thread();
                for (const StreamEvent &e : batch)
                    commits += e.kind == StreamEvent::Kind::XLogData && e.payload.startsWith('C');
            });
        QSignalSpy connected(thread.session(), &ReplicationSession::connected);
        const ConnParams p = m_pg.params();
        const ConnEnvironment env = m_pg.env();
        thread.invoke([p, env](ReplicationSession *s) { s->connectToServer(p, env); });
        QVERIFY(connected.wait(10000));
        StreamOptions o;
        o.slot = slot;
        o.publications = {pub};
        thread.invoke([o](ReplicationSession *s) { s->startStreaming(o); });
        QTRY_COMPARE_WITH_TIMEOUT(commits, 2, 10000);
        QVERIFY(allInThisThread);
        QSignalSpy stopped(thread.session(), &ReplicationSession::streamStopped);
        thread.invoke([](ReplicationSession *s) { s->stop(); });
        QVERIFY(stopped.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(slotRow(slot, QStringLiteral("active")), QStringLiteral("f"), 5000);
        m_pg.sql(QStringLiteral("SELECT pg_drop_replication_slot('%1')").arg(slot));
        m_pg.sql(QStringLiteral("DROP PUBLICATION %1; DROP TABLE %2").arg(pub, table));
    }

    void cleanupTestCase()
    {
        if (m_session)
            m_session->disconnectFromServer();
    }
};

QTEST_GUILESS_MAIN(TestSlotCommands)
#include "tst_slotcommands.moc"
