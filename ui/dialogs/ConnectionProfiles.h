#pragma once

#include "session/ReplicationTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace pgrepl::ui {

// A connection string split from its password, everything else kept as typed.
struct SplitConnectionString
{
    QString connectionString;
    std::optional<QString> password; // nullopt when the text held none
};

// Takes the password out of a postgresql:// URI (user:password@ or a
// password= query parameter, percent-decoded) or a key=value string (quoted
// or not, with libpq's backslash escapes). Text that is neither, or that is
// malformed, comes back unchanged: the connection string parser reports it.
SplitConnectionString splitPassword(const QString &connectionString);

// A saved connection: what the connect dialog shows, minus the password,
// which only a PasswordStore may hold.
struct ConnectionProfile
{
    QString name;
    QString connectionString; // never holds a password (save() strips it)
    QString slot;
    QStringList publications;
    int protoVersion = 0;
    StreamingMode streaming = StreamingMode::Off;
    bool binary = false;
    bool messages = true;
    bool twoPhase = false;
    QString origin;
    bool temporaryCopy = true;
    AckMode ackMode = AckMode::Manual;

    bool operator==(const ConnectionProfile &) const = default;
};

// The saved profiles in a QSettings (the app's, or a temporary ini file in
// tests), under the group "connectionProfiles".
class ConnectionProfiles final
{
public:
    explicit ConnectionProfiles(QSettings &settings);

    QStringList names() const; // sorted, case-insensitively
    std::optional<ConnectionProfile> profile(const QString &name) const;
    // Adds or replaces the profile of that name (an empty name is refused:
    // returns false), with any password stripped from its connection string.
    bool save(const ConnectionProfile &profile);
    bool remove(const QString &name);

    // The profile used for the last connection, preselected next time; empty
    // when none was, or it was deleted since.
    QString lastUsed() const;
    void setLastUsed(const QString &name);

    // The key of a profile's password in a PasswordStore.
    static QString passwordKey(const QString &profileName);

private:
    QList<ConnectionProfile> readAll() const;
    void writeAll(const QList<ConnectionProfile> &profiles);

    QSettings &m_settings;
};

} // namespace pgrepl::ui
