#pragma once

#include "dialogs/PasswordStore.h"

#include <memory>

namespace pgrepl::app {

// Connection passwords in the system keychain (Secret Service or KWallet,
// macOS Keychain, Windows Credential Manager) through QtKeychain. Built
// without QtKeychain it is never available and keeps nothing.
class KeychainPasswordStore final : public ui::PasswordStore
{
public:
    explicit KeychainPasswordStore(const QString &service = QStringLiteral("pgrepl-inspector"));

    // Whether this build has QtKeychain.
    static bool compiledIn();

    // False without QtKeychain, without a D-Bus session bus (where the
    // keychain services live on Linux), or once a job found no keychain.
    bool available() const override;
    QString unavailableReason() const override;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;

private:
    QString m_service;
    // Shared with running jobs, which may finish after the store is gone.
    std::shared_ptr<bool> m_noBackend = std::make_shared<bool>(false);
};

// The store the application uses: the keychain when it is available, else
// a NoPasswordStore (the dialog then says that passwords are not saved).
std::unique_ptr<ui::PasswordStore> createPasswordStore();

} // namespace pgrepl::app
