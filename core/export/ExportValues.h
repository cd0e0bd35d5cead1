#pragma once

// Value-level text rules shared by the exporters: JSON as wal2json prints
// it, SQL literals and identifiers, CSV fields, and timestamptz text.

#include "txn/ChangeView.h"

#include <QString>
#include <QStringView>
#include <QTimeZone>

#include <cstdint>

namespace pgrepl::exportvalues {

// A JSON string literal, escaped as PostgreSQL's escape_json does (the five
// short escapes, \uXXXX for other control characters, everything else as is).
QString jsonString(QStringView text);

// One column value as a wal2json JSON value: null for NULL; int2/4/8, oid,
// float4/8 and numeric as bare numbers in the server's own text (null for
// NaN and +-Infinity); bool as true/false; bytea as hex without "\x";
// everything else as a JSON string.
QString wal2jsonValue(const ColumnValue &value);

// A PostgreSQL TimestampTz (microseconds since 2000-01-01 UTC) as the
// server prints timestamptz in that zone with DateStyle=ISO.
QString timestampText(std::int64_t pgMicros, const QTimeZone &timeZone);

// A SQL string literal: '...' with quotes doubled, or E'...' with
// backslashes doubled as well when the text has any.
QString sqlLiteral(QStringView text);

// One CSV field per RFC 4180: quoted (quotes doubled) when it holds a
// comma, a quote, CR or LF.
QString csvField(QStringView text);

} // namespace pgrepl::exportvalues
