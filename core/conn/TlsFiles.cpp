#include "conn/TlsFiles.h"

#include <QFileInfo>

namespace pgrepl {

TlsFiles resolveTlsFiles(const ConnParams &params, const ConnEnvironment &env)
{
    TlsFiles files;
    const QString dir = env.homeDir.isEmpty() ? QString() : env.homeDir + QStringLiteral("/.postgresql/");
    auto pick = [&dir](const QString &given, const char *defaultName) {
        if (!given.isEmpty())
            return given;
        return dir.isEmpty() ? QString() : dir + QLatin1String(defaultName);
    };

    const QString root = pick(params.sslRootCert, "root.crt");
    if (params.sslRootCert == QLatin1String("system"))
        files.systemRoots = true;
    else if (!root.isEmpty() && QFileInfo::exists(root))
        files.rootCert = root;
    else
        files.missingRootCert = root;

    const QString cert = pick(params.sslCert, "postgresql.crt");
    if (!cert.isEmpty() && QFileInfo::exists(cert)) {
        files.cert = cert;
        files.key = pick(params.sslKey, "postgresql.key");
    }
    return files;
}

} // namespace pgrepl
