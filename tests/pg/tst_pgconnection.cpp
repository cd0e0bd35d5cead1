// PgConnection against the real sandbox: every auth method and sslmode the
// sandbox can show, with the server's own verdicts.
#include "Sandbox.h"
#include "session/PgConnection.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgrepl;
using pgrepl::test::Sandbox;

class TestPgConnection : public QObject
{
    Q_OBJECT

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
        QString authMethod;
        bool tls = false;
        QString tlsProtocol;
        QStringList attempts;
    };

    QString expand(QString dsn) const
    {
        const QStringList keys = {QStringLiteral("PORT"), QStringLiteral("CA"), QStringLiteral("WRONG_CA"),
            QStringLiteral("CLIENT_CERT"), QStringLiteral("CLIENT_KEY"), QStringLiteral("SOCKDIR")};
        for (const QString &k : keys)
            dsn.replace(u'{' + k + u'}', m_sandbox->value(QStringLiteral("PGREPL_SANDBOX_") + k));
        return dsn;
    }

    Outcome connectWith(const QString &dsnTemplate, PgConnection *keep = nullptr)
    {
        Outcome out;
        const ConnParseResult parsed = parseConnectionString(expand(dsnTemplate), m_env);
        if (!parsed.params) {
            out.error = QStringLiteral("parse: ") + parsed.error;
            return out;
        }
        PgConnection local;
        PgConnection &conn = keep ? *keep : local;
        QSignalSpy ready(&conn, &PgConnection::ready);
        QSignalSpy failed(&conn, &PgConnection::failed);
        connect(&conn, &PgConnection::attemptFailed, this, [&out](const QString &r) { out.attempts << r; });
        conn.open(*parsed.params, m_env, {{"replication", "database"}});
        if (!QTest::qWaitFor([&] { return ready.count() > 0 || failed.count() > 0; }, 15000)) {
            out.error = QStringLiteral("timed out");
            return out;
        }
        if (failed.count() > 0) {
            out.error = failed.first().first().value<ConnectionError>().toString();
            return out;
        }
        out.ok = true;
        out.authMethod = conn.authMethod();
        out.tls = conn.tlsInfo().active;
        out.tlsProtocol = conn.tlsInfo().protocol;
        if (!keep)
            conn.close();
        return out;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<ConnectionError>();
        qRegisterMetaType<QueryResult>();
        QString error;
        m_sandbox = Sandbox::load(&error);
        QVERIFY2(m_sandbox, qPrintable(error));
        QVERIFY(m_home.isValid());
        // An empty home, so no ~/.pgpass or ~/.postgresql of the machine leaks in.
        m_env.homeDir = m_home.path();
        m_env.osUser = QStringLiteral("nobody");
    }

    void authAndTls_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("expected"); // auth method on success, error fragment on failure
        QTest::addColumn<bool>("tls");
        const QString base = QStringLiteral("host=127.0.0.1 port={PORT} dbname=pgrepl_test ");
        QTest::newRow("trust") << base + QStringLiteral("user=pgrepl_trust sslmode=disable") << true
                               << QStringLiteral("trust") << false;
        QTest::newRow("cleartext") << base
                + QStringLiteral("user=pgrepl_password password=pw-cleartext sslmode=disable")
                                   << true << QStringLiteral("password") << false;
        QTest::newRow("md5") << base + QStringLiteral("user=pgrepl_md5 password=pw-md5 sslmode=disable")
                             << true << QStringLiteral("md5") << false;
        QTest::newRow("scram") << base + QStringLiteral("user=pgrepl_scram password=pw-scram sslmode=disable")
                               << true << QStringLiteral("SCRAM-SHA-256") << false;
        QTest::newRow("scram-plus required") << base
                + QStringLiteral(
                    "user=pgrepl_scram password=pw-scram sslmode=require channel_binding=require")
                                             << true << QStringLiteral("SCRAM-SHA-256-PLUS") << true;
        QTest::newRow("scram binding disabled over tls") << base
                + QStringLiteral(
                    "user=pgrepl_scram password=pw-scram sslmode=require channel_binding=disable")
                                                         << true << QStringLiteral("SCRAM-SHA-256") << true;
        QTest::newRow("wrong password")
            << base + QStringLiteral("user=pgrepl_scram password=nope sslmode=disable") << false
            << QStringLiteral("28P01") << false;
        QTest::newRow("md5 wrong password")
            << base + QStringLiteral("user=pgrepl_md5 password=nope sslmode=disable") << false
            << QStringLiteral("password authentication failed") << false;
        QTest::newRow("no password") << base + QStringLiteral("user=pgrepl_password sslmode=disable") << false
                                     << QStringLiteral("no password supplied") << false;
        QTest::newRow("require_auth refuses md5")
            << base
                + QStringLiteral("user=pgrepl_md5 password=pw-md5 sslmode=disable require_auth=scram-sha-256")
            << false << QStringLiteral("server requested a hashed password") << false;
        QTest::newRow("require_auth refuses trust")
            << base + QStringLiteral("user=pgrepl_trust sslmode=disable require_auth=password") << false
            << QStringLiteral("server did not complete authentication") << false;
        QTest::newRow("require_auth negated allows scram")
            << base
                + QStringLiteral(
                    "user=pgrepl_scram password=pw-scram sslmode=disable require_auth=!password,!md5")
            << true << QStringLiteral("SCRAM-SHA-256") << false;
        QTest::newRow("binding required without tls") << base
                + QStringLiteral(
                    "user=pgrepl_scram password=pw-scram sslmode=disable channel_binding=require")
                                                      << false << QStringLiteral("channel binding") << false;
        QTest::newRow("binding required with cleartext")
            << base
                + QStringLiteral(
                    "user=pgrepl_password password=pw-cleartext sslmode=require channel_binding=require")
            << false << QStringLiteral("channel binding required") << true;
        QTest::newRow("ssl-only role, disable")
            << base + QStringLiteral("user=pgrepl_ssl password=pw-ssl sslmode=disable") << false
            << QStringLiteral("no pg_hba.conf entry") << false;
        QTest::newRow("ssl-only role, prefer")
            << base + QStringLiteral("user=pgrepl_ssl password=pw-ssl sslmode=prefer") << true
            << QStringLiteral("SCRAM-SHA-256-PLUS") << true;
        QTest::newRow("ssl-only role, allow retries with tls")
            << base + QStringLiteral("user=pgrepl_ssl password=pw-ssl sslmode=allow") << true
            << QStringLiteral("SCRAM-SHA-256-PLUS") << true;
        QTest::newRow("trust, allow stays plain") << base + QStringLiteral("user=pgrepl_trust sslmode=allow")
                                                  << true << QStringLiteral("trust") << false;
        QTest::newRow("prefer falls back to plain after a rejection")
            << base + QStringLiteral("user=pgrepl_nossl sslmode=prefer") << true << QStringLiteral("trust") << false;
        QTest::newRow("plain-only role, require")
            << base + QStringLiteral("user=pgrepl_nossl sslmode=require") << false << QStringLiteral("rejects connection")
            << true;
        QTest::newRow("trust, prefer uses tls") << base + QStringLiteral("user=pgrepl_trust sslmode=prefer")
                                                << true << QStringLiteral("trust") << true;
        QTest::newRow("verify-full") << QStringLiteral(
            "host=localhost port={PORT} dbname=pgrepl_test "
            "user=pgrepl_trust sslmode=verify-full sslrootcert={CA}")
                                     << true << QStringLiteral("trust") << true;
        QTest::newRow("verify-full by IP SAN")
            << base + QStringLiteral("user=pgrepl_trust sslmode=verify-full sslrootcert={CA}") << true
            << QStringLiteral("trust") << true;
        QTest::newRow("verify-full hostaddr") << QStringLiteral(
            "host=localhost hostaddr=127.0.0.1 port={PORT} dbname=pgrepl_test user=pgrepl_trust "
            "sslmode=verify-full sslrootcert={CA}")
                                              << true << QStringLiteral("trust") << true;
        QTest::newRow("verify-full wrong CA")
            << QStringLiteral("host=localhost port={PORT} dbname=pgrepl_test user=pgrepl_trust "
                              "sslmode=verify-full sslrootcert={WRONG_CA}")
            << false << QStringLiteral("certificate verification failed") << true;
        QTest::newRow("verify-full host mismatch")
            << QStringLiteral("host=db.example.org hostaddr=127.0.0.1 port={PORT} dbname=pgrepl_test "
                              "user=pgrepl_trust sslmode=verify-full sslrootcert={CA}")
            << false << QStringLiteral("does not match host name \"db.example.org\"") << true;
        QTest::newRow("verify-ca ignores host name")
            << QStringLiteral("host=db.example.org hostaddr=127.0.0.1 port={PORT} dbname=pgrepl_test "
                              "user=pgrepl_trust sslmode=verify-ca sslrootcert={CA}")
            << true << QStringLiteral("trust") << true;
        QTest::newRow("verify-ca without root cert")
            << base + QStringLiteral("user=pgrepl_trust sslmode=verify-ca") << false
            << QStringLiteral("root certificate file") << true;
        QTest::newRow("require with wrong CA file verifies")
            << base + QStringLiteral("user=pgrepl_trust sslmode=require sslrootcert={WRONG_CA}") << false
            << QStringLiteral("certificate verification failed") << true;
        QTest::newRow("client certificate") << QStringLiteral(
            "host=localhost port={PORT} dbname=pgrepl_test user=pgrepl_cert "
            "sslmode=verify-full sslrootcert={CA} sslcert={CLIENT_CERT} sslkey={CLIENT_KEY}")
                                            << true << QStringLiteral("certificate or trust") << true;
        QTest::newRow("cert role without certificate")
            << base + QStringLiteral("user=pgrepl_cert sslmode=require") << false << QStringLiteral("28000")
            << true;
        QTest::newRow("unix socket") << QStringLiteral("host={SOCKDIR} port={PORT} dbname=pgrepl_test "
                                                       "user=pgrepl_trust sslmode=require")
                                     << true << QStringLiteral("trust") << false;
        QTest::newRow("host list skips a dead host")
            << QStringLiteral("host=127.0.0.1,127.0.0.1 port=1,{PORT} dbname=pgrepl_test user=pgrepl_trust "
                              "sslmode=disable")
            << true << QStringLiteral("trust") << false;
    }

    void authAndTls()
    {
        QFETCH(QString, dsn);
        QFETCH(bool, ok);
        QFETCH(QString, expected);
        QFETCH(bool, tls);
        const Outcome out = connectWith(dsn);
        if (ok) {
            QVERIFY2(out.ok, qPrintable(out.error));
            QCOMPARE(out.authMethod, expected);
            QCOMPARE(out.tls, tls);
            if (tls)
                QVERIFY(out.tlsProtocol.startsWith(QStringLiteral("TLSv1.")));
        } else {
            QVERIFY2(!out.ok, "connected but should not have");
            QVERIFY2(out.error.contains(expected), qPrintable(out.error));
        }
    }

    void keyFileReadableByOthersIsRefused()
    {
        QTemporaryDir dir;
        const QString key = dir.filePath(QStringLiteral("client.key"));
        QVERIFY(QFile::copy(m_sandbox->value(QStringLiteral("PGREPL_SANDBOX_CLIENT_KEY")), key));
        QVERIFY(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
        const Outcome out
            = connectWith(QStringLiteral("host=localhost port={PORT} dbname=pgrepl_test "
                                         "user=pgrepl_cert sslmode=verify-full sslrootcert={CA} "
                                         "sslcert={CLIENT_CERT} sslkey=")
                + key);
        QVERIFY(!out.ok);
        QVERIFY2(out.error.contains(QStringLiteral("has group or world access")), qPrintable(out.error));
    }

    void identifySystemOnReplicationConnection()
    {
        PgConnection conn;
        const Outcome out = connectWith(
            QStringLiteral("host=127.0.0.1 port={PORT} dbname=pgrepl_test user=pgrepl_trust sslmode=disable"),
            &conn);
        QVERIFY2(out.ok, qPrintable(out.error));
        QVERIFY(conn.serverParameters().value(QStringLiteral("server_version")).startsWith(u'1'));
        QSignalSpy finished(&conn, &PgConnection::queryFinished);
        const quint64 id = conn.query(QStringLiteral("IDENTIFY_SYSTEM"));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().at(0).toULongLong(), id);
        const auto result = finished.first().at(1).value<QueryResult>();
        QVERIFY(result.ok);
        QCOMPARE(result.rows.size(), 1);
        QCOMPARE(result.value(0, QStringLiteral("dbname")), QStringLiteral("pgrepl_test"));
        const auto expected
            = m_sandbox->sql(QStringLiteral("SELECT system_identifier FROM pg_control_system()"));
        QCOMPARE(result.value(0, QStringLiteral("systemid")), expected.output);

        // A failing query reports the server's fields and leaves the connection usable.
        finished.clear();
        conn.query(QStringLiteral("SELECT * FROM no_such_table"));
        QVERIFY(finished.wait(5000));
        const auto bad = finished.first().at(1).value<QueryResult>();
        QVERIFY(!bad.ok);
        QCOMPARE(bad.error->sqlState(), QStringLiteral("42P01"));
        finished.clear();
        conn.query(QStringLiteral("SELECT 1 AS one"));
        QVERIFY(finished.wait(5000));
        QCOMPARE(
            finished.first().at(1).value<QueryResult>().value(0, QStringLiteral("one")), QStringLiteral("1"));
        QSignalSpy closed(&conn, &PgConnection::closed);
        conn.close();
        QVERIFY(closed.count() > 0 || closed.wait(5000));
    }

private:
    std::optional<Sandbox> m_sandbox;
    QTemporaryDir m_home;
    ConnEnvironment m_env;
};

QTEST_GUILESS_MAIN(TestPgConnection)
#include "tst_pgconnection.moc"
