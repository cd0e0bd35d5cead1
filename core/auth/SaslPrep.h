#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace pgrepl {

// SASLprep (RFC 4013) of a SCRAM password, decided exactly as PostgreSQL's
// pg_saslprep decides it, because the server's stored verifier was made by
// that function: an ASCII-only password is used as is; invalid UTF-8, an
// empty result, a prohibited or unassigned code point or a bidi violation
// make the raw bytes be used unchanged. Otherwise returns the NFKC result.
QByteArray saslPrepPassword(const QByteArray &utf8Password);

// Strict RFC 4013 SASLprep, for tests and diagnostics: on failure returns
// nullopt and sets *error to what is wrong, at which code point position.
std::optional<QString> saslPrep(const QString &input, QString *error = nullptr);

} // namespace pgrepl
