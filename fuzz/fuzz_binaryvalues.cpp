// libFuzzer entry for the binary (send-format) value renderer. The input is
//   bytes 0-1: a type, big-endian: a type OID of the table below, or else
//              an index into it (modulo its size),
//   byte 2:    the time zone, an index into kZoneNames (modulo its size),
//   the rest:  the value.
// A seed names its type by OID, so it keeps meaning the same type however
// the table changes. Besides not crashing, hanging or reading past the
// value, the renderer must agree with hasBinaryRenderer, explain every
// refusal, give the same text with or without the user types for a
// built-in type, the same text in every zone for a type that holds no
// timestamptz, and a numeric shaped as numeric_out prints one.
#include "types/BinaryValues.h"
#include "types/TypeNames.h"
#include "types/TypeOids.h"

#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cstdlib>

using namespace pgrepl;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

// User types, as pg_type and pg_range would describe them.
namespace UserOid {
constexpr quint32 Mood = 16384; // enum
constexpr quint32 MoodArray = 16385;
constexpr quint32 PosInt = 16386; // domain over int4
constexpr quint32 PosIntArray = 16387;
constexpr quint32 SmallPosInt = 16388; // domain over PosInt
constexpr quint32 Pair = 16389; // composite; its columns name their own types
constexpr quint32 PairArray = 16390;
constexpr quint32 PosIntRange = 16391; // range over the PosInt domain
constexpr quint32 PosIntRangeArray = 16392;
constexpr quint32 PosIntMultirange = 16393;
constexpr quint32 PosIntMultirangeArray = 16394;
constexpr quint32 Label = 16395; // domain over text
constexpr quint32 IntList = 16396; // domain over int4[]
constexpr quint32 StampRange = 16397; // range over timestamptz
constexpr quint32 StampMultirange = 16398;
// A broken or unrenderable map: each must be refused, never followed forever.
constexpr quint32 LoopA = 16400; // domain over LoopB
constexpr quint32 LoopB = 16401; // domain over LoopA
constexpr quint32 Unrecorded = 16402; // typtype not recorded
constexpr quint32 UserBase = 16403; // an extension's base type
constexpr quint32 NotOverRange = 16404; // multirange over int4
constexpr quint32 BareRange = 16405; // range without its subtype
constexpr quint32 SelfArray = 16406; // array of itself
} // namespace UserOid

UserType userType(const char *name, char typtype, quint32 baseOid = 0, quint32 elementOid = 0)
{
    UserType t;
    t.schema = QStringLiteral("public");
    t.name = QLatin1String(name);
    t.typtype = typtype;
    t.baseOid = baseOid;
    t.elementOid = elementOid;
    return t;
}

TypeNameMap makeUserTypes()
{
    using namespace UserOid;
    TypeNameMap map;
    map.insert(Mood, userType("mood", TypType::Enum));
    map.insert(MoodArray, userType("_mood", TypType::Base, 0, Mood));
    map.insert(PosInt, userType("posint", TypType::Domain, TypeOid::Int4));
    map.insert(PosIntArray, userType("_posint", TypType::Base, 0, PosInt));
    map.insert(SmallPosInt, userType("smallposint", TypType::Domain, PosInt));
    map.insert(Pair, userType("pair", TypType::Composite));
    map.insert(PairArray, userType("_pair", TypType::Base, 0, Pair));
    map.insert(PosIntRange, userType("posintrange", TypType::Range, PosInt));
    map.insert(PosIntRangeArray, userType("_posintrange", TypType::Base, 0, PosIntRange));
    map.insert(PosIntMultirange, userType("posintmultirange", TypType::Multirange, PosIntRange));
    map.insert(PosIntMultirangeArray, userType("_posintmultirange", TypType::Base, 0, PosIntMultirange));
    map.insert(Label, userType("label", TypType::Domain, TypeOid::Text));
    map.insert(IntList, userType("intlist", TypType::Domain, TypeOid::Int4Array));
    map.insert(StampRange, userType("stamprange", TypType::Range, TypeOid::Timestamptz));
    map.insert(StampMultirange, userType("stampmultirange", TypType::Multirange, StampRange));
    map.insert(LoopA, userType("loop_a", TypType::Domain, LoopB));
    map.insert(LoopB, userType("loop_b", TypType::Domain, LoopA));
    map.insert(Unrecorded, userType("unrecorded", 0));
    map.insert(UserBase, userType("userbase", TypType::Base));
    map.insert(NotOverRange, userType("notoverrange", TypType::Multirange, TypeOid::Int4));
    map.insert(BareRange, userType("barerange", TypType::Range));
    map.insert(SelfArray, userType("_selfarray", TypType::Base, 0, SelfArray));
    return map;
}

// What a type is, for the checks: whether it has a renderer at all, and
// whether its text can depend on the time zone (it holds a timestamptz, or a
// record, whose columns may be anything).
enum Traits : quint8 {
    Renders = 1,
    Zoned = 2,
    Builtin = 4,
};

struct FuzzType
{
    quint32 oid;
    quint8 traits;
};

constexpr quint8 B = Renders | Builtin; // a built-in type
constexpr quint8 BZ = Renders | Builtin | Zoned; // a built-in type holding a timestamptz
constexpr quint8 U = Renders; // a user type
constexpr quint8 UZ = Renders | Zoned; // a user type holding a timestamptz or a record
constexpr quint8 Refused = 0; // no renderer

constexpr FuzzType kTypes[] = {
    // Scalars.
    {TypeOid::Bool, B},
    {TypeOid::Char, B},
    {TypeOid::Bit, B},
    {TypeOid::Varbit, B},
    {TypeOid::Int2, B},
    {TypeOid::Int4, B},
    {TypeOid::Int8, B},
    {TypeOid::Oid, B},
    {TypeOid::Float4, B},
    {TypeOid::Float8, B},
    {TypeOid::Numeric, B},
    {TypeOid::Text, B},
    {TypeOid::Varchar, B},
    {TypeOid::Bpchar, B},
    {TypeOid::Name, B},
    {TypeOid::Json, B},
    {TypeOid::Jsonb, B},
    {TypeOid::Bytea, B},
    {TypeOid::Uuid, B},
    {TypeOid::Date, B},
    {TypeOid::Time, B},
    {TypeOid::Timetz, B},
    {TypeOid::Timestamp, B},
    {TypeOid::Timestamptz, BZ},
    {TypeOid::Interval, B},
    // Their arrays.
    {TypeOid::BoolArray, B},
    {TypeOid::CharArray, B},
    {TypeOid::BitArray, B},
    {TypeOid::VarbitArray, B},
    {TypeOid::Int2Array, B},
    {TypeOid::Int4Array, B},
    {TypeOid::Int8Array, B},
    {TypeOid::OidArray, B},
    {TypeOid::Float4Array, B},
    {TypeOid::Float8Array, B},
    {TypeOid::NumericArray, B},
    {TypeOid::TextArray, B},
    {TypeOid::VarcharArray, B},
    {TypeOid::BpcharArray, B},
    {TypeOid::NameArray, B},
    {TypeOid::JsonArray, B},
    {TypeOid::JsonbArray, B},
    {TypeOid::ByteaArray, B},
    {TypeOid::UuidArray, B},
    {TypeOid::DateArray, B},
    {TypeOid::TimeArray, B},
    {TypeOid::TimetzArray, B},
    {TypeOid::TimestampArray, B},
    {TypeOid::TimestamptzArray, BZ},
    {TypeOid::IntervalArray, B},
    // Ranges, multiranges and their arrays.
    {TypeOid::Int4Range, B},
    {TypeOid::Int8Range, B},
    {TypeOid::NumRange, B},
    {TypeOid::DateRange, B},
    {TypeOid::TsRange, B},
    {TypeOid::TstzRange, BZ},
    {TypeOid::Int4Multirange, B},
    {TypeOid::Int8Multirange, B},
    {TypeOid::NumMultirange, B},
    {TypeOid::DateMultirange, B},
    {TypeOid::TsMultirange, B},
    {TypeOid::TstzMultirange, BZ},
    {TypeOid::Int4RangeArray, B},
    {TypeOid::Int8RangeArray, B},
    {TypeOid::NumRangeArray, B},
    {TypeOid::DateRangeArray, B},
    {TypeOid::TsRangeArray, B},
    {TypeOid::TstzRangeArray, BZ},
    {TypeOid::Int4MultirangeArray, B},
    {TypeOid::Int8MultirangeArray, B},
    {TypeOid::NumMultirangeArray, B},
    {TypeOid::DateMultirangeArray, B},
    {TypeOid::TsMultirangeArray, B},
    {TypeOid::TstzMultirangeArray, BZ},
    // Built-ins without a renderer: point, and no type at all.
    {600, Refused | Builtin},
    {TypeOid::Invalid, Refused},
    // User types.
    {UserOid::Mood, U},
    {UserOid::MoodArray, U},
    {UserOid::PosInt, U},
    {UserOid::PosIntArray, U},
    {UserOid::SmallPosInt, U},
    {UserOid::Pair, UZ},
    {UserOid::PairArray, UZ},
    {UserOid::PosIntRange, U},
    {UserOid::PosIntRangeArray, U},
    {UserOid::PosIntMultirange, U},
    {UserOid::PosIntMultirangeArray, U},
    {UserOid::Label, U},
    {UserOid::IntList, U},
    {UserOid::StampRange, UZ},
    {UserOid::StampMultirange, UZ},
    {UserOid::LoopA, Refused},
    {UserOid::LoopB, Refused},
    {UserOid::Unrecorded, Refused},
    {UserOid::UserBase, Refused},
    {UserOid::NotOverRange, Refused},
    {UserOid::BareRange, Refused},
    {UserOid::SelfArray, Refused},
};

FuzzType pickType(quint16 selector)
{
    for (const FuzzType &t : kTypes) {
        if (t.oid == selector)
            return t;
    }
    return kTypes[selector % std::size(kTypes)];
}

// Whole-hour, half-hour and 45-minute offsets, daylight saving on both
// hemispheres, and zones whose early dates are in local mean time (offsets
// with seconds).
constexpr const char *kZoneNames[] = {"Asia/Kolkata", "America/St_Johns", "Europe/Amsterdam",
    "Pacific/Kiritimati", "Pacific/Chatham", "America/Sao_Paulo", "Africa/Monrovia", "Pacific/Pago_Pago"};

// numeric_out's shape: NaN, [-]Infinity, or [-]digits[.digits] with no
// leading zero before another digit and no minus sign on a zero.
bool isNumericText(QStringView text)
{
    if (text == u"NaN" || text == u"Infinity" || text == u"-Infinity")
        return true;
    const bool negative = text.startsWith(u'-');
    if (negative)
        text = text.sliced(1);
    const qsizetype point = text.indexOf(u'.');
    const QStringView whole = point < 0 ? text : text.first(point);
    const QStringView fraction = point < 0 ? QStringView() : text.sliced(point + 1);
    const auto allDigits = [](QStringView part) {
        for (const QChar ch : part) {
            if (ch < u'0' || ch > u'9')
                return false;
        }
        return true;
    };
    if (whole.isEmpty() || !allDigits(whole) || (whole.size() > 1 && whole.front() == u'0'))
        return false;
    if (point >= 0 && (fraction.isEmpty() || !allDigits(fraction)))
        return false;
    const auto nonZero = [](QChar ch) { return ch >= u'1' && ch <= u'9'; };
    return !negative || std::any_of(text.begin(), text.end(), nonZero);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size < 3)
        return 0;
    static const TypeNameMap userTypes = makeUserTypes();
    static const auto zones = [] {
        std::array<QTimeZone, std::size(kZoneNames)> out;
        for (std::size_t i = 0; i < out.size(); ++i) {
            out[i] = QTimeZone(QByteArray(kZoneNames[i]));
            // A missing zone would quietly fuzz UTC twice.
            require(out[i].isValid());
        }
        return out;
    }();

    const FuzzType type = pickType(quint16((data[0] << 8) | data[1]));
    const QTimeZone &zone = zones[data[2] % zones.size()];
    const QByteArrayView value(reinterpret_cast<const char *>(data + 3), static_cast<qsizetype>(size - 3));
    const bool builtin = (type.traits & Builtin) != 0;

    const bool known = hasBinaryRenderer(type.oid, &userTypes);
    require(known == ((type.traits & Renders) != 0));
    // Without the map only built-ins are known.
    require(hasBinaryRenderer(type.oid) == (known && builtin));

    // A refusal always says why, and no text is longer than the renderer's bound.
    const auto check = [&](const std::optional<QString> &text, const QString &error) {
        if (text)
            require(text->size() <= 16 * 1024 * 1024 + 8 * value.size());
        else
            require(!error.isEmpty());
    };
    QString utcError;
    const std::optional<QString> utc = binaryToText(type.oid, value, &utcError);
    check(utc, utcError);
    require(!utc || known);
    if (utc && type.oid == TypeOid::Numeric)
        require(isNumericText(*utc));

    QString mappedError;
    const std::optional<QString> mapped
        = binaryToText(type.oid, value, QTimeZone::utc(), &userTypes, &mappedError);
    check(mapped, mappedError);
    require(!mapped || known);
    // The map cannot change a built-in type, nor what it holds.
    if (builtin)
        require(utc == mapped && utcError == mappedError);

    QString zonedError;
    const std::optional<QString> zoned = binaryToText(type.oid, value, zone, &userTypes, &zonedError);
    check(zoned, zonedError);
    // Validity never depends on the zone, the text only where a timestamptz can be.
    require(zoned.has_value() == mapped.has_value());
    if ((type.traits & Zoned) == 0)
        require(zoned == mapped && zonedError == mappedError);
    return 0;
}
