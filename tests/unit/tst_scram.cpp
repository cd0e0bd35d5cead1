#include "auth/ScramClient.h"

#include <QtTest>

using pgrepl::ChannelBindingData;
using pgrepl::ScramClient;

namespace {

// RFC 7677 section 3.
const QByteArray kNonce = QByteArrayLiteral("rOprNGfwEbeRWgbNEkqO");
const QByteArray kServerFirst = QByteArrayLiteral(
    "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096");
const QByteArray kServerNonce = QByteArrayLiteral("rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0");
const QByteArray kSalt = QByteArrayLiteral("W22ZaJ0SNY7soEsUEjb6gQ==");

// SHA-256 of tests/data/auth/rsa-sha256.pem in DER (see tst_channelbinding.cpp).
const QByteArray kCertHash
    = QByteArray::fromHex("3760adb13dbe78debdcd4350dfc5b99835586b818e087a35d82b04c2361e4c7a");

ChannelBindingData noBinding()
{
    return {};
}

ChannelBindingData endPointBinding()
{
    return {QByteArrayLiteral("tls-server-end-point"), kCertHash};
}

} // namespace

class TestScram : public QObject
{
    Q_OBJECT

private slots:
    void rfc7677Vector()
    {
        ScramClient client(
            QByteArrayLiteral("pencil"), noBinding(), false, kNonce, QByteArrayLiteral("user"));
        QCOMPARE(client.mechanism(), QByteArrayLiteral("SCRAM-SHA-256"));
        QCOMPARE(client.clientFirstMessage(), QByteArrayLiteral("n,,n=user,r=rOprNGfwEbeRWgbNEkqO"));
        QString error;
        const auto final = client.clientFinalMessage(kServerFirst, &error);
        QVERIFY2(final.has_value(), qPrintable(error));
        QCOMPARE(*final,
            QByteArrayLiteral("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                              "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="));
        QVERIFY(!client.isAuthenticated());
        QVERIFY2(client.verifyServerFinal(
                     QByteArrayLiteral("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="), &error),
            qPrintable(error));
        QVERIFY(client.isAuthenticated());
    }

    // Expected messages computed independently with Python's hashlib/hmac
    // (pbkdf2_hmac('sha256', ...), RFC 5802 section 3 formulas), e.g. for "y":
    //   python3 -c 'import hashlib,hmac,base64; sp=hashlib.pbkdf2_hmac("sha256",b"pencil",
    //     base64.b64decode("W22ZaJ0SNY7soEsUEjb6gQ=="),4096); ...'
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<bool>("withBinding");
        QTest::addColumn<bool>("clientSupportsBinding");
        QTest::addColumn<QByteArray>("mechanism");
        QTest::addColumn<QByteArray>("clientFirst");
        QTest::addColumn<QByteArray>("clientFinal");
        QTest::addColumn<QByteArray>("serverFinal");

        QTest::newRow("libpq style, binding not offered")
            << QByteArrayLiteral("pencil") << false << true << QByteArrayLiteral("SCRAM-SHA-256")
            << QByteArrayLiteral("y,,n=,r=rOprNGfwEbeRWgbNEkqO")
            << "c=eSws,r=" + kServerNonce + ",p=VpuC5DGQa5ro9tXE9MnKs69NH1nxnuregZZcclqIGfM="
            << QByteArrayLiteral("v=FOmOj9BpTGwvnzwBtWQjBaPmVxT9I8IeHBOhcIPu3us=");
        QTest::newRow("tls-server-end-point")
            << QByteArrayLiteral("pencil") << true << true << QByteArrayLiteral("SCRAM-SHA-256-PLUS")
            << QByteArrayLiteral("p=tls-server-end-point,,n=,r=rOprNGfwEbeRWgbNEkqO")
            << "c=cD10bHMtc2VydmVyLWVuZC1wb2ludCwsN2CtsT2+eN69zUNQ38W5mDVYa4GOCHo12CsEwjYeTHo=,r="
                + kServerNonce + ",p=FJu/EPKlem8PvKOdE8NixfpYbNaNOGl9qk4KV32JL0I="
            << QByteArrayLiteral("v=+cBsyAkB/BiKjWBVg13I+MI1FIvahDIoIqcUOh9JkRc=");
        // "I<U+00AD>X" is SASLprepped to "IX" before PBKDF2.
        QTest::newRow("SASLprep applied")
            << QByteArrayLiteral("I\xC2\xADX") << false << false << QByteArrayLiteral("SCRAM-SHA-256")
            << QByteArrayLiteral("n,,n=,r=rOprNGfwEbeRWgbNEkqO")
            << "c=biws,r=" + kServerNonce + ",p=2b5mOdeOFNUaOWSdK05u8Z+vtErTpXDPfs6KR0NuxVw="
            << QByteArrayLiteral("v=vHUKdVFO/k6ajWxZtBGhPiGnonJjlEa/nZSoSrrpsFI=");
    }
    void vectors()
    {
        QFETCH(QByteArray, password);
        QFETCH(bool, withBinding);
        QFETCH(bool, clientSupportsBinding);
        QFETCH(QByteArray, mechanism);
        QFETCH(QByteArray, clientFirst);
        QFETCH(QByteArray, clientFinal);
        QFETCH(QByteArray, serverFinal);

        ScramClient client(
            password, withBinding ? endPointBinding() : noBinding(), clientSupportsBinding, kNonce);
        QCOMPARE(client.mechanism(), mechanism);
        QCOMPARE(client.clientFirstMessage(), clientFirst);
        QString error;
        const auto final = client.clientFinalMessage(kServerFirst, &error);
        QVERIFY2(final.has_value(), qPrintable(error));
        QCOMPARE(*final, clientFinal);
        QVERIFY2(client.verifyServerFinal(serverFinal, &error), qPrintable(error));
        QVERIFY(client.isAuthenticated());
    }

    void gs2Header_data()
    {
        QTest::addColumn<bool>("withBinding");
        QTest::addColumn<bool>("clientSupportsBinding");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("no binding") << false << false << QByteArrayLiteral("n,,n=,r=");
        QTest::newRow("client supports") << false << true << QByteArrayLiteral("y,,n=,r=");
        QTest::newRow("binding") << true << true << QByteArrayLiteral("p=tls-server-end-point,,n=,r=");
        QTest::newRow("binding wins") << true << false << QByteArrayLiteral("p=tls-server-end-point,,n=,r=");
    }
    void gs2Header()
    {
        QFETCH(bool, withBinding);
        QFETCH(bool, clientSupportsBinding);
        QFETCH(QByteArray, prefix);
        ScramClient client(
            QByteArrayLiteral("x"), withBinding ? endPointBinding() : noBinding(), clientSupportsBinding);
        const QByteArray first = client.clientFirstMessage();
        QVERIFY2(first.startsWith(prefix), first.constData());
    }

    void randomNonce()
    {
        ScramClient a(QByteArrayLiteral("x"), noBinding(), false);
        ScramClient b(QByteArrayLiteral("x"), noBinding(), false);
        const qsizetype prefix = QByteArrayView("n,,n=,r=").size();
        const QByteArray nonceA = a.clientFirstMessage().mid(prefix);
        const QByteArray nonceB = b.clientFirstMessage().mid(prefix);
        QCOMPARE(nonceA.size(), 24); // 18 bytes in base64
        QCOMPARE(QByteArray::fromBase64(nonceA).size(), ScramClient::kNonceBytes);
        QVERIFY(!nonceA.contains(','));
        QVERIFY(nonceA != nonceB);
    }

    void escapesUserName()
    {
        ScramClient client(QByteArrayLiteral("x"), noBinding(), false, kNonce, QByteArrayLiteral("a,b=c"));
        QCOMPARE(client.clientFirstMessage(), QByteArrayLiteral("n,,n=a=2Cb=3Dc,r=rOprNGfwEbeRWgbNEkqO"));
    }

    void rejectsServerFirst_data()
    {
        QTest::addColumn<QByteArray>("serverFirst");
        QTest::addColumn<QString>("expectedFragment");
        const QByteArray r = "r=" + kServerNonce;
        const QByteArray s = ",s=" + kSalt;
        QTest::newRow("empty") << QByteArray() << QStringLiteral("nonce (r=) at byte 0: missing");
        QTest::newRow("extension m=")
            << QByteArrayLiteral("m=x,") + kServerFirst << QStringLiteral("unsupported extension (m=)");
        QTest::newRow("not our nonce")
            << QByteArrayLiteral("r=XOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTC,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
            << QStringLiteral("nonce (r=) at byte 0: does not start with the client nonce");
        QTest::newRow("shorter nonce") << QByteArrayLiteral("r=rOprNG,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
                                       << QStringLiteral("does not start with the client nonce");
        QTest::newRow("no server nonce")
            << "r=" + kNonce + s + ",i=4096" << QStringLiteral("the server added no nonce of its own");
        QTest::newRow("control byte in nonce") << "r=" + kNonce + "\x01" + s + ",i=4096"
                                               << QStringLiteral("nonce (r=) at byte 0: not printable");
        QTest::newRow("missing s=") << r + ",i=4096"
                                    << QStringLiteral("salt (s=) at byte 53: expected \"s=\", found \"i=\"");
        QTest::newRow("bad base64") << r + ",s=!!!!,i=4096"
                                    << QStringLiteral("salt (s=) at byte 53: not valid base64");
        QTest::newRow("unpadded base64") << r + ",s=W22ZaJ0SNY7soEsUEjb6gQ,i=4096"
                                         << QStringLiteral("salt (s=) at byte 53: not valid base64");
        QTest::newRow("empty salt") << r + ",s=,i=4096" << QStringLiteral("salt (s=) at byte 53: empty");
        QTest::newRow("missing i=") << r + s << QStringLiteral("iteration count (i=) at byte 79: missing");
        QTest::newRow("i=0") << r + s + ",i=0"
                             << QStringLiteral("iteration count (i=) at byte 80: \"0\" is not");
        QTest::newRow("negative") << r + s + ",i=-1" << QStringLiteral("\"-1\" is not a count from 1 to");
        QTest::newRow("not a number") << r + s + ",i=4k" << QStringLiteral("\"4k\" is not a count");
        QTest::newRow("empty count") << r + s + ",i=" << QStringLiteral("\"\" is not a count");
        QTest::newRow("too many iterations")
            << r + s + ",i=" + QByteArray::number(ScramClient::kMaxIterations + 1)
            << QStringLiteral("is not a count from 1 to 10000000");
        QTest::newRow("overflowing count")
            << r + s + ",i=99999999999999999999" << QStringLiteral("is not a count");
        QTest::newRow("trailing data") << kServerFirst
                + ",x=1" << QStringLiteral("unexpected data after the iteration count at byte 87");
        QTest::newRow("trailing comma")
            << kServerFirst + "," << QStringLiteral("unexpected data after the iteration count");
        QTest::newRow("reordered") << "s=" + kSalt + "," + r + ",i=4096"
                                   << QStringLiteral("nonce (r=) at byte 0: expected \"r=\", found \"s=\"");
    }
    void rejectsServerFirst()
    {
        QFETCH(QByteArray, serverFirst);
        QFETCH(QString, expectedFragment);
        ScramClient client(QByteArrayLiteral("pencil"), noBinding(), false, kNonce);
        QString error;
        QVERIFY(!client.clientFinalMessage(serverFirst, &error).has_value());
        QVERIFY2(error.contains(expectedFragment), qPrintable(error));
        // The exchange is over: nothing later may succeed.
        QVERIFY(!client.clientFinalMessage(kServerFirst, &error).has_value());
        QVERIFY(!client.verifyServerFinal(
            QByteArrayLiteral("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="), &error));
        QVERIFY(!client.isAuthenticated());
    }

    void rejectsServerFinal_data()
    {
        QTest::addColumn<QByteArray>("serverFinal");
        QTest::addColumn<QString>("expectedFragment");
        QTest::newRow("tampered signature")
            << QByteArrayLiteral("v=7rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=")
            << QStringLiteral("does not match");
        QTest::newRow("signature of another exchange")
            << QByteArrayLiteral("v=FOmOj9BpTGwvnzwBtWQjBaPmVxT9I8IeHBOhcIPu3us=")
            << QStringLiteral("does not match");
        QTest::newRow("short signature") << QByteArrayLiteral("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl9")
                                         << QStringLiteral("does not match");
        QTest::newRow("server error") << QByteArrayLiteral("e=invalid-proof")
                                      << QStringLiteral("the server reported error \"invalid-proof\"");
        QTest::newRow("server error with extension")
            << QByteArrayLiteral("e=channel-bindings-dont-match,x=y")
            << QStringLiteral("reported error \"channel-bindings-dont-match\"");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("server signature (v=) at byte 0: missing");
        QTest::newRow("other attribute")
            << QByteArrayLiteral("x=1") << QStringLiteral("expected \"v=\", found \"x=\"");
        QTest::newRow("bad base64") << QByteArrayLiteral("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4")
                                    << QStringLiteral("server signature (v=) at byte 0: not valid base64");
        QTest::newRow("trailing data")
            << QByteArrayLiteral("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=,x=1")
            << QStringLiteral("unexpected data after the server signature at byte 47");
    }
    void rejectsServerFinal()
    {
        QFETCH(QByteArray, serverFinal);
        QFETCH(QString, expectedFragment);
        ScramClient client(
            QByteArrayLiteral("pencil"), noBinding(), false, kNonce, QByteArrayLiteral("user"));
        QString error;
        QVERIFY2(client.clientFinalMessage(kServerFirst, &error).has_value(), qPrintable(error));
        QVERIFY(!client.verifyServerFinal(serverFinal, &error));
        QVERIFY2(error.contains(expectedFragment), qPrintable(error));
        QVERIFY(!client.isAuthenticated());
        // A failure is final, even if the right signature comes afterwards.
        QVERIFY(!client.verifyServerFinal(
            QByteArrayLiteral("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="), &error));
        QVERIFY(!client.isAuthenticated());
    }

    void outOfTurn()
    {
        ScramClient client(
            QByteArrayLiteral("pencil"), noBinding(), false, kNonce, QByteArrayLiteral("user"));
        QString error;
        QVERIFY(!client.verifyServerFinal(
            QByteArrayLiteral("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="), &error));
        QVERIFY2(error.contains(QStringLiteral("out of turn")), qPrintable(error));

        ScramClient twice(QByteArrayLiteral("pencil"), noBinding(), false, kNonce, QByteArrayLiteral("user"));
        QVERIFY(twice.clientFinalMessage(kServerFirst, &error).has_value());
        QVERIFY(!twice.clientFinalMessage(kServerFirst, &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("out of turn")), qPrintable(error));
    }

    void refusesBadSetup_data()
    {
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<bool>("bindingWithoutData");
        QTest::addColumn<QString>("expectedFragment");
        QTest::newRow("comma in nonce")
            << QByteArrayLiteral("ab,cd") << false << QStringLiteral("nonce must be printable");
        QTest::newRow("space in nonce")
            << QByteArrayLiteral("ab cd") << false << QStringLiteral("nonce must be printable");
        QTest::newRow("binding without data")
            << kNonce << true << QStringLiteral("given without channel binding data");
    }
    void refusesBadSetup()
    {
        QFETCH(QByteArray, nonce);
        QFETCH(bool, bindingWithoutData);
        QFETCH(QString, expectedFragment);
        const ChannelBindingData binding = bindingWithoutData
            ? ChannelBindingData {QByteArrayLiteral("tls-server-end-point"), {}}
            : noBinding();
        ScramClient client(QByteArrayLiteral("pencil"), binding, false, nonce);
        QVERIFY(client.clientFirstMessage().isEmpty());
        QString error;
        QVERIFY(!client.clientFinalMessage(kServerFirst, &error).has_value());
        QVERIFY2(error.contains(expectedFragment), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestScram)
#include "tst_scram.moc"
