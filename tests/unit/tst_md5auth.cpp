#include "auth/Md5Password.h"

#include <QtTest>

class TestMd5Auth : public QObject
{
    Q_OBJECT

private slots:
    // Expected values computed independently with:
    //   python3 -c 'import hashlib
    //   def r(u,p,s): return "md5"+hashlib.md5(hashlib.md5(p+u).hexdigest().encode()+s).hexdigest()
    //   print(r(b"postgres", b"secret", bytes([1,2,3,4])))'
    void vectors_data()
    {
        QTest::addColumn<QByteArray>("user");
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<QByteArray>("salt");
        QTest::addColumn<QByteArray>("response");
        QTest::newRow("plain") << QByteArrayLiteral("postgres") << QByteArrayLiteral("secret")
                               << QByteArray::fromHex("01020304")
                               << QByteArrayLiteral("md5bb41a296aab6baccb36ff243a562abff");
        QTest::newRow("binary salt, utf-8 password")
            << QByteArrayLiteral("repl") << QByteArrayLiteral("p\xC3\xA4ss")
            << QByteArray::fromHex("ff00807f") << QByteArrayLiteral("md53699220fa4d4227dfac4403461b41996");
        QTest::newRow("empty password") << QByteArrayLiteral("u") << QByteArray() << QByteArrayLiteral("abcd")
                                        << QByteArrayLiteral("md58cf8281550547f67a055658c2708f90d");
    }
    void vectors()
    {
        QFETCH(QByteArray, user);
        QFETCH(QByteArray, password);
        QFETCH(QByteArray, salt);
        QFETCH(QByteArray, response);
        QCOMPARE(pgrepl::md5PasswordResponse(user, password, salt), response);
    }

    void rejectsSaltOfWrongSize_data()
    {
        QTest::addColumn<QByteArray>("salt");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("3 bytes") << QByteArrayLiteral("abc");
        QTest::newRow("5 bytes") << QByteArrayLiteral("abcde");
    }
    void rejectsSaltOfWrongSize()
    {
        QFETCH(QByteArray, salt);
        QVERIFY(pgrepl::md5PasswordResponse(QByteArrayLiteral("u"), QByteArrayLiteral("p"), salt).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMd5Auth)
#include "tst_md5auth.moc"
