// The export dialog (scopes by their counts, the request it builds, the
// extension following the format, the overwrite question) and the progress
// runner driving a real ExportJob, cancelled through its button.
#include "IndexedStore.h"
#include "PgoutputBytes.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/ExportProgress.h"
#include "export/ExportJob.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"
#include "types/TypeOids.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace pgrepl;
using namespace pgrepl::ui;
using pgrepl::test::PgoutputBytes;

Q_DECLARE_METATYPE(pgrepl::ui::ExportDialog::Scope)

namespace {

using Scope = ExportDialog::Scope;

// n committed transactions of one insert each into public.t (id int4 key),
// the first followed by an update the table's identity cannot name (JSONL
// skips it).
struct Sample : test::IndexedStore
{
    explicit Sample(int n)
    {
        quint64 lsn = 0x1000;
        add(lsn,
            PgoutputBytes('R')
                .i32(16384)
                .str("public")
                .str("t")
                .u8('n')
                .i16(1)
                .u8(0)
                .str("id")
                .i32(TypeOid::Int4)
                .i32(-1));
        for (int t = 0; t < n; ++t) {
            add(lsn, PgoutputBytes('B').i64(lsn + 0x40).i64(0).i32(900 + t));
            add(lsn + 0x10, PgoutputBytes('I').i32(16384).u8('N').i16(1).col('t', QByteArray::number(t)));
            if (t == 0)
                add(lsn + 0x20, PgoutputBytes('U').i32(16384).u8('N').i16(1).col('t', "7"));
            add(lsn + 0x40, PgoutputBytes('C').u8(0).i64(lsn + 0x40).i64(lsn + 0x50).i64(0));
            lsn += 0x100;
        }
        index.indexNew();
    }
};

ExportScopes scopes(int selected, int filtered, int marked, int everything)
{
    ExportScopes s;
    for (int i = 0; i < selected; ++i)
        s.selected.push_back(quint32(100 + i));
    for (int i = 0; i < filtered; ++i)
        s.filtered.push_back(quint32(filtered - i)); // unsorted on purpose
    for (int i = 0; i < marked; ++i)
        s.marked.push_back(quint32(7 * i));
    s.everything = everything;
    return s;
}

QRadioButton *radio(ExportDialog &d, const char *name)
{
    return d.findChild<QRadioButton *>(QLatin1String(name));
}

QPushButton *okButton(ExportDialog &d)
{
    return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void scopesFollowCounts_data()
    {
        QTest::addColumn<int>("selected");
        QTest::addColumn<int>("filtered");
        QTest::addColumn<int>("marked");
        QTest::addColumn<int>("everything");
        QTest::addColumn<Scope>("initial");
        QTest::newRow("all present") << 2 << 5 << 3 << 40 << Scope::Filtered;
        QTest::newRow("nothing filtered") << 2 << 0 << 3 << 40 << Scope::Everything;
        QTest::newRow("only marked") << 0 << 0 << 1 << 0 << Scope::Marked;
        QTest::newRow("only selected") << 4 << 0 << 0 << 0 << Scope::Selected;
    }
    void scopesFollowCounts()
    {
        QFETCH(int, selected);
        QFETCH(int, filtered);
        QFETCH(int, marked);
        QFETCH(int, everything);
        QFETCH(Scope, initial);
        ExportDialog d(scopes(selected, filtered, marked, everything));
        const struct
        {
            const char *name;
            Scope scope;
            int count;
        } rows[]
            = {{"scopeSelected", Scope::Selected, selected}, {"scopeFiltered", Scope::Filtered, filtered},
                {"scopeMarked", Scope::Marked, marked}, {"scopeEverything", Scope::Everything, everything}};
        for (const auto &row : rows) {
            QRadioButton *r = radio(d, row.name);
            QVERIFY(r);
            QCOMPARE(r->isEnabled(), row.count > 0);
            QCOMPARE(d.isScopeEnabled(row.scope), row.count > 0);
            QCOMPARE(d.scopeCount(row.scope), qsizetype(row.count));
            QVERIFY2(r->text().contains(QStringLiteral("(%1 event").arg(row.count)), qPrintable(r->text()));
        }
        QCOMPARE(d.scope(), initial);
        // A disabled scope cannot be chosen.
        for (const auto &row : rows) {
            d.setScope(row.scope);
            QCOMPARE(d.scope(), row.count > 0 ? row.scope : initial);
            d.setScope(initial);
        }
    }

    void nothingToExportDisablesOk()
    {
        ExportDialog d(scopes(0, 0, 0, 0));
        d.setPath(QStringLiteral("/tmp/x.jsonl"));
        QVERIFY(!okButton(d)->isEnabled());
        ExportDialog e(scopes(0, 0, 0, 3));
        QVERIFY(!okButton(e)->isEnabled()); // no path yet
        e.setPath(QStringLiteral("  "));
        QVERIFY(!okButton(e)->isEnabled());
        e.setPath(QStringLiteral("/tmp/x.jsonl"));
        QVERIFY(okButton(e)->isEnabled());
    }

    void requestCarriesTheChoice_data()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::addColumn<Scope>("scope");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QList<quint32>>("events"); // empty: everything
        QTest::newRow("jsonl selected") << ExportFormat::Jsonl << Scope::Selected << QStringLiteral("/d/out")
                                        << QStringLiteral("/d/out.jsonl") << QList<quint32> {100, 101};
        QTest::newRow("csv filtered, sorted")
            << ExportFormat::Csv << Scope::Filtered << QStringLiteral("/d/f.csv")
            << QStringLiteral("/d/f.csv") << QList<quint32> {1, 2, 3};
        QTest::newRow("sql marked") << ExportFormat::Sql << Scope::Marked << QStringLiteral("/d/m")
                                    << QStringLiteral("/d/m.sql") << QList<quint32> {0, 7};
        QTest::newRow("raw everything")
            << ExportFormat::RawPgoutput << Scope::Everything << QStringLiteral("/d/raw")
            << QStringLiteral("/d/raw.bin") << QList<quint32> {};
        QTest::newRow("pgcap keeps a typed extension")
            << ExportFormat::Pgcap << Scope::Everything << QStringLiteral("/d/c.data")
            << QStringLiteral("/d/c.data") << QList<quint32> {};
    }
    void requestCarriesTheChoice()
    {
        QFETCH(ExportFormat, format);
        QFETCH(Scope, scope);
        QFETCH(QString, typed);
        QFETCH(QString, path);
        QFETCH(QList<quint32>, events);
        ExportDialog d(scopes(2, 3, 2, 50));
        d.setFormat(format);
        d.setScope(scope);
        // Typed into the line edit, as a user would.
        auto *edit = d.findChild<QLineEdit *>(QStringLiteral("path"));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, typed);
        QCOMPARE(d.format(), format);
        const ExportRequest r = d.request();
        QCOMPARE(r.format, format);
        QCOMPARE(r.path, path);
        if (events.isEmpty()) {
            QCOMPARE(r.selection.kind(), ExportSelection::Kind::All);
        } else {
            QCOMPARE(r.selection.kind(), ExportSelection::Kind::Events);
            const std::vector<quint32> expected(events.cbegin(), events.cend());
            QCOMPARE(r.selection.eventIndices(), expected);
        }
    }

    void extensionFollowsTheFormat()
    {
        ExportDialog d(scopes(0, 0, 0, 5));
        d.setPath(QStringLiteral("/d/out.jsonl"));
        d.setFormat(ExportFormat::Csv);
        QCOMPARE(d.path(), QStringLiteral("/d/out.csv"));
        d.setFormat(ExportFormat::Pgcap);
        QCOMPARE(d.path(), QStringLiteral("/d/out.pgcap"));
        d.setFormat(ExportFormat::RawPgoutput);
        QCOMPARE(d.path(), QStringLiteral("/d/out.bin"));
        d.setPath(QStringLiteral("/d/mine.txt"));
        d.setFormat(ExportFormat::Sql);
        QCOMPARE(d.path(), QStringLiteral("/d/mine.txt"));
        QCOMPARE(ExportDialog::defaultSuffix(ExportFormat::Sql), QStringLiteral("sql"));
        QVERIFY(ExportDialog::fileFilter(ExportFormat::Pgcap).startsWith(u"Captures (*.pgcap)"));
        QVERIFY(ExportDialog::fileFilter(ExportFormat::Jsonl).contains(u"*.jsonl"));
    }

    void overwriteNeedsConfirmation()
    {
        QTemporaryDir dir;
        const QString existing = dir.filePath(QStringLiteral("old.jsonl"));
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        ExportDialog d(scopes(0, 0, 0, 5));
        QStringList asked;
        bool answer = false;
        d.setOverwriteConfirmation([&](const QString &p) {
            asked << p;
            return answer;
        });
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QSignalSpy accepted(&d, &QDialog::accepted);

        // A new file: no question.
        d.setPath(dir.filePath(QStringLiteral("new")));
        okButton(d)->click();
        QCOMPARE(accepted.size(), 1);
        QVERIFY(asked.isEmpty());
        QCOMPARE(d.path(), dir.filePath(QStringLiteral("new.jsonl")));

        // An existing one: asked; "no" keeps the dialog open, "yes" accepts.
        d.show();
        d.setPath(existing);
        okButton(d)->click();
        QCOMPARE(asked, QStringList {existing});
        QCOMPARE(accepted.size(), 1);
        QVERIFY(d.isVisible());
        answer = true;
        okButton(d)->click();
        QCOMPARE(asked.size(), 2);
        QCOMPARE(accepted.size(), 2);
        QVERIFY(!d.isVisible());
        QCOMPARE(d.request().path, existing);
    }

    // Without a translator the plural forms stay as in the source ("(s)");
    // the English translation supplies them.
    void summaries_data()
    {
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("cancelled");
        QTest::addColumn<QString>("error");
        QTest::addColumn<qint64>("records");
        QTest::addColumn<qint64>("skipped");
        QTest::addColumn<QString>("expected");
        QTest::newRow("written") << true << false << QString() << qint64(12) << qint64(0)
                                 << QStringLiteral("Wrote 12 record(s) to /d/x.sql.");
        QTest::newRow("one record") << true << false << QString() << qint64(1) << qint64(0)
                                    << QStringLiteral("Wrote 1 record(s) to /d/x.sql.");
        QTest::newRow("skipped") << true << false << QString() << qint64(3) << qint64(2)
                                 << QStringLiteral(
                                        "Wrote 3 record(s) to /d/x.sql.\nSkipped 2 change(s) this format "
                                        "cannot hold; the first because: no key");
        QTest::newRow("cancelled") << false << true << QString() << qint64(0) << qint64(0)
                                   << QStringLiteral("Export cancelled: nothing was written to /d/x.sql.");
        QTest::newRow("error") << false << false << QStringLiteral("cannot write /d/x.sql: disk full")
                               << qint64(0) << qint64(0)
                               << QStringLiteral("Export failed: cannot write /d/x.sql: disk full");
    }
    void summaries()
    {
        QFETCH(bool, ok);
        QFETCH(bool, cancelled);
        QFETCH(QString, error);
        QFETCH(qint64, records);
        QFETCH(qint64, skipped);
        QFETCH(QString, expected);
        ExportResult r;
        r.ok = ok;
        r.cancelled = cancelled;
        r.error = error;
        r.records = records;
        r.skipped = skipped;
        r.firstSkipReason = QStringLiteral("no key");
        QCOMPARE(ExportProgress::summary(r, QStringLiteral("/d/x.sql")), expected);
    }

    void runnerShowsProgressAndCancels()
    {
        const Sample sample(2000);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.jsonl"));
        // The worker waits at its first progress call until the test has
        // pressed Cancel, so the cancel lands mid-export every time.
        QSemaphore reached, proceed;
        ExportOptions options;
        options.format = ExportFormat::Jsonl;
        options.progress = [&](qint64, qint64) {
            if (reached.available() == 0) {
                reached.release();
                proceed.acquire();
            }
            return true;
        };
        ExportJob job(sample.store, sample.index, path, options);
        auto unblock = qScopeGuard([&] { proceed.release(1000); });
        ExportProgress runner(&job);
        runner.show();
        QVERIFY(QTest::qWaitForWindowExposed(&runner));
        QCOMPARE(runner.button()->text(), QStringLiteral("Cancel"));
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(reached.available() == 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            runner.statusText(), QStringLiteral("Exporting 256 of %1…").arg(QLocale().toString(2000)), 20000);

        QTest::mouseClick(runner.button(), Qt::LeftButton);
        QVERIFY(job.isCancelRequested());
        QCOMPARE(runner.statusText(), QStringLiteral("Cancelling…"));
        QVERIFY(!runner.button()->isEnabled());
        QVERIFY(runner.isVisible());
        proceed.release();

        QVERIFY(finished.wait(20000));
        QVERIFY(runner.isDone());
        QCOMPARE(runner.statusText(),
            QStringLiteral("Export cancelled: nothing was written to %1.")
                .arg(QDir::toNativeSeparators(path)));
        QVERIFY(QDir(dir.path()).isEmpty());
        QCOMPARE(runner.button()->text(), QStringLiteral("Close"));
        QVERIFY(runner.button()->isEnabled());
        QTest::mouseClick(runner.button(), Qt::LeftButton);
        QVERIFY(!runner.isVisible());
        QCOMPARE(runner.result(), int(QDialog::Accepted));
    }

    void runnerClosingTheWindowCancels()
    {
        const Sample sample(600);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.sql"));
        ExportOptions options;
        options.format = ExportFormat::Sql;
        ExportJob job(sample.store, sample.index, path, options);
        ExportProgress runner(&job);
        runner.show();
        QVERIFY(QTest::qWaitForWindowExposed(&runner));
        // Escape before the job runs: it is cancelled, the window stays
        // until the job says so.
        QTest::keyClick(&runner, Qt::Key_Escape);
        QVERIFY(job.isCancelRequested());
        QVERIFY(runner.isVisible());
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(runner.statusText().startsWith(u"Export cancelled"));
        QVERIFY(QDir(dir.path()).isEmpty());
        QTest::keyClick(&runner, Qt::Key_Escape);
        QVERIFY(!runner.isVisible());
    }

    void runnerReportsWhatWasWritten()
    {
        const Sample sample(600);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.jsonl"));
        ExportOptions options;
        options.format = ExportFormat::Jsonl;
        ExportJob job(sample.store, sample.index, path, options);
        ExportProgress runner(&job);
        runner.show();
        QSignalSpy finished(&job, &ExportJob::finished);
        job.start();
        QVERIFY(finished.wait(20000));
        QVERIFY(job.result().ok);
        QCOMPARE(job.result().skipped, qint64(1));
        QVERIFY(!job.result().firstSkipReason.isEmpty());
        QCOMPARE(runner.statusText(),
            QStringLiteral("Wrote %1 record(s) to %2.\nSkipped 1 change(s) this format cannot hold; the "
                           "first because: %3")
                .arg(job.result().records)
                .arg(QDir::toNativeSeparators(path), job.result().firstSkipReason));
        QVERIFY(job.result().records >= 600);
        QVERIFY(QFileInfo::exists(path));
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
