#pragma once

#include "dialogs/PasswordStore.h"

#include <QHash>
#include <QString>

namespace pgrepl::test {

// An in-memory PasswordStore for dialog tests. It answers asynchronously, as
// a real keychain does, so tests must wait (QTRY_*) for the callbacks.
class FakePasswordStore final : public ui::PasswordStore
{
public:
    bool available() const override { return m_available; }
    QString unavailableReason() const override { return QStringLiteral("fake store switched off"); }

    void read(const QString &key, QObject *context, ReadCallback done) override
    {
        ++reads;
        std::optional<QString> secret;
        if (secrets.contains(key))
            secret = secrets.value(key);
        post(context, [done = std::move(done), secret, error = m_error] {
            done(error.isEmpty() ? secret : std::nullopt, error);
        });
    }

    void write(const QString &key, const QString &secret, QObject *context, DoneCallback done) override
    {
        ++writes;
        if (m_error.isEmpty())
            secrets.insert(key, secret);
        post(context, [done = std::move(done), error = m_error] { done(error); });
    }

    void remove(const QString &key, QObject *context, DoneCallback done) override
    {
        ++removes;
        if (m_error.isEmpty())
            secrets.remove(key);
        post(context, [done = std::move(done), error = m_error] { done(error); });
    }

    void setAvailable(bool available) { m_available = available; }
    // Every later call fails with this text (empty: succeed again).
    void setError(const QString &error) { m_error = error; }

    QHash<QString, QString> secrets;
    int reads = 0;
    int writes = 0;
    int removes = 0;

private:
    bool m_available = true;
    QString m_error;
};

} // namespace pgrepl::test
