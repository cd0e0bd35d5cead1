// The growth of a slot's retained WAL and the warning built from it: what
// the LSN panel says while the stream is paused.
#include "SlotMonitor.h"
#include "session/RetentionTrend.h"

#include <QtTest>

using namespace pgrepl;

class TestRetentionTrend : public QObject
{
    Q_OBJECT

private slots:
    void rateNeedsTwoSamplesASecondApart()
    {
        RetentionTrend t;
        QVERIFY(!t.bytesPerSecond());
        t.add(0, 1000, std::nullopt);
        QVERIFY(!t.bytesPerSecond());
        t.add(500, 2000, std::nullopt);
        QVERIFY(!t.bytesPerSecond()); // half a second says too little
        t.add(2000, 5000, std::nullopt);
        QCOMPARE(*t.bytesPerSecond(), 2000.0);
        QCOMPARE(t.retainedBytes(), 5000);
    }

    void oldSamplesLeaveTheWindow()
    {
        RetentionTrend t(10000);
        t.add(0, 0, std::nullopt); // a burst long ago
        t.add(1000, 1000000, std::nullopt);
        t.add(20000, 1000000, std::nullopt);
        t.add(30000, 1010000, std::nullopt);
        // Only the last ten seconds count: 10000 bytes over 10 s.
        QCOMPARE(*t.bytesPerSecond(), 1000.0);
    }

    void clockGoingBackStartsOver()
    {
        RetentionTrend t;
        t.add(5000, 100, std::nullopt);
        t.add(7000, 300, std::nullopt);
        t.add(1000, 50, std::nullopt);
        QVERIFY(!t.bytesPerSecond());
        QCOMPARE(t.retainedBytes(), 50);
    }

    void secondsToInvalidation_data()
    {
        QTest::addColumn<qint64>("growth"); // bytes over 10 s
        QTest::addColumn<std::optional<qint64>>("safe");
        QTest::addColumn<std::optional<qint64>>("expected");
        QTest::newRow("unlimited") << qint64(10000) << std::optional<qint64>() << std::optional<qint64>();
        QTest::newRow("not growing") << qint64(0) << std::optional<qint64>(5000) << std::optional<qint64>();
        QTest::newRow("shrinking") << qint64(-10000) << std::optional<qint64>(5000)
                                   << std::optional<qint64>();
        QTest::newRow("100 s left") << qint64(10000) << std::optional<qint64>(100000)
                                    << std::optional<qint64>(100);
        QTest::newRow("rounds up") << qint64(30000) << std::optional<qint64>(10000)
                                   << std::optional<qint64>(4);
        QTest::newRow("already over")
            << qint64(10000) << std::optional<qint64>(-5) << std::optional<qint64>(0);
    }

    void secondsToInvalidation()
    {
        QFETCH(qint64, growth);
        QFETCH(std::optional<qint64>, safe);
        QFETCH(std::optional<qint64>, expected);
        RetentionTrend t;
        t.add(0, 1000000, safe);
        t.add(10000, 1000000 + growth, safe);
        QCOMPARE(t.secondsToInvalidation(), expected);
    }

    void warnings_data()
    {
        QTest::addColumn<QString>("walStatus");
        QTest::addColumn<bool>("paused");
        QTest::addColumn<qint64>("growth"); // bytes over 10 s
        QTest::addColumn<std::optional<qint64>>("safe");
        QTest::addColumn<qint64>("retained");
        QTest::addColumn<QString>("contains"); // empty: no warning
        QTest::addColumn<bool>("severe");
        const std::optional<qint64> none;
        const qint64 mib = qint64(1) << 20;
        QTest::newRow("healthy") << "reserved" << false << qint64(0) << none << mib << QString() << false;
        QTest::newRow("lost") << "lost" << false << qint64(0) << none << mib << "is lost" << true;
        QTest::newRow("unreserved") << "unreserved" << true << qint64(0) << none << mib << "next checkpoint"
                                    << true;
        QTest::newRow("paused, unlimited")
            << "reserved" << true << 10 * mib << none << mib << "no max_slot_wal_keep_size" << false;
        QTest::newRow("paused, far from limit")
            << "reserved" << true << 10 * mib << std::optional<qint64>(100000 * mib) << mib
            << "invalidates it in" << false;
        QTest::newRow("paused, near limit")
            << "reserved" << true << 10 * mib << std::optional<qint64>(300 * mib) << mib
            << "invalidates it in 5 min" << true;
        QTest::newRow("paused, not growing")
            << "reserved" << true << qint64(0) << none << mib << QString() << false;
        QTest::newRow("streaming, growing")
            << "reserved" << false << 10 * mib << none << mib << QString() << false;
        QTest::newRow("streaming, little safe WAL")
            << "extended" << false << qint64(0) << std::optional<qint64>(mib) << mib << "more WAL" << true;
        QTest::newRow("streaming, large retention")
            << "extended" << false << qint64(0) << none << (qint64(3) << 30) << "retains 3.0 GiB" << false;
    }

    void warnings()
    {
        QFETCH(QString, walStatus);
        QFETCH(bool, paused);
        QFETCH(qint64, growth);
        QFETCH(std::optional<qint64>, safe);
        QFETCH(qint64, retained);
        QFETCH(QString, contains);
        QFETCH(bool, severe);
        SlotInfo slot;
        slot.name = QStringLiteral("orders_cdc");
        slot.walStatus = walStatus;
        slot.safeWalSize = safe;
        slot.retainedBytes = retained + growth;
        RetentionTrend t;
        t.add(0, retained, safe);
        t.add(10000, retained + growth, safe);
        bool isSevere = !severe;
        const QString text = app::SlotMonitor::retentionWarning(slot, t, paused, &isSevere);
        if (contains.isEmpty()) {
            QVERIFY2(text.isEmpty(), qPrintable(text));
        } else {
            QVERIFY2(text.contains(contains), qPrintable(text));
        }
        QCOMPARE(isSevere, severe);
    }
};

QTEST_GUILESS_MAIN(TestRetentionTrend)
#include "tst_retentiontrend.moc"
