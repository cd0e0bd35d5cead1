// The slot table model (under QAbstractItemModelTester, colours per health,
// raw sorting, the server's extra columns) and the slot manager dialog
// driven against the sandbox: refresh, create, drop with its question,
// diagnosis and the inspect request.
#include "Sandbox.h"
#include "dialogs/SlotManagerDialog.h"
#include "models/SlotTableModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QHeaderView>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

using namespace pgrepl;
using namespace pgrepl::ui;
using pgrepl::test::Sandbox;

namespace {

SlotInfo makeSlot(const QString &name, const QString &walStatus, std::optional<qint64> retained,
    std::optional<qint64> safe = std::nullopt)
{
    SlotInfo s;
    s.name = name;
    s.plugin = QStringLiteral("pgoutput");
    s.slotType = QStringLiteral("logical");
    s.database = QStringLiteral("app");
    s.walStatus = walStatus;
    s.retainedBytes = retained;
    s.safeWalSize = safe;
    s.restartLsn = Lsn(0x1000000);
    s.confirmedFlushLsn = Lsn(0x1000100);
    s.catalogXmin = QStringLiteral("750");
    s.columns = {{QStringLiteral("slot_name"), name}, {QStringLiteral("plugin"), s.plugin},
        {QStringLiteral("wal_status"), walStatus}};
    return s;
}

} // namespace

class TestSlotManager : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private slots:
    void modelUnderTester()
    {
        SlotTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SlotInfo seventeen = makeSlot(QStringLiteral("c"), QStringLiteral("reserved"), 10);
        seventeen.columns << qMakePair(
            QStringLiteral("inactive_since"), QStringLiteral("2026-11-27 10:00:00+00"))
                          << qMakePair(QStringLiteral("failover"), QStringLiteral("f"));
        model.setSlots(
            {makeSlot(QStringLiteral("a"), QStringLiteral("lost"), std::nullopt),
                makeSlot(QStringLiteral("b"), QStringLiteral("extended"), qint64(2) << 30), seventeen},
            -1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), SlotTableModel::FixedColumnCount + 2);
        QCOMPARE(model.extraColumns(),
            (QStringList {QStringLiteral("inactive_since"), QStringLiteral("failover")}));
        const int inactiveColumn = SlotTableModel::FixedColumnCount;
        QCOMPARE(
            model.headerData(inactiveColumn, Qt::Horizontal).toString(), QStringLiteral("inactive_since"));
        QCOMPARE(model.index(2, inactiveColumn).data().toString(), QStringLiteral("2026-11-27 10:00:00+00"));
        QCOMPARE(model.index(0, inactiveColumn).data().toString(), QString());
        QCOMPARE(model.index(1, SlotTableModel::RetainedColumn).data().toString(), QStringLiteral("2.0 GiB"));
        QCOMPARE(
            model.index(1, SlotTableModel::RestartLsnColumn).data().toString(), QStringLiteral("0/1000000"));
        QCOMPARE(
            model.index(1, SlotTableModel::SafeWalSizeColumn).data().toString(), QStringLiteral("unlimited"));
        QCOMPARE(model.index(0, SlotTableModel::SafeWalSizeColumn).data().toString(), QString());
        QCOMPARE(model.rowOfSlot(QStringLiteral("c")), 2);
        QCOMPARE(model.index(2, 0).data(SlotTableModel::SlotNameRole).toString(), QStringLiteral("c"));

        model.setSlots({makeSlot(QStringLiteral("only"), QStringLiteral("reserved"), 1)}, -1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(SlotTableModel::FixedColumnCount));
        model.setSlots({}, -1);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.slotAt(0));
    }

    // A diagnosis replaces the row it is about: the table never contradicts it.
    void updateSlotReplacesTheRow()
    {
        SlotTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSlots({makeSlot(QStringLiteral("a"), QStringLiteral("reserved"), 100),
                           makeSlot(QStringLiteral("b"), QStringLiteral("reserved"), 200)},
            -1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        SlotInfo fresher = makeSlot(QStringLiteral("b"), QStringLiteral("extended"), qint64(3) << 30);
        fresher.columns << qMakePair(QStringLiteral("not_seen_before"), QStringLiteral("x"));
        QVERIFY(model.updateSlot(fresher));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, SlotTableModel::RetainedColumn).data().toString(), QStringLiteral("3.0 GiB"));
        QCOMPARE(
            model.index(1, SlotTableModel::WalStatusColumn).data().toString(), QStringLiteral("extended"));
        QCOMPARE(model.columnCount(), int(SlotTableModel::FixedColumnCount)); // no column appears
        QCOMPARE(model.index(0, SlotTableModel::RetainedColumn).data().toString(), QStringLiteral("100 B"));
        QVERIFY(!model.updateSlot(makeSlot(QStringLiteral("gone"), QStringLiteral("reserved"), 1)));
        QCOMPARE(changed.size(), 1);
    }

    // The columns that tell a slot's health come first on screen.
    void healthColumnsFirst()
    {
        SlotManagerDialog dialog(nullptr);
        const QHeaderView *h = dialog.view()->horizontalHeader();
        QCOMPARE(h->logicalIndex(0), int(SlotTableModel::NameColumn));
        QCOMPARE(h->logicalIndex(1), int(SlotTableModel::ActiveColumn));
        QCOMPARE(h->logicalIndex(2), int(SlotTableModel::WalStatusColumn));
        QCOMPARE(h->logicalIndex(3), int(SlotTableModel::RetainedColumn));
        QCOMPARE(h->logicalIndex(5), int(SlotTableModel::ConfirmedFlushLsnColumn));
    }

    // A consumer that receives but does not confirm: the gap is spelled out.
    void diagnosisShowsUnconfirmedGap()
    {
        SlotDiagnosis d;
        d.slotName = QStringLiteral("sub");
        d.serverVersionNum = 150000;
        d.slot = makeSlot(d.slotName, QStringLiteral("reserved"), 4096);
        d.slot.active = true;
        SlotConsumer c;
        c.pid = 11;
        c.sentLsn = Lsn(0x2100000);
        c.writeLsn = Lsn(0x2100000);
        c.flushLsn = Lsn(0x2000000);
        d.consumer = c;
        QTextDocument doc;
        doc.setHtml(SlotManagerDialog::diagnosisHtml(d));
        const QString text = doc.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("0/2000000 (1.0 MiB behind sent)")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("confirmed only up to 0/2000000")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("0/2100000 (")), qPrintable(text)); // caught up: no gap
        c.flushLsn = c.sentLsn;
        d.consumer = c;
        doc.setHtml(SlotManagerDialog::diagnosisHtml(d));
        QVERIFY(!doc.toPlainText().contains(QStringLiteral("confirmed only")));
    }

    void colours_data()
    {
        QTest::addColumn<QString>("walStatus");
        QTest::addColumn<qint64>("retained");
        QTest::addColumn<qint64>("safe"); // -1: none
        QTest::addColumn<qint64>("maxKeep");
        QTest::addColumn<int>("health");
        QTest::addColumn<QString>("tooltipFragment");
        const qint64 GiB = qint64(1) << 30;
        const qint64 MiB = qint64(1) << 20;
        using H = SlotTableModel::Health;
        QTest::newRow("lost") << QStringLiteral("lost") << qint64(0) << qint64(-1) << qint64(-1)
                              << int(H::Lost) << QStringLiteral("is lost");
        QTest::newRow("unreserved") << QStringLiteral("unreserved") << 3 * GiB << qint64(-1) << 2 * GiB
                                    << int(H::Unreserved) << QStringLiteral("will be invalidated");
        QTest::newRow("over 1 GiB") << QStringLiteral("extended") << 2 * GiB << qint64(-1) << qint64(-1)
                                    << int(H::LargeRetained) << QStringLiteral("retains");
        QTest::newRow("over half of the keep size")
            << QStringLiteral("reserved") << 600 * MiB << 424 * MiB << GiB << int(H::LargeRetained)
            << QStringLiteral("retains");
        QTest::newRow("healthy") << QStringLiteral("reserved") << 100 * MiB << qint64(-1) << qint64(-1)
                                 << int(H::Healthy) << QString();
        QTest::newRow("2 GiB of a 10 GiB keep size")
            << QStringLiteral("reserved") << 2 * GiB << 8 * GiB << 10 * GiB << int(H::Healthy) << QString();
    }
    void colours()
    {
        QFETCH(QString, walStatus);
        QFETCH(qint64, retained);
        QFETCH(qint64, safe);
        QFETCH(qint64, maxKeep);
        QFETCH(int, health);
        QFETCH(QString, tooltipFragment);
        SlotTableModel model;
        model.setSlots({makeSlot(QStringLiteral("s"), walStatus, retained,
                           safe >= 0 ? std::optional<qint64>(safe) : std::nullopt)},
            maxKeep);
        const auto h = static_cast<SlotTableModel::Health>(health);
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(0, column);
            QCOMPARE(index.data(SlotTableModel::HealthRole).toInt(), health);
            const QVariant bg = index.data(Qt::BackgroundRole);
            const QVariant fg = index.data(Qt::ForegroundRole);
            if (h == SlotTableModel::Health::Healthy) {
                QVERIFY(!bg.isValid());
                QVERIFY(!fg.isValid());
                QVERIFY(!index.data(Qt::ToolTipRole).isValid());
                continue;
            }
            // Both are set, so that a dark palette does not paint light text on the light colour.
            QCOMPARE(bg.value<QBrush>().color(), SlotTableModel::background(h));
            QCOMPARE(fg.value<QBrush>().color(), SlotTableModel::foreground(h));
            QVERIFY2(index.data(Qt::ToolTipRole).toString().contains(tooltipFragment),
                qPrintable(index.data(Qt::ToolTipRole).toString()));
        }
        if (h != SlotTableModel::Health::Healthy) {
            // Dark text on a light background: the contrast stays high.
            QVERIFY(
                SlotTableModel::background(h).lightness() - SlotTableModel::foreground(h).lightness() > 100);
        }
    }

    void sortsRawValues()
    {
        SlotTableModel model;
        model.setSlots({makeSlot(QStringLiteral("a"), QStringLiteral("reserved"), 900),
                           makeSlot(QStringLiteral("b"), QStringLiteral("reserved"), qint64(1) << 30),
                           makeSlot(QStringLiteral("c"), QStringLiteral("reserved"), 2048)},
            -1);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(SlotTableModel::SortRole);
        proxy.sort(SlotTableModel::RetainedColumn, Qt::AscendingOrder);
        QStringList order;
        for (int r = 0; r < proxy.rowCount(); ++r)
            order << proxy.index(r, SlotTableModel::RetainedColumn).data().toString();
        // Text order would put "1.0 GiB" first.
        QCOMPARE(order,
            (QStringList {QStringLiteral("900 B"), QStringLiteral("2.0 KiB"), QStringLiteral("1.0 GiB")}));
    }

    void dropQuestionNamesTheLoss()
    {
        SlotInfo s = makeSlot(QStringLiteral("sub1"), QStringLiteral("reserved"), qint64(3) << 20);
        const QString q = SlotManagerDialog::dropQuestion(s);
        QVERIFY2(q.contains(QStringLiteral("\"sub1\"")), qPrintable(q));
        QVERIFY2(q.contains(QStringLiteral("confirmed_flush_lsn 0/1000100")), qPrintable(q));
        QVERIFY2(q.contains(QStringLiteral("3.0 MiB of WAL")), qPrintable(q));
        QVERIFY2(q.contains(QStringLiteral("never be delivered")), qPrintable(q));
        QVERIFY2(q.contains(QStringLiteral("fails when it connects again")), qPrintable(q));
        s.active = true;
        s.activePid = 4242;
        QVERIFY(SlotManagerDialog::dropQuestion(s).contains(QStringLiteral("pid 4242")));
    }

    void diagnosisSections()
    {
        SlotDiagnosis d;
        d.slotName = QStringLiteral("sub<1>");
        d.serverVersionNum = 150000;
        d.slot = makeSlot(d.slotName, QStringLiteral("reserved"), 4096);
        d.findings = {{SlotFinding::Severity::Warning, QStringLiteral("Slot is inactive: nothing reads it")}};
        d.stats = SlotDecodingStats {};
        d.stats->spillTxns = 3;
        d.stats->spillCount = 5;
        d.stats->spillBytes = 2048;
        d.stats->streamTxns = 4;
        d.stats->totalTxns = 9;
        d.stats->totalBytes = 512;
        XminHolder h;
        h.kind = XminHolder::Kind::Transaction;
        h.column = QStringLiteral("backend_xid");
        h.xid = QStringLiteral("801");
        h.xidAge = 12;
        h.pid = 77;
        h.name = QStringLiteral("psql");
        h.query = QStringLiteral("SELECT '<b>'");
        d.holders << h;
        const QString html = SlotManagerDialog::diagnosisHtml(d);
        QVERIFY(html.contains(QStringLiteral("sub&lt;1&gt;")));
        QVERIFY(html.contains(QStringLiteral("SELECT '&lt;b&gt;'")));
        QTextDocument doc;
        doc.setHtml(html);
        const QString text = doc.toPlainText();
        for (const QString &section :
            {QStringLiteral("Findings"), QStringLiteral("Consumer"), QStringLiteral("No consumer connected"),
                QStringLiteral("Decoding counters"), QStringLiteral("3 transactions, 2.0 KiB"),
                QStringLiteral("Spill operations"), QStringLiteral("4 transactions, 0 B"),
                QStringLiteral("Stream operations"), QStringLiteral("9 transactions, 512 B"),
                QStringLiteral("What holds back xmin and catalog_xmin"), QStringLiteral("pid 77 psql"),
                QStringLiteral("backend_xid 801"), QStringLiteral("Slot is inactive: nothing reads it")})
            QVERIFY2(text.contains(section), qPrintable(section + QStringLiteral(" missing from:\n") + text));
        // The transaction counts are plural forms: the count is filled in, never left as "%n".
        QVERIFY2(!text.contains(QStringLiteral("%n")), qPrintable(text));
    }

    // An active slot with no walsender row: one whole sentence per case.
    void diagnosisHolderWithoutConsumer_data()
    {
        QTest::addColumn<bool>("known"); // activeBackend set
        QTest::addColumn<bool>("visible");
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown") << false << false << QString()
                                 << QStringLiteral("Held by pid 4242, which has no pg_stat_replication row.");
        QTest::newRow("hidden") << true << false << QString()
                                << QStringLiteral(
                                       "Held by pid 4242, which is not visible in pg_stat_activity "
                                       "and has no pg_stat_replication row.");
        QTest::newRow("no state") << true << true << QString()
                                  << QStringLiteral(
                                         "Held by pid 4242 (client backend, application \"psql\", "
                                         "state unknown), which has no pg_stat_replication row. "
                                         "Its query: SELECT '%1' FROM pg_logical_slot_get_changes()");
        QTest::newRow("state") << true << true << QStringLiteral("active")
                               << QStringLiteral("Held by pid 4242 (client backend, application \"psql\", "
                                                 "state active), which has no pg_stat_replication row. "
                                                 "Its query: SELECT '%1' FROM pg_logical_slot_get_changes()");
    }
    void diagnosisHolderWithoutConsumer()
    {
        QFETCH(bool, known);
        QFETCH(bool, visible);
        QFETCH(QString, state);
        QFETCH(QString, expected);
        SlotDiagnosis d;
        d.slotName = QStringLiteral("sql_reader");
        d.serverVersionNum = 150000;
        d.slot = makeSlot(d.slotName, QStringLiteral("reserved"), 4096);
        d.slot.active = true;
        d.slot.activePid = 4242;
        if (known) {
            SlotActiveBackend b;
            b.pid = 4242;
            b.visible = visible;
            if (visible) {
                b.backendType = QStringLiteral("client backend");
                b.applicationName = QStringLiteral("psql");
                b.state = state;
                // A placeholder in the query stays as the server sent it.
                b.query = QStringLiteral("SELECT '%1' FROM pg_logical_slot_get_changes()");
            }
            d.activeBackend = b;
        }
        QTextDocument doc;
        doc.setHtml(SlotManagerDialog::diagnosisHtml(d));
        const QString text = doc.toPlainText();
        QVERIFY2(text.contains(expected), qPrintable(text));
    }

    void dialogAgainstSandbox()
    {
        QString error;
        const auto sandbox = Sandbox::load(&error);
        QVERIFY2(sandbox, qPrintable(error));
        auto sql = [&](const QString &statements) {
            const auto r = sandbox->sql(statements);
            return r.ok ? r.output : QStringLiteral("<error> ") + r.error;
        };
        ConnEnvironment env;
        env.homeDir = m_home.path();
        env.osUser = QStringLiteral("nobody");
        const auto params = parseConnectionString(QStringLiteral("host=127.0.0.1 port=%1 dbname=pgrepl_test "
                                                                 "user=pgrepl_trust sslmode=disable")
                                                      .arg(sandbox->port()),
            env)
                                .params;
        QVERIFY(params);
        const QString existing = Sandbox::uniqueName(QStringLiteral("tst_sm"));
        QCOMPARE(sql(QStringLiteral("SELECT 1 FROM pg_create_logical_replication_slot('%1', 'pgoutput')")
                         .arg(existing)),
            QStringLiteral("1"));

        SlotAdmin admin;
        admin.open(*params, env);
        SlotManagerDialog dialog(&admin);
        dialog.show();
        // The dialog refreshes by itself once it has a connected admin.
        QTRY_VERIFY_WITH_TIMEOUT(dialog.model()->rowOfSlot(existing) >= 0, 15000);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("max_slot_wal_keep_size")),
            qPrintable(dialog.statusText()));
        auto *create = dialog.findChild<QPushButton *>(QStringLiteral("createButton"));
        auto *drop = dialog.findChild<QPushButton *>(QStringLiteral("dropButton"));
        auto *why = dialog.findChild<QPushButton *>(QStringLiteral("whyButton"));
        auto *inspect = dialog.findChild<QPushButton *>(QStringLiteral("inspectButton"));
        QVERIFY(create && drop && why && inspect);

        // Refresh picks up a slot made behind the dialog's back.
        const QString behind = Sandbox::uniqueName(QStringLiteral("tst_sm"));
        QCOMPARE(sql(QStringLiteral("SELECT 1 FROM pg_create_logical_replication_slot('%1', 'test_decoding')")
                         .arg(behind)),
            QStringLiteral("1"));
        QCOMPARE(dialog.model()->rowOfSlot(behind), -1);
        auto *refresh = dialog.findChild<QPushButton *>(QStringLiteral("refreshButton"));
        QVERIFY(refresh);
        refresh->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.model()->rowOfSlot(behind) >= 0, 15000);
        QCOMPARE(dialog.model()->slotAt(dialog.model()->rowOfSlot(behind))->plugin,
            QStringLiteral("test_decoding"));
        sql(QStringLiteral("SELECT pg_drop_replication_slot('%1')").arg(behind));

        // Create through the dialog.
        const QString created = Sandbox::uniqueName(QStringLiteral("tst_sm"));
        dialog.setCreatePrompt([&] { return std::optional(SlotManagerDialog::CreateRequest {created}); });
        create->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.model()->rowOfSlot(created) >= 0, 15000);
        QCOMPARE(sql(QStringLiteral(
                     "SELECT plugin || ',' || two_phase FROM pg_replication_slots WHERE slot_name = '%1'")
                         .arg(created)),
            QStringLiteral("pgoutput,false"));
        QVERIFY2(dialog.statusText().contains(QStringLiteral("Created slot \"%1\"").arg(created)),
            qPrintable(dialog.statusText()));

        // Drop asks first; saying no leaves the slot alone.
        QVERIFY(dialog.selectSlot(created));
        QCOMPARE(dialog.selectedSlot(), created);
        QVERIFY(drop->isEnabled());
        QString asked;
        dialog.setConfirmation([&](const QString &, const QString &text) {
            asked = text;
            return false;
        });
        drop->click();
        QVERIFY2(asked.contains(QStringLiteral("\"%1\"").arg(created)), qPrintable(asked));
        QVERIFY2(asked.contains(QStringLiteral("confirmed_flush_lsn")), qPrintable(asked));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name = '%1'")
                         .arg(created)),
            QStringLiteral("1"));
        dialog.setConfirmation([](const QString &, const QString &) { return true; });
        drop->click();
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE slot_name = '%1'")
                    .arg(created)),
            QStringLiteral("0"), 15000);
        QTRY_VERIFY_WITH_TIMEOUT(dialog.model()->rowOfSlot(created) < 0, 15000);

        // Why is it stuck?
        QVERIFY(dialog.selectSlot(existing));
        why->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.detailsText().contains(QStringLiteral("Findings")), 15000);
        QVERIFY2(dialog.detailsText().contains(QStringLiteral("Slot is inactive: nothing reads it")),
            qPrintable(dialog.detailsText()));
        QVERIFY(dialog.detailsText().contains(QStringLiteral("What holds back xmin and catalog_xmin")));
        // For a person to look at.
        dialog.resize(1100, 750);
        QVERIFY(dialog.grab().save(QStringLiteral(SLOTS_SCREENSHOT_DIR "/slotmanager.png")));

        // An inactive slot is inspected directly unless asked otherwise.
        QSignalSpy inspectSpy(&dialog, &SlotManagerDialog::inspectRequested);
        inspect->click();
        QCOMPARE(inspectSpy.count(), 1);
        QCOMPARE(inspectSpy.first().at(0).toString(), existing);
        QCOMPARE(inspectSpy.first().at(1).toBool(), false);

        // Errors land in the status line.
        dialog.setCreatePrompt(
            [] { return std::optional(SlotManagerDialog::CreateRequest {QStringLiteral("Bad'Name")}); });
        create->click();
        QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().contains(QStringLiteral("failed")), 15000);
        QVERIFY2(dialog.statusText().contains(QStringLiteral("invalid character")),
            qPrintable(dialog.statusText()));

        sql(QStringLiteral("SELECT pg_drop_replication_slot('%1')").arg(existing));
    }
};

QTEST_MAIN(TestSlotManager)
#include "tst_slotmanager.moc"
