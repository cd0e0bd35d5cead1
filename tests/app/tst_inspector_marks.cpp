// Marks, selections and exports through the inspector's wiring on an
// opened file: what is marked is what the marked export writes, and the
// mark navigation walks the marks in order.
#include "DemoCapture.h"
#include "InspectorController.h"
#include "UiResources.h"
#include "mainwindow/MainWindow.h"
#include "models/EventFilterProxy.h"
#include "models/EventListModel.h"
#include "panes/BytesView.h"
#include "panes/FilterBar.h"

#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTreeView>
#include <QtTest>

using namespace pgrepl;

class TestInspectorMarks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // The demo capture both capture tests open, written once.
    QString capture() const { return m_dir.filePath(QStringLiteral("demo.pgcap")); }

    QList<int> committed(const app::InspectorController &c)
    {
        QList<int> out;
        const TransactionIndex *index = c.model()->transactionIndex();
        for (int g = 0; g < c.model()->rowCount(); ++g)
            if (index->group(g).kind == TxnGroup::Kind::Transaction
                && index->group(g).state == TxnState::Committed && index->group(g).changes > 0)
                out << g;
        return out;
    }

    static QSet<qint64> xidsIn(const QString &path, int *lines)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QSet<qint64> xids;
        *lines = 0;
        while (!f.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
            xids.insert(o.value(QStringLiteral("xid")).toInteger());
            ++*lines;
        }
        return xids;
    }

private slots:
    void initTestCase()
    {
        ui::initResources();
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(test::writeDemoCapture(capture(), &error), qPrintable(error));
    }

    void markedRowsExportAndNavigate()
    {
        app::InspectorController c;
        QString error;
        QVERIFY2(c.importRecvlogical(
                     QFINDTESTDATA("../data/pgoutput/proto1-changes.bin"), 1, StreamingMode::Off, &error),
            qPrintable(error));
        const QList<int> txns = committed(c);
        QVERIFY(txns.size() >= 4);
        const TransactionIndex *index = c.model()->transactionIndex();
        const TxnGroup &whole = index->group(txns.at(1));
        const TxnGroup &partly = index->group(txns.at(3));
        c.model()->setGroupMarked(txns.at(1), true);
        const quint32 single = partly.events.at(1); // its first change
        c.model()->setEventMarked(single, true);
        const std::vector<quint32> marked = c.model()->markedEvents();
        QCOMPARE(marked.size(), whole.events.size() + 1);
        QVERIFY(std::is_sorted(marked.begin(), marked.end()));

        // Next and previous walk the marks in store order and wrap around.
        const auto &a = c.window()->actions();
        a.nextMark->trigger();
        QCOMPARE(c.window()->selectedEvent(), qsizetype(marked.front()));
        a.nextMark->trigger();
        QCOMPARE(c.window()->selectedEvent(), qsizetype(marked.at(1)));
        a.previousMark->trigger();
        a.previousMark->trigger();
        QCOMPARE(c.window()->selectedEvent(), qsizetype(marked.back()));

        // The marked export holds the marked transaction and the one marked change.
        QTemporaryDir dir;
        ui::ExportRequest request;
        request.path = dir.filePath(QStringLiteral("marked.jsonl"));
        request.format = ExportFormat::Jsonl;
        request.selection = ExportSelection::events(marked);
        const ExportResult result = c.exportEvents(request, false);
        QVERIFY2(result.ok, qPrintable(result.error));
        int lines = 0;
        const QSet<qint64> xids = xidsIn(request.path, &lines);
        QCOMPARE(xids, (QSet<qint64> {qint64(whole.xid), qint64(partly.xid)}));
        // Begin, changes and commit of the whole one; begin, one change, commit of the other.
        QCOMPARE(lines, int(whole.changes) + 2 + 3);

        // Everything writes more, from the same code path.
        request.path = dir.filePath(QStringLiteral("all.jsonl"));
        request.selection = ExportSelection::all();
        QVERIFY(c.exportEvents(request, false).ok);
        int allLines = 0;
        QVERIFY(xidsIn(request.path, &allLines).size() >= txns.size());
        QVERIFY(allLines > lines);
    }

    // On a capture file: go to an xid and an LSN, and filter from the bar.
    void goToAndFilterOnACapture()
    {
        QString error;
        app::InspectorController c;
        QVERIFY(c.openCapture(capture()));
        const QList<int> txns = committed(c);
        QVERIFY(txns.size() > 5);
        const TransactionIndex *index = c.model()->transactionIndex();
        const TxnGroup &target = index->group(txns.at(4));
        QVERIFY2(c.goTo(QString::number(target.xid), &error), qPrintable(error));
        QCOMPARE(c.window()->selectedGroup(), txns.at(4));
        const quint32 change = target.events.at(1);
        const Lsn at = c.model()->store()->entry(change).walStart;
        QVERIFY(c.goTo(at.toString(), &error));
        QCOMPARE(c.window()->selectedEvent(), qsizetype(change));
        QVERIFY(!c.goTo(QStringLiteral("FFFF/0"), &error));
        QVERIFY2(error.contains(u"no message"), qPrintable(error));

        // The filter bar keeps only that transaction, then everything again.
        EventFilterSpec spec;
        spec.xid = target.xid;
        c.window()->filterBar()->setSpec(spec);
        QAbstractItemModel *shown = c.window()->filterProxy();
        QTRY_COMPARE(shown->rowCount(), 1);
        QCOMPARE(c.window()->visibleEvents(), target.events);
        c.window()->filterBar()->clear();
        QTRY_COMPARE(shown->rowCount(), c.model()->rowCount());
    }

    // The details and bytes panes show the current row, and nothing once
    // there is none: another file opened must not leave the last one's.
    void detailsFollowTheCurrentRow()
    {
        QString error;
        app::InspectorController c;
        QVERIFY(c.openCapture(capture()));
        auto *details = c.window()->findChild<QTreeView *>(QStringLiteral("detailsView"));
        auto *bytes = c.window()->findChild<ui::BytesView *>(QStringLiteral("bytesView"));
        QVERIFY(details && bytes);
        QCOMPARE(details->model()->rowCount(), 0);

        const int txn = committed(c).at(2);
        const quint32 change = c.model()->transactionIndex()->group(txn).events.at(1);
        QVERIFY(c.goTo(c.model()->store()->entry(change).walStart.toString(), &error));
        QCOMPARE(c.window()->selectedEvent(), qsizetype(change));
        QVERIFY(details->model()->rowCount() > 0);
        QCOMPARE(bytes->data(), c.model()->store()->payload(change).toByteArray());

        // A filter that hides the row leaves no current row, and the panes empty.
        EventFilterSpec spec;
        spec.xid = c.model()->transactionIndex()->group(committed(c).at(3)).xid;
        c.window()->filterBar()->setSpec(spec);
        QTRY_COMPARE(c.window()->filterProxy()->rowCount(), 1);
        QCOMPARE(c.window()->selectedEvent(), qsizetype(-1));
        QCOMPARE(details->model()->rowCount(), 0);
        QVERIFY(bytes->data().isEmpty());
        c.window()->filterBar()->clear();
        QTRY_COMPARE(c.window()->filterProxy()->rowCount(), c.model()->rowCount());
        QVERIFY(c.goTo(c.model()->store()->entry(change).walStart.toString(), &error));
        QVERIFY(details->model()->rowCount() > 0);

        QVERIFY(c.openCapture(capture()));
        QCOMPARE(c.window()->selectedEvent(), qsizetype(-1));
        QCOMPARE(details->model()->rowCount(), 0);
        QVERIFY(bytes->data().isEmpty());
    }

    void selectionAndVisibleRows()
    {
        app::InspectorController c;
        QString error;
        QVERIFY(c.importRecvlogical(
            QFINDTESTDATA("../data/pgoutput/proto1-changes.bin"), 1, StreamingMode::Off, &error));
        const QList<int> txns = committed(c);
        c.window()->selectGroup(txns.at(0));
        const std::vector<quint32> expected = c.model()->transactionIndex()->group(txns.at(0)).events;
        QCOMPARE(c.window()->selectedEvents(), expected);
        // Ctrl+M on a transaction row marks all of it.
        c.window()->actions().toggleMark->trigger();
        QCOMPARE(c.model()->markedEvents(), expected);
        c.window()->actions().toggleMark->trigger();
        QVERIFY(c.model()->markedEvents().empty());
        QCOMPARE(qsizetype(c.window()->visibleEvents().size()), c.model()->store()->size());
    }
};

QTEST_MAIN(TestInspectorMarks)
#include "tst_inspector_marks.moc"
