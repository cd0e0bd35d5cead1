#include "conn/PgPass.h"

#include <QFile>
#include <QFileInfo>

namespace pgrepl {

namespace {

// libpq's pwdfMatchesString: does the field starting at pos match token?
// Returns the position after the field's ':' when it does.
std::optional<qsizetype> matchField(QStringView line, qsizetype pos, QStringView token)
{
    if (line.mid(pos).startsWith(u"*:"))
        return pos + 2;
    qsizetype i = pos;
    qsizetype t = 0;
    bool escaped = false;
    while (i < line.size()) {
        if (line[i] == u'\\' && !escaped) {
            ++i;
            escaped = true;
            if (i >= line.size())
                return std::nullopt;
        }
        if (line[i] == u':' && t == token.size() && !escaped)
            return i + 1;
        escaped = false;
        if (t == token.size() || line[i] != token[t])
            return std::nullopt;
        ++i;
        ++t;
    }
    // The line ended inside this field: there is no password after it.
    return std::nullopt;
}

QString unescapePassword(QStringView field)
{
    QString out;
    for (qsizetype i = 0; i < field.size() && field[i] != u':'; ++i) {
        if (field[i] == u'\\' && i + 1 < field.size())
            ++i;
        out += field[i];
    }
    return out;
}

} // namespace

QString pgPassFilePath(const ConnEnvironment &env, const QString &passFile)
{
    if (!passFile.isEmpty())
        return passFile;
    const QString fromEnv = env.vars.value(QStringLiteral("PGPASSFILE"));
    if (!fromEnv.isEmpty())
        return fromEnv;
    if (env.homeDir.isEmpty())
        return QString();
    return env.homeDir + QStringLiteral("/.pgpass");
}

PgPassResult lookupPgPass(const ConnEnvironment &env, const HostSpec &host, const QString &dbname,
    const QString &user, const QString &passFile)
{
    PgPassResult result;
    if (dbname.isEmpty() || user.isEmpty())
        return result;

    // libpq keys on host, or hostaddr when no host was given; "localhost" stands
    // for the default socket directory (only that one: libpq compares the text).
    QString hostname = host.host.isEmpty() ? host.hostaddr : host.host;
    if (hostname.isEmpty() || hostname == defaultSocketDir())
        hostname = QStringLiteral("localhost");
    const QString port = QString::number(host.port);

    const QString path = pgPassFilePath(env, passFile);
    if (path.isEmpty())
        return result;
    const QFileInfo info(path);
    if (!info.exists())
        return result;
    if (!info.isFile()) {
        result.warning = QStringLiteral("password file \"%1\" is not a plain file").arg(path);
        return result;
    }
    constexpr QFile::Permissions groupOrOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (info.permissions() & groupOrOther) {
        result.warning
            = QStringLiteral("password file \"%1\" has group or world access; permissions should be "
                             "u=rw (0600) or less")
                  .arg(path);
        return result;
    }

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result; // as libpq: a file that cannot be opened is ignored
    const QString contents = QString::fromUtf8(file.readAll());
    const QList<QStringView> lines = QStringView(contents).split(u'\n');
    for (QStringView line : lines) {
        if (line.startsWith(u'#'))
            continue;
        while (line.endsWith(u'\r'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        std::optional<qsizetype> pos = 0;
        for (const QString &token : {hostname, port, dbname, user}) {
            pos = matchField(line, *pos, token);
            if (!pos)
                break;
        }
        if (!pos)
            continue;
        const QString password = unescapePassword(line.mid(*pos));
        // An empty password counts as none: libpq would then say "no password
        // supplied" rather than send an empty one.
        if (!password.isEmpty())
            result.password = password;
        return result;
    }
    return result;
}

} // namespace pgrepl
