#include "KeychainPasswordStore.h"

#include <QCoreApplication>
#include <QFileInfo>

#if PGREPL_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

namespace pgrepl::app {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("pgrepl::app::KeychainPasswordStore", text);
}

#if PGREPL_HAVE_QTKEYCHAIN
bool sessionBusLikely()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // libdbus finds the session bus through this variable, or at the
    // systemd default of $XDG_RUNTIME_DIR/bus.
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return true;
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    return !runtime.isEmpty() && QFileInfo::exists(runtime + QStringLiteral("/bus"));
#else
    return true;
#endif
}

// QtKeychain's own text is sometimes just "Unknown error": say which
// step failed too.
template<typename Job> QString describe(const Job *job)
{
    QString what;
    switch (job->error()) {
    case QKeychain::NoBackendAvailable:
        what = translate("no keychain service is available");
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        what = translate("the keychain refused access");
        break;
    case QKeychain::CouldNotDeleteEntry:
        what = translate("the keychain could not delete the entry");
        break;
    default:
        what = translate("the keychain service failed");
        break;
    }
    const QString detail = job->errorString();
    return detail.isEmpty() ? what : what + QStringLiteral(" (") + detail + u')';
}

// Runs a job and hands its outcome to `finish` in context's thread, unless
// context is gone by then. The job deletes itself once finished.
template<typename Job, typename Finish>
void runJob(Job *job, QObject *context, std::shared_ptr<bool> noBackend, Finish finish)
{
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, context,
        [finish = std::move(finish), noBackend = std::move(noBackend)](QKeychain::Job *j) {
            if (j->error() == QKeychain::NoBackendAvailable)
                *noBackend = true;
            finish(static_cast<Job *>(j));
        });
    job->start();
}
#endif

} // namespace

KeychainPasswordStore::KeychainPasswordStore(const QString &service) : m_service(service) { }

bool KeychainPasswordStore::compiledIn()
{
    return PGREPL_HAVE_QTKEYCHAIN != 0;
}

bool KeychainPasswordStore::available() const
{
#if PGREPL_HAVE_QTKEYCHAIN
    return !*m_noBackend && sessionBusLikely();
#else
    return false;
#endif
}

QString KeychainPasswordStore::unavailableReason() const
{
#if PGREPL_HAVE_QTKEYCHAIN
    if (*m_noBackend)
        return translate("No keychain service answered, so passwords are not saved.");
    if (!sessionBusLikely())
        return translate(
            "There is no D-Bus session bus to reach a keychain service, so passwords are not saved.");
    return {};
#else
    return translate("This build has no keychain support (QtKeychain), so passwords are not saved.");
#endif
}

void KeychainPasswordStore::read(const QString &key, QObject *context, ReadCallback done)
{
#if PGREPL_HAVE_QTKEYCHAIN
    if (context && available()) {
        auto *job = new QKeychain::ReadPasswordJob(m_service);
        job->setKey(key);
        runJob(job, context, m_noBackend, [done = std::move(done)](QKeychain::ReadPasswordJob *j) {
            if (j->error() == QKeychain::NoError)
                done(j->textData(), QString());
            else if (j->error() == QKeychain::EntryNotFound)
                done(std::nullopt, QString());
            else
                done(std::nullopt, describe(j));
        });
        return;
    }
#else
    Q_UNUSED(key);
#endif
    post(context, [done = std::move(done)] { done(std::nullopt, QString()); });
}

void KeychainPasswordStore::write(
    const QString &key, const QString &secret, QObject *context, DoneCallback done)
{
#if PGREPL_HAVE_QTKEYCHAIN
    if (context && available()) {
        auto *job = new QKeychain::WritePasswordJob(m_service);
        job->setKey(key);
        job->setTextData(secret);
        runJob(job, context, m_noBackend, [done = std::move(done)](QKeychain::WritePasswordJob *j) {
            done(j->error() == QKeychain::NoError ? QString() : describe(j));
        });
        return;
    }
#else
    Q_UNUSED(key);
    Q_UNUSED(secret);
#endif
    const QString reason = unavailableReason();
    post(context, [done = std::move(done), reason] { done(reason); });
}

void KeychainPasswordStore::remove(const QString &key, QObject *context, DoneCallback done)
{
#if PGREPL_HAVE_QTKEYCHAIN
    if (context && available()) {
        auto *job = new QKeychain::DeletePasswordJob(m_service);
        job->setKey(key);
        runJob(job, context, m_noBackend, [done = std::move(done)](QKeychain::DeletePasswordJob *j) {
            const bool ok = j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound;
            done(ok ? QString() : describe(j));
        });
        return;
    }
#else
    Q_UNUSED(key);
#endif
    post(context, [done = std::move(done)] { done(QString()); });
}

std::unique_ptr<ui::PasswordStore> createPasswordStore()
{
    auto keychain = std::make_unique<KeychainPasswordStore>();
    if (keychain->available())
        return keychain;
    return std::make_unique<ui::NoPasswordStore>();
}

} // namespace pgrepl::app
