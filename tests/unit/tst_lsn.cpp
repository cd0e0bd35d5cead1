#include "wire/Lsn.h"

#include <QtTest>

using pgrepl::Lsn;

class TestLsn : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<quint64>("value");
        QTest::newRow("zero") << QStringLiteral("0/0") << Q_UINT64_C(0);
        QTest::newRow("upper") << QStringLiteral("0/16B3748") << Q_UINT64_C(0x16B3748);
        QTest::newRow("lower") << QStringLiteral("0/16b3748") << Q_UINT64_C(0x16B3748);
        QTest::newRow("high part") << QStringLiteral("1A/00000010") << Q_UINT64_C(0x1A00000010);
        QTest::newRow("max") << QStringLiteral("FFFFFFFF/FFFFFFFF") << Q_UINT64_C(0xFFFFFFFFFFFFFFFF);
        QTest::newRow("spaces") << QStringLiteral("  2/3 ") << Q_UINT64_C(0x200000003);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(quint64, value);
        QString error;
        const auto lsn = Lsn::parse(text, &error);
        QVERIFY2(lsn.has_value(), qPrintable(error));
        QCOMPARE(lsn->value(), value);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expectedFragment");
        QTest::newRow("empty") << QString() << QStringLiteral("expected X/Y");
        QTest::newRow("no slash") << QStringLiteral("16B3748") << QStringLiteral("expected X/Y");
        QTest::newRow("empty high") << QStringLiteral("/1") << QStringLiteral("high part is empty");
        QTest::newRow("empty low") << QStringLiteral("1/") << QStringLiteral("low part is empty");
        QTest::newRow("bad digit") << QStringLiteral("0/12G4") << QStringLiteral("'G' in the low part");
        QTest::newRow("too long") << QStringLiteral("123456789/0") << QStringLiteral("more than 8");
        QTest::newRow("sign") << QStringLiteral("-1/0") << QStringLiteral("'-' in the high part");
        QTest::newRow("two slashes") << QStringLiteral("0/1/2") << QStringLiteral("'/' in the low part");
    }
    void rejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, expectedFragment);
        QString error;
        QVERIFY(!Lsn::parse(text, &error).has_value());
        QVERIFY2(error.contains(expectedFragment), qPrintable(error));
    }

    void format_data()
    {
        QTest::addColumn<quint64>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << Q_UINT64_C(0) << QStringLiteral("0/0");
        QTest::newRow("as postgres prints") << Q_UINT64_C(0x16B3748) << QStringLiteral("0/16B3748");
        QTest::newRow("high") << Q_UINT64_C(0x1A00000010) << QStringLiteral("1A/10");
        QTest::newRow("zeros inside") << Q_UINT64_C(0x1000000000000001) << QStringLiteral("10000000/1");
        QTest::newRow("low zero") << Q_UINT64_C(0xF00000000) << QStringLiteral("F/0");
        QTest::newRow("largest") << Q_UINT64_C(0xFFFFFFFFFFFFFFFF) << QStringLiteral("FFFFFFFF/FFFFFFFF");
        QTest::newRow("every digit") << Q_UINT64_C(0x0123456789ABCDEF) << QStringLiteral("1234567/89ABCDEF");
    }
    void format()
    {
        QFETCH(quint64, value);
        QFETCH(QString, text);
        QCOMPARE(Lsn(value).toString(), text);
        QCOMPARE(Lsn::parse(text)->value(), value);
    }

    void ordering()
    {
        QVERIFY(Lsn(1) < Lsn(2));
        QVERIFY(!Lsn().isValid());
        QCOMPARE(Lsn(100).bytesAfter(Lsn(40)), Q_UINT64_C(60));
        QCOMPARE(Lsn(40).bytesAfter(Lsn(100)), Q_UINT64_C(0));
    }
};

QTEST_GUILESS_MAIN(TestLsn)
#include "tst_lsn.moc"
