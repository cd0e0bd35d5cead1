#include "auth/ChannelBindingData.h"

#include <QtTest>

namespace {

// PEM to DER without OpenSSL, so the test does not share the code under test.
QByteArray derFromPem(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray body;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.startsWith("-----"))
            body += line.trimmed();
    }
    return QByteArray::fromBase64(body);
}

} // namespace

class TestChannelBinding : public QObject
{
    Q_OBJECT

private slots:
    // Certificates made with `openssl req -x509 -newkey ... -sha256|-sha384|-sha1`;
    // expected hashes from e.g.
    //   openssl x509 -in rsa-sha256.pem -outform der | openssl dgst -sha256
    //   openssl x509 -in ecdsa-sha384.pem -outform der | openssl dgst -sha384
    //   openssl x509 -in rsa-sha1.pem -outform der | openssl dgst -sha256   (SHA-1 becomes SHA-256)
    void hashes_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("hash");
        QTest::newRow("rsa-sha256")
            << QStringLiteral("rsa-sha256.pem")
            << QByteArray::fromHex("3760adb13dbe78debdcd4350dfc5b99835586b818e087a35d82b04c2361e4c7a");
        QTest::newRow("ecdsa-sha384")
            << QStringLiteral("ecdsa-sha384.pem")
            << QByteArray::fromHex("5e96d478afaa5d4a1cce7a23ea4284cead716ed3b4b74dbdc578"
                                   "680c347aa2e8002347ce7f960748321d3d7e5d5075c6");
        QTest::newRow("rsa-sha1 uses sha256")
            << QStringLiteral("rsa-sha1.pem")
            << QByteArray::fromHex("9fb3028b335d40a5caf8340abec6e20e2ee84604056fa935bbb743f896030457");
    }
    void hashes()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, hash);
        const QString path = QFINDTESTDATA(QStringLiteral("../data/auth/") + file);
        QVERIFY2(!path.isEmpty(), qPrintable(file));
        const QByteArray der = derFromPem(path);
        QVERIFY(!der.isEmpty());
        QString error;
        const auto result = pgrepl::tlsServerEndPointHash(der, &error);
        QVERIFY2(result.has_value(), qPrintable(error));
        QCOMPARE(result->toHex(), hash.toHex());
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("der");
        QTest::addColumn<QString>("expectedFragment");
        const QString dir = QFINDTESTDATA(QStringLiteral("../data/auth/rsa-sha256.pem")).section(u'/', 0, -2);
        const QByteArray rsa = derFromPem(dir + QStringLiteral("/rsa-sha256.pem"));
        QTest::newRow("ed25519 has no single hash")
            << derFromPem(dir + QStringLiteral("/ed25519.pem"))
            << QStringLiteral("signature algorithm ED25519 has no single hash");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("no server certificate");
        QTest::newRow("garbage") << QByteArrayLiteral("not a certificate") << QStringLiteral("not valid DER");
        QTest::newRow("truncated") << rsa.first(rsa.size() - 1) << QStringLiteral("not valid DER");
        QTest::newRow("trailing bytes")
            << rsa + QByteArrayLiteral("xx")
            << QStringLiteral("2 unexpected bytes after the server certificate at byte %1").arg(rsa.size());
    }
    void rejects()
    {
        QFETCH(QByteArray, der);
        QFETCH(QString, expectedFragment);
        QString error;
        QVERIFY(!pgrepl::tlsServerEndPointHash(der, &error).has_value());
        QVERIFY2(error.contains(expectedFragment), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestChannelBinding)
#include "tst_channelbinding.moc"
