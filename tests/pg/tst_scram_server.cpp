// Checks the auth code against verifiers that PostgreSQL itself computed:
// the server applies its own pg_saslprep (or MD5) when a role is given a
// plain-text password, so agreeing with pg_authid means agreeing with the
// server that will check the proof.
#include "Sandbox.h"
#include "auth/Md5Password.h"
#include "auth/SaslPrep.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QtTest>

#include <openssl/evp.h>

using pgrepl::test::Sandbox;

class TestScramServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_sandbox = Sandbox::load(&error);
        QVERIFY2(m_sandbox, qPrintable(error));
    }

    // Each row: a password, and whether SASLprep changes it (false: either
    // it is already prepared or PostgreSQL falls back to the raw bytes).
    void saslPrepMatchesServer_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("changed");
        QTest::newRow("ascii") << QStringLiteral("pencil") << false;
        QTest::newRow("soft hyphen") << QStringLiteral(u"I\u00ADX") << true;
        QTest::newRow("feminine ordinal") << QStringLiteral(u"\u00AA") << true;
        QTest::newRow("roman numeral") << QStringLiteral(u"\u2168") << true;
        QTest::newRow("nbsp") << QStringLiteral(u"a\u00A0z") << true;
        QTest::newRow("zero width space") << QStringLiteral(u"x\u200By") << true;
        QTest::newRow("byte order mark") << QStringLiteral(u"\uFEFFab") << true;
        QTest::newRow("fullwidth") << QStringLiteral(u"\uFF21\uFF22") << true;
        QTest::newRow("decomposed") << QStringLiteral(u"e\u0301") << true;
        QTest::newRow("supplementary") << QStringLiteral(u"\U0001D400x") << true;
        QTest::newRow("hebrew") << QStringLiteral(u"\u05D0\u05D1") << false;
        QTest::newRow("prohibited") << QStringLiteral(u"\u00AA\u0085") << false;
        QTest::newRow("unassigned") << QStringLiteral(u"\u00AA\u0221") << false;
        QTest::newRow("after Unicode 3.2") << QStringLiteral(u"\u00AA\U0001F600") << false;
        QTest::newRow("private use") << QStringLiteral(u"\u00AA\uE000") << false;
        QTest::newRow("bidi ending in a digit") << QStringLiteral(u"\u0627\u00AD1") << false;
        QTest::newRow("bidi mixed") << QStringLiteral(u"\u0627\u00AAa\u0628") << false;
        QTest::newRow("prohibited before NFKC") << QStringLiteral(u"a\u0340") << false;
        QTest::newRow("empty after mapping") << QStringLiteral(u"\u00AD") << false;
    }
    void saslPrepMatchesServer()
    {
        QFETCH(QString, password);
        QFETCH(bool, changed);
        const QString role = Sandbox::uniqueName(QStringLiteral("tst_saslprep"));
        QString quoted = password;
        quoted.replace(u'\'', QStringLiteral("''"));
        auto r = m_sandbox->sql(QStringLiteral("SET client_encoding = 'UTF8'; "
                                               "SET password_encryption = 'scram-sha-256'; "
                                               "CREATE ROLE %1 PASSWORD '%2'; "
                                               "SELECT rolpassword FROM pg_authid WHERE rolname = '%1'; "
                                               "DROP ROLE %1")
                                    .arg(role, quoted));
        QVERIFY2(r.ok, qPrintable(r.error));
        // SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>
        const QStringList parts = r.output.trimmed().split(u'$');
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0), QStringLiteral("SCRAM-SHA-256"));
        const QStringList iterSalt = parts.at(1).split(u':');
        const QStringList keys = parts.at(2).split(u':');
        QCOMPARE(iterSalt.size(), 2);
        QCOMPARE(keys.size(), 2);
        const QByteArray salt = QByteArray::fromBase64(iterSalt.at(1).toLatin1());
        const int iterations = iterSalt.at(0).toInt();
        QVERIFY(iterations > 0);

        const QByteArray raw = password.toUtf8();
        const QByteArray prepared = pgrepl::saslPrepPassword(raw);
        QCOMPARE(prepared != raw, changed);

        QByteArray salted(32, Qt::Uninitialized);
        QCOMPARE(PKCS5_PBKDF2_HMAC(prepared.constData(), static_cast<int>(prepared.size()),
                     reinterpret_cast<const unsigned char *>(salt.constData()), static_cast<int>(salt.size()),
                     iterations, EVP_sha256(), 32, reinterpret_cast<unsigned char *>(salted.data())),
            1);
        const QByteArray clientKey
            = QMessageAuthenticationCode::hash("Client Key", salted, QCryptographicHash::Sha256);
        const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
        QCOMPARE(storedKey.toBase64(), keys.at(0).toLatin1());
    }

    // The server stores "md5" + md5(password + user); the wire answer is
    // md5 of that hex with the salt, computed here with Qt's MD5.
    void md5MatchesServer()
    {
        const QString role = Sandbox::uniqueName(QStringLiteral("tst_md5"));
        auto r = m_sandbox->sql(QStringLiteral("SET password_encryption = 'md5'; "
                                               "CREATE ROLE %1 PASSWORD 'se''cret'; "
                                               "SELECT rolpassword FROM pg_authid WHERE rolname = '%1'; "
                                               "DROP ROLE %1")
                                    .arg(role));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QByteArray stored = r.output.trimmed().toLatin1();
        QVERIFY2(stored.startsWith("md5") && stored.size() == 35, stored.constData());
        const QByteArray salt = QByteArray::fromHex("a1b2c3d4");
        const QByteArray expected
            = "md5" + QCryptographicHash::hash(stored.mid(3) + salt, QCryptographicHash::Md5).toHex();
        QCOMPARE(pgrepl::md5PasswordResponse(role.toUtf8(), QByteArrayLiteral("se'cret"), salt), expected);
    }

private:
    std::optional<Sandbox> m_sandbox;
};

QTEST_GUILESS_MAIN(TestScramServer)
#include "tst_scram_server.moc"
