#pragma once

#include "conn/RequireAuth.h"

#include <QDebug>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Connection parameters as psql and every libpq program take them: a URI
// (postgresql://...) or key=value string, filled in from PG* environment
// variables and libpq's defaults. Only parsing lives here; nothing here opens
// a socket or a file except lookupPgPass (PgPass.h) and resolveTlsFiles
// (TlsFiles.h).
//
// Things the session has to honour itself, as libpq does:
// - sslmode does not apply to Unix-domain sockets: a socket connection never
//   negotiates TLS, whatever sslmode says (libpq silently ignores it there,
//   even for require and verify-*).
// - With sslmode=require and a root certificate file present (TlsFiles.rootCert
//   not empty), libpq verifies the chain as verify-ca would (a compatibility
//   rule from before verify-ca existed).
// - connect_timeout applies to each host in the list separately.
// - A password from .pgpass is looked up per host (lookupPgPass) and only when
//   ConnParams::password is empty.
namespace pgrepl {

enum class SslMode { Disable, Allow, Prefer, Require, VerifyCa, VerifyFull };
enum class ChannelBinding { Disable, Prefer, Require };

// libpq's spellings: "disable", "allow", "prefer", "require", "verify-ca",
// "verify-full"; and "disable", "prefer", "require".
QString sslModeName(SslMode mode);
QString channelBindingName(ChannelBinding binding);

// libpq's DEFAULT_PGSOCKET_DIR as Debian builds it: where a connection without
// host (or with an empty one) goes.
inline QString defaultSocketDir()
{
    return QStringLiteral("/var/run/postgresql");
}
inline constexpr quint16 DefaultPort = 5432;

// One entry of the host list.
struct HostSpec
{
    QString host; // name, IP, or a Unix socket directory (starts with '/')
    QString hostaddr; // numeric address to connect to; host stays the name TLS verifies
    quint16 port = DefaultPort;

    // A socket directory and no hostaddr (hostaddr wins, as in libpq).
    bool isUnixSocket() const;
    QString unixSocketPath() const; // "<dir>/.s.PGSQL.<port>"
    QString connectAddress() const; // hostaddr if set, else host

    bool operator==(const HostSpec &) const = default;
};

struct ConnParams
{
    QList<HostSpec> hosts; // a comma-separated host list is tried in order; never empty
    QString user, password, dbname, applicationName, options;
    QString passFile; // passfile= or PGPASSFILE; empty means ~/.pgpass
    SslMode sslMode = SslMode::Prefer;
    QString sslRootCert, sslCert, sslKey; // as given (defaults resolved by resolveTlsFiles)
    bool sslSni = true;
    ChannelBinding channelBinding = ChannelBinding::Prefer;
    RequireAuth requireAuth;
    int connectTimeoutSeconds = 0; // 0 = none; libpq's minimum of 2 is already applied

    // key=value form that parseConnectionString reads back to the same
    // parameters, except that the password is never shown.
    QString toDisplayString() const;

    bool operator==(const ConnParams &) const = default;
};

// What the process environment gives; a seam so tests never depend on the real one.
struct ConnEnvironment
{
    QHash<QString, QString> vars; // PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE, ...
    QString homeDir; // for ~/.pgpass and ~/.postgresql/; empty if unknown
    QString osUser; // libpq's default user and dbname

    // The PG* variables of this process, $HOME (else the passwd entry's home)
    // and the effective user's login name.
    static ConnEnvironment system();
};

struct ConnParseResult
{
    std::optional<ConnParams> params;
    QString error; // names the key or the character that is wrong; empty on success
};

// Parses what psql takes as its connection argument:
// - "postgresql://" or "postgres://" URIs;
// - key=value strings (anything containing '=');
// - otherwise, as psql does, the whole text is a database name ("" means all
//   defaults).
// Keys: host, hostaddr, port, user, password, passfile, dbname, sslmode,
// sslrootcert, sslcert, sslkey, sslsni, application_name,
// fallback_application_name, connect_timeout, options, channel_binding,
// require_auth, and replication, which is accepted and ignored.
// Values missing from the text come from PG* variables in env, then libpq's
// defaults. An empty value means the default, as in libpq, except for sslmode
// and channel_binding, which libpq rejects when empty.
ConnParseResult parseConnectionString(const QString &dsn, const ConnEnvironment &env);

// True when a cleartext password (the server's "password" method) could
// cross a network unencrypted: TCP to a host that is not this machine, with
// an sslmode that allows plain text (disable, allow, prefer), and
// require_auth not ruling the cleartext method out. The GUI warns then.
bool passwordMayTravelInClear(const ConnParams &params);

QDebug operator<<(QDebug debug, const HostSpec &host);
QDebug operator<<(QDebug debug, const ConnParams &params);

} // namespace pgrepl
