// The relation cache and the pg_recvlogical file reader on hand-built bytes.
#include "pgoutput/RecvlogicalReader.h"
#include "pgoutput/RelationCache.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pgrepl::pgoutput;

namespace {

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    for (int i = 0; i < 4; ++i)
        b[i] = static_cast<char>((v >> (8 * (3 - i))) & 0xff);
    return b;
}

QByteArray be16(quint16 v)
{
    QByteArray b(2, '\0');
    b[0] = static_cast<char>(v >> 8);
    b[1] = static_cast<char>(v & 0xff);
    return b;
}

// Relation oid "public"."name" with the given column names; the first is the key.
QByteArray relationBytes(quint32 oid, const char *name, const QList<QByteArray> &columns)
{
    QByteArray b = "R" + be32(oid) + QByteArray("public\0", 7) + QByteArray(name) + '\0' + 'd'
        + be16(static_cast<quint16>(columns.size()));
    for (qsizetype i = 0; i < columns.size(); ++i)
        b += QByteArray(1, i == 0 ? '\1' : '\0') + columns.at(i) + '\0' + be32(25) + be32(0xffffffff);
    return b;
}

QByteArray insertBytes(quint32 oid, const QList<QByteArray> &texts, std::optional<quint32> xid = {})
{
    QByteArray b = "I" + (xid ? be32(*xid) : QByteArray()) + be32(oid) + 'N'
        + be16(static_cast<quint16>(texts.size()));
    for (const QByteArray &t : texts)
        b += 't' + be32(static_cast<quint32>(t.size())) + t;
    return b;
}

Message decoded(const QByteArray &bytes)
{
    DecoderState state;
    DecodeResult r = decode(bytes, state);
    if (!r.ok())
        qFatal("test bytes do not decode: %s", qPrintable(r.error.toString()));
    return *r.message;
}

} // namespace

class TestPgoutputReader : public QObject
{
    Q_OBJECT

private slots:
    void cacheStoresAndReplacesRelations()
    {
        RelationCache cache;
        QVERIFY(cache.apply(decoded(relationBytes(10, "t", {"id", "a"}))));
        QCOMPARE(cache.relationCount(), 1);
        const Relation *r = cache.relation(10);
        QVERIFY(r);
        QCOMPARE(r->relname, QStringLiteral("t"));
        QCOMPARE(r->columns.size(), 2);
        QVERIFY(r->columns.at(0).isKey());
        QVERIFY(!r->columns.at(1).isKey());

        // An ALTER TABLE later: the new Relation message replaces the entry.
        QVERIFY(cache.apply(decoded(relationBytes(10, "t2", {"id", "a", "b"}))));
        QCOMPARE(cache.relationCount(), 1);
        QCOMPARE(cache.relation(10)->relname, QStringLiteral("t2"));
        QCOMPARE(cache.relation(10)->columns.size(), 3);
        QCOMPARE(cache.relation(10)->columns.at(2).name, QStringLiteral("b"));
        QVERIFY(!cache.relation(11));
    }

    void cacheKeepsTypeNames()
    {
        RelationCache cache;
        QVERIFY(cache.apply(decoded("Y" + be32(90001) + QByteArray("app\0mood\0", 9))));
        QCOMPARE(cache.typeName(90001), QStringLiteral("app.mood"));
        QCOMPARE(cache.typeCount(), 1);
        QVERIFY(cache.typeName(23).isEmpty());
        QVERIFY(!cache.apply(Message(Begin {})));
        cache.clear();
        QCOMPARE(cache.typeCount(), 0);
        QVERIFY(cache.typeName(90001).isEmpty());
    }

    void streamedRelationIsStoredWithoutXid()
    {
        RelationCache cache;
        Relation r;
        r.xid = 55;
        r.oid = 3;
        cache.apply(r);
        QVERIFY(cache.relation(3));
        QVERIFY(!cache.relation(3)->xid);
    }

    void checkChange_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        QTest::newRow("known") << insertBytes(10, {"1", "x"}) << QString();
        QTest::newRow("unknown relation") << insertBytes(
            99, {"1"}) << QStringLiteral("relation OID 99 was not described by a Relation message");
        QTest::newRow("too few columns") << insertBytes(
            10, {"1"}) << QStringLiteral("new tuple has 1 columns, relation public.t (OID 10) has 2");
        QTest::newRow("delete unknown")
            << QByteArray("D" + be32(7) + 'K' + be16(0))
            << QStringLiteral("relation OID 7 was not described by a Relation message");
        QTest::newRow("update old key width")
            << QByteArray("U" + be32(10) + 'K' + be16(1) + 'n' + 'N' + be16(2) + 'n' + 'n')
            << QStringLiteral("old tuple has 1 columns, relation public.t (OID 10) has 2");
        QTest::newRow("truncate second unknown")
            << QByteArray("T" + be32(2) + '\0' + be32(10) + be32(12))
            << QStringLiteral("relation OID 12 was not described by a Relation message");
        QTest::newRow("not a change") << QByteArray("E") << QString();
    }
    void checkChange()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        RelationCache cache;
        cache.apply(decoded(relationBytes(10, "t", {"id", "a"})));
        DecoderState state;
        state.protoVersion = 2;
        state.inStream = bytes == "E";
        const DecodeResult r = decode(bytes, state);
        QVERIFY2(r.ok(), qPrintable(r.error.toString()));
        QCOMPARE(cache.checkChange(*r.message), problem);
    }

    // Values containing '\n' must not split a message: the reader decodes a
    // message to find its end, then expects the newline.
    void readerDoesNotSplitOnNewlines()
    {
        const QByteArray rel = relationBytes(10, "t", {"id", "a"});
        const QByteArray ins = insertBytes(10, {"1", "line1\nline2\n"});
        const QByteArray file = rel + '\n' + ins + '\n';
        DecoderState state;
        RecvlogicalReader reader(file, state);
        const auto entries = reader.readAll();
        QVERIFY2(!reader.hasError(), qPrintable(reader.error().toString()));
        QVERIFY(reader.atEnd());
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).offset, 0);
        QCOMPARE(entries.at(0).raw.toByteArray(), rel);
        QCOMPARE(entries.at(1).offset, rel.size() + 1);
        QCOMPARE(entries.at(1).raw.toByteArray(), ins);
        const auto &insert = std::get<Insert>(entries.at(1).message);
        QCOMPARE(insert.newTuple.columns.at(1).bytes.toByteArray(), QByteArray("line1\nline2\n"));
        // Views point into the reader's own data.
        QCOMPARE(insert.newTuple.columns.at(1).bytes.data(),
            reader.data().constData() + entries.at(1).offset + insert.newTuple.columns.at(1).offset);
    }

    void readerFollowsStreamState()
    {
        const QByteArray file = QByteArray("S") + be32(700) + '\1' + '\n' + insertBytes(10, {"1"}, 700) + '\n'
            + "E\n" + insertBytes(10, {"2"}) + '\n';
        DecoderState state;
        state.protoVersion = 2;
        RecvlogicalReader reader(file, state);
        const auto entries = reader.readAll();
        QVERIFY2(!reader.hasError(), qPrintable(reader.error().toString()));
        QCOMPARE(entries.size(), 4);
        QCOMPARE(std::get<Insert>(entries.at(1).message).xid, std::optional<std::uint32_t>(700));
        QVERIFY(!std::get<Insert>(entries.at(3).message).xid);
        QVERIFY(!reader.state().inStream);
    }

    void readerErrors_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("goodMessages");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("fragment");
        const QByteArray stop = "E";
        const QByteArray start = QByteArray("S") + be32(1) + '\1';
        QTest::newRow("missing final newline")
            << start + '\n' + stop << 1 << "message terminator" << 8
            << "message 2 (file byte 7): expected '\\n' after the message, the file ends";
        QTest::newRow("garbage instead of newline")
            << start + "x" << 0 << "message terminator" << 6 << "found byte 0x78";
        QTest::newRow("unknown tag in second")
            << start + '\n' + "Q\n"
            << 1 << "message type" << 7 << "message 2 (file byte 7): unknown message type 'Q'";
        QTest::newRow("truncated insert") << start + '\n' + QByteArray("I\0\0", 3) << 1 << "xid" << 8
                                          << "Insert ('I') message: needs 4 bytes, 2 left";
    }
    void readerErrors()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, goodMessages);
        QFETCH(QString, field);
        QFETCH(int, offset);
        QFETCH(QString, fragment);
        DecoderState state;
        state.protoVersion = 2;
        RecvlogicalReader reader(file, state);
        const auto entries = reader.readAll();
        QCOMPARE(entries.size(), goodMessages);
        QVERIFY(reader.hasError());
        QVERIFY(reader.atEnd());
        QVERIFY(!reader.next());
        QCOMPARE(reader.error().field, field);
        QCOMPARE(reader.error().offset, qsizetype(offset));
        QVERIFY2(reader.error().message.contains(fragment), qPrintable(reader.error().toString()));
    }

    // Files captured from PostgreSQL 15 by pg_recvlogical (see
    // tst_pgoutput_golden): the same decoding without a server.
    void realCaptures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("proto");
        QTest::addColumn<QByteArray>("tags");
        QTest::newRow("proto 1 changes")
            << QStringLiteral("proto1-changes.bin") << 1
            << QByteArray("BYRICBUCBUCBDCBRIUDCBRIUUDCBRICBUCBMCMBIICBRIRICBRRTCBRTCBRIC");
        QTest::newRow("proto 3 two-phase, binary")
            << QStringLiteral("proto3-twophase-binary.bin") << 3 << QByteArray("bRIPKbIPr");
    }
    void realCaptures()
    {
        QFETCH(QString, file);
        QFETCH(int, proto);
        QFETCH(QByteArray, tags);
        DecoderState state;
        state.protoVersion = proto;
        QString error;
        auto reader = RecvlogicalReader::open(QStringLiteral(PGOUTPUT_TEST_DATA "/") + file, state, &error);
        QVERIFY2(reader, qPrintable(error));
        const auto entries = reader->readAll();
        QVERIFY2(!reader->hasError(), qPrintable(reader->error().toString()));
        QByteArray actual;
        RelationCache cache;
        for (const auto &e : entries) {
            actual += tagOf(e.message);
            cache.apply(e.message);
            QCOMPARE(cache.checkChange(e.message), QString());
        }
        QCOMPARE(actual, tags);
        QCOMPARE(entries.constLast().offset + entries.constLast().raw.size() + 1, reader->data().size());
    }

    void realCaptureValues()
    {
        DecoderState state;
        QString error;
        auto reader = RecvlogicalReader::open(
            QStringLiteral(PGOUTPUT_TEST_DATA "/proto1-changes.bin"), state, &error);
        QVERIFY2(reader, qPrintable(error));
        const auto entries = reader->readAll();
        QVERIFY(!reader->hasError());
        const auto &relation = std::get<Relation>(entries.at(2).message);
        QCOMPARE(relation.nspname, QStringLiteral("Odd Schema"));
        QCOMPARE(relation.relname, QStringLiteral("Mixed Case"));
        QCOMPARE(relation.columns.at(1).name, QStringLiteral("Note \"q\""));
        QCOMPARE(relation.columns.at(2).typmod, (10 << 16 | 2) + 4); // numeric(10,2)
        const auto &insert = std::get<Insert>(entries.at(3).message);
        QCOMPARE(QString::fromUtf8(insert.newTuple.columns.at(1).bytes),
            QStringLiteral("h\u00e9llo \u2713 \"q\" \\ O'Reilly\nline2"));
        QCOMPARE(insert.newTuple.columns.at(3).kind, TupleValue::Kind::Null);
    }

    void readerOpensFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("capture.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(relationBytes(1, "x", {"id"}) + '\n');
        f.close();
        QString error;
        auto reader = RecvlogicalReader::open(path, DecoderState {}, &error);
        QVERIFY2(reader, qPrintable(error));
        QCOMPARE(reader->readAll().size(), 1);
        QVERIFY(!reader->hasError());

        QVERIFY(!RecvlogicalReader::open(dir.filePath(QStringLiteral("missing")), DecoderState {}, &error));
        QVERIFY2(error.contains(QStringLiteral("cannot read")), qPrintable(error));

        RecvlogicalReader empty(QByteArray(), DecoderState {});
        QVERIFY(empty.atEnd());
        QVERIFY(!empty.next());
        QVERIFY(!empty.hasError());
    }
};

QTEST_GUILESS_MAIN(TestPgoutputReader)
#include "tst_pgoutput_reader.moc"
