#include "Sandbox.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>
#include <QUuid>

namespace pgrepl::test {

std::optional<Sandbox> Sandbox::load(QString *error)
{
    const QString path = qEnvironmentVariable("PGREPL_SANDBOX_STATE");
    if (path.isEmpty()) {
        *error = QStringLiteral("PGREPL_SANDBOX_STATE is not set; run this test through ctest "
                                "or after scripts/pg-sandbox start");
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read sandbox state %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    Sandbox sandbox;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (eq > 0)
            sandbox.m_values.insert(line.left(eq), line.mid(eq + 1));
    }
    if (sandbox.port() == 0) {
        *error = QStringLiteral("sandbox state %1 names no port").arg(path);
        return std::nullopt;
    }
    return sandbox;
}

Sandbox::Result Sandbox::sql(const QString &statements) const
{
    QProcess psql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    psql.setProcessEnvironment(env);
    // Statements go through stdin as a script, so each one commits on its
    // own, as in psql -f.
    psql.start(binDir() + QStringLiteral("/psql"),
        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
            QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), host(),
            QStringLiteral("-p"), QString::number(port()), QStringLiteral("-U"),
            value(QStringLiteral("PGREPL_SANDBOX_ADMIN")), QStringLiteral("-d"), database(),
            QStringLiteral("-f"), QStringLiteral("-")});
    psql.write(statements.toUtf8());
    psql.write(";\n");
    psql.closeWriteChannel();
    Result result;
    // Keep the event loop turning: a session under test in this thread must
    // go on answering the server while psql runs.
    if (!QTest::qWaitFor([&] { return psql.state() == QProcess::NotRunning; }, 60000)) {
        result.error = QStringLiteral("psql did not finish in 60 s");
        psql.kill();
        psql.waitForFinished();
        return result;
    }
    result.output = QString::fromUtf8(psql.readAllStandardOutput()).trimmed();
    result.error = QString::fromUtf8(psql.readAllStandardError()).trimmed();
    result.ok = psql.exitStatus() == QProcess::NormalExit && psql.exitCode() == 0;
    return result;
}

QString Sandbox::sqlOutput(const QString &statements) const
{
    const Result r = sql(statements);
    if (!r.ok)
        qWarning("SQL failed: %s\n%s", qPrintable(statements), qPrintable(r.error));
    return r.ok ? r.output : QStringLiteral("<error>");
}

Sandbox::PublishedTable Sandbox::publishNewTable(
    const QString &tablePrefix, const QString &publicationPrefix, QString *error) const
{
    const PublishedTable published {uniqueName(tablePrefix), uniqueName(publicationPrefix)};
    const Result r
        = sql(QStringLiteral("CREATE TABLE %1 (id serial PRIMARY KEY, v text); CREATE PUBLICATION %2 "
                             "FOR TABLE %1")
                  .arg(published.table, published.publication));
    if (!r.ok)
        *error = QStringLiteral("creating table %1 and publication %2 failed: %3")
                     .arg(published.table, published.publication, r.error);
    return published;
}

void Sandbox::dropPublishedTable(const PublishedTable &published) const
{
    sqlOutput(QStringLiteral("DROP PUBLICATION IF EXISTS %1; DROP TABLE IF EXISTS %2")
                  .arg(published.publication, published.table));
}

void Sandbox::dropInactiveSlots(const QString &prefix) const
{
    sqlOutput(QStringLiteral("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE "
                             "slot_name LIKE '%1%' AND NOT active")
                  .arg(prefix));
}

QString Sandbox::uniqueName(const QString &prefix)
{
    return prefix + u'_' + QUuid::createUuid().toString(QUuid::Id128).left(12);
}

} // namespace pgrepl::test
