#pragma once

#include "Sandbox.h"
#include "conn/ConnParams.h"

#include <QTemporaryDir>

#include <optional>

namespace pgrepl::test {

// The sandbox as seen by the pg tests that connect with our own code:
// connection parameters parsed in an environment of their own (an empty
// home, no PG* variables), so nothing of whoever runs the tests (a
// ~/.pgpass, PGHOST) changes where or how they connect.
class SandboxClient final
{
public:
    // Loads the sandbox; false, with *error, when there is none.
    bool load(QString *error)
    {
        m_sandbox = Sandbox::load(error);
        m_env.homeDir = m_home.path();
        m_env.osUser = QStringLiteral("nobody");
        return m_sandbox.has_value();
    }

    const Sandbox *operator->() const { return &*m_sandbox; }
    const ConnEnvironment &env() const { return m_env; }

    // psql's output, or "<error>" (and a warning) when the statements failed.
    QString sql(const QString &statements) const { return m_sandbox->sqlOutput(statements); }

    // The test database as the trusted user over TCP without TLS, then the
    // extra keywords; port 0 is the sandbox's.
    ConnParams params(const QString &extra = {}, quint16 port = 0) const
    {
        const QString dsn = QStringLiteral("host=127.0.0.1 port=%1 dbname=pgrepl_test user=pgrepl_trust "
                                           "sslmode=disable %2")
                                .arg(port ? port : m_sandbox->port())
                                .arg(extra);
        return *parseConnectionString(dsn, m_env).params;
    }

private:
    std::optional<Sandbox> m_sandbox;
    QTemporaryDir m_home;
    ConnEnvironment m_env;
};

} // namespace pgrepl::test
