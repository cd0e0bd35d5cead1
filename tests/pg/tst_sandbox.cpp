// Proves the sandbox fixture: a logical-ready server with TLS, reachable both
// through psql and through a raw socket.
#include "Sandbox.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QtEndian>
#include <QtTest>

using pgrepl::test::Sandbox;

class TestSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_sandbox = Sandbox::load(&error);
        QVERIFY2(m_sandbox, qPrintable(error));
    }

    void walLevelIsLogical()
    {
        const auto r = m_sandbox->sql(QStringLiteral("SHOW wal_level"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output, QStringLiteral("logical"));
    }

    void createAndDropPgoutputSlot()
    {
        const QString slot = Sandbox::uniqueName(QStringLiteral("tst_slot"));
        const QString pub = Sandbox::uniqueName(QStringLiteral("tst_pub"));
        auto r = m_sandbox->sql(QStringLiteral("CREATE PUBLICATION %1 FOR ALL TABLES").arg(pub));
        QVERIFY2(r.ok, qPrintable(r.error));
        r = m_sandbox->sql(
            QStringLiteral("SELECT pg_create_logical_replication_slot('%1', 'pgoutput')").arg(slot));
        QVERIFY2(r.ok, qPrintable(r.error));

        r = m_sandbox->sql(QStringLiteral("SELECT plugin, slot_type, confirmed_flush_lsn IS NOT NULL "
                                          "FROM pg_replication_slots WHERE slot_name = '%1'")
                               .arg(slot));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output, QStringLiteral("pgoutput|logical|t"));
        r = m_sandbox->sql(
            QStringLiteral("SELECT count(*) FROM pg_publication WHERE pubname = '%1'").arg(pub));
        QCOMPARE(r.output, QStringLiteral("1"));

        r = m_sandbox->sql(
            QStringLiteral("SELECT pg_drop_replication_slot('%1'); DROP PUBLICATION %2").arg(slot, pub));
        QVERIFY2(r.ok, qPrintable(r.error));
        r = m_sandbox->sql(
            QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name = '%1'").arg(slot));
        QCOMPARE(r.output, QStringLiteral("0"));
    }

    // A raw SSLRequest (length 8, code 80877103) must be answered with 'S':
    // the sandbox serves TLS.
    void rawSocketSslRequestIsAccepted()
    {
        QTcpSocket socket;
        socket.connectToHost(m_sandbox->host(), m_sandbox->port());
        QVERIFY(socket.waitForConnected(5000));
        QByteArray request(8, '\0');
        qToBigEndian<quint32>(8, request.data());
        qToBigEndian<quint32>(80877103, request.data() + 4);
        socket.write(request);
        QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
        QVERIFY(socket.bytesAvailable() > 0 || readyRead.wait(5000));
        QCOMPARE(socket.read(1), QByteArray("S"));
    }

private:
    std::optional<Sandbox> m_sandbox;
};

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
