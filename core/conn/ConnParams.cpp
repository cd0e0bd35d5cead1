#include "conn/ConnParams.h"

#include <QProcessEnvironment>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>

#include <vector>
#endif

namespace pgrepl {

QString sslModeName(SslMode mode)
{
    switch (mode) {
    case SslMode::Disable:
        return QStringLiteral("disable");
    case SslMode::Allow:
        return QStringLiteral("allow");
    case SslMode::Prefer:
        return QStringLiteral("prefer");
    case SslMode::Require:
        return QStringLiteral("require");
    case SslMode::VerifyCa:
        return QStringLiteral("verify-ca");
    case SslMode::VerifyFull:
        return QStringLiteral("verify-full");
    }
    return QString();
}

QString channelBindingName(ChannelBinding binding)
{
    switch (binding) {
    case ChannelBinding::Disable:
        return QStringLiteral("disable");
    case ChannelBinding::Prefer:
        return QStringLiteral("prefer");
    case ChannelBinding::Require:
        return QStringLiteral("require");
    }
    return QString();
}

bool HostSpec::isUnixSocket() const
{
    return hostaddr.isEmpty() && host.startsWith(u'/');
}

QString HostSpec::unixSocketPath() const
{
    // libpq's UNIXSOCK_PATH: "%s/.s.PGSQL.%d", with no tidying of the directory.
    return QStringLiteral("%1/.s.PGSQL.%2").arg(host, QString::number(port));
}

QString HostSpec::connectAddress() const
{
    return hostaddr.isEmpty() ? host : hostaddr;
}

namespace {

bool needsQuoting(const QString &value)
{
    if (value.isEmpty())
        return true;
    for (const QChar c : value) {
        if (c == u'\'' || c == u'\\' || c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v'
            || c == u'\f')
            return true;
    }
    return false;
}

QString quoted(const QString &value)
{
    if (!needsQuoting(value))
        return value;
    QString out;
    out.reserve(value.size() + 2);
    out += u'\'';
    for (const QChar c : value) {
        if (c == u'\'' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'\'';
    return out;
}

} // namespace

QString ConnParams::toDisplayString() const
{
    QStringList parts;
    auto add = [&parts](const char *key, const QString &value) {
        parts << QLatin1String(key) + u'=' + quoted(value);
    };

    QStringList hostList, addrList, portList;
    bool anyHost = false, anyAddr = false, samePort = true;
    for (const HostSpec &h : hosts) {
        hostList << h.host;
        addrList << h.hostaddr;
        portList << QString::number(h.port);
        anyHost = anyHost || !h.host.isEmpty();
        anyAddr = anyAddr || !h.hostaddr.isEmpty();
        samePort = samePort && h.port == hosts.first().port;
    }
    if (anyHost)
        add("host", hostList.join(u','));
    if (anyAddr)
        add("hostaddr", addrList.join(u','));
    if (!portList.isEmpty())
        add("port", samePort ? portList.first() : portList.join(u','));
    add("user", user);
    add("dbname", dbname);
    // The password is left out on purpose: this text goes to logs and title bars.
    if (!passFile.isEmpty())
        add("passfile", passFile);
    add("sslmode", sslModeName(sslMode));
    if (!sslRootCert.isEmpty())
        add("sslrootcert", sslRootCert);
    if (!sslCert.isEmpty())
        add("sslcert", sslCert);
    if (!sslKey.isEmpty())
        add("sslkey", sslKey);
    if (!sslSni)
        add("sslsni", QStringLiteral("0"));
    if (channelBinding != ChannelBinding::Prefer)
        add("channel_binding", channelBindingName(channelBinding));
    if (requireAuth.isSet())
        add("require_auth", requireAuth.describe());
    if (connectTimeoutSeconds > 0)
        add("connect_timeout", QString::number(connectTimeoutSeconds));
    if (!applicationName.isEmpty())
        add("application_name", applicationName);
    if (!options.isEmpty())
        add("options", options);
    return parts.join(u' ');
}

ConnEnvironment ConnEnvironment::system()
{
    ConnEnvironment env;
    const QProcessEnvironment process = QProcessEnvironment::systemEnvironment();
    const QStringList keys = process.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("PG")))
            env.vars.insert(key, process.value(key));
    }

    env.homeDir = qEnvironmentVariable("HOME");
#ifdef Q_OS_UNIX
    // libpq asks the passwd database for the effective user (pg_fe_getauthname)
    // and, lacking $HOME, for the home directory too.
    long size = sysconf(_SC_GETPW_R_SIZE_MAX);
    std::vector<char> buffer(size > 0 ? static_cast<size_t>(size) : 16384);
    passwd entry {};
    passwd *found = nullptr;
    if (getpwuid_r(geteuid(), &entry, buffer.data(), buffer.size(), &found) == 0 && found) {
        env.osUser = QString::fromLocal8Bit(found->pw_name);
        if (env.homeDir.isEmpty())
            env.homeDir = QString::fromLocal8Bit(found->pw_dir);
    }
#endif
    if (env.osUser.isEmpty())
        env.osUser = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return env;
}

QDebug operator<<(QDebug debug, const HostSpec &host)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "HostSpec(" << host.host;
    if (!host.hostaddr.isEmpty())
        debug << " @" << host.hostaddr;
    debug << ':' << host.port << ')';
    return debug;
}

QDebug operator<<(QDebug debug, const ConnParams &params)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ConnParams(" << params.toDisplayString() << ')';
    return debug;
}

bool passwordMayTravelInClear(const ConnParams &params)
{
    if (params.sslMode >= SslMode::Require || !params.requireAuth.allows(AuthMethod::Password))
        return false;
    for (const HostSpec &h : params.hosts) {
        if (h.isUnixSocket())
            continue;
        const QString address = h.connectAddress();
        const bool loopback = address.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0
            || address.startsWith(QStringLiteral("127.")) || address == u"::1";
        if (!loopback)
            return true;
    }
    return false;
}

} // namespace pgrepl
