// The main window as a user sees it after opening a capture made from a real
// PostgreSQL 15 stream (proto 1), with an Update selected: saved as
// screenshot-mainwindow.png next to the test binary, for a person to look at.
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
#include <QTreeView>
#include <QtTest>

using namespace pgrepl;
using namespace pgrepl::pgoutput;

namespace {

constexpr quint64 StartLsn = 0x1EF4000;
constexpr qint64 CaptureStartUs = Q_INT64_C(1764255600000000); // 2025-11-27 15:00 UTC
constexpr std::int64_t PgEpochOffsetUs = Q_INT64_C(946684800000000);

QByteArray be64(quint64 v)
{
    QByteArray b(8, '\0');
    for (int i = 0; i < 8; ++i)
        b[i] = static_cast<char>((v >> (8 * (7 - i))) & 0xff);
    return b;
}

CaptureHeader plausibleHeader(const QString &startCommand)
{
    CaptureHeader h;
    h.systemId = QStringLiteral("7441234567890123456");
    h.timeline = 1;
    h.serverVersion = QStringLiteral("15.5 (Debian 15.5-0+deb12u1)");
    h.serverVersionNum = 150005;
    h.database = QStringLiteral("shop");
    h.slotName = QStringLiteral("inspector_demo");
    h.publications = {{QStringLiteral("pub_all"), QStringLiteral("FOR ALL TABLES")}};
    h.startReplicationCommand = startCommand;
    h.startLsn = Lsn(StartLsn);
    h.captureStartUs = CaptureStartUs;
    h.timeZone = QStringLiteral("UTC");
    h.dateStyle = QStringLiteral("ISO, MDY");
    h.intervalStyle = QStringLiteral("postgres");
    h.extraFloatDigits = 3;
    h.serverEncoding = QStringLiteral("UTF8");
    h.typeNames.insert(17305,
        CaptureTypeName {QStringLiteral("Odd Schema"), QStringLiteral("mood"),
            QStringLiteral("\"Odd Schema\".mood"), 0, false});
    return h;
}

// The capture's messages as the session would have received them, with a
// keepalive and our status update after every few transactions.
StreamEventBatch streamFromCapture()
{
    DecoderState state;
    QString error;
    auto reader
        = RecvlogicalReader::open(QStringLiteral(PGOUTPUT_TEST_DATA "/proto1-changes.bin"), state, &error);
    if (!reader)
        qFatal("cannot read the capture: %s", qPrintable(error));
    StreamEventBatch out;
    quint64 lsn = StartLsn;
    qint64 now = CaptureStartUs;
    int commits = 0;
    for (const auto &entry : reader->readAll()) {
        StreamEvent e;
        e.kind = StreamEvent::Kind::XLogData;
        now += 1500;
        lsn += quint64(entry.raw.size());
        e.receivedAtUs = now;
        e.walStart = Lsn(lsn);
        e.walEnd = Lsn(lsn);
        e.serverTime = now - PgEpochOffsetUs - 800;
        e.payload = entry.raw.toByteArray();
        out << e;
        if (std::holds_alternative<Commit>(entry.message) && ++commits % 4 == 0) {
            StreamEvent k;
            k.kind = StreamEvent::Kind::Keepalive;
            k.receivedAtUs = now += 10000;
            k.walEnd = Lsn(lsn);
            k.serverTime = now - PgEpochOffsetUs;
            k.payload = 'k' + be64(lsn) + be64(quint64(k.serverTime)) + '\0';
            out << k;
            StreamEvent r;
            r.kind = StreamEvent::Kind::StatusUpdate;
            r.receivedAtUs = now += 200;
            r.walEnd = Lsn(lsn);
            r.payload = 'r' + be64(lsn) + be64(lsn) + be64(lsn) + be64(quint64(now - PgEpochOffsetUs)) + '\0';
            out << r;
        }
    }
    return out;
}

} // namespace

class TestScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Keep the window layout of this test out of the user's settings.
        QStandardPaths::setTestModeEnabled(true);
        ui::initResources();
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
