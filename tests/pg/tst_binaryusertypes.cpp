// Binary-mode values of user types against the server: pgoutput with
// binary=true sends enums, domains, composites, ranges (built-in and user
// ranges over a domain, an enum and text), multiranges and arrays of them
// in their send format; rendered with the user types that userTypesQuery()
// reads, each must equal what the server prints for col::text. The same
// types, stored in a capture header and read back, must render the same; a
// header written before typtype and baseOid were recorded leaves user types
// as hex, one written before ranges' baseOid was recorded leaves user
// ranges as hex.
#include "SandboxUserTypes.h"
#include "cli/CaptureSupport.h"
#include "pgoutput/Decoder.h"
#include "store/CaptureHeader.h"
#include "types/BinaryValues.h"
#include "types/TypeOids.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <QtTest>

using namespace pgrepl;
using pgrepl::test::Sandbox;

namespace {

// One value of the stream: its row, column, type and send-format bytes.
struct StreamedValue
{
    QString id; // the row's id, as text
    QString column;
    quint32 typeOid = 0;
    std::optional<QByteArray> bytes; // nullopt for NULL
    std::optional<QString> text; // rendered with the user types; nullopt for NULL
};

// The columns of bin_ut.t, id first.
const char *const kColumnNames[]
    = {"id", "m", "p", "s", "l", "n", "ma", "pa", "md", "pr", "pra", "ir", "nr", "tsr", "tzr", "dr", "i8r",
        "imr", "nmr", "tsmr", "tzmr", "dmr", "i8mr", "ira", "imra", "rp", "rm", "mrm", "rx", "mrx", "rpa"};
constexpr int kColumns = int(std::size(kColumnNames));
// Values that are not NULL, over the five rows.
constexpr int kValues = 120;

} // namespace

class TestBinaryUserTypes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_sandbox = Sandbox::load(&error);
        QVERIFY2(m_sandbox, qPrintable(error));
        m_slot = Sandbox::uniqueName(QStringLiteral("bin_ut_slot"));
        m_pub = Sandbox::uniqueName(QStringLiteral("bin_ut_pub"));
        run(QStringLiteral("DROP SCHEMA IF EXISTS bin_ut CASCADE"));
        run(QStringLiteral(
            "CREATE SCHEMA bin_ut;\n"
            "CREATE TYPE bin_ut.mood AS ENUM ('ok', 'sad', 'très bien', 'say \"hi\"', 'a,b');\n"
            "CREATE DOMAIN bin_ut.posint AS int CHECK (VALUE > 0);\n"
            "CREATE DOMAIN bin_ut.smallpos AS bin_ut.posint CHECK (VALUE < 1000);\n"
            "CREATE DOMAIN bin_ut.label AS text;\n"
            "CREATE DOMAIN bin_ut.money2 AS numeric(10, 2);\n"
            "CREATE DOMAIN bin_ut.moods AS bin_ut.mood[];\n"
            "CREATE TYPE bin_ut.pair AS (a int, gone int, b text, m bin_ut.mood, p bin_ut.posint);\n"
            "ALTER TYPE bin_ut.pair DROP ATTRIBUTE gone;\n"
            "CREATE TYPE bin_ut.posrange AS RANGE (subtype = bin_ut.posint,\n"
            "  multirange_type_name = bin_ut.posmultirange);\n"
            "CREATE TYPE bin_ut.moodrange AS RANGE (subtype = bin_ut.mood, multirange_type_name = "
            "bin_ut.moodmulti);\n"
            // Collation C: the order of the text bounds below must not depend on the cluster's locale.
            "CREATE TYPE bin_ut.textrange AS RANGE (subtype = text, collation = \"C\",\n"
            "  multirange_type_name = bin_ut.textmulti);\n"
            "CREATE TABLE bin_ut.t (id int PRIMARY KEY, m bin_ut.mood, p bin_ut.posint, s bin_ut.smallpos,\n"
            "  l bin_ut.label, n bin_ut.money2, ma bin_ut.mood[], pa bin_ut.posint[], md bin_ut.moods,\n"
            "  pr bin_ut.pair, pra bin_ut.pair[],\n"
            "  ir int4range, nr numrange, tsr tsrange, tzr tstzrange, dr daterange, i8r int8range,\n"
            "  imr int4multirange, nmr nummultirange, tsmr tsmultirange, tzmr tstzmultirange,\n"
            "  dmr datemultirange, i8mr int8multirange, ira int4range[], imra int4multirange[],\n"
            "  rp bin_ut.posrange, rm bin_ut.moodrange, mrm bin_ut.moodmulti, rx bin_ut.textrange,\n"
            "  mrx bin_ut.textmulti, rpa bin_ut.posrange[]);"));
        run(QStringLiteral("CREATE PUBLICATION %1 FOR TABLE bin_ut.t").arg(m_pub));
        run(QStringLiteral("SELECT pg_create_logical_replication_slot('%1', 'pgoutput')").arg(m_slot));
        // Per row: the enum, domain and composite columns, the built-in ranges, multiranges and
        // arrays of them, then the user ranges and multiranges.
        const QStringList rows = {
            QStringLiteral(
                "(1, 'ok', 1, 2, 'plain', 12.5, '{ok,sad}', '{1,2}', '{sad}', ROW(1, 'x', 'ok', 3),\n"
                "  ARRAY[ROW(1, 'x', 'ok', 3)::bin_ut.pair],\n"
                "  '[1,5)', '[1.5,2]', '[2024-01-01 10:00,2024-01-02)', '[2024-01-01 10:00+00,)', "
                "'[2024-01-02,2024-02-01)',\n"
                "  '[-9223372036854775808,0)',\n"
                "  '{[1,3),[5,7)}', '{(,1.5],[2,)}', '{[2024-01-01,2024-01-02)}', '{}', "
                "'{[2024-01-02,2024-01-05)}', '{[1,2)}',\n"
                "  '{\"[1,5)\",empty,NULL}', '{\"{[1,3)}\",\"{}\"}',\n"
                "  '[1,5]', '[ok,sad]', '{[ok,sad]}', '[\"a\"\"b\",\"c\\\\d\")', "
                "'{[\"a\"\"b\",\"c\\\\d\"),[x,y)}',\n"
                "  ARRAY['[1,3)'::bin_ut.posrange, NULL])"),
            QStringLiteral(
                "(2, 'très bien', 2147483647, 999, 'a b \"c\" \\d', -0.01,\n"
                "  '{\"très bien\",NULL,\"say \\\"hi\\\"\",\"a,b\"}', '[0:1]={7,NULL}', '{}', ROW(NULL, '', "
                "NULL, NULL),\n"
                "  ARRAY[NULL, ROW(2, 'y (z)', 'a,b', NULL)::bin_ut.pair],\n"
                "  'empty', 'empty', '(,)', '(,2024-01-01 00:00+00]', '[2024-01-02,infinity)', '(,)',\n"
                "  '{}', '{[1,1]}', '{(,2000-01-01),[2001-01-01,)}', '{[2024-01-01 00:00+00,2024-06-01 "
                "00:00+00)}', '{}',\n"
                "  '{(,0),[10,)}',\n"
                "  '{}', '{}',\n"
                "  '(,)', '(ok,)', '{}', '[\"\",\"x y\")', '{}', '{}')"),
            QStringLiteral(
                "(3, 'say \"hi\"', NULL, NULL, '', 0, '{{ok},{sad}}', '{}', NULL, ROW(NULL, NULL, NULL, "
                "NULL), '{}',\n"
                "  '(,5)', '[3,)', 'empty', 'empty', '(,)', '[5,6)',\n"
                "  '{(,5),[10,20)}', '{}', '{}', '{(,)}', '{(,)}', '{}',\n"
                "  '{{\"[1,2)\"},{\"[3,4)\"}}', NULL,\n"
                "  '[2,3)', '[\"très bien\",\"a,b\"]', '{[ok,ok],(\"très bien\",)}', '[\"(\",\"]\")',\n"
                "  ('{[a,b),[\"b' || chr(9) || 'c\",\"zz,\")}')::bin_ut.textmulti, "
                "ARRAY['empty'::bin_ut.posrange])"),
            QStringLiteral("(4") + QStringLiteral(", NULL").repeated(kColumns - 1) + u')',
            QStringLiteral("(5, 'a,b', 3, 4, 'NULL', 99999999.99, '{\"a,b\"}', '{5}', '{ok,ok}', ROW(-1, "
                           "'back\\slash', 'sad', 1), '{}',\n"
                           "  '[0,1)', '(-1.25,0]', '[2024-01-01 10:00:00.5,infinity]', "
                           "'[-infinity,infinity]', '[2024-01-02,2024-01-03)',\n"
                           "  '[9223372036854775806,9223372036854775807)',\n"
                           "  '{[1,2),[3,4),[5,6)}', '{[1.5,2.5)}', '{[2024-01-01,2024-01-02)}', '{}',\n"
                           "  '{[2024-01-01,2024-01-02),[2024-03-01,)}', '{[1,2)}',\n"
                           "  '[0:1]={\"[1,2)\",empty}', '{\"{[1,2),[3,4)}\"}',\n"
                           "  NULL, 'empty', '{(,ok]}', '[NULL,Z)', '{[a,b)}', '{\"[5,6)\",NULL}')"),
        };
        run(QStringLiteral("INSERT INTO bin_ut.t VALUES\n") + rows.join(QStringLiteral(",\n")));
    }

    void cleanupTestCase()
    {
        if (!m_sandbox)
            return;
        m_sandbox->sql(QStringLiteral("SELECT pg_drop_replication_slot('%1')").arg(m_slot));
        m_sandbox->sql(QStringLiteral("DROP PUBLICATION IF EXISTS %1").arg(m_pub));
        m_sandbox->sql(QStringLiteral("DROP SCHEMA IF EXISTS bin_ut CASCADE"));
    }

    // userTypesQuery() as the server runs it, read by parseUserTypes().
    void readsTypeKinds()
    {
        const TypeNameMap types = userTypes();
        QVERIFY(!QTest::currentTestFailed());
        const auto oid = [this](const char *name) {
            return m_sandbox->sql(QStringLiteral("SELECT '%1'::regtype::oid").arg(QLatin1String(name)))
                .output.toUInt();
        };
        QCOMPARE(types.value(oid("bin_ut.mood")).typtype, TypType::Enum);
        QCOMPARE(types.value(oid("bin_ut.posint")).typtype, TypType::Domain);
        QCOMPARE(types.value(oid("bin_ut.posint")).baseOid, quint32(23));
        QCOMPARE(types.value(oid("bin_ut.smallpos")).baseOid, oid("bin_ut.posint"));
        QCOMPARE(types.value(oid("bin_ut.pair")).typtype, TypType::Composite);
        QCOMPARE(types.value(oid("bin_ut.mood[]")).elementOid, oid("bin_ut.mood"));
        QCOMPARE(types.value(oid("bin_ut.mood[]")).typtype, TypType::Base);
        QCOMPARE(types.value(oid("bin_ut.mood")).baseOid, 0u);
        // A range's baseOid is its subtype, a multirange's its range type.
        QCOMPARE(types.value(oid("bin_ut.posrange")).typtype, TypType::Range);
        QCOMPARE(types.value(oid("bin_ut.posrange")).baseOid, oid("bin_ut.posint"));
        QCOMPARE(types.value(oid("bin_ut.moodrange")).baseOid, oid("bin_ut.mood"));
        QCOMPARE(types.value(oid("bin_ut.textrange")).baseOid, TypeOid::Text);
        QCOMPARE(types.value(oid("bin_ut.posmultirange")).typtype, TypType::Multirange);
        QCOMPARE(types.value(oid("bin_ut.posmultirange")).baseOid, oid("bin_ut.posrange"));
        QCOMPARE(types.value(oid("bin_ut.moodmulti")).baseOid, oid("bin_ut.moodrange"));
        QCOMPARE(types.value(oid("bin_ut.textmulti")).baseOid, oid("bin_ut.textrange"));
        QCOMPARE(types.value(oid("bin_ut.posrange[]")).elementOid, oid("bin_ut.posrange"));
        QCOMPARE(types.value(oid("bin_ut.posrange[]")).baseOid, 0u);
        for (const char *name : {"bin_ut.posrange", "bin_ut.moodmulti", "bin_ut.posrange[]"})
            QVERIFY2(hasBinaryRenderer(oid(name), &types), name);
    }

    // The built-in ranges' subtypes and multiranges are the server's.
    void builtinRangesMatchTheCatalogue()
    {
        const auto r = m_sandbox->sql(QStringLiteral(
            "SELECT rngtypid, rngsubtype, rngmultitypid FROM pg_range WHERE rngtypid < 16384 ORDER BY 1"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QStringList lines = r.output.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        for (const QString &line : lines) {
            const QStringList f = line.split(u'|');
            QCOMPARE(f.size(), 3);
            QCOMPARE(TypeOid::builtinRangeSubtype(f.at(0).toUInt()), f.at(1).toUInt());
            QCOMPARE(TypeOid::builtinMultirangeRange(f.at(2).toUInt()), f.at(0).toUInt());
        }
    }

    // Every column of every row, rendered from the binary stream, equals
    // the server's text for it.
    void rendersAsTheServerPrints()
    {
        const auto stream = typesAndValues();
        QVERIFY(stream);
        const QList<StreamedValue> &values = stream->values;
        QCOMPARE(values.size(), 5 * kColumns);
        const QHash<QString, std::optional<QString>> expected = serverText();
        QVERIFY(!QTest::currentTestFailed());
        int rendered = 0;
        for (const StreamedValue &v : values) {
            const QString key = v.id + u'.' + v.column;
            QVERIFY2(expected.contains(key), qPrintable(key));
            if (!v.bytes) {
                QVERIFY2(!expected.value(key), qPrintable(key));
                continue;
            }
            QVERIFY2(expected.value(key), qPrintable(key));
            QCOMPARE(*v.text, *expected.value(key));
            ++rendered;
        }
        // Every value that is not NULL was compared.
        QCOMPARE(rendered, kValues);
    }

    // The types go into a capture header and come back: the reopened
    // capture renders the same. An old header, with no typtype or baseOid,
    // still opens and leaves user-type values as hex (nullopt); built-in
    // ranges need no type map and render all the same.
    void captureHeaderKeepsTheKinds()
    {
        const auto stream = typesAndValues();
        QVERIFY(stream);
        const auto &[types, values] = *stream;

        const CaptureHeader header = headerWith(types);
        QString error;
        const auto reopened = CaptureHeader::fromJson(header.toJson(), &error);
        QVERIFY2(reopened, qPrintable(error));
        QCOMPARE(reopened->typeNames, header.typeNames);
        const TypeNameMap fromFile = cli::userTypesOf(*reopened);
        QCOMPARE(fromFile.size(), types.size());

        // The header as a file written before this change: no typtype, no baseOid.
        QJsonObject root = QJsonDocument::fromJson(header.toJson()).object();
        QJsonArray oldTypes;
        for (const QJsonValue &entry : root.value(QLatin1String("types")).toArray()) {
            QJsonObject o = entry.toObject();
            o.remove(QLatin1String("typtype"));
            o.remove(QLatin1String("baseOid"));
            oldTypes.append(o);
        }
        root.insert(QLatin1String("types"), oldTypes);
        const auto old = CaptureHeader::fromJson(QJsonDocument(root).toJson(QJsonDocument::Compact), &error);
        QVERIFY2(old, qPrintable(error));
        const TypeNameMap fromOldFile = cli::userTypesOf(*old);
        QCOMPARE(fromOldFile.size(), types.size());

        int same = 0, hex = 0;
        for (const StreamedValue &v : values) {
            if (!v.bytes)
                continue;
            QCOMPARE(binaryToText(v.typeOid, *v.bytes, QTimeZone::utc(), &fromFile, &error), v.text);
            const auto fromOld = binaryToText(v.typeOid, *v.bytes, QTimeZone::utc(), &fromOldFile, &error);
            if (!builtinTypeName(v.typeOid).isEmpty()) {
                QCOMPARE(fromOld, v.text);
                ++same;
            } else {
                QVERIFY2(!fromOld, qPrintable(v.column));
                QVERIFY2(error.contains(QStringLiteral("is unknown")), qPrintable(error));
                ++hex;
            }
        }
        // id and the built-in ranges; the rest are user types.
        QCOMPARE(same, 60);
        QCOMPARE(hex, 60);
    }

    // A header written before ranges' baseOid was recorded has typtype 'r'
    // and 'm' with baseOid 0 (typbasetype): it still opens, its user ranges
    // and multiranges (and arrays of them) stay hex, all else renders.
    void headerWithoutRangeSubtypes()
    {
        const auto stream = typesAndValues();
        QVERIFY(stream);
        const auto &[types, values] = *stream;

        CaptureHeader header = headerWith(types);
        int cleared = 0;
        for (CaptureTypeName &t : header.typeNames) {
            if (t.typtype == TypType::Range || t.typtype == TypType::Multirange) {
                t.baseOid = 0;
                ++cleared;
            }
        }
        QCOMPARE(cleared, 6);
        QString error;
        const auto old = CaptureHeader::fromJson(header.toJson(), &error);
        QVERIFY2(old, qPrintable(error));
        const TypeNameMap fromOldFile = cli::userTypesOf(*old);

        static const QStringList userRangeColumns = {QStringLiteral("rp"), QStringLiteral("rm"),
            QStringLiteral("mrm"), QStringLiteral("rx"), QStringLiteral("mrx"), QStringLiteral("rpa")};
        int same = 0, hex = 0;
        for (const StreamedValue &v : values) {
            if (!v.bytes)
                continue;
            const auto fromOld = binaryToText(v.typeOid, *v.bytes, QTimeZone::utc(), &fromOldFile, &error);
            if (userRangeColumns.contains(v.column)) {
                QVERIFY2(!fromOld, qPrintable(v.column));
                QVERIFY2(error.contains(QStringLiteral("has no known")), qPrintable(error));
                QVERIFY(!hasBinaryRenderer(v.typeOid, &fromOldFile));
                ++hex;
            } else {
                QCOMPARE(fromOld, v.text);
                ++same;
            }
        }
        QCOMPARE(hex, 23);
        QCOMPARE(same, kValues - 23);
    }

private:
    void run(const QString &statements)
    {
        const auto r = m_sandbox->sql(statements);
        QVERIFY2(r.ok, qPrintable(r.error));
    }

    // What parseUserTypes() makes of userTypesQuery()'s rows (run through
    // psql, which prints them as the server sends them in text).
    TypeNameMap userTypes()
    {
        QString error;
        const auto types = test::sandboxUserTypes(*m_sandbox, 150000, &error);
        [&] { QVERIFY2(types, qPrintable(error)); }();
        return types.value_or(TypeNameMap());
    }

    // The user types and the values of the stream, each rendered with them,
    // for the tests that compare the text; nullopt once getting any of
    // these failed the test.
    struct TypesAndValues
    {
        TypeNameMap types;
        QList<StreamedValue> values;
    };
    std::optional<TypesAndValues> typesAndValues()
    {
        TypesAndValues got {userTypes(), {}};
        if (QTest::currentTestFailed())
            return std::nullopt;
        got.values = streamedValues();
        for (StreamedValue &v : got.values) {
            if (!v.bytes)
                continue;
            QString error;
            v.text = binaryToText(v.typeOid, *v.bytes, QTimeZone::utc(), &got.types, &error);
            [&] { QVERIFY2(v.text, qPrintable(v.id + u'.' + v.column + QStringLiteral(": ") + error)); }();
            if (!v.text)
                break;
        }
        if (QTest::currentTestFailed())
            return std::nullopt;
        return got;
    }

    // A capture header that records types.
    static CaptureHeader headerWith(const TypeNameMap &types)
    {
        CaptureHeader header;
        header.typeNames = cli::captureTypeNames(types);
        return header;
    }

    // The rows of bin_ut.t as pgoutput sends them with binary=true.
    QList<StreamedValue> streamedValues()
    {
        QList<StreamedValue> out;
        const auto r = m_sandbox->sql(QStringLiteral(
            "SELECT encode(data, 'hex') FROM pg_logical_slot_peek_binary_changes('%1', NULL, NULL, "
            "'proto_version', '1', 'publication_names', '%2', 'binary', 'true')")
                                          .arg(m_slot, m_pub));
        [&] { QVERIFY2(r.ok, qPrintable(r.error)); }();
        pgoutput::DecoderState state;
        std::optional<pgoutput::Relation> relation;
        for (const QString &line : r.output.split(u'\n', Qt::SkipEmptyParts)) {
            const QByteArray message = QByteArray::fromHex(line.toLatin1());
            const pgoutput::DecodeResult decoded = pgoutput::decode(message, state);
            [&] { QVERIFY2(decoded.ok(), qPrintable(decoded.error.toString())); }();
            if (!decoded.ok())
                return {};
            if (const auto *rel = std::get_if<pgoutput::Relation>(&*decoded.message))
                relation = *rel;
            const auto *insert = std::get_if<pgoutput::Insert>(&*decoded.message);
            if (!insert)
                continue;
            const bool known = relation && relation->columns.size() == kColumns
                && insert->newTuple.columns.size() == kColumns;
            [&] { QVERIFY(known); }();
            if (!known)
                return {};
            QString id;
            for (int c = 0; c < kColumns; ++c) {
                const pgoutput::TupleValue &value = insert->newTuple.columns.at(c);
                StreamedValue v;
                v.column = relation->columns.at(c).name;
                v.typeOid = relation->columns.at(c).typeOid;
                if (value.kind == pgoutput::TupleValue::Kind::Binary)
                    v.bytes = value.bytes.toByteArray();
                else
                    [&] { QVERIFY2(value.kind == pgoutput::TupleValue::Kind::Null, qPrintable(v.column)); }();
                if (c == 0)
                    id = QString::number(
                        qFromBigEndian<qint32>(v.bytes.value_or(QByteArray(4, '\0')).constData()));
                v.id = id;
                out << v;
            }
        }
        return out;
    }

    // "id.column" -> the server's text for that value (nullopt for NULL).
    QHash<QString, std::optional<QString>> serverText()
    {
        QStringList casts;
        for (const char *c : kColumnNames)
            casts << QStringLiteral("%1::text").arg(QLatin1String(c));
        // The settings binaryToText renders under (UTC for tstzrange bounds).
        const auto r = m_sandbox->sql(
            QStringLiteral("SET client_encoding = 'UTF8'; SET timezone = 'UTC'; SET datestyle = 'ISO, MDY'; "
                           "SELECT json_build_array(%1) FROM bin_ut.t ORDER BY id")
                .arg(casts.join(QStringLiteral(", "))));
        [&] { QVERIFY2(r.ok, qPrintable(r.error)); }();
        QHash<QString, std::optional<QString>> out;
        for (const QString &line : r.output.split(u'\n', Qt::SkipEmptyParts)) {
            const QJsonArray row = QJsonDocument::fromJson(line.toUtf8()).array();
            [&] { QCOMPARE(row.size(), kColumns); }();
            for (int c = 0; c < row.size(); ++c) {
                const QJsonValue v = row.at(c);
                out.insert(row.at(0).toString() + u'.' + QLatin1String(kColumnNames[c]),
                    v.isNull() ? std::nullopt : std::optional<QString>(v.toString()));
            }
        }
        return out;
    }

    std::optional<Sandbox> m_sandbox;
    QString m_slot;
    QString m_pub;
};

QTEST_GUILESS_MAIN(TestBinaryUserTypes)
#include "tst_binaryusertypes.moc"
