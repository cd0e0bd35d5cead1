// Checks core/types against a real PostgreSQL: type OIDs against pg_type,
// formatType against format_type(), and binaryToText against what the
// server's send and output functions produce for the same value.
#include "Sandbox.h"

#include "types/BinaryValues.h"
#include "types/TypeNames.h"
#include "types/TypeOids.h"

#include <QtTest>

using namespace pgrepl;
using pgrepl::test::Sandbox;

namespace {

// The settings the inspector fixes for every session; only TimeZone varies.
const QString kSessionSettings = QStringLiteral("SET datestyle = ISO; SET intervalstyle = postgres; SET "
                                                "extra_float_digits = 3; SET bytea_output = hex; ");

const QString kUserSchema = QStringLiteral("tst_types \"Q\" Schema");
const QString kUserSchemaSql = QStringLiteral("\"tst_types \"\"Q\"\" Schema\"");

} // namespace

class TestTypesServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        m_sandbox = Sandbox::load(&error);
        QVERIFY2(m_sandbox, qPrintable(error));
        const auto r = m_sandbox->sql(QStringLiteral("SHOW server_encoding"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output, QStringLiteral("UTF8"));
    }

    void typeOidConstants_data()
    {
        QTest::addColumn<quint32>("oid");
        QTest::addColumn<QString>("typname");
        const QList<QPair<quint32, const char *>> constants = {{TypeOid::Bool, "bool"},
            {TypeOid::Bytea, "bytea"}, {TypeOid::Char, "char"}, {TypeOid::Name, "name"},
            {TypeOid::Int8, "int8"}, {TypeOid::Int2, "int2"}, {TypeOid::Int4, "int4"},
            {TypeOid::Text, "text"}, {TypeOid::Oid, "oid"}, {TypeOid::Json, "json"},
            {TypeOid::Float4, "float4"}, {TypeOid::Float8, "float8"}, {TypeOid::Bpchar, "bpchar"},
            {TypeOid::Varchar, "varchar"}, {TypeOid::Date, "date"}, {TypeOid::Time, "time"},
            {TypeOid::Timestamp, "timestamp"}, {TypeOid::Timestamptz, "timestamptz"},
            {TypeOid::Interval, "interval"}, {TypeOid::Timetz, "timetz"}, {TypeOid::Bit, "bit"},
            {TypeOid::Varbit, "varbit"}, {TypeOid::Numeric, "numeric"}, {TypeOid::Uuid, "uuid"},
            {TypeOid::Jsonb, "jsonb"}, {TypeOid::BoolArray, "_bool"}, {TypeOid::ByteaArray, "_bytea"},
            {TypeOid::CharArray, "_char"}, {TypeOid::NameArray, "_name"}, {TypeOid::Int2Array, "_int2"},
            {TypeOid::Int4Array, "_int4"}, {TypeOid::TextArray, "_text"}, {TypeOid::BpcharArray, "_bpchar"},
            {TypeOid::VarcharArray, "_varchar"}, {TypeOid::Int8Array, "_int8"},
            {TypeOid::Float4Array, "_float4"}, {TypeOid::Float8Array, "_float8"}, {TypeOid::OidArray, "_oid"},
            {TypeOid::JsonArray, "_json"}, {TypeOid::TimestampArray, "_timestamp"},
            {TypeOid::DateArray, "_date"}, {TypeOid::TimeArray, "_time"},
            {TypeOid::TimestamptzArray, "_timestamptz"}, {TypeOid::IntervalArray, "_interval"},
            {TypeOid::NumericArray, "_numeric"}, {TypeOid::TimetzArray, "_timetz"},
            {TypeOid::BitArray, "_bit"}, {TypeOid::VarbitArray, "_varbit"}, {TypeOid::UuidArray, "_uuid"},
            {TypeOid::JsonbArray, "_jsonb"}};
        for (const auto &[oid, name] : constants)
            QTest::newRow(name) << oid << QString::fromLatin1(name);
    }
    void typeOidConstants()
    {
        QFETCH(quint32, oid);
        QFETCH(QString, typname);
        const auto r = m_sandbox->sql(QStringLiteral(
            "SELECT typname FROM pg_type WHERE oid = %1 AND typnamespace = 'pg_catalog'::regnamespace")
                                          .arg(oid));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output, typname);
    }

    // The whole built-in table, row by row, both ways.
    void builtinTableMatchesCatalogue()
    {
        const auto r = m_sandbox->sql(QStringLiteral(
            "SELECT oid, typname, CASE WHEN typelem <> 0 AND typsubscript = "
            "'array_subscript_handler'::regproc "
            "AND typstorage <> 'p' THEN typelem ELSE 0 END FROM pg_type WHERE oid < 10000 ORDER BY oid"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QStringList rows = r.output.split(u'\n');
        QVERIFY(rows.size() > 150);
        for (const QString &row : rows) {
            const QStringList f = row.split(u'|');
            QCOMPARE(f.size(), 3);
            const quint32 oid = f.at(0).toUInt();
            QCOMPARE(builtinTypeName(oid), f.at(1));
            QCOMPARE(builtinArrayElement(oid), f.at(2).toUInt());
        }
        // And nothing in the table that the catalogue lacks.
        const auto count = m_sandbox->sql(QStringLiteral("SELECT max(oid) FROM pg_type WHERE oid < 10000"));
        QVERIFY2(count.ok, qPrintable(count.error));
        int known = 0;
        for (quint32 oid = 1; oid <= count.output.toUInt(); ++oid)
            known += builtinTypeName(oid).isEmpty() ? 0 : 1;
        QCOMPARE(known, rows.size());
    }

    void formatTypePairs_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<qint32>("typmod");
        const auto row = [](const char *type, qint32 typmod) {
            QTest::addRow("%s %d", type, typmod) << QString::fromLatin1(type) << typmod;
        };
        for (const char *type : {"int2", "int4", "int8", "bool", "float4", "float8", "text", "name", "oid",
                 "json", "jsonb", "uuid", "bytea", "date", "\"char\"", "oidvector", "int2vector", "point",
                 "\"any\"", "anyarray", "regclass", "xml", "inet", "pg_lsn", "int4[]", "text[]", "\"char\"[]",
                 "point[]", "name[]"})
            row(type, -1);
        for (const char *type :
            {"bpchar", "varchar", "numeric", "bit", "varbit", "time", "timetz", "timestamp", "timestamptz",
                "interval", "bpchar[]", "varchar[]", "numeric[]", "bit[]", "timestamptz[]"})
            row(type, -1);
        // Typmods as the columns of a table would carry them.
        row("varchar", 24);
        row("varchar[]", 14);
        row("bpchar", 7);
        row("bpchar", 4);
        row("bpchar", 0);
        row("varchar", 2);
        row("numeric", 0);
        row("numeric", 3);
        row("numeric", 4);
        row("numeric", (12 << 16 | 3) + 4);
        row("numeric", (5 << 16 | (2048 - 2)) + 4);
        row("numeric", (1000 << 16 | 0) + 4);
        row("numeric[]", (10 << 16 | 2) + 4);
        row("bit", 8);
        row("bit", 0);
        row("varbit", 5);
        row("time", 0);
        row("time", 2);
        row("timetz", 2);
        row("timestamp", 3);
        row("timestamptz", 6);
        row("timestamptz[]", 0);
        row("text", 5);
        row("int4", 7);
        // Intervals: field masks YEAR=1<<2, MONTH=1<<1, DAY=1<<3, HOUR=1<<10, MINUTE=1<<11, SECOND=1<<12.
        const qint32 fullPrecision = 0xffff;
        const qint32 year = 4, month = 2, day = 8, hour = 1024, minute = 2048, second = 4096;
        for (qint32 range : {year, month, day, hour, minute, second, year | month, day | hour,
                 day | hour | minute, day | hour | minute | second, hour | minute, hour | minute | second,
                 minute | second, 0x7fff}) {
            row("interval", range << 16 | fullPrecision);
            row("interval", range << 16 | 3);
        }
    }
    void formatTypePairs()
    {
        QFETCH(QString, type);
        QFETCH(qint32, typmod);
        const auto r
            = m_sandbox->sql(QStringLiteral("SELECT '%1'::regtype::oid, format_type('%1'::regtype, %2)")
                                 .arg(type)
                                 .arg(typmod));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QStringList f = r.output.split(u'|');
        QCOMPARE(f.size(), 2);
        QCOMPARE(formatType(f.at(0).toUInt(), typmod, nullptr), f.at(1));
    }

    void formatTypeUnknownAndInvalid()
    {
        const auto r = m_sandbox->sql(QStringLiteral("SELECT format_type(999999, -1), format_type(0, -1)"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.output, formatType(999999, -1, nullptr) + u'|' + formatType(0, -1, nullptr));
        QCOMPARE(r.output, QStringLiteral("???|-"));
    }

    // User types in a schema that needs quotes, read into the map the way the
    // engine reads pg_type, compared with format_type over a table's columns
    // (the (oid, typmod) pairs a pgoutput Relation message carries).
    void formatTypeUserTypes()
    {
        const QString schema = kUserSchemaSql;
        auto r = m_sandbox->sql(QStringLiteral(
            "DROP SCHEMA IF EXISTS %1 CASCADE; DROP TABLE IF EXISTS public.tst_types_cols; "
            "DROP TYPE IF EXISTS public.tst_types_mood; DROP TYPE IF EXISTS public.\"select\"; "
            "CREATE SCHEMA %1; "
            "CREATE TYPE public.tst_types_mood AS ENUM ('sad', 'ok'); "
            "CREATE TYPE public.\"select\" AS (a int); "
            "CREATE TYPE %1.\"Weird Type\" AS ENUM ('x'); "
            "CREATE DOMAIN %1.tst_domain AS varchar(10) CHECK (VALUE <> ''); "
            "CREATE DOMAIN %1.\"Ünïcode\" AS int; "
            "CREATE TABLE public.tst_types_cols (a public.tst_types_mood, b public.tst_types_mood[], "
            "c %1.\"Weird Type\", d %1.\"Weird Type\"[], e %1.tst_domain, f %1.\"Ünïcode\", "
            "g public.\"select\", h varchar(20), i character(3), j numeric(12,3), k numeric, "
            "l timestamp(3), m timestamptz, n time(2) with time zone, o interval, "
            "p interval year to month, q interval(3), r bit(8), s bit varying(5), t float8, u real, "
            "v boolean, w \"char\", x int[], y varchar(10)[], z information_schema.cardinal_number, "
            "aa interval day to second(2), ab timestamp(0) with time zone[], ac bpchar)")
                                    .arg(schema));
        QVERIFY2(r.ok, qPrintable(r.error));

        r = m_sandbox->sql(QStringLiteral(
            "SELECT t.oid, n.nspname, t.typname, CASE WHEN t.typelem <> 0 AND t.typsubscript = "
            "'array_subscript_handler'::regproc AND t.typstorage <> 'p' THEN t.typelem ELSE 0 END, "
            "t.typmodout <> 0 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.oid >= "
            "10000"));
        QVERIFY2(r.ok, qPrintable(r.error));
        TypeNameMap map;
        for (const QString &line : r.output.split(u'\n')) {
            const QStringList f = line.split(u'|');
            QCOMPARE(f.size(), 5);
            map.insert(f.at(0).toUInt(), UserType {f.at(1), f.at(2), f.at(3).toUInt(), f.at(4) == u't'});
        }

        r = m_sandbox->sql(
            QStringLiteral("SET search_path = ''; SELECT attname, atttypid, atttypmod, "
                           "format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = "
                           "'public.tst_types_cols'::regclass AND attnum > 0 ORDER BY attnum"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QStringList lines = r.output.split(u'\n');
        QCOMPARE(lines.size(), 29);
        for (const QString &line : lines) {
            const QStringList f = line.split(u'|');
            QCOMPARE(f.size(), 4);
            const QString ours = formatType(f.at(1).toUInt(), f.at(2).toInt(), &map);
            QVERIFY2(ours == f.at(3),
                qPrintable(QStringLiteral("column %1: ours %2, server %3").arg(f.at(0), ours, f.at(3))));
        }
        // Spot checks so the test states what it proves.
        QVERIFY(r.output.contains(QStringLiteral("|public.tst_types_mood[]\n")));
        QVERIFY(r.output.contains(QStringLiteral("|\"tst_types \"\"Q\"\" Schema\".\"Weird Type\"\n")));
        QVERIFY(r.output.contains(QStringLiteral("|public.\"select\"\n")));
        QVERIFY(r.output.contains(QStringLiteral("|character varying(10)[]\n")));

        r = m_sandbox->sql(
            QStringLiteral("DROP TABLE public.tst_types_cols; DROP TYPE public.tst_types_mood; "
                           "DROP TYPE public.\"select\"; DROP SCHEMA %1 CASCADE")
                .arg(schema));
        QVERIFY2(r.ok, qPrintable(r.error));
    }

    void quoteIdentifierMatchesServer_data()
    {
        QTest::addColumn<QString>("identifier");
        for (const char *word : {"plain", "with space", "Upper", "select", "int", "name", "text", "_x1",
                 "1abc", "a$b", "quote\"d", "ünï", "char", "table", "user", "authorization", "xmltable",
                 "over", "between", "verbose"})
            QTest::newRow(word) << QString::fromUtf8(word);
    }
    void quoteIdentifierMatchesServer()
    {
        QFETCH(QString, identifier);
        QString literal = identifier;
        literal.replace(u'\'', QStringLiteral("''"));
        const auto r = m_sandbox->sql(QStringLiteral("SELECT quote_ident('%1')").arg(literal));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(quoteIdentifier(identifier), r.output);
    }

    // Every key word the server would quote is quoted by us, and no other.
    void quoteIdentifierKeywords()
    {
        const auto r = m_sandbox->sql(
            QStringLiteral("SELECT word, quote_ident(word) FROM pg_get_keywords() ORDER BY word"));
        QVERIFY2(r.ok, qPrintable(r.error));
        const QStringList lines = r.output.split(u'\n');
        QVERIFY(lines.size() > 400);
        for (const QString &line : lines) {
            const QStringList f = line.split(u'|');
            QCOMPARE(quoteIdentifier(f.at(0)), f.at(1));
        }
    }

    void binaryValues_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("literal");
        QTest::addColumn<QString>("timeZone");
        const QString utc = QStringLiteral("UTC");
        const auto row = [](const char *type, const char *literal, const QString &zone) {
            // Row names stay on one line so the test log does too.
            const QString label = QString::fromUtf8(literal)
                                      .replace(u'\n', QStringLiteral("\\n"))
                                      .replace(u'\t', QStringLiteral("\\t"));
            QTest::addRow("%s %s %s", type, qPrintable(label), qPrintable(zone))
                << QString::fromLatin1(type) << QString::fromUtf8(literal) << zone;
        };
        for (const char *v : {"true", "false"})
            row("bool", v, utc);
        for (const char *v : {"0", "-32768", "32767", "-1"})
            row("int2", v, utc);
        for (const char *v : {"0", "-2147483648", "2147483647", "42"})
            row("int4", v, utc);
        for (const char *v : {"0", "-9223372036854775808", "9223372036854775807", "-12345678901"})
            row("int8", v, utc);
        for (const char *v : {"0", "4294967295", "1259"})
            row("oid", v, utc);
        for (const char *v : {"0", "-0", "1e-07", "0.1", "1.5", "-2.5e-300", "1e+15", "1e14",
                 "123456789012345.6", "0.0001", "0.00001", "NaN", "Infinity", "-Infinity",
                 "1.7976931348623157e308", "4.9e-324", "3.141592653589793", "100", "1e22", "-123.456"})
            row("float8", v, utc);
        for (const char *v : {"0", "-0", "1e-07", "0.1", "1.5", "1e+06", "123456", "999999.9", "3.4e38",
                 "1.4e-45", "NaN", "Infinity", "-Infinity", "0.0001", "-7.25"})
            row("float4", v, utc);
        for (const char *v : {"0", "0.000", "-0.000", "1", "-1", "10000", "12345.6789", "-12345.6789",
                 "0.0001", "0.00001", "-0.000012", "1e-20", "123456789012345678901234567890.123456789",
                 "-99999999999999999999.99990000", "1e100", "1e-100", "9999", "10000.0001", "NaN", "Infinity",
                 "-Infinity", "3.14159265358979323846264338327950288419716939937510"})
            row("numeric", v, utc);
        for (const char *v :
            {"", "hello", "with 'quote' and \\backslash", "Grüße, 日本語 🐘", "line\nbreak", "NULL"})
            row("text", v, utc);
        row("varchar(10)", "abc", utc);
        row("character(5)", "ab", utc);
        row("character(5)", "ünï", utc);
        row("name", "pg_catalog", utc);
        for (const char *v : {"a", "", "\\351", "\\\\", "\""})
            row("\"char\"", v, utc);
        for (const char *v : {"10110", "1", "000000001"})
            row("bit(9)", v, utc);
        for (const char *v : {"", "1010101011", "1111111111111111111"})
            row("varbit", v, utc);
        row("json", "{\"a\": [1, 2.50, \"x\"] }", utc);
        row("jsonb", "{\"b\": [1, 2.50, \"x\"], \"a\": null}", utc);
        row("jsonb", "\"ü\"", utc);
        for (const char *v : {"\\x", "\\x00ff10", "abc"})
            row("bytea", v, utc);
        row("uuid", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", utc);
        for (const char *v :
            {"2024-01-02", "2000-01-01", "1999-12-31", "0001-01-01", "0001-12-31 BC", "4714-11-24 BC",
                "0044-03-15 BC", "5874897-12-31", "10000-01-01", "infinity", "-infinity", "1582-10-10"})
            row("date", v, utc);
        for (const char *v : {"00:00", "23:59:59.999999", "24:00:00", "12:34:56.5", "01:02:03.000100"})
            row("time", v, utc);
        for (const char *v : {"00:00+00", "12:34:56.789+05:30", "23:59:59-03", "01:02:03+15:59:59",
                 "01:02:03-15:59", "10:00+00:00:01", "24:00:00-12"})
            row("timetz", v, utc);
        for (const char *v : {"2024-01-02 03:04:05.123456", "2000-01-01 00:00:00", "1999-12-31 23:59:59.5",
                 "0001-01-01 00:00:00 BC", "4714-11-24 00:00:00 BC", "294276-12-31 23:59:59.999999",
                 "infinity", "-infinity", "1900-02-28 12:00:00.000001"})
            row("timestamp", v, utc);
        for (const char *v : {"2024-01-02 03:04:05.123456+00", "2000-01-01 00:00:00+00", "infinity",
                 "-infinity", "1969-12-31 23:59:59.999999+00", "294276-12-31 23:59:59.999999+00",
                 "4714-11-24 00:00:00+00 BC", "0044-03-15 12:00:00+00 BC", "2024-07-01 12:00:00+00"})
            row("timestamptz", v, utc);
        for (const char *zone : {"Asia/Kolkata", "America/Sao_Paulo", "Asia/Kathmandu", "Europe/Amsterdam",
                 "America/New_York", "Australia/Lord_Howe", "Pacific/Chatham"}) {
            for (const char *v :
                {"2024-01-02 03:04:05.123456+00", "2024-07-01 12:00:00+00", "1900-01-01 00:00:00+00",
                    "1800-06-01 00:00:00+00", "0500-01-01 00:00:00+00 BC", "2100-07-01 00:00:00+00",
                    "294276-12-31 23:59:59.999999+00", "1970-01-01 00:00:00+00", "infinity"})
                row("timestamptz", v, QString::fromLatin1(zone));
        }
        for (const char *v :
            {"0", "1 year 2 mons 3 days 04:05:06.789", "1 year 2 mons", "-1 year -2 mons", "1 mon", "-1 days",
                "1 day -01:00:00", "-1 day +01:00:00", "-1 year +2 days", "100:00:00", "-00:00:00.000001",
                "2 days 00:00:00.5", "178000000 years", "2562047788:00:54.775807", "-2562047788:00:54.775807",
                "-2147483648 days -2147483648 mons", "2147483647 days 2147483647 mons", "1 year -1 mon",
                "3 mons -2 days +00:00:01", "13 mons", "-13 mons 1 day"})
            row("interval", v, utc);
        row("int4[]", "{}", utc);
        row("int4[]", "{1,2,NULL}", utc);
        row("int4[]", "[0:2]={7,8,9}", utc);
        row("int4[]", "{{1,2},{3,4},{5,6}}", utc);
        row("int4[]", "[-1:0][3:4]={{1,2},{3,NULL}}", utc);
        row("int4[]", "{{{1},{2}},{{3},{4}}}", utc);
        row("int8[]", "{-1,9223372036854775807}", utc);
        row("text[]",
            "{\"\",NULL,\"null\",\"NuLL\",a b,\"q\\\"uote\",\"back\\\\slash\",\"{br}\",\"c,d\",x,ü}", utc);
        row("text[]", "{\"tab\there\",\"new\nline\",\" lead\"}", utc);
        row("varchar[]", "{abc,\"x y\"}", utc);
        row("bpchar[]", "{a,bc}", utc);
        row("character(3)[]", "{a,bc}", utc);
        row("name[]", "{a,b}", utc);
        row("bool[]", "{t,f,NULL}", utc);
        row("int2[]", "{1,-1}", utc);
        row("\"char\"[]", "{a,\\\\351,\"\\\\\\\\\"}", utc);
        row("bit(3)[]", "{101,010}", utc);
        row("varbit[]", "{1,\"\",0101}", utc);
        row("oid[]", "{1,2}", utc);
        row("float4[]", "{1.5,NaN,-Infinity,-0}", utc);
        row("float8[]", "{1e-07,0.1,Infinity}", utc);
        row("numeric[]", "{1.50,-0.001,NaN,NULL}", utc);
        row("bytea[]", "{\"\\\\x0102\",NULL}", utc);
        row("uuid[]", "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}", utc);
        row("date[]", "{2024-01-02,0044-03-15 BC,infinity}", utc);
        row("time[]", "{12:00,24:00}", utc);
        row("timetz[]", "{12:00+05:30}", utc);
        row("timestamp[]", "{\"2024-01-02 03:04:05\",-infinity}", utc);
        row("timestamptz[]", "{\"2024-01-02 03:04:05+00\",\"2024-07-01 00:00+00\"}",
            QStringLiteral("Asia/Kolkata"));
        row("interval[]", "{\"1 year 2 mons\",\"-1 days\",00:00:01}", utc);
        row("json[]", "{\"{\\\"a\\\": 1}\",\"[]\"}", utc);
        row("jsonb[]", "{\"{\\\"a\\\": 1}\",\"null\"}", utc);
    }
    void binaryValues()
    {
        QFETCH(QString, type);
        QFETCH(QString, literal);
        QFETCH(QString, timeZone);
        // An E'' string so that newlines, tabs and backslashes in the table survive.
        QString escaped = literal;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'\'', QStringLiteral("''"))
            .replace(u'\n', QStringLiteral("\\n"))
            .replace(u'\t', QStringLiteral("\\t"));
        const QString value = QStringLiteral("E'%1'::%2").arg(escaped, type);
        const QString settings = kSessionSettings + QStringLiteral("SET timezone = '%1'; ").arg(timeZone);
        // format('%s') runs the type's output function, as pgoutput's text mode does; v::text would
        // differ for bool ('true' rather than 't') and bpchar (trailing blanks stripped).
        const auto r = m_sandbox->sql(settings
            + QStringLiteral("SELECT oid, typsend::text FROM pg_type WHERE oid = '%1'::regtype; ").arg(type)
            + QStringLiteral("SELECT 'hex:' || encode(convert_to(format('%s', %1), 'UTF8'), 'hex')")
                  .arg(value));
        QVERIFY2(r.ok, qPrintable(r.error));
        const qsizetype firstLine = r.output.indexOf(u'\n');
        QVERIFY(firstLine > 0);
        const QStringList typeRow = r.output.left(firstLine).split(u'|');
        QCOMPARE(typeRow.size(), 2);
        const quint32 oid = typeRow.at(0).toUInt();
        const QString sendFunction = typeRow.at(1);
        const QString hex = r.output.mid(firstLine + 1);
        QVERIFY(hex.startsWith(QStringLiteral("hex:")));
        const QString expected = QString::fromUtf8(QByteArray::fromHex(hex.mid(4).toLatin1()));

        const auto send = m_sandbox->sql(
            settings + QStringLiteral("SELECT encode(%1(%2), 'hex')").arg(sendFunction, value));
        QVERIFY2(send.ok, qPrintable(send.error));
        const QByteArray bytes = QByteArray::fromHex(send.output.toLatin1());

        QString error;
        const auto zone = timeZoneFromName(timeZone, &error);
        QVERIFY2(zone, qPrintable(error));
        QVERIFY2(hasBinaryRenderer(oid), qPrintable(type));
        const auto text = binaryToText(oid, bytes, *zone, &error);
        QVERIFY2(text.has_value(), qPrintable(error));
        QCOMPARE(*text, expected);
    }

    // A type without a renderer is refused with its name, as the UI shows.
    void unsupportedTypeNamed()
    {
        const auto r = m_sandbox->sql(QStringLiteral("SELECT encode(inet_send('10.0.0.1'::inet), 'hex')"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QString error;
        QVERIFY(!binaryToText(869, QByteArray::fromHex(r.output.toLatin1()), &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("inet")), qPrintable(error));
    }

private:
    std::optional<Sandbox> m_sandbox;
};

QTEST_GUILESS_MAIN(TestTypesServer)
#include "tst_types_server.moc"
