// binaryToText with user types: enums, domains (over built-ins, enums,
// arrays and other domains), composites, ranges over any of these and their
// multiranges, arrays of all of these, and the
// refusal (an error, never a crash or overread) of kinds it cannot render,
// broken type maps and hostile bytes. tst_binaryusertypes checks the same
// against a live server.
#include "BinaryValueChecks.h"
#include "SendBytes.h"
#include "export/ExportValues.h"
#include "types/BinaryValues.h"
#include "types/TypeOids.h"

#include <QtTest>

using namespace pgrepl;
using namespace pgrepl::test;

namespace {

namespace Oid {
constexpr quint32 Mood = 16400; // enum
constexpr quint32 MoodArray = 16401;
constexpr quint32 PosInt = 16410; // domain over int4
constexpr quint32 PosIntArray = 16411;
constexpr quint32 Label = 16420; // domain over text
constexpr quint32 Money2 = 16430; // domain over numeric
constexpr quint32 SmallPos = 16440; // domain over PosInt
constexpr quint32 SmallPosArray = 16441;
constexpr quint32 LoopA = 16450; // domains over each other
constexpr quint32 LoopB = 16451;
constexpr quint32 NoBase = 16460; // domain with no base recorded
constexpr quint32 Unknown = 16470; // typtype not recorded
constexpr quint32 UnknownArray = 16471;
constexpr quint32 Range = 16480; // range with no subtype recorded
constexpr quint32 ExtBase = 16490; // an extension's base type
constexpr quint32 Pair = 16500; // composite
constexpr quint32 PairArray = 16501;
constexpr quint32 Ints = 16510; // domain over int4[]
constexpr quint32 MoodDomain = 16520; // domain over the enum
constexpr quint32 Pseudo = 16530;
constexpr quint32 ArrayLoop = 16540; // an array whose element is itself
constexpr quint32 TextRange = 16550; // range over text
constexpr quint32 TextRangeArray = 16551;
constexpr quint32 TextMulti = 16552; // its multirange
constexpr quint32 PosRange = 16560; // range over the domain PosInt
constexpr quint32 PosRangeArray = 16561;
constexpr quint32 PosMulti = 16562;
constexpr quint32 MoodRange = 16570; // range over the enum
constexpr quint32 MoodMulti = 16571;
constexpr quint32 PairRange = 16575; // range over the composite
constexpr quint32 MultiNoRange = 16580; // multirange with no range type recorded
constexpr quint32 MultiOverInt = 16581; // multirange "over" int4, which is no range
constexpr quint32 MultiOverDomain = 16582; // multirange "over" a domain
constexpr quint32 RangeLoop = 16590; // a range whose subtype is itself
constexpr quint32 InetRange = 16600; // range over inet, which has no renderer
constexpr quint32 IntsMulti = 16610; // a user multirange over the built-in int4range
} // namespace Oid

UserType user(const char *name, char typtype, quint32 baseOid = 0, quint32 elementOid = 0)
{
    return UserType {QStringLiteral("app"), QLatin1String(name), elementOid, false, typtype, baseOid};
}

TypeNameMap userTypes()
{
    TypeNameMap map;
    map.insert(Oid::Mood, user("mood", TypType::Enum));
    map.insert(Oid::MoodArray, user("_mood", TypType::Base, 0, Oid::Mood));
    map.insert(Oid::PosInt, user("posint", TypType::Domain, TypeOid::Int4));
    map.insert(Oid::PosIntArray, user("_posint", TypType::Base, 0, Oid::PosInt));
    map.insert(Oid::Label, user("label", TypType::Domain, TypeOid::Text));
    map.insert(Oid::Money2, user("money2", TypType::Domain, TypeOid::Numeric));
    map.insert(Oid::SmallPos, user("smallpos", TypType::Domain, Oid::PosInt));
    map.insert(Oid::SmallPosArray, user("_smallpos", TypType::Base, 0, Oid::SmallPos));
    map.insert(Oid::LoopA, user("loop_a", TypType::Domain, Oid::LoopB));
    map.insert(Oid::LoopB, user("loop_b", TypType::Domain, Oid::LoopA));
    map.insert(Oid::NoBase, user("nobase", TypType::Domain, 0));
    map.insert(Oid::Unknown, user("unknown", 0));
    map.insert(Oid::UnknownArray, user("_unknown", 0, 0, Oid::Unknown));
    map.insert(Oid::Range, user("floatrange", TypType::Range));
    map.insert(Oid::ExtBase, user("hstore", TypType::Base));
    map.insert(Oid::Pair, user("pair", TypType::Composite));
    map.insert(Oid::PairArray, user("_pair", TypType::Base, 0, Oid::Pair));
    map.insert(Oid::Ints, user("ints", TypType::Domain, TypeOid::Int4Array));
    map.insert(Oid::MoodDomain, user("mood_d", TypType::Domain, Oid::Mood));
    map.insert(Oid::Pseudo, user("pseudo", TypType::Pseudo));
    map.insert(Oid::ArrayLoop, user("_loop", TypType::Base, 0, Oid::ArrayLoop));
    map.insert(Oid::TextRange, user("textrange", TypType::Range, TypeOid::Text));
    map.insert(Oid::TextRangeArray, user("_textrange", TypType::Base, 0, Oid::TextRange));
    map.insert(Oid::TextMulti, user("textmultirange", TypType::Multirange, Oid::TextRange));
    map.insert(Oid::PosRange, user("posrange", TypType::Range, Oid::PosInt));
    map.insert(Oid::PosRangeArray, user("_posrange", TypType::Base, 0, Oid::PosRange));
    map.insert(Oid::PosMulti, user("posmultirange", TypType::Multirange, Oid::PosRange));
    map.insert(Oid::MoodRange, user("moodrange", TypType::Range, Oid::Mood));
    map.insert(Oid::MoodMulti, user("moodmultirange", TypType::Multirange, Oid::MoodRange));
    map.insert(Oid::PairRange, user("pairrange", TypType::Range, Oid::Pair));
    map.insert(Oid::MultiNoRange, user("nomultirange", TypType::Multirange, 0));
    map.insert(Oid::MultiOverInt, user("intmultirange", TypType::Multirange, TypeOid::Int4));
    map.insert(Oid::MultiOverDomain, user("dommultirange", TypType::Multirange, Oid::PosInt));
    map.insert(Oid::RangeLoop, user("looprange", TypType::Range, Oid::RangeLoop));
    map.insert(Oid::InetRange, user("inetrange", TypType::Range, 869));
    map.insert(Oid::IntsMulti, user("intsmultirange", TypType::Multirange, TypeOid::Int4Range));
    // A map cannot redefine a built-in type.
    map.insert(TypeOid::Int4, user("int4", TypType::Enum));
    return map;
}

// binaryToText with the user types above.
std::optional<QString> render(quint32 oid, const QByteArray &bytes, QString *error)
{
    static const TypeNameMap types = userTypes();
    return binaryToText(oid, bytes, QTimeZone::utc(), &types, error);
}

// A record nested depth times in itself, innermost (1) at the bottom.
QByteArray nestedRecord(int depth)
{
    QByteArray value = SendBytes().i32(1).column(TypeOid::Int4, i32(depth));
    for (int level = 1; level < depth; ++level)
        value = SendBytes().i32(1).column(Oid::Pair, value);
    return value;
}

} // namespace

class TestUserTypeValues : public QObject
{
    Q_OBJECT

private slots:
    void renders_data()
    {
        addValueColumns("expected");
        const auto row = &addValueRow;
        row("enum label", Oid::Mood, "happy", "happy");
        row("enum label UTF-8", Oid::Mood, "très bien", "très bien");
        row("enum label with quote", Oid::Mood, "say \"hi\"", "say \"hi\"");
        row("domain over int4", Oid::PosInt, i32(7), "7");
        row("domain over int4 negative", Oid::PosInt, i32(-2147483647 - 1), "-2147483648");
        row("domain over text", Oid::Label, "a b", "a b");
        row("domain over numeric", Oid::Money2, numeric(0, kNumericPos, 2, {12, 3400}), "12.34");
        row("domain over domain", Oid::SmallPos, i32(42), "42");
        row("domain over enum", Oid::MoodDomain, "sad", "sad");
        row("domain over int4[]", Oid::Ints, array1(TypeOid::Int4, 2).element(i32(1)).element(i32(2)),
            "{1,2}");
        row("array of enum", Oid::MoodArray,
            array1(Oid::Mood, 4).element("ok").element("a b").null().element("null"),
            "{ok,\"a b\",NULL,\"null\"}");
        row("array of enum empty", Oid::MoodArray, SendBytes().i32(0).i32(0).u32(Oid::Mood), "{}");
        row("array of enum two dims", Oid::MoodArray,
            SendBytes().i32(2).i32(0).u32(Oid::Mood).i32(2).i32(0).i32(1).i32(1).element("ok").element("sad"),
            "[0:1][1:1]={{ok},{sad}}");
        row("array of domain", Oid::PosIntArray, array1(Oid::PosInt, 2).element(i32(1)).null(), "{1,NULL}");
        row("array of domain over domain", Oid::SmallPosArray, array1(Oid::SmallPos, 1, 3).element(i32(5)),
            "[3:3]={5}");
        row("composite", Oid::Pair,
            SendBytes()
                .i32(3)
                .column(TypeOid::Int4, i32(1))
                .column(TypeOid::Text, "a b")
                .nullColumn(TypeOid::Text),
            "(1,\"a b\",)");
        row("composite quoting", Oid::Pair,
            SendBytes()
                .i32(5)
                .column(TypeOid::Text, "")
                .column(TypeOid::Text, "say \"hi\"")
                .column(TypeOid::Text, "back\\slash")
                .column(TypeOid::Text, "(x)")
                .column(TypeOid::Text, "plain"),
            "(\"\",\"say \"\"hi\"\"\",\"back\\\\slash\",\"(x)\",plain)");
        row("composite no columns", Oid::Pair, SendBytes().i32(0), "()");
        row("composite one null", Oid::Pair, SendBytes().i32(1).nullColumn(TypeOid::Int4), "()");
        row("composite of user types", Oid::Pair,
            SendBytes()
                .i32(3)
                .column(Oid::Mood, "ok")
                .column(Oid::PosInt, i32(3))
                .column(Oid::MoodArray, array1(Oid::Mood, 2).element("ok").element("sad")),
            "(ok,3,\"{ok,sad}\")");
        row("composite in composite", Oid::Pair,
            SendBytes()
                .i32(2)
                .column(
                    Oid::Pair, SendBytes().i32(2).column(TypeOid::Int4, i32(1)).column(TypeOid::Text, "x"))
                .column(TypeOid::Int4, i32(2)),
            "(\"(1,x)\",2)");
        row("array of composite", Oid::PairArray,
            array1(Oid::Pair, 2)
                .element(SendBytes().i32(2).column(TypeOid::Int4, i32(1)).column(TypeOid::Text, "x"))
                .null(),
            "{\"(1,x)\",NULL}");
        // range_out quotes a bound that is empty or holds " \\ ( ) [ ] , or white space, and doubles
        // quotes and backslashes inside (as the server printed for CREATE TYPE ... AS RANGE (subtype =
        // text)).
        row("text range plain", Oid::TextRange, range(kLowerInc | kUpperInc).element("a").element("z"),
            "[a,z]");
        row("text range quote and backslash", Oid::TextRange,
            range(kLowerInc).element("a\"b").element("c\\d"), "[\"a\"\"b\",\"c\\\\d\")");
        row("text range empty and space", Oid::TextRange, range(kLowerInc).element("").element("x y"),
            "[\"\",\"x y\")");
        row("text range brackets", Oid::TextRange, range(kLowerInc).element("(").element("]"),
            "[\"(\",\"]\")");
        row("text range more brackets", Oid::TextRange, range(kLowerInc).element(")").element("[x"),
            "[\")\",\"[x\")");
        row("text range comma and tab", Oid::TextRange, range(kLowerInc).element("a\tb").element("zz,"),
            "[\"a\tb\",\"zz,\")");
        row("text range newline, CR, VT, FF", Oid::TextRange,
            range(kLowerInf | kUpperInc).element("\n\r\v\f"), "(,\"\n\r\v\f\"]");
        // Braces and NULL mean nothing to range_out.
        row("text range not quoted", Oid::TextRange, range(kLowerInc).element("NULL").element("{x}"),
            "[NULL,{x})");
        row("text range UTF-8", Oid::TextRange, range(kLowerInc | kUpperInf).element("très"), "[très,)");
        row("text range empty", Oid::TextRange, range(kEmpty), "empty");
        row("text multirange", Oid::TextMulti,
            SendBytes()
                .i32(2)
                .element(range(kLowerInc).element("a\"b").element("c\\d"))
                .element(range(kLowerInc).element("x").element("y")),
            "{[\"a\"\"b\",\"c\\\\d\"),[x,y)}");
        row("text multirange empty", Oid::TextMulti, i32(0), "{}");
        // array_out then quotes the range's text again, escaping with backslashes.
        row("array of text range", Oid::TextRangeArray,
            array1(Oid::TextRange, 3)
                .element(range(kLowerInc).element("a").element("b"))
                .element(range(kLowerInc).element("a\"b").element("c"))
                .element(range(kEmpty)),
            "{\"[a,b)\",\"[\\\"a\\\"\\\"b\\\",c)\",empty}");
        row("range over domain", Oid::PosRange, range(kLowerInc | kUpperInc).element(i32(1)).element(i32(5)),
            "[1,5]");
        row("multirange over domain range", Oid::PosMulti,
            SendBytes().i32(1).element(range(kLowerInc).element(i32(1)).element(i32(9))), "{[1,9)}");
        row("array of domain range", Oid::PosRangeArray,
            array1(Oid::PosRange, 2).element(range(kLowerInf | kUpperInf)).null(), "{\"(,)\",NULL}");
        row("range over enum", Oid::MoodRange, range(kLowerInc | kUpperInc).element("ok").element("sad"),
            "[ok,sad]");
        row("range over enum quoted", Oid::MoodRange,
            range(kLowerInc | kUpperInc).element("très bien").element("a,b"), "[\"très bien\",\"a,b\"]");
        row("multirange over enum range", Oid::MoodMulti,
            SendBytes()
                .i32(2)
                .element(range(kLowerInc | kUpperInc).element("ok").element("ok"))
                .element(range(kUpperInf).element("très bien")),
            "{[ok,ok],(\"très bien\",)}");
        // A composite bound's text has parentheses and commas, so it is quoted, its quotes doubled.
        row("range over composite", Oid::PairRange,
            range(kLowerInc | kUpperInf)
                .element(SendBytes().i32(2).column(TypeOid::Int4, i32(1)).column(TypeOid::Text, "a b")),
            "[\"(1,\"\"a b\"\")\",)");
        row("user multirange over built-in range", Oid::IntsMulti,
            SendBytes().i32(1).element(range(kLowerInc).element(i32(1)).element(i32(3))), "{[1,3)}");
        row("composite with a range column", Oid::Pair,
            SendBytes()
                .i32(2)
                .column(TypeOid::Int4Range, range(kLowerInc).element(i32(1)).element(i32(3)))
                .column(Oid::TextRange, range(kEmpty)),
            "(\"[1,3)\",empty)");
    }
    void renders()
    {
        QFETCH(quint32, oid);
        const TypeNameMap types = userTypes();
        QVERIFY(hasBinaryRenderer(oid, &types));
        checkRendersRow(render);
    }

    // Records inside records render up to 32 values deep (the innermost
    // int4 included); one more level is refused rather than recursed into.
    // Quotes double at each level, so the text's length is capped too.
    void nestingLimit()
    {
        const TypeNameMap types = userTypes();
        QString error;
        const auto nested = binaryToText(Oid::Pair, nestedRecord(12), QTimeZone::utc(), &types, &error);
        QVERIFY2(nested, qPrintable(error));
        QVERIFY2(nested->startsWith(QStringLiteral("(\"(\"\"(\"\"\"\"(")), qPrintable(*nested));
        QVERIFY(nested->contains(QStringLiteral("(12)")));
        QCOMPARE(nested->count(u'('), 12);
        QCOMPARE(nested->count(u'"'), (1 << 12) - 2);

        QVERIFY(!binaryToText(Oid::Pair, nestedRecord(32), QTimeZone::utc(), &types, &error));
        QVERIFY2(error.contains(QStringLiteral("values nested more than 32 deep")), qPrintable(error));
        // 31 levels pass the depth check, but would need 2^30 quotes.
        QVERIFY(!binaryToText(Oid::Pair, nestedRecord(31), QTimeZone::utc(), &types, &error));
        QVERIFY2(error.contains(QStringLiteral("text would be longer than")), qPrintable(error));
    }

    // A type this library cannot render stays hex: nullopt and an error that
    // says why, up front from hasBinaryRenderer too.
    void refusesWhatItCannotRender_data()
    {
        QTest::addColumn<quint32>("oid");
        QTest::addColumn<QString>("errorFragment");
        QTest::newRow("unknown typtype")
            << Oid::Unknown << QStringLiteral("the kind of type app.unknown (16470) is unknown");
        QTest::newRow("array of unknown typtype")
            << Oid::UnknownArray << QStringLiteral("app.unknown[] (16471): the kind of type app.unknown");
        QTest::newRow("range without subtype")
            << Oid::Range << QStringLiteral("range type app.floatrange (16480) has no known subtype");
        QTest::newRow("multirange without range type")
            << Oid::MultiNoRange
            << QStringLiteral("multirange type app.nomultirange (16580) has no known range type");
        QTest::newRow("multirange over a non-range")
            << Oid::MultiOverInt
            << QStringLiteral(
                   "multirange type app.intmultirange (16581) is over int4 (23), which is not a range type");
        QTest::newRow("multirange over a domain")
            << Oid::MultiOverDomain
            << QStringLiteral("is over app.posint (16410), which is not a range type");
        QTest::newRow("range over itself") << Oid::RangeLoop << QStringLiteral("nested more than 32 deep");
        QTest::newRow("range over unrenderable subtype")
            << Oid::InetRange
            << QStringLiteral("app.inetrange (16600): no binary renderer for type inet (869)");
        QTest::newRow("extension base type")
            << Oid::ExtBase << QStringLiteral("no binary renderer for type app.hstore (16490) (typtype 'b')");
        QTest::newRow("pseudo") << Oid::Pseudo << QStringLiteral("(typtype 'p')");
        QTest::newRow("domain cycle") << Oid::LoopA << QStringLiteral("over more than 16 domains");
        QTest::newRow("domain without base") << Oid::NoBase << QStringLiteral("has no known base type");
        QTest::newRow("array of itself") << Oid::ArrayLoop << QStringLiteral("nested more than 32 deep");
        QTest::newRow("not in the map")
            << quint32(99999) << QStringLiteral("no binary renderer for type OID 99999");
        QTest::newRow("built-in without renderer") << quint32(869) << QStringLiteral("inet (869)");
    }
    void refusesWhatItCannotRender()
    {
        QFETCH(quint32, oid);
        QFETCH(QString, errorFragment);
        const TypeNameMap types = userTypes();
        QVERIFY(!hasBinaryRenderer(oid, &types));
        QString error;
        QVERIFY(!binaryToText(oid, QByteArray("abcd"), QTimeZone::utc(), &types, &error));
        QVERIFY2(error.contains(errorFragment), qPrintable(error));
    }

    // Without the map (or with the older overloads) user types stay unknown.
    void noMapMeansNoUserTypes()
    {
        const TypeNameMap types = userTypes();
        QVERIFY(hasBinaryRenderer(Oid::Mood, &types));
        QVERIFY(!hasBinaryRenderer(Oid::Mood));
        QVERIFY(!hasBinaryRenderer(Oid::Mood, nullptr));
        QString error;
        QVERIFY(!binaryToText(Oid::Mood, QByteArray("ok"), &error));
        QCOMPARE(error, QStringLiteral("no binary renderer for type OID 16400"));
        // The map's entry for int4 changes nothing: int4 stays int4.
        QCOMPARE(binaryToText(TypeOid::Int4, i32(5), QTimeZone::utc(), &types, &error), QStringLiteral("5"));
    }

    // SendBytes that are not a valid value of the type: an error naming the
    // field and the byte offset in the whole value.
    void hostileBytes_data()
    {
        QTest::addColumn<quint32>("oid");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("error");
        QTest::newRow("enum not UTF-8")
            << Oid::Mood << QByteArray("\xff\xfe")
            << QStringLiteral("app.mood (16400): text: not valid UTF-8 at byte 0");
        QTest::newRow("domain over int4 short")
            << Oid::PosInt << QByteArray("abc")
            << QStringLiteral("app.posint (16410): int4: needs 4 bytes, 3 left at byte 0");
        QTest::newRow("domain over int4 long")
            << Oid::PosInt << QByteArray("abcde")
            << QStringLiteral("app.posint (16410): value: 1 bytes left over after the value at byte 4");
        QTest::newRow("array element huge length")
            << Oid::MoodArray << QByteArray(array1(Oid::Mood, 1).i32(0x7fffffff).raw("ok"))
            << QStringLiteral("app.mood[] (16401): array element: needs 2147483647 bytes, 2 left at byte 24");
        QTest::newRow("array element negative length")
            << Oid::MoodArray << QByteArray(array1(Oid::Mood, 1).i32(-5))
            << QStringLiteral("app.mood[] (16401): array element length: invalid length -5 at byte 20");
        QTest::newRow("array more elements than bytes")
            << Oid::PosIntArray << QByteArray(array1(Oid::PosInt, 1000).element(i32(1)))
            << QStringLiteral("app.posint[] (16411): array elements: 1000 elements cannot fit in 8 "
                              "bytes at byte 20");
        QTest::newRow("array of domain, header names the base")
            << Oid::PosIntArray << QByteArray(array1(TypeOid::Int4, 1).element(i32(1)))
            << QStringLiteral(
                   "app.posint[] (16411): array element type: element type 23, expected 16410 at byte 8");
        QTest::newRow("array of domain, bad element")
            << Oid::PosIntArray << QByteArray(array1(Oid::PosInt, 2).element(i32(1)).element("abc"))
            << QStringLiteral("app.posint[] (16411): element 2, int4: needs 4 bytes, 3 left at byte 32");
        QTest::newRow("array of enum, bad label")
            << Oid::MoodArray << QByteArray(array1(Oid::Mood, 1).element("\xc3"))
            << QStringLiteral("app.mood[] (16401): element 1, text: not valid UTF-8 at byte 24");
        QTest::newRow("record negative count")
            << Oid::Pair << QByteArray(SendBytes().i32(-1))
            << QStringLiteral("record column count: negative column count -1 at byte 0");
        QTest::newRow("record count too big")
            << Oid::Pair << QByteArray(SendBytes().i32(1000).column(TypeOid::Int4, i32(1)))
            << QStringLiteral("record columns: 1000 columns cannot fit in 12 bytes at byte 4");
        QTest::newRow("record column huge length")
            << Oid::Pair << QByteArray(SendBytes().i32(1).u32(TypeOid::Int4).i32(0x7ffffff0).raw(i32(1)))
            << QStringLiteral("record column: needs 2147483632 bytes, 4 left at byte 12");
        QTest::newRow("record column length -2")
            << Oid::Pair << QByteArray(SendBytes().i32(1).u32(TypeOid::Int4).i32(-2))
            << QStringLiteral("record column length: invalid length -2 at byte 8");
        QTest::newRow("record column of unrenderable type")
            << Oid::Pair << QByteArray(SendBytes().i32(2).column(TypeOid::Int4, i32(1)).column(869, i32(1)))
            << QStringLiteral("column 2, type: no binary renderer for type inet (869) at byte 24");
        QTest::newRow("record column of unknown kind")
            << Oid::Pair << QByteArray(SendBytes().i32(1).column(Oid::Unknown, "x"))
            << QStringLiteral("column 1, type: the kind of type app.unknown (16470) is unknown");
        QTest::newRow("record bad column value")
            << Oid::Pair << QByteArray(SendBytes().i32(1).column(TypeOid::Int4, "ab"))
            << QStringLiteral("column 1, int4: needs 4 bytes, 2 left at byte 12");
        QTest::newRow("record trailing bytes")
            << Oid::Pair << QByteArray(SendBytes().i32(0).i32(0))
            << QStringLiteral("value: 4 bytes left over after the value at byte 4");
        QTest::newRow("domain range bound fails the subtype")
            << Oid::PosRange << QByteArray(range(kLowerInc).element("abc").element(i32(1)))
            << QStringLiteral("app.posrange (16560): lower bound, int4: needs 4 bytes, 3 left at byte 5");
        QTest::newRow("enum range bound not UTF-8")
            << Oid::MoodRange << QByteArray(range(kLowerInc).element("ok").element("\xff"))
            << QStringLiteral("app.moodrange (16570): upper bound, text: not valid UTF-8 at byte 11");
        QTest::newRow("enum range flags")
            << Oid::MoodRange << QByteArray(range(kEmpty | kUpperInc))
            << QStringLiteral("range flags: empty range with bound flags 0x05 at byte 0");
        QTest::newRow("enum multirange empty range")
            << Oid::MoodMulti << QByteArray(SendBytes().i32(1).element(range(kEmpty)))
            << QStringLiteral("app.moodmultirange (16571): multirange range: empty range, which a multirange "
                              "never holds at byte 8");
        QTest::newRow("enum multirange second range")
            << Oid::MoodMulti
            << QByteArray(SendBytes()
                              .i32(2)
                              .element(range(kLowerInf | kUpperInf))
                              .element(range(kLowerInc).element("ok").i32(9).raw("sad")))
            << QStringLiteral("range 2, range upper bound: needs 9 bytes, 3 left at byte 24");
        QTest::newRow("array of domain ranges, bad range")
            << Oid::PosRangeArray << QByteArray(array1(Oid::PosRange, 1).element(range(0x20)))
            << QStringLiteral("element 1, range flags: unknown flag bits 0x20 in 0x20 at byte 24");
        QTest::newRow("record nested 40 deep")
            << Oid::Pair << nestedRecord(40) << QStringLiteral("value: values nested more than 32 deep");
    }
    void hostileBytes() { checkRefusesRow(render); }

    void everyTruncationFails_data()
    {
        QTest::addColumn<quint32>("oid");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("domain over numeric") << Oid::Money2 << numeric(0, kNumericPos, 2, {12, 3400});
        QTest::newRow("array of enum")
            << Oid::MoodArray << QByteArray(array1(Oid::Mood, 3).element("ok").null().element("sad"));
        QTest::newRow("array of domain")
            << Oid::SmallPosArray << QByteArray(array1(Oid::SmallPos, 2).element(i32(1)).element(i32(2)));
        QTest::newRow("composite") << Oid::Pair
                                   << QByteArray(SendBytes()
                                                     .i32(3)
                                                     .column(Oid::Mood, "ok")
                                                     .nullColumn(TypeOid::Int4)
                                                     .column(TypeOid::Int4, i32(9)));
        QTest::newRow("array of composite")
            << Oid::PairArray
            << QByteArray(array1(Oid::Pair, 1).element(SendBytes().i32(1).column(TypeOid::Int4, i32(1))));
        QTest::newRow("enum range") << Oid::MoodRange
                                    << QByteArray(range(kLowerInc | kUpperInc).element("ok").element("sad"));
        QTest::newRow("domain multirange")
            << Oid::PosMulti
            << QByteArray(SendBytes()
                              .i32(2)
                              .element(range(kLowerInc).element(i32(1)).element(i32(2)))
                              .element(range(kLowerInc | kUpperInf).element(i32(5))));
        QTest::newRow("array of text range")
            << Oid::TextRangeArray
            << QByteArray(array1(Oid::TextRange, 1).element(range(kLowerInc).element("a").element("b")));
    }
    void everyTruncationFails() { checkEveryTruncationFailsRow(render); }

    // Single-byte corruption and seeded random bytes: a value or an error,
    // never both, never a crash.
    void corruptionNeverCrashes()
    {
        const QList<QPair<quint32, QByteArray>> seeds = {
            {Oid::MoodArray, array1(Oid::Mood, 2).element("ok").null()},
            {Oid::PosIntArray, array1(Oid::PosInt, 2).element(i32(1)).element(i32(2))},
            {Oid::Pair,
                SendBytes()
                    .i32(2)
                    .column(Oid::Pair, SendBytes().i32(1).column(TypeOid::Text, "x"))
                    .column(Oid::Mood, "ok")},
            {Oid::MoodMulti,
                SendBytes()
                    .i32(2)
                    .element(range(kLowerInc).element("ok").element("sad"))
                    .element(range(kLowerInc | kUpperInf).element("x"))},
            {Oid::PosRangeArray, array1(Oid::PosRange, 2).element(range(kLowerInf).element(i32(3))).null()},
        };
        const CorruptionOutcomes outcomes = renderCorrupted(seeds,
            {Oid::Mood, Oid::MoodArray, Oid::PosInt, Oid::SmallPosArray, Oid::Pair, Oid::PairArray, Oid::Ints,
                Oid::TextRange, Oid::MoodMulti, Oid::PosRangeArray, Oid::PairRange},
            20261127, render);
        QVERIFY(outcomes.values > 100);
        QVERIFY(outcomes.errors > 100);
    }

    // The exports take a column's text as rendered: a binary enum, domain
    // and enum array come out as the server's text, not as hex.
    void exportsUseTheRenderedText_data()
    {
        QTest::addColumn<quint32>("oid");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("csv");
        QTest::newRow("enum") << Oid::Mood << QByteArray("ok") << QStringLiteral("\"ok\"")
                              << QStringLiteral("'ok'") << QStringLiteral("ok");
        // wal2json prints a domain over a number type as a string: it goes by the column's type.
        QTest::newRow("domain over int4") << Oid::PosInt << i32(7) << QStringLiteral("\"7\"")
                                          << QStringLiteral("'7'") << QStringLiteral("7");
        QTest::newRow("enum array") << Oid::MoodArray
                                    << QByteArray(array1(Oid::Mood, 2).element("ok").element("a b"))
                                    << QStringLiteral("\"{ok,\\\"a b\\\"}\"")
                                    << QStringLiteral("'{ok,\"a b\"}'")
                                    << QStringLiteral("\"{ok,\"\"a b\"\"}\"");
    }
    void exportsUseTheRenderedText()
    {
        QFETCH(quint32, oid);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, json);
        QFETCH(QString, sql);
        QFETCH(QString, csv);
        const TypeNameMap types = userTypes();
        QString error;
        const auto text = binaryToText(oid, bytes, QTimeZone::utc(), &types, &error);
        QVERIFY2(text, qPrintable(error));
        ColumnValue value;
        value.typeOid = oid;
        value.state = ColumnValue::State::Value;
        value.binary = true;
        value.text = *text;
        QCOMPARE(exportvalues::wal2jsonValue(value), json);
        QCOMPARE(exportvalues::sqlLiteral(value.text), sql);
        QCOMPARE(exportvalues::csvField(value.text), csv);
    }
};

QTEST_APPLESS_MAIN(TestUserTypeValues)
#include "tst_usertypevalues.moc"
