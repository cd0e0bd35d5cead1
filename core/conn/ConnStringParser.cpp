// parseConnectionString: libpq's conninfo_parse, conninfo_uri_parse_options,
// conninfo_add_defaults and the checks of connectOptions2, in that order.

#include "conn/ConnParams.h"

#include <QHash>
#include <QStringList>

#include <array>
#include <utility>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#endif

namespace pgrepl {

namespace {

struct Keyword
{
    const char *name;
    const char *envVar; // nullptr: no environment variable
};

// The keywords this tool understands, with libpq's environment variables.
constexpr std::array<Keyword, 19> Keywords {{
    {"host", "PGHOST"},
    {"hostaddr", "PGHOSTADDR"},
    {"port", "PGPORT"},
    {"user", "PGUSER"},
    {"password", "PGPASSWORD"},
    {"passfile", "PGPASSFILE"},
    {"dbname", "PGDATABASE"},
    {"sslmode", "PGSSLMODE"},
    {"sslrootcert", "PGSSLROOTCERT"},
    {"sslcert", "PGSSLCERT"},
    {"sslkey", "PGSSLKEY"},
    {"sslsni", "PGSSLSNI"},
    {"application_name", "PGAPPNAME"},
    {"fallback_application_name", nullptr},
    {"connect_timeout", "PGCONNECT_TIMEOUT"},
    {"options", "PGOPTIONS"},
    {"channel_binding", "PGCHANNELBINDING"},
    {"require_auth", "PGREQUIREAUTH"},
    // Accepted and ignored: the session always asks for a logical replication
    // connection (replication=database) itself, whatever the user pasted.
    {"replication", nullptr},
}};

// Keywords libpq knows that this tool does not implement: a pasted string using
// one gets a clearer error than "unknown".
constexpr std::array<const char *, 24> UnsupportedKeywords {{
    "service",
    "client_encoding",
    "gssencmode",
    "gsslib",
    "gssdelegation",
    "krbsrvname",
    "keepalives",
    "keepalives_idle",
    "keepalives_interval",
    "keepalives_count",
    "tcp_user_timeout",
    "load_balance_hosts",
    "target_session_attrs",
    "requirepeer",
    "requiressl",
    "sslcompression",
    "sslcrl",
    "sslcrldir",
    "sslpassword",
    "sslcertmode",
    "sslnegotiation",
    "ssl_min_protocol_version",
    "ssl_max_protocol_version",
    "min_protocol_version",
}};

bool isKnown(const QString &key)
{
    for (const Keyword &k : Keywords) {
        if (key == QLatin1String(k.name))
            return true;
    }
    return false;
}

bool isUnsupported(const QString &key)
{
    for (const char *name : UnsupportedKeywords) {
        if (key == QLatin1String(name))
            return true;
    }
    return false;
}

// C's isspace in the "C" locale, which is what libpq uses.
bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f';
}

QString quoteChar(QChar c)
{
    return QStringLiteral("\"%1\"").arg(c);
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Reads the text into keyword -> value, as given (later keys win).
class Reader
{
public:
    explicit Reader(const QString &text) : m_text(text) { }

    bool read()
    {
        static const QString prefixes[] = {QStringLiteral("postgresql://"), QStringLiteral("postgres://")};
        for (const QString &prefix : prefixes) {
            if (m_text.startsWith(prefix))
                return readUri(prefix.size());
        }
        if (m_text.contains(u'='))
            return readKeyValue();
        // psql's rule: an argument that is neither a URI nor has an '=' is a
        // database name.
        const QString dbname = m_text.trimmed();
        if (!dbname.isEmpty())
            m_values.insert(QStringLiteral("dbname"), dbname);
        return true;
    }

    const QHash<QString, QString> &values() const { return m_values; }
    const QString &error() const { return m_error; }

private:
    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    bool store(QString key, QString value, bool fromUriQuery)
    {
        // libpq's JDBC-compatible spelling, in URIs only.
        if (fromUriQuery && key == QLatin1String("ssl") && value == QLatin1String("true")) {
            key = QStringLiteral("sslmode");
            value = QStringLiteral("require");
        }
        if (isKnown(key)) {
            m_values.insert(key, value);
            return true;
        }
        if (isUnsupported(key))
            return fail(
                QStringLiteral("connection option \"%1\" is not supported by pgrepl-inspector").arg(key));
        if (fromUriQuery)
            return fail(
                QStringLiteral("invalid URI query parameter \"%1\": not a connection option").arg(key));
        return fail(QStringLiteral("invalid connection option \"%1\"").arg(key));
    }

    // key = value pairs separated by whitespace, as conninfo_parse reads them.
    bool readKeyValue()
    {
        const qsizetype n = m_text.size();
        qsizetype i = 0;
        while (i < n) {
            if (isSpace(m_text[i])) {
                ++i;
                continue;
            }
            const qsizetype keyStart = i;
            while (i < n && m_text[i] != u'=' && !isSpace(m_text[i]))
                ++i;
            const QString key = m_text.mid(keyStart, i - keyStart);
            while (i < n && isSpace(m_text[i]))
                ++i;
            if (key.isEmpty())
                return fail(QStringLiteral("expected a key before \"=\" at position %1").arg(i + 1));
            if (i >= n)
                return fail(QStringLiteral("missing \"=\" after \"%1\" at the end of the connection string")
                                .arg(key));
            if (m_text[i] != u'=')
                return fail(QStringLiteral("missing \"=\" after \"%1\": found %2 at position %3")
                                .arg(key, quoteChar(m_text[i]), QString::number(i + 1)));
            ++i;
            while (i < n && isSpace(m_text[i]))
                ++i;

            QString value;
            if (i < n && m_text[i] == u'\'') {
                const qsizetype quoteAt = i++;
                for (;;) {
                    if (i >= n)
                        return fail(QStringLiteral("unterminated quoted value for \"%1\": the quote at "
                                                   "position %2 is never closed")
                                        .arg(key, QString::number(quoteAt + 1)));
                    const QChar c = m_text[i++];
                    if (c == u'\\') {
                        if (i < n)
                            value += m_text[i++];
                        continue;
                    }
                    if (c == u'\'')
                        break;
                    value += c;
                }
            } else {
                while (i < n && !isSpace(m_text[i])) {
                    const QChar c = m_text[i++];
                    if (c == u'\\') {
                        if (i < n)
                            value += m_text[i++];
                    } else {
                        value += c;
                    }
                }
            }
            if (!store(key, value, false))
                return false;
        }
        return true;
    }

    // Percent-decodes m_text[begin, end) into out (UTF-8 underneath).
    bool decode(qsizetype begin, qsizetype end, QString &out)
    {
        QByteArray bytes;
        qsizetype run = begin;
        for (qsizetype i = begin; i < end; ++i) {
            if (m_text[i] != u'%')
                continue;
            bytes += QStringView(m_text).mid(run, i - run).toUtf8();
            const int high = i + 1 < end ? hexValue(m_text[i + 1]) : -1;
            const int low = i + 2 < end ? hexValue(m_text[i + 2]) : -1;
            if (high < 0 || low < 0)
                return fail(QStringLiteral("invalid percent-encoded token \"%1\" at position %2 in the URI")
                                .arg(m_text.mid(i, qMin<qsizetype>(3, end - i)), QString::number(i + 1)));
            const int byte = high * 16 + low;
            if (byte == 0)
                return fail(QStringLiteral("forbidden value %1 at position %2 in the URI")
                                .arg(QStringLiteral("%00"), QString::number(i + 1)));
            bytes += static_cast<char>(byte);
            i += 2;
            run = i + 1;
        }
        bytes += QStringView(m_text).mid(run, end - run).toUtf8();
        out = QString::fromUtf8(bytes);
        return true;
    }

    QChar charAt(qsizetype i) const { return i < m_text.size() ? m_text[i] : QChar(); }

    static bool isOneOf(QChar c, QStringView set) { return !c.isNull() && set.contains(c); }

    // postgresql://[user[:password]@][host][:port][,...][/dbname][?key=value&...]
    bool readUri(qsizetype start)
    {
        const qsizetype n = m_text.size();
        qsizetype p = start;

        // user[:password]@ comes before the first '/', '?' (libpq looks only
        // for '/', and so takes an '@' in a query value for a user name).
        qsizetype atSign = p;
        while (atSign < n && m_text[atSign] != u'@' && m_text[atSign] != u'/' && m_text[atSign] != u'?')
            ++atSign;
        if (atSign < n && m_text[atSign] == u'@') {
            qsizetype colon = p;
            while (colon < atSign && m_text[colon] != u':')
                ++colon;
            QString user, password;
            if (!decode(p, colon, user))
                return false;
            if (!user.isEmpty() && !store(QStringLiteral("user"), user, false))
                return false;
            if (colon < atSign) {
                if (!decode(colon + 1, atSign, password))
                    return false;
                if (!password.isEmpty() && !store(QStringLiteral("password"), password, false))
                    return false;
            }
            p = atSign + 1;
        }

        // host[:port] list, each host possibly an [IPv6] literal.
        QString hosts, ports;
        QChar terminator;
        for (;;) {
            QString host;
            if (charAt(p) == u'[') {
                const qsizetype open = p++;
                const qsizetype begin = p;
                while (p < n && m_text[p] != u']')
                    ++p;
                if (p >= n)
                    return fail(
                        QStringLiteral("missing \"]\" for the IPv6 address opened at position %1 in the URI")
                            .arg(open + 1));
                if (p == begin)
                    return fail(
                        QStringLiteral("empty IPv6 address \"[]\" at position %1 in the URI").arg(open + 1));
                if (!decode(begin, p, host))
                    return false;
                ++p;
                if (p < n && !isOneOf(m_text[p], u":/?,"))
                    return fail(QStringLiteral("unexpected character %1 at position %2 in the URI "
                                               "(expected \":\", \"/\", \"?\" or \",\" after \"]\")")
                                    .arg(quoteChar(m_text[p]), QString::number(p + 1)));
            } else {
                const qsizetype begin = p;
                while (p < n && !isOneOf(m_text[p], u":/?,"))
                    ++p;
                if (!decode(begin, p, host))
                    return false;
            }
            hosts += host;
            terminator = charAt(p);
            if (terminator == u':') {
                const qsizetype begin = ++p;
                while (p < n && !isOneOf(m_text[p], u"/?,"))
                    ++p;
                QString port;
                if (!decode(begin, p, port))
                    return false;
                ports += port;
                terminator = charAt(p);
            }
            if (terminator != u',')
                break;
            ++p;
            hosts += u',';
            ports += u',';
        }
        // An empty host or port is left unset, so PGHOST and PGPORT still apply.
        if (!hosts.isEmpty() && !store(QStringLiteral("host"), hosts, false))
            return false;
        if (!ports.isEmpty() && !store(QStringLiteral("port"), ports, false))
            return false;

        if (terminator == u'/') {
            const qsizetype begin = ++p;
            while (p < n && m_text[p] != u'?')
                ++p;
            QString dbname;
            if (!decode(begin, p, dbname))
                return false;
            // As libpq: an empty dbname is not stored, so PGDATABASE applies.
            if (!dbname.isEmpty() && !store(QStringLiteral("dbname"), dbname, false))
                return false;
            terminator = charAt(p);
        }

        if (terminator == u'?')
            return readQuery(p + 1);
        return true;
    }

    bool readQuery(qsizetype p)
    {
        const qsizetype n = m_text.size();
        while (p < n) {
            const qsizetype keyStart = p;
            qsizetype equals = -1;
            while (p < n && m_text[p] != u'&') {
                if (m_text[p] == u'=') {
                    if (equals >= 0) {
                        qsizetype end = p;
                        while (end < n && m_text[end] != u'&')
                            ++end;
                        return fail(QStringLiteral("extra \"=\" at position %1 in URI query parameter \"%2\"")
                                        .arg(QString::number(p + 1), m_text.mid(keyStart, end - keyStart)));
                    }
                    equals = p;
                }
                ++p;
            }
            if (equals < 0)
                return fail(QStringLiteral("missing \"=\" in URI query parameter \"%1\" at position %2")
                                .arg(m_text.mid(keyStart, p - keyStart), QString::number(keyStart + 1)));
            QString key, value;
            if (!decode(keyStart, equals, key) || !decode(equals + 1, p, value))
                return false;
            if (!store(key, value, true))
                return false;
            if (p < n)
                ++p; // past '&'
        }
        return true;
    }

    const QString &m_text;
    QHash<QString, QString> m_values;
    QString m_error;
};

bool isNumericAddress(const QString &text)
{
#ifdef Q_OS_UNIX
    QByteArray bytes = text.toLatin1();
    unsigned char buffer[16];
    if (inet_pton(AF_INET, bytes.constData(), buffer) == 1)
        return true;
    // getaddrinfo(AI_NUMERICHOST), which libpq uses, also takes a zone: fe80::1%eth0.
    const qsizetype zone = bytes.indexOf('%');
    if (zone > 0)
        bytes.truncate(zone);
    return inet_pton(AF_INET6, bytes.constData(), buffer) == 1;
#else
    Q_UNUSED(text);
    return true;
#endif
}

// Turns the given values plus the environment into ConnParams.
class Resolver
{
public:
    Resolver(const QHash<QString, QString> &given, const ConnEnvironment &env)
        : m_given(given), m_env(env) { }

    ConnParseResult resolve()
    {
        ConnParams params;
        if (!resolveHosts(params) || !resolveTexts(params) || !resolveTls(params) || !resolveOthers(params))
            return {std::nullopt, m_error};
        return {params, QString()};
    }

private:
    // A value and where it came from: the connection string (origin empty) or
    // an environment variable (origin is its name).
    struct Value
    {
        QString text;
        QString origin;
    };

    // libpq's rule: the environment fills only what the string does not give;
    // a variable that is set but empty still counts as given.
    std::optional<Value> lookup(const char *keyword) const
    {
        const QString key = QLatin1String(keyword);
        const auto found = m_given.constFind(key);
        if (found != m_given.constEnd())
            return Value {found.value(), QString()};
        for (const Keyword &k : Keywords) {
            if (k.envVar && key == QLatin1String(k.name)) {
                const QString var = QLatin1String(k.envVar);
                const auto env = m_env.vars.constFind(var);
                if (env != m_env.vars.constEnd())
                    return Value {env.value(), var};
            }
        }
        return std::nullopt;
    }

    QString text(const char *keyword) const
    {
        const auto value = lookup(keyword);
        return value ? value->text : QString();
    }

    bool fail(const QString &why)
    {
        m_error = why;
        return false;
    }

    bool badValue(const char *keyword, const Value &value, const QString &expected)
    {
        const QString from
            = value.origin.isEmpty() ? QString() : QStringLiteral(" (from %1)").arg(value.origin);
        return fail(QStringLiteral("invalid %1 value \"%2\"%3: %4")
                        .arg(QLatin1String(keyword), value.text, from, expected));
    }

    bool resolveHosts(ConnParams &params)
    {
        const auto hostValue = lookup("host");
        const auto addrValue = lookup("hostaddr");
        const auto portValue = lookup("port");
        auto split = [](const std::optional<Value> &value) {
            return value && !value->text.isEmpty() ? value->text.split(u',') : QStringList();
        };
        const QStringList hostList = split(hostValue);
        const QStringList addrList = split(addrValue);
        const QStringList portList = split(portValue);

        qsizetype count = hostList.isEmpty() ? 1 : hostList.size();
        if (!addrList.isEmpty()) {
            count = addrList.size();
            if (!hostList.isEmpty() && hostList.size() != count)
                return fail(QStringLiteral("could not match %1 host names to %2 hostaddr values "
                                           "(host=\"%3\", hostaddr=\"%4\")")
                                .arg(QString::number(hostList.size()), QString::number(count),
                                    hostValue->text, addrValue->text));
        }
        if (portList.size() > 1 && portList.size() != count)
            return fail(QStringLiteral("could not match %1 port numbers to %2 hosts (port=\"%3\")")
                            .arg(QString::number(portList.size()), QString::number(count), portValue->text));

        for (qsizetype i = 0; i < count; ++i) {
            HostSpec spec;
            spec.host = hostList.value(i);
            spec.hostaddr = addrList.value(i);
            if (!spec.hostaddr.isEmpty() && !isNumericAddress(spec.hostaddr))
                return badValue("hostaddr", {spec.hostaddr, addrValue->origin},
                    QStringLiteral("not a numeric IPv4 or IPv6 address"));
            if (spec.host.isEmpty() && spec.hostaddr.isEmpty())
                spec.host = defaultSocketDir();

            const QString port = portList.size() == 1 ? portList.first() : portList.value(i);
            if (!port.isEmpty()) {
                bool ok = false;
                const int number = port.trimmed().toInt(&ok, 10);
                if (!ok || number < 1 || number > 65535)
                    return badValue("port", {port, portValue->origin},
                        QStringLiteral("expected a port number from 1 to 65535"));
                spec.port = static_cast<quint16>(number);
            }
            params.hosts.append(spec);
        }
        return true;
    }

    bool resolveTexts(ConnParams &params)
    {
        params.user = text("user");
        if (params.user.isEmpty())
            params.user = m_env.osUser;
        if (params.user.isEmpty())
            return fail(QStringLiteral("no user name: the operating system user is unknown, so give user= or "
                                       "set PGUSER"));
        params.dbname = text("dbname");
        if (params.dbname.isEmpty())
            params.dbname = params.user;
        params.password = text("password");
        params.passFile = text("passfile");
        params.applicationName = text("application_name");
        if (params.applicationName.isEmpty())
            params.applicationName = text("fallback_application_name");
        params.options = text("options");
        return true;
    }

    bool resolveTls(ConnParams &params)
    {
        params.sslRootCert = text("sslrootcert");
        params.sslCert = text("sslcert");
        params.sslKey = text("sslkey");
        const bool systemRoots = params.sslRootCert == QLatin1String("system");

        static const std::array<std::pair<const char *, SslMode>, 6> modes {{
            {"disable", SslMode::Disable},
            {"allow", SslMode::Allow},
            {"prefer", SslMode::Prefer},
            {"require", SslMode::Require},
            {"verify-ca", SslMode::VerifyCa},
            {"verify-full", SslMode::VerifyFull},
        }};
        if (const auto mode = lookup("sslmode")) {
            bool found = false;
            for (const auto &[name, value] : modes) {
                if (mode->text == QLatin1String(name)) {
                    params.sslMode = value;
                    found = true;
                }
            }
            if (!found)
                return badValue("sslmode", *mode,
                    QStringLiteral("expected disable, allow, prefer, require, verify-ca or verify-full"));
        } else if (m_env.vars.value(QStringLiteral("PGREQUIRESSL")).startsWith(u'1')) {
            // The deprecated PGREQUIRESSL=1, which libpq still reads when
            // PGSSLMODE is not set.
            params.sslMode = SslMode::Require;
        } else {
            // libpq strengthens the default for the system's CA roots, where
            // anyone can get a certificate for a name they control.
            params.sslMode = systemRoots ? SslMode::VerifyFull : SslMode::Prefer;
        }
        if (systemRoots && params.sslMode != SslMode::VerifyFull)
            return fail(QStringLiteral("weak sslmode \"%1\" may not be used with sslrootcert=system "
                                       "(use \"verify-full\")")
                            .arg(sslModeName(params.sslMode)));

        if (const auto sni = lookup("sslsni"); sni && !sni->text.isEmpty()) {
            if (sni->text == QLatin1String("1"))
                params.sslSni = true;
            else if (sni->text == QLatin1String("0"))
                params.sslSni = false;
            else
                return badValue("sslsni", *sni, QStringLiteral("expected 0 or 1"));
        }

        if (const auto binding = lookup("channel_binding")) {
            if (binding->text == QLatin1String("disable"))
                params.channelBinding = ChannelBinding::Disable;
            else if (binding->text == QLatin1String("prefer"))
                params.channelBinding = ChannelBinding::Prefer;
            else if (binding->text == QLatin1String("require"))
                params.channelBinding = ChannelBinding::Require;
            else
                return badValue(
                    "channel_binding", *binding, QStringLiteral("expected disable, prefer or require"));
        }
        return true;
    }

    bool resolveOthers(ConnParams &params)
    {
        if (const auto require = lookup("require_auth")) {
            QString why;
            const auto parsed = RequireAuth::parse(require->text, &why);
            if (!parsed) {
                if (!require->origin.isEmpty())
                    why += QStringLiteral(" (from %1)").arg(require->origin);
                return fail(why);
            }
            params.requireAuth = *parsed;
        }

        if (const auto timeout = lookup("connect_timeout"); timeout && !timeout->text.trimmed().isEmpty()) {
            bool ok = false;
            const int seconds = timeout->text.trimmed().toInt(&ok, 10);
            if (!ok)
                return badValue(
                    "connect_timeout", *timeout, QStringLiteral("expected a whole number of seconds"));
            // libpq: zero or less waits forever, and anything shorter than 2
            // seconds becomes 2.
            params.connectTimeoutSeconds = seconds <= 0 ? 0 : qMax(seconds, 2);
        }
        return true;
    }

    const QHash<QString, QString> &m_given;
    const ConnEnvironment &m_env;
    QString m_error;
};

} // namespace

ConnParseResult parseConnectionString(const QString &dsn, const ConnEnvironment &env)
{
    Reader reader(dsn);
    if (!reader.read())
        return {std::nullopt, reader.error()};
    return Resolver(reader.values(), env).resolve();
}

} // namespace pgrepl
