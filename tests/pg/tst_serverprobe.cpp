// ServerProbe against the real sandbox: what "Test connection" reports for
// replication and ordinary roles, a slot and a publication made here, an
// active slot, and the failures the dialog must name.
#include "Sandbox.h"
#include "session/ServerProbe.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgrepl;
using pgrepl::test::Sandbox;

class TestServerProbe : public QObject
{
    Q_OBJECT

private:
    std::optional<Sandbox> m_sandbox;
    QTemporaryDir m_home;
    ConnEnvironment m_env;
    QString m_slot;
    QString m_publication;

    QString dsn(const QString &rest) const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 ")
                   .arg(m_sandbox->port())
                   .arg(m_sandbox->database())
            + rest;
    }

    ProbeResult run(const QString &connectionString, const QString &password = {}, int timeoutMs = 15000)
    {
        const ConnParseResult parsed = parseConnectionString(connectionString, m_env);
        if (!parsed.params) {
            ProbeResult r;
            r.error = QStringLiteral("parse: ") + parsed.error;
            return r;
        }
        ConnParams params = *parsed.params;
        // As the controller does with ConnectRequest::password.
        if (!password.isEmpty())
            params.password = password;
        ServerProbe probe;
        probe.setTimeout(timeoutMs);
        QSignalSpy finished(&probe, &ServerProbe::finished);
        probe.start(params, m_env);
        if (!finished.wait(timeoutMs + 5000)) {
            ProbeResult r;
            r.error = QStringLiteral("no finished() signal");
            return r;
        }
        [&] { QCOMPARE(finished.count(), 1); }();
        [&] { QVERIFY(!probe.isRunning()); }();
        return finished.first().first().value<ProbeResult>();
    }

    static const SlotInfo *findSlot(const ProbeResult &r, const QString &name)
    {
        for (const SlotInfo &s : r.replicationSlots)
            if (s.name == name)
                return &s;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ProbeResult>();
        QString error;
        m_sandbox = Sandbox::load(&error);
        QVERIFY2(m_sandbox, qPrintable(error));
        QVERIFY(m_home.isValid());
        // An empty home, so no ~/.pgpass of the machine leaks in.
        m_env.homeDir = m_home.path();
        m_env.osUser = QStringLiteral("nobody");
        m_slot = Sandbox::uniqueName(QStringLiteral("tst_probe_slot"));
        m_publication = Sandbox::uniqueName(QStringLiteral("tst_probe_pub"));
        const auto r
            = m_sandbox->sql(QStringLiteral("CREATE TABLE IF NOT EXISTS tst_probe_t (id int primary key); "
                                            "CREATE PUBLICATION %1 FOR TABLE tst_probe_t; "
                                            "SELECT pg_create_logical_replication_slot('%2', 'pgoutput')")
                                 .arg(m_publication, m_slot));
        QVERIFY2(r.ok, qPrintable(r.error));
    }

    void cleanupTestCase()
    {
        if (m_sandbox)
            m_sandbox->sql(
                QStringLiteral("SELECT pg_drop_replication_slot('%1'); DROP PUBLICATION IF EXISTS %2")
                    .arg(m_slot, m_publication));
    }

    void scramRoleSeesSlotAndPublication()
    {
        const ProbeResult r
            = run(dsn(QStringLiteral("user=pgrepl_scram sslmode=disable")), QStringLiteral("pw-scram"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.failedStage, ProbeResult::Stage::None);
        QVERIFY(r.error.isEmpty());
        const auto version = m_sandbox->sql(QStringLiteral("SHOW server_version_num"));
        QVERIFY(version.ok);
        QCOMPARE(r.serverVersionNum, version.output.toInt());
        QVERIFY(r.serverVersion.startsWith(QString::number(r.serverVersionNum / 10000) + u'.'));
        QCOMPARE(r.authMethod, QStringLiteral("SCRAM-SHA-256"));
        QVERIFY(!r.tls.active);
        QCOMPARE(r.walLevel, QStringLiteral("logical"));
        QVERIFY(r.walLevelIsLogical());
        QCOMPARE(r.user, QStringLiteral("pgrepl_scram"));
        QCOMPARE(r.database, m_sandbox->database());
        QVERIFY(r.replicationRole);
        QVERIFY(!r.superuser);
        QVERIFY(r.canReplicate());
        // pg_control_system() is executable by every role.
        const auto id = m_sandbox->sql(QStringLiteral("SELECT system_identifier FROM pg_control_system()"));
        QVERIFY2(id.ok, qPrintable(id.error));
        QCOMPARE(r.systemId, id.output);

        const SlotInfo *s = findSlot(r, m_slot);
        QVERIFY2(s, qPrintable(m_slot));
        QCOMPARE(s->plugin, QStringLiteral("pgoutput"));
        QVERIFY(!s->active);
        QCOMPARE(s->activePid, 0);
        QVERIFY(!s->twoPhase);
        for (const SlotInfo &each : r.replicationSlots) {
            QCOMPARE(each.slotType, QStringLiteral("logical"));
            QCOMPARE(each.database, m_sandbox->database());
        }
        bool found = false;
        for (const PublicationInfo &p : r.publications) {
            if (p.name != m_publication)
                continue;
            found = true;
            QVERIFY(!p.allTables);
            // From 15 on each table carries its column list.
            QCOMPARE(p.tables.size(), 1);
            QVERIFY2(p.tables.first().startsWith(QLatin1String("public.tst_probe_t")),
                qPrintable(p.tables.first()));
        }
        QVERIFY(found);
    }

    void superuserSystemIdentifier()
    {
        const ProbeResult r = run(dsn(QStringLiteral("user=postgres sslmode=disable")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.superuser);
        QVERIFY(r.canReplicate());
        QCOMPARE(r.authMethod, QStringLiteral("trust"));
        const auto id = m_sandbox->sql(QStringLiteral("SELECT system_identifier FROM pg_control_system()"));
        QVERIFY2(id.ok, qPrintable(id.error));
        QCOMPARE(r.systemId, id.output);
    }

    void tlsIsReported()
    {
        const ProbeResult r
            = run(dsn(QStringLiteral("user=pgrepl_ssl sslmode=require")), QStringLiteral("pw-ssl"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.tls.active);
        QVERIFY(r.tls.protocol.startsWith(QLatin1String("TLS")));
        QVERIFY(!r.tls.cipher.isEmpty());
    }

    void activeSlotHasItsPid()
    {
        QProcess recv;
        recv.setProgram(m_sandbox->binDir() + QStringLiteral("/pg_recvlogical"));
        recv.setArguments({QStringLiteral("-h"), m_sandbox->host(), QStringLiteral("-p"),
            QString::number(m_sandbox->port()), QStringLiteral("-U"), QStringLiteral("postgres"),
            QStringLiteral("-d"), m_sandbox->database(), QStringLiteral("-S"), m_slot,
            QStringLiteral("--start"), QStringLiteral("--no-loop"), QStringLiteral("-f"),
            QStringLiteral("/dev/null"), QStringLiteral("-o"), QStringLiteral("proto_version=1"),
            QStringLiteral("-o"), QStringLiteral("publication_names=") + m_publication});
        recv.start();
        QVERIFY2(recv.waitForStarted(), qPrintable(recv.errorString()));
        QString pid;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto r = m_sandbox->sql(QStringLiteral(
                    "SELECT active_pid FROM pg_replication_slots WHERE slot_name = '%1' AND active")
                                                  .arg(m_slot));
                pid = r.output;
                return r.ok && !pid.isEmpty();
            }(),
            15000);
        const ProbeResult r
            = run(dsn(QStringLiteral("user=pgrepl_scram sslmode=disable")), QStringLiteral("pw-scram"));
        recv.terminate();
        QVERIFY(recv.waitForFinished(10000));
        QVERIFY2(r.ok, qPrintable(r.error));
        const SlotInfo *s = findSlot(r, m_slot);
        QVERIFY(s);
        QVERIFY(s->active);
        QCOMPARE(s->activePid, pid.toInt());
        // Leave the slot inactive for the other tests.
        QTRY_VERIFY_WITH_TIMEOUT(
            m_sandbox
                    ->sql(QStringLiteral("SELECT active FROM pg_replication_slots WHERE slot_name = '%1'")
                              .arg(m_slot))
                    .output
                == u"f",
            10000);
    }

    void wrongPasswordIsAnAuthenticationError()
    {
        const ProbeResult r = run(
            dsn(QStringLiteral("user=pgrepl_scram sslmode=disable")), QStringLiteral("not-the-password"));
        QVERIFY(!r.ok);
        QCOMPARE(r.failedStage, ProbeResult::Stage::Authentication);
        QVERIFY2(r.error.startsWith(QLatin1String("Authentication failed: ")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("password authentication failed for user \"pgrepl_scram\"")),
            qPrintable(r.error));
        QVERIFY(r.replicationSlots.isEmpty());
    }

    void missingPasswordIsAnAuthenticationError()
    {
        const ProbeResult r = run(dsn(QStringLiteral("user=pgrepl_scram sslmode=disable")));
        QVERIFY(!r.ok);
        QCOMPARE(r.failedStage, ProbeResult::Stage::Authentication);
        QVERIFY2(r.error.contains(QLatin1String("no password supplied")), qPrintable(r.error));
    }

    // The sandbox's roles all have REPLICATION; an ordinary one is made here
    // and reaches the server through the socket, where pg_hba.conf trusts all.
    void ordinaryRoleCannotReplicate()
    {
        const QString role = Sandbox::uniqueName(QStringLiteral("tst_norepl")).toLower();
        auto made = m_sandbox->sql(QStringLiteral("CREATE ROLE %1 LOGIN").arg(role));
        QVERIFY2(made.ok, qPrintable(made.error));
        const ProbeResult r = run(QStringLiteral("host=%1 port=%2 dbname=%3 user=%4")
                                      .arg(m_sandbox->value(QStringLiteral("PGREPL_SANDBOX_SOCKDIR")))
                                      .arg(m_sandbox->port())
                                      .arg(m_sandbox->database(), role));
        m_sandbox->sql(QStringLiteral("DROP ROLE %1").arg(role));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.user, role);
        QVERIFY(!r.replicationRole);
        QVERIFY(!r.superuser);
        QVERIFY(!r.canReplicate());
        // It still sees the slots and publications: the views are public.
        QVERIFY(findSlot(r, m_slot));
    }

    void refusedPortIsAConnectionError()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close(); // nothing listens there now
        const ProbeResult r
            = run(QStringLiteral("host=127.0.0.1 port=%1 user=u dbname=d sslmode=disable").arg(port));
        QVERIFY(!r.ok);
        QCOMPARE(r.failedStage, ProbeResult::Stage::Connection);
        QVERIFY2(r.error.startsWith(QLatin1String("Could not connect: ")), qPrintable(r.error));
    }

    void silentServerTimesOut()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const ProbeResult r = run(
            QStringLiteral("host=127.0.0.1 port=%1 user=u dbname=d sslmode=disable").arg(silent.serverPort()),
            {}, 500);
        QVERIFY(!r.ok);
        QCOMPARE(r.failedStage, ProbeResult::Stage::Timeout);
        QVERIFY2(r.error.contains(QLatin1String("0.5 seconds")), qPrintable(r.error));
    }

    void cancelEmitsNothing()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const auto parsed = parseConnectionString(
            QStringLiteral("host=127.0.0.1 port=%1 user=u dbname=d sslmode=disable").arg(silent.serverPort()),
            m_env);
        QVERIFY(parsed.params);
        ServerProbe probe;
        probe.setTimeout(200);
        QSignalSpy finished(&probe, &ServerProbe::finished);
        probe.start(*parsed.params, m_env);
        QVERIFY(probe.isRunning());
        probe.cancel();
        QVERIFY(!probe.isRunning());
        QVERIFY(!finished.wait(600)); // the timeout would have fired by now
    }
};

QTEST_GUILESS_MAIN(TestServerProbe)
#include "tst_serverprobe.moc"
