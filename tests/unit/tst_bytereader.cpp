#include "wire/ByteReader.h"

#include <QtTest>

using pgrepl::ByteReader;

class TestByteReader : public QObject
{
    Q_OBJECT

private slots:
    void readsBigEndian()
    {
        const QByteArray data = QByteArray::fromHex("01"
                                                    "0203"
                                                    "fffffffe"
                                                    "0000000100000002")
            + QByteArray("ab\0c", 4);
        ByteReader r(data);
        std::uint8_t a = 0;
        std::uint16_t b = 0;
        std::int32_t c = 0;
        std::uint64_t d = 0;
        QByteArrayView s;
        QVERIFY(r.u8(a, "a") && r.u16(b, "b") && r.i32(c, "c") && r.u64(d, "d") && r.cstring(s, "s"));
        QCOMPARE(a, 1);
        QCOMPARE(b, 0x0203);
        QCOMPARE(c, -2);
        QCOMPARE(d, Q_UINT64_C(0x100000002));
        QCOMPARE(s.toByteArray(), QByteArray("ab"));
        QCOMPARE(r.remaining(), 1);
    }

    void shortReadNamesFieldAndOffset()
    {
        const QByteArray data = QByteArray::fromHex("0001aa");
        ByteReader r(data);
        std::uint16_t x = 0;
        std::uint32_t y = 0;
        QVERIFY(r.u16(x, "x"));
        QVERIFY(!r.u32(y, "relation oid"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().field, QStringLiteral("relation oid"));
        QCOMPARE(r.error().offset, 2);
        QVERIFY(r.error().toString().contains(QStringLiteral("needs 4 bytes, 1 left")));
        // The first error sticks; later reads fail without moving.
        std::uint8_t z = 0;
        QVERIFY(!r.u8(z, "z"));
        QCOMPARE(r.error().field, QStringLiteral("relation oid"));
        QCOMPARE(r.offset(), 2);
    }

    void unterminatedString()
    {
        ByteReader r(QByteArrayView("abc", 3));
        QByteArrayView s;
        QVERIFY(!r.cstring(s, "prefix"));
        QVERIFY(r.error().message.contains(QStringLiteral("NUL")));
    }

    void negativeLengthIsAnError()
    {
        ByteReader r(QByteArrayView("abc", 3));
        QByteArrayView s;
        QVERIFY(!r.bytes(s, -1, "value"));
        QVERIFY(r.error().message.contains(QStringLiteral("negative")));
    }
};

QTEST_GUILESS_MAIN(TestByteReader)
#include "tst_bytereader.moc"
