#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace pgrepl::ui {

// Where the connect dialog keeps passwords, never in QSettings: a seam so that
// the app can plug in the system keychain, and tests a fake.
//
// Every call answers exactly once through its callback, usually later (a
// keychain asks a daemon that may prompt the user). The callback runs only
// while `context` is alive, in context's thread, so a dialog that closed in
// between is never called back. Errors arrive as text for a person to read.
class PasswordStore
{
public:
    // secret: nullopt when nothing is stored under the key (not an error).
    using ReadCallback = std::function<void(const std::optional<QString> &secret, const QString &error)>;
    // error: empty on success.
    using DoneCallback = std::function<void(const QString &error)>;

    virtual ~PasswordStore() = default;

    // False when no keychain exists: the dialog then says that passwords are
    // not saved and never calls write().
    virtual bool available() const = 0;
    // Why available() is false, for a tooltip.
    virtual QString unavailableReason() const = 0;

    virtual void read(const QString &key, QObject *context, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, DoneCallback done) = 0;
    // Removing a key that holds nothing succeeds.
    virtual void remove(const QString &key, QObject *context, DoneCallback done) = 0;

protected:
    // Queues f on context's thread, dropped when context is gone by then.
    static void post(QObject *context, std::function<void()> f);
};

// The store used when no keychain is available: it keeps nothing.
class NoPasswordStore final : public PasswordStore
{
public:
    bool available() const override { return false; }
    QString unavailableReason() const override;
    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
};

} // namespace pgrepl::ui
