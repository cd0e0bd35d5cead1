// KeychainPasswordStore against a real Secret Service: gnome-keyring on a
// private session bus, started by tests/support/with-secret-service. A
// password is saved, read back, replaced and removed, also by the connect
// dialog, and never written to the settings file.
#include "KeychainPasswordStore.h"
#include "NamedChild.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/ConnectionProfiles.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace pgrepl;
using pgrepl::app::KeychainPasswordStore;
using pgrepl::test::namedChild;

namespace {

constexpr int kJobTimeoutMs = 20000;
const QString kService = QStringLiteral("pgrepl-inspector-test");

// The store answers through callbacks: this waits for an answer to land.
QString awaited(const std::optional<QString> &answer)
{
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kJobTimeoutMs))
        return QStringLiteral("no answer in %1 ms").arg(kJobTimeoutMs);
    return *answer;
}

QString write(KeychainPasswordStore &store, const QString &key, const QString &secret)
{
    QObject context;
    std::optional<QString> error;
    store.write(key, secret, &context, [&](const QString &e) { error = e; });
    return awaited(error);
}

// The secret, or "(none)", or "error: ..." when the read failed.
QString read(KeychainPasswordStore &store, const QString &key)
{
    QObject context;
    std::optional<QString> answer;
    store.read(key, &context, [&](const std::optional<QString> &secret, const QString &error) {
        answer = !error.isEmpty() ? QStringLiteral("error: ") + error
                                  : secret.value_or(QStringLiteral("(none)"));
    });
    return awaited(answer);
}

QString remove(KeychainPasswordStore &store, const QString &key)
{
    QObject context;
    std::optional<QString> error;
    store.remove(key, &context, [&](const QString &e) { error = e; });
    return awaited(error);
}

} // namespace

class TestKeychainService : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
            "run this test through tests/support/with-secret-service");
        QVERIFY(KeychainPasswordStore::compiledIn());
    }

    void savedPasswordComesBack()
    {
        KeychainPasswordStore store(kService);
        QVERIFY2(store.available(), qPrintable(store.unavailableReason()));
        QCOMPARE(read(store, QStringLiteral("profile/a")), QStringLiteral("(none)"));

        QCOMPARE(write(store, QStringLiteral("profile/a"), QStringLiteral("hunter2")), QString());
        QCOMPARE(write(store, QStringLiteral("profile/b"),
                     QStringLiteral("p\u00e4ss w\u00f6rd \u2713 \U0001F511")),
            QString());
        QCOMPARE(read(store, QStringLiteral("profile/a")), QStringLiteral("hunter2"));
        QCOMPARE(read(store, QStringLiteral("profile/b")),
            QStringLiteral("p\u00e4ss w\u00f6rd \u2713 \U0001F511"));

        // Another store (the next start of the application) reads the same.
        KeychainPasswordStore later(kService);
        QCOMPARE(read(later, QStringLiteral("profile/a")), QStringLiteral("hunter2"));
        // A store of another service does not see it.
        KeychainPasswordStore other(kService + QStringLiteral("-other"));
        QCOMPARE(read(other, QStringLiteral("profile/a")), QStringLiteral("(none)"));

        QCOMPARE(write(store, QStringLiteral("profile/a"), QStringLiteral("changed")), QString());
        QCOMPARE(read(later, QStringLiteral("profile/a")), QStringLiteral("changed"));

        QCOMPARE(remove(store, QStringLiteral("profile/a")), QString());
        QCOMPARE(read(store, QStringLiteral("profile/a")), QStringLiteral("(none)"));
        QCOMPARE(read(store, QStringLiteral("profile/b")),
            QStringLiteral("p\u00e4ss w\u00f6rd \u2713 \U0001F511"));
        // Removing what is not there succeeds, as the seam promises.
        QCOMPARE(remove(store, QStringLiteral("profile/a")), QString());
        QCOMPARE(remove(store, QStringLiteral("profile/b")), QString());
        QVERIFY(store.available());
    }

    // The application's own store is the keychain here, and the connect
    // dialog saves a profile's password in it, not in the settings file.
    void connectDialogUsesTheKeychain()
    {
        std::unique_ptr<ui::PasswordStore> store = app::createPasswordStore();
        QVERIFY(dynamic_cast<KeychainPasswordStore *>(store.get()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ini = dir.filePath(QStringLiteral("settings.ini"));
        {
            QSettings settings(ini, QSettings::IniFormat);
            ui::ConnectDialog d(&settings, store.get());
            QVERIFY(namedChild<QCheckBox>(d, "savePasswordCheck")->isEnabled());
            namedChild<QLineEdit>(d, "dsnEdit")
                ->setText(QStringLiteral("postgresql://alice:Real-Keyring-1@db/app"));
            emit namedChild<QLineEdit>(d, "dsnEdit")->editingFinished();
            namedChild<QCheckBox>(d, "savePasswordCheck")->setChecked(true);
            QVERIFY(d.saveProfileAs(QStringLiteral("prod")));
            ui::ConnectionProfiles(settings).setLastUsed(QStringLiteral("prod"));
        }
        KeychainPasswordStore direct;
        const QString key = ui::ConnectionProfiles::passwordKey(QStringLiteral("prod"));
        QTRY_COMPARE_WITH_TIMEOUT(read(direct, key), QStringLiteral("Real-Keyring-1"), kJobTimeoutMs);
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Real-Keyring-1"));

        // A new dialog gets it back from the keychain, and forgets it there
        // when saved without the box ticked.
        QSettings settings(ini, QSettings::IniFormat);
        ui::ConnectDialog d(&settings, store.get());
        QCOMPARE(d.currentProfile(), QStringLiteral("prod"));
        QTRY_COMPARE_WITH_TIMEOUT(namedChild<QLineEdit>(d, "passwordEdit")->text(),
            QStringLiteral("Real-Keyring-1"), kJobTimeoutMs);
        namedChild<QCheckBox>(d, "savePasswordCheck")->setChecked(false);
        QVERIFY(d.saveProfileAs(QStringLiteral("prod")));
        QTRY_COMPARE_WITH_TIMEOUT(read(direct, key), QStringLiteral("(none)"), kJobTimeoutMs);
    }
};

QTEST_MAIN(TestKeychainService)
#include "tst_keychainservice.moc"
