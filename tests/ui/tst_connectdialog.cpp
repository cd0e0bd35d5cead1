// The connect dialog: saved profiles in a temporary ini file, passwords only
// in a (fake) password store, the password moved out of a pasted connection
// string, and a hand-built ProbeResult filling the pickers and defaults.
#include "FakePasswordStore.h"
#include "NamedChild.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/ConnectionProfiles.h"
#include "dialogs/PasswordStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgrepl;
using namespace pgrepl::ui;
using pgrepl::test::FakePasswordStore;
using pgrepl::test::namedChild;

namespace {

SlotInfo slot(const QString &name, const QString &plugin, int activePid)
{
    SlotInfo s;
    s.name = name;
    s.plugin = plugin;
    s.slotType = QStringLiteral("logical");
    s.database = QStringLiteral("app");
    s.active = activePid != 0;
    s.activePid = activePid;
    return s;
}

ProbeResult probe(int versionNum)
{
    ProbeResult r;
    r.ok = true;
    r.serverVersion = QStringLiteral("%1.2").arg(versionNum / 10000);
    r.serverVersionNum = versionNum;
    r.authMethod = QStringLiteral("SCRAM-SHA-256");
    r.user = QStringLiteral("alice");
    r.database = QStringLiteral("app");
    r.walLevel = QStringLiteral("logical");
    r.replicationRole = true;
    r.replicationSlots << slot(QStringLiteral("idle_slot"), QStringLiteral("pgoutput"), 0)
                       << slot(QStringLiteral("busy_slot"), QStringLiteral("pgoutput"), 4242)
                       << slot(QStringLiteral("other_plugin"), QStringLiteral("test_decoding"), 0);
    PublicationInfo p1;
    p1.name = QStringLiteral("pub_a");
    p1.allTables = true;
    PublicationInfo p2;
    p2.name = QStringLiteral("pub_b");
    p2.tables << QStringLiteral("public.t");
    r.publications << p1 << p2;
    return r;
}

bool itemEnabled(QComboBox *combo, const QVariant &data)
{
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    return model && model->item(combo->findData(data))->isEnabled();
}

} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshIni() { return m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++m_counter)); }

    static void fill(ConnectDialog &d, const QString &dsn)
    {
        namedChild<QLineEdit>(d, "dsnEdit")->setText(dsn);
        emit namedChild<QLineEdit>(d, "dsnEdit")->editingFinished();
        namedChild<QComboBox>(d, "slotCombo")->setEditText(QStringLiteral("my_slot"));
        namedChild<QLineEdit>(d, "publicationsEdit")->setText(QStringLiteral("pub_a, pub_b"));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void splitPassword_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("stripped");
        QTest::addColumn<QString>("password"); // "<none>" for no password
        const QString none = QStringLiteral("<none>");
        QTest::newRow("uri userinfo")
            << QStringLiteral("postgresql://alice:s3cr%40t@db.example:5433/app?sslmode=require")
            << QStringLiteral("postgresql://alice@db.example:5433/app?sslmode=require")
            << QStringLiteral("s3cr@t");
        QTest::newRow("uri empty user") << QStringLiteral("postgres://:pw@host/db")
                                        << QStringLiteral("postgres://host/db") << QStringLiteral("pw");
        QTest::newRow("uri query first")
            << QStringLiteral("postgresql://alice@host/db?password=x%20y&sslmode=require")
            << QStringLiteral("postgresql://alice@host/db?sslmode=require") << QStringLiteral("x y");
        QTest::newRow("uri query only") << QStringLiteral("postgresql://host/db?password=x")
                                        << QStringLiteral("postgresql://host/db") << QStringLiteral("x");
        QTest::newRow("uri query last")
            << QStringLiteral("postgresql://h/db?sslmode=disable&password=z")
            << QStringLiteral("postgresql://h/db?sslmode=disable") << QStringLiteral("z");
        QTest::newRow("uri no password") << QStringLiteral("postgresql://alice@host/db")
                                         << QStringLiteral("postgresql://alice@host/db") << none;
        QTest::newRow("uri bad escape") << QStringLiteral("postgresql://u:bad%zz@h/db")
                                        << QStringLiteral("postgresql://u:bad%zz@h/db") << none;
        QTest::newRow("kv middle") << QStringLiteral("host=db password=secret user=alice")
                                   << QStringLiteral("host=db user=alice") << QStringLiteral("secret");
        QTest::newRow("kv last") << QStringLiteral("host=db user=alice password=secret")
                                 << QStringLiteral("host=db user=alice") << QStringLiteral("secret");
        QTest::newRow("kv only") << QStringLiteral("password=secret") << QString()
                                 << QStringLiteral("secret");
        QTest::newRow("kv quoted") << QStringLiteral("host=db  password = 'a b\\'c'  dbname=app")
                                   << QStringLiteral("host=db  dbname=app") << QStringLiteral("a b'c");
        QTest::newRow("kv escaped unquoted")
            << QStringLiteral("password=a\\ b host=h") << QStringLiteral("host=h") << QStringLiteral("a b");
        QTest::newRow("kv passfile kept") << QStringLiteral("passfile=/x/pgpass host=h")
                                          << QStringLiteral("passfile=/x/pgpass host=h") << none;
        QTest::newRow("kv unterminated")
            << QStringLiteral("host=db password='open") << QStringLiteral("host=db password='open") << none;
        QTest::newRow("dbname only") << QStringLiteral("mydb") << QStringLiteral("mydb") << none;
    }

    void splitPassword()
    {
        QFETCH(QString, input);
        QFETCH(QString, stripped);
        QFETCH(QString, password);
        const SplitConnectionString split = ui::splitPassword(input);
        QCOMPARE(split.connectionString, stripped);
        QCOMPARE(split.password.value_or(QStringLiteral("<none>")), password);
    }

    void profilesRoundTrip()
    {
        QSettings settings(freshIni(), QSettings::IniFormat);
        ConnectionProfiles profiles(settings);
        ConnectionProfile p;
        p.name = QStringLiteral("Prod / EU"); // a slash must not split the key
        p.connectionString = QStringLiteral("host=db user=alice password=hunter2 sslmode=verify-full");
        p.slot = QStringLiteral("orders_slot");
        p.publications = {QStringLiteral("pub_a"), QStringLiteral("pub_b")};
        p.protoVersion = 3;
        p.streaming = StreamingMode::Parallel;
        p.binary = true;
        p.messages = false;
        p.twoPhase = true;
        p.origin = QStringLiteral("none");
        p.temporaryCopy = false;
        p.ackMode = AckMode::Never;
        QVERIFY(profiles.save(p));
        ConnectionProfile q;
        q.name = QStringLiteral("alpha");
        QVERIFY(profiles.save(q));
        QVERIFY(!profiles.save(ConnectionProfile {}));

        QSettings reread(settings.fileName(), QSettings::IniFormat);
        ConnectionProfiles again(reread);
        QCOMPARE(again.names(), QStringList({QStringLiteral("alpha"), QStringLiteral("Prod / EU")}));
        const auto loaded = again.profile(QStringLiteral("Prod / EU"));
        QVERIFY(loaded);
        ConnectionProfile expected = p;
        expected.connectionString = QStringLiteral("host=db user=alice sslmode=verify-full");
        QCOMPARE(*loaded, expected);
        QCOMPARE(*again.profile(QStringLiteral("alpha")), q);

        again.setLastUsed(QStringLiteral("alpha"));
        QCOMPARE(again.lastUsed(), QStringLiteral("alpha"));
        QVERIFY(again.remove(QStringLiteral("alpha")));
        QVERIFY(!again.remove(QStringLiteral("alpha")));
        QCOMPARE(again.lastUsed(), QString());
        QCOMPARE(again.names(), QStringList({QStringLiteral("Prod / EU")}));

        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("hunter2"));
    }

    void passwordGoesToStoreNotIni()
    {
        const QString ini = freshIni();
        FakePasswordStore store;
        {
            QSettings settings(ini, QSettings::IniFormat);
            ConnectDialog d(&settings, &store);
            QVERIFY(namedChild<QCheckBox>(d, "savePasswordCheck")->isEnabled());
            fill(d, QStringLiteral("postgresql://alice:TopSecret123@db.example/app"));
            QCOMPARE(namedChild<QLineEdit>(d, "passwordEdit")->text(), QStringLiteral("TopSecret123"));
            namedChild<QCheckBox>(d, "savePasswordCheck")->setChecked(true);
            QVERIFY(d.saveProfileAs(QStringLiteral("prod")));
            QCOMPARE(d.currentProfile(), QStringLiteral("prod"));
            QTRY_COMPARE(store.secrets.value(ConnectionProfiles::passwordKey(QStringLiteral("prod"))),
                QStringLiteral("TopSecret123"));
            QTRY_VERIFY(namedChild<QLabel>(d, "passwordNote")->text().contains(QLatin1String("keychain")));
            const ConnectRequest r = d.request();
            QCOMPARE(r.connectionString, QStringLiteral("postgresql://alice@db.example/app"));
            QCOMPARE(r.password, QStringLiteral("TopSecret123"));
            ConnectionProfiles(settings).setLastUsed(QStringLiteral("prod"));
        }
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("postgresql://alice@db.example/app"));
        QVERIFY2(!bytes.contains("TopSecret123"), bytes.constData());

        // A new dialog preselects the last profile and gets the password back.
        QSettings settings(ini, QSettings::IniFormat);
        ConnectDialog d(&settings, &store);
        QCOMPARE(d.currentProfile(), QStringLiteral("prod"));
        QCOMPARE(
            namedChild<QLineEdit>(d, "dsnEdit")->text(), QStringLiteral("postgresql://alice@db.example/app"));
        QCOMPARE(d.request().options.slot, QStringLiteral("my_slot"));
        QTRY_COMPARE(namedChild<QLineEdit>(d, "passwordEdit")->text(), QStringLiteral("TopSecret123"));
        QVERIFY(namedChild<QCheckBox>(d, "savePasswordCheck")->isChecked());
        QCOMPARE(d.request().password, QStringLiteral("TopSecret123"));

        // Saving again without the checkbox removes it from the store.
        namedChild<QCheckBox>(d, "savePasswordCheck")->setChecked(false);
        QVERIFY(d.saveProfileAs(QStringLiteral("prod")));
        QTRY_VERIFY(!store.secrets.contains(ConnectionProfiles::passwordKey(QStringLiteral("prod"))));
    }

    void deleteRemovesProfileAndPassword()
    {
        QSettings settings(freshIni(), QSettings::IniFormat);
        FakePasswordStore store;
        ConnectDialog d(&settings, &store);
        fill(d, QStringLiteral("host=h user=u password=pw"));
        namedChild<QCheckBox>(d, "savePasswordCheck")->setChecked(true);
        QVERIFY(d.saveProfileAs(QStringLiteral("gone")));
        QTRY_VERIFY(store.secrets.contains(ConnectionProfiles::passwordKey(QStringLiteral("gone"))));
        d.deleteProfile(QStringLiteral("gone"));
        QCOMPARE(d.currentProfile(), QString());
        QCOMPARE(ConnectionProfiles(settings).names(), QStringList());
        QCOMPARE(namedChild<QComboBox>(d, "profileCombo")->count(), 1);
        QTRY_VERIFY(store.secrets.isEmpty());
    }

    void storeErrorIsShown()
    {
        QSettings settings(freshIni(), QSettings::IniFormat);
        FakePasswordStore store;
        store.setError(QStringLiteral("the keyring is locked"));
        ConnectDialog d(&settings, &store);
        fill(d, QStringLiteral("host=h user=u password=pw"));
        namedChild<QCheckBox>(d, "savePasswordCheck")->setChecked(true);
        QVERIFY(d.saveProfileAs(QStringLiteral("p")));
        QTRY_VERIFY(
            namedChild<QLabel>(d, "passwordNote")->text().contains(QLatin1String("the keyring is locked")));
    }

    void noneStoreNeverSaves()
    {
        const QString ini = freshIni();
        QSettings settings(ini, QSettings::IniFormat);
        NoPasswordStore none;
        ConnectDialog d(&settings, &none);
        auto *save = namedChild<QCheckBox>(d, "savePasswordCheck");
        QVERIFY(!save->isEnabled());
        QVERIFY(!save->toolTip().isEmpty());
        QVERIFY(!namedChild<QLabel>(d, "passwordNote")->isHidden());
        QVERIFY(namedChild<QLabel>(d, "passwordNote")->text().contains(QLatin1String("not saved")));
        fill(d, QStringLiteral("host=h user=u password=NeverStored"));
        QCOMPARE(d.request().password, QStringLiteral("NeverStored"));
        QVERIFY(d.saveProfileAs(QStringLiteral("p")));
        settings.sync();
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("NeverStored"));

        // Reading back through the none store gives nothing.
        QSettings again(ini, QSettings::IniFormat);
        ConnectDialog d2(&again, &none);
        d2.selectProfile(QStringLiteral("p"));
        QCOMPARE(d2.currentProfile(), QStringLiteral("p"));
        QCOMPARE(namedChild<QLineEdit>(d2, "dsnEdit")->text(), QStringLiteral("host=h user=u"));
        QTest::qWait(0); // let any (wrong) callback run
        QCOMPARE(namedChild<QLineEdit>(d2, "passwordEdit")->text(), QString());
    }

    void pastedPasswordMoves()
    {
        QSettings settings(freshIni(), QSettings::IniFormat);
        FakePasswordStore store;
        ConnectDialog d(&settings, &store);
        auto *dsn = namedChild<QLineEdit>(d, "dsnEdit");
        auto *password = namedChild<QLineEdit>(d, "passwordEdit");
        QApplication::clipboard()->setText(
            QStringLiteral("postgresql://bob:p%3Ass@h:5432/db?sslmode=require"));
        dsn->paste();
        QCOMPARE(dsn->text(), QStringLiteral("postgresql://bob@h:5432/db?sslmode=require"));
        QCOMPARE(password->text(), QStringLiteral("p:ss"));

        // Typed text stays put until editing finishes.
        dsn->clear();
        password->clear();
        QTest::keyClicks(dsn, QStringLiteral("host=h password=abc"));
        QCOMPARE(dsn->text(), QStringLiteral("host=h password=abc"));
        QCOMPARE(password->text(), QString());
        emit dsn->editingFinished();
        QCOMPARE(dsn->text(), QStringLiteral("host=h"));
        QCOMPARE(password->text(), QStringLiteral("abc"));

        // setRequest with a password in the string moves it too.
        ConnectRequest r;
        r.connectionString = QStringLiteral("host=x password=fromstring");
        d.setRequest(r);
        QCOMPARE(dsn->text(), QStringLiteral("host=x"));
        QCOMPARE(password->text(), QStringLiteral("fromstring"));
    }

    void probeFillsPickers()
    {
        QSettings settings(freshIni(), QSettings::IniFormat);
        FakePasswordStore store;
        ConnectDialog d(&settings, &store);
        auto *slotCombo = namedChild<QComboBox>(d, "slotCombo");
        auto *pubs = namedChild<QListWidget>(d, "publicationList");
        auto *pubEdit = namedChild<QLineEdit>(d, "publicationsEdit");
        auto *temp = namedChild<QCheckBox>(d, "temporaryCopyCheck");
        auto *reason = namedChild<QLabel>(d, "temporaryCopyReason");
        QVERIFY(pubs->isHidden());
        slotCombo->setEditText(QStringLiteral("typed_slot"));

        d.setProbeResult(probe(150004));
        auto *status = namedChild<QLabel>(d, "probeStatus");
        QVERIFY(status->text().contains(QLatin1String("15.2")));
        // The options the answer changed are named.
        auto *note = namedChild<QLabel>(d, "serverDefaultsNote");
        QVERIFY(!note->isHidden());
        QVERIFY2(note->text().contains(QLatin1String("protocol version 3, streaming on")),
            qPrintable(note->text()));
        emit namedChild<QComboBox>(d, "streamingCombo")->activated(0); // the user's own choice
        QVERIFY(note->isHidden());
        QVERIFY(status->styleSheet().contains(QLatin1String("#1b7f2a")));
        QVERIFY(namedChild<QLabel>(d, "probeWarnings")->isHidden());
        QCOMPARE(slotCombo->currentText(), QStringLiteral("typed_slot")); // what was typed stays
        QCOMPARE(slotCombo->count(), 2); // the test_decoding slot is left out
        QCOMPARE(slotCombo->itemText(0), QStringLiteral("idle_slot"));
        QCOMPARE(slotCombo->itemText(1), QStringLiteral("busy_slot (active, pid 4242)"));
        QCOMPARE(pubs->count(), 2);
        QVERIFY(!pubs->isHidden());

        // The picker and the text follow each other; unknown names stay.
        pubEdit->setText(QStringLiteral("pub_b, extra"));
        QCOMPARE(pubs->item(0)->checkState(), Qt::Unchecked);
        QCOMPARE(pubs->item(1)->checkState(), Qt::Checked);
        pubs->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(pubEdit->text(), QStringLiteral("pub_b, extra, pub_a"));
        pubs->item(1)->setCheckState(Qt::Unchecked);
        QCOMPARE(pubEdit->text(), QStringLiteral("extra, pub_a"));

        // An active slot is inspected through a temporary copy, whatever the box said.
        temp->setChecked(false);
        slotCombo->setCurrentIndex(1);
        QCOMPARE(d.request().options.slot, QStringLiteral("busy_slot"));
        QVERIFY(temp->isChecked());
        QVERIFY(!temp->isEnabled());
        QVERIFY(!reason->isHidden());
        QVERIFY(reason->text().contains(QLatin1String("4242")));
        QVERIFY(d.request().options.temporaryCopy);
        // Picking the item from the popup shows the bare name.
        emit slotCombo->activated(1);
        QCOMPARE(slotCombo->currentText(), QStringLiteral("busy_slot"));
        QVERIFY(!temp->isEnabled());

        slotCombo->setEditText(QStringLiteral("idle_slot"));
        QVERIFY(temp->isEnabled());
        QVERIFY(temp->isChecked()); // still the default
        QVERIFY(reason->isHidden());
        temp->setChecked(false);
        QVERIFY(!d.request().options.temporaryCopy);
    }

    void probeWarnings()
    {
        QSettings settings(freshIni(), QSettings::IniFormat);
        ConnectDialog d(&settings, nullptr);
        ProbeResult r = probe(150004);
        r.walLevel = QStringLiteral("replica");
        r.replicationRole = false;
        d.setProbeResult(r);
        auto *warnings = namedChild<QLabel>(d, "probeWarnings");
        QVERIFY(!warnings->isHidden());
        QVERIFY(warnings->text().contains(QLatin1String("replica")));
        QVERIFY(warnings->text().contains(QLatin1String("\"alice\"")));

        r.walLevel = QStringLiteral("logical");
        r.superuser = true;
        d.setProbeResult(r);
        QVERIFY(warnings->isHidden());
    }

    void failedProbeNamesTheStep()
    {
        QSettings settings(freshIni(), QSettings::IniFormat);
        ConnectDialog d(&settings, nullptr);
        d.setProbeResult(probe(160000));
        ProbeResult bad;
        bad.failedStage = ProbeResult::Stage::Authentication;
        bad.error = QStringLiteral("Authentication failed: password authentication failed for user \"x\"");
        d.setProbeResult(bad);
        auto *status = namedChild<QLabel>(d, "probeStatus");
        QCOMPARE(status->text(), bad.error);
        QVERIFY(status->styleSheet().contains(QLatin1String("#b00020")));
        // The last good answer still fills the pickers.
        QCOMPARE(namedChild<QComboBox>(d, "slotCombo")->count(), 2);
    }

    void testButtonEmitsRequest()
    {
        QSettings settings(freshIni(), QSettings::IniFormat);
        ConnectDialog d(&settings, nullptr);
        QSignalSpy spy(&d, &ConnectDialog::probeRequested);
        namedChild<QLineEdit>(d, "dsnEdit")->setText(QStringLiteral("host=h user=u password=pw"));
        namedChild<QPushButton>(d, "testButton")->click();
        QCOMPARE(spy.count(), 1);
        const auto r = spy.first().first().value<ConnectRequest>();
        QCOMPARE(r.connectionString, QStringLiteral("host=h user=u"));
        QCOMPARE(r.password, QStringLiteral("pw"));

        namedChild<QLineEdit>(d, "dsnEdit")->setText(QStringLiteral("host=h sslmode=bogus"));
        namedChild<QPushButton>(d, "testButton")->click();
        QCOMPARE(spy.count(), 1); // a string that does not parse is not probed
        QVERIFY(namedChild<QLabel>(d, "probeStatus")->text().contains(QLatin1String("sslmode")));
    }

    void serverDefaults_data()
    {
        QTest::addColumn<int>("versionNum");
        QTest::addColumn<int>("proto");
        QTest::addColumn<int>("streaming");
        QTest::addColumn<bool>("parallelAllowed");
        QTest::addColumn<bool>("twoPhaseAllowed");
        QTest::newRow("13") << 130010 << 1 << int(StreamingMode::Off) << false << false;
        QTest::newRow("14") << 140011 << 2 << int(StreamingMode::On) << false << false;
        QTest::newRow("15") << 150006 << 3 << int(StreamingMode::On) << false << true;
        QTest::newRow("16") << 160002 << 4 << int(StreamingMode::On) << true << true;
        QTest::newRow("17") << 170000 << 4 << int(StreamingMode::On) << true << true;
    }

    void serverDefaults()
    {
        QFETCH(int, versionNum);
        QFETCH(int, proto);
        QFETCH(int, streaming);
        QFETCH(bool, parallelAllowed);
        QFETCH(bool, twoPhaseAllowed);
        QSettings settings(freshIni(), QSettings::IniFormat);
        ConnectDialog d(&settings, nullptr);
        d.setProbeResult(probe(versionNum));
        const ConnectRequest r = d.request();
        QCOMPARE(r.options.protoVersion, proto);
        QCOMPARE(int(r.options.streaming), streaming);
        QVERIFY(!r.options.twoPhase); // never on by default
        auto *protoCombo = namedChild<QComboBox>(d, "protoCombo");
        QCOMPARE(itemEnabled(protoCombo, proto), true);
        if (proto < 4)
            QCOMPARE(itemEnabled(protoCombo, proto + 1), false);
        QCOMPARE(itemEnabled(namedChild<QComboBox>(d, "streamingCombo"), int(StreamingMode::Parallel)),
            parallelAllowed);
        QCOMPARE(namedChild<QCheckBox>(d, "twoPhaseCheck")->isEnabled(), twoPhaseAllowed);
        QCOMPARE(namedChild<QComboBox>(d, "originCombo")->isEnabled(), parallelAllowed);
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
