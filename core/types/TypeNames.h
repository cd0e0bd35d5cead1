#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace pgrepl {

// A type the built-in table does not know (an enum, domain, composite, an
// extension's type, or a type newer than the table), as read from pg_type:
//   SELECT t.oid, n.nspname, t.typname,
//          CASE WHEN t.typelem <> 0 AND t.typsubscript = 'array_subscript_handler'::regproc
//                    AND t.typstorage <> 'p' THEN t.typelem ELSE 0 END,
//          t.typmodout <> 0, t.typtype,
//          CASE t.typtype
//            WHEN 'r' THEN (SELECT rngsubtype FROM pg_range WHERE rngtypid = t.oid)
//            WHEN 'm' THEN (SELECT rngtypid FROM pg_range WHERE rngmultitypid = t.oid)
//            ELSE t.typbasetype END
//   FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
// (cli::userTypesQuery in app/cli/CaptureSupport.cpp is that query.)
// elementOid is set only for a true array (what format_type prints as elem[]);
// vector types such as oidvector keep 0 and print under their own name.
struct UserType
{
    QString schema;
    QString name;
    quint32 elementOid = 0;
    // True when pg_type.typmodout is set: the type renders its own typmod,
    // which this library cannot reproduce, so formatType leaves it out.
    bool hasTypmodOut = false;
    // pg_type.typtype, which binaryToText needs to know how the value is
    // sent: 'b' base, 'c' composite, 'd' domain, 'e' enum, 'm' multirange,
    // 'p' pseudo, 'r' range; 0 when unknown (e.g. a capture written before it
    // was recorded), which leaves the value as hex.
    char typtype = 0;
    // The type this one's values are made of, by typtype: for a domain its
    // base type (pg_type.typbasetype), for a range its subtype
    // (pg_range.rngsubtype), for a multirange its range type (the
    // pg_range.rngtypid whose rngmultitypid is this type); else 0, which for
    // a domain, range or multirange leaves its values as hex.
    quint32 baseOid = 0;
};

// pg_type.typtype values.
namespace TypType {
inline constexpr char Base = 'b';
inline constexpr char Composite = 'c';
inline constexpr char Domain = 'd';
inline constexpr char Enum = 'e';
inline constexpr char Multirange = 'm';
inline constexpr char Pseudo = 'p';
inline constexpr char Range = 'r';
// Whether c is one of the above.
constexpr bool isValid(char c)
{
    return c == Base || c == Composite || c == Domain || c == Enum || c == Multirange || c == Pseudo
        || c == Range;
}
} // namespace TypType

using TypeNameMap = QHash<quint32, UserType>;

// What PostgreSQL's format_type(oid, typmod) prints for a type with the
// typmod given (-1 meaning none, as in pg_attribute.atttypmod), under an
// empty search_path: pg_catalog types bare, every other schema qualified,
// identifiers quoted as quote_ident would. Built-in types are looked up in a
// table of PostgreSQL 15's catalogue, then in userTypes (may be null). An
// OID found nowhere prints "???" and OID 0 prints "-", as the server does.
QString formatType(quint32 oid, qint32 typmod, const TypeNameMap *userTypes = nullptr);

// The identifier as quote_ident prints it: bare when it is lower-case
// letters, digits and underscores, starts with a letter or underscore and is
// no reserved (or otherwise non-unreserved) key word; else double-quoted
// with embedded quotes doubled.
QString quoteIdentifier(QStringView identifier);

// The catalogue name (pg_type.typname) of a built-in type, e.g. "int4" or
// "_int4"; empty when the OID is not a built-in type.
QString builtinTypeName(quint32 oid);

// The element type of a built-in true array type, 0 for anything else.
quint32 builtinArrayElement(quint32 oid);

} // namespace pgrepl
