#pragma once

#include <QtGlobal>

// OIDs of the built-in types the decoder renders or format_type names
// specially. Built-in OIDs (below 10000) are fixed in PostgreSQL's catalogue
// and never reused, so they hold for every server version.
namespace pgrepl::TypeOid {

inline constexpr quint32 Invalid = 0;

inline constexpr quint32 Bool = 16;
inline constexpr quint32 Bytea = 17;
inline constexpr quint32 Char = 18; // "char", the one-byte internal type
inline constexpr quint32 Name = 19;
inline constexpr quint32 Int8 = 20;
inline constexpr quint32 Int2 = 21;
inline constexpr quint32 Int4 = 23;
inline constexpr quint32 Text = 25;
inline constexpr quint32 Oid = 26;
inline constexpr quint32 Json = 114;
inline constexpr quint32 Float4 = 700;
inline constexpr quint32 Float8 = 701;
inline constexpr quint32 Bpchar = 1042;
inline constexpr quint32 Varchar = 1043;
inline constexpr quint32 Date = 1082;
inline constexpr quint32 Time = 1083;
inline constexpr quint32 Timestamp = 1114;
inline constexpr quint32 Timestamptz = 1184;
inline constexpr quint32 Interval = 1186;
inline constexpr quint32 Timetz = 1266;
inline constexpr quint32 Bit = 1560;
inline constexpr quint32 Varbit = 1562;
inline constexpr quint32 Numeric = 1700;
inline constexpr quint32 Uuid = 2950;
inline constexpr quint32 Jsonb = 3802;

inline constexpr quint32 BoolArray = 1000;
inline constexpr quint32 ByteaArray = 1001;
inline constexpr quint32 CharArray = 1002;
inline constexpr quint32 NameArray = 1003;
inline constexpr quint32 Int2Array = 1005;
inline constexpr quint32 Int4Array = 1007;
inline constexpr quint32 TextArray = 1009;
inline constexpr quint32 BpcharArray = 1014;
inline constexpr quint32 VarcharArray = 1015;
inline constexpr quint32 Int8Array = 1016;
inline constexpr quint32 Float4Array = 1021;
inline constexpr quint32 Float8Array = 1022;
inline constexpr quint32 OidArray = 1028;
inline constexpr quint32 JsonArray = 199;
inline constexpr quint32 TimestampArray = 1115;
inline constexpr quint32 DateArray = 1182;
inline constexpr quint32 TimeArray = 1183;
inline constexpr quint32 TimestamptzArray = 1185;
inline constexpr quint32 IntervalArray = 1187;
inline constexpr quint32 NumericArray = 1231;
inline constexpr quint32 TimetzArray = 1270;
inline constexpr quint32 BitArray = 1561;
inline constexpr quint32 VarbitArray = 1563;
inline constexpr quint32 UuidArray = 2951;
inline constexpr quint32 JsonbArray = 3807;

// The built-in range types and their multiranges (PostgreSQL 14 added the
// multiranges). Their arrays are in the format_type table like any other.
inline constexpr quint32 Int4Range = 3904;
inline constexpr quint32 NumRange = 3906;
inline constexpr quint32 TsRange = 3908;
inline constexpr quint32 TstzRange = 3910;
inline constexpr quint32 DateRange = 3912;
inline constexpr quint32 Int8Range = 3926;
inline constexpr quint32 Int4Multirange = 4451;
inline constexpr quint32 NumMultirange = 4532;
inline constexpr quint32 TsMultirange = 4533;
inline constexpr quint32 TstzMultirange = 4534;
inline constexpr quint32 DateMultirange = 4535;
inline constexpr quint32 Int8Multirange = 4536;

inline constexpr quint32 Int4RangeArray = 3905;
inline constexpr quint32 NumRangeArray = 3907;
inline constexpr quint32 TsRangeArray = 3909;
inline constexpr quint32 TstzRangeArray = 3911;
inline constexpr quint32 DateRangeArray = 3913;
inline constexpr quint32 Int8RangeArray = 3927;
inline constexpr quint32 Int4MultirangeArray = 6150;
inline constexpr quint32 NumMultirangeArray = 6151;
inline constexpr quint32 TsMultirangeArray = 6152;
inline constexpr quint32 TstzMultirangeArray = 6153;
inline constexpr quint32 DateMultirangeArray = 6155;
inline constexpr quint32 Int8MultirangeArray = 6157;

// pg_range.rngsubtype of a built-in range type; 0 for any other type.
constexpr quint32 builtinRangeSubtype(quint32 oid)
{
    switch (oid) {
    case Int4Range:
        return Int4;
    case NumRange:
        return Numeric;
    case TsRange:
        return Timestamp;
    case TstzRange:
        return Timestamptz;
    case DateRange:
        return Date;
    case Int8Range:
        return Int8;
    default:
        return 0;
    }
}

// The range type a built-in multirange holds (pg_range.rngtypid where
// rngmultitypid is oid); 0 for any other type.
constexpr quint32 builtinMultirangeRange(quint32 oid)
{
    switch (oid) {
    case Int4Multirange:
        return Int4Range;
    case NumMultirange:
        return NumRange;
    case TsMultirange:
        return TsRange;
    case TstzMultirange:
        return TstzRange;
    case DateMultirange:
        return DateRange;
    case Int8Multirange:
        return Int8Range;
    default:
        return 0;
    }
}

// Objects created by initdb or by users start here (FirstNormalObjectId).
inline constexpr quint32 FirstNormalObjectId = 16384;

} // namespace pgrepl::TypeOid
