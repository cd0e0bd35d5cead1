// ExportJob: the worker-thread export writes what the synchronous exporter
// writes, reports monotonic progress ending at the total, and leaves no
// partial file when cancelled or failing.
#include "IndexedStore.h"
#include "PgoutputBytes.h"
#include "export/ExportJob.h"
#include "export/Exporter.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"
#include "types/TypeOids.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgrepl;
using pgrepl::test::PgoutputBytes;

namespace {

constexpr int kTransactions = 3000; // well over the exporter's 256-unit progress step
constexpr quint32 kOid = 16384;

// A store of kTransactions committed transactions of two inserts each into
// public.items (id int4 key, name text), plus the index over it.
struct Sample : test::IndexedStore
{
    Sample()
    {
        quint64 lsn = 0x1000;
        for (int t = 0; t < kTransactions; ++t) {
            const quint64 commitLsn = lsn + 0x40;
            add(lsn, PgoutputBytes('B').i64(commitLsn).i64(quint64(t) * 1000).i32(700 + t));
            if (t == 0)
                add(lsn,
                    PgoutputBytes('R')
                        .i32(kOid)
                        .str("public")
                        .str("items")
                        .u8('d')
                        .i16(2)
                        .u8(1)
                        .str("id")
                        .i32(TypeOid::Int4)
                        .i32(-1)
                        .u8(0)
                        .str("name")
                        .i32(TypeOid::Text)
                        .i32(-1));
            for (int row = 0; row < 2; ++row)
                add(lsn + 0x10 * quint64(row + 1),
                    PgoutputBytes('I')
                        .i32(kOid)
                        .u8('N')
                        .i16(2)
                        .col('t', QByteArray::number(t * 2 + row))
                        .col('t', "item \"" + QByteArray::number(t) + "\""));
            add(commitLsn,
                PgoutputBytes('C').u8(0).i64(commitLsn).i64(commitLsn + 0x10).i64(quint64(t) * 1000));
            lsn += 0x100;
        }
        index.indexNew();
    }
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QStringList entries(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

ExportOptions optionsFor(ExportFormat format)
{
    ExportOptions options;
    options.format = format;
    options.captureHeader.systemId = QStringLiteral("7300000000000000001");
    options.captureHeader.slotName = QStringLiteral("tst_slot");
    options.captureHeader.startReplicationCommand
        = QStringLiteral("START_REPLICATION SLOT tst_slot LOGICAL 0/0 (proto_version '1')");
    return options;
}

// The (done, total) pairs a job's progress() emitted.
QList<QPair<qint64, qint64>> progressOf(const QSignalSpy &spy)
{
    QList<QPair<qint64, qint64>> out;
    for (const QList<QVariant> &args : spy)
        out.append({args.at(0).toLongLong(), args.at(1).toLongLong()});
    return out;
}

} // namespace

class TestExportJob : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sample> m_sample;

private slots:
    void initTestCase()
    {
        m_sample = std::make_unique<Sample>();
        QCOMPARE(m_sample->store.size(), qsizetype(kTransactions * 4 + 1));
        QCOMPARE(m_sample->index.groupCount(), kTransactions);
    }

    void sameAsSynchronous_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<qint64>("total");
        QTest::newRow("jsonl") << ExportFormat::Jsonl << qint64(kTransactions);
        QTest::newRow("csv") << ExportFormat::Csv << qint64(kTransactions);
        QTest::newRow("sql") << ExportFormat::Sql << qint64(kTransactions);
        QTest::newRow("raw pgoutput") << ExportFormat::RawPgoutput << qint64(kTransactions * 4 + 1);
        QTest::newRow("pgcap") << ExportFormat::Pgcap << qint64(kTransactions * 4 + 1);
    }
    void sameAsSynchronous()
    {
        QFETCH(ExportFormat, format);
        QFETCH(qint64, total);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString expectedPath = dir.filePath(QStringLiteral("sync.out"));
        const ExportResult expected
            = Exporter(m_sample->store, m_sample->index).exportToFile(expectedPath, optionsFor(format));
        QVERIFY2(expected.ok, qPrintable(expected.error));

        const QString path = dir.filePath(QStringLiteral("job.out"));
        ExportJob job(m_sample->store, m_sample->index, path, optionsFor(format));
        QSignalSpy progress(&job, &ExportJob::progress);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
        QVERIFY(!job.isRunning());
        QVERIFY(job.isFinished());

        const ExportResult result = finished.first().first().value<ExportResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!result.cancelled);
        QCOMPARE(result.records, expected.records);
        QCOMPARE(job.result().records, expected.records);
        QVERIFY(result.records > 0);
        const QByteArray written = readAll(path);
        QVERIFY(!written.isEmpty());
        QVERIFY(written == readAll(expectedPath));
        QCOMPARE(entries(dir.path()), QStringList({QStringLiteral("job.out"), QStringLiteral("sync.out")}));

        // Monotonic, ending at the total, and throttled well below one
        // signal per exporter call.
        const auto steps = progressOf(progress);
        QVERIFY(!steps.isEmpty());
        for (qsizetype i = 1; i < steps.size(); ++i) {
            QVERIFY2(steps[i].first >= steps[i - 1].first, qPrintable(QString::number(i)));
            QCOMPARE(steps[i].second, total);
        }
        QCOMPARE(steps.last(), qMakePair(total, total));
        QVERIFY(steps.size() <= total / 256 + 2);
    }

    void replacesExistingFileKeepingItsMode()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("old contents\n");
        }
        const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
        QVERIFY(QFile::setPermissions(path, mode));
        ExportJob job(m_sample->store, m_sample->index, path, optionsFor(ExportFormat::Csv));
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY2(job.result().ok, qPrintable(job.result().error));
        QVERIFY(readAll(path).startsWith("xid,commit_lsn,"));
        QCOMPARE(QFileInfo(path).permissions() & ~(QFileDevice::ReadUser | QFileDevice::WriteUser), mode);
        QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("out.csv")});
    }

    void cancelMidwayLeavesNoFile_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<bool>("existing");
        QTest::newRow("jsonl, new file") << ExportFormat::Jsonl << false;
        QTest::newRow("sql, over an old file") << ExportFormat::Sql << true;
        QTest::newRow("pgcap, new file") << ExportFormat::Pgcap << false;
        QTest::newRow("raw, over an old file") << ExportFormat::RawPgoutput << true;
    }
    void cancelMidwayLeavesNoFile()
    {
        QFETCH(ExportFormat, format);
        QFETCH(bool, existing);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.out"));
        if (existing) {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("keep me");
        }
        ExportOptions options = optionsFor(format);
        ExportJob *jobPtr = nullptr;
        QStringList seenWhileRunning;
        qint64 calls = 0;
        // Cancels from inside the export, while its temporary file exists.
        options.progress = [&](qint64 done, qint64) {
            if (++calls == 1) {
                seenWhileRunning = entries(dir.path());
                jobPtr->cancel();
            }
            return done >= 0;
        };
        ExportJob job(m_sample->store, m_sample->index, path, options);
        jobPtr = &job;
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(job.isCancelRequested());
        QCOMPARE(calls, qint64(1));
        const ExportResult result = job.result();
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));

        // The partial file existed under a temporary name, and is gone.
        QCOMPARE(seenWhileRunning.size(), existing ? 2 : 1);
        QVERIFY(std::any_of(seenWhileRunning.cbegin(), seenWhileRunning.cend(),
            [](const QString &name) { return name.startsWith(u".export.out.") && name.endsWith(u".part"); }));
        if (existing) {
            QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("export.out")});
            QCOMPARE(readAll(path), QByteArray("keep me"));
        } else {
            QVERIFY(entries(dir.path()).isEmpty());
        }
    }

    void callerProgressReturningFalseCancels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.jsonl"));
        ExportOptions options = optionsFor(ExportFormat::Jsonl);
        options.progress = [](qint64 done, qint64) { return done < 512; };
        ExportJob job(m_sample->store, m_sample->index, path, options);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(job.result().cancelled);
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void cancelBeforeStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.sql"));
        ExportJob job(m_sample->store, m_sample->index, path, optionsFor(ExportFormat::Sql));
        QSignalSpy progress(&job, &ExportJob::progress);
        QSignalSpy finished(&job, &ExportJob::finished);
        job.cancel();
        job.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(job.result().cancelled);
        QVERIFY(!job.result().ok);
        QCOMPARE(progress.size(), 0);
        QVERIFY(entries(dir.path()).isEmpty());
    }

    void unwritablePathNamesThePath_data()
    {
        QTest::addColumn<QString>("relative"); // under the temporary folder
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("missing folder") << QStringLiteral("no/such/dir/out.jsonl") << ExportFormat::Jsonl;
        QTest::newRow("missing folder, pgcap") << QStringLiteral("nowhere/out.pgcap") << ExportFormat::Pgcap;
        QTest::newRow("parent is a file") << QStringLiteral("plain/out.csv") << ExportFormat::Csv;
        QTest::newRow("path is a folder") << QStringLiteral("folder") << ExportFormat::Sql;
    }
    void unwritablePathNamesThePath()
    {
        QFETCH(QString, relative);
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        {
            QFile plain(dir.filePath(QStringLiteral("plain")));
            QVERIFY(plain.open(QIODevice::WriteOnly));
        }
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("folder")));
        const QString path = dir.filePath(relative);
        ExportJob job(m_sample->store, m_sample->index, path, optionsFor(format));
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        const ExportResult result = job.result();
        QVERIFY(!result.ok);
        QVERIFY(!result.cancelled);
        QVERIFY2(result.error.contains(path), qPrintable(result.error));
        QVERIFY2(!result.error.contains(u".part"), qPrintable(result.error));
        QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("plain")});
        QVERIFY(QDir(dir.filePath(QStringLiteral("folder"))).isEmpty());
    }

    void destroyingARunningJobStopsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.jsonl"));
        {
            ExportJob job(m_sample->store, m_sample->index, path, optionsFor(ExportFormat::Jsonl));
            job.start();
        }
        // The destructor waited for the worker, which removed its temporary
        // file or published the whole export; nothing partial remains.
        const QStringList left = entries(dir.path());
        QVERIFY2(
            left.isEmpty() || left == QStringList {QStringLiteral("x.jsonl")}, qPrintable(left.join(u',')));
        if (!left.isEmpty())
            QVERIFY(readAll(path).count('\n') == kTransactions * 4);
    }
};

QTEST_GUILESS_MAIN(TestExportJob)
#include "tst_exportjob.moc"
