#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace pgrepl::cli {

// The flags of one subcommand: "--key VALUE", "--key=VALUE", bare switches
// and positional arguments. A parse error names the flag that is wrong.
class ArgParser final
{
public:
    // names: the spellings of one option, the first one canonical ("--output", "-o").
    void addValue(const QStringList &names, bool repeatable = false);
    void addSwitch(const QStringList &names);

    // arguments: without the program and subcommand names. False with error() set.
    bool parse(const QStringList &arguments);
    QString error() const { return m_error; }

    bool isSet(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }
    QStringList positionals() const { return m_positionals; }
    bool helpRequested() const { return m_help; }

private:
    struct Option
    {
        QString canonical;
        bool takesValue = false;
        bool repeatable = false;
    };
    bool fail(const QString &message);

    QHash<QString, Option> m_options; // by every spelling
    QHash<QString, QStringList> m_values; // by canonical name; a switch holds one empty string
    QStringList m_positionals;
    QString m_error;
    bool m_help = false;
};

} // namespace pgrepl::cli
