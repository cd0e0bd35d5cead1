// KeychainPasswordStore with the real QtKeychain but no keychain service to
// reach: it must say so, answer every call once, and never hang or crash.
#include "KeychainPasswordStore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace pgrepl;
using pgrepl::app::KeychainPasswordStore;

class TestKeychainStore : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("XDG_RUNTIME_DIR");
    }

    void withoutSessionBusNothingIsSaved()
    {
        KeychainPasswordStore store(QStringLiteral("pgrepl-inspector-test"));
        QVERIFY(!store.available());
        QVERIFY(!store.unavailableReason().isEmpty());

        QObject context;
        std::optional<QString> writeError;
        store.write(QStringLiteral("k"), QStringLiteral("secret"), &context,
            [&](const QString &error) { writeError = error; });
        QVERIFY(!writeError); // asynchronous, as promised
        QTRY_VERIFY(writeError);
        QCOMPARE(*writeError, store.unavailableReason());

        bool readDone = false;
        store.read(
            QStringLiteral("k"), &context, [&](const std::optional<QString> &secret, const QString &error) {
                readDone = true;
                QVERIFY(!secret);
                QVERIFY(error.isEmpty());
            });
        QTRY_VERIFY(readDone);

        std::optional<QString> removeError;
        store.remove(QStringLiteral("k"), &context, [&](const QString &error) { removeError = error; });
        QTRY_VERIFY(removeError);
        QCOMPARE(*removeError, QString());

        QVERIFY(!app::createPasswordStore()->available());
    }

    void deadContextIsNeverCalled()
    {
        KeychainPasswordStore store(QStringLiteral("pgrepl-inspector-test"));
        int calls = 0;
        {
            QObject context;
            store.write(
                QStringLiteral("k"), QStringLiteral("s"), &context, [&](const QString &) { ++calls; });
        }
        QObject later;
        bool laterDone = false;
        store.remove(QStringLiteral("k"), &later, [&](const QString &) { laterDone = true; });
        QTRY_VERIFY(laterDone);
        QCOMPARE(calls, 0);
    }

    // A bus address that leads nowhere: the job runs and fails with a text.
    void unreachableServiceReportsAnError()
    {
        QCOMPARE(KeychainPasswordStore::compiledIn(), bool(PGREPL_HAVE_QTKEYCHAIN));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        qputenv("DBUS_SESSION_BUS_ADDRESS",
            QByteArray("unix:path=") + dir.filePath(QStringLiteral("no-bus")).toUtf8());
        KeychainPasswordStore store(QStringLiteral("pgrepl-inspector-test"));
        // Without QtKeychain nothing is ever available; the error is the reason.
        QCOMPARE(store.available(), KeychainPasswordStore::compiledIn());
        QObject context;
        std::optional<QString> writeError;
        store.write(QStringLiteral("k"), QStringLiteral("secret"), &context,
            [&](const QString &error) { writeError = error; });
        QTRY_VERIFY_WITH_TIMEOUT(writeError, 20000);
        QVERIFY(!writeError->isEmpty());
        if (KeychainPasswordStore::compiledIn())
            QVERIFY2(writeError->startsWith(QLatin1String("the keychain"))
                    || writeError->startsWith(QLatin1String("no keychain")),
                qPrintable(*writeError));
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
