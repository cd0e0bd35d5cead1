#include "wire/Framer.h"
#include "wire/Messages.h"

#include <QBuffer>
#include <QtTest>

using namespace pgrepl;

namespace {
// A literal with embedded NULs, whole.
template<std::size_t N> QByteArray raw(const char (&s)[N])
{
    return QByteArray(s, qsizetype(N - 1));
}

QByteArray frame(char type, const QByteArray &body)
{
    QByteArray out(1, type);
    char len[4];
    qToBigEndian<qint32>(qint32(body.size() + 4), len);
    out.append(len, 4);
    out.append(body);
    return out;
}

QList<BackendMessage> drain(Framer &framer, Framer::Result *last = nullptr)
{
    QList<BackendMessage> out;
    BackendMessage m;
    Framer::Result r;
    while ((r = framer.next(m)) == Framer::Result::Message)
        out << m;
    if (last)
        *last = r;
    return out;
}
} // namespace

class TestFramer : public QObject
{
    Q_OBJECT

private slots:
    // Every way of splitting a stream of three messages gives the same three.
    void everySplitPoint()
    {
        const QByteArray stream
            = frame('Z', "I") + frame('d', QByteArray(300, 'x')) + frame('C', raw("SELECT 1\0"));
        for (int cut = 0; cut <= stream.size(); ++cut) {
            Framer framer;
            framer.append(QByteArrayView(stream).first(cut));
            QList<BackendMessage> got = drain(framer);
            framer.append(QByteArrayView(stream).sliced(cut));
            got += drain(framer);
            QCOMPARE(got.size(), 3);
            QCOMPARE(got[0].type, 'Z');
            QCOMPARE(got[1].payload, QByteArray(300, 'x'));
            QCOMPARE(got[2].payload, raw("SELECT 1\0"));
            QCOMPARE(framer.bufferedBytes(), 0);
        }
    }

    void byteByByte()
    {
        const QByteArray stream = frame('S', raw("a\0b\0")) + frame('Z', "I");
        Framer framer;
        QList<BackendMessage> got;
        for (char c : stream) {
            framer.append(QByteArrayView(&c, 1));
            got += drain(framer);
        }
        QCOMPARE(got.size(), 2);
        QCOMPARE(got[1].payload, QByteArray("I"));
    }

    // Framing works on any QIODevice: a QBuffer drives it here.
    void readsFromQIODevice()
    {
        QByteArray stream;
        for (int i = 0; i < 1000; ++i)
            stream += frame('d', QByteArray::number(i));
        QBuffer buffer(&stream);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Framer framer;
        QList<BackendMessage> got;
        while (!buffer.atEnd()) {
            QVERIFY(framer.readFrom(&buffer, 777) > 0); // reads never align with frames
            got += drain(framer);
        }
        QCOMPARE(got.size(), 1000);
        QCOMPARE(got.last().payload, QByteArray("999"));
    }

    void hostileLength_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("expected");
        QTest::newRow("length 3") << QByteArray::fromHex("4400000003") << QStringLiteral("length 3");
        QTest::newRow("negative") << QByteArray::fromHex("44ffffffff") << QStringLiteral("length -1");
        QTest::newRow("over cap") << QByteArray::fromHex("447fffffff") << QStringLiteral("over the limit");
    }
    void hostileLength()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, expected);
        Framer framer(1 << 20);
        framer.append(head);
        Framer::Result last;
        QVERIFY(drain(framer, &last).isEmpty());
        QCOMPARE(last, Framer::Result::Error);
        QVERIFY2(framer.errorString().contains(expected), qPrintable(framer.errorString()));
        // Failed stays failed: no resynchronising on garbage.
        framer.append(frame('Z', "I"));
        BackendMessage m;
        QCOMPARE(framer.next(m), Framer::Result::Error);
    }

    void capIsConfigurable()
    {
        Framer framer(10);
        framer.append(frame('d', QByteArray(10, 'a')));
        BackendMessage m;
        QCOMPARE(framer.next(m), Framer::Result::Message);
        framer.append(frame('d', QByteArray(11, 'a')));
        QCOMPARE(framer.next(m), Framer::Result::Error);
    }

    void takeBufferedReturnsUnframedBytes()
    {
        Framer framer;
        framer.append(frame('Z', "I") + "junk");
        BackendMessage m;
        QCOMPARE(framer.next(m), Framer::Result::Message);
        QCOMPARE(framer.takeBuffered(), QByteArray("junk"));
        QCOMPARE(framer.bufferedBytes(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFramer)
#include "tst_framer.moc"
