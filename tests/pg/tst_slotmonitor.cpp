// The slot monitor against the sandbox: it polls the slot it was given,
// writes heartbeats the slot can see, and while paused warns as the slot's
// retained WAL grows.
#include "Sandbox.h"
#include "SlotMonitor.h"

#include "conn/ConnParams.h"

#include <QSignalSpy>
#include <QtTest>

using namespace pgrepl;
using pgrepl::test::Sandbox;

class TestSlotMonitor : public QObject
{
    Q_OBJECT

private:
    std::optional<Sandbox> m_sandbox;
    QString m_slot, m_pub, m_table;

    QString sql(const QString &statements)
    {
        const auto r = m_sandbox->sql(statements);
        if (!r.ok)
            qWarning("SQL failed: %s\n%s", qPrintable(statements), qPrintable(r.error));
        return r.output.trimmed();
    }

    ConnParams params() const
    {
        const auto parsed = parseConnectionString(
            QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=pgrepl_trust sslmode=disable")
                .arg(m_sandbox->port())
                .arg(m_sandbox->database()),
            ConnEnvironment());
        return *parsed.params;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_sandbox = Sandbox::load(&error);
        QVERIFY2(m_sandbox, qPrintable(error));
        m_slot = Sandbox::uniqueName(QStringLiteral("tst_monitor_slot"));
        m_pub = Sandbox::uniqueName(QStringLiteral("tst_monitor_pub"));
        m_table = Sandbox::uniqueName(QStringLiteral("tst_monitor_t"));
        QVERIFY(m_sandbox
                    ->sql(QStringLiteral("CREATE TABLE %1 (id serial PRIMARY KEY, v text); "
                                         "CREATE PUBLICATION %2 FOR TABLE %1; "
                                         "SELECT pg_create_logical_replication_slot('%3', 'pgoutput');")
                              .arg(m_table, m_pub, m_slot))
                    .ok);
    }

    void cleanupTestCase()
    {
        if (m_sandbox)
            sql(QStringLiteral("SELECT pg_drop_replication_slot('%1'); DROP PUBLICATION %2; DROP TABLE %3;")
                    .arg(m_slot, m_pub, m_table));
    }

    void pollsTheSlot()
    {
        app::SlotMonitor monitor;
        QSignalSpy polled(&monitor, &app::SlotMonitor::slotPolled);
        monitor.start(params(), m_slot);
        QVERIFY(polled.wait(10000));
        const auto slot = polled.first().first().value<SlotInfo>();
        QCOMPARE(slot.name, m_slot);
        const QString restart
            = sql(QStringLiteral("SELECT restart_lsn FROM pg_replication_slots WHERE slot_name = '%1'")
                      .arg(m_slot));
        QCOMPARE(slot.restartLsn.toString(), restart);
        QVERIFY(slot.retainedBytes.has_value());
    }

    void reportsAMissingSlot()
    {
        app::SlotMonitor monitor;
        QSignalSpy missing(&monitor, &app::SlotMonitor::slotMissing);
        monitor.start(params(), QStringLiteral("no_such_slot"));
        QVERIFY(missing.wait(10000));
        QCOMPARE(missing.first().first().toString(), QStringLiteral("no_such_slot"));
    }

    void heartbeatReachesTheSlot()
    {
        app::SlotMonitor monitor;
        QSignalSpy polled(&monitor, &app::SlotMonitor::slotPolled);
        monitor.start(params(), m_slot);
        QVERIFY(polled.wait(10000));
        QSignalSpy sent(&monitor, &app::SlotMonitor::heartbeatSent);
        monitor.sendHeartbeat();
        QVERIFY(sent.wait(10000));
        const Lsn lsn = sent.first().first().value<Lsn>();
        QVERIFY(lsn.isValid());
        QVERIFY(Lsn::parse(sql(QStringLiteral("SELECT pg_current_wal_insert_lsn()"))).value_or(Lsn()) >= lsn);
        // The message is in the slot's stream, where a consumer can see it
        // and acknowledge past it (once the WAL writer has flushed it: the
        // sandbox commits asynchronously).
        const QString peek
            = QStringLiteral("SELECT count(*) FROM pg_logical_slot_peek_binary_changes('%1', NULL, NULL, "
                             "'proto_version', '1', 'publication_names', '%2', 'messages', 'true') "
                             "WHERE position('pgrepl-inspector.heartbeat'::bytea IN data) > 0")
                  .arg(m_slot, m_pub);
        QTRY_COMPARE_WITH_TIMEOUT(sql(peek), QStringLiteral("1"), 10000);
    }

    void heartbeatBeforeReadyFails()
    {
        app::SlotMonitor monitor;
        QSignalSpy failed(&monitor, &app::SlotMonitor::heartbeatFailed);
        monitor.sendHeartbeat();
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void warnsWhilePausedAsRetentionGrows()
    {
        app::SlotMonitor monitor;
        monitor.setPollInterval(250);
        QSignalSpy warnings(&monitor, &app::SlotMonitor::warningChanged);
        QSignalSpy polled(&monitor, &app::SlotMonitor::slotPolled);
        monitor.start(params(), m_slot);
        QVERIFY(polled.wait(10000));
        monitor.setPaused(true);
        QString last;
        // Each round writes WAL the slot must keep, then waits for a poll.
        for (int round = 0; round < 40 && !last.startsWith(QStringLiteral("Paused")); ++round) {
            sql(QStringLiteral("INSERT INTO %1 (v) SELECT repeat('x', 200) FROM generate_series(1, 2000)")
                    .arg(m_table));
            polled.clear();
            QVERIFY(polled.wait(10000));
            if (!warnings.isEmpty())
                last = warnings.last().first().toString();
        }
        QVERIFY2(last.startsWith(QStringLiteral("Paused")), qPrintable(last));
        QVERIFY(monitor.trend().bytesPerSecond().value_or(0) > 0);
        // Streaming again, growth is no longer the user's doing.
        monitor.setPaused(false);
        polled.clear();
        QVERIFY(polled.wait(10000));
        QVERIFY(!warnings.last().first().toString().startsWith(QStringLiteral("Paused")));
    }
};

QTEST_GUILESS_MAIN(TestSlotMonitor)
#include "tst_slotmonitor.moc"
