#include "types/TypeNames.h"

#include "types/TypeOids.h"

#include <algorithm>
#include <array>
#include <iterator>

namespace pgrepl {

namespace {

struct BuiltinType
{
    quint32 oid;
    const char *name;
    quint32 element; // set for true arrays only
};

// Every type PostgreSQL 15's initdb creates with a fixed OID (below 10000),
// all in pg_catalog, sorted by OID. Read from pg_type; tst_types_server
// checks it against the server's catalogue row by row.
constexpr BuiltinType kBuiltinTypes[] = {
    {16, "bool", 0},
    {17, "bytea", 0},
    {18, "char", 0},
    {19, "name", 0},
    {20, "int8", 0},
    {21, "int2", 0},
    {22, "int2vector", 0},
    {23, "int4", 0},
    {24, "regproc", 0},
    {25, "text", 0},
    {26, "oid", 0},
    {27, "tid", 0},
    {28, "xid", 0},
    {29, "cid", 0},
    {30, "oidvector", 0},
    {32, "pg_ddl_command", 0},
    {71, "pg_type", 0},
    {75, "pg_attribute", 0},
    {81, "pg_proc", 0},
    {83, "pg_class", 0},
    {114, "json", 0},
    {142, "xml", 0},
    {143, "_xml", 142},
    {194, "pg_node_tree", 0},
    {199, "_json", 114},
    {210, "_pg_type", 71},
    {269, "table_am_handler", 0},
    {270, "_pg_attribute", 75},
    {271, "_xid8", 5069},
    {272, "_pg_proc", 81},
    {273, "_pg_class", 83},
    {325, "index_am_handler", 0},
    {600, "point", 0},
    {601, "lseg", 0},
    {602, "path", 0},
    {603, "box", 0},
    {604, "polygon", 0},
    {628, "line", 0},
    {629, "_line", 628},
    {650, "cidr", 0},
    {651, "_cidr", 650},
    {700, "float4", 0},
    {701, "float8", 0},
    {705, "unknown", 0},
    {718, "circle", 0},
    {719, "_circle", 718},
    {774, "macaddr8", 0},
    {775, "_macaddr8", 774},
    {790, "money", 0},
    {791, "_money", 790},
    {829, "macaddr", 0},
    {869, "inet", 0},
    {1000, "_bool", 16},
    {1001, "_bytea", 17},
    {1002, "_char", 18},
    {1003, "_name", 19},
    {1005, "_int2", 21},
    {1006, "_int2vector", 22},
    {1007, "_int4", 23},
    {1008, "_regproc", 24},
    {1009, "_text", 25},
    {1010, "_tid", 27},
    {1011, "_xid", 28},
    {1012, "_cid", 29},
    {1013, "_oidvector", 30},
    {1014, "_bpchar", 1042},
    {1015, "_varchar", 1043},
    {1016, "_int8", 20},
    {1017, "_point", 600},
    {1018, "_lseg", 601},
    {1019, "_path", 602},
    {1020, "_box", 603},
    {1021, "_float4", 700},
    {1022, "_float8", 701},
    {1027, "_polygon", 604},
    {1028, "_oid", 26},
    {1033, "aclitem", 0},
    {1034, "_aclitem", 1033},
    {1040, "_macaddr", 829},
    {1041, "_inet", 869},
    {1042, "bpchar", 0},
    {1043, "varchar", 0},
    {1082, "date", 0},
    {1083, "time", 0},
    {1114, "timestamp", 0},
    {1115, "_timestamp", 1114},
    {1182, "_date", 1082},
    {1183, "_time", 1083},
    {1184, "timestamptz", 0},
    {1185, "_timestamptz", 1184},
    {1186, "interval", 0},
    {1187, "_interval", 1186},
    {1231, "_numeric", 1700},
    {1248, "pg_database", 0},
    {1263, "_cstring", 2275},
    {1266, "timetz", 0},
    {1270, "_timetz", 1266},
    {1560, "bit", 0},
    {1561, "_bit", 1560},
    {1562, "varbit", 0},
    {1563, "_varbit", 1562},
    {1700, "numeric", 0},
    {1790, "refcursor", 0},
    {2201, "_refcursor", 1790},
    {2202, "regprocedure", 0},
    {2203, "regoper", 0},
    {2204, "regoperator", 0},
    {2205, "regclass", 0},
    {2206, "regtype", 0},
    {2207, "_regprocedure", 2202},
    {2208, "_regoper", 2203},
    {2209, "_regoperator", 2204},
    {2210, "_regclass", 2205},
    {2211, "_regtype", 2206},
    {2249, "record", 0},
    {2275, "cstring", 0},
    {2276, "any", 0},
    {2277, "anyarray", 0},
    {2278, "void", 0},
    {2279, "trigger", 0},
    {2280, "language_handler", 0},
    {2281, "internal", 0},
    {2283, "anyelement", 0},
    {2287, "_record", 2249},
    {2776, "anynonarray", 0},
    {2842, "pg_authid", 0},
    {2843, "pg_auth_members", 0},
    {2949, "_txid_snapshot", 2970},
    {2950, "uuid", 0},
    {2951, "_uuid", 2950},
    {2970, "txid_snapshot", 0},
    {3115, "fdw_handler", 0},
    {3220, "pg_lsn", 0},
    {3221, "_pg_lsn", 3220},
    {3310, "tsm_handler", 0},
    {3361, "pg_ndistinct", 0},
    {3402, "pg_dependencies", 0},
    {3500, "anyenum", 0},
    {3614, "tsvector", 0},
    {3615, "tsquery", 0},
    {3642, "gtsvector", 0},
    {3643, "_tsvector", 3614},
    {3644, "_gtsvector", 3642},
    {3645, "_tsquery", 3615},
    {3734, "regconfig", 0},
    {3735, "_regconfig", 3734},
    {3769, "regdictionary", 0},
    {3770, "_regdictionary", 3769},
    {3802, "jsonb", 0},
    {3807, "_jsonb", 3802},
    {3831, "anyrange", 0},
    {3838, "event_trigger", 0},
    {3904, "int4range", 0},
    {3905, "_int4range", 3904},
    {3906, "numrange", 0},
    {3907, "_numrange", 3906},
    {3908, "tsrange", 0},
    {3909, "_tsrange", 3908},
    {3910, "tstzrange", 0},
    {3911, "_tstzrange", 3910},
    {3912, "daterange", 0},
    {3913, "_daterange", 3912},
    {3926, "int8range", 0},
    {3927, "_int8range", 3926},
    {4066, "pg_shseclabel", 0},
    {4072, "jsonpath", 0},
    {4073, "_jsonpath", 4072},
    {4089, "regnamespace", 0},
    {4090, "_regnamespace", 4089},
    {4096, "regrole", 0},
    {4097, "_regrole", 4096},
    {4191, "regcollation", 0},
    {4192, "_regcollation", 4191},
    {4451, "int4multirange", 0},
    {4532, "nummultirange", 0},
    {4533, "tsmultirange", 0},
    {4534, "tstzmultirange", 0},
    {4535, "datemultirange", 0},
    {4536, "int8multirange", 0},
    {4537, "anymultirange", 0},
    {4538, "anycompatiblemultirange", 0},
    {4600, "pg_brin_bloom_summary", 0},
    {4601, "pg_brin_minmax_multi_summary", 0},
    {5017, "pg_mcv_list", 0},
    {5038, "pg_snapshot", 0},
    {5039, "_pg_snapshot", 5038},
    {5069, "xid8", 0},
    {5077, "anycompatible", 0},
    {5078, "anycompatiblearray", 0},
    {5079, "anycompatiblenonarray", 0},
    {5080, "anycompatiblerange", 0},
    {6101, "pg_subscription", 0},
    {6150, "_int4multirange", 4451},
    {6151, "_nummultirange", 4532},
    {6152, "_tsmultirange", 4533},
    {6153, "_tstzmultirange", 4534},
    {6155, "_datemultirange", 4535},
    {6157, "_int8multirange", 4536},
};

const BuiltinType *findBuiltin(quint32 oid)
{
    const auto it = std::lower_bound(std::begin(kBuiltinTypes), std::end(kBuiltinTypes), oid,
        [](const BuiltinType &type, quint32 value) { return type.oid < value; });
    if (it == std::end(kBuiltinTypes) || it->oid != oid)
        return nullptr;
    return it;
}

// PostgreSQL 15's key words that are not UNRESERVED (reserved, column-name
// and type/function-name ones), sorted: quote_ident quotes these. From
// pg_get_keywords() WHERE catcode <> 'U'.
constexpr const char *kQuotedKeywords[] = {"all", "analyse", "analyze", "and", "any", "array", "as", "asc",
    "asymmetric", "authorization", "between", "bigint", "binary", "bit", "boolean", "both", "case", "cast",
    "char", "character", "check", "coalesce", "collate", "collation", "column", "concurrently", "constraint",
    "create", "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
    "current_timestamp", "current_user", "dec", "decimal", "default", "deferrable", "desc", "distinct", "do",
    "else", "end", "except", "exists", "extract", "false", "fetch", "float", "for", "foreign", "freeze",
    "from", "full", "grant", "greatest", "group", "grouping", "having", "ilike", "in", "initially", "inner",
    "inout", "int", "integer", "intersect", "interval", "into", "is", "isnull", "join", "lateral", "leading",
    "least", "left", "like", "limit", "localtime", "localtimestamp", "national", "natural", "nchar", "none",
    "normalize", "not", "notnull", "null", "nullif", "numeric", "offset", "on", "only", "or", "order", "out",
    "outer", "overlaps", "overlay", "placing", "position", "precision", "primary", "real", "references",
    "returning", "right", "row", "select", "session_user", "setof", "similar", "smallint", "some",
    "substring", "symmetric", "table", "tablesample", "then", "time", "timestamp", "to", "trailing", "treat",
    "trim", "true", "union", "unique", "user", "using", "values", "varchar", "variadic", "verbose", "when",
    "where", "window", "with", "xmlattributes", "xmlconcat", "xmlelement", "xmlexists", "xmlforest",
    "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot", "xmlserialize", "xmltable"};

bool isQuotedKeyword(QStringView word)
{
    const auto it = std::lower_bound(std::begin(kQuotedKeywords), std::end(kQuotedKeywords), word,
        [](const char *keyword, QStringView value) { return QLatin1String(keyword) < value; });
    return it != std::end(kQuotedKeywords) && QLatin1String(*it) == word;
}

// Typmod decorations, as the types' typmodout functions print them (VARHDRSZ
// is the 4 bytes that character and numeric typmods carry).
constexpr qint32 kVarHdrSz = 4;

QString lengthTypmod(qint32 typmod)
{
    return typmod > kVarHdrSz ? QStringLiteral("(%1)").arg(typmod - kVarHdrSz) : QString();
}

QString bitTypmod(qint32 typmod)
{
    return typmod >= 0 ? QStringLiteral("(%1)").arg(typmod) : QString();
}

QString numericTypmod(qint32 typmod)
{
    if (typmod < kVarHdrSz)
        return QString();
    const qint32 packed = typmod - kVarHdrSz;
    const qint32 precision = (packed >> 16) & 0xffff;
    // The scale is an 11-bit two's complement number (negative scales exist since PostgreSQL 15).
    const qint32 scale = ((packed & 0x7ff) ^ 1024) - 1024;
    return QStringLiteral("(%1,%2)").arg(precision).arg(scale);
}

QString precisionTypmod(qint32 typmod, const char *zoneText)
{
    const QLatin1String zone(zoneText);
    if (typmod >= 0)
        return QStringLiteral("(%1)").arg(typmod) + zone;
    return zone;
}

// Interval typmods pack a field mask (bits of YEAR=2, MONTH=1, DAY=3, HOUR=10,
// MINUTE=11, SECOND=12) above a precision; all-ones means "not given".
QString intervalTypmod(qint32 typmod)
{
    if (typmod < 0)
        return QString();
    constexpr qint32 year = 1 << 2, month = 1 << 1, day = 1 << 3, hour = 1 << 10, minute = 1 << 11,
                     second = 1 << 12, fullRange = 0x7fff, fullPrecision = 0xffff;
    const qint32 range = (typmod >> 16) & 0x7fff;
    const qint32 precision = typmod & 0xffff;
    const char *fields = nullptr;
    switch (range) {
    case year:
        fields = " year";
        break;
    case month:
        fields = " month";
        break;
    case day:
        fields = " day";
        break;
    case hour:
        fields = " hour";
        break;
    case minute:
        fields = " minute";
        break;
    case second:
        fields = " second";
        break;
    case year | month:
        fields = " year to month";
        break;
    case day | hour:
        fields = " day to hour";
        break;
    case day | hour | minute:
        fields = " day to minute";
        break;
    case day | hour | minute | second:
        fields = " day to second";
        break;
    case hour | minute:
        fields = " hour to minute";
        break;
    case hour | minute | second:
        fields = " hour to second";
        break;
    case minute | second:
        fields = " minute to second";
        break;
    case fullRange:
        fields = "";
        break;
    default:
        // The server raises "invalid INTERVAL typmod"; show the raw value rather than guess.
        return QStringLiteral("(typmod 0x%1)").arg(typmod, 0, 16);
    }
    QString out = QLatin1String(fields);
    if (precision != fullPrecision)
        out += QStringLiteral("(%1)").arg(precision);
    return out;
}

// format_type's special names, which match productions of the SQL grammar.
// Returns a null string when the type is not one of them.
QString specialName(quint32 oid, qint32 typmod)
{
    const bool withTypmod = typmod >= 0;
    switch (oid) {
    case TypeOid::Bit:
        // bit with typmod -1 is not BIT (which means BIT(1)): the server falls back to the quoted name.
        return withTypmod ? QStringLiteral("bit") + bitTypmod(typmod) : QString();
    case TypeOid::Bool:
        return QStringLiteral("boolean");
    case TypeOid::Bpchar:
        // Likewise CHARACTER means CHARACTER(1), so no typmod prints as "bpchar".
        return withTypmod ? QStringLiteral("character") + lengthTypmod(typmod) : QString();
    case TypeOid::Float4:
        return QStringLiteral("real");
    case TypeOid::Float8:
        return QStringLiteral("double precision");
    case TypeOid::Int2:
        return QStringLiteral("smallint");
    case TypeOid::Int4:
        return QStringLiteral("integer");
    case TypeOid::Int8:
        return QStringLiteral("bigint");
    case TypeOid::Numeric:
        return QStringLiteral("numeric") + numericTypmod(typmod);
    case TypeOid::Interval:
        return QStringLiteral("interval") + intervalTypmod(typmod);
    case TypeOid::Time:
        return QStringLiteral("time") + precisionTypmod(typmod, " without time zone");
    case TypeOid::Timetz:
        return QStringLiteral("time") + precisionTypmod(typmod, " with time zone");
    case TypeOid::Timestamp:
        return QStringLiteral("timestamp") + precisionTypmod(typmod, " without time zone");
    case TypeOid::Timestamptz:
        return QStringLiteral("timestamp") + precisionTypmod(typmod, " with time zone");
    case TypeOid::Varbit:
        return QStringLiteral("bit varying") + bitTypmod(typmod);
    case TypeOid::Varchar:
        return QStringLiteral("character varying") + lengthTypmod(typmod);
    default:
        return QString();
    }
}

} // namespace

QString quoteIdentifier(QStringView identifier)
{
    bool safe = !identifier.isEmpty()
        && ((identifier.front() >= u'a' && identifier.front() <= u'z') || identifier.front() == u'_');
    for (const QChar ch : identifier) {
        if (!((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'_'))
            safe = false;
    }
    if (safe && !isQuotedKeyword(identifier))
        return identifier.toString();
    QString out;
    out.reserve(identifier.size() + 2);
    out += u'"';
    for (const QChar ch : identifier) {
        if (ch == u'"')
            out += u'"';
        out += ch;
    }
    out += u'"';
    return out;
}

QString builtinTypeName(quint32 oid)
{
    const BuiltinType *type = findBuiltin(oid);
    return type ? QLatin1String(type->name) : QString();
}

quint32 builtinArrayElement(quint32 oid)
{
    const BuiltinType *type = findBuiltin(oid);
    return type ? type->element : 0;
}

QString formatType(quint32 oid, qint32 typmod, const TypeNameMap *userTypes)
{
    if (oid == TypeOid::Invalid)
        return QStringLiteral("-");

    // Resolve a true array to its element, as the server does; the typmod belongs to the element.
    const auto lookup
        = [userTypes](quint32 typeOid, QString *schema, QString *name, quint32 *element, bool *hasTypmodOut) {
              if (const BuiltinType *builtin = findBuiltin(typeOid)) {
                  *schema = QStringLiteral("pg_catalog");
                  *name = QLatin1String(builtin->name);
                  *element = builtin->element;
                  // Among built-ins only the specially named types and their arrays have typmodout.
                  *hasTypmodOut = false;
                  return true;
              }
              if (userTypes) {
                  const auto it = userTypes->constFind(typeOid);
                  if (it != userTypes->constEnd()) {
                      *schema = it->schema;
                      *name = it->name;
                      *element = it->elementOid;
                      *hasTypmodOut = it->hasTypmodOut;
                      return true;
                  }
              }
              return false;
          };

    QString schema, name;
    quint32 element = 0;
    bool hasTypmodOut = false;
    if (!lookup(oid, &schema, &name, &element, &hasTypmodOut))
        return QStringLiteral("???");
    bool isArray = false;
    if (element != 0) {
        isArray = true;
        oid = element;
        quint32 nested = 0;
        if (!lookup(oid, &schema, &name, &nested, &hasTypmodOut))
            return QStringLiteral("???[]");
    }

    QString out = specialName(oid, typmod);
    if (out.isNull()) {
        // Under an empty search_path only pg_catalog is visible, so every other schema is named.
        out = schema == QLatin1String("pg_catalog") ? quoteIdentifier(name)
                                                    : quoteIdentifier(schema) + u'.' + quoteIdentifier(name);
        // A type without typmodout shows its typmod as a bare number.
        if (typmod >= 0 && !hasTypmodOut)
            out += QStringLiteral("(%1)").arg(typmod);
    }
    if (isArray)
        out += QStringLiteral("[]");
    return out;
}

} // namespace pgrepl
