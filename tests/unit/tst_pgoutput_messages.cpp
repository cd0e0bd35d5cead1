// The pgoutput decoder on hand-built messages: every message type for every
// protocol version, in and out of a streamed chunk, every truncation point,
// trailing bytes and hostile counts and lengths.
#include "pgoutput/Decoder.h"

#include "PgoutputBytes.h"

#include <QtTest>

using namespace pgrepl::pgoutput;
using pgrepl::Lsn;

namespace {

using Bytes = pgrepl::test::PgoutputBytes;

constexpr quint64 Lsn1 = Q_UINT64_C(0x16B3748);
constexpr quint64 Lsn2 = Q_UINT64_C(0x100000010);
constexpr quint64 Ts = 1234567; // 2000-01-01T00:00:01.234Z

DecoderState makeState(int proto, bool inStream, bool parallel = false)
{
    DecoderState s;
    s.protoVersion = proto;
    s.inStream = inStream;
    s.streamXid = inStream ? 700 : 0;
    s.parallelStreaming = parallel;
    return s;
}

QString debugText(const Message &m)
{
    QString text;
    QDebug(&text).nospace() << m;
    return text;
}

struct Case
{
    const char *name;
    int minProto;
    bool streamable; // carries an xid inside a streamed chunk
    QByteArray (*build)(bool inStream);
    const char *expected; // QDebug text; "%X" stands for "xid=700, " when in a stream
};

const Case cases[] = {
    {"Begin", 1, false, [](bool) -> QByteArray { return Bytes('B').i64(Lsn1).i64(Ts).i32(501); },
        "Begin(xid=501, finalLsn=0/16B3748, commitTime=2000-01-01T00:00:01.234Z)"},
    {"Commit", 1, false, [](bool) -> QByteArray { return Bytes('C').u8(0).i64(Lsn1).i64(Lsn2).i64(Ts); },
        "Commit(flags=0, commitLsn=0/16B3748, endLsn=1/10, commitTime=2000-01-01T00:00:01.234Z)"},
    {"Origin", 1, false, [](bool) -> QByteArray { return Bytes('O').i64(Lsn1).str("node_a"); },
        "Origin(\"node_a\", commitLsn=0/16B3748)"},
    {"Relation", 1, true,
        [](bool s) -> QByteArray {
            return Bytes('R')
                .xidIf(s, 700)
                .i32(16384)
                .str("app")
                .str("Order \"x\"")
                .u8('i')
                .i16(2)
                .u8(1)
                .str("id")
                .i32(23)
                .i32(-1)
                .u8(0)
                .str("note")
                .i32(1043)
                .i32(24);
        },
        "Relation(%Xoid=16384, \"app\".\"Order \\\"x\\\"\", identity=i, columns=[\"id\" key type=23 "
        "typmod=-1, \"note\" type=1043 typmod=24])"},
    {"Relation no columns", 1, true,
        [](bool s) -> QByteArray { return Bytes('R').xidIf(s, 700).i32(1).str("").str("").u8('n').i16(0); },
        "Relation(%Xoid=1, \"\".\"\", identity=n, columns=[])"},
    {"Type", 1, true,
        [](bool s) -> QByteArray { return Bytes('Y').xidIf(s, 700).i32(90001).str("app").str("mood"); },
        "Type(%Xoid=90001, \"app\".\"mood\")"},
    {"Insert", 1, true,
        [](bool s) -> QByteArray {
            return Bytes('I')
                .xidIf(s, 700)
                .i32(16384)
                .u8('N')
                .i16(4)
                .col('t', "42")
                .col('n')
                .col('t', QByteArray("a\nb\0z", 5))
                .col('b', QByteArray::fromHex("0000002a"));
        },
        "Insert(%Xrelation=16384, new=(t:\"42\", NULL, t:\"a\\nb\\x00z\", b:4 bytes))"},
    {"Insert empty tuple", 1, true,
        [](bool s) -> QByteArray { return Bytes('I').xidIf(s, 700).i32(5).u8('N').i16(0); },
        "Insert(%Xrelation=5, new=())"},
    {"Update new only", 1, true,
        [](bool s) -> QByteArray {
            return Bytes('U').xidIf(s, 700).i32(16384).u8('N').i16(2).col('t', "1").col('u');
        },
        "Update(%Xrelation=16384, new=(t:\"1\", <unchanged toast>))"},
    {"Update old key", 1, true,
        [](bool s) -> QByteArray {
            return Bytes('U')
                .xidIf(s, 700)
                .i32(16384)
                .u8('K')
                .i16(2)
                .col('t', "1")
                .col('n')
                .u8('N')
                .i16(2)
                .col('t', "2")
                .col('t', "x");
        },
        "Update(%Xrelation=16384, old K=(t:\"1\", NULL), new=(t:\"2\", t:\"x\"))"},
    {"Update old full", 1, true,
        [](bool s) -> QByteArray {
            return Bytes('U')
                .xidIf(s, 700)
                .i32(16384)
                .u8('O')
                .i16(1)
                .col('t', "old")
                .u8('N')
                .i16(1)
                .col('t', "new");
        },
        "Update(%Xrelation=16384, old O=(t:\"old\"), new=(t:\"new\"))"},
    {"Delete key", 1, true,
        [](bool s) -> QByteArray { return Bytes('D').xidIf(s, 700).i32(16384).u8('K').i16(1).col('t', "7"); },
        "Delete(%Xrelation=16384, old K=(t:\"7\"))"},
    {"Delete full", 1, true,
        [](bool s) -> QByteArray {
            return Bytes('D').xidIf(s, 700).i32(16384).u8('O').i16(2).col('t', "7").col('n');
        },
        "Delete(%Xrelation=16384, old O=(t:\"7\", NULL))"},
    {"Truncate", 1, true,
        [](bool s) -> QByteArray { return Bytes('T').xidIf(s, 700).i32(2).u8(3).i32(16384).i32(16390); },
        "Truncate(%Xrelations=QList(16384, 16390), CASCADE, RESTART IDENTITY)"},
    {"Truncate plain", 1, true,
        [](bool s) -> QByteArray { return Bytes('T').xidIf(s, 700).i32(1).u8(0).i32(16384); },
        "Truncate(%Xrelations=QList(16384))"},
    {"Message transactional", 1, true,
        [](bool s) -> QByteArray {
            return Bytes('M').xidIf(s, 700).u8(1).i64(Lsn1).str("pfx").i32(3).raw("a\nb");
        },
        "Message(%Xtransactional, lsn=0/16B3748, prefix=\"pfx\", content=3 bytes)"},
    {"Message non-transactional", 1, false,
        [](bool) -> QByteArray { return Bytes('M').u8(0).i64(Lsn1).str("").i32(0); },
        "Message(non-transactional, lsn=0/16B3748, prefix=\"\", content=0 bytes)"},
    {"Stream Commit", 2, false,
        [](bool) -> QByteArray { return Bytes('c').i32(700).u8(0).i64(Lsn1).i64(Lsn2).i64(Ts); },
        "StreamCommit(xid=700, commitLsn=0/16B3748, endLsn=1/10, commitTime=2000-01-01T00:00:01.234Z)"},
    {"Stream Abort", 2, false, [](bool) -> QByteArray { return Bytes('A').i32(700).i32(701); },
        "StreamAbort(xid=700, subxid=701)"},
    {"Begin Prepare", 3, false,
        [](bool) -> QByteArray { return Bytes('b').i64(Lsn1).i64(Lsn2).i64(Ts).i32(800).str("gid-1"); },
        "BeginPrepare(xid=800, gid=\"gid-1\", prepareLsn=0/16B3748, endLsn=1/10, "
        "prepareTime=2000-01-01T00:00:01.234Z)"},
    {"Prepare", 3, false,
        [](bool) -> QByteArray { return Bytes('P').u8(0).i64(Lsn1).i64(Lsn2).i64(Ts).i32(800).str("gid-1"); },
        "Prepare(xid=800, gid=\"gid-1\", prepareLsn=0/16B3748, endLsn=1/10, "
        "prepareTime=2000-01-01T00:00:01.234Z)"},
    {"Commit Prepared", 3, false,
        [](bool) -> QByteArray { return Bytes('K').u8(0).i64(Lsn1).i64(Lsn2).i64(Ts).i32(800).str("gid-1"); },
        "CommitPrepared(xid=800, gid=\"gid-1\", commitLsn=0/16B3748, endLsn=1/10, "
        "commitTime=2000-01-01T00:00:01.234Z)"},
    {"Rollback Prepared", 3, false,
        [](bool) -> QByteArray {
            return Bytes('r').u8(0).i64(Lsn1).i64(Lsn2).i64(Ts).i64(2 * Ts).i32(800).str("gid-1");
        },
        "RollbackPrepared(xid=800, gid=\"gid-1\", prepareEndLsn=0/16B3748, rollbackEndLsn=1/10, "
        "prepareTime=2000-01-01T00:00:01.234Z, rollbackTime=2000-01-01T00:00:02.469Z)"},
    {"Stream Prepare", 3, false,
        [](bool) -> QByteArray { return Bytes('p').u8(0).i64(Lsn1).i64(Lsn2).i64(Ts).i32(800).str("g"); },
        "StreamPrepare(xid=800, gid=\"g\", prepareLsn=0/16B3748, endLsn=1/10, "
        "prepareTime=2000-01-01T00:00:01.234Z)"},
};

// Rows: every case for every proto version it exists in, out of a stream,
// and (proto >= 2) inside one for the messages that may appear there.
void addMessageRows(bool withExpected)
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("proto");
    QTest::addColumn<bool>("inStream");
    if (withExpected)
        QTest::addColumn<QString>("expected");
    for (const Case &c : cases) {
        for (int proto = c.minProto; proto <= 4; ++proto) {
            for (const bool inStream : {false, true}) {
                if (inStream && (proto < 2 || !c.streamable))
                    continue;
                QString expected = QString::fromUtf8(c.expected);
                expected.replace(QStringLiteral("%X"), inStream ? QStringLiteral("xid=700, ") : QString());
                auto &row = QTest::addRow("%s proto %d%s", c.name, proto, inStream ? " in stream" : "")
                    << c.build(inStream) << proto << inStream;
                if (withExpected)
                    row << expected;
            }
        }
    }
    // The two messages that open and close a chunk.
    for (int proto = 2; proto <= 4; ++proto) {
        auto &start = QTest::addRow("Stream Start proto %d", proto)
            << QByteArray(Bytes('S').i32(700).u8(1)) << proto << false;
        if (withExpected)
            start << QStringLiteral("StreamStart(xid=700, first segment)");
        auto &stop = QTest::addRow("Stream Stop proto %d", proto) << QByteArray(Bytes('E')) << proto << true;
        if (withExpected)
            stop << QStringLiteral("StreamStop()");
    }
    auto &parallel = QTest::addRow("Stream Abort proto 4 parallel")
        << QByteArray(Bytes('A').i32(700).i32(701).i64(Lsn2).i64(Ts)) << -4 << false;
    if (withExpected)
        parallel << QStringLiteral(
            "StreamAbort(xid=700, subxid=701, abortLsn=1/10, abortTime=2000-01-01T00:00:01.234Z)");
}

// The message with the column values of its tuples dropped, as
// decodeOutline() gives it.
Message withoutColumns(Message m)
{
    if (auto *i = std::get_if<Insert>(&m))
        i->newTuple.columns.clear();
    else if (auto *u = std::get_if<Update>(&m)) {
        u->oldTuple.columns.clear();
        u->newTuple.columns.clear();
    } else if (auto *d = std::get_if<Delete>(&m))
        d->oldTuple.columns.clear();
    return m;
}

// A negative proto in the table means that version with streaming=parallel.
DecoderState stateFor(int proto, bool inStream)
{
    return makeState(qAbs(proto), inStream, proto < 0);
}

} // namespace

class TestPgoutputMessages : public QObject
{
    Q_OBJECT

private slots:
    void decodesEveryMessage_data() { addMessageRows(true); }
    void decodesEveryMessage()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, proto);
        QFETCH(bool, inStream);
        QFETCH(QString, expected);
        DecoderState state = stateFor(proto, inStream);
        const DecodeResult result = decode(bytes, state);
        QVERIFY2(result.ok(), qPrintable(result.error.toString()));
        QCOMPARE(tagOf(*result.message), bytes.front());
        QCOMPARE(debugText(*result.message), expected);

        // The outline is the same message without column values, and moves
        // the state the same way.
        DecoderState outlineState = stateFor(proto, inStream);
        const DecodeResult outline = decodeOutline(bytes, outlineState);
        QVERIFY2(outline.ok(), qPrintable(outline.error.toString()));
        QCOMPARE(debugText(*outline.message), debugText(withoutColumns(*result.message)));
        QCOMPARE(outlineState.inStream, state.inStream);
        QCOMPARE(outlineState.streamXid, state.streamXid);

        qsizetype consumed = -1;
        DecoderState again = stateFor(proto, inStream);
        QVERIFY(decodePrefix(bytes + QByteArray("\nnext"), again, &consumed).ok());
        QCOMPARE(consumed, bytes.size());
    }

    // Cutting a message anywhere gives an error naming a field inside the
    // message, never a crash or a half-filled value.
    void everyTruncationFails_data() { addMessageRows(false); }
    void everyTruncationFails()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, proto);
        QFETCH(bool, inStream);
        for (qsizetype n = 0; n < bytes.size(); ++n) {
            // A copy of just n bytes, so a sanitizer sees any read past it.
            const QByteArray cut = bytes.first(n);
            DecoderState state = stateFor(proto, inStream);
            const DecoderState before = state;
            const DecodeResult result = decode(cut, state);
            QVERIFY2(!result.ok(), qPrintable(QStringLiteral("prefix of %1 bytes decoded").arg(n)));
            QVERIFY2(!result.error.field.isEmpty(), qPrintable(result.error.toString()));
            QVERIFY2(
                result.error.offset >= 0 && result.error.offset <= n, qPrintable(result.error.toString()));
            QCOMPARE(state.inStream, before.inStream);
            const DecodeResult outline = decodeOutline(cut, state);
            QVERIFY2(!outline.ok(), qPrintable(QStringLiteral("outline of %1 bytes decoded").arg(n)));
            QCOMPARE(outline.error.toString(), result.error.toString());
        }
    }

    void trailingBytesAreAnError_data() { addMessageRows(false); }
    void trailingBytesAreAnError()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, proto);
        QFETCH(bool, inStream);
        DecoderState state = stateFor(proto, inStream);
        const DecodeResult result = decode(bytes + QByteArray("xy"), state);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.field, QStringLiteral("end of message"));
        QCOMPARE(result.error.offset, bytes.size());
        QVERIFY2(result.error.message.contains(QStringLiteral("2 trailing bytes")),
            qPrintable(result.error.message));
        QCOMPARE(state.inStream, inStream);
    }

    void tupleValuesAreViewsIntoTheMessage()
    {
        const QByteArray bytes
            = Bytes('I').i32(9).u8('N').i16(3).col('t', "héllo").col('u').col('b', "\x01\x02");
        DecoderState state;
        const DecodeResult result = decode(bytes, state);
        QVERIFY(result.ok());
        const auto &insert = std::get<Insert>(*result.message);
        QCOMPARE(insert.newTuple.columns.size(), 3);
        const TupleValue &text = insert.newTuple.columns.at(0);
        QCOMPARE(text.kind, TupleValue::Kind::Text);
        QCOMPARE(text.offset, 13); // tag, OID, 'N', count, kind, length
        QCOMPARE(text.bytes.data(), bytes.constData() + 13);
        QCOMPARE(QString::fromUtf8(text.bytes), QStringLiteral("héllo"));
        QVERIFY(text.hasValue());
        QCOMPARE(insert.newTuple.columns.at(1).kind, TupleValue::Kind::UnchangedToast);
        QVERIFY(!insert.newTuple.columns.at(1).hasValue());
        QCOMPARE(insert.newTuple.columns.at(2).kind, TupleValue::Kind::Binary);
        QCOMPARE(insert.newTuple.columns.at(2).bytes.toByteArray(), QByteArray("\x01\x02"));
    }

    void relationFields()
    {
        const QByteArray bytes
            = Bytes('R').i32(77).str("s").str("t").u8('f').i16(1).u8(1).str("k").i32(20).i32(-1);
        DecoderState state;
        const DecodeResult result = decode(bytes, state);
        QVERIFY(result.ok());
        const auto &r = std::get<Relation>(*result.message);
        QVERIFY(!r.xid);
        QCOMPARE(r.oid, 77u);
        QCOMPARE(r.replicaIdentity, ReplicaIdentity::Full);
        QCOMPARE(r.columns.size(), 1);
        QVERIFY(r.columns.at(0).isKey());
        QCOMPARE(r.columns.at(0).typeOid, 20u);
        QCOMPARE(r.columns.at(0).typmod, -1);
    }

    void messageContentAndFlags()
    {
        const QByteArray bytes = Bytes('M').i32(900).u8(1).i64(Lsn1).str("p").i32(2).raw("\n\n");
        DecoderState state = makeState(2, true);
        const DecodeResult result = decode(bytes, state);
        QVERIFY(result.ok());
        const auto &m = std::get<LogicalMessage>(*result.message);
        QCOMPARE(m.xid, std::optional<std::uint32_t>(900));
        QVERIFY(m.transactional());
        QCOMPARE(m.lsn, Lsn(Lsn1));
        QCOMPARE(m.content.toByteArray(), QByteArray("\n\n"));
        QCOMPARE(m.contentOffset, bytes.size() - 2);
    }

    void streamStateFollowsStartAndStop()
    {
        DecoderState state = makeState(2, false);
        QVERIFY(decode(QByteArray(Bytes('S').i32(42).u8(0)), state).ok());
        QVERIFY(state.inStream);
        QCOMPARE(state.streamXid, 42u);
        // Inside the chunk an Insert carries its xid.
        const DecodeResult insert = decode(QByteArray(Bytes('I').i32(43).i32(9).u8('N').i16(0)), state);
        QVERIFY(insert.ok());
        QCOMPARE(std::get<Insert>(*insert.message).xid, std::optional<std::uint32_t>(43));
        QCOMPARE(std::get<Insert>(*insert.message).relationOid, 9u);
        // A second Stream Start before Stream Stop is refused, state kept.
        const DecodeResult nested = decode(QByteArray(Bytes('S').i32(44).u8(0)), state);
        QVERIFY(!nested.ok());
        QVERIFY2(nested.error.message.contains(QStringLiteral("xid 42 is still open")),
            qPrintable(nested.error.message));
        QCOMPARE(state.streamXid, 42u);
        QVERIFY(decode(QByteArray(Bytes('E')), state).ok());
        QVERIFY(!state.inStream);
        // Outside again: the same Insert bytes now have 4 trailing bytes.
        QVERIFY(!decode(QByteArray(Bytes('I').i32(43).i32(9).u8('N').i16(0)), state).ok());
        const DecodeResult stray = decode(QByteArray(Bytes('E')), state);
        QVERIFY(!stray.ok());
        QVERIFY2(stray.error.message.contains(QStringLiteral("no streamed chunk is open")),
            qPrintable(stray.error.message));
    }

    void streamAbortLayoutDependsOnParallel()
    {
        const QByteArray shortForm = Bytes('A').i32(1).i32(2);
        DecoderState v4 = makeState(4, false, false);
        QVERIFY(decode(shortForm, v4).ok());
        DecoderState parallel = makeState(4, false, true);
        const DecodeResult r = decode(shortForm, parallel);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.field, QStringLiteral("abort LSN"));
        QCOMPARE(r.error.offset, 9);
        // streaming=parallel does not exist before proto 4: the short form.
        DecoderState v3 = makeState(3, false, true);
        const DecodeResult r3 = decode(shortForm, v3);
        QVERIFY(r3.ok());
        QVERIFY(!std::get<StreamAbort>(*r3.message).abortLsn);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("proto");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("fragment");

        QTest::newRow("empty") << QByteArray() << 1 << "message type" << 0 << "empty message";
        QTest::newRow("unknown tag") << QByteArray("Z123") << 1 << "message type" << 0
                                     << "unknown message type 'Z' (0x5a)";
        QTest::newRow("unknown tag NUL")
            << QByteArray(1, '\0') << 1 << "message type" << 0 << "unknown message type 0x00";
        QTest::newRow("stream start in proto 1") << QByteArray(Bytes('S').i32(1).u8(1)) << 1 << "message type"
                                                 << 0 << "needs proto_version 2 or later, the stream uses 1";
        QTest::newRow("prepare in proto 2")
            << QByteArray(Bytes('P').u8(0).i64(1).i64(2).i64(3).i32(4).str("g")) << 2 << "message type" << 0
            << "Prepare ('P') message needs proto_version 3";
        QTest::newRow("proto 0") << QByteArray(Bytes('B')) << 0 << "proto_version" << 0
                                 << "unsupported proto_version 0";
        QTest::newRow("proto 5") << QByteArray(Bytes('B')) << 5 << "proto_version" << 0
                                 << "unsupported proto_version 5";
        QTest::newRow("negative column count") << QByteArray(Bytes('I').i32(1).u8('N').i16(-1)) << 1
                                               << "column count" << 6 << "negative column count -1";
        QTest::newRow("huge column count") << QByteArray(Bytes('I').i32(1).u8('N').i16(32767).col('n')) << 1
                                           << "column count" << 6 << "column count 32767 needs at least";
        QTest::newRow("negative length")
            << QByteArray(Bytes('I').i32(1).u8('N').i16(2).col('n').u8('t').i32(-5)) << 1
            << "new tuple column 2 value" << 14 << "negative length -5";
        QTest::newRow("huge length") << QByteArray(
            Bytes('I').i32(1).u8('N').i16(1).u8('t').i32(0x7fffffff).raw("ab"))
                                     << 1 << "new tuple column 1 value" << 13
                                     << "needs 2147483647 bytes, 2 left";
        QTest::newRow("bad column kind") << QByteArray(Bytes('I').i32(1).u8('N').i16(2).col('n').u8('x')) << 1
                                         << "new tuple column 2 kind" << 9 << "unknown column kind 'x'";
        QTest::newRow("insert without N") << QByteArray(Bytes('I').i32(1).u8('K').i16(0)) << 1
                                          << "new tuple marker" << 5 << "expected 'N', got 'K'";
        QTest::newRow("update bad marker") << QByteArray(Bytes('U').i32(1).u8('X').i16(0)) << 1
                                           << "tuple marker" << 5 << "expected 'K', 'O' or 'N'";
        QTest::newRow("update old then not N") << QByteArray(Bytes('U').i32(1).u8('K').i16(0).u8('K').i16(0))
                                               << 1 << "new tuple marker" << 8 << "expected 'N', got 'K'";
        QTest::newRow("update old tuple column")
            << QByteArray(Bytes('U').i32(1).u8('O').i16(1).u8('t').i32(3)) << 1 << "old tuple column 1 value"
            << 13 << "needs 3 bytes";
        QTest::newRow("delete with N") << QByteArray(Bytes('D').i32(1).u8('N').i16(0)) << 1
                                       << "old tuple marker" << 5 << "expected 'K' or 'O'";
        QTest::newRow("bad replica identity")
            << QByteArray(Bytes('R').i32(1).str("s").str("t").u8('x').i16(0)) << 1 << "replica identity" << 9
            << "unknown replica identity 'x'";
        QTest::newRow("relation huge column count")
            << QByteArray(Bytes('R').i32(1).str("s").str("t").u8('d').i16(1000).u8(0).str("c").i32(1).i32(1))
            << 1 << "column count" << 10 << "column count 1000 needs at least 10000 bytes";
        QTest::newRow("relation negative column count")
            << QByteArray(Bytes('R').i32(1).str("s").str("t").u8('d').i16(-3)) << 1 << "column count" << 10
            << "negative column count -3";
        QTest::newRow("relation column name unterminated")
            << QByteArray(Bytes('R').i32(1).str("s").str("t").u8('d').i16(1).u8(0).raw("abcdefghijk")) << 1
            << "column 1 name" << 13 << "not NUL-terminated";
        QTest::newRow("truncate negative count") << QByteArray(Bytes('T').i32(-1).u8(0)) << 1
                                                 << "relation count" << 1 << "negative relation count -1";
        QTest::newRow("truncate huge count") << QByteArray(Bytes('T').i32(0x7fffffff).u8(0).i32(1)) << 1
                                             << "relation count" << 1 << "needs at least";
        QTest::newRow("truncate short OID")
            << QByteArray(Bytes('T').i32(2).u8(0).i32(1).i16(0)) << 1 << "relation count" << 1
            << "relation count 2 needs at least 8 bytes, 6 left";
        QTest::newRow("message negative length") << QByteArray(Bytes('M').u8(0).i64(1).str("p").i32(-1)) << 1
                                                 << "content" << 16 << "negative length -1";
        QTest::newRow("message huge length") << QByteArray(Bytes('M').u8(0).i64(1).str("p").i32(1 << 30)) << 1
                                             << "content" << 16 << "needs 1073741824 bytes, 0 left";
        QTest::newRow("begin short") << QByteArray(Bytes('B').i64(1).i32(0)) << 1 << "commit time" << 9
                                     << "Begin ('B') message: needs 8 bytes, 4 left";
        QTest::newRow("gid unterminated") << QByteArray(Bytes('b').i64(1).i64(2).i64(3).i32(4).raw("gid"))
                                          << 3 << "GID" << 29 << "not NUL-terminated";
    }
    void errors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, proto);
        QFETCH(QString, field);
        QFETCH(int, offset);
        QFETCH(QString, fragment);
        DecoderState state = makeState(proto, false);
        const DecodeResult result = decode(bytes, state);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.field, field);
        QCOMPARE(result.error.offset, qsizetype(offset));
        QVERIFY2(result.error.message.contains(fragment), qPrintable(result.error.toString()));
        // Dropping the column values checks them all the same.
        const DecodeResult outline = decodeOutline(bytes, state);
        QVERIFY(!outline.ok());
        QCOMPARE(outline.error.field, field);
        QCOMPARE(outline.error.offset, qsizetype(offset));
        QCOMPARE(outline.error.message, result.error.message);
    }

    void outlineDropsOnlyColumnValues()
    {
        const QByteArray bytes
            = Bytes('U').i32(9).u8('O').i16(2).col('t', "a").col('n').u8('N').i16(2).col('t', "b").col('u');
        DecoderState state;
        const DecodeResult full = decode(bytes, state);
        const DecodeResult outline = decodeOutline(bytes, state);
        QVERIFY(full.ok() && outline.ok());
        const auto &f = std::get<Update>(*full.message);
        const auto &o = std::get<Update>(*outline.message);
        QCOMPARE(f.newTuple.columns.size(), 2);
        QCOMPARE(f.oldTuple.columns.size(), 2);
        QVERIFY(o.newTuple.columns.isEmpty());
        QVERIFY(o.oldTuple.columns.isEmpty());
        QCOMPARE(o.relationOid, quint32(9));
        QCOMPARE(o.oldKind, std::optional<OldTupleKind>(OldTupleKind::Full));
    }

    void timestampConversion()
    {
        QCOMPARE(timestampToDateTime(0), QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(
            timestampToDateTime(-1).toString(Qt::ISODateWithMs), QStringLiteral("1999-12-31T23:59:59.999Z"));
        QCOMPARE(timestampToDateTime(Q_INT64_C(817733655123456)).toString(Qt::ISODateWithMs),
            QStringLiteral("2025-11-29T12:14:15.123Z"));
    }

    void messageTypeNames()
    {
        QCOMPARE(messageTypeName('A'), QStringLiteral("Stream Abort"));
        QCOMPARE(messageTypeName('r'), QStringLiteral("Rollback Prepared"));
        QVERIFY(messageTypeName('Z').isEmpty());
        QCOMPARE(tagOf(Message(StreamStop {})), 'E');
        QCOMPARE(tagOf(Message(CommitPrepared {})), 'K');
    }
};

QTEST_GUILESS_MAIN(TestPgoutputMessages)
#include "tst_pgoutput_messages.moc"
