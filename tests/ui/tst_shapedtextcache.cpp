// ShapedTextCache: one-line cell texts elided and laid out once, drawn the
// same as the text they replace.
#include "panes/ShapedTextCache.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QtTest>

#include <functional>
#include <tuple>

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
        // Each text both ways: unkerned ASCII takes the fast path.
        const QList<std::tuple<const char *, QString, int>> texts {
            {"fits", QStringLiteral("BEGIN xid 734 (3 changes)"), 400},
            {"elided", QStringLiteral("INSERT id=7 note='Grüße aus Köln, ça va?'"), 120},
            {"digits", QStringLiteral("0/16B3748"), 200},
            {"time", QStringLiteral("12:04:59.317"), 200},
            {"ascii elided", QStringLiteral("INSERT id=7 note='hello there, how are you'"), 120},
            {"one char", QStringLiteral("I"), 200},
        };
        for (const auto &[name, text, width] : texts) {
            QTest::addRow("%s, unkerned", name) << text << width << false;
            QTest::addRow("%s, kerned", name) << text << width << true;
        }
        // Elided or not, at the very width of the whole text.
        const QString edge = QStringLiteral("UPDATE public.orders");
        QFont unkerned = QApplication::font();
        unkerned.setKerning(false);
        const int whole = QFontMetrics(unkerned).horizontalAdvance(edge);
        QTest::newRow("exact fit, unkerned") << edge << whole << false;
        QTest::newRow("one pixel short, unkerned") << edge << whole - 1 << false;
        QTest::newRow("no room for the ellipsis, unkerned") << edge << 3 << false;
    }
    void drawsWhatDrawTextDraws()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(bool, kerning);
        QFont font = QApplication::font();
        font.setKerning(kerning);
        const QFontMetrics fm(font);
        // The same text in the same pen on a white image, two ways.
        const auto render = [&](const std::function<void(QPainter *)> &draw) {
            QImage image(width + 20, fm.height() + 8, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter p(&image);
            p.setFont(font);
            p.setPen(Qt::black);
            draw(&p);
            return image;
        };
        ShapedTextCache cache;
        const QImage viaCache
            = render([&](QPainter *p) { cache.line(text, font, width, Qt::ElideRight).draw(p, 5, 4); });
        const QImage viaDrawText = render([&](QPainter *p) {
            p->drawText(QPoint(5, 4 + fm.ascent()), fm.elidedText(text, Qt::ElideRight, width));
        });
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
