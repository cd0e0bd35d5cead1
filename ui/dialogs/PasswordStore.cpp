#include "dialogs/PasswordStore.h"

#include <QCoreApplication>
#include <QMetaObject>

namespace pgrepl::ui {

void PasswordStore::post(QObject *context, std::function<void()> f)
{
    if (!context)
        return;
    // invokeMethod with a context object drops the call if context dies first.
    QMetaObject::invokeMethod(context, std::move(f), Qt::QueuedConnection);
}

QString NoPasswordStore::unavailableReason() const
{
    return QCoreApplication::translate(
        "pgrepl::ui::PasswordStore", "No keychain is available on this system, so passwords are not saved.");
}

void NoPasswordStore::read(const QString &, QObject *context, ReadCallback done)
{
    post(context, [done = std::move(done)] { done(std::nullopt, QString()); });
}

void NoPasswordStore::write(const QString &, const QString &, QObject *context, DoneCallback done)
{
    const QString reason = unavailableReason();
    post(context, [done = std::move(done), reason] { done(reason); });
}

void NoPasswordStore::remove(const QString &, QObject *context, DoneCallback done)
{
    post(context, [done = std::move(done)] { done(QString()); });
}

} // namespace pgrepl::ui
