#include "ArgParser.h"

#include <QCoreApplication>

namespace pgrepl::cli {

void ArgParser::addValue(const QStringList &names, bool repeatable)
{
    for (const QString &n : names)
        m_options.insert(n, Option {names.first(), true, repeatable});
}

void ArgParser::addSwitch(const QStringList &names)
{
    for (const QString &n : names)
        m_options.insert(n, Option {names.first(), false, false});
}

bool ArgParser::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ArgParser::parse(const QStringList &arguments)
{
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (onlyPositionals || !arg.startsWith(u'-') || arg == u"-") {
            m_positionals << arg;
            continue;
        }
        if (arg == u"--") {
            onlyPositionals = true;
            continue;
        }
        if (arg == u"-h" || arg == u"--help") {
            m_help = true;
            continue;
        }
        QString key = arg;
        QString inlineValue;
        bool hasInline = false;
        const qsizetype eq = arg.indexOf(u'=');
        if (arg.startsWith(u"--") && eq > 2) {
            key = arg.left(eq);
            inlineValue = arg.mid(eq + 1);
            hasInline = true;
        }
        const auto it = m_options.constFind(key);
        if (it == m_options.constEnd())
            return fail(QCoreApplication::translate("Cli", "unknown option \"%1\"").arg(key));
        const Option &o = *it;
        if (!o.repeatable && m_values.contains(o.canonical))
            return fail(QCoreApplication::translate("Cli", "%1 given twice").arg(key));
        if (!o.takesValue) {
            if (hasInline)
                return fail(QCoreApplication::translate("Cli", "%1 takes no value").arg(key));
            m_values[o.canonical] << QString();
            continue;
        }
        if (!hasInline) {
            if (i + 1 >= arguments.size())
                return fail(QCoreApplication::translate("Cli", "%1 needs a value").arg(key));
            inlineValue = arguments.at(++i);
        }
        m_values[o.canonical] << inlineValue;
    }
    return true;
}

} // namespace pgrepl::cli
