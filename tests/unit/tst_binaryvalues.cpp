// binaryToText over hand-built send-format bytes: the rendering rules, and
// refusal (never a crash or overread) of truncated and hostile input. The
// live comparison with the server's output is tst_types_server (ranges:
// tst_binaryusertypes).
#include "BinaryValueChecks.h"
#include "SendBytes.h"
#include "types/BinaryValues.h"
#include "types/TypeOids.h"

#include <QtTest>

#include <bit>
#include <limits>

using namespace pgrepl;
using namespace pgrepl::test;

namespace {

// binaryToText as the built-in types need it: no type map.
std::optional<QString> render(quint32 oid, const QByteArray &bytes, QString *error)
{
    return binaryToText(oid, bytes, error);
}

QByteArray f8(double v)
{
    return SendBytes().be<quint64>(std::bit_cast<quint64>(v));
}

QByteArray f4(float v)
{
    return SendBytes().be<quint32>(std::bit_cast<quint32>(v));
}

QByteArray text(const char *utf8)
{
    return QByteArray(utf8);
}

constexpr qint64 kSecond = Q_INT64_C(1000000);
constexpr qint64 kHour = 3600 * kSecond;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kInt64Min = std::numeric_limits<qint64>::min();
constexpr qint64 kInt64Max = std::numeric_limits<qint64>::max();
constexpr qint32 kInt32Min = std::numeric_limits<qint32>::min();
constexpr qint32 kInt32Max = std::numeric_limits<qint32>::max();

QByteArray interval(qint64 usecs, qint32 days, qint32 months)
{
    return SendBytes().i64(usecs).i32(days).i32(months);
}

// An int4range [lower,upper).
QByteArray int4Range(qint32 lower, qint32 upper)
{
    return range(kLowerInc).element(i32(lower)).element(i32(upper));
}

// A date as days since 2000-01-01.
QByteArray date(qint32 days)
{
    return i32(days);
}

constexpr qint32 k2024Jan02 = 8767; // days since 2000-01-01

} // namespace

class TestBinaryValues : public QObject
{
    Q_OBJECT

private slots:
    void renders_data()
    {
        addValueColumns("expected");
        const auto row = &addValueRow;
        row("bool true", TypeOid::Bool, SendBytes().u8(1), "t");
        row("bool false", TypeOid::Bool, SendBytes().u8(0), "f");
        row("bool any non-zero", TypeOid::Bool, SendBytes().u8(7), "t");
        row("char", TypeOid::Char, SendBytes().u8('a'), "a");
        row("char NUL", TypeOid::Char, SendBytes().u8(0), "");
        row("char high bit", TypeOid::Char, SendBytes().u8(0xe9), "\\351");
        row("bit", TypeOid::Bit, SendBytes().i32(5).u8(0xb0), "10110");
        row("bit padding ignored", TypeOid::Bit, SendBytes().i32(3).u8(0xbf), "101");
        row("varbit empty", TypeOid::Varbit, SendBytes().i32(0), "");
        row("varbit two bytes", TypeOid::Varbit, SendBytes().i32(10).u8(0xaa).u8(0xc0), "1010101011");
        row("char[]", TypeOid::CharArray, array1(TypeOid::Char, 2).element("a").element("\xe9"),
            "{a,\"\\\\351\"}");
        row("int2 min", TypeOid::Int2, SendBytes().i16(-32768), "-32768");
        row("int4", TypeOid::Int4, i32(123456), "123456");
        row("int4 min", TypeOid::Int4, i32(kInt32Min), "-2147483648");
        row("int8 min", TypeOid::Int8, SendBytes().i64(kInt64Min), "-9223372036854775808");
        row("oid max", TypeOid::Oid, SendBytes().u32(4294967295u), "4294967295");

        row("float8 0", TypeOid::Float8, f8(0.0), "0");
        row("float8 -0", TypeOid::Float8, f8(-0.0), "-0");
        row("float8 1e-07", TypeOid::Float8, f8(1e-07), "1e-07");
        row("float8 0.1", TypeOid::Float8, f8(0.1), "0.1");
        row("float8 0.0001", TypeOid::Float8, f8(0.0001), "0.0001");
        row("float8 1e-05", TypeOid::Float8, f8(0.00001), "1e-05");
        row("float8 1e14", TypeOid::Float8, f8(1e14), "100000000000000");
        row("float8 1e15", TypeOid::Float8, f8(1e15), "1e+15");
        row("float8 -123.456", TypeOid::Float8, f8(-123.456), "-123.456");
        row("float8 max", TypeOid::Float8, f8(std::numeric_limits<double>::max()), "1.7976931348623157e+308");
        row("float8 denormal", TypeOid::Float8, f8(std::numeric_limits<double>::denorm_min()), "5e-324");
        row("float8 NaN", TypeOid::Float8, f8(std::numeric_limits<double>::quiet_NaN()), "NaN");
        row("float8 Infinity", TypeOid::Float8, f8(std::numeric_limits<double>::infinity()), "Infinity");
        row("float8 -Infinity", TypeOid::Float8, f8(-std::numeric_limits<double>::infinity()), "-Infinity");
        row("float4 0.1", TypeOid::Float4, f4(0.1f), "0.1");
        row("float4 123456", TypeOid::Float4, f4(123456.0f), "123456");
        row("float4 1e6", TypeOid::Float4, f4(1e6f), "1e+06");
        row("float4 -0", TypeOid::Float4, f4(-0.0f), "-0");
        row("float4 3.4e38", TypeOid::Float4, f4(3.4e38f), "3.4e+38");
        row("float4 NaN", TypeOid::Float4, f4(std::numeric_limits<float>::quiet_NaN()), "NaN");

        row("numeric 0", TypeOid::Numeric, numeric(0, kNumericPos, 0, {}), "0");
        row("numeric 0.000", TypeOid::Numeric, numeric(0, kNumericPos, 3, {}), "0.000");
        row("numeric 12345.6789", TypeOid::Numeric, numeric(1, kNumericPos, 4, {1, 2345, 6789}),
            "12345.6789");
        row("numeric -12345.6789", TypeOid::Numeric, numeric(1, kNumericNeg, 4, {1, 2345, 6789}),
            "-12345.6789");
        row("numeric 10000", TypeOid::Numeric, numeric(1, kNumericPos, 0, {1}), "10000");
        row("numeric 0.00001", TypeOid::Numeric, numeric(-2, kNumericPos, 5, {1000}), "0.00001");
        row("numeric -0.000012", TypeOid::Numeric, numeric(-2, kNumericNeg, 6, {1200}), "-0.000012");
        row("numeric 1.50", TypeOid::Numeric, numeric(0, kNumericPos, 2, {1, 5000}), "1.50");
        row("numeric 1e20", TypeOid::Numeric, numeric(5, kNumericPos, 0, {1}), "100000000000000000000");
        row("numeric digits below dscale dropped", TypeOid::Numeric, numeric(0, kNumericPos, 2, {1, 2345}),
            "1.23");
        row("numeric negative zero after truncation", TypeOid::Numeric, numeric(-1, kNumericNeg, 2, {1}),
            "0.00");
        row("numeric leading zero digit", TypeOid::Numeric, numeric(1, kNumericPos, 0, {0, 5}), "5");
        row("numeric all zero digits negative", TypeOid::Numeric, numeric(1, kNumericNeg, 1, {0, 0}), "0.0");
        // The server's receive function stores a zero with weight 0, whatever weight was sent.
        row("numeric zero with a weight", TypeOid::Numeric, numeric(5, kNumericPos, 0, {}), "0");
        row("numeric zero digits with a weight", TypeOid::Numeric, numeric(5, kNumericNeg, 2, {0, 0}),
            "0.00");
        row("numeric zero with the largest weight", TypeOid::Numeric, numeric(32767, kNumericPos, 1, {0}),
            "0.0");
        row("numeric NaN", TypeOid::Numeric, numeric(0, kNumericNaN, 0, {}), "NaN");
        row("numeric Infinity", TypeOid::Numeric, numeric(0, kNumericPinf, 0, {}), "Infinity");
        row("numeric -Infinity", TypeOid::Numeric, numeric(0, kNumericNinf, 0, {}), "-Infinity");

        row("text", TypeOid::Text, text("Grüße 🐘"), "Grüße 🐘");
        row("text empty", TypeOid::Text, QByteArray(), "");
        row("varchar", TypeOid::Varchar, text("abc"), "abc");
        row("bpchar keeps blanks", TypeOid::Bpchar, text("ab   "), "ab   ");
        row("name", TypeOid::Name, text("pg_class"), "pg_class");
        row("json", TypeOid::Json, text("{\"a\": 1}"), "{\"a\": 1}");
        row("jsonb", TypeOid::Jsonb, SendBytes().u8(1).raw("{\"a\": 1}"), "{\"a\": 1}");
        row("bytea", TypeOid::Bytea, QByteArray::fromHex("00ff10"), "\\x00ff10");
        row("bytea empty", TypeOid::Bytea, QByteArray(), "\\x");
        row("uuid", TypeOid::Uuid, QByteArray::fromHex("a0eebc999c0b4ef8bb6d6bb9bd380a11"),
            "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");

        row("date epoch", TypeOid::Date, i32(0), "2000-01-01");
        row("date 2024-01-02", TypeOid::Date, i32(8767), "2024-01-02");
        row("date 1 BC", TypeOid::Date, i32(-730119 - 366), "0001-01-01 BC");
        row("date first", TypeOid::Date, i32(-2451545), "4714-11-24 BC");
        row("date infinity", TypeOid::Date, i32(kInt32Max), "infinity");
        row("date -infinity", TypeOid::Date, i32(kInt32Min), "-infinity");
        row("date five digits", TypeOid::Date, i32(2921940), "10000-01-01");

        row("time midnight", TypeOid::Time, SendBytes().i64(0), "00:00:00");
        row("time 24:00", TypeOid::Time, SendBytes().i64(kDay), "24:00:00");
        row("time fraction", TypeOid::Time, SendBytes().i64(12 * kHour + 500000), "12:00:00.5");
        row("time micro", TypeOid::Time, SendBytes().i64(1), "00:00:00.000001");
        row("timetz +05:30", TypeOid::Timetz, SendBytes().i64(kHour).i32(-19800), "01:00:00+05:30");
        row("timetz -03", TypeOid::Timetz, SendBytes().i64(kHour).i32(10800), "01:00:00-03");
        row("timetz seconds", TypeOid::Timetz, SendBytes().i64(0).i32(-57599), "00:00:00+15:59:59");
        row("timetz +00", TypeOid::Timetz, SendBytes().i64(0).i32(0), "00:00:00+00");

        row("timestamp epoch", TypeOid::Timestamp, SendBytes().i64(0), "2000-01-01 00:00:00");
        row("timestamp before epoch", TypeOid::Timestamp, SendBytes().i64(-1), "1999-12-31 23:59:59.999999");
        row("timestamp 2024", TypeOid::Timestamp, SendBytes().i64(8767 * kDay + 3 * kHour + 245123456),
            "2024-01-02 03:04:05.123456");
        row("timestamp BC", TypeOid::Timestamp, SendBytes().i64((-730119 - 366) * kDay),
            "0001-01-01 00:00:00 BC");
        row("timestamp infinity", TypeOid::Timestamp, SendBytes().i64(kInt64Max), "infinity");
        row("timestamp -infinity", TypeOid::Timestamp, SendBytes().i64(kInt64Min), "-infinity");
        row("timestamptz UTC", TypeOid::Timestamptz, SendBytes().i64(8767 * kDay + 3 * kHour + 245123456),
            "2024-01-02 03:04:05.123456+00");
        row("timestamptz BC", TypeOid::Timestamptz, SendBytes().i64((-730119 - 366) * kDay),
            "0001-01-01 00:00:00+00 BC");
        row("timestamptz infinity", TypeOid::Timestamptz, SendBytes().i64(kInt64Max), "infinity");

        row("interval zero", TypeOid::Interval, interval(0, 0, 0), "00:00:00");
        row("interval full", TypeOid::Interval, interval(4 * kHour + 306789000, 3, 14),
            "1 year 2 mons 3 days 04:05:06.789");
        row("interval one of each", TypeOid::Interval, interval(0, 1, 13), "1 year 1 mon 1 day");
        row("interval negatives", TypeOid::Interval, interval(0, 0, -14), "-1 years -2 mons");
        row("interval plus after minus", TypeOid::Interval, interval(kHour, -1, 0), "-1 days +01:00:00");
        row("interval minus clock", TypeOid::Interval, interval(-kHour, 1, 0), "1 day -01:00:00");
        row("interval plus day", TypeOid::Interval, interval(0, 2, -12), "-1 years +2 days");
        row("interval long hours", TypeOid::Interval, interval(100 * kHour, 0, 0), "100:00:00");
        row("interval tiny negative", TypeOid::Interval, interval(-1, 0, 0), "-00:00:00.000001");
        row("interval min time", TypeOid::Interval, interval(kInt64Min, 0, 0), "-2562047788:00:54.775808");
        row("interval extremes", TypeOid::Interval, interval(0, kInt32Min, kInt32Min),
            "-178956970 years -8 mons -2147483648 days");

        row("int4[] empty", TypeOid::Int4Array, SendBytes().i32(0).i32(0).u32(TypeOid::Int4), "{}");
        row("int4[] with null", TypeOid::Int4Array,
            array1(TypeOid::Int4, 3, 1, 1).element(i32(1)).element(i32(2)).null(), "{1,2,NULL}");
        row("int4[] zero size", TypeOid::Int4Array, array1(TypeOid::Int4, 0), "{}");
        row("int4[] lower bound", TypeOid::Int4Array,
            array1(TypeOid::Int4, 2, 0).element(i32(7)).element(i32(8)), "[0:1]={7,8}");
        row("int4[][]", TypeOid::Int4Array,
            SendBytes()
                .i32(2)
                .i32(0)
                .u32(TypeOid::Int4)
                .i32(2)
                .i32(1)
                .i32(2)
                .i32(1)
                .element(i32(1))
                .element(i32(2))
                .element(i32(3))
                .element(i32(4)),
            "{{1,2},{3,4}}");
        row("int4[][][] bounds", TypeOid::Int4Array,
            SendBytes()
                .i32(3)
                .i32(0)
                .u32(TypeOid::Int4)
                .i32(2)
                .i32(1)
                .i32(1)
                .i32(-3)
                .i32(1)
                .i32(1)
                .element(i32(1))
                .element(i32(2)),
            "[1:2][-3:-3][1:1]={{{1}},{{2}}}");
        row("text[] quoting", TypeOid::TextArray,
            array1(TypeOid::Text, 9, 1, 1)
                .element("")
                .element("NuLl")
                .element("a b")
                .element("q\"uote")
                .element("back\\slash")
                .element("{br}")
                .element("c,d")
                .element("ü")
                .null(),
            "{\"\",\"NuLl\",\"a b\",\"q\\\"uote\",\"back\\\\slash\",\"{br}\",\"c,d\",ü,NULL}");
        row("text[] white space", TypeOid::TextArray,
            array1(TypeOid::Text, 3).element("t\tab").element("n\nl").element("v\vf\f"),
            "{\"t\tab\",\"n\nl\",\"v\vf\f\"}");
        row("text[] not quoted", TypeOid::TextArray, array1(TypeOid::Text, 2).element("NULLS").element("x-y"),
            "{NULLS,x-y}");
        row("bytea[]", TypeOid::ByteaArray, array1(TypeOid::Bytea, 1).element(QByteArray::fromHex("0102")),
            "{\"\\\\x0102\"}");
        row("timestamp[]", TypeOid::TimestampArray,
            array1(TypeOid::Timestamp, 2).element(SendBytes().i64(0)).element(SendBytes().i64(kInt64Min)),
            "{\"2000-01-01 00:00:00\",-infinity}");
        row("numeric[]", TypeOid::NumericArray,
            array1(TypeOid::Numeric, 2)
                .element(numeric(0, kNumericPos, 2, {1, 5000}))
                .element(numeric(0, kNumericNaN, 0, {})),
            "{1.50,NaN}");
        row("interval[]", TypeOid::IntervalArray, array1(TypeOid::Interval, 1).element(interval(0, 0, 14)),
            "{\"1 year 2 mons\"}");
        row("jsonb[]", TypeOid::JsonbArray,
            array1(TypeOid::Jsonb, 1).element(SendBytes().u8(1).raw("{\"a\": 1}")), "{\"{\\\"a\\\": 1}\"}");
    }
    void renders()
    {
        QFETCH(quint32, oid);
        QVERIFY(hasBinaryRenderer(oid));
        checkRendersRow(render);
    }

    // range_out's text: brackets from the flags, bounds by the subtype's
    // output, quoted when they hold range syntax or white space; and
    // multirange_out's braces around the ranges.
    void ranges_data()
    {
        addValueColumns("expected");
        const auto row = &addValueRow;
        row("int4range [)", TypeOid::Int4Range, int4Range(1, 5), "[1,5)");
        row("int4range empty", TypeOid::Int4Range, range(kEmpty), "empty");
        row("int4range no lower", TypeOid::Int4Range, range(kLowerInf).element(i32(5)), "(,5)");
        row("int4range no upper", TypeOid::Int4Range, range(kLowerInc | kUpperInf).element(i32(-3)), "[-3,)");
        row("int4range unbounded", TypeOid::Int4Range, range(kLowerInf | kUpperInf), "(,)");
        row("int4range exclusive", TypeOid::Int4Range, range(0).element(i32(1)).element(i32(2)), "(1,2)");
        row("int4range inclusive", TypeOid::Int4Range,
            range(kLowerInc | kUpperInc).element(i32(1)).element(i32(2)), "[1,2]");
        row("int8range", TypeOid::Int8Range,
            range(kLowerInc).element(SendBytes().i64(kInt64Min)).element(SendBytes().i64(0)),
            "[-9223372036854775808,0)");
        row("numrange", TypeOid::NumRange,
            range(kLowerInc | kUpperInc)
                .element(numeric(0, kNumericPos, 1, {1, 5000}))
                .element(numeric(0, kNumericPos, 0, {2})),
            "[1.5,2]");
        row("numrange negative", TypeOid::NumRange,
            range(kUpperInc)
                .element(numeric(0, kNumericNeg, 2, {1, 2500}))
                .element(numeric(0, kNumericPos, 0, {})),
            "(-1.25,0]");
        row("numrange NaN bound", TypeOid::NumRange,
            range(kLowerInc | kUpperInc)
                .element(numeric(0, kNumericPos, 0, {1}))
                .element(numeric(0, kNumericNaN, 0, {})),
            "[1,NaN]");
        row("daterange", TypeOid::DateRange,
            range(kLowerInc).element(date(k2024Jan02)).element(date(k2024Jan02 + 30)),
            "[2024-01-02,2024-02-01)");
        // An infinity value is a bound like any other, unlike an infinite (absent) bound.
        row("daterange infinity value", TypeOid::DateRange,
            range(kLowerInc).element(date(k2024Jan02)).element(date(kInt32Max)), "[2024-01-02,infinity)");
        row("daterange BC", TypeOid::DateRange, range(kLowerInc | kUpperInf).element(date(-730120)),
            "[\"0001-12-31 BC\",)");
        row("tsrange quoted", TypeOid::TsRange,
            range(kLowerInc).element(SendBytes().i64(0)).element(SendBytes().i64(kDay + kSecond / 2)),
            "[\"2000-01-01 00:00:00\",\"2000-01-02 00:00:00.5\")");
        row("tsrange -infinity value", TypeOid::TsRange,
            range(kLowerInc | kUpperInc)
                .element(SendBytes().i64(kInt64Min))
                .element(SendBytes().i64(kInt64Max)),
            "[-infinity,infinity]");
        row("tstzrange", TypeOid::TstzRange, range(kLowerInc | kUpperInf).element(SendBytes().i64(kHour)),
            "[\"2000-01-01 01:00:00+00\",)");
        row("int4multirange", TypeOid::Int4Multirange,
            SendBytes().i32(2).element(int4Range(1, 3)).element(int4Range(5, 7)), "{[1,3),[5,7)}");
        row("int4multirange empty", TypeOid::Int4Multirange, SendBytes().i32(0), "{}");
        row("int4multirange unbounded", TypeOid::Int4Multirange,
            SendBytes().i32(1).element(range(kLowerInf | kUpperInf)), "{(,)}");
        row("int8multirange", TypeOid::Int8Multirange,
            SendBytes()
                .i32(2)
                .element(range(kLowerInf).element(SendBytes().i64(0)))
                .element(range(kLowerInc | kUpperInf).element(SendBytes().i64(10))),
            "{(,0),[10,)}");
        row("nummultirange", TypeOid::NumMultirange,
            SendBytes().i32(1).element(range(kLowerInc)
                                           .element(numeric(0, kNumericPos, 1, {1, 5000}))
                                           .element(numeric(0, kNumericPos, 1, {2, 5000}))),
            "{[1.5,2.5)}");
        row("datemultirange", TypeOid::DateMultirange,
            SendBytes().i32(1).element(
                range(kLowerInc).element(date(k2024Jan02)).element(date(k2024Jan02 + 1))),
            "{[2024-01-02,2024-01-03)}");
        row("tsmultirange", TypeOid::TsMultirange,
            SendBytes().i32(1).element(range(kLowerInc | kUpperInf).element(SendBytes().i64(0))),
            "{[\"2000-01-01 00:00:00\",)}");
        row("tstzmultirange", TypeOid::TstzMultirange,
            SendBytes().i32(1).element(range(kLowerInf).element(SendBytes().i64(0))),
            "{(,\"2000-01-01 00:00:00+00\")}");
        // Arrays quote a range's text by array_out's rules: empty is bare, brackets and commas quote.
        row("int4range[]", TypeOid::Int4RangeArray,
            array1(TypeOid::Int4Range, 3).element(int4Range(1, 5)).element(range(kEmpty)).null(),
            "{\"[1,5)\",empty,NULL}");
        row("tsrange[]", TypeOid::TsRangeArray,
            array1(TypeOid::TsRange, 1).element(range(kLowerInc | kUpperInf).element(SendBytes().i64(0))),
            "{\"[\\\"2000-01-01 00:00:00\\\",)\"}");
        row("int4multirange[]", TypeOid::Int4MultirangeArray,
            array1(TypeOid::Int4Multirange, 2)
                .element(SendBytes().i32(1).element(int4Range(1, 3)))
                .element(SendBytes().i32(0)),
            "{\"{[1,3)}\",\"{}\"}");
    }
    void ranges()
    {
        QFETCH(quint32, oid);
        QVERIFY(hasBinaryRenderer(oid));
        checkRendersRow(render);
    }

    // A tstzrange's bounds follow the time zone as timestamptz does.
    void tstzrangeInZone()
    {
        QString error;
        const auto zone = timeZoneFromName(QStringLiteral("Asia/Kolkata"), &error);
        QVERIFY2(zone, qPrintable(error));
        const QByteArray bytes = SendBytes().i32(1).element(
            range(kLowerInc).element(SendBytes().i64(0)).element(SendBytes().i64(kDay)));
        const auto out = binaryToText(TypeOid::TstzMultirange, bytes, *zone, &error);
        QVERIFY2(out.has_value(), qPrintable(error));
        QCOMPARE(*out, QStringLiteral("{[\"2000-01-01 05:30:00+05:30\",\"2000-01-02 05:30:00+05:30\")}"));
    }

    // The built-in ranges and multiranges render with no type map; their
    // OIDs and subtypes are PostgreSQL's (tst_binaryusertypes checks them
    // against pg_range).
    void builtinRangeTypes_data()
    {
        QTest::addColumn<quint32>("rangeOid");
        QTest::addColumn<quint32>("subtype");
        QTest::addColumn<quint32>("multirange");
        QTest::addColumn<quint32>("rangeArray");
        QTest::addColumn<quint32>("multirangeArray");
        QTest::newRow("int4") << TypeOid::Int4Range << TypeOid::Int4 << TypeOid::Int4Multirange
                              << TypeOid::Int4RangeArray << TypeOid::Int4MultirangeArray;
        QTest::newRow("int8") << TypeOid::Int8Range << TypeOid::Int8 << TypeOid::Int8Multirange
                              << TypeOid::Int8RangeArray << TypeOid::Int8MultirangeArray;
        QTest::newRow("num") << TypeOid::NumRange << TypeOid::Numeric << TypeOid::NumMultirange
                             << TypeOid::NumRangeArray << TypeOid::NumMultirangeArray;
        QTest::newRow("date") << TypeOid::DateRange << TypeOid::Date << TypeOid::DateMultirange
                              << TypeOid::DateRangeArray << TypeOid::DateMultirangeArray;
        QTest::newRow("ts") << TypeOid::TsRange << TypeOid::Timestamp << TypeOid::TsMultirange
                            << TypeOid::TsRangeArray << TypeOid::TsMultirangeArray;
        QTest::newRow("tstz") << TypeOid::TstzRange << TypeOid::Timestamptz << TypeOid::TstzMultirange
                              << TypeOid::TstzRangeArray << TypeOid::TstzMultirangeArray;
    }
    void builtinRangeTypes()
    {
        QFETCH(quint32, rangeOid);
        QFETCH(quint32, subtype);
        QFETCH(quint32, multirange);
        QFETCH(quint32, rangeArray);
        QFETCH(quint32, multirangeArray);
        QCOMPARE(TypeOid::builtinRangeSubtype(rangeOid), subtype);
        QCOMPARE(TypeOid::builtinMultirangeRange(multirange), rangeOid);
        QCOMPARE(TypeOid::builtinRangeSubtype(subtype), 0u);
        QCOMPARE(TypeOid::builtinMultirangeRange(rangeOid), 0u);
        QCOMPARE(builtinArrayElement(rangeArray), rangeOid);
        QCOMPARE(builtinArrayElement(multirangeArray), multirange);
        for (const quint32 oid : {rangeOid, multirange, rangeArray, multirangeArray})
            QVERIFY2(hasBinaryRenderer(oid), qPrintable(QString::number(oid)));
        QString error;
        QCOMPARE(binaryToText(rangeOid, QByteArray(range(kEmpty)), &error), QStringLiteral("empty"));
        QCOMPARE(binaryToText(multirange, i32(0), &error), QStringLiteral("{}"));
        // anyrange and anymultirange are pseudo-types: nothing is sent in them.
        QVERIFY(!hasBinaryRenderer(3831));
        QVERIFY(!hasBinaryRenderer(4537));
    }

    // SendBytes range_send would never write: an error naming the field and the
    // byte offset in the whole value.
    void rangeRejects_data()
    {
        addValueColumns("error");
        const auto row = &addValueRow;
        row("no flags", TypeOid::Int4Range, QByteArray(),
            "int4range (3904): range flags: needs 1 bytes, 0 left at byte 0");
        row("null-bound flag", TypeOid::Int4Range, range(0x20),
            "int4range (3904): range flags: unknown flag bits 0x20 in 0x20 at byte 0");
        row("contain-empty flag", TypeOid::Int4Range, range(0x80 | kLowerInf | kUpperInf),
            "range flags: unknown flag bits 0x80 in 0x98 at byte 0");
        row("empty with bound flags", TypeOid::Int4Range, range(kEmpty | kLowerInc),
            "range flags: empty range with bound flags 0x03 at byte 0");
        row("empty with bounds", TypeOid::Int4Range, range(kEmpty).element(i32(1)).element(i32(2)),
            "value: 16 bytes left over after the value at byte 1");
        row("infinite lower inclusive", TypeOid::Int4Range, range(kLowerInf | kLowerInc).element(i32(1)),
            "range flags: infinite lower bound marked inclusive (0x0a) at byte 0");
        row("infinite upper inclusive", TypeOid::Int4Range, range(kUpperInf | kUpperInc).element(i32(1)),
            "range flags: infinite upper bound marked inclusive (0x14) at byte 0");
        row("lower length negative", TypeOid::Int4Range, range(kLowerInc).i32(-1),
            "range lower bound length: invalid length -1 at byte 1");
        row("lower length huge", TypeOid::Int4Range, range(kLowerInc).i32(kInt32Max).raw(i32(1)),
            "range lower bound: needs 2147483647 bytes, 4 left at byte 5");
        row("lower bound short", TypeOid::Int4Range, range(kLowerInc).element("abc").element(i32(5)),
            "lower bound, int4: needs 4 bytes, 3 left at byte 5");
        row("upper bound long", TypeOid::Int4Range,
            range(kLowerInc).element(i32(1)).element(SendBytes().i32(5).u8(0)),
            "upper bound, value: 1 bytes left over after the value at byte 17");
        row("upper bound missing", TypeOid::Int4Range, range(kLowerInc).element(i32(1)),
            "range upper bound length: needs 4 bytes, 0 left at byte 9");
        row("upper length negative", TypeOid::Int4Range, range(kLowerInf).i32(-7),
            "range upper bound length: invalid length -7 at byte 1");
        row("trailing byte", TypeOid::Int4Range, range(kLowerInf | kUpperInf).u8(0),
            "value: 1 bytes left over after the value at byte 1");
        row("bad subtype value", TypeOid::NumRange,
            range(kLowerInf).element(numeric(0, kNumericPos, 0, {10000})),
            "upper bound, numeric digit: digit 10000 is outside 0..9999 at byte 13");
        row("multirange no count", TypeOid::Int4Multirange, QByteArray(3, '\0'),
            "int4multirange (4451): multirange range count: needs 4 bytes, 3 left at byte 0");
        row("multirange negative count", TypeOid::Int4Multirange, i32(-1),
            "multirange range count: negative range count -1 at byte 0");
        row("multirange count too big", TypeOid::Int4Multirange,
            SendBytes().i32(1000).element(int4Range(1, 2)),
            "multirange ranges: 1000 ranges cannot fit in 21 bytes at byte 4");
        row("multirange length negative", TypeOid::Int4Multirange, SendBytes().i32(1).i32(-1).u8(0),
            "multirange range length: invalid length -1 at byte 4");
        row("multirange length huge", TypeOid::Int4Multirange, SendBytes().i32(1).i32(kInt32Max).u8(0x18),
            "multirange range: needs 2147483647 bytes, 1 left at byte 8");
        row("multirange empty range", TypeOid::Int4Multirange, SendBytes().i32(1).element(range(kEmpty)),
            "multirange range: empty range, which a multirange never holds at byte 8");
        row("multirange bad second range", TypeOid::Int4Multirange,
            SendBytes().i32(2).element(int4Range(1, 2)).element(range(0x40)),
            "range 2, range flags: unknown flag bits 0x40 in 0x40 at byte 29");
        row("multirange bad bound", TypeOid::Int4Multirange,
            SendBytes().i32(1).element(range(kLowerInc).element("abc").element(i32(1))),
            "range 1, lower bound, int4: needs 4 bytes, 3 left at byte 13");
        row("multirange fewer ranges", TypeOid::Int4Multirange,
            SendBytes().i32(2).element(int4Range(1, 2)).u8(0x18),
            "multirange range length: needs 4 bytes, 1 left at byte 25");
        row("multirange trailing bytes", TypeOid::Int4Multirange, SendBytes().i32(0).u8(0),
            "value: 1 bytes left over after the value at byte 4");
        row("array of ranges bad element", TypeOid::Int4RangeArray,
            array1(TypeOid::Int4Range, 1).element(range(kEmpty | kUpperInf)),
            "element 1, range flags: empty range with bound flags 0x11 at byte 24");
    }
    void rangeRejects() { checkRefusesRow(render); }

    void timestamptzInZones_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<qint64>("value");
        QTest::addColumn<QString>("expected");
        const qint64 jan2024 = 8767 * kDay + 3 * kHour;
        QTest::newRow("Kolkata") << QStringLiteral("Asia/Kolkata") << jan2024
                                 << QStringLiteral("2024-01-02 08:30:00+05:30");
        QTest::newRow("Sao Paulo") << QStringLiteral("America/Sao_Paulo") << jan2024
                                   << QStringLiteral("2024-01-02 00:00:00-03");
        QTest::newRow("Kathmandu") << QStringLiteral("Asia/Kathmandu") << jan2024
                                   << QStringLiteral("2024-01-02 08:45:00+05:45");
        QTest::newRow("New York summer") << QStringLiteral("America/New_York") << jan2024 + 182 * kDay
                                         << QStringLiteral("2024-07-01 23:00:00-04");
        QTest::newRow("last instant") << QStringLiteral("Asia/Kolkata") << Q_INT64_C(9223371331199999999)
                                      << QStringLiteral("294277-01-01 05:29:59.999999+05:30");
        QTest::newRow("first instant") << QStringLiteral("UTC") << Q_INT64_C(-211813488000000000)
                                       << QStringLiteral("4714-11-24 00:00:00+00 BC");
        QTest::newRow("just before 2000")
            << QStringLiteral("UTC") << qint64(-1) << QStringLiteral("1999-12-31 23:59:59.999999+00");
        QTest::newRow("UTC") << QStringLiteral("UTC") << qint64(0)
                             << QStringLiteral("2000-01-01 00:00:00+00");
    }
    void timestamptzInZones()
    {
        QFETCH(QString, zone);
        QFETCH(qint64, value);
        QFETCH(QString, expected);
        QString error;
        const auto tz = timeZoneFromName(zone, &error);
        QVERIFY2(tz, qPrintable(error));
        const auto out = binaryToText(TypeOid::Timestamptz, QByteArray(SendBytes().i64(value)), *tz, &error);
        QVERIFY2(out.has_value(), qPrintable(error));
        QCOMPARE(*out, expected);
    }

    void rejects_data()
    {
        addValueColumns("error");
        const auto row = &addValueRow;
        row("bool empty", TypeOid::Bool, QByteArray(), "bool: needs 1 bytes, 0 left at byte 0");
        row("bool two bytes", TypeOid::Bool, QByteArray(2, '\1'),
            "1 bytes left over after the value at byte 1");
        row("bit length too long", TypeOid::Varbit, SendBytes().i32(9).u8(0xff),
            "9 bits do not fit in 1 bytes");
        row("bit length negative", TypeOid::Bit, SendBytes().i32(-1), "-1 bits");
        row("bit extra byte", TypeOid::Bit, SendBytes().i32(8).u8(1).u8(2), "left over");
        row("int4 short", TypeOid::Int4, QByteArray(3, '\0'), "int4: needs 4 bytes, 3 left");
        row("text bad utf8", TypeOid::Text, QByteArray("a\xff"), "not valid UTF-8");
        row("jsonb version", TypeOid::Jsonb, SendBytes().u8(2).raw("{}"), "unsupported jsonb version 2");
        row("uuid short", TypeOid::Uuid, QByteArray(15, '\0'), "uuid: needs 16 bytes, 15 left");
        row("numeric bad sign", TypeOid::Numeric, numeric(0, 0x8000, 0, {}), "invalid sign 0x8000");
        row("numeric bad digit", TypeOid::Numeric, numeric(0, kNumericPos, 0, {10000}),
            "digit 10000 is outside");
        row("numeric negative digit", TypeOid::Numeric, numeric(0, kNumericPos, 0, {-1}),
            "digit -1 is outside");
        row("numeric bad dscale", TypeOid::Numeric, numeric(0, kNumericPos, 0x4000, {}),
            "invalid display scale");
        row("numeric huge ndigits", TypeOid::Numeric,
            SendBytes().u16(65535).i16(0).u16(kNumericPos).u16(0).i16(1),
            "65535 digits need 131070 bytes, 2 left");
        row("date out of range", TypeOid::Date, i32(kInt32Max - 1), "out of range");
        row("date before day 0", TypeOid::Date, i32(-2451546), "out of range");
        row("time over a day", TypeOid::Time, SendBytes().i64(kDay + 1), "outside 00:00:00..24:00:00");
        row("time negative", TypeOid::Time, SendBytes().i64(-1), "outside");
        row("timetz zone", TypeOid::Timetz, SendBytes().i64(0).i32(57600),
            "time zone: time zone displacement");
        row("timestamp too late", TypeOid::Timestamp, SendBytes().i64(Q_INT64_C(9223371331200000000)),
            "out of range");
        row("timestamp too early", TypeOid::Timestamp, SendBytes().i64(Q_INT64_C(-211813488000000001)),
            "out of range");
        row("array ndim 7", TypeOid::Int4Array, SendBytes().i32(7).i32(0).u32(TypeOid::Int4), "7 dimensions");
        row("array ndim negative", TypeOid::Int4Array, SendBytes().i32(-1).i32(0).u32(TypeOid::Int4),
            "-1 dimensions");
        row("array flags", TypeOid::Int4Array, array1(TypeOid::Int4, 0, 1, 2), "invalid flags 2");
        row("array element type", TypeOid::Int4Array, array1(TypeOid::Int8, 1).element(i32(1)),
            "element type 20, expected 23");
        row("array negative size", TypeOid::Int4Array, array1(TypeOid::Int4, -1), "negative size -1");
        row("array bound overflow", TypeOid::Int4Array, array1(TypeOid::Int4, 2, kInt32Max),
            "upper bound overflows");
        row("array too many items", TypeOid::Int4Array,
            SendBytes().i32(2).i32(0).u32(TypeOid::Int4).i32(kInt32Max).i32(1).i32(kInt32Max).i32(1),
            "more than");
        row("array items cannot fit", TypeOid::Int4Array, array1(TypeOid::Int4, 1000000).element(i32(1)),
            "1000000 elements cannot fit in 8 bytes");
        row("array element length", TypeOid::Int4Array, array1(TypeOid::Int4, 1).i32(-2),
            "invalid length -2");
        row("array element past end", TypeOid::TextArray, array1(TypeOid::Text, 1).i32(100).raw("abc"),
            "array element: needs 100 bytes, 3 left");
        row("array bad element", TypeOid::Int4Array, array1(TypeOid::Int4, 2).element(i32(1)).element("abc"),
            "element 2, int4: needs 4 bytes, 3 left");
        row("array extra element", TypeOid::Int4Array,
            array1(TypeOid::Int4, 1).element(i32(1)).element(i32(2)), "left over");
    }
    void rejects() { checkRefusesRow(render); }

    // Every proper prefix of a valid value is refused, never misread.
    void everyTruncationFails_data()
    {
        QTest::addColumn<quint32>("oid");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("int8") << TypeOid::Int8 << QByteArray(SendBytes().i64(42));
        QTest::newRow("float8") << TypeOid::Float8 << f8(0.1);
        QTest::newRow("numeric") << TypeOid::Numeric << numeric(1, kNumericNeg, 4, {1, 2345, 6789});
        QTest::newRow("uuid") << TypeOid::Uuid << QByteArray(16, 'x');
        QTest::newRow("timetz") << TypeOid::Timetz << QByteArray(SendBytes().i64(kHour).i32(-19800));
        QTest::newRow("timestamptz") << TypeOid::Timestamptz << QByteArray(SendBytes().i64(0));
        QTest::newRow("interval") << TypeOid::Interval << interval(kHour, 3, 14);
        QTest::newRow("jsonb") << TypeOid::Jsonb << QByteArray(SendBytes().u8(1));
        QTest::newRow("int4[]") << TypeOid::Int4Array
                                << QByteArray(array1(TypeOid::Int4, 2, 1, 1).element(i32(1)).null());
        QTest::newRow("numeric[]")
            << TypeOid::NumericArray
            << QByteArray(array1(TypeOid::Numeric, 1).element(numeric(0, kNumericPos, 2, {1, 50})));
        QTest::newRow("text[]") << TypeOid::TextArray
                                << QByteArray(array1(TypeOid::Text, 2).element("ab").element(""));
        QTest::newRow("int4range") << TypeOid::Int4Range << int4Range(1, 5);
        QTest::newRow("numrange")
            << TypeOid::NumRange
            << QByteArray(range(kUpperInc | kLowerInf).element(numeric(0, kNumericPos, 0, {7})));
        QTest::newRow("int4multirange")
            << TypeOid::Int4Multirange
            << QByteArray(SendBytes()
                              .i32(2)
                              .element(int4Range(1, 3))
                              .element(range(kLowerInc | kUpperInf).element(i32(5))));
        QTest::newRow("int4range[]")
            << TypeOid::Int4RangeArray
            << QByteArray(array1(TypeOid::Int4Range, 2).element(int4Range(1, 2)).element(range(kEmpty)));
    }
    void everyTruncationFails() { checkEveryTruncationFailsRow(render); }

    // Every single-byte corruption of valid values, and seeded random bytes
    // for every supported type, give a value or an error: never a crash, an
    // overread (run under the sanitizer preset) or both at once.
    void corruptionNeverCrashes()
    {
        const QList<QPair<quint32, QByteArray>> seeds = {
            {TypeOid::Numeric, numeric(1, kNumericNeg, 4, {1, 2345, 6789})},
            {TypeOid::Interval, interval(kHour, 3, 14)},
            {TypeOid::Timetz, SendBytes().i64(kHour).i32(-19800)},
            {TypeOid::Varbit, SendBytes().i32(10).u8(0xaa).u8(0xc0)},
            {TypeOid::Int4Array, array1(TypeOid::Int4, 2, 1, 1).element(i32(1)).null()},
            {TypeOid::NumericArray, array1(TypeOid::Numeric, 1).element(numeric(0, kNumericPos, 2, {1, 50}))},
            {TypeOid::TextArray,
                SendBytes()
                    .i32(2)
                    .i32(0)
                    .u32(TypeOid::Text)
                    .i32(1)
                    .i32(1)
                    .i32(2)
                    .i32(0)
                    .element("a")
                    .element("b")},
            {TypeOid::Int4Range, int4Range(1, 5)},
            {TypeOid::TsRange, range(kLowerInc | kUpperInf).element(SendBytes().i64(0))},
            {TypeOid::NumMultirange,
                SendBytes()
                    .i32(2)
                    .element(range(kLowerInf).element(numeric(0, kNumericPos, 0, {1})))
                    .element(range(kLowerInc | kUpperInc)
                                 .element(numeric(0, kNumericPos, 0, {2}))
                                 .element(numeric(0, kNumericPos, 0, {3})))},
        };
        const CorruptionOutcomes outcomes = renderCorrupted(seeds,
            {TypeOid::Bool, TypeOid::Char, TypeOid::Int2, TypeOid::Int4, TypeOid::Int8, TypeOid::Oid,
                TypeOid::Float4, TypeOid::Float8, TypeOid::Numeric, TypeOid::Text, TypeOid::Jsonb,
                TypeOid::Bytea, TypeOid::Uuid, TypeOid::Bit, TypeOid::Date, TypeOid::Time, TypeOid::Timetz,
                TypeOid::Timestamp, TypeOid::Timestamptz, TypeOid::Interval, TypeOid::Int4Array,
                TypeOid::TextArray, TypeOid::NumericArray, TypeOid::TimestamptzArray, TypeOid::Int4Range,
                TypeOid::DateRange, TypeOid::Int8Multirange, TypeOid::TstzMultirange,
                TypeOid::Int4RangeArray},
            20240102, render);
        // Both outcomes occur, so the loop exercised more than one path.
        QVERIFY(outcomes.values > 100);
        QVERIFY(outcomes.errors > 100);
    }

    void trailingBytesFail()
    {
        QString error;
        QVERIFY(!binaryToText(TypeOid::Int4, QByteArray(SendBytes().i32(1).u8(0)), &error).has_value());
        QCOMPARE(error, QStringLiteral("int4 (23): value: 1 bytes left over after the value at byte 4"));
    }

    void unsupportedTypeIsNamed()
    {
        QString error;
        QVERIFY(!hasBinaryRenderer(869));
        QVERIFY(!binaryToText(869, QByteArray(8, '\0'), &error).has_value());
        QCOMPARE(error, QStringLiteral("no binary renderer for type inet (869)"));
        QVERIFY(!binaryToText(16500, QByteArray(), &error).has_value());
        QCOMPARE(error, QStringLiteral("no binary renderer for type OID 16500"));
        // An array of an unsupported element is refused up front too.
        QVERIFY(!hasBinaryRenderer(1041)); // inet[]
        QVERIFY(!binaryToText(1041, QByteArray(), &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("_inet")), qPrintable(error));
    }

    // Offsets in errors count from the start of the whole value, even inside an element.
    void nestedErrorHasAbsoluteOffset()
    {
        // Header 20 bytes; element 1: length at 20, 8 bytes at 24; element 2: length at 32, its digit at 44.
        const QByteArray bytes = array1(TypeOid::Numeric, 2)
                                     .element(numeric(0, kNumericPos, 0, {}))
                                     .element(numeric(0, kNumericPos, 0, {12000}));
        QString error;
        QVERIFY(!binaryToText(TypeOid::NumericArray, bytes, &error).has_value());
        QCOMPARE(error,
            QStringLiteral(
                "_numeric (1231): element 2, numeric digit: digit 12000 is outside 0..9999 at byte 44"));
    }

    // The largest weight the format allows renders without trouble (and the server's way: all digits).
    void hugeNumericWeightIsBounded()
    {
        QString error;
        const auto out = binaryToText(TypeOid::Numeric, numeric(32767, kNumericPos, 16383, {1}), &error);
        QVERIFY2(out.has_value(), qPrintable(error));
        QCOMPARE(out->size(), 1 + 32767 * 4 + 1 + 16383);
        QVERIFY(out->startsWith(QStringLiteral("10000")));
    }

    // fuzz_binaryvalues found this (corpus: binaryvalues/crash-numeric-zero-weight.bin):
    // a zero sent with weight 67 printed 269 leading zeros before the point.
    void zeroNumericIgnoresWeight()
    {
        const QByteArray bytes = QByteArray::fromHex("0000004300001b05");
        QString error;
        const auto out = binaryToText(TypeOid::Numeric, bytes, &error);
        QVERIFY2(out.has_value(), qPrintable(error));
        QCOMPARE(*out, QStringLiteral("0.") + QString(0x1b05, u'0'));
    }

    void unknownTimeZone()
    {
        QString error;
        QVERIFY(!timeZoneFromName(QStringLiteral("Mars/Olympus_Mons"), &error).has_value());
        QVERIFY2(error.contains(QStringLiteral("Mars/Olympus_Mons")), qPrintable(error));
        QVERIFY(timeZoneFromName(QStringLiteral("Europe/Paris"), &error).has_value());
    }
};

QTEST_GUILESS_MAIN(TestBinaryValues)
#include "tst_binaryvalues.moc"
