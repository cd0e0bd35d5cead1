// The exporters on hand-built pgoutput streams (exact JSONL, CSV and SQL
// text) and on the real captures in tests/data/pgoutput (round trips
// through RecvlogicalReader and CaptureReader, selections, progress).
#include "IndexedStore.h"
#include "export/ExportValues.h"
#include "export/Exporter.h"
#include "pgoutput/RecvlogicalReader.h"
#include "store/CaptureReader.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"
#include "types/TypeOids.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgrepl;
using namespace pgrepl::pgoutput;

namespace {

QByteArray be(quint64 v, int bytes)
{
    QByteArray b(bytes, '\0');
    for (int i = 0; i < bytes; ++i)
        b[i] = static_cast<char>((v >> (8 * (bytes - 1 - i))) & 0xff);
    return b;
}
QByteArray be32(quint32 v)
{
    return be(v, 4);
}
QByteArray be16(quint16 v)
{
    return be(v, 2);
}
QByteArray be64(quint64 v)
{
    return be(v, 8);
}
QByteArray cstr(const char *s)
{
    return QByteArray(s) + '\0';
}

constexpr quint64 kSecond = 1000000;

QByteArray beginBytes(quint64 finalLsn, quint64 time, quint32 xid)
{
    return "B" + be64(finalLsn) + be64(time) + be32(xid);
}
QByteArray commitBytes(quint64 lsn, quint64 end, quint64 time)
{
    return "C" + QByteArray(1, '\0') + be64(lsn) + be64(end) + be64(time);
}

struct Col
{
    const char *name;
    quint32 type;
    bool key;
};

QByteArray relationBytes(
    quint32 oid, const char *schema, const char *name, char identity, const QList<Col> &cols)
{
    QByteArray b = "R" + be32(oid) + cstr(schema) + cstr(name) + identity + be16(quint16(cols.size()));
    for (const Col &c : cols)
        b += QByteArray(1, c.key ? '\1' : '\0') + cstr(c.name) + be32(c.type) + be32(0xffffffff);
    return b;
}

// Values: a QByteArray is text, "\x01n" null, "\x01u" unchanged TOAST.
QByteArray tupleBytes(const QList<QByteArray> &values)
{
    QByteArray b = be16(quint16(values.size()));
    for (const QByteArray &v : values) {
        if (v == "\x01n")
            b += 'n';
        else if (v == "\x01u")
            b += 'u';
        else
            b += 't' + be32(quint32(v.size())) + v;
    }
    return b;
}

QByteArray insertBytes(quint32 oid, const QList<QByteArray> &values)
{
    return "I" + be32(oid) + 'N' + tupleBytes(values);
}
QByteArray updateBytes(
    quint32 oid, char oldKind, const QList<QByteArray> &old, const QList<QByteArray> &values)
{
    QByteArray b = "U" + be32(oid);
    if (oldKind)
        b += oldKind + tupleBytes(old);
    return b + 'N' + tupleBytes(values);
}
QByteArray deleteBytes(quint32 oid, char oldKind, const QList<QByteArray> &old)
{
    return "D" + be32(oid) + oldKind + tupleBytes(old);
}
QByteArray truncateBytes(const QList<quint32> &oids, quint8 options)
{
    QByteArray b = "T" + be32(quint32(oids.size())) + QByteArray(1, char(options));
    for (quint32 oid : oids)
        b += be32(oid);
    return b;
}
QByteArray messageBytes(bool transactional, quint64 lsn, const char *prefix, const QByteArray &content)
{
    return "M" + QByteArray(1, transactional ? '\1' : '\0') + be64(lsn) + cstr(prefix)
        + be32(quint32(content.size())) + content;
}

const QByteArray N("\x01n");
const QByteArray U("\x01u");

// A store and its index over hand-built messages, each at its own LSN.
struct Stream : test::IndexedStore
{
    void done() { index.indexNew(); }
};

// Relation 16384 public.t (id int4 key, n numeric, s text, b bool, by bytea)
// and 16385 "My Schema"."odd""name" (k text key, v int8) with identity nothing.
void buildSample(Stream &s)
{
    s.add(0x90, messageBytes(false, 0x90, "nt", QByteArray("a\0b", 3)));
    s.add(0x100, beginBytes(0x200, 0, 500));
    s.add(0x100,
        relationBytes(16384, "public", "t", 'd',
            {{"id", TypeOid::Int4, true}, {"n", TypeOid::Numeric, false}, {"s", TypeOid::Text, false},
                {"b", TypeOid::Bool, false}, {"by", TypeOid::Bytea, false}}));
    s.add(0x110, insertBytes(16384, {"1", "1.500", "a\"b\\c'd\n", "t", "\\x00ff"}));
    s.add(0x120, updateBytes(16384, 0, {}, {"1", "NaN", U, "f", N}));
    s.add(0x130, deleteBytes(16384, 'K', {"1", N, N, N, N}));
    s.add(0x140, truncateBytes({16384}, 3));
    s.add(0x150, messageBytes(true, 0x150, "p", "hi"));
    s.add(0x200, commitBytes(0x200, 0x230, kSecond + kSecond / 2));
    s.add(0x300, beginBytes(0x400, 2 * kSecond, 501));
    s.add(0x300,
        relationBytes(16385, "My Schema", "odd\"name", 'n',
            {{"k", TypeOid::Text, false}, {"v", TypeOid::Int8, false}}));
    s.add(0x310, insertBytes(16385, {"x,y", "-0"}));
    s.add(0x320, deleteBytes(16385, 'K', {N, N}));
    s.add(0x400, commitBytes(0x400, 0x430, 2 * kSecond));
    s.done();
}

QByteArray exportBytes(Stream &s, ExportFormat format,
    const ExportSelection &selection = ExportSelection::all(), ExportResult *resultOut = nullptr)
{
    ExportOptions options;
    options.format = format;
    options.selection = selection;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const ExportResult result = Exporter(s.store, s.index).write(buffer, options);
    if (resultOut)
        *resultOut = result;
    return buffer.data();
}

QString exportText(Stream &s, ExportFormat format, const ExportSelection &selection = ExportSelection::all(),
    ExportResult *resultOut = nullptr)
{
    return QString::fromUtf8(exportBytes(s, format, selection, resultOut));
}

const QString kTs = QStringLiteral("\"timestamp\":\"2000-01-01 00:00:01.5+00\"");

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void jsonValues_data()
    {
        QTest::addColumn<quint32>("type");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("isNull");
        QTest::addColumn<QString>("json");
        QTest::newRow("numeric keeps zeros")
            << TypeOid::Numeric << QStringLiteral("1.500") << false << QStringLiteral("1.500");
        QTest::newRow("float8 exponent")
            << TypeOid::Float8 << QStringLiteral("1e-07") << false << QStringLiteral("1e-07");
        QTest::newRow("minus zero") << TypeOid::Float8 << QStringLiteral("-0") << false
                                    << QStringLiteral("-0");
        QTest::newRow("NaN") << TypeOid::Numeric << QStringLiteral("NaN") << false << QStringLiteral("null");
        QTest::newRow("Infinity") << TypeOid::Float4 << QStringLiteral("Infinity") << false
                                  << QStringLiteral("null");
        QTest::newRow("-Infinity") << TypeOid::Float8 << QStringLiteral("-Infinity") << false
                                   << QStringLiteral("null");
        QTest::newRow("int8") << TypeOid::Int8 << QStringLiteral("-9223372036854775808") << false
                              << QStringLiteral("-9223372036854775808");
        QTest::newRow("hex fallback stays a string")
            << TypeOid::Int4 << QStringLiteral("ab01") << false << QStringLiteral("\"ab01\"");
        QTest::newRow("bool true") << TypeOid::Bool << QStringLiteral("t") << false << QStringLiteral("true");
        QTest::newRow("bool false") << TypeOid::Bool << QStringLiteral("f") << false
                                    << QStringLiteral("false");
        QTest::newRow("bytea") << TypeOid::Bytea << QStringLiteral("\\x00ff") << false
                               << QStringLiteral("\"00ff\"");
        QTest::newRow("null") << TypeOid::Int4 << QString() << true << QStringLiteral("null");
        QTest::newRow("escapes") << TypeOid::Text << QStringLiteral("q\"b\\\n\r\t\b\f\x01\u00e9/") << false
                                 << QStringLiteral("\"q\\\"b\\\\\\n\\r\\t\\b\\f\\u0001\u00e9/\"");
        QTest::newRow("domain over int is a string")
            << quint32(16400) << QStringLiteral("5") << false << QStringLiteral("\"5\"");
    }
    void jsonValues()
    {
        QFETCH(quint32, type);
        QFETCH(QString, text);
        QFETCH(bool, isNull);
        QFETCH(QString, json);
        ColumnValue v;
        v.typeOid = type;
        v.text = text;
        v.state = isNull ? ColumnValue::State::Null : ColumnValue::State::Value;
        QCOMPARE(exportvalues::wal2jsonValue(v), json);
    }

    void literals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("csv");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("'abc'") << QStringLiteral("abc");
        QTest::newRow("quote") << QStringLiteral("O'Re\"x") << QStringLiteral("'O''Re\"x'")
                               << QStringLiteral("\"O'Re\"\"x\"");
        QTest::newRow("backslash") << QStringLiteral("a\\b'c") << QStringLiteral("E'a\\\\b''c'")
                                   << QStringLiteral("a\\b'c");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("'a,b'")
                               << QStringLiteral("\"a,b\"");
        QTest::newRow("newline") << QStringLiteral("a\r\nb") << QStringLiteral("'a\r\nb'")
                                 << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("empty") << QString() << QStringLiteral("''") << QString();
    }
    void literals()
    {
        QFETCH(QString, text);
        QFETCH(QString, sql);
        QFETCH(QString, csv);
        QCOMPARE(exportvalues::sqlLiteral(text), sql);
        QCOMPARE(exportvalues::csvField(text), csv);
    }

    void timestamps()
    {
        QCOMPARE(exportvalues::timestampText(0, QTimeZone::utc()), QStringLiteral("2000-01-01 00:00:00+00"));
        QCOMPARE(exportvalues::timestampText(1500000, QTimeZone::utc()),
            QStringLiteral("2000-01-01 00:00:01.5+00"));
        QCOMPARE(exportvalues::timestampText(10, QTimeZone(QByteArrayLiteral("Asia/Kolkata"))),
            QStringLiteral("2000-01-01 05:30:00.00001+05:30"));
    }

    void jsonlGolden()
    {
        Stream s;
        buildSample(s);
        ExportResult result;
        const QStringList lines
            = exportText(s, ExportFormat::Jsonl, ExportSelection::all(), &result).split(u'\n');
        QVERIFY(result.ok);
        const QString x = QStringLiteral("\"xid\":500,") + kTs;
        const QStringList expected = {
            QStringLiteral(
                "{\"action\":\"M\",\"xid\":null,\"timestamp\":null,\"lsn\":\"0/90\",\"transactional\":false,"
                "\"prefix\":\"nt\",\"content\":\"a\"}"),
            QStringLiteral("{\"action\":\"B\",%1,\"lsn\":\"0/200\",\"nextlsn\":\"0/230\"}").arg(x),
            QStringLiteral(
                "{\"action\":\"I\",%1,\"lsn\":\"0/110\",\"schema\":\"public\",\"table\":\"t\",\"columns\":["
                "{\"name\":\"id\",\"type\":\"integer\",\"value\":1},"
                "{\"name\":\"n\",\"type\":\"numeric\",\"value\":1.500},"
                "{\"name\":\"s\",\"type\":\"text\",\"value\":\"a\\\"b\\\\c'd\\n\"},"
                "{\"name\":\"b\",\"type\":\"boolean\",\"value\":true},"
                "{\"name\":\"by\",\"type\":\"bytea\",\"value\":\"00ff\"}]}")
                .arg(x),
            // No old tuple: identity from the new row's key; the TOAST column is left out.
            QStringLiteral(
                "{\"action\":\"U\",%1,\"lsn\":\"0/120\",\"schema\":\"public\",\"table\":\"t\",\"columns\":["
                "{\"name\":\"id\",\"type\":\"integer\",\"value\":1},"
                "{\"name\":\"n\",\"type\":\"numeric\",\"value\":null},"
                "{\"name\":\"b\",\"type\":\"boolean\",\"value\":false},"
                "{\"name\":\"by\",\"type\":\"bytea\",\"value\":null}],"
                "\"identity\":[{\"name\":\"id\",\"type\":\"integer\",\"value\":1}]}")
                .arg(x),
            QStringLiteral("{\"action\":\"D\",%1,\"lsn\":\"0/130\",\"schema\":\"public\",\"table\":\"t\","
                           "\"identity\":[{\"name\":\"id\",\"type\":\"integer\",\"value\":1}]}")
                .arg(x),
            QStringLiteral("{\"action\":\"T\",%1,\"lsn\":\"0/140\",\"schema\":\"public\",\"table\":\"t\"}")
                .arg(x),
            QStringLiteral("{\"action\":\"M\",%1,\"lsn\":\"0/150\",\"transactional\":true,\"prefix\":\"p\","
                           "\"content\":\"hi\"}")
                .arg(x),
            QStringLiteral("{\"action\":\"C\",%1,\"lsn\":\"0/200\",\"nextlsn\":\"0/230\"}").arg(x),
            QStringLiteral(
                "{\"action\":\"B\",\"xid\":501,\"timestamp\":\"2000-01-01 00:00:02+00\",\"lsn\":\"0/400\","
                "\"nextlsn\":\"0/430\"}"),
            QStringLiteral(
                "{\"action\":\"I\",\"xid\":501,\"timestamp\":\"2000-01-01 00:00:02+00\",\"lsn\":\"0/310\","
                "\"schema\":\"My Schema\",\"table\":\"odd\\\"name\",\"columns\":["
                "{\"name\":\"k\",\"type\":\"text\",\"value\":\"x,y\"},"
                "{\"name\":\"v\",\"type\":\"bigint\",\"value\":-0}]}"),
            // The delete with no identity is left out, as wal2json does.
            QStringLiteral(
                "{\"action\":\"C\",\"xid\":501,\"timestamp\":\"2000-01-01 00:00:02+00\",\"lsn\":\"0/400\","
                "\"nextlsn\":\"0/430\"}"),
            QString(),
        };
        QCOMPARE(lines, expected);
        QCOMPARE(result.records, qint64(expected.size() - 1));
        QCOMPARE(result.skipped, qint64(1));
        QVERIFY(result.firstSkipReason.contains(QStringLiteral("no replica identity")));
    }

    void csvGolden()
    {
        Stream s;
        buildSample(s);
        const QString text = exportText(s, ExportFormat::Csv);
        const QStringList rows = text.split(QStringLiteral("\r\n"));
        QCOMPARE(rows.first(),
            QStringLiteral("xid,commit_lsn,lsn,commit_time,action,schema,table,columns,identity"));
        QCOMPARE(rows.at(1),
            QStringLiteral(",,0/90,,M,,,\"{\"\"transactional\"\":false,\"\"prefix\"\":\"\"nt\"\","
                           "\"\"content\"\":\"\"a\"\"}\","));
        QCOMPARE(rows.at(2),
            QStringLiteral(
                "500,0/200,0/110,2000-01-01 00:00:01.5+00,I,public,t,\"{\"\"id\"\":1,\"\"n\"\":1.500,"
                "\"\"s\"\":\"\"a\\\"\"b\\\\c'd\\n\"\",\"\"b\"\":true,\"\"by\"\":\"\"00ff\"\"}\","));
        QCOMPARE(rows.at(3),
            QStringLiteral(
                "500,0/200,0/120,2000-01-01 00:00:01.5+00,U,public,t,\"{\"\"id\"\":1,\"\"n\"\":null,"
                "\"\"b\"\":false,\"\"by\"\":null}\",\"{\"\"id\"\":1}\""));
        QCOMPARE(rows.at(4),
            QStringLiteral("500,0/200,0/130,2000-01-01 00:00:01.5+00,D,public,t,,\"{\"\"id\"\":1}\""));
        QCOMPARE(rows.at(5), QStringLiteral("500,0/200,0/140,2000-01-01 00:00:01.5+00,T,public,t,,"));
        QCOMPARE(rows.at(7),
            QStringLiteral(
                "501,0/400,0/310,2000-01-01 00:00:02+00,I,My Schema,\"odd\"\"name\",\"{\"\"k\"\":\"\"x,y\"\","
                "\"\"v\"\":-0}\","));
        // CSV keeps the delete with its empty identity: a row per change.
        QCOMPARE(rows.at(8),
            QStringLiteral("501,0/400,0/320,2000-01-01 00:00:02+00,D,My Schema,\"odd\"\"name\",,{}"));
        QCOMPARE(rows.size(), 10);
        QCOMPARE(rows.last(), QString());
    }

    void sqlGolden()
    {
        Stream s;
        buildSample(s);
        ExportResult result;
        const QString text = exportText(s, ExportFormat::Sql, ExportSelection::all(), &result);
        const QString expected = QStringLiteral(
            "SELECT pg_logical_emit_message(false, 'nt', E'\\\\x610062'::bytea);\n"
            "BEGIN; -- xid 500, commit 0/200 at 2000-01-01 00:00:01.5+00\n"
            "INSERT INTO public.t (id, n, s, b, by) VALUES ('1', '1.500', E'a\"b\\\\c''d\n', 't', "
            "E'\\\\x00ff');\n"
            "UPDATE public.t SET id = '1', n = 'NaN', b = 'f', by = NULL WHERE id = '1';\n"
            "DELETE FROM public.t WHERE id = '1';\n"
            "TRUNCATE public.t RESTART IDENTITY CASCADE;\n"
            "SELECT pg_logical_emit_message(true, 'p', E'\\\\x6869'::bytea);\n"
            "COMMIT;\n"
            "BEGIN; -- xid 501, commit 0/400 at 2000-01-01 00:00:02+00\n"
            "INSERT INTO \"My Schema\".\"odd\"\"name\" (k, v) VALUES ('x,y', '-0');\n"
            "-- DELETE on \"My Schema\".\"odd\"\"name\" at 0/320 not reproduced: no old key was sent "
            "(REPLICA IDENTITY NOTHING, or no key)\n"
            "COMMIT;\n");
        QCOMPARE(text, expected);
        QVERIFY(result.ok);
        QCOMPARE(result.skipped, qint64(1));
    }

    void selections()
    {
        Stream s;
        buildSample(s);
        // Only the delete of the first transaction: B, D, C.
        QStringList lines = exportText(s, ExportFormat::Jsonl, ExportSelection::events({5}))
                                .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("{\"action\":\"B\",\"xid\":500")));
        QVERIFY(lines[1].startsWith(QStringLiteral("{\"action\":\"D\"")));
        QVERIFY(lines[2].startsWith(QStringLiteral("{\"action\":\"C\",\"xid\":500")));
        // Unsorted, duplicated indices; the standalone message and the second insert.
        lines = exportText(s, ExportFormat::Jsonl, ExportSelection::events({11, 0, 11}))
                    .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[0].startsWith(QStringLiteral("{\"action\":\"M\",\"xid\":null")));
        QVERIFY(lines[2].contains(QStringLiteral("\"lsn\":\"0/310\"")));
        // Group range: only the second transaction.
        const int second = s.index.groupOf(9);
        lines = exportText(s, ExportFormat::Jsonl, ExportSelection::groups(second, second))
                    .split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].contains(QStringLiteral("\"xid\":501")));
        // Raw output of a group range holds only that group's payloads.
        const QByteArray raw
            = exportBytes(s, ExportFormat::RawPgoutput, ExportSelection::groups(second, second));
        QByteArray expected;
        for (const quint32 e : s.index.group(second).events)
            expected += s.store.payload(e).toByteArray() + '\n';
        QCOMPARE(raw, expected);
    }

    void percentSignsStayLiteral()
    {
        // Names and values go through QString::arg: a "%1" in them must not
        // be taken for a placeholder.
        Stream s;
        s.add(0x10, beginBytes(0x40, 0, 9));
        s.add(0x10, relationBytes(16384, "%1", "%2%1", 'f', {{"%1", TypeOid::Text, false}}));
        s.add(0x20, deleteBytes(16384, 'O', {"%3"}));
        s.add(0x40, commitBytes(0x40, 0x50, 0));
        s.done();
        const QString json = exportText(s, ExportFormat::Jsonl);
        QVERIFY(json.contains(
            QStringLiteral("\"schema\":\"%1\",\"table\":\"%2%1\",\"identity\":[{\"name\":\"%1\","
                           "\"type\":\"text\",\"value\":\"%3\"}]")));
        const QString sql = exportText(s, ExportFormat::Sql);
        QVERIFY2(sql.contains(QStringLiteral("DELETE FROM \"%1\".\"%2%1\" WHERE \"%1\" = '%3';")),
            qPrintable(sql));
    }

    void streamedAndAborted()
    {
        Stream s;
        s.index.setProtocol(2, false);
        const QByteArray rel = relationBytes(16384, "public", "t", 'd', {{"id", TypeOid::Int4, true}});
        auto streamed = [](char tag, quint32 xid, const QByteArray &rest) { return tag + be32(xid) + rest; };
        s.add(0x10, "S" + be32(700) + QByteArray(1, '\1'));
        s.add(0x10, streamed('R', 700, rel.mid(1)));
        s.add(0x20, streamed('I', 700, be32(16384) + 'N' + tupleBytes({"1"})));
        s.add(0x20, "E");
        s.add(0x30, "S" + be32(701) + QByteArray(1, '\1'));
        s.add(0x30, streamed('R', 701, rel.mid(1)));
        s.add(0x40, streamed('I', 701, be32(16384) + 'N' + tupleBytes({"2"})));
        s.add(0x40, "E");
        s.add(0x50, "S" + be32(700) + QByteArray(1, '\0'));
        s.add(0x60, streamed('I', 700, be32(16384) + 'N' + tupleBytes({"3"})));
        s.add(0x60, "E");
        s.add(0x70, "A" + be32(701) + be32(701));
        s.add(0x80, "c" + be32(700) + QByteArray(1, '\0') + be64(0x80) + be64(0x90) + be64(0));
        s.done();
        const QStringList lines = exportText(s, ExportFormat::Jsonl).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines[0],
            QStringLiteral("{\"action\":\"B\",\"xid\":700,\"timestamp\":\"2000-01-01 00:00:00+00\","
                           "\"lsn\":\"0/80\",\"nextlsn\":\"0/90\"}"));
        QVERIFY(lines[1].contains(QStringLiteral("\"lsn\":\"0/20\"")));
        QVERIFY(lines[1].contains(QStringLiteral("\"value\":1}")));
        QVERIFY(lines[2].contains(QStringLiteral("\"value\":3}")));
        QVERIFY(lines[3].startsWith(QStringLiteral("{\"action\":\"C\",\"xid\":700")));
    }

    void twoPhaseCapture()
    {
        // bRIPK bIPr: the committed prepared transaction is written once, at
        // COMMIT PREPARED; the rolled-back one not at all.
        Stream s;
        s.index.setProtocol(3, false);
        loadCapture(s, QStringLiteral("proto3-twophase-binary.bin"), 3);
        const QStringList lines = exportText(s, ExportFormat::Jsonl).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].startsWith(QStringLiteral("{\"action\":\"B\"")));
        QVERIFY(lines[1].startsWith(QStringLiteral("{\"action\":\"I\"")));
        QVERIFY(lines[2].startsWith(QStringLiteral("{\"action\":\"C\"")));
        for (const QString &line : lines)
            QVERIFY(!QJsonDocument::fromJson(line.toUtf8()).isNull());
    }

    void realCaptureEveryFormat()
    {
        Stream s;
        loadCapture(s, QStringLiteral("proto1-changes.bin"), 1);
        ExportResult result;
        const QStringList lines = exportText(s, ExportFormat::Jsonl, ExportSelection::all(), &result)
                                      .split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.skipped, 0);
        QCOMPARE(lines.size(), 51);
        QStringList actions;
        for (const QString &line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
            QVERIFY2(!o.isEmpty(), qPrintable(line));
            actions << o.value(QStringLiteral("action")).toString();
        }
        QCOMPARE(actions.count(QStringLiteral("B")), actions.count(QStringLiteral("C")));
        const QString csv = exportText(s, ExportFormat::Csv, ExportSelection::all(), &result);
        QVERIFY(result.ok);
        QCOMPARE(result.records, qint64(lines.size() - 2 * actions.count(QStringLiteral("B"))));
        const QString sql = exportText(s, ExportFormat::Sql, ExportSelection::all(), &result);
        QVERIFY(result.ok);
        QCOMPARE(sql.count(QStringLiteral("BEGIN;")), actions.count(QStringLiteral("B")));
        QCOMPARE(sql.count(QStringLiteral("COMMIT;\n")), actions.count(QStringLiteral("B")));
    }

    void rawRoundTrip()
    {
        Stream s;
        loadCapture(s, QStringLiteral("proto1-changes.bin"), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.raw"));
        ExportOptions options;
        options.format = ExportFormat::RawPgoutput;
        const ExportResult result = Exporter(s.store, s.index).exportToFile(path, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.records, s.store.size());
        QString error;
        auto reader = RecvlogicalReader::open(path, DecoderState {}, &error);
        QVERIFY2(reader, qPrintable(error));
        const auto entries = reader->readAll();
        QVERIFY(!reader->hasError());
        QCOMPARE(entries.size(), s.store.size());
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QCOMPARE(entries[i].raw.toByteArray(), s.store.payload(i).toByteArray());
            QString a;
            QString b;
            QDebug(&a) << entries[i].message;
            QDebug(&b) << *s.index.decode(i).message;
            QCOMPARE(a, b);
        }
    }

    void pgcapRoundTrip()
    {
        Stream s;
        buildSample(s);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.pgcap"));
        ExportOptions options;
        options.format = ExportFormat::Pgcap;
        options.captureHeader.slotName = QStringLiteral("exp_slot");
        options.captureHeader.timeZone = QStringLiteral("UTC");
        options.selection = ExportSelection::events({0, 3, 4});
        const ExportResult result = Exporter(s.store, s.index).exportToFile(path, options);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.records, 3);
        CaptureReader reader;
        QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
        QVERIFY(!reader.isDamaged());
        QCOMPARE(reader.header().slotName, QStringLiteral("exp_slot"));
        QCOMPARE(reader.recordCount(), 3);
        const QList<qsizetype> picked {0, 3, 4};
        for (qsizetype i = 0; i < 3; ++i) {
            const StreamEvent a = reader.event(i);
            const StreamEvent b = s.store.event(picked[i]);
            QCOMPARE(a.payload, b.payload);
            QCOMPARE(a.walStart, b.walStart);
            QCOMPARE(a.kind, b.kind);
        }
        // A device cannot take a pgcap: the error says so.
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const ExportResult refused = Exporter(s.store, s.index).write(buffer, options);
        QVERIFY(!refused.ok);
        QVERIFY(refused.error.contains(QStringLiteral("exportToFile")));
    }

    void progressAndCancel()
    {
        // Many small transactions, so the callback runs more than once.
        Stream s;
        s.add(0x10, relationBytes(16384, "public", "t", 'd', {{"id", TypeOid::Int4, true}}));
        for (quint64 t = 0; t < 600; ++t) {
            const quint64 base = 0x1000 + t * 0x100;
            s.add(base, beginBytes(base + 0x80, 0, quint32(1000 + t)));
            s.add(base + 0x10, insertBytes(16384, {QByteArray::number(t)}));
            s.add(base + 0x80, commitBytes(base + 0x80, base + 0x90, 0));
        }
        s.done();
        QList<QPair<qint64, qint64>> calls;
        ExportOptions options;
        options.progress = [&](qint64 done, qint64 total) {
            calls << qMakePair(done, total);
            return true;
        };
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ExportResult result = Exporter(s.store, s.index).write(buffer, options);
        QVERIFY(result.ok);
        QCOMPARE(result.records, 600 * 3);
        QVERIFY(calls.size() >= 3);
        QCOMPARE(calls.last(), qMakePair(qint64(600), qint64(600)));
        for (qsizetype i = 1; i < calls.size(); ++i)
            QVERIFY(calls[i].first > calls[i - 1].first);

        options.progress = [](qint64 done, qint64) { return done < 256; };
        QBuffer cancelled;
        cancelled.open(QIODevice::WriteOnly);
        result = Exporter(s.store, s.index).write(cancelled, options);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QCOMPARE(result.records, 256 * 3);
    }

private:
    static void loadCapture(Stream &s, const QString &file, int proto)
    {
        DecoderState state;
        state.protoVersion = proto;
        QString error;
        auto reader = RecvlogicalReader::open(QStringLiteral(PGOUTPUT_TEST_DATA "/") + file, state, &error);
        QVERIFY2(reader, qPrintable(error));
        quint64 lsn = 0x1000;
        for (const auto &e : reader->readAll())
            s.add(lsn += 0x10, e.raw.toByteArray());
        QVERIFY(!reader->hasError());
        s.done();
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
