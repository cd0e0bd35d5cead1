#include "conn/ConnParams.h"
#include "conn/TlsFiles.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgrepl;

namespace {

// An environment with nothing set but the OS user, plus "KEY=VALUE" entries.
ConnEnvironment makeEnv(const QStringList &vars = {})
{
    ConnEnvironment env;
    env.osUser = QStringLiteral("osuser");
    env.homeDir = QStringLiteral("/home/osuser");
    for (const QString &entry : vars) {
        const qsizetype eq = entry.indexOf(u'=');
        env.vars.insert(entry.left(eq), entry.mid(eq + 1));
    }
    return env;
}

QString hostsText(const ConnParams &params)
{
    QStringList parts;
    for (const HostSpec &h : params.hosts) {
        QString part = h.host;
        if (!h.hostaddr.isEmpty())
            part += u'@' + h.hostaddr;
        parts << part + u':' + QString::number(h.port);
    }
    return parts.join(u',');
}

// One field of params by its libpq keyword ("hosts" for the whole host list).
QString field(const ConnParams &params, const QString &name)
{
    if (name == QLatin1String("hosts"))
        return hostsText(params);
    if (name == QLatin1String("user"))
        return params.user;
    if (name == QLatin1String("password"))
        return params.password;
    if (name == QLatin1String("dbname"))
        return params.dbname;
    if (name == QLatin1String("passfile"))
        return params.passFile;
    if (name == QLatin1String("sslmode"))
        return sslModeName(params.sslMode);
    if (name == QLatin1String("sslrootcert"))
        return params.sslRootCert;
    if (name == QLatin1String("sslcert"))
        return params.sslCert;
    if (name == QLatin1String("sslkey"))
        return params.sslKey;
    if (name == QLatin1String("sslsni"))
        return params.sslSni ? QStringLiteral("1") : QStringLiteral("0");
    if (name == QLatin1String("channel_binding"))
        return channelBindingName(params.channelBinding);
    if (name == QLatin1String("require_auth"))
        return params.requireAuth.describe();
    if (name == QLatin1String("connect_timeout"))
        return QString::number(params.connectTimeoutSeconds);
    if (name == QLatin1String("application_name"))
        return params.applicationName;
    if (name == QLatin1String("options"))
        return params.options;
    return QStringLiteral("<no field %1>").arg(name);
}

} // namespace

class TestConnParams : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<QStringList>("env");
        // "field=value" entries; field as in field() above.
        QTest::addColumn<QStringList>("checks");

        auto row = [](const char *name, const QString &dsn, const QStringList &env,
                       const QStringList &checks) { QTest::newRow(name) << dsn << env << checks; };
        const QStringList none;

        // Defaults: Debian's socket directory, 5432, OS user, dbname = user.
        row("empty", QString(), none,
            {QStringLiteral("hosts=/var/run/postgresql:5432"), QStringLiteral("user=osuser"),
                QStringLiteral("dbname=osuser"), QStringLiteral("password="),
                QStringLiteral("sslmode=prefer"), QStringLiteral("sslsni=1"),
                QStringLiteral("channel_binding=prefer"), QStringLiteral("require_auth="),
                QStringLiteral("connect_timeout=0")});
        row("only spaces", QStringLiteral("   "), none, {QStringLiteral("hosts=/var/run/postgresql:5432")});
        row("dbname defaults to the given user", QStringLiteral("user=alice"), none,
            {QStringLiteral("user=alice"), QStringLiteral("dbname=alice")});
        row("plain word is a dbname, as psql takes it", QStringLiteral("mydb"), none,
            {QStringLiteral("dbname=mydb"), QStringLiteral("user=osuser")});

        // key=value syntax.
        row("key=value basics",
            QStringLiteral("host=db.example.com port=5433 user=bob dbname=shop password=pw"), none,
            {QStringLiteral("hosts=db.example.com:5433"), QStringLiteral("user=bob"),
                QStringLiteral("dbname=shop"), QStringLiteral("password=pw")});
        row("spaces around =", QStringLiteral("  host =  h1\tport= 6000 \n user =u  "), none,
            {QStringLiteral("hosts=h1:6000"), QStringLiteral("user=u")});
        row("quoted value with spaces", QStringLiteral("password='a b  c' user=x"), none,
            {QStringLiteral("password=a b  c"), QStringLiteral("user=x")});
        row("quoted escapes", QStringLiteral(R"(password='it\'s \\ here')"), none,
            {QStringLiteral(R"(password=it's \ here)")});
        row("unquoted escapes", QStringLiteral(R"(password=a\ b\\c\'d)"), none,
            {QStringLiteral(R"(password=a b\c'd)")});
        row("quote inside an unquoted value is literal", QStringLiteral("password=it's"), none,
            {QStringLiteral("password=it's")});
        row("empty quoted value", QStringLiteral("password='' user=u"), none,
            {QStringLiteral("password="), QStringLiteral("user=u")});
        row("empty unquoted value at the end", QStringLiteral("user=u password="), none,
            {QStringLiteral("password="), QStringLiteral("user=u")});
        // libpq skips blanks after '=', so an unquoted empty value takes the next pair.
        row("empty unquoted value takes the next pair", QStringLiteral("password= user=u"), none,
            {QStringLiteral("password=user=u"), QStringLiteral("user=osuser")});
        row("value may hold =", QStringLiteral("options=-csearch_path=x"), none,
            {QStringLiteral("options=-csearch_path=x")});
        row("quoted value then key without space", QStringLiteral("user='u'dbname=d"), none,
            {QStringLiteral("user=u"), QStringLiteral("dbname=d")});
        row("later key wins", QStringLiteral("port=1 port=2"), none,
            {QStringLiteral("hosts=/var/run/postgresql:2")});
        row("empty host means the default", QStringLiteral("port=7 host="),
            {QStringLiteral("PGHOST=ignored")}, {QStringLiteral("hosts=/var/run/postgresql:7")});
        row("empty user means the OS user", QStringLiteral("user=''"), {QStringLiteral("PGUSER=envuser")},
            {QStringLiteral("user=osuser")});
        row("options with quotes", QStringLiteral("options='-c statement_timeout=5s -c x=y'"), none,
            {QStringLiteral("options=-c statement_timeout=5s -c x=y")});
        row("replication is ignored", QStringLiteral("replication=database dbname=d"), none,
            {QStringLiteral("dbname=d")});
        row("unicode", QStringLiteral("user=jürgen password='пароль'"), none,
            {QStringLiteral("user=jürgen"), QStringLiteral("password=пароль")});

        // Every keyword.
        row("all keywords",
            QStringLiteral("host=h hostaddr=10.0.0.1 port=5 user=u password=p passfile=/pf dbname=d "
                           "sslmode=verify-ca sslrootcert=/r.crt sslcert=/c.crt sslkey=/c.key sslsni=0 "
                           "application_name=app connect_timeout=10 options=-cx=1 channel_binding=require "
                           "require_auth=scram-sha-256"),
            none,
            {QStringLiteral("hosts=h@10.0.0.1:5"), QStringLiteral("user=u"), QStringLiteral("password=p"),
                QStringLiteral("passfile=/pf"), QStringLiteral("dbname=d"),
                QStringLiteral("sslmode=verify-ca"), QStringLiteral("sslrootcert=/r.crt"),
                QStringLiteral("sslcert=/c.crt"), QStringLiteral("sslkey=/c.key"), QStringLiteral("sslsni=0"),
                QStringLiteral("application_name=app"), QStringLiteral("connect_timeout=10"),
                QStringLiteral("options=-cx=1"), QStringLiteral("channel_binding=require"),
                QStringLiteral("require_auth=scram-sha-256")});
        row("every sslmode: disable", QStringLiteral("sslmode=disable"), none,
            {QStringLiteral("sslmode=disable")});
        row("every sslmode: allow", QStringLiteral("sslmode=allow"), none, {QStringLiteral("sslmode=allow")});
        row("every sslmode: require", QStringLiteral("sslmode=require"), none,
            {QStringLiteral("sslmode=require")});
        row("every sslmode: verify-full", QStringLiteral("sslmode=verify-full"), none,
            {QStringLiteral("sslmode=verify-full")});
        row("channel_binding disable", QStringLiteral("channel_binding=disable"), none,
            {QStringLiteral("channel_binding=disable")});
        row("sslsni=1", QStringLiteral("sslsni=1"), none, {QStringLiteral("sslsni=1")});
        row("IPv6 hostaddr", QStringLiteral("hostaddr=::1"), none, {QStringLiteral("hosts=@::1:5432")});
        row("IPv6 hostaddr with zone", QStringLiteral("hostaddr=fe80::1%eth0"), none,
            {QStringLiteral("hosts=@fe80::1%eth0:5432")});
        row("connect_timeout 1 is 2", QStringLiteral("connect_timeout=1"), none,
            {QStringLiteral("connect_timeout=2")});
        row("connect_timeout 0", QStringLiteral("connect_timeout=0"), none,
            {QStringLiteral("connect_timeout=0")});
        row("connect_timeout negative waits forever", QStringLiteral("connect_timeout=-3"), none,
            {QStringLiteral("connect_timeout=0")});
        row("connect_timeout with spaces", QStringLiteral("connect_timeout=' 7 '"), none,
            {QStringLiteral("connect_timeout=7")});
        row("fallback_application_name", QStringLiteral("fallback_application_name=fb"), none,
            {QStringLiteral("application_name=fb")});
        row("application_name beats fallback",
            QStringLiteral("fallback_application_name=fb application_name=app"), none,
            {QStringLiteral("application_name=app")});
        row("PGAPPNAME beats fallback", QStringLiteral("fallback_application_name=fb"),
            {QStringLiteral("PGAPPNAME=envapp")}, {QStringLiteral("application_name=envapp")});
        row("sslrootcert=system defaults to verify-full", QStringLiteral("sslrootcert=system"), none,
            {QStringLiteral("sslmode=verify-full"), QStringLiteral("sslrootcert=system")});
        row("sslrootcert=system with verify-full", QStringLiteral("sslrootcert=system sslmode=verify-full"),
            none, {QStringLiteral("sslmode=verify-full")});
        row("negated require_auth", QStringLiteral("require_auth=!password,!md5"), none,
            {QStringLiteral("require_auth=!password,!md5")});
        row("require_auth empty is unset", QStringLiteral("require_auth="), none,
            {QStringLiteral("require_auth=")});

        // Host lists.
        row("host list", QStringLiteral("host=a,b,c"), none, {QStringLiteral("hosts=a:5432,b:5432,c:5432")});
        row("one port for all hosts", QStringLiteral("host=a,b port=6000"), none,
            {QStringLiteral("hosts=a:6000,b:6000")});
        row("a port per host", QStringLiteral("host=a,b port=6000,6001"), none,
            {QStringLiteral("hosts=a:6000,b:6001")});
        row("empty port entry is the default", QStringLiteral("host=a,b port=6000,"), none,
            {QStringLiteral("hosts=a:6000,b:5432")});
        row("empty host entry is the socket dir", QStringLiteral("host=,b"), none,
            {QStringLiteral("hosts=/var/run/postgresql:5432,b:5432")});
        row("hostaddr list sets the count", QStringLiteral("hostaddr=127.0.0.1,127.0.0.2 port=1,2"), none,
            {QStringLiteral("hosts=@127.0.0.1:1,@127.0.0.2:2")});
        row("host and hostaddr lists pair up", QStringLiteral("host=a,b hostaddr=127.0.0.1,"), none,
            {QStringLiteral("hosts=a@127.0.0.1:5432,b:5432")});
        row("socket directory host", QStringLiteral("host=/tmp port=5555"), none,
            {QStringLiteral("hosts=/tmp:5555")});

        // URIs.
        row("minimal URI", QStringLiteral("postgresql://"), none,
            {QStringLiteral("hosts=/var/run/postgresql:5432"), QStringLiteral("user=osuser"),
                QStringLiteral("dbname=osuser")});
        row("postgres:// too", QStringLiteral("postgres://h/db"), none,
            {QStringLiteral("hosts=h:5432"), QStringLiteral("dbname=db")});
        row("full URI", QStringLiteral("postgresql://bob:secret@db.example.com:5433/shop?sslmode=require"),
            none,
            {QStringLiteral("hosts=db.example.com:5433"), QStringLiteral("user=bob"),
                QStringLiteral("password=secret"), QStringLiteral("dbname=shop"),
                QStringLiteral("sslmode=require")});
        row("user without password", QStringLiteral("postgresql://bob@h"), none,
            {QStringLiteral("user=bob"), QStringLiteral("password="), QStringLiteral("hosts=h:5432")});
        row("password with @ and : encoded", QStringLiteral("postgresql://u:p%40ss%3Aw%2Fd@h/db"), none,
            {QStringLiteral("password=p@ss:w/d"), QStringLiteral("user=u")});
        row("password may hold a raw colon", QStringLiteral("postgresql://u:a:b@h"), none,
            {QStringLiteral("user=u"), QStringLiteral("password=a:b")});
        row("percent-decoded user and dbname", QStringLiteral("postgresql://j%C3%BCrgen@h/my%20db"), none,
            {QStringLiteral("user=jürgen"), QStringLiteral("dbname=my db")});
        row("plus is not a space", QStringLiteral("postgresql://h/a+b"), none,
            {QStringLiteral("dbname=a+b")});
        row("host list with ports", QStringLiteral("postgresql://host1:5433,host2/db"), none,
            {QStringLiteral("hosts=host1:5433,host2:5432"), QStringLiteral("dbname=db")});
        row("host list all ports", QStringLiteral("postgresql://a:1,b:2,c:3"), none,
            {QStringLiteral("hosts=a:1,b:2,c:3")});
        row("IPv6 with port", QStringLiteral("postgresql://[::1]:5432/db"), none,
            {QStringLiteral("hosts=::1:5432"), QStringLiteral("dbname=db")});
        row("IPv6 without port", QStringLiteral("postgresql://[2001:db8::7]/db"), none,
            {QStringLiteral("hosts=2001:db8::7:5432")});
        row("IPv6 in a list", QStringLiteral("postgresql://[::1]:6000,[fe80::2]?application_name=x"), none,
            {QStringLiteral("hosts=::1:6000,fe80::2:5432"), QStringLiteral("application_name=x")});
        row("encoded socket directory", QStringLiteral("postgresql://%2Fvar%2Frun%2Fpostgresql/db"), none,
            {QStringLiteral("hosts=/var/run/postgresql:5432"), QStringLiteral("dbname=db")});
        row("encoded socket directory with port", QStringLiteral("postgresql://%2Ftmp:5999/db"), none,
            {QStringLiteral("hosts=/tmp:5999")});
        row("lowercase percent hex", QStringLiteral("postgresql://%2ftmp/db"), none,
            {QStringLiteral("hosts=/tmp:5432")});
        row("empty host means the default", QStringLiteral("postgresql:///db"), none,
            {QStringLiteral("hosts=/var/run/postgresql:5432"), QStringLiteral("dbname=db")});
        row("empty host with port", QStringLiteral("postgresql://:5433/db"), none,
            {QStringLiteral("hosts=/var/run/postgresql:5433")});
        row("host from query", QStringLiteral("postgresql:///db?host=/tmp&port=5000"), none,
            {QStringLiteral("hosts=/tmp:5000"), QStringLiteral("dbname=db")});
        row("query beats path", QStringLiteral("postgresql://h/a?dbname=b"), none,
            {QStringLiteral("dbname=b")});
        row("query parameters",
            QStringLiteral("postgresql://h?sslmode=verify-full&connect_timeout=5&"
                           "application_name=my%20app&options=-c%20x%3D1&require_auth=md5"),
            none,
            {QStringLiteral("sslmode=verify-full"), QStringLiteral("connect_timeout=5"),
                QStringLiteral("application_name=my app"), QStringLiteral("options=-c x=1"),
                QStringLiteral("require_auth=md5"), QStringLiteral("dbname=osuser")});
        row("query with trailing &", QStringLiteral("postgresql://h?user=u&"), none,
            {QStringLiteral("user=u")});
        row("empty query", QStringLiteral("postgresql://h/db?"), none, {QStringLiteral("dbname=db")});
        row("ssl=true is sslmode=require", QStringLiteral("postgresql://h?ssl=true"), none,
            {QStringLiteral("sslmode=require")});
        row("empty query value", QStringLiteral("postgresql://h?password="),
            {QStringLiteral("PGPASSWORD=env")}, {QStringLiteral("password=")});
        row("replication in a query is ignored", QStringLiteral("postgresql://h/db?replication=database"),
            none, {QStringLiteral("dbname=db")});
        row("empty dbname in URI is unset", QStringLiteral("postgresql://h/"),
            {QStringLiteral("PGDATABASE=envdb")}, {QStringLiteral("dbname=envdb")});
        row("empty user in URI is unset", QStringLiteral("postgresql://@h"),
            {QStringLiteral("PGUSER=envuser")},
            {QStringLiteral("user=envuser"), QStringLiteral("hosts=h:5432")});
        row("empty password in URI is unset", QStringLiteral("postgresql://u:@h"),
            {QStringLiteral("PGPASSWORD=envpw")},
            {QStringLiteral("user=u"), QStringLiteral("password=envpw")});
        row("@ in a query value is no user", QStringLiteral("postgresql://h/db?application_name=a@b"), none,
            {QStringLiteral("user=osuser"), QStringLiteral("application_name=a@b"),
                QStringLiteral("hosts=h:5432")});

        // Environment variables fill only what the string leaves out.
        row("env fills everything", QString(),
            {QStringLiteral("PGHOST=envhost"), QStringLiteral("PGPORT=6543"),
                QStringLiteral("PGUSER=envuser"), QStringLiteral("PGPASSWORD=envpw"),
                QStringLiteral("PGDATABASE=envdb"), QStringLiteral("PGPASSFILE=/envpass"),
                QStringLiteral("PGSSLMODE=verify-ca"), QStringLiteral("PGSSLROOTCERT=/er.crt"),
                QStringLiteral("PGSSLCERT=/ec.crt"), QStringLiteral("PGSSLKEY=/ec.key"),
                QStringLiteral("PGSSLSNI=0"), QStringLiteral("PGAPPNAME=envapp"),
                QStringLiteral("PGCONNECT_TIMEOUT=9"), QStringLiteral("PGOPTIONS=-cy=2"),
                QStringLiteral("PGCHANNELBINDING=disable"), QStringLiteral("PGREQUIREAUTH=!none")},
            {QStringLiteral("hosts=envhost:6543"), QStringLiteral("user=envuser"),
                QStringLiteral("password=envpw"), QStringLiteral("dbname=envdb"),
                QStringLiteral("passfile=/envpass"), QStringLiteral("sslmode=verify-ca"),
                QStringLiteral("sslrootcert=/er.crt"), QStringLiteral("sslcert=/ec.crt"),
                QStringLiteral("sslkey=/ec.key"), QStringLiteral("sslsni=0"),
                QStringLiteral("application_name=envapp"), QStringLiteral("connect_timeout=9"),
                QStringLiteral("options=-cy=2"), QStringLiteral("channel_binding=disable"),
                QStringLiteral("require_auth=!none")});
        row("PGHOSTADDR", QString(), {QStringLiteral("PGHOSTADDR=192.0.2.1")},
            {QStringLiteral("hosts=@192.0.2.1:5432")});
        row("string beats env", QStringLiteral("host=h port=1 user=u dbname=d sslmode=disable"),
            {QStringLiteral("PGHOST=envhost"), QStringLiteral("PGPORT=2"), QStringLiteral("PGUSER=envuser"),
                QStringLiteral("PGDATABASE=envdb"), QStringLiteral("PGSSLMODE=require")},
            {QStringLiteral("hosts=h:1"), QStringLiteral("user=u"), QStringLiteral("dbname=d"),
                QStringLiteral("sslmode=disable")});
        row("URI beats env", QStringLiteral("postgresql://u@h:1/d"),
            {QStringLiteral("PGHOST=envhost"), QStringLiteral("PGPORT=2"), QStringLiteral("PGUSER=envuser"),
                QStringLiteral("PGDATABASE=envdb")},
            {QStringLiteral("hosts=h:1"), QStringLiteral("user=u"), QStringLiteral("dbname=d")});
        row("env host list with one port", QString(),
            {QStringLiteral("PGHOST=a,b"), QStringLiteral("PGPORT=7")}, {QStringLiteral("hosts=a:7,b:7")});
        row("env port with string hosts", QStringLiteral("host=a,b"), {QStringLiteral("PGPORT=7,8")},
            {QStringLiteral("hosts=a:7,b:8")});
        row("dbname defaults to PGUSER", QString(), {QStringLiteral("PGUSER=envuser")},
            {QStringLiteral("dbname=envuser")});
        row("empty PGHOST is the default", QString(), {QStringLiteral("PGHOST=")},
            {QStringLiteral("hosts=/var/run/postgresql:5432")});
        row("PGREQUIRESSL=1", QString(), {QStringLiteral("PGREQUIRESSL=1")},
            {QStringLiteral("sslmode=require")});
        row("PGSSLMODE beats PGREQUIRESSL", QString(),
            {QStringLiteral("PGREQUIRESSL=1"), QStringLiteral("PGSSLMODE=disable")},
            {QStringLiteral("sslmode=disable")});
        row("PGSSLROOTCERT=system strengthens the default", QString(),
            {QStringLiteral("PGSSLROOTCERT=system")}, {QStringLiteral("sslmode=verify-full")});
        row("unrelated env ignored", QString(), {QStringLiteral("PGFOO=bar"), QStringLiteral("HOME=/x")},
            {QStringLiteral("hosts=/var/run/postgresql:5432")});
    }

    void parse()
    {
        QFETCH(QString, dsn);
        QFETCH(QStringList, env);
        QFETCH(QStringList, checks);
        const ConnParseResult result = parseConnectionString(dsn, makeEnv(env));
        QVERIFY2(result.params.has_value(), qPrintable(result.error));
        QVERIFY(result.error.isEmpty());
        for (const QString &check : checks) {
            const qsizetype eq = check.indexOf(u'=');
            const QString name = check.left(eq);
            QCOMPARE(field(*result.params, name), check.mid(eq + 1));
        }
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("expectedError");
        const QStringList none;
        auto row = [](const char *name, const QString &dsn, const QStringList &env, const QString &error) {
            QTest::newRow(name) << dsn << env << error;
        };

        // Syntax of key=value strings: which key, which character, where.
        row("missing =", QStringLiteral("host=h port"), none,
            QStringLiteral("missing \"=\" after \"port\" at the end of the connection string"));
        row("missing = before another key", QStringLiteral("host x=1"), none,
            QStringLiteral("missing \"=\" after \"host\": found \"x\" at position 6"));
        row("no key", QStringLiteral("host=h =x"), none,
            QStringLiteral("expected a key before \"=\" at position 8"));
        row("unterminated quote", QStringLiteral("user=u password='abc"), none,
            QStringLiteral(
                "unterminated quoted value for \"password\": the quote at position 17 is never closed"));
        row("unterminated quote after escape", QStringLiteral("password='abc\\'"), none,
            QStringLiteral(
                "unterminated quoted value for \"password\": the quote at position 10 is never closed"));
        row("text after closing quote", QStringLiteral("password='a'b"), none,
            QStringLiteral("missing \"=\" after \"b\" at the end of the connection string"));

        // Keys.
        row("unknown key", QStringLiteral("host=h colour=blue"), none,
            QStringLiteral("invalid connection option \"colour\""));
        row("keys are case-sensitive", QStringLiteral("Host=h"), none,
            QStringLiteral("invalid connection option \"Host\""));
        row("libpq key not supported here", QStringLiteral("target_session_attrs=any"), none,
            QStringLiteral(
                "connection option \"target_session_attrs\" is not supported by pgrepl-inspector"));
        row("service not supported", QStringLiteral("service=mydb"), none,
            QStringLiteral("connection option \"service\" is not supported by pgrepl-inspector"));
        row("unknown URI query key", QStringLiteral("postgresql://h?colour=blue"), none,
            QStringLiteral("invalid URI query parameter \"colour\": not a connection option"));
        row("unsupported URI query key", QStringLiteral("postgresql://h?gssencmode=disable"), none,
            QStringLiteral("connection option \"gssencmode\" is not supported by pgrepl-inspector"));
        row("ssl=false is not a key", QStringLiteral("postgresql://h?ssl=false"), none,
            QStringLiteral("invalid URI query parameter \"ssl\": not a connection option"));

        // Values: the key and the value.
        row("bad sslmode", QStringLiteral("sslmode=sometimes"), none,
            QStringLiteral("invalid sslmode value \"sometimes\": expected disable, allow, prefer, require, "
                           "verify-ca or verify-full"));
        row("sslmode is case-sensitive", QStringLiteral("sslmode=Require"), none,
            QStringLiteral("invalid sslmode value \"Require\""));
        row("empty sslmode", QStringLiteral("sslmode="), none, QStringLiteral("invalid sslmode value \"\""));
        row("bad sslmode from env", QString(), {QStringLiteral("PGSSLMODE=maybe")},
            QStringLiteral("invalid sslmode value \"maybe\" (from PGSSLMODE): expected"));
        row("bad port", QStringLiteral("port=abc"), none,
            QStringLiteral("invalid port value \"abc\": expected a port number from 1 to 65535"));
        row("port zero", QStringLiteral("port=0"), none, QStringLiteral("invalid port value \"0\""));
        row("port too big", QStringLiteral("port=65536"), none,
            QStringLiteral("invalid port value \"65536\""));
        row("port with junk", QStringLiteral("port=54x"), none, QStringLiteral("invalid port value \"54x\""));
        row("bad port in a list", QStringLiteral("host=a,b port=1,x"), none,
            QStringLiteral("invalid port value \"x\""));
        row("bad port from env", QString(), {QStringLiteral("PGPORT=http")},
            QStringLiteral("invalid port value \"http\" (from PGPORT)"));
        row("percent signs in a value stay as they are", QStringLiteral("sslmode=%1%2"), none,
            QStringLiteral("invalid sslmode value \"%1%2\""));
        row("percent signs in a key stay as they are", QStringLiteral("%1=x"), none,
            QStringLiteral("invalid connection option \"%1\""));
        row("bad port in URI", QStringLiteral("postgresql://h:pg/db"), none,
            QStringLiteral("invalid port value \"pg\""));
        row("two ports in URI", QStringLiteral("postgresql://h:1:2/db"), none,
            QStringLiteral("invalid port value \"1:2\""));
        row("bad sslsni", QStringLiteral("sslsni=2"), none,
            QStringLiteral("invalid sslsni value \"2\": expected 0 or 1"));
        row("bad channel_binding", QStringLiteral("channel_binding=always"), none,
            QStringLiteral("invalid channel_binding value \"always\": expected disable, prefer or require"));
        row("empty channel_binding", QStringLiteral("channel_binding=''"), none,
            QStringLiteral("invalid channel_binding value \"\""));
        row("bad connect_timeout", QStringLiteral("connect_timeout=soon"), none,
            QStringLiteral("invalid connect_timeout value \"soon\": expected a whole number of seconds"));
        row("bad hostaddr", QStringLiteral("hostaddr=db.example.com"), none,
            QStringLiteral("invalid hostaddr value \"db.example.com\": not a numeric IPv4 or IPv6 address"));
        row("bad hostaddr in a list", QStringLiteral("hostaddr=127.0.0.1,300.1.1.1"), none,
            QStringLiteral("invalid hostaddr value \"300.1.1.1\""));
        row("weak sslmode with system roots", QStringLiteral("sslrootcert=system sslmode=require"), none,
            QStringLiteral(
                "weak sslmode \"require\" may not be used with sslrootcert=system (use \"verify-full\")"));
        row("weak env sslmode with system roots", QStringLiteral("sslrootcert=system"),
            {QStringLiteral("PGSSLMODE=verify-ca")}, QStringLiteral("weak sslmode \"verify-ca\""));

        // require_auth.
        row("require_auth unknown method", QStringLiteral("require_auth=kerberos"), none,
            QStringLiteral("invalid require_auth value \"kerberos\""));
        row("require_auth mixed, negative second", QStringLiteral("require_auth=md5,!password"), none,
            QStringLiteral(
                "negative require_auth method \"!password\" cannot be mixed with non-negative methods"));
        row("require_auth mixed, positive second", QStringLiteral("require_auth=!md5,password"), none,
            QStringLiteral("require_auth method \"password\" cannot be mixed with negative methods"));
        row("require_auth duplicate", QStringLiteral("require_auth=md5,md5"), none,
            QStringLiteral("require_auth method \"md5\" is specified more than once"));
        row("require_auth with a space", QStringLiteral("require_auth='md5, password'"), none,
            QStringLiteral("invalid require_auth value \" password\""));
        row("require_auth empty entry", QStringLiteral("require_auth=md5,"), none,
            QStringLiteral("invalid require_auth value \"\""));
        row("require_auth from env", QString(), {QStringLiteral("PGREQUIREAUTH=cert")},
            QStringLiteral("invalid require_auth value \"cert\"")); // and it says so:
        row("require_auth from env names it", QString(), {QStringLiteral("PGREQUIREAUTH=cert")},
            QStringLiteral("(from PGREQUIREAUTH)"));

        // Host lists must line up.
        row("hosts vs hostaddrs", QStringLiteral("host=a,b,c hostaddr=127.0.0.1,127.0.0.2"), none,
            QStringLiteral("could not match 3 host names to 2 hostaddr values"));
        row("ports vs hosts", QStringLiteral("host=a,b,c port=1,2"), none,
            QStringLiteral("could not match 2 port numbers to 3 hosts (port=\"1,2\")"));
        row("ports vs default host", QStringLiteral("port=1,2"), none,
            QStringLiteral("could not match 2 port numbers to 1 hosts"));
        row("ports vs hostaddrs", QStringLiteral("hostaddr=127.0.0.1,127.0.0.2,127.0.0.3 port=1,2"), none,
            QStringLiteral("could not match 2 port numbers to 3 hosts"));

        // URI syntax: the character and its position.
        row("unclosed IPv6", QStringLiteral("postgresql://[::1/db"), none,
            QStringLiteral("missing \"]\" for the IPv6 address opened at position 14 in the URI"));
        row("empty IPv6", QStringLiteral("postgresql://[]/db"), none,
            QStringLiteral("empty IPv6 address \"[]\" at position 14 in the URI"));
        row("junk after IPv6", QStringLiteral("postgresql://[::1]x/db"), none,
            QStringLiteral("unexpected character \"x\" at position 19 in the URI"));
        row("bad percent", QStringLiteral("postgresql://h/db%zz"), none,
            QStringLiteral("invalid percent-encoded token \"%zz\" at position 18 in the URI"));
        row("short percent", QStringLiteral("postgresql://h/db%4"), none,
            QStringLiteral("invalid percent-encoded token \"%4\" at position 18 in the URI"));
        row("percent at the end of the password", QStringLiteral("postgresql://u:pw%@h"), none,
            QStringLiteral("invalid percent-encoded token \"%\" at position 18 in the URI"));
        row("percent NUL", QStringLiteral("postgresql://u%00@h"), none,
            QStringLiteral("forbidden value %00 at position 15 in the URI"));
        row("query without =", QStringLiteral("postgresql://h/db?sslmode"), none,
            QStringLiteral("missing \"=\" in URI query parameter \"sslmode\" at position 19"));
        row("query with two =", QStringLiteral("postgresql://h/db?a=b=c&d=e"), none,
            QStringLiteral("extra \"=\" at position 22 in URI query parameter \"a=b=c\""));
        row("bad percent in query", QStringLiteral("postgresql://h?user=%G1"), none,
            QStringLiteral("invalid percent-encoded token \"%G1\" at position 21"));
        row("bad value in query", QStringLiteral("postgresql://h?sslmode=sometimes"), none,
            QStringLiteral("invalid sslmode value \"sometimes\""));
    }

    void rejects()
    {
        QFETCH(QString, dsn);
        QFETCH(QStringList, env);
        QFETCH(QString, expectedError);
        const ConnParseResult result = parseConnectionString(dsn, makeEnv(env));
        QVERIFY(!result.params.has_value());
        QVERIFY2(result.error.contains(expectedError), qPrintable(result.error));
    }

    void noUserAnywhere()
    {
        ConnEnvironment env;
        const ConnParseResult result = parseConnectionString(QString(), env);
        QVERIFY(!result.params);
        QVERIFY2(result.error.contains(QLatin1String("give user=")), qPrintable(result.error));
        QVERIFY(parseConnectionString(QStringLiteral("user=u"), env).params.has_value());
    }

    void requireAuth_data()
    {
        QTest::addColumn<QString>("text");
        // The methods allowed, in the order None, Password, Md5, ScramSha256, Gss, Sspi.
        QTest::addColumn<QString>("allowed");
        QTest::newRow("unset") << QString() << QStringLiteral("111111");
        QTest::newRow("scram only") << QStringLiteral("scram-sha-256") << QStringLiteral("000100");
        QTest::newRow("scram or kerberos")
            << QStringLiteral("scram-sha-256,gss,sspi") << QStringLiteral("000111");
        QTest::newRow("optional scram") << QStringLiteral("none,scram-sha-256") << QStringLiteral("100100");
        QTest::newRow("no auth at all") << QStringLiteral("none") << QStringLiteral("100000");
        QTest::newRow("anything but cleartext") << QStringLiteral("!password") << QStringLiteral("101111");
        QTest::newRow("not the weak ones") << QStringLiteral("!password,!md5") << QStringLiteral("100111");
        QTest::newRow("some auth") << QStringLiteral("!none") << QStringLiteral("011111");
        QTest::newRow("some strong auth")
            << QStringLiteral("!none,!password,!md5") << QStringLiteral("000111");
        QTest::newRow("password or md5") << QStringLiteral("password,md5") << QStringLiteral("011000");
    }

    void requireAuth()
    {
        QFETCH(QString, text);
        QFETCH(QString, allowed);
        QString error;
        const auto parsed = RequireAuth::parse(text, &error);
        QVERIFY2(parsed.has_value(), qPrintable(error));
        const AuthMethod order[] = {AuthMethod::None, AuthMethod::Password, AuthMethod::Md5,
            AuthMethod::ScramSha256, AuthMethod::Gss, AuthMethod::Sspi};
        QString got;
        for (const AuthMethod method : order)
            got += parsed->allows(method) ? u'1' : u'0';
        QCOMPARE(got, allowed);
        QCOMPARE(parsed->isSet(), !text.isEmpty());
        QCOMPARE(parsed->describe(), text);
        QCOMPARE(parsed->requiresAuthentication(), allowed.at(0) == u'0');
    }

    void requireAuthNames()
    {
        QCOMPARE(RequireAuth::methodName(AuthMethod::ScramSha256), QStringLiteral("scram-sha-256"));
        QCOMPARE(RequireAuth::methodName(AuthMethod::None), QStringLiteral("none"));
        QCOMPARE(RequireAuth::methodName(AuthMethod::Sspi), QStringLiteral("sspi"));
        QVERIFY(RequireAuth::parse(QStringLiteral("!md5"))->isNegated());
        QVERIFY(!RequireAuth::parse(QStringLiteral("md5"))->isNegated());
    }

    void hostSpec()
    {
        HostSpec socket;
        socket.host = QStringLiteral("/var/run/postgresql");
        socket.port = 5433;
        QVERIFY(socket.isUnixSocket());
        QCOMPARE(socket.unixSocketPath(), QStringLiteral("/var/run/postgresql/.s.PGSQL.5433"));
        QCOMPARE(socket.connectAddress(), QStringLiteral("/var/run/postgresql"));

        HostSpec tcp;
        tcp.host = QStringLiteral("db.example.com");
        QVERIFY(!tcp.isUnixSocket());
        QCOMPARE(tcp.connectAddress(), QStringLiteral("db.example.com"));
        tcp.hostaddr = QStringLiteral("192.0.2.5");
        QCOMPARE(tcp.connectAddress(), QStringLiteral("192.0.2.5"));

        // hostaddr wins over a socket directory, as in libpq.
        socket.hostaddr = QStringLiteral("127.0.0.1");
        QVERIFY(!socket.isUnixSocket());
        QCOMPARE(socket.connectAddress(), QStringLiteral("127.0.0.1"));
    }

    void displayString_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<QString>("display");
        QTest::newRow("defaults") << QString()
                                  << QStringLiteral(
                                         "host=/var/run/postgresql port=5432 user=osuser dbname=osuser "
                                         "sslmode=prefer");
        QTest::newRow("password hidden")
            << QStringLiteral("postgresql://bob:hunter2@h:5433/shop")
            << QStringLiteral("host=h port=5433 user=bob dbname=shop sslmode=prefer");
        QTest::newRow("host list with ports")
            << QStringLiteral("host=a,b port=1,2")
            << QStringLiteral("host=a,b port=1,2 user=osuser dbname=osuser sslmode=prefer");
        QTest::newRow("quoting") << QStringLiteral(
            "dbname='my db' options='-c a=\\'x\\'' application_name=''")
                                 << QStringLiteral(
                                        "host=/var/run/postgresql port=5432 user=osuser dbname='my db' "
                                        "sslmode=prefer options='-c a=\\'x\\''");
        QTest::newRow("everything")
            << QStringLiteral("host=h hostaddr=127.0.0.1 user=u dbname=d passfile=/p sslmode=verify-full "
                              "sslrootcert=/r sslcert=/c sslkey=/k sslsni=0 channel_binding=require "
                              "require_auth=!md5 connect_timeout=5 application_name=app options=-cx=1")
            << QStringLiteral(
                   "host=h hostaddr=127.0.0.1 port=5432 user=u dbname=d passfile=/p sslmode=verify-full "
                   "sslrootcert=/r sslcert=/c sslkey=/k sslsni=0 channel_binding=require "
                   "require_auth=!md5 connect_timeout=5 application_name=app options=-cx=1");
        QTest::newRow("hostaddr only") << QStringLiteral("hostaddr=::1")
                                       << QStringLiteral("hostaddr=::1 port=5432 user=osuser dbname=osuser "
                                                         "sslmode=prefer");
    }

    void displayString()
    {
        QFETCH(QString, dsn);
        QFETCH(QString, display);
        const ConnEnvironment env = makeEnv();
        const ConnParseResult result = parseConnectionString(dsn, env);
        QVERIFY2(result.params, qPrintable(result.error));
        QCOMPARE(result.params->toDisplayString(), display);

        // It reads back to the same parameters, less the password.
        ConnParams expected = *result.params;
        expected.password.clear();
        const ConnParseResult again = parseConnectionString(display, env);
        QVERIFY2(again.params, qPrintable(again.error));
        QCOMPARE(again.params->toDisplayString(), display);
        QVERIFY(*again.params == expected);
    }

    void systemEnvironment()
    {
        qputenv("PGREPL_TEST_UNRELATED", "x");
        qputenv("PGAPPNAME", "from-test");
        const ConnEnvironment env = ConnEnvironment::system();
        qunsetenv("PGAPPNAME");
        QCOMPARE(env.vars.value(QStringLiteral("PGAPPNAME")), QStringLiteral("from-test"));
        QVERIFY(!env.vars.contains(QStringLiteral("PATH")));
        QVERIFY(!env.osUser.isEmpty());
        QVERIFY(!env.homeDir.isEmpty());
    }

    void tlsFiles()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        ConnEnvironment env = makeEnv();
        env.homeDir = home.path();
        const QString dir = home.path() + QStringLiteral("/.postgresql/");
        const ConnParams params = *parseConnectionString(QString(), env).params;

        // Nothing there: no root cert (and which one was missing), no client cert.
        TlsFiles files = resolveTlsFiles(params, env);
        QCOMPARE(files.rootCert, QString());
        QCOMPARE(files.missingRootCert, dir + QStringLiteral("root.crt"));
        QVERIFY(!files.systemRoots);
        QCOMPARE(files.cert, QString());
        QCOMPARE(files.key, QString());

        // The defaults under ~/.postgresql once they exist; the key path comes with the cert.
        QVERIFY(QDir(home.path()).mkdir(QStringLiteral(".postgresql")));
        for (const char *name : {"root.crt", "postgresql.crt"}) {
            QFile f(dir + QLatin1String(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        files = resolveTlsFiles(params, env);
        QCOMPARE(files.rootCert, dir + QStringLiteral("root.crt"));
        QCOMPARE(files.missingRootCert, QString());
        QCOMPARE(files.cert, dir + QStringLiteral("postgresql.crt"));
        QCOMPARE(files.key, dir + QStringLiteral("postgresql.key"));

        // Given files win; a given but missing root cert is reported as missing.
        const ConnParams given
            = *parseConnectionString(QStringLiteral("sslrootcert=/nonexistent/ca.crt sslcert=%1 "
                                                    "sslkey=/k.key")
                                         .arg(dir + QStringLiteral("root.crt")),
                env)
                   .params;
        files = resolveTlsFiles(given, env);
        QCOMPARE(files.rootCert, QString());
        QCOMPARE(files.missingRootCert, QStringLiteral("/nonexistent/ca.crt"));
        QCOMPARE(files.cert, dir + QStringLiteral("root.crt"));
        QCOMPARE(files.key, QStringLiteral("/k.key"));

        // A given client cert that is missing means no client cert, as in libpq.
        const ConnParams missingCert
            = *parseConnectionString(QStringLiteral("sslcert=/nonexistent/c.crt"), env).params;
        files = resolveTlsFiles(missingCert, env);
        QCOMPARE(files.cert, QString());
        QCOMPARE(files.key, QString());

        // sslrootcert=system is a marker, not a file.
        const ConnParams system = *parseConnectionString(QStringLiteral("sslrootcert=system"), env).params;
        files = resolveTlsFiles(system, env);
        QVERIFY(files.systemRoots);
        QCOMPARE(files.rootCert, QString());
        QCOMPARE(files.missingRootCert, QString());

        // No home directory: no defaults at all.
        env.homeDir.clear();
        files = resolveTlsFiles(params, env);
        QCOMPARE(files, TlsFiles());
    }

    void passwordInClearWarning_data()
    {
        QTest::addColumn<QString>("dsn");
        QTest::addColumn<bool>("warn");
        QTest::newRow("remote, prefer") << QStringLiteral("host=db.example.com") << true;
        QTest::newRow("remote, disable") << QStringLiteral("host=10.1.2.3 sslmode=disable") << true;
        QTest::newRow("remote, require") << QStringLiteral("host=db.example.com sslmode=require") << false;
        QTest::newRow("remote, cleartext refused")
            << QStringLiteral("host=db.example.com require_auth=scram-sha-256") << false;
        QTest::newRow("localhost") << QStringLiteral("host=localhost sslmode=disable") << false;
        QTest::newRow("loopback v4") << QStringLiteral("host=127.0.0.1") << false;
        QTest::newRow("loopback v6") << QStringLiteral("host=::1") << false;
        QTest::newRow("socket") << QStringLiteral("host=/var/run/postgresql") << false;
        QTest::newRow("remote name, loopback hostaddr")
            << QStringLiteral("host=db.example.com hostaddr=127.0.0.1") << false;
        QTest::newRow("list with one remote") << QStringLiteral("host=localhost,db.example.com") << true;
    }
    void passwordInClearWarning()
    {
        QFETCH(QString, dsn);
        QFETCH(bool, warn);
        ConnEnvironment env;
        env.osUser = QStringLiteral("u");
        const ConnParseResult r = parseConnectionString(dsn, env);
        QVERIFY2(r.params, qPrintable(r.error));
        QCOMPARE(passwordMayTravelInClear(*r.params), warn);
    }
};

QTEST_GUILESS_MAIN(TestConnParams)
#include "tst_connparams.moc"
