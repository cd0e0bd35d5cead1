#pragma once

#include "types/TypeNames.h"

#include <QByteArrayView>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace pgrepl {

// Renders a value in a type's binary (send-function) format, as pgoutput
// sends with binary=true, to exactly the text the server's output function
// prints under the session settings the inspector fixes: DateStyle=ISO,
// IntervalStyle=postgres, extra_float_digits=3, bytea_output=hex, and UTF-8.
//
// Handles bool, "char", int2/4/8, oid, float4/8, numeric, text, varchar,
// bpchar, name, json, jsonb, bytea, uuid, bit, varbit, date, time, timetz,
// timestamp, timestamptz, interval, the built-in ranges (int4range,
// int8range, numrange, daterange, tsrange, tstzrange) and their multiranges,
// and arrays of these (any number of dimensions, lower bounds shown as the
// server does). A range prints as range_out does, e.g. [1,5), (,"2024-01-01
// 00:00:00"] or empty; a multirange as {[1,3),[5,7)} or {}. The server sends
// ranges already canonical, so none is canonicalised here. For any other
// type, and for bytes that are not a valid value (wrong length, bad header,
// out-of-range field, range flags range_send never writes), returns nullopt
// and sets *error (when given) to what is wrong, where and in which field.
// It never reads past the given bytes.

// timestamptz renders in UTC (TimeZone=UTC).
std::optional<QString> binaryToText(quint32 typeOid, QByteArrayView bytes, QString *error);
// timestamptz renders in timeZone, with its offset as PostgreSQL prints it
// (+00, +05:30, -03, or +05:53:28 for an old date in local mean time).
std::optional<QString> binaryToText(
    quint32 typeOid, QByteArrayView bytes, const QTimeZone &timeZone, QString *error);

// As above, and also the user types described in userTypes (may be null):
// an enum shows its label; a domain renders as its base type (through
// domains of domains); a composite renders as record_out prints it, e.g.
// (1,"a b",), each column by the type OID the record carries; a range
// renders its bounds by its subtype (UserType::baseOid) and a multirange
// its ranges by its range type (also baseOid); an array of any of these
// renders element by element. A type whose kind is unknown (typtype 0), a
// range or multirange without baseOid (a capture written before they were
// recorded), a pseudo or user base type has no renderer: nullopt and
// *error says why, so the caller shows hex.
std::optional<QString> binaryToText(quint32 typeOid, QByteArrayView bytes, const QTimeZone &timeZone,
    const TypeNameMap *userTypes, QString *error);

// Whether binaryToText knows the type (arrays, ranges and multiranges
// included, when what they hold is known); false means a caller should show
// the bytes instead.
bool hasBinaryRenderer(quint32 typeOid);
// The same, with the user types in userTypes (may be null). A composite
// counts as known: its columns' types are only learnt from the value.
bool hasBinaryRenderer(quint32 typeOid, const TypeNameMap *userTypes);

// The zone for a PostgreSQL TimeZone setting such as "UTC", "Europe/Paris"
// or "Asia/Kolkata"; nullopt with *error set when the name is unknown.
std::optional<QTimeZone> timeZoneFromName(const QString &name, QString *error);

} // namespace pgrepl
