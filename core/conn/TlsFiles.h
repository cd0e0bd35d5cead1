#pragma once

#include "conn/ConnParams.h"

#include <QString>

namespace pgrepl {

// The TLS files a connection uses, as libpq's initialize_SSL picks them.
struct TlsFiles
{
    // sslrootcert, else ~/.postgresql/root.crt; only if the file exists.
    // Empty also when systemRoots is set.
    QString rootCert;
    // sslrootcert=system: OpenSSL's default verify paths instead of a file.
    bool systemRoots = false;
    // The root certificate file that was looked for and is missing, so that
    // verify-ca and verify-full can say "root certificate file "..." does not
    // exist" as libpq does. Empty when rootCert or systemRoots is set, or no
    // home directory is known.
    QString missingRootCert;
    // sslcert, else ~/.postgresql/postgresql.crt; only if the file exists (a
    // missing client certificate is not an error in libpq, the server may not
    // ask for one).
    QString cert;
    // sslkey, else ~/.postgresql/postgresql.key; set whenever cert is, even if
    // the file is missing: the session must then fail with "certificate
    // present, but not private key file", and must refuse a key file that group
    // or others can access (0600, or 0640 when owned by root), as libpq does.
    QString key;

    bool operator==(const TlsFiles &) const = default;
};

// The defaults live under <env.homeDir>/.postgresql/.
TlsFiles resolveTlsFiles(const ConnParams &params, const ConnEnvironment &env);

} // namespace pgrepl
