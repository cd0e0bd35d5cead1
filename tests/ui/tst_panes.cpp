#include "panes/BytesView.h"
#include "panes/Format.h"
#include "panes/LsnPanel.h"
#include "panes/PlaceholderTreeView.h"
#include "panes/RateGraph.h"

#include <QLabel>
#include <QLayout>
#include <QScrollBar>
#include <QSet>
#include <QStandardItemModel>
#include <QTimer>
#include <QtTest>

#include <cmath>
#include <limits>

using pgrepl::Lsn;
using pgrepl::ui::BytesView;
using pgrepl::ui::LsnPanel;
using pgrepl::ui::PlaceholderTreeView;
using pgrepl::ui::RateGraph;

namespace {

QByteArray counting(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        data[i] = static_cast<char>(i & 0xff);
    return data;
}

QString labelText(const QWidget &parent, const QString &name)
{
    const auto *label = parent.findChild<QLabel *>(name);
    return label ? label->text() : QStringLiteral("<no label %1>").arg(name);
}

// Counts the events of one type that reach the object it filters.
class EventCounter final : public QObject
{
public:
    explicit EventCounter(QEvent::Type type) : m_type(type) { }
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == m_type)
            ++count;
        return QObject::eventFilter(watched, event);
    }

private:
    QEvent::Type m_type;
};

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

void saveScreenshot(QWidget &widget, const QString &name)
{
    const QString path = QStringLiteral(PANES_SCREENSHOT_DIR "/") + name;
    QVERIFY2(widget.grab().save(path), qPrintable(path));
}

} // namespace

class TestPanes : public QObject
{
    Q_OBJECT

private slots:
    void formatBytes_data()
    {
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 B");
        QTest::newRow("bytes") << qint64(512) << QStringLiteral("512 B");
        QTest::newRow("just below KiB") << qint64(1023) << QStringLiteral("1023 B");
        QTest::newRow("one KiB") << qint64(1024) << QStringLiteral("1.0 KiB");
        QTest::newRow("lag of 0x2000") << qint64(0x2000) << QStringLiteral("8.0 KiB");
        QTest::newRow("12.4 KiB") << qint64(12698) << QStringLiteral("12.4 KiB");
        QTest::newRow("rounds up to MiB") << qint64(1024 * 1024 - 1) << QStringLiteral("1.0 MiB");
        QTest::newRow("3 MiB") << qint64(3 * 1024 * 1024) << QStringLiteral("3.0 MiB");
        QTest::newRow("12.4 MiB") << qint64(13002342) << QStringLiteral("12.4 MiB");
        QTest::newRow("1.2 GiB") << qint64(1288490189) << QStringLiteral("1.2 GiB");
        QTest::newRow("TiB") << qint64(5) * 1024 * 1024 * 1024 * 1024 << QStringLiteral("5.0 TiB");
        QTest::newRow("max") << std::numeric_limits<qint64>::max() << QStringLiteral("8.0 EiB");
        QTest::newRow("negative") << qint64(-2048) << QStringLiteral("-2.0 KiB");
        QTest::newRow("negative bytes") << qint64(-5) << QStringLiteral("-5 B");
        QTest::newRow("min") << std::numeric_limits<qint64>::min() << QStringLiteral("-8.0 EiB");
    }
    void formatBytes()
    {
        QFETCH(qint64, bytes);
        QFETCH(QString, text);
        QCOMPARE(pgrepl::ui::formatBytes(bytes), text);
    }

    void formatDuration_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("clock went back") << qint64(-5) << QStringLiteral("0 s");
        QTest::newRow("seconds") << qint64(59) << QStringLiteral("59 s");
        QTest::newRow("one minute") << qint64(60) << QStringLiteral("1 min 00 s");
        QTest::newRow("minutes") << qint64(125) << QStringLiteral("2 min 05 s");
        QTest::newRow("hours") << qint64(3720) << QStringLiteral("1 h 02 min");
        QTest::newRow("days") << qint64(90000) << QStringLiteral("1 d 01 h");
    }
    void formatDuration()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(pgrepl::ui::formatDuration(seconds), text);
    }

    // --- BytesView ---------------------------------------------------------

    void bytesViewEmptyShowsPlaceholder()
    {
        BytesView view;
        view.resize(500, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.byteRect(0).isEmpty());
        QCOMPARE(view.byteAt(QPoint(40, 10)), qsizetype(-1));
        // The centred placeholder is the only thing painted: pixels differ from
        // the background around the centre line and nowhere near the top.
        const QImage image = view.viewport()->grab().toImage();
        const QRgb base = view.palette().color(QPalette::Base).rgb();
        bool inkAtCentre = false;
        for (int x = 0; x < image.width(); ++x) {
            inkAtCentre = inkAtCentre || image.pixel(x, image.height() / 2) != base;
            QCOMPARE(image.pixel(x, 3), base);
        }
        QVERIFY(inkAtCentre);
    }

    void bytesViewClick_data()
    {
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<bool>("ascii");
        for (const qsizetype offset : {0, 7, 8, 15, 16, 37, 99}) {
            QTest::addRow("hex %lld", static_cast<long long>(offset)) << offset << false;
            QTest::addRow("ascii %lld", static_cast<long long>(offset)) << offset << true;
        }
    }
    void bytesViewClick()
    {
        QFETCH(qsizetype, offset);
        QFETCH(bool, ascii);
        BytesView view;
        view.setData(counting(100));
        view.resize(view.sizeHint());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy clicked(&view, &BytesView::byteClicked);
        const QRect cell = view.byteRect(offset, ascii ? BytesView::Column::Ascii : BytesView::Column::Hex);
        QVERIFY(view.viewport()->rect().contains(cell));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.at(0).at(0).value<qsizetype>(), offset);
    }

    void bytesViewClickOutsideBytes()
    {
        BytesView view;
        view.setData(counting(20)); // the second line holds only 4 bytes
        view.resize(view.sizeHint());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy clicked(&view, &BytesView::byteClicked);
        // The gap between the two groups of eight.
        const QPoint gap(
            (view.byteRect(7).right() + view.byteRect(8).left()) / 2, view.byteRect(7).center().y());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, gap);
        // The offset column, and where byte 25 would be on the short last line.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(2, view.byteRect(0).center().y()));
        const QRect last = view.byteRect(19);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, last.center() + QPoint(8 * last.width(), 0));
        QCOMPARE(clicked.count(), 0);
    }

    void bytesViewHighlight_data()
    {
        QTest::addColumn<qsizetype>("offset");
        QTest::addColumn<qsizetype>("length");
        QTest::addColumn<qsizetype>("expectedOffset");
        QTest::addColumn<qsizetype>("expectedLength");
        QTest::newRow("inside") << qsizetype(20) << qsizetype(5) << qsizetype(20) << qsizetype(5);
        QTest::newRow("clipped at end") << qsizetype(95) << qsizetype(50) << qsizetype(95) << qsizetype(5);
        QTest::newRow("past end clears") << qsizetype(100) << qsizetype(1) << qsizetype(-1) << qsizetype(0);
        QTest::newRow("negative clears") << qsizetype(-1) << qsizetype(4) << qsizetype(-1) << qsizetype(0);
        QTest::newRow("empty clears") << qsizetype(3) << qsizetype(0) << qsizetype(-1) << qsizetype(0);
    }
    void bytesViewHighlight()
    {
        QFETCH(qsizetype, offset);
        QFETCH(qsizetype, length);
        QFETCH(qsizetype, expectedOffset);
        QFETCH(qsizetype, expectedLength);
        BytesView view;
        view.setData(counting(100));
        view.setHighlight(10, 2);
        view.setHighlight(offset, length);
        QCOMPARE(view.highlightOffset(), expectedOffset);
        QCOMPARE(view.highlightLength(), expectedLength);
    }

    void bytesViewPaintsHighlightInBothColumns()
    {
        BytesView view;
        view.setData(counting(64));
        view.resize(view.sizeHint());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setHighlight(20, 3);
        const QImage image = view.viewport()->grab().toImage();
        const QRgb highlight = view.palette().color(QPalette::Highlight).rgb();
        const QRgb base = view.palette().color(QPalette::Base).rgb();
        // The space between two marked hex cells is filled; so is the top row
        // of a marked ASCII cell, above any glyph. Unmarked neighbours are not.
        const auto between = [&](qsizetype a) {
            return QPoint(
                (view.byteRect(a).right() + view.byteRect(a + 1).left()) / 2, view.byteRect(a).top() + 1);
        };
        QCOMPARE(image.pixel(between(20)), highlight);
        QCOMPARE(image.pixel(between(21)), highlight);
        QCOMPARE(image.pixel(between(23)), base);
        QCOMPARE(
            image.pixel(view.byteRect(22, BytesView::Column::Ascii).topLeft() + QPoint(1, 0)), highlight);
        QCOMPARE(image.pixel(view.byteRect(24, BytesView::Column::Ascii).topLeft() + QPoint(1, 0)), base);
        view.clearHighlight();
        QCOMPARE(view.viewport()->grab().toImage().pixel(between(20)), base);
    }

    void bytesViewLargePayloadScrollsToHighlight()
    {
        BytesView view;
        view.resize(700, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setData(counting(1024 * 1024));
        QScrollBar *vbar = view.verticalScrollBar();
        QCOMPARE(vbar->value(), 0);
        QVERIFY(vbar->maximum() > 60000);
        // Far below: the view scrolls down until the byte is fully in sight.
        view.setHighlight(1000000, 4);
        QVERIFY(vbar->value() > 0);
        QVERIFY(view.viewport()->rect().contains(view.byteRect(1000000)));
        QVERIFY(view.viewport()->rect().contains(view.byteRect(1000000, BytesView::Column::Ascii)));
        // Back up near the start.
        view.setHighlight(40, 1);
        QCOMPARE(vbar->value(), 2);
        QVERIFY(view.viewport()->rect().contains(view.byteRect(40)));
        // Offsets of a 1 MiB payload need five hex digits, pushing the hex column right.
        BytesView small;
        small.setData(counting(16));
        QVERIFY(view.byteRect(40).left() > small.byteRect(8).left());
    }

    void bytesViewKeyboardScroll()
    {
        BytesView view;
        view.resize(700, 300);
        view.setData(counting(64 * 1024));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setFocus();
        QScrollBar *vbar = view.verticalScrollBar();
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(vbar->value(), 1);
        QTest::keyClick(&view, Qt::Key_PageDown);
        QCOMPARE(vbar->value(), 1 + vbar->pageStep());
        QTest::keyClick(&view, Qt::Key_End);
        QCOMPARE(vbar->value(), vbar->maximum());
        QTest::keyClick(&view, Qt::Key_Home);
        QCOMPARE(vbar->value(), 0);
    }

    void bytesViewSizeHintShowsWholeLine()
    {
        BytesView view;
        view.setData(counting(256));
        view.resize(view.sizeHint());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
        QVERIFY(view.viewport()->rect().contains(view.byteRect(15, BytesView::Column::Ascii)));
        QVERIFY(view.viewport()->rect().contains(view.byteRect(0)));
    }

    // --- RateGraph ---------------------------------------------------------

    void rateGraphRingKeepsNewest()
    {
        RateGraph graph;
        QCOMPARE(graph.capacity(), 120);
        QCOMPARE(graph.sampleCount(), 0);
        for (int i = 0; i < 150; ++i)
            graph.addSample(i, 10.0 * i);
        QCOMPARE(graph.sampleCount(), 120);
        QCOMPARE(graph.sampleAt(0).messagesPerSec, 30.0);
        QCOMPARE(graph.sampleAt(119).messagesPerSec, 149.0);
        QCOMPARE(graph.sampleAt(119).bytesPerSec, 1490.0);

        graph.setCapacity(10);
        QCOMPARE(graph.sampleCount(), 10);
        QCOMPARE(graph.sampleAt(0).messagesPerSec, 140.0);
        QCOMPARE(graph.sampleAt(9).messagesPerSec, 149.0);

        graph.setCapacity(50);
        QCOMPARE(graph.sampleCount(), 10);
        graph.addSample(7, 70);
        QCOMPARE(graph.sampleCount(), 11);
        QCOMPARE(graph.sampleAt(0).messagesPerSec, 140.0);
        QCOMPARE(graph.sampleAt(10).messagesPerSec, 7.0);

        graph.setCapacity(0);
        QCOMPARE(graph.capacity(), 2);
        QCOMPARE(graph.sampleAt(1).messagesPerSec, 7.0);

        graph.clear();
        QCOMPARE(graph.sampleCount(), 0);
        graph.addSample(1, 2);
        QCOMPARE(graph.sampleCount(), 1);
        QCOMPARE(graph.sampleAt(0).bytesPerSec, 2.0);
    }

    // A burst leaves the scale once it is ScaleWindow samples old.
    void rateGraphScaleForgetsOldBursts()
    {
        RateGraph graph;
        QCOMPARE(graph.scalePeaks().messagesPerSec, 0.0);
        graph.addSample(18000, 3e6);
        for (int i = 0; i < RateGraph::ScaleWindow - 1; ++i)
            graph.addSample(10, 2000);
        QCOMPARE(graph.scalePeaks().messagesPerSec, 18000.0); // still in the window
        QCOMPARE(graph.scalePeaks().bytesPerSec, 3e6);
        graph.addSample(12, 1000);
        QCOMPARE(graph.scalePeaks().messagesPerSec, 12.0);
        QCOMPARE(graph.scalePeaks().bytesPerSec, 2000.0);
        graph.resize(400, 300);
        QImage image(graph.size(), QImage::Format_ARGB32);
        graph.render(&image); // the clipped peak paints without trouble
        QCOMPARE(graph.sampleCount(), RateGraph::ScaleWindow + 1);
    }

    void rateGraphSanitizesSamples()
    {
        RateGraph graph;
        graph.addSample(-3, std::nan(""));
        graph.addSample(std::numeric_limits<double>::infinity(), 5);
        QCOMPARE(graph.sampleAt(0).messagesPerSec, 0.0);
        QCOMPARE(graph.sampleAt(0).bytesPerSec, 0.0);
        QCOMPARE(graph.sampleAt(1).messagesPerSec, 0.0);
        QCOMPARE(graph.sampleAt(1).bytesPerSec, 5.0);
    }

    void rateGraphPaints()
    {
        RateGraph graph;
        graph.resize(graph.sizeHint());
        const int emptyColours = distinctColours(graph.grab().toImage());
        for (int i = 0; i < 120; ++i)
            graph.addSample(50 + 40 * std::sin(i / 10.0), 200000 + 150000 * std::cos(i / 17.0));
        const QPixmap pixmap = graph.grab();
        QVERIFY(!pixmap.isNull());
        QCOMPARE(pixmap.size(), graph.size());
        // The series add colours to the empty grid and labels.
        QVERIFY(emptyColours > 2);
        QVERIFY(distinctColours(pixmap.toImage()) > emptyColours);
    }

    // --- LsnPanel ----------------------------------------------------------

    void lsnPanelLags_data()
    {
        QTest::addColumn<quint64>("received");
        QTest::addColumn<quint64>("walEnd");
        QTest::addColumn<QString>("receivedLsn");
        QTest::addColumn<QString>("receivedLag");
        QTest::addColumn<QString>("walEndLsn");
        QTest::newRow("behind") << Q_UINT64_C(0x1000) << Q_UINT64_C(0x3000) << QStringLiteral("0/1000")
                                << QStringLiteral("8.0 KiB behind") << QStringLiteral("0/3000");
        QTest::newRow("megabytes") << Q_UINT64_C(0x16B3748) << Q_UINT64_C(0x16B3748 + 13002342)
                                   << QStringLiteral("0/16B3748") << QStringLiteral("12.4 MiB behind")
                                   << QStringLiteral("0/2319DAE");
        QTest::newRow("caught up") << Q_UINT64_C(0x3000) << Q_UINT64_C(0x3000) << QStringLiteral("0/3000")
                                   << QStringLiteral("caught up") << QStringLiteral("0/3000");
        QTest::newRow("ahead of stale keepalive")
            << Q_UINT64_C(0x4000) << Q_UINT64_C(0x3000) << QStringLiteral("0/4000")
            << QStringLiteral("caught up") << QStringLiteral("0/3000");
        QTest::newRow("wal end unknown") << Q_UINT64_C(0x1000) << Q_UINT64_C(0) << QStringLiteral("0/1000")
                                         << QStringLiteral("\u2014") << QStringLiteral("\u2014");
        QTest::newRow("nothing received") << Q_UINT64_C(0) << Q_UINT64_C(0x3000) << QStringLiteral("\u2014")
                                          << QString() << QStringLiteral("0/3000");
    }
    void lsnPanelLags()
    {
        QFETCH(quint64, received);
        QFETCH(quint64, walEnd);
        QFETCH(QString, receivedLsn);
        QFETCH(QString, receivedLag);
        QFETCH(QString, walEndLsn);
        LsnPanel panel;
        panel.setLastReceived(Lsn(received));
        panel.setServerWalEnd(Lsn(walEnd));
        QCOMPARE(labelText(panel, QStringLiteral("lastReceivedLsn")), receivedLsn);
        QCOMPARE(labelText(panel, QStringLiteral("lastReceivedLag")), receivedLag);
        QCOMPARE(labelText(panel, QStringLiteral("serverWalEndLsn")), walEndLsn);
    }

    void lsnPanelSlotAndAckRows()
    {
        LsnPanel panel;
        for (const char *name : {"lastAcknowledgedLsn", "confirmedFlushLsn", "restartLsn", "timeSinceAck"})
            QCOMPARE(labelText(panel, QLatin1String(name)), QStringLiteral("\u2014"));

        panel.setServerWalEnd(Lsn(0x20000000));
        panel.setSlotPositions(Lsn(0x1FF00000), Lsn(0x10000000));
        QCOMPARE(labelText(panel, QStringLiteral("confirmedFlushLsn")), QStringLiteral("0/1FF00000"));
        QCOMPARE(labelText(panel, QStringLiteral("confirmedFlushLag")), QStringLiteral("1.0 MiB behind"));
        QCOMPARE(labelText(panel, QStringLiteral("restartLsn")), QStringLiteral("0/10000000"));
        QCOMPARE(labelText(panel, QStringLiteral("restartLag")), QStringLiteral("256.0 MiB behind"));
        // A new WAL end moves every lag.
        panel.setServerWalEnd(Lsn(0x20100000));
        QCOMPARE(labelText(panel, QStringLiteral("confirmedFlushLag")), QStringLiteral("2.0 MiB behind"));

        auto *timer = panel.findChild<QTimer *>(QStringLiteral("ackAgeTimer"));
        QVERIFY(timer);
        QVERIFY(!timer->isActive());
        panel.setLastAcknowledged(Lsn(0x20000000), QDateTime::currentDateTimeUtc().addSecs(-75));
        QCOMPARE(labelText(panel, QStringLiteral("lastAcknowledgedLsn")), QStringLiteral("0/20000000"));
        QCOMPARE(labelText(panel, QStringLiteral("lastAcknowledgedLag")), QStringLiteral("1.0 MiB behind"));
        QCOMPARE(labelText(panel, QStringLiteral("timeSinceAck")), QStringLiteral("1 min 15 s ago"));
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), 1000);
        // The timer, not a new acknowledgement, moves the age on.
        QTRY_COMPARE_WITH_TIMEOUT(
            labelText(panel, QStringLiteral("timeSinceAck")), QStringLiteral("1 min 16 s ago"), 3000);

        panel.rateGraph()->addSample(1, 2);
        panel.clear();
        QVERIFY(!timer->isActive());
        QCOMPARE(panel.rateGraph()->sampleCount(), 0);
        for (const char *name :
            {"lastReceivedLsn", "serverWalEndLsn", "lastAcknowledgedLsn", "restartLsn", "timeSinceAck"})
            QCOMPARE(labelText(panel, QLatin1String(name)), QStringLiteral("\u2014"));
        QCOMPARE(labelText(panel, QStringLiteral("restartLag")), QString());
    }

    // The WAL end's age shows once it has not moved for 5 s; a repeat of the
    // same position does not reset it, a new one does, a capture has none.
    void lsnPanelWalEndAge()
    {
        LsnPanel panel;
        auto *timer = panel.findChild<QTimer *>(QStringLiteral("walEndAgeTimer"));
        QVERIFY(timer);
        QVERIFY(!timer->isActive());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        panel.setServerWalEndAt(Lsn(0x3000000), now.addSecs(-2));
        QCOMPARE(labelText(panel, QStringLiteral("serverWalEndAge")), QString());
        QVERIFY(timer->isActive());
        panel.setServerWalEndAt(Lsn(0x3000000), now.addSecs(-1)); // same position: the age keeps counting
        panel.setServerWalEndAt(Lsn(0x4000000), now.addSecs(-90));
        QCOMPARE(
            labelText(panel, QStringLiteral("serverWalEndAge")), QStringLiteral("unchanged for 1 min 30 s"));
        panel.setServerWalEndAt(Lsn(0x4000000), now);
        QCOMPARE(
            labelText(panel, QStringLiteral("serverWalEndAge")), QStringLiteral("unchanged for 1 min 30 s"));
        panel.setServerWalEndAt(Lsn(0x5000000), now);
        QCOMPARE(labelText(panel, QStringLiteral("serverWalEndAge")), QString());
        panel.setServerWalEndAt(Lsn(0x6000000), QDateTime());
        QCOMPARE(labelText(panel, QStringLiteral("serverWalEndAge")), QString());
        QVERIFY(!timer->isActive());
        panel.setServerWalEnd(Lsn(0x7000000));
        QVERIFY(timer->isActive());
        panel.clear();
        QVERIFY(!timer->isActive());
        QCOMPARE(labelText(panel, QStringLiteral("serverWalEndAge")), QString());
    }

    void lsnPanelWarning()
    {
        LsnPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *warning = panel.findChild<QLabel *>(QStringLiteral("warning"));
        QVERIFY(warning);
        QVERIFY(!warning->isVisible());

        panel.setWarning(QStringLiteral("Slot retains 900 MiB of WAL"), false);
        QVERIFY(warning->isVisible());
        QCOMPARE(warning->text(), QStringLiteral("Slot retains 900 MiB of WAL"));
        QCOMPARE(warning->property("severe").toBool(), false);
        const QColor amber = warning->palette().color(QPalette::Window);

        panel.setWarning(QStringLiteral("<b>not markup</b>"), true);
        QVERIFY(warning->isVisible());
        QCOMPARE(warning->textFormat(), Qt::PlainText);
        QCOMPARE(warning->property("severe").toBool(), true);
        QVERIFY(warning->palette().color(QPalette::Window) != amber);

        panel.setWarning(QString(), true);
        QVERIFY(!warning->isVisible());
        panel.setWarning(QStringLiteral("again"), false);
        panel.clear();
        QVERIFY(!warning->isVisible());
    }

    // The values change with every batch received. A label grows to the
    // widest value it has shown, and no further change lays the panel out
    // again; at first a label is no wider than what it shows.
    void lsnPanelValuesKeepTheirSize()
    {
        LsnPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const auto widthOf = [&panel](const char *name) {
            auto *label = panel.findChild<QLabel *>(QLatin1String(name));
            return label ? label->width() : -1;
        };
        const int emptyLsnWidth = widthOf("confirmedFlushLsn");
        const int emptyLagWidth = widthOf("restartLag");

        const auto fits = [&panel](const char *name) {
            auto *label = panel.findChild<QLabel *>(QLatin1String(name));
            return label && label->sizeHint().width() <= label->width()
                && label->minimumWidth() == label->maximumWidth();
        };
        const auto show = [&panel](quint64 received, quint64 behind) {
            panel.setLastReceived(Lsn(received));
            panel.setServerWalEnd(Lsn(received + behind));
            panel.setSlotPositions(Lsn(received), Lsn(1));
        };
        const quint64 received = 0x10;
        for (const quint64 behind : {Q_UINT64_C(0), Q_UINT64_C(1023), Q_UINT64_C(1048471),
                 Q_UINT64_C(1152809832200000000), ~Q_UINT64_C(0) - received}) {
            show(received, behind);
            for (const char *name : {"lastReceivedLsn", "lastReceivedLag", "serverWalEndLsn",
                     "confirmedFlushLsn", "restartLsn", "restartLag"})
                QVERIFY2(fits(name), name);
        }
        QCOMPARE(labelText(panel, QStringLiteral("lastReceivedLag")), QStringLiteral("8.0 EiB behind"));
        show(~Q_UINT64_C(0) - 1, 0);
        QCOMPARE(labelText(panel, QStringLiteral("confirmedFlushLsn")), QStringLiteral("FFFFFFFF/FFFFFFFE"));
        QVERIFY(fits("confirmedFlushLsn"));
        QVERIFY(widthOf("confirmedFlushLsn") > emptyLsnWidth);
        QVERIFY(widthOf("restartLag") > emptyLagWidth);

        QCoreApplication::sendPostedEvents();
        EventCounter layoutRequests(QEvent::LayoutRequest);
        panel.installEventFilter(&layoutRequests);
        show(0x16B3748, 13002342);
        show(0x1000, 0);
        show(0x3000, 1023);
        QCOMPARE(labelText(panel, QStringLiteral("lastReceivedLag")), QStringLiteral("1023 B behind"));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(layoutRequests.count, 0);
    }

    void lsnPanelEmbedsRateGraph()
    {
        LsnPanel panel;
        QVERIFY(panel.rateGraph());
        QCOMPARE(panel.rateGraph()->parentWidget(), &panel);
        QCOMPARE(panel.findChild<RateGraph *>(), panel.rateGraph());
    }

    // --- PlaceholderTreeView ---------------------------------------------------

    // The text shows while the view has no rows, and goes with the first.
    void placeholderTreeView()
    {
        QStandardItemModel model;
        PlaceholderTreeView view;
        view.setModel(&model);
        view.resize(300, 150);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const auto shot = [&view](const QString &placeholder) {
            view.setPlaceholderText(placeholder);
            return view.viewport()->grab().toImage();
        };
        const QImage blank = shot(QString());
        QVERIFY(shot(QStringLiteral("Select a row to see its fields")) != blank);
        QCOMPARE(view.placeholderText(), QStringLiteral("Select a row to see its fields"));

        model.appendRow(new QStandardItem(QStringLiteral("a field")));
        const QImage withRow = view.viewport()->grab().toImage();
        QCOMPARE(shot(QString()), withRow);
        QVERIFY(withRow != blank);
    }

    // --- Screenshots for a human eye -----------------------------------------

    void screenshots()
    {
        BytesView bytes;
        // A pgoutput Insert ('I', relation 16386, new tuple of two text columns).
        QByteArray payload = QByteArray::fromHex("4900004002"
                                                 "4e0002"
                                                 "7400000002"
                                                 "3132"
                                                 "7400000011"
                                                 "68656c6c6f2c207265706c69636174696f6e");
        payload += counting(200);
        bytes.setData(payload);
        bytes.resize(bytes.sizeHint());
        bytes.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bytes));
        bytes.setHighlight(8, 6);
        saveScreenshot(bytes, QStringLiteral("panes-bytesview.png"));

        BytesView empty;
        empty.resize(empty.sizeHint().width(), 120);
        saveScreenshot(empty, QStringLiteral("panes-bytesview-empty.png"));

        RateGraph graph;
        graph.resize(graph.sizeHint());
        for (int i = 0; i < 100; ++i)
            graph.addSample(50 + 40 * std::sin(i / 10.0), 2000000 + 1500000 * std::cos(i / 17.0));
        saveScreenshot(graph, QStringLiteral("panes-rategraph.png"));

        LsnPanel panel;
        panel.setServerWalEnd(Lsn(0x3000000));
        panel.setLastReceived(Lsn(0x16B3748));
        panel.setLastAcknowledged(Lsn(0x1600000), QDateTime::currentDateTimeUtc().addSecs(-14));
        panel.setSlotPositions(Lsn(0x1600000), Lsn(0x1000000));
        panel.setWarning(
            QStringLiteral("The slot retains 900 MiB of WAL; max_slot_wal_keep_size is 1 GiB."), true);
        for (int i = 0; i < 120; ++i)
            panel.rateGraph()->addSample(20 + 15 * std::sin(i / 8.0), 40000 + 30000 * std::sin(i / 8.0));
        panel.resize(panel.sizeHint());
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        saveScreenshot(panel, QStringLiteral("panes-lsnpanel.png"));

        // The same under a dark palette, to check that every colour stays readable.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
        panel.setPalette(dark);
        bytes.setPalette(dark);
        saveScreenshot(panel, QStringLiteral("panes-lsnpanel-dark.png"));
        saveScreenshot(bytes, QStringLiteral("panes-bytesview-dark.png"));

        // Squeezed to its minimum, nothing may overlap.
        panel.setPalette(QPalette());
        // The wrapped warning needs more height as the panel narrows, which the
        // layout reports through height-for-width, as a dock or window would use it.
        const int narrow = panel.minimumSizeHint().width();
        panel.resize(narrow, panel.layout()->minimumHeightForWidth(narrow));
        saveScreenshot(panel, QStringLiteral("panes-lsnpanel-minimum.png"));
    }
};

QTEST_MAIN(TestPanes)
#include "tst_panes.moc"
