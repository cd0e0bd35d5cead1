#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace pgrepl::test {

// The throwaway PostgreSQL cluster that scripts/pg-sandbox started for the
// pg tests, read from the state file named by PGREPL_SANDBOX_STATE. SQL runs
// through psql as the superuser: an independent client, so tests never check
// our protocol code with itself.
class Sandbox final
{
public:
    static std::optional<Sandbox> load(QString *error);

    QString value(const QString &key) const { return m_values.value(key); }
    QString host() const { return value(QStringLiteral("PGREPL_SANDBOX_HOST")); }
    quint16 port() const { return value(QStringLiteral("PGREPL_SANDBOX_PORT")).toUShort(); }
    QString database() const { return value(QStringLiteral("PGREPL_SANDBOX_DB")); }
    QString binDir() const { return value(QStringLiteral("PGREPL_SANDBOX_BINDIR")); }

    struct Result
    {
        bool ok = false;
        QString output; // psql -At: rows on lines, columns split by '|'
        QString error;
    };
    // Runs SQL as the superuser in the test database.
    Result sql(const QString &statements) const;

    // A name no other test uses, for slots and publications.
    static QString uniqueName(const QString &prefix);

private:
    QHash<QString, QString> m_values;
};

} // namespace pgrepl::test
