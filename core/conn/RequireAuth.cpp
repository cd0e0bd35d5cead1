#include "conn/RequireAuth.h"

#include <QStringList>

#include <array>

namespace pgrepl {

namespace {

struct MethodName
{
    AuthMethod method;
    const char *name;
};

constexpr std::array<MethodName, 6> MethodNames {{
    {AuthMethod::Password, "password"},
    {AuthMethod::Md5, "md5"},
    {AuthMethod::Gss, "gss"},
    {AuthMethod::Sspi, "sspi"},
    {AuthMethod::ScramSha256, "scram-sha-256"},
    {AuthMethod::None, "none"},
}};

std::optional<AuthMethod> methodFromName(QStringView name)
{
    for (const auto &entry : MethodNames) {
        if (name == QLatin1String(entry.name))
            return entry.method;
    }
    return std::nullopt;
}

} // namespace

QString RequireAuth::methodName(AuthMethod method)
{
    for (const auto &entry : MethodNames) {
        if (entry.method == method)
            return QString::fromLatin1(entry.name);
    }
    return QString();
}

std::optional<RequireAuth> RequireAuth::parse(QStringView text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<RequireAuth> {
        if (error)
            *error = why;
        return std::nullopt;
    };

    RequireAuth result;
    if (text.isEmpty())
        return result;
    result.m_set = true;

    // Like libpq, no whitespace is skipped: "md5, password" names " password".
    bool first = true;
    for (const QStringView rawEntry : text.split(u',')) {
        QStringView entry = rawEntry;
        const bool negated = entry.startsWith(u'!');
        if (negated)
            entry = entry.mid(1);

        if (first) {
            result.m_negated = negated;
            first = false;
        } else if (negated && !result.m_negated) {
            return fail(QStringLiteral("negative require_auth method \"%1\" cannot be mixed with "
                                       "non-negative methods")
                            .arg(rawEntry));
        } else if (!negated && result.m_negated) {
            return fail(QStringLiteral("require_auth method \"%1\" cannot be mixed with negative methods")
                            .arg(rawEntry));
        }

        const auto method = methodFromName(entry);
        if (!method) {
            return fail(
                QStringLiteral("invalid require_auth value \"%1\": expected a comma-separated list of "
                               "password, md5, gss, sspi, scram-sha-256 and none, each optionally "
                               "negated with \"!\"")
                    .arg(rawEntry));
        }
        if (result.m_methods.contains(*method))
            return fail(QStringLiteral("require_auth method \"%1\" is specified more than once").arg(entry));
        result.m_methods.append(*method);
    }
    return result;
}

bool RequireAuth::allows(AuthMethod method) const
{
    if (!m_set)
        return true;
    return m_methods.contains(method) != m_negated;
}

QString RequireAuth::describe() const
{
    QStringList parts;
    for (const AuthMethod method : m_methods)
        parts << (m_negated ? QStringLiteral("!") : QString()) + methodName(method);
    return parts.join(u',');
}

QDebug operator<<(QDebug debug, const RequireAuth &requirement)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "RequireAuth("
                    << (requirement.isSet() ? requirement.describe() : QStringLiteral("unset")) << ')';
    return debug;
}

} // namespace pgrepl
