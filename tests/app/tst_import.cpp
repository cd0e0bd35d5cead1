// A pg_recvlogical file opened in the inspector: transactions appear, and the
// window says what such a file lacks.
#include "InspectorController.h"
#include "UiResources.h"
#include "mainwindow/MainWindow.h"
#include "models/EventListModel.h"
#include "pgoutput/RecvlogicalReader.h"

#include <QLabel>
#include <QtTest>

using namespace pgrepl;

class TestImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ui::initResources(); }

    void recvlogicalFileOpens()
    {
        const QString path = QFINDTESTDATA("../data/pgoutput/proto1-changes.bin");
        // As many transactions as the file has Commit messages, counted by the reader alone.
        QString error;
        auto reader = pgoutput::RecvlogicalReader::open(path, pgoutput::DecoderState {}, &error);
        QVERIFY2(reader, qPrintable(error));
        int commits = 0;
        for (const auto &e : reader->readAll())
            commits += std::holds_alternative<pgoutput::Commit>(e.message);
        QVERIFY(commits > 10);
        app::InspectorController c;
        QVERIFY2(c.importRecvlogical(path, 1, StreamingMode::Off, &error), qPrintable(error));
        const TransactionIndex *index = c.model()->transactionIndex();
        int committed = 0;
        for (int g = 0; g < c.model()->rowCount(); ++g)
            committed += index->group(g).kind == TxnGroup::Kind::Transaction
                && index->group(g).state == TxnState::Committed;
        QCOMPARE(committed, commits);
        const auto *state = c.window()->findChild<QLabel *>(QStringLiteral("stateLabel"));
        QVERIFY(state);
        QVERIFY2(state->text().contains(u"per-change LSNs and user type names are absent"),
            qPrintable(state->text()));
    }

    void wrongProtocolIsRefused()
    {
        app::InspectorController c;
        QString error;
        // A Stream Start is not a proto_version 1 message: refused, nothing shown.
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write(QByteArray("S\\0\\0\\0\\x2a\\x01\\n", 7));
        f.close();
        QVERIFY(!c.importRecvlogical(f.fileName(), 1, StreamingMode::Off, &error));
        QVERIFY2(error.contains(u"proto_version 1"), qPrintable(error));
        QCOMPARE(c.model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
