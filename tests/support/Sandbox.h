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
    // The output of sql(), or "<error>" (and a warning naming the
    // statements) when they failed: for checks that compare the output.
    QString sqlOutput(const QString &statements) const;

    // A table (id serial PRIMARY KEY, v text) and a publication of it, each
    // under a new name that starts with its prefix. The names come back
    // even when creating failed (*error says why), so that cleanup can drop
    // what was made.
    struct PublishedTable
    {
        QString table;
        QString publication;
    };
    PublishedTable publishNewTable(
        const QString &tablePrefix, const QString &publicationPrefix, QString *error) const;
    void dropPublishedTable(const PublishedTable &published) const;
    // Drops the slots whose names start with prefix that nobody streams from.
    void dropInactiveSlots(const QString &prefix) const;

    // A name no other test uses, for slots and publications.
    static QString uniqueName(const QString &prefix);

private:
    QHash<QString, QString> m_values;
};

} // namespace pgrepl::test
