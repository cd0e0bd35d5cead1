#include "conn/PgPass.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgrepl;

namespace {

constexpr QFile::Permissions OwnerReadWrite = QFile::ReadOwner | QFile::WriteOwner;

bool writeFile(
    const QString &path, const QByteArray &contents, QFile::Permissions permissions = OwnerReadWrite)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    if (file.write(contents) != contents.size())
        return false;
    file.close();
    return QFile::setPermissions(path, permissions);
}

HostSpec hostSpec(const QString &host, quint16 port = DefaultPort, const QString &hostaddr = QString())
{
    HostSpec spec;
    spec.host = host;
    spec.hostaddr = hostaddr;
    spec.port = port;
    return spec;
}

} // namespace

class TestPgPass : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    ConnEnvironment m_env;

    QString pgpassPath() const { return m_home.path() + QStringLiteral("/.pgpass"); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_env.homeDir = m_home.path();
        m_env.osUser = QStringLiteral("osuser");
    }

    void matching_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("hostaddr");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("dbname");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("expected"); // "<none>" for no password

        const QString none = QStringLiteral("<none>");
        const QString db = QStringLiteral("db");
        const QString u = QStringLiteral("u");
        const QString h = QStringLiteral("h.example.com");
        const QString noAddr;

        QTest::newRow("exact") << QByteArray("h.example.com:5432:db:u:secret\n") << h << noAddr << 5432 << db
                               << u << QStringLiteral("secret");
        QTest::newRow("no trailing newline") << QByteArray("h.example.com:5432:db:u:secret") << h << noAddr
                                             << 5432 << db << u << QStringLiteral("secret");
        QTest::newRow("CRLF line ends") << QByteArray("x:1:x:x:no\r\nh.example.com:5432:db:u:secret\r\n") << h
                                        << noAddr << 5432 << db << u << QStringLiteral("secret");
        QTest::newRow("wildcards") << QByteArray("*:*:*:*:any\n") << h << noAddr << 5432 << db << u
                                   << QStringLiteral("any");
        QTest::newRow("first match wins") << QByteArray("*:*:db:u:first\nh.example.com:5432:db:u:second\n")
                                          << h << noAddr << 5432 << db << u << QStringLiteral("first");
        QTest::newRow("skips non-matching lines")
            << QByteArray("other:5432:db:u:no\nh.example.com:5433:db:u:no\nh.example.com:5432:db2:u:no\n"
                          "h.example.com:5432:db:u2:no\nh.example.com:5432:db:u:yes\n")
            << h << noAddr << 5432 << db << u << QStringLiteral("yes");
        QTest::newRow("no match") << QByteArray("other:5432:db:u:no\n") << h << noAddr << 5432 << db << u
                                  << none;
        QTest::newRow("port wildcard") << QByteArray("h.example.com:*:db:u:pw\n") << h << noAddr << 6000 << db
                                       << u << QStringLiteral("pw");
        QTest::newRow("port must match")
            << QByteArray("h.example.com:5432:db:u:pw\n") << h << noAddr << 6000 << db << u << none;
        QTest::newRow("comment lines") << QByteArray("# h.example.com:5432:db:u:commented\n*:*:*:*:real\n")
                                       << h << noAddr << 5432 << db << u << QStringLiteral("real");
        QTest::newRow("blank lines") << QByteArray("\n\n*:*:*:*:after\n") << h << noAddr << 5432 << db << u
                                     << QStringLiteral("after");
        QTest::newRow("escaped colon and backslash in password")
            << QByteArray("*:*:*:*:a\\:b\\\\c\n") << h << noAddr << 5432 << db << u
            << QStringLiteral("a:b\\c");
        QTest::newRow("password ends at an unescaped colon")
            << QByteArray("*:*:*:*:abc:extra\n") << h << noAddr << 5432 << db << u << QStringLiteral("abc");
        QTest::newRow("escaped colon in user") << QByteArray("*:*:*:we\\:ird:pw\n") << h << noAddr << 5432
                                               << db << QStringLiteral("we:ird") << QStringLiteral("pw");
        QTest::newRow("escaped backslash in dbname") << QByteArray("*:*:a\\\\b:*:pw\n") << h << noAddr << 5432
                                                     << QStringLiteral("a\\b") << u << QStringLiteral("pw");
        QTest::newRow("escaped ordinary character") << QByteArray("*:*:d\\b:*:pw\n") << h << noAddr << 5432
                                                    << QStringLiteral("db") << u << QStringLiteral("pw");
        QTest::newRow("star only as a whole field")
            << QByteArray("h.*:5432:db:u:no\n") << h << noAddr << 5432 << db << u << none;
        QTest::newRow("literal star via escape") << QByteArray("\\*:5432:db:u:star\n") << QStringLiteral("*")
                                                 << noAddr << 5432 << db << u << QStringLiteral("star");
        QTest::newRow("too few fields")
            << QByteArray("h.example.com:5432:db:u\n") << h << noAddr << 5432 << db << u << none;
        QTest::newRow("prefix of a field is no match")
            << QByteArray("h.example.co:5432:db:u:no\nh.example.com:5432:d:u:no\n") << h << noAddr << 5432
            << db << u << none;
        QTest::newRow("case-sensitive")
            << QByteArray("H.EXAMPLE.COM:5432:db:u:no\n") << h << noAddr << 5432 << db << u << none;
        QTest::newRow("empty password is none")
            << QByteArray("*:*:*:*:\n*:*:*:*:later\n") << h << noAddr << 5432 << db << u << none;
        QTest::newRow("utf-8") << QByteArray("*:*:*:j\xc3\xbcrgen:p\xc3\xa4ss\n") << h << noAddr << 5432 << db
                               << QStringLiteral("jürgen") << QStringLiteral("päss");

        // "localhost" is TCP to localhost and the default socket directory.
        QTest::newRow("localhost over TCP")
            << QByteArray("localhost:5432:db:u:local\n") << QStringLiteral("localhost") << noAddr << 5432
            << db << u << QStringLiteral("local");
        QTest::newRow("localhost for the default socket dir")
            << QByteArray("localhost:5432:db:u:local\n") << QStringLiteral("/var/run/postgresql") << noAddr
            << 5432 << db << u << QStringLiteral("local");
        QTest::newRow("default socket dir spelled out does not match")
            << QByteArray("/var/run/postgresql:5432:db:u:spelled\n*:*:*:*:fallback\n")
            << QStringLiteral("/var/run/postgresql") << noAddr << 5432 << db << u
            << QStringLiteral("fallback");
        QTest::newRow("other socket dir by its path")
            << QByteArray("localhost:5432:db:u:local\n/tmp:5432:db:u:tmp\n") << QStringLiteral("/tmp")
            << noAddr << 5432 << db << u << QStringLiteral("tmp");
        QTest::newRow("socket port matters")
            << QByteArray("localhost:5432:db:u:local\n") << QStringLiteral("/var/run/postgresql") << noAddr
            << 5433 << db << u << none;
        QTest::newRow("127.0.0.1 is not localhost")
            << QByteArray("localhost:5432:db:u:local\n") << QStringLiteral("127.0.0.1") << noAddr << 5432
            << db << u << none;

        // hostaddr is the key only when host is empty.
        QTest::newRow("host wins over hostaddr")
            << QByteArray("10.0.0.1:5432:db:u:byaddr\nh.example.com:5432:db:u:byname\n") << h
            << QStringLiteral("10.0.0.1") << 5432 << db << u << QStringLiteral("byname");
        QTest::newRow("hostaddr when no host")
            << QByteArray("10.0.0.1:5432:db:u:byaddr\n") << QString() << QStringLiteral("10.0.0.1") << 5432
            << db << u << QStringLiteral("byaddr");

        // libpq never matches an empty dbname or user.
        QTest::newRow("empty user") << QByteArray("*:*:*:*:pw\n") << h << noAddr << 5432 << db << QString()
                                    << none;
        QTest::newRow("empty dbname")
            << QByteArray("*:*:*:*:pw\n") << h << noAddr << 5432 << QString() << u << none;
    }

    void matching()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, host);
        QFETCH(QString, hostaddr);
        QFETCH(int, port);
        QFETCH(QString, dbname);
        QFETCH(QString, user);
        QFETCH(QString, expected);

        QVERIFY(writeFile(pgpassPath(), file));
        const PgPassResult result
            = lookupPgPass(m_env, hostSpec(host, static_cast<quint16>(port), hostaddr), dbname, user);
        QCOMPARE(result.warning, QString());
        QCOMPARE(result.password.value_or(QStringLiteral("<none>")), expected);
    }

    void refusesLoosePermissions_data()
    {
        QTest::addColumn<int>("permissions");
        QTest::addColumn<bool>("accepted");
        using P = QFile::Permission;
        QTest::newRow("0600") << int(P::ReadOwner | P::WriteOwner) << true;
        QTest::newRow("0400") << int(P::ReadOwner) << true;
        QTest::newRow("0700") << int(P::ReadOwner | P::WriteOwner | P::ExeOwner) << true;
        QTest::newRow("0640") << int(P::ReadOwner | P::WriteOwner | P::ReadGroup) << false;
        QTest::newRow("0620") << int(P::ReadOwner | P::WriteOwner | P::WriteGroup) << false;
        QTest::newRow("0610") << int(P::ReadOwner | P::WriteOwner | P::ExeGroup) << false;
        QTest::newRow("0604") << int(P::ReadOwner | P::WriteOwner | P::ReadOther) << false;
        QTest::newRow("0602") << int(P::ReadOwner | P::WriteOwner | P::WriteOther) << false;
        QTest::newRow("0644") << int(P::ReadOwner | P::WriteOwner | P::ReadGroup | P::ReadOther) << false;
        QTest::newRow("0666") << int(
            P::ReadOwner | P::WriteOwner | P::ReadGroup | P::WriteGroup | P::ReadOther | P::WriteOther)
                              << false;
    }

    void refusesLoosePermissions()
    {
        QFETCH(int, permissions);
        QFETCH(bool, accepted);
        QVERIFY(writeFile(pgpassPath(), "*:*:*:*:pw\n", QFile::Permissions(permissions)));
        const PgPassResult result
            = lookupPgPass(m_env, hostSpec(QStringLiteral("h")), QStringLiteral("db"), QStringLiteral("u"));
        if (accepted) {
            QCOMPARE(result.password, std::optional<QString>(QStringLiteral("pw")));
            QCOMPARE(result.warning, QString());
        } else {
            QVERIFY(!result.password);
            QCOMPARE(result.warning,
                QStringLiteral("password file \"%1\" has group or world access; permissions "
                               "should be u=rw (0600) or less")
                    .arg(pgpassPath()));
        }
    }

    void missingFileIsQuiet()
    {
        QFile::remove(pgpassPath());
        const PgPassResult result
            = lookupPgPass(m_env, hostSpec(QStringLiteral("h")), QStringLiteral("db"), QStringLiteral("u"));
        QVERIFY(!result.password);
        QCOMPARE(result.warning, QString());
    }

    void notAPlainFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ConnEnvironment env = m_env;
        env.vars.insert(QStringLiteral("PGPASSFILE"), dir.path());
        const PgPassResult result
            = lookupPgPass(env, hostSpec(QStringLiteral("h")), QStringLiteral("db"), QStringLiteral("u"));
        QVERIFY(!result.password);
        QCOMPARE(result.warning, QStringLiteral("password file \"%1\" is not a plain file").arg(dir.path()));
    }

    void whichFile()
    {
        QVERIFY(writeFile(pgpassPath(), "*:*:*:*:home\n"));
        const QString envFile = m_home.path() + QStringLiteral("/env-pgpass");
        QVERIFY(writeFile(envFile, "*:*:*:*:env\n"));
        const QString paramFile = m_home.path() + QStringLiteral("/param-pgpass");
        QVERIFY(writeFile(paramFile, "*:*:*:*:param\n"));
        const HostSpec h = hostSpec(QStringLiteral("h"));
        const QString db = QStringLiteral("db"), u = QStringLiteral("u");

        // ~/.pgpass by default.
        QCOMPARE(pgPassFilePath(m_env), pgpassPath());
        QCOMPARE(lookupPgPass(m_env, h, db, u).password, std::optional<QString>(QStringLiteral("home")));

        // PGPASSFILE over ~/.pgpass; an empty PGPASSFILE is as if unset.
        ConnEnvironment env = m_env;
        env.vars.insert(QStringLiteral("PGPASSFILE"), envFile);
        QCOMPARE(pgPassFilePath(env), envFile);
        QCOMPARE(lookupPgPass(env, h, db, u).password, std::optional<QString>(QStringLiteral("env")));
        env.vars.insert(QStringLiteral("PGPASSFILE"), QString());
        QCOMPARE(lookupPgPass(env, h, db, u).password, std::optional<QString>(QStringLiteral("home")));

        // passfile= over both.
        env.vars.insert(QStringLiteral("PGPASSFILE"), envFile);
        QCOMPARE(pgPassFilePath(env, paramFile), paramFile);
        QCOMPARE(
            lookupPgPass(env, h, db, u, paramFile).password, std::optional<QString>(QStringLiteral("param")));

        // No home directory and nothing named: no file.
        ConnEnvironment homeless;
        QCOMPARE(pgPassFilePath(homeless), QString());
        QVERIFY(!lookupPgPass(homeless, h, db, u).password);
    }

    void withParsedParams()
    {
        // The way the session uses it: the defaults from parsing, then a lookup per host.
        QVERIFY(
            writeFile(pgpassPath(), "localhost:5432:osuser:osuser:sockets\nremote:6000:app:bob:remote\n"));
        const auto local = parseConnectionString(QString(), m_env);
        QVERIFY2(local.params, qPrintable(local.error));
        QCOMPARE(lookupPgPass(m_env, local.params->hosts.first(), local.params->dbname, local.params->user)
                     .password,
            std::optional<QString>(QStringLiteral("sockets")));

        const auto remote
            = parseConnectionString(QStringLiteral("postgresql://bob@localhost,remote:6000/app"), m_env);
        QVERIFY2(remote.params, qPrintable(remote.error));
        QCOMPARE(remote.params->hosts.size(), 2);
        QVERIFY(!lookupPgPass(m_env, remote.params->hosts.at(0), remote.params->dbname, remote.params->user)
                     .password);
        QCOMPARE(lookupPgPass(m_env, remote.params->hosts.at(1), remote.params->dbname, remote.params->user)
                     .password,
            std::optional<QString>(QStringLiteral("remote")));
    }
};

QTEST_GUILESS_MAIN(TestPgPass)
#include "tst_pgpass.moc"
