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

// Objects created by initdb or by users start here (FirstNormalObjectId).
inline constexpr quint32 FirstNormalObjectId = 16384;

} // namespace pgrepl::TypeOid
