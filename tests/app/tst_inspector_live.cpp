// The inspector driven through its toolbar against the real sandbox:
// rows appear, pause holds them back, step delivers one transaction,
// acknowledging moves the slot exactly, and a temporary copy leaves the
// real slot alone.
#include "InspectorController.h"
#include "Sandbox.h"
#include "UiResources.h"
#include "dialogs/SlotManagerDialog.h"
#include "mainwindow/MainWindow.h"
#include "models/EventListModel.h"
#include "models/SlotTableModel.h"
#include "session/ReplicationSession.h"
#include "store/EventStore.h"

#include <QAction>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgrepl;
using pgrepl::test::Sandbox;

class TestInspectorLive : public QObject
{
    Q_OBJECT

private:
    std::optional<Sandbox> m_sandbox;
    QString m_table, m_pub;

    QString sql(const QString &statements)
    {
        const auto r = m_sandbox->sql(statements);
        if (!r.ok)
            qWarning("SQL failed: %s\n%s", qPrintable(statements), qPrintable(r.error));
        return r.output;
    }

    Lsn slotConfirmed(const QString &slot)
    {
        return Lsn::parse(sql(QStringLiteral("SELECT confirmed_flush_lsn FROM pg_replication_slots WHERE "
                                             "slot_name = '%1'")
                                  .arg(slot)))
            .value_or(Lsn());
    }

    QString newSlot()
    {
        const QString slot = Sandbox::uniqueName(QStringLiteral("tst_gui_slot"));
        sql(QStringLiteral("SELECT pg_create_logical_replication_slot('%1', 'pgoutput')").arg(slot));
        return slot;
    }

    ui::ConnectRequest request(const QString &slot, AckMode mode, bool temporaryCopy) const
    {
        ui::ConnectRequest r;
        r.connectionString = QStringLiteral("host=127.0.0.1 port=%1 dbname=pgrepl_test user=pgrepl_trust "
                                            "sslmode=disable")
                                 .arg(m_sandbox->port());
        r.options.slot = slot;
        r.options.publications = {m_pub};
        r.options.temporaryCopy = temporaryCopy;
        r.ackMode = mode;
        return r;
    }

    // Committed transactions the model shows, in order.
    static QList<int> committedGroups(const app::InspectorController &c)
    {
        QList<int> out;
        const TransactionIndex *index = c.model()->transactionIndex();
        for (int g = 0; g < c.model()->rowCount(); ++g)
            if (index->group(g).kind == TxnGroup::Kind::Transaction
                && index->group(g).state == TxnState::Committed)
                out << g;
        return out;
    }

    bool startStreaming(app::InspectorController &c, const ui::ConnectRequest &r)
    {
        QSignalSpy streaming(&c, &app::InspectorController::streaming);
        c.connectTo(r);
        return streaming.wait(15000);
    }

private slots:
    void initTestCase()
    {
        ui::initResources();
        QString error;
        m_sandbox = Sandbox::load(&error);
        QVERIFY2(m_sandbox, qPrintable(error));
        m_table = Sandbox::uniqueName(QStringLiteral("tst_gui"));
        m_pub = Sandbox::uniqueName(QStringLiteral("tst_gui_pub"));
        sql(QStringLiteral(
            "CREATE TABLE %1 (id serial PRIMARY KEY, item text, qty int); CREATE PUBLICATION %2 FOR "
            "TABLE %1")
                .arg(m_table, m_pub));
    }

    void liveRowsPauseStepAndAcknowledge()
    {
        const QString slot = newSlot();
        const Lsn before = slotConfirmed(slot);
        app::InspectorController c;
        c.window()->show();
        QVERIFY(startStreaming(c, request(slot, AckMode::Manual, false)));
        const auto &actions = c.window()->actions();

        // Rows appear as one transaction with the right values.
        sql(QStringLiteral("BEGIN; INSERT INTO %1 (item, qty) VALUES ('apple', 3), ('pear''s', 7); COMMIT")
                .arg(m_table));
        QTRY_COMPARE_WITH_TIMEOUT(committedGroups(c).size(), 1, 10000);
        const int first = committedGroups(c).first();
        QCOMPARE(c.model()->transactionIndex()->group(first).changes, quint32(2));
        const QModelIndex txn = c.model()->indexForGroup(first);
        QVERIFY(c.model()
                    ->data(c.model()->index(0, ui::EventListModel::KindColumn, txn))
                    .toString()
                    .contains(u"Begin"));
        QStringList summaries;
        for (int r = 0; r < c.model()->rowCount(txn); ++r)
            summaries
                << c.model()->data(c.model()->index(r, ui::EventListModel::SummaryColumn, txn)).toString();
        QVERIFY2(summaries.join(u'|').contains(u"item=apple, qty=3"), qPrintable(summaries.join(u'|')));
        QVERIFY(summaries.join(u'|').contains(u"item=pear's, qty=7"));

        // Pause: nothing arrives until Resume.
        actions.pause->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(c.session()->isPaused(), 5000);
        sql(QStringLiteral("INSERT INTO %1 (item, qty) VALUES ('plum', 1)").arg(m_table));
        sql(QStringLiteral("INSERT INTO %1 (item, qty) VALUES ('fig', 2)").arg(m_table));
        QTest::qWait(1000);
        QCOMPARE(committedGroups(c).size(), 1);

        // Step delivers exactly one transaction, then holds again.
        actions.step->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(committedGroups(c).size(), 2, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(c.session()->isPaused(), 5000);
        QTest::qWait(500);
        QCOMPARE(committedGroups(c).size(), 2);
        actions.pause->trigger(); // resume
        QTRY_COMPARE_WITH_TIMEOUT(committedGroups(c).size(), 3, 5000);
        QCOMPARE(slotConfirmed(slot), before);

        // Go to an xid and to an LSN.
        QString error;
        const TxnGroup &third = c.model()->transactionIndex()->group(committedGroups(c).at(2));
        QVERIFY2(c.goTo(QString::number(third.xid), &error), qPrintable(error));
        QCOMPARE(c.window()->selectedGroup(), committedGroups(c).at(2));
        QVERIFY(c.goTo(c.model()->transactionIndex()->group(first).finalLsn.toString(), &error));
        QVERIFY(c.window()->selectedEvent() >= 0);
        QVERIFY(!c.goTo(QStringLiteral("nonsense"), &error));
        QVERIFY(error.contains(u"neither"));

        // Acknowledge the selected (second) transaction: the slot moves exactly there.
        const int second = committedGroups(c).at(1);
        c.window()->selectGroup(second);
        QCOMPARE(c.window()->selectedGroup(), second);
        QVERIFY(actions.acknowledge->isEnabled());
        c.acknowledgeSelected(false);
        const Lsn end = c.model()->transactionIndex()->group(second).endLsn;
        QTRY_COMPARE_WITH_TIMEOUT(slotConfirmed(slot), end, 5000);
        actions.disconnect->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral("SELECT active FROM pg_replication_slots WHERE slot_name = '%1'").arg(slot)),
            QStringLiteral("f"), 10000);
        QCOMPARE(slotConfirmed(slot), end);

        // Saved and reopened offline, the capture shows exactly what the live session showed.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("live.pgcap"));
        QString saveError;
        QVERIFY2(c.saveCapture(path, &saveError), qPrintable(saveError));
        app::InspectorController offline;
        QVERIFY(offline.openCapture(path));
        const ui::EventListModel *a = c.model();
        const ui::EventListModel *b = offline.model();
        QCOMPARE(b->rowCount(), a->rowCount());
        for (int row = 0; row < a->rowCount(); ++row) {
            const QModelIndex pa = a->index(row, 0), pb = b->index(row, 0);
            QCOMPARE(b->rowCount(pb), a->rowCount(pa));
            for (int col = 0; col < ui::EventListModel::ColumnCount; ++col) {
                // Times print in this machine's zone either way; all the rest must match too.
                QCOMPARE(b->index(row, col).data().toString(), a->index(row, col).data().toString());
                for (int child = 0; child < a->rowCount(pa); ++child)
                    QCOMPARE(b->index(child, col, pb).data().toString(),
                        a->index(child, col, pa).data().toString());
            }
        }
    }

    void temporaryCopyLeavesTheSlotAlone()
    {
        const QString slot = newSlot();
        const Lsn before = slotConfirmed(slot);
        app::InspectorController c;
        c.window()->show();
        QVERIFY(startStreaming(c, request(slot, AckMode::Auto, true)));
        sql(QStringLiteral("INSERT INTO %1 (item, qty) VALUES ('kiwi', 5)").arg(m_table));
        QTRY_COMPARE_WITH_TIMEOUT(committedGroups(c).size(), 1, 10000);
        const int g = committedGroups(c).first();
        c.window()->selectGroup(g);
        c.acknowledgeSelected(false); // refused in auto mode; auto moves only the copy
        QTest::qWait(1500);
        QCOMPARE(slotConfirmed(slot), before);
        QVERIFY(c.window()->windowTitle().contains(u"temporary copy"));
        c.window()->actions().disconnect->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral("SELECT count(*) FROM pg_replication_slots WHERE temporary")),
            QStringLiteral("0"), 10000);
        QCOMPARE(slotConfirmed(slot), before);
    }

    // An idle slot in auto mode moves past a heartbeat; after a disconnect,
    // Reconnect streams on with the rows kept and a gap row between.
    void heartbeatAndReconnect()
    {
        const QString slot = newSlot();
        app::InspectorController c;
        c.window()->show();
        const auto &actions = c.window()->actions();
        QVERIFY(!actions.reconnect->isEnabled());
        QVERIFY(startStreaming(c, request(slot, AckMode::Auto, false)));
        QTRY_VERIFY_WITH_TIMEOUT(c.monitor()->isReady(), 10000);
        QVERIFY(actions.heartbeat->isEnabled());
        QSignalSpy beat(c.monitor(), &app::SlotMonitor::heartbeatSent);
        actions.heartbeat->trigger();
        QVERIFY(beat.wait(10000));
        const Lsn heartbeat = beat.first().first().value<Lsn>();
        QTRY_VERIFY_WITH_TIMEOUT(slotConfirmed(slot) >= heartbeat, 20000);

        sql(QStringLiteral("INSERT INTO %1 (item, qty) VALUES ('before', 1)").arg(m_table));
        QTRY_COMPARE_WITH_TIMEOUT(committedGroups(c).size(), 1, 10000);
        actions.disconnect->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(actions.reconnect->isEnabled(), 10000);
        QSignalSpy streaming(&c, &app::InspectorController::streaming);
        actions.reconnect->trigger();
        QVERIFY(streaming.wait(15000));
        sql(QStringLiteral("INSERT INTO %1 (item, qty) VALUES ('after', 2)").arg(m_table));
        QTRY_COMPARE_WITH_TIMEOUT(committedGroups(c).size(), 2, 10000);
        // The slot manager opens on the same server and lists the slot.
        actions.slotManager->trigger();
        auto *manager = c.window()->findChild<ui::SlotManagerDialog *>();
        QVERIFY(manager);
        QTRY_VERIFY_WITH_TIMEOUT(manager->model()->rowOfSlot(slot) >= 0, 10000);
        manager->close();

        bool gap = false;
        for (int g = 0; g < c.model()->rowCount(); ++g) {
            const TxnGroup &group = c.model()->transactionIndex()->group(g);
            if (group.kind == TxnGroup::Kind::Standalone
                && c.model()->store()->entry(group.events.front()).kind == StreamEvent::Kind::Gap)
                gap = true;
        }
        QVERIFY(gap);
        actions.disconnect->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(
            sql(QStringLiteral("SELECT active FROM pg_replication_slots WHERE slot_name = '%1'").arg(slot)),
            QStringLiteral("f"), 10000);
    }

    void cleanupTestCase()
    {
        sql(QStringLiteral(
            "SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name "
            "LIKE 'tst_gui_slot%' AND NOT active"));
        sql(QStringLiteral("DROP PUBLICATION IF EXISTS %1; DROP TABLE IF EXISTS %2").arg(m_pub, m_table));
    }
};

QTEST_MAIN(TestInspectorLive)
#include "tst_inspector_live.moc"
