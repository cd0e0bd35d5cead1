#pragma once

#include <QDebug>
#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace pgrepl {

// How the server asks the client to authenticate. None is the server saying
// AuthenticationOk straight away (trust, peer, or a TLS certificate alone).
enum class AuthMethod { None, Password, Md5, ScramSha256, Gss, Sspi };

// libpq's require_auth (PostgreSQL 16+): a comma-separated list of password,
// md5, gss, sspi, scram-sha-256 and none, with no spaces. Either every entry is
// negated with '!' ("the server must not use these") or none is ("the server
// must use one of these"). "none" in a plain list allows a server that asks for
// nothing; "!none" demands that it asks for something. Unset allows everything.
struct RequireAuth
{
    // Empty text gives an unset requirement. On failure returns nullopt and
    // sets *error to libpq's reason, naming the offending entry.
    static std::optional<RequireAuth> parse(QStringView text, QString *error = nullptr);

    bool isSet() const { return m_set; }
    bool isNegated() const { return m_negated; }
    // Unset => true for every method.
    bool allows(AuthMethod method) const;
    // True when a server that skips authentication (AuthMethod::None) must be
    // refused, i.e. the client has to see a challenge it allows.
    bool requiresAuthentication() const { return !allows(AuthMethod::None); }

    // The requirement in require_auth syntax, for error messages such as
    // "authentication method requirement "!password,!md5" failed: ...".
    // Empty when unset.
    QString describe() const;

    // The require_auth spelling: "none", "password", "md5", "scram-sha-256",
    // "gss", "sspi".
    static QString methodName(AuthMethod method);

    bool operator==(const RequireAuth &) const = default;

private:
    bool m_set = false;
    bool m_negated = false;
    QList<AuthMethod> m_methods; // in the order given, no duplicates
};

QDebug operator<<(QDebug debug, const RequireAuth &requirement);

} // namespace pgrepl
