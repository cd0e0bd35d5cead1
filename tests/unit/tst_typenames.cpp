// formatType and quoteIdentifier without a server: the expected strings are
// what PostgreSQL 15's format_type and quote_ident print (tst_types_server
// checks the same behaviour against a live server).
#include "types/TypeNames.h"
#include "types/TypeOids.h"

#include <QtTest>

using namespace pgrepl;

namespace {

constexpr qint32 kVarHdrSz = 4;

qint32 numericTypmod(qint32 precision, qint32 scale)
{
    return ((precision << 16) | (scale & 0x7ff)) + kVarHdrSz;
}

qint32 intervalTypmod(qint32 range, qint32 precision)
{
    return (range << 16) | (precision & 0xffff);
}

// A catalogue as the engine would read it from pg_type.
TypeNameMap userMap()
{
    TypeNameMap map;
    map.insert(16400, UserType {QStringLiteral("public"), QStringLiteral("mood"), 0, false});
    map.insert(16399, UserType {QStringLiteral("public"), QStringLiteral("_mood"), 16400, false});
    map.insert(16410, UserType {QStringLiteral("My Schema"), QStringLiteral("Weird Type"), 0, false});
    map.insert(16409, UserType {QStringLiteral("My Schema"), QStringLiteral("_Weird Type"), 16410, false});
    map.insert(16420, UserType {QStringLiteral("app"), QStringLiteral("select"), 0, false});
    map.insert(16430, UserType {QStringLiteral("app"), QStringLiteral("say \"hi\""), 0, false});
    map.insert(16440, UserType {QStringLiteral("ext"), QStringLiteral("fixedlen"), 0, false});
    map.insert(16450, UserType {QStringLiteral("ext"), QStringLiteral("geometry"), 0, true});
    map.insert(16460, UserType {QStringLiteral("app"), QStringLiteral("_orphan"), 99999, false});
    // A type newer than the built-in table, reported by the server in pg_catalog.
    map.insert(9999, UserType {QStringLiteral("pg_catalog"), QStringLiteral("newtype"), 0, false});
    return map;
}

} // namespace

class TestTypeNames : public QObject
{
    Q_OBJECT

private slots:
    void builtin_data()
    {
        QTest::addColumn<quint32>("oid");
        QTest::addColumn<qint32>("typmod");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, quint32 oid, qint32 typmod, const char *expected) {
            QTest::newRow(name) << oid << typmod << QString::fromUtf8(expected);
        };
        row("int4", TypeOid::Int4, -1, "integer");
        row("int4 typmod ignored", TypeOid::Int4, 7, "integer");
        row("int2", TypeOid::Int2, -1, "smallint");
        row("int8", TypeOid::Int8, -1, "bigint");
        row("float4", TypeOid::Float4, -1, "real");
        row("float8", TypeOid::Float8, -1, "double precision");
        row("bool", TypeOid::Bool, -1, "boolean");
        row("text", TypeOid::Text, -1, "text");
        row("text with typmod", TypeOid::Text, 5, "text(5)");
        row("char", TypeOid::Char, -1, "\"char\"");
        row("name", TypeOid::Name, -1, "name");
        row("uuid", TypeOid::Uuid, -1, "uuid");
        row("jsonb", TypeOid::Jsonb, -1, "jsonb");
        row("varchar(20)", TypeOid::Varchar, 20 + kVarHdrSz, "character varying(20)");
        row("varchar", TypeOid::Varchar, -1, "character varying");
        row("bpchar(3)", TypeOid::Bpchar, 3 + kVarHdrSz, "character(3)");
        row("bpchar", TypeOid::Bpchar, -1, "bpchar");
        row("bpchar tiny typmod", TypeOid::Bpchar, 4, "character");
        row("numeric(12,3)", TypeOid::Numeric, numericTypmod(12, 3), "numeric(12,3)");
        row("numeric(5,-2)", TypeOid::Numeric, numericTypmod(5, -2), "numeric(5,-2)");
        row("numeric(1000,0)", TypeOid::Numeric, numericTypmod(1000, 0), "numeric(1000,0)");
        row("numeric", TypeOid::Numeric, -1, "numeric");
        row("timestamp(3)", TypeOid::Timestamp, 3, "timestamp(3) without time zone");
        row("timestamp", TypeOid::Timestamp, -1, "timestamp without time zone");
        row("timestamptz", TypeOid::Timestamptz, -1, "timestamp with time zone");
        row("timestamptz(0)", TypeOid::Timestamptz, 0, "timestamp(0) with time zone");
        row("time", TypeOid::Time, -1, "time without time zone");
        row("time(2)", TypeOid::Time, 2, "time(2) without time zone");
        row("timetz(2)", TypeOid::Timetz, 2, "time(2) with time zone");
        row("timetz", TypeOid::Timetz, -1, "time with time zone");
        row("interval", TypeOid::Interval, -1, "interval");
        row("interval full", TypeOid::Interval, intervalTypmod(0x7fff, 0xffff), "interval");
        row("interval year to month", TypeOid::Interval, intervalTypmod(4 | 2, 0xffff),
            "interval year to month");
        row("interval(3)", TypeOid::Interval, intervalTypmod(0x7fff, 3), "interval(3)");
        row("interval second(3)", TypeOid::Interval, intervalTypmod(4096, 3), "interval second(3)");
        row("interval day to second(2)", TypeOid::Interval, intervalTypmod(8 | 1024 | 2048 | 4096, 2),
            "interval day to second(2)");
        row("interval month", TypeOid::Interval, intervalTypmod(2, 0xffff), "interval month");
        row("interval hour to minute", TypeOid::Interval, intervalTypmod(1024 | 2048, 0xffff),
            "interval hour to minute");
        row("bit(8)", TypeOid::Bit, 8, "bit(8)");
        row("bit", TypeOid::Bit, -1, "\"bit\"");
        row("varbit(5)", TypeOid::Varbit, 5, "bit varying(5)");
        row("varbit", TypeOid::Varbit, -1, "bit varying");
        row("int4[]", TypeOid::Int4Array, -1, "integer[]");
        row("varchar(10)[]", TypeOid::VarcharArray, 10 + kVarHdrSz, "character varying(10)[]");
        row("bpchar[]", TypeOid::BpcharArray, -1, "bpchar[]");
        row("char[]", TypeOid::CharArray, -1, "\"char\"[]");
        row("numeric(10,2)[]", TypeOid::NumericArray, numericTypmod(10, 2), "numeric(10,2)[]");
        row("timestamptz(0)[]", TypeOid::TimestamptzArray, 0, "timestamp(0) with time zone[]");
        row("oidvector is no array", 30, -1, "oidvector");
        row("int2vector is no array", 22, -1, "int2vector");
        row("point is no array", 600, -1, "point");
        row("point[]", 1017, -1, "point[]");
        row("any is a key word", 2276, -1, "\"any\"");
        row("unknown", 999999, -1, "???");
        row("invalid", TypeOid::Invalid, -1, "-");
    }
    void builtin()
    {
        QFETCH(quint32, oid);
        QFETCH(qint32, typmod);
        QFETCH(QString, expected);
        QCOMPARE(formatType(oid, typmod, nullptr), expected);
        // An empty map changes nothing for built-ins.
        const TypeNameMap empty;
        QCOMPARE(formatType(oid, typmod, &empty), expected);
    }

    void userTypes_data()
    {
        QTest::addColumn<quint32>("oid");
        QTest::addColumn<qint32>("typmod");
        QTest::addColumn<QString>("expected");
        QTest::newRow("enum") << quint32(16400) << -1 << QStringLiteral("public.mood");
        QTest::newRow("enum array") << quint32(16399) << -1 << QStringLiteral("public.mood[]");
        QTest::newRow("quoted") << quint32(16410) << -1 << QStringLiteral("\"My Schema\".\"Weird Type\"");
        QTest::newRow("quoted array")
            << quint32(16409) << -1 << QStringLiteral("\"My Schema\".\"Weird Type\"[]");
        QTest::newRow("key word") << quint32(16420) << -1 << QStringLiteral("app.\"select\"");
        QTest::newRow("embedded quotes") << quint32(16430) << -1 << QStringLiteral("app.\"say \"\"hi\"\"\"");
        QTest::newRow("typmod without typmodout")
            << quint32(16440) << 12 << QStringLiteral("ext.fixedlen(12)");
        QTest::newRow("typmod with typmodout") << quint32(16450) << 12 << QStringLiteral("ext.geometry");
        QTest::newRow("array of unknown") << quint32(16460) << -1 << QStringLiteral("???[]");
        QTest::newRow("pg_catalog type not in table") << quint32(9999) << -1 << QStringLiteral("newtype");
        QTest::newRow("unknown") << quint32(17000) << -1 << QStringLiteral("???");
        // A built-in wins over a map entry for the same OID.
        QTest::newRow("built-in first") << TypeOid::Int4 << -1 << QStringLiteral("integer");
    }
    void userTypes()
    {
        QFETCH(quint32, oid);
        QFETCH(qint32, typmod);
        QFETCH(QString, expected);
        TypeNameMap map = userMap();
        map.insert(TypeOid::Int4, UserType {QStringLiteral("evil"), QStringLiteral("int4"), 0, false});
        QCOMPARE(formatType(oid, typmod, &map), expected);
    }

    void withoutMapUserTypesAreUnknown() { QCOMPARE(formatType(16400, -1, nullptr), QStringLiteral("???")); }

    void quoteIdentifier_data()
    {
        QTest::addColumn<QString>("identifier");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *in, const char *out) {
            QTest::newRow(in) << QString::fromUtf8(in) << QString::fromUtf8(out);
        };
        row("plain", "plain");
        row("_under_score9", "_under_score9");
        row("Upper", "\"Upper\"");
        row("with space", "\"with space\"");
        row("9lives", "\"9lives\"");
        row("a$b", "\"a$b\"");
        row("ünï", "\"ünï\"");
        row("q\"uote", "\"q\"\"uote\"");
        row("", "\"\"");
        row("select", "\"select\"");
        row("char", "\"char\"");
        row("authorization", "\"authorization\"");
        row("xmltable", "\"xmltable\"");
        row("all", "\"all\"");
        // Unreserved key words stay bare.
        row("name", "name");
        row("text", "text");
        row("over", "over");
        row("abort", "abort");
    }
    void quoteIdentifier()
    {
        QFETCH(QString, identifier);
        QFETCH(QString, expected);
        QCOMPARE(pgrepl::quoteIdentifier(identifier), expected);
    }

    void builtinLookups()
    {
        QCOMPARE(builtinTypeName(TypeOid::Int4), QStringLiteral("int4"));
        QCOMPARE(builtinTypeName(TypeOid::Int4Array), QStringLiteral("_int4"));
        QCOMPARE(builtinArrayElement(TypeOid::Int4Array), TypeOid::Int4);
        QCOMPARE(builtinArrayElement(TypeOid::Int4), 0u);
        QCOMPARE(builtinArrayElement(30), 0u); // oidvector
        QVERIFY(builtinTypeName(TypeOid::FirstNormalObjectId).isEmpty());
        QVERIFY(builtinTypeName(0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTypeNames)
#include "tst_typenames.moc"
