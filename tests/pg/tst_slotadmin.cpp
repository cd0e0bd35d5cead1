// SlotAdmin against the real sandbox: list, create, copy and drop checked
// with psql; hostile names refused without injection; and the diagnosis
// while a transaction with an xid is open, while a prepared transaction
// exists, and while a ReplicationSession holds the slot.
#include "SandboxClient.h"
#include "session/ReplicationSession.h"
#include "session/SlotAdmin.h"

#include <QSignalSpy>
#include <QtTest>

using namespace pgrepl;
using pgrepl::test::Sandbox;

class TestSlotAdmin : public QObject
{
    Q_OBJECT

private:
    test::SandboxClient m_pg;
    std::unique_ptr<SlotAdmin> m_admin;
    QString m_table, m_pub, m_gid;

    ConnParams params(quint16 port = 0) const
    {
        return m_pg.params(QStringLiteral("connect_timeout=5"), port);
    }

    QString slotRow(const QString &slot, const QString &columns)
    {
        return m_pg.sql(
            QStringLiteral("SELECT %1 FROM pg_replication_slots WHERE slot_name = '%2'").arg(columns, slot));
    }

    // Waits for one of the admin's answers: the message, or "FAILED: ...".
    QString waitOperation(const std::function<void()> &start)
    {
        QSignalSpy done(m_admin.get(), &SlotAdmin::operationFinished);
        QSignalSpy failed(m_admin.get(), &SlotAdmin::failed);
        start();
        if (!QTest::qWaitFor([&] { return done.count() + failed.count() > 0; }, 30000))
            return QStringLiteral("TIMEOUT");
        if (failed.count() > 0)
            return QStringLiteral("FAILED: ") + failed.first().first().toString();
        return done.first().first().toString();
    }

    std::optional<SlotDiagnosis> diagnose(const QString &slot, QString *failure = nullptr)
    {
        QSignalSpy ready(m_admin.get(), &SlotAdmin::diagnosisReady);
        QSignalSpy failed(m_admin.get(), &SlotAdmin::failed);
        m_admin->diagnose(slot);
        if (!QTest::qWaitFor([&] { return ready.count() + failed.count() > 0; }, 30000)) {
            if (failure)
                *failure = QStringLiteral("TIMEOUT");
            return std::nullopt;
        }
        if (failed.count() > 0) {
            if (failure)
                *failure = failed.first().first().toString();
            else
                qWarning("diagnosis failed: %s", qPrintable(failed.first().first().toString()));
            return std::nullopt;
        }
        return ready.first().first().value<SlotDiagnosis>();
    }

    QString newSlot()
    {
        const QString slot = Sandbox::uniqueName(QStringLiteral("tst_sa"));
        m_pg.sql(QStringLiteral("SELECT pg_create_logical_replication_slot('%1', 'pgoutput')").arg(slot));
        return slot;
    }

    static bool hasFinding(const SlotDiagnosis &d, const QString &fragment)
    {
        return std::any_of(d.findings.cbegin(), d.findings.cend(),
            [&](const SlotFinding &f) { return f.text.contains(fragment); });
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_pg.load(&error), qPrintable(error));
        m_table = Sandbox::uniqueName(QStringLiteral("tst_sa_t"));
        m_pub = Sandbox::uniqueName(QStringLiteral("tst_sa_pub"));
        QVERIFY(m_pg.sql(QStringLiteral(
                    "CREATE TABLE %1 (id serial PRIMARY KEY, v text); GRANT ALL ON %1 TO PUBLIC; "
                    "GRANT ALL ON SEQUENCE %1_id_seq TO PUBLIC; CREATE PUBLICATION %2 FOR TABLE %1")
                             .arg(m_table, m_pub))
            != u"<error>");
        m_admin = std::make_unique<SlotAdmin>();
        m_admin->open(params(), m_pg.env());
    }

    void cleanup()
    {
        if (!m_gid.isEmpty()) {
            m_pg.sql(QStringLiteral("ROLLBACK PREPARED '%1'").arg(m_gid));
            m_gid.clear();
        }
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_pg->dropInactiveSlots(QStringLiteral("tst_sa"));
    }

    void refreshListsSlotsAndKeepSize()
    {
        const QString slot = newSlot();
        QSignalSpy refreshed(m_admin.get(), &SlotAdmin::slotsRefreshed);
        QSignalSpy failed(m_admin.get(), &SlotAdmin::failed);
        m_admin->refresh();
        QVERIFY(QTest::qWaitFor([&] { return refreshed.count() + failed.count() > 0; }, 30000));
        QCOMPARE(failed.count(), 0);
        QVERIFY(m_admin->serverVersionNum() >= 140000);
        const auto list = refreshed.first().at(0).value<QList<SlotInfo>>();
        const qint64 keep = refreshed.first().at(1).toLongLong();
        QCOMPARE(keep,
            m_pg.sql(QStringLiteral("SELECT pg_size_bytes(current_setting('max_slot_wal_keep_size'))"))
                .toLongLong());
        const auto it
            = std::find_if(list.cbegin(), list.cend(), [&](const SlotInfo &s) { return s.name == slot; });
        QVERIFY(it != list.cend());
        QCOMPARE(it->plugin, QStringLiteral("pgoutput"));
        QCOMPARE(it->walStatus, slotRow(slot, QStringLiteral("wal_status")));
        QVERIFY(!it->active);
        QVERIFY(it->retainedBytes.has_value());
        QCOMPARE(
            waitOperation([&] { m_admin->dropSlot(slot); }), QStringLiteral("Dropped slot \"%1\"").arg(slot));
    }

    void createCopyDrop()
    {
        const QString slot = Sandbox::uniqueName(QStringLiteral("tst_sa"));
        const QString copy = slot + QStringLiteral("_copy");
        const QString temp = slot + QStringLiteral("_tmp");

        QString message = waitOperation([&] { m_admin->createSlot(slot); });
        QVERIFY2(message.startsWith(QStringLiteral("Created slot \"%1\" (pgoutput) at ").arg(slot)),
            qPrintable(message));
        QCOMPARE(slotRow(slot, QStringLiteral("plugin, slot_type, temporary, two_phase")),
            QStringLiteral("pgoutput|logical|f|f"));

        message = waitOperation([&] { m_admin->copySlot(slot, copy, false); });
        QVERIFY2(message.startsWith(QStringLiteral("Copied slot \"%1\" to \"%2\"").arg(slot, copy)),
            qPrintable(message));
        QCOMPARE(slotRow(copy,
                     QStringLiteral("plugin, temporary, restart_lsn = (SELECT restart_lsn FROM "
                                    "pg_replication_slots WHERE slot_name = '%1')")
                         .arg(slot)),
            QStringLiteral("pgoutput|f|t"));

        // A temporary copy belongs to the admin's session: active while it lives.
        message = waitOperation([&] { m_admin->copySlot(slot, temp, true); });
        QVERIFY2(message.contains(QStringLiteral("temporary slot \"%1\"").arg(temp)), qPrintable(message));
        QCOMPARE(slotRow(temp, QStringLiteral("temporary, active")), QStringLiteral("t|t"));

        for (const QString &s : {temp, copy, slot}) {
            message = waitOperation([&] { m_admin->dropSlot(s); });
            QCOMPARE(message, QStringLiteral("Dropped slot \"%1\"").arg(s));
            QCOMPARE(
                m_pg.sql(QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name = '%1'")
                             .arg(s)),
                QStringLiteral("0"));
        }
    }

    void hostileNamesAreRefusedNotInjected_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("quote") << QStringLiteral("x'); DROP TABLE %1; --");
        QTest::newRow("backslash quote") << QStringLiteral("x\\'); DROP TABLE %1; --");
        QTest::newRow("plugin argument") << QStringLiteral("x', 'test_decoding') --");
    }
    void hostileNamesAreRefusedNotInjected()
    {
        QFETCH(QString, name);
        const QString guard = Sandbox::uniqueName(QStringLiteral("tst_sa_guard"));
        QVERIFY(m_pg.sql(QStringLiteral("CREATE TABLE %1 (id int)").arg(guard)) != u"<error>");
        const QString hostile = name.contains(u'%') ? name.arg(guard) : name;
        const int before = m_pg.sql(QStringLiteral("SELECT count(*) FROM pg_replication_slots")).toInt();
        const QString message = waitOperation([&] { m_admin->createSlot(hostile); });
        // The server saw the whole text as one name and refused its characters.
        QVERIFY2(message.startsWith(QStringLiteral("FAILED: Creating slot")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("invalid character")), qPrintable(message));
        QCOMPARE(m_pg.sql(QStringLiteral("SELECT count(*) FROM pg_replication_slots")).toInt(), before);
        QCOMPARE(
            m_pg.sql(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(guard)), QStringLiteral("t"));
        const QString drop = waitOperation([&] { m_admin->dropSlot(hostile); });
        QVERIFY2(drop.startsWith(QStringLiteral("FAILED: Dropping slot")), qPrintable(drop));
        QCOMPARE(
            m_pg.sql(QStringLiteral("SELECT to_regclass('%1') IS NOT NULL").arg(guard)), QStringLiteral("t"));
        m_pg.sql(QStringLiteral("DROP TABLE %1").arg(guard));
    }

    void diagnoseMissingSlotFails()
    {
        QString failure;
        QVERIFY(!diagnose(QStringLiteral("tst_sa_no_such_slot"), &failure));
        QVERIFY2(failure.contains(QStringLiteral("Diagnosing slot \"tst_sa_no_such_slot\" failed")),
            qPrintable(failure));
        QVERIFY2(failure.contains(QStringLiteral("no slot named")), qPrintable(failure));
    }

    // The slot exists before the transaction starts: creating a slot waits
    // for every transaction that has an xid.
    void diagnoseWithOpenTransaction()
    {
        const QString slot = newSlot();
        PgConnection holder;
        QSignalSpy ready(&holder, &PgConnection::ready);
        QSignalSpy answered(&holder, &PgConnection::queryFinished);
        holder.open(params(), m_pg.env(), {});
        QVERIFY(ready.wait(10000));
        holder.query(QStringLiteral("BEGIN"));
        const quint64 xidQuery = holder.query(QStringLiteral("SELECT pg_current_xact_id()::text AS xid"));
        QVERIFY(QTest::qWaitFor([&] { return answered.count() == 2; }, 10000));
        QCOMPARE(answered.at(1).at(0).toULongLong(), xidQuery);
        const QString xid = answered.at(1).at(1).value<QueryResult>().value(0, QStringLiteral("xid"));
        QVERIFY(!xid.isEmpty());

        const auto d = diagnose(slot);
        QVERIFY(d);
        QCOMPARE(d->slotName, slot);
        QVERIFY(!d->slot.active);
        QVERIFY(!d->consumer);
        QVERIFY(d->stats.has_value() || d->serverVersionNum < 140000);
        QVERIFY(hasFinding(*d, QStringLiteral("Slot is inactive: nothing reads it")));
        const auto it = std::find_if(d->holders.cbegin(), d->holders.cend(), [&](const XminHolder &h) {
            return h.kind == XminHolder::Kind::Transaction && h.pid == holder.backendPid();
        });
        QVERIFY2(it != d->holders.cend(), "the open transaction is not among the holders");
        QCOMPARE(it->xid, xid);
        QCOMPARE(it->column, QStringLiteral("backend_xid"));
        QCOMPARE(it->transactionXid, xid);
        QCOMPARE(it->user, QStringLiteral("pgrepl_trust"));
        QCOMPARE(it->state, QStringLiteral("idle in transaction"));
        QVERIFY(it->ageSeconds.has_value());
        // The slot's own catalog_xmin is there too, and the list is oldest first.
        QVERIFY(std::any_of(d->holders.cbegin(), d->holders.cend(), [&](const XminHolder &h) {
            return h.kind == XminHolder::Kind::Slot && h.name == slot && h.column == u"catalog_xmin";
        }));
        for (int i = 1; i < d->holders.size(); ++i)
            QVERIFY(d->holders[i - 1].xidAge >= d->holders[i].xidAge);
        holder.close();
        QCOMPARE(
            waitOperation([&] { m_admin->dropSlot(slot); }), QStringLiteral("Dropped slot \"%1\"").arg(slot));
    }

    void diagnoseWithPreparedTransaction()
    {
        QCOMPARE(m_pg.sql(QStringLiteral("SHOW max_prepared_transactions")).toInt() > 0, true);
        const QString slot = newSlot();
        m_gid = Sandbox::uniqueName(QStringLiteral("tst_sa_gid"));
        QVERIFY(
            m_pg.sql(QStringLiteral("BEGIN; INSERT INTO %1 (v) VALUES ('prepared'); PREPARE TRANSACTION '%2'")
                         .arg(m_table, m_gid))
            != u"<error>");
        const QString xid = m_pg.sql(
            QStringLiteral("SELECT transaction FROM pg_prepared_xacts WHERE gid = '%1'").arg(m_gid));

        const auto d = diagnose(slot);
        QVERIFY(d);
        const auto it = std::find_if(d->holders.cbegin(), d->holders.cend(), [&](const XminHolder &h) {
            return h.kind == XminHolder::Kind::PreparedTransaction && h.name == m_gid;
        });
        QVERIFY(it != d->holders.cend());
        QCOMPARE(it->xid, xid);
        QCOMPARE(it->user, QStringLiteral("postgres"));
        QVERIFY(hasFinding(*d, QStringLiteral("Prepared transaction '%1' (owner postgres)").arg(m_gid)));
        cleanup();
        QCOMPARE(
            waitOperation([&] { m_admin->dropSlot(slot); }), QStringLiteral("Dropped slot \"%1\"").arg(slot));
    }

    void diagnoseWhileConsumerStreams()
    {
        const QString slot = newSlot();
        ReplicationSession session;
        session.setStatusIntervalMs(200);
        session.setAckMode(AckMode::Auto);
        QSignalSpy connected(&session, &ReplicationSession::connected);
        QSignalSpy started(&session, &ReplicationSession::streamingStarted);
        session.connectToServer(params(), m_pg.env());
        QVERIFY(connected.wait(10000));
        StreamOptions o;
        o.slot = slot;
        o.publications = {m_pub};
        session.startStreaming(o);
        QVERIFY(started.wait(10000));
        m_pg.sql(QStringLiteral("INSERT INTO %1 (v) VALUES ('one')").arg(m_table));
        // The walsender row shows up once it has reported.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return m_pg.sql(QStringLiteral("SELECT count(*) FROM pg_stat_replication WHERE pid = %1")
                                    .arg(slotRow(slot, QStringLiteral("active_pid"))))
                    == u"1";
            },
            10000));

        // The diagnosis reads the current position and the walsender's row in
        // separate queries, and WAL is written all the time: bound both by
        // positions read before and after it, not by each other.
        const auto walBefore = Lsn::parse(m_pg.sql(QStringLiteral("SELECT pg_current_wal_lsn()")));
        QVERIFY(walBefore);
        const auto d = diagnose(slot);
        const auto walAfter = Lsn::parse(m_pg.sql(QStringLiteral("SELECT pg_current_wal_lsn()")));
        QVERIFY(walAfter);
        QVERIFY(d);
        QVERIFY(d->slot.active);
        QVERIFY2(d->consumer.has_value(), qPrintable(d->activeBackendDescription));
        QCOMPARE(d->consumer->pid, d->slot.activePid);
        QCOMPARE(d->consumer->applicationName, ReplicationSession::kDefaultApplicationName);
        QCOMPARE(d->consumer->userName, QStringLiteral("pgrepl_trust"));
        QCOMPARE(d->consumer->clientAddr, QStringLiteral("127.0.0.1"));
        QVERIFY(d->consumer->sentLsn.isValid());
        QVERIFY2(*walBefore <= d->currentWalLsn && d->currentWalLsn <= *walAfter,
            qPrintable(QStringLiteral("%1 <= %2 <= %3")
                           .arg(walBefore->toString(), d->currentWalLsn.toString(), walAfter->toString())));
        // Nothing is sent before it is written.
        QVERIFY2(d->consumer->sentLsn <= *walAfter,
            qPrintable(QStringLiteral("sent %1, WAL ends at %2")
                           .arg(d->consumer->sentLsn.toString(), walAfter->toString())));
        QVERIFY(hasFinding(
            *d, QStringLiteral("Read by \"%1\"").arg(ReplicationSession::kDefaultApplicationName)));
        QVERIFY(!hasFinding(*d, QStringLiteral("Slot is inactive")));

        // Someone's active slot cannot be dropped, and says why.
        const QString drop = waitOperation([&] { m_admin->dropSlot(slot); });
        QVERIFY2(drop.startsWith(QStringLiteral("FAILED: Dropping slot \"%1\" failed").arg(slot)),
            qPrintable(drop));
        QVERIFY2(drop.contains(QStringLiteral("is active")), qPrintable(drop));

        QSignalSpy stopped(&session, &ReplicationSession::streamStopped);
        session.stop();
        QVERIFY(stopped.wait(10000));
        session.disconnectFromServer();
        QVERIFY(QTest::qWaitFor([&] { return slotRow(slot, QStringLiteral("active")) == u"f"; }, 10000));
        QCOMPARE(
            waitOperation([&] { m_admin->dropSlot(slot); }), QStringLiteral("Dropped slot \"%1\"").arg(slot));
    }

    void connectionErrorsAreReported()
    {
        SlotAdmin lonely;
        QSignalSpy failed(&lonely, &SlotAdmin::failed);
        lonely.refresh();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.first().first().toString().contains(QStringLiteral("not connected")),
            qPrintable(failed.first().first().toString()));

        // A port where nothing listens: every waiting operation fails once.
        SlotAdmin nowhere;
        QSignalSpy failedNowhere(&nowhere, &SlotAdmin::failed);
        nowhere.open(params(1), m_pg.env());
        nowhere.refresh();
        nowhere.diagnose(QStringLiteral("x"));
        QVERIFY(QTest::qWaitFor([&] { return failedNowhere.count() == 2; }, 15000));
        QVERIFY2(failedNowhere.at(0).at(0).toString().startsWith(
                     QStringLiteral("Refreshing the slot list failed")),
            qPrintable(failedNowhere.at(0).at(0).toString()));
        QVERIFY(
            failedNowhere.at(1).at(0).toString().startsWith(QStringLiteral("Diagnosing slot \"x\" failed")));
        QVERIFY(!nowhere.isReady());
    }

    // After the server ends the admin's session, the next operation connects again.
    void reconnectsAfterLostConnection()
    {
        QSignalSpy refreshed(m_admin.get(), &SlotAdmin::slotsRefreshed);
        QSignalSpy failed(m_admin.get(), &SlotAdmin::failed);
        m_admin->refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(m_pg.sql(QStringLiteral(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = "
                    "'pgrepl-inspector slot manager'"))
            != u"<error>");
        QVERIFY(QTest::qWaitFor([&] { return !m_admin->isReady(); }, 10000));
        m_admin->refresh();
        QVERIFY(QTest::qWaitFor([&] { return refreshed.count() == 2; }, 15000));
        QVERIFY(m_admin->isReady());
        // Losing an idle connection is no failed operation.
        QCOMPARE(failed.count(), 0);

        // Opening again while connected replaces the connection quietly.
        m_admin->open(params(), m_pg.env());
        m_admin->refresh();
        QVERIFY(QTest::qWaitFor([&] { return refreshed.count() == 3; }, 15000));
        QCOMPARE(failed.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSlotAdmin)
#include "tst_slotadmin.moc"
