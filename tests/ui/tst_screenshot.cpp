// The main window as a user sees it after opening a capture made from a real
// PostgreSQL 15 stream (proto 1), with an Update selected: saved as
// screenshot-mainwindow.png next to the test binary, for a person to look at.
#include "DemoCapture.h"
#include "UiResources.h"
#include "mainwindow/MainWindow.h"
#include "models/DetailsBuilder.h"
#include "models/EventListModel.h"
#include "panes/BytesView.h"
#include "pgoutput/RecvlogicalReader.h"
#include "store/CaptureReader.h"
#include "store/CaptureWriter.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"
#include "types/BinaryValues.h"

#include <QImage>
#include <QSet>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>
#include <QtTest>

using namespace pgrepl;
using namespace pgrepl::pgoutput;

using namespace pgrepl::test;

class TestScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Keep the window layout of this test out of the user's settings.
        QStandardPaths::setTestModeEnabled(true);
        ui::initResources();
        // What the application installs under an English locale: "1 change", not "1 change(s)".
        auto *english = new QTranslator(this);
        QVERIFY(english->load(QStringLiteral("pgrepl_en"), QStringLiteral(PGREPL_QM_DIR)));
        QCoreApplication::installTranslator(english);
    }

    void mainWindowWithACapture()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("demo.pgcap"));
        const StreamEventBatch stream = streamFromCapture();
        {
            CaptureWriter writer;
            QVERIFY2(
                writer.open(path,
                    plausibleHeader(QStringLiteral("START_REPLICATION SLOT inspector_demo LOGICAL 0/1EF4000 "
                                                   "(proto_version '1', publication_names 'pub_all')"))),
                qPrintable(writer.errorString()));
            QVERIFY(writer.append(stream));
            QVERIFY(writer.close());
        }

        EventStore store;
        TransactionIndex index(&store);
        ui::EventListModel model(&store, &index);
        ui::MainWindow window;
        window.setEventModel(&model);

        // What the application does to open a capture.
        CaptureReader reader;
        QVERIFY2(reader.open(path), qPrintable(reader.errorString()));
        QVERIFY(!reader.isDamaged());
        index.setProtocol(1, false);
        ValueContext context;
        QString zoneError;
        const auto zone = timeZoneFromName(reader.header().timeZone, &zoneError);
        QVERIFY2(zone, qPrintable(zoneError));
        context.timeZone = *zone;
        TypeNameMap types;
        for (auto it = reader.header().typeNames.cbegin(); it != reader.header().typeNames.cend(); ++it)
            types.insert(it.key(), UserType {it->schema, it->name, it->elementOid, it->hasTypmodOut});
        context.userTypes = &types;
        model.setValueContext(context);
        QCOMPARE(reader.loadInto(store), stream.size());
        model.refresh();
        model.streamEnded();
        const QString firstSummary = model.index(0, ui::EventListModel::SummaryColumn).data().toString();
        QVERIFY2(firstSummary.startsWith(u"1 change,"), qPrintable(firstSummary));
        const CaptureHeader &h = reader.header();
        window.setServerInfo(h.serverVersion, h.systemId);
        window.setSlotInfo(h.slotName, h.temporaryCopy);
        window.setConnectionState(QStringLiteral("Capture: demo.pgcap"));
        QCOMPARE(model.rowCount(), 15 + 2 * 3);

        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The REPLICA IDENTITY FULL update: old and new row, one changed column.
        qsizetype update = -1;
        for (qsizetype e = 0; e < store.size() && update < 0; ++e)
            if (store.entry(e).tag == 'U' && index.relationAt(e, 17316))
                update = e;
        QVERIFY(update >= 0);
        window.selectEvent(update);
        QCOMPARE(window.selectedEvent(), update);

        auto *details = window.findChild<QTreeView *>(QStringLiteral("detailsView"));
        QVERIFY(details);
        QVERIFY(details->model()->rowCount() > 0);
        auto *bytes = window.findChild<ui::BytesView *>(QStringLiteral("bytesView"));
        QVERIFY(bytes);
        QCOMPARE(bytes->data(), store.payload(update).toByteArray());
        // Pick the changed value in the details: the bytes pane marks it.
        QModelIndex changed;
        const auto *detailsModel = qobject_cast<const QStandardItemModel *>(details->model());
        QVERIFY(detailsModel);
        const QModelIndexList hits = detailsModel->match(detailsModel->index(0, 0),
            ui::DetailsBuilder::ChangedRole, true, 1, Qt::MatchRecursive | Qt::MatchExactly);
        QCOMPARE(hits.size(), 1);
        changed = hits.first().siblingAtColumn(1);
        details->setCurrentIndex(changed);
        QVERIFY(bytes->highlightLength() > 0);
        QCOMPARE(bytes->data().mid(bytes->highlightOffset(), bytes->highlightLength()), QByteArray("b"));

        QCoreApplication::processEvents();
        const QImage image = window.grab().toImage();
        QVERIFY(!image.isNull());
        const QString png = QStringLiteral(SCREENSHOT_DIR "/screenshot-mainwindow.png");
        QVERIFY(image.save(png));
        QVERIFY(QFileInfo(png).size() > 0);

        const QImage saved(png);
        QCOMPARE(saved.size(), image.size());
        QVERIFY(saved.width() >= 1280 && saved.height() >= 800);
        QSet<QRgb> colours;
        for (int y = 0; y < saved.height(); y += 7)
            for (int x = 0; x < saved.width(); x += 7)
                colours.insert(saved.pixel(x, y));
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
        qInfo("screenshot: %s", qPrintable(png));
    }
};

QTEST_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
