// ShapedTextCache: one-line cell texts elided and laid out once, drawn the
// same as the text they replace.
#include "panes/ShapedTextCache.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QtTest>

using namespace pgrepl::ui;

class TestShapedTextCache : public QObject
{
    Q_OBJECT

private slots:
    void shortTextIsKeptWhole()
    {
        ShapedTextCache cache;
        const QFont font = QApplication::font();
        const QString text = QStringLiteral("INSERT public.orders");
        const auto &line = cache.line(text, font, 1000, Qt::ElideRight);
        QCOMPARE(line.text(), text);
        QCOMPARE(line.width(), QFontMetrics(font).horizontalAdvance(text));
    }

    void longTextIsElidedToTheWidth()
    {
        ShapedTextCache cache;
        const QFont font = QApplication::font();
        const QFontMetrics fm(font);
        const QString text
            = QStringLiteral("id=1 customer_id=42 note='a rather long value that will not fit'");
        const int width = fm.horizontalAdvance(text) / 3;
        const auto &right = cache.line(text, font, width, Qt::ElideRight);
        QCOMPARE(right.text(), fm.elidedText(text, Qt::ElideRight, width));
        QVERIFY(right.text().endsWith(QChar(0x2026)));
        QVERIFY(right.width() <= width);
        const auto &middle = cache.line(text, font, width, Qt::ElideMiddle);
        QCOMPARE(middle.text(), fm.elidedText(text, Qt::ElideMiddle, width));
        QCOMPARE(cache.size(), 2);
    }

    void aRepeatIsServedFromTheCache()
    {
        ShapedTextCache cache;
        const QFont font = QApplication::font();
        const QString text = QStringLiteral("UPDATE public.customers");
        const ShapedTextCache::Line *first = &cache.line(text, font, 300, Qt::ElideRight);
        const ShapedTextCache::Line *again = &cache.line(QString(text), font, 300, Qt::ElideRight);
        QCOMPARE(again, first);
        QCOMPARE(cache.size(), 1);
        // Another width or font is another layout.
        const ShapedTextCache::Line *narrower = &cache.line(text, font, 40, Qt::ElideRight);
        QVERIFY(narrower != first);
        QFont bold = font;
        bold.setBold(true);
        const auto &boldLine = cache.line(text, bold, 300, Qt::ElideRight);
        QVERIFY(boldLine.width() > first->width());
        QCOMPARE(cache.size(), 3);
    }

    void staysWithinItsCapacity()
    {
        ShapedTextCache cache(50);
        const QFont font = QApplication::font();
        for (int i = 0; i < 500; ++i)
            QCOMPARE(cache.line(QString::number(i), font, 100, Qt::ElideRight).text(), QString::number(i));
        QCOMPARE(cache.size(), 50);
        // Many fonts (a zoom going on) start it over instead of piling up.
        for (int size = 6; size < 30; ++size) {
            QFont f = font;
            f.setPointSize(size);
            cache.line(QStringLiteral("x"), f, 100, Qt::ElideRight);
        }
        QVERIFY(cache.size() <= 8);
    }

    // The cached layout draws the very pixels drawText() would.
    void drawsWhatDrawTextDraws_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("kerning");
        QTest::newRow("fits, unkerned") << QStringLiteral("BEGIN xid 734 (3 changes)") << 400 << false;
        QTest::newRow("fits, kerned") << QStringLiteral("BEGIN xid 734 (3 changes)") << 400 << true;
        QTest::newRow("elided, unkerned")
            << QStringLiteral("INSERT id=7 note='Grüße aus Köln, ça va?'") << 120 << false;
        QTest::newRow("elided, kerned")
            << QStringLiteral("INSERT id=7 note='Grüße aus Köln, ça va?'") << 120 << true;
        QTest::newRow("digits, unkerned") << QStringLiteral("0/16B3748") << 200 << false;
        QTest::newRow("digits, kerned") << QStringLiteral("0/16B3748") << 200 << true;
        QTest::newRow("time, unkerned") << QStringLiteral("12:04:59.317") << 200 << false;
        QTest::newRow("time, kerned") << QStringLiteral("12:04:59.317") << 200 << true;
        QTest::newRow("ascii elided, unkerned")
            << QStringLiteral("INSERT id=7 note='hello there, how are you'") << 120 << false;
        QTest::newRow("ascii elided, kerned")
            << QStringLiteral("INSERT id=7 note='hello there, how are you'") << 120 << true;
        // Elided or not, at the very width of the whole text.
        const QString edge = QStringLiteral("UPDATE public.orders");
        QFont unkerned = QApplication::font();
        unkerned.setKerning(false);
        const int whole = QFontMetrics(unkerned).horizontalAdvance(edge);
        QTest::newRow("exact fit, unkerned") << edge << whole << false;
        QTest::newRow("one pixel short, unkerned") << edge << whole - 1 << false;
        QTest::newRow("no room for the ellipsis, unkerned") << edge << 3 << false;
        QTest::newRow("one char, unkerned") << QStringLiteral("I") << 200 << false;
        QTest::newRow("one char, kerned") << QStringLiteral("I") << 200 << true;
    }
    void drawsWhatDrawTextDraws()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(bool, kerning);
        QFont font = QApplication::font();
        font.setKerning(kerning);
        const QFontMetrics fm(font);
        QImage viaCache(width + 20, fm.height() + 8, QImage::Format_ARGB32_Premultiplied);
        QImage viaDrawText = viaCache;
        viaCache.fill(Qt::white);
        viaDrawText.fill(Qt::white);
        ShapedTextCache cache;
        {
            QPainter p(&viaCache);
            p.setFont(font);
            p.setPen(Qt::black);
            cache.line(text, font, width, Qt::ElideRight).draw(&p, 5, 4);
        }
        {
            QPainter p(&viaDrawText);
            p.setFont(font);
            p.setPen(Qt::black);
            p.drawText(QPoint(5, 4 + fm.ascent()), fm.elidedText(text, Qt::ElideRight, width));
        }
        const auto &line = cache.line(text, font, width, Qt::ElideRight);
        QCOMPARE(line.text(), QFontMetrics(font).elidedText(text, Qt::ElideRight, width));
        QCOMPARE(line.width(), QFontMetrics(font).horizontalAdvance(line.text()));
        // The fast path is what is under test wherever it can be taken.
        const bool ascii = std::all_of(
            text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
        QCOMPARE(line.fromAdvances(), ascii && !kerning && width > 20);
        QCOMPARE(viaCache, viaDrawText);
        // And something was drawn at all, unless nothing fits.
        QImage blank = viaCache;
        blank.fill(Qt::white);
        QCOMPARE(viaCache != blank, !line.text().isEmpty());
    }
};

QTEST_MAIN(TestShapedTextCache)
#include "tst_shapedtextcache.moc"
