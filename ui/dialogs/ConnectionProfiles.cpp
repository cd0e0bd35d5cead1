#include "dialogs/ConnectionProfiles.h"

#include <QSettings>

#include <algorithm>

namespace pgrepl::ui {

namespace {

const QLatin1String kGroup("connectionProfiles");

bool isSpace(QChar c)
{
    return c.isSpace();
}

// libpq refuses a '%' not followed by two hex digits; so do we, by leaving
// the text alone.
std::optional<QString> percentDecode(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != u'%')
            continue;
        if (i + 2 >= text.size() || !isxdigit(text[i + 1].toLatin1()) || !isxdigit(text[i + 2].toLatin1()))
            return std::nullopt;
    }
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}

SplitConnectionString splitUri(const QString &s, qsizetype prefixLength)
{
    SplitConnectionString out {s, std::nullopt};
    QString head = s.left(prefixLength);
    QString rest = s.mid(prefixLength);
    // As libpq: user credentials end at the first '@' met before any '/'.
    qsizetype i = 0;
    while (i < rest.size() && rest[i] != u'@' && rest[i] != u'/')
        ++i;
    if (i < rest.size() && rest[i] == u'@') {
        const QString userInfo = rest.left(i);
        const qsizetype colon = userInfo.indexOf(u':');
        if (colon >= 0) {
            const auto password = percentDecode(userInfo.mid(colon + 1));
            if (!password)
                return out;
            out.password = *password;
            const QString user = userInfo.left(colon);
            // An empty user means the default: drop the '@' with it.
            rest = user.isEmpty() ? rest.mid(i + 1) : user + rest.mid(i);
        }
    }
    const qsizetype question = rest.indexOf(u'?');
    if (question >= 0) {
        QStringList kept;
        bool removed = false;
        for (const QString &param : rest.mid(question + 1).split(u'&')) {
            const qsizetype eq = param.indexOf(u'=');
            const auto key = percentDecode(eq < 0 ? param : param.left(eq));
            if (key && *key == u"password" && eq >= 0) {
                const auto value = percentDecode(param.mid(eq + 1));
                if (!value)
                    return {s, std::nullopt};
                out.password = *value; // the last one wins, as later parameters override earlier ones
                removed = true;
                continue;
            }
            kept << param;
        }
        if (removed)
            rest = kept.isEmpty() ? rest.left(question) : rest.left(question + 1) + kept.join(u'&');
    }
    out.connectionString = head + rest;
    return out;
}

struct Pair
{
    qsizetype start = 0; // of the key
    qsizetype end = 0; // after the value
    QString key;
    QString value;
};

// libpq's conninfo_parse, remembering where each pair sits in the text.
std::optional<QList<Pair>> parsePairs(const QString &s)
{
    QList<Pair> pairs;
    qsizetype i = 0;
    const qsizetype n = s.size();
    auto skipSpace = [&] {
        while (i < n && isSpace(s[i]))
            ++i;
    };
    while (true) {
        skipSpace();
        if (i >= n)
            break;
        Pair p;
        p.start = i;
        while (i < n && s[i] != u'=' && !isSpace(s[i]))
            ++i;
        p.key = s.mid(p.start, i - p.start);
        skipSpace();
        if (i >= n || s[i] != u'=' || p.key.isEmpty())
            return std::nullopt;
        ++i;
        skipSpace();
        if (i < n && s[i] == u'\'') {
            ++i;
            bool closed = false;
            while (i < n) {
                if (s[i] == u'\\' && i + 1 < n) {
                    p.value += s[i + 1];
                    i += 2;
                } else if (s[i] == u'\'') {
                    ++i;
                    closed = true;
                    break;
                } else {
                    p.value += s[i++];
                }
            }
            if (!closed)
                return std::nullopt;
        } else {
            while (i < n && !isSpace(s[i])) {
                if (s[i] == u'\\' && i + 1 < n) {
                    p.value += s[i + 1];
                    i += 2;
                } else {
                    p.value += s[i++];
                }
            }
        }
        p.end = i;
        pairs << p;
    }
    return pairs;
}

SplitConnectionString splitKeyValue(const QString &s)
{
    SplitConnectionString out {s, std::nullopt};
    const auto pairs = parsePairs(s);
    if (!pairs)
        return out;
    QString result;
    qsizetype copied = 0; // everything before this index is dealt with
    for (qsizetype k = 0; k < pairs->size(); ++k) {
        const Pair &p = pairs->at(k);
        if (p.key != u"password")
            continue;
        out.password = p.value; // the last one wins, as in libpq
        // Drop the pair with the blanks that follow it, or for the last
        // pair the blanks before it, so no stray space is left behind.
        qsizetype from = p.start;
        qsizetype to = k + 1 < pairs->size() ? pairs->at(k + 1).start : s.size();
        if (k + 1 == pairs->size() && k > 0)
            from = std::max(copied, pairs->at(k - 1).end);
        result += s.mid(copied, from - copied);
        copied = to;
    }
    result += s.mid(copied);
    out.connectionString = result;
    return out;
}

QString streamingName(StreamingMode mode)
{
    switch (mode) {
    case StreamingMode::On:
        return QStringLiteral("on");
    case StreamingMode::Parallel:
        return QStringLiteral("parallel");
    case StreamingMode::Off:
        break;
    }
    return QStringLiteral("off");
}

StreamingMode parseStreaming(const QString &text)
{
    if (text == u"on")
        return StreamingMode::On;
    if (text == u"parallel")
        return StreamingMode::Parallel;
    return StreamingMode::Off;
}

} // namespace

SplitConnectionString splitPassword(const QString &connectionString)
{
    for (const QLatin1String prefix : {QLatin1String("postgresql://"), QLatin1String("postgres://")})
        if (connectionString.startsWith(prefix))
            return splitUri(connectionString, prefix.size());
    if (connectionString.contains(u'='))
        return splitKeyValue(connectionString);
    return {connectionString, std::nullopt};
}

ConnectionProfiles::ConnectionProfiles(QSettings &settings) : m_settings(settings) { }

QList<ConnectionProfile> ConnectionProfiles::readAll() const
{
    QList<ConnectionProfile> profiles;
    m_settings.beginGroup(kGroup);
    const int count = m_settings.beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = m_settings.value(QStringLiteral("name")).toString();
        if (p.name.isEmpty())
            continue;
        p.connectionString = m_settings.value(QStringLiteral("connection")).toString();
        p.slot = m_settings.value(QStringLiteral("slot")).toString();
        p.publications = m_settings.value(QStringLiteral("publications")).toStringList();
        p.protoVersion = std::clamp(m_settings.value(QStringLiteral("protocol"), 0).toInt(), 0, 4);
        p.streaming = parseStreaming(m_settings.value(QStringLiteral("streaming")).toString());
        p.binary = m_settings.value(QStringLiteral("binary"), false).toBool();
        p.messages = m_settings.value(QStringLiteral("messages"), true).toBool();
        p.twoPhase = m_settings.value(QStringLiteral("twoPhase"), false).toBool();
        p.origin = m_settings.value(QStringLiteral("origin")).toString();
        p.temporaryCopy = m_settings.value(QStringLiteral("temporaryCopy"), true).toBool();
        p.ackMode
            = parseAckMode(m_settings.value(QStringLiteral("ackMode")).toString()).value_or(AckMode::Manual);
        profiles << p;
    }
    m_settings.endArray();
    m_settings.endGroup();
    return profiles;
}

void ConnectionProfiles::writeAll(const QList<ConnectionProfile> &profiles)
{
    m_settings.beginGroup(kGroup);
    m_settings.remove(QStringLiteral("profiles"));
    m_settings.beginWriteArray(QStringLiteral("profiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile &p = profiles[i];
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), p.name);
        m_settings.setValue(QStringLiteral("connection"), splitPassword(p.connectionString).connectionString);
        m_settings.setValue(QStringLiteral("slot"), p.slot);
        m_settings.setValue(QStringLiteral("publications"), p.publications);
        m_settings.setValue(QStringLiteral("protocol"), p.protoVersion);
        m_settings.setValue(QStringLiteral("streaming"), streamingName(p.streaming));
        m_settings.setValue(QStringLiteral("binary"), p.binary);
        m_settings.setValue(QStringLiteral("messages"), p.messages);
        m_settings.setValue(QStringLiteral("twoPhase"), p.twoPhase);
        m_settings.setValue(QStringLiteral("origin"), p.origin);
        m_settings.setValue(QStringLiteral("temporaryCopy"), p.temporaryCopy);
        m_settings.setValue(QStringLiteral("ackMode"), ackModeName(p.ackMode));
    }
    m_settings.endArray();
    m_settings.endGroup();
    m_settings.sync();
}

QStringList ConnectionProfiles::names() const
{
    QStringList names;
    for (const ConnectionProfile &p : readAll())
        names << p.name;
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<ConnectionProfile> ConnectionProfiles::profile(const QString &name) const
{
    for (const ConnectionProfile &p : readAll())
        if (p.name == name)
            return p;
    return std::nullopt;
}

bool ConnectionProfiles::save(const ConnectionProfile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return false;
    ConnectionProfile clean = profile;
    clean.connectionString = splitPassword(profile.connectionString).connectionString;
    QList<ConnectionProfile> all = readAll();
    const auto it = std::find_if(
        all.begin(), all.end(), [&](const ConnectionProfile &p) { return p.name == profile.name; });
    if (it != all.end())
        *it = clean;
    else
        all << clean;
    writeAll(all);
    return true;
}

bool ConnectionProfiles::remove(const QString &name)
{
    QList<ConnectionProfile> all = readAll();
    const qsizetype before = all.size();
    all.removeIf([&](const ConnectionProfile &p) { return p.name == name; });
    if (all.size() == before)
        return false;
    writeAll(all);
    if (lastUsed().isEmpty())
        setLastUsed(QString());
    return true;
}

QString ConnectionProfiles::lastUsed() const
{
    const QString name = m_settings.value(QStringLiteral("connectionProfiles/lastUsed")).toString();
    return profile(name) ? name : QString();
}

void ConnectionProfiles::setLastUsed(const QString &name)
{
    m_settings.setValue(QStringLiteral("connectionProfiles/lastUsed"), name);
    m_settings.sync();
}

QString ConnectionProfiles::passwordKey(const QString &profileName)
{
    return QStringLiteral("profile:") + profileName;
}

} // namespace pgrepl::ui
