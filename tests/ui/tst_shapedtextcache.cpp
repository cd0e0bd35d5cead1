// ShapedTextCache: one-line cell texts elided and laid out once, drawn the
// same as the text they replace.
#include "panes/ShapedTextCache.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QPicture>
#include <QtTest>

#include <functional>
#include <tuple>

using namespace pgrepl::ui;

namespace {
// How a cell's font is set up: as Qt's own text in a plain document
// (kerned, shaped), or as the event list sets it (neither).
enum class Setup { Default, Plain, PlainSpaced, PlainRightToLeft };

// The event list's cell font: no kerning, no shaping where none is needed.
QFont plainFont()
{
    QFont font = QApplication::font();
    font.setKerning(false);
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}
} // namespace

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

    // A text is pictured when drawn again in the same font and colour; a
    // new colour is a new picture, and of that colour.
    void aTextDrawnAgainComesFromAPicture()
    {
        ShapedTextCache cache;
        const QFont font = plainFont();
        QImage image(300, 40, QImage::Format_ARGB32_Premultiplied);
        const auto drawIn = [&](const QColor &color) {
            image.fill(Qt::white);
            QPainter p(&image);
            p.setPen(color);
            cache.draw(
                &p, cache.line(QStringLiteral("Transaction (committed)"), font, 280, Qt::ElideRight), 4, 4);
        };
        const auto count = [&](const QColor &color) {
            int n = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    n += image.pixelColor(x, y) == color ? 1 : 0;
            return n;
        };
        drawIn(Qt::red);
        QCOMPARE(cache.picturesDrawn(), 0);
        const QImage direct = image;
        drawIn(Qt::red);
        QCOMPARE(cache.picturesDrawn(), 1);
        QCOMPARE(image, direct);
        QVERIFY(count(Qt::red) > 0);
        drawIn(Qt::blue);
        QCOMPARE(cache.picturesDrawn(), 1);
        drawIn(Qt::blue);
        QCOMPARE(cache.picturesDrawn(), 2);
        QCOMPARE(count(Qt::red), 0);
        QVERIFY(count(Qt::blue) > 0);
        cache.clear();
        drawIn(Qt::red);
        QCOMPARE(cache.picturesDrawn(), 2);
    }

    // Where a picture would not land on the same pixels, or the painter
    // is not a raster one, the glyphs are drawn: the same output as Line::draw().
    void otherPaintersGetTheGlyphs_data()
    {
        QTest::addColumn<int>("setup");
        QTest::newRow("half-pixel translation") << 0;
        QTest::newRow("scaled") << 1;
        QTest::newRow("half opacity") << 2;
        QTest::newRow("gradient pen") << 3;
    }
    void otherPaintersGetTheGlyphs()
    {
        QFETCH(int, setup);
        const QFont font = plainFont();
        const QString text = QStringLiteral("INSERT public.orders");
        const auto render = [&](const std::function<void(QPainter *)> &draw) {
            QImage image(400, 60, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter p(&image);
            if (setup == 0)
                p.translate(0.5, 0);
            else if (setup == 1)
                p.scale(1.5, 1.5);
            else if (setup == 2)
                p.setOpacity(0.5);
            if (setup == 3)
                p.setPen(QPen(QBrush(QLinearGradient(0, 0, 200, 0)), 1));
            else
                p.setPen(Qt::black);
            draw(&p);
            return image;
        };
        ShapedTextCache cache;
        const auto &line = cache.line(text, font, 300, Qt::ElideRight);
        const QImage direct = render([&](QPainter *p) { line.draw(p, 5, 4); });
        for (int i = 0; i < 3; ++i)
            QCOMPARE(render([&](QPainter *p) { cache.draw(p, line, 5, 4); }), direct);
        QCOMPARE(cache.picturesDrawn(), 0);
        // Nor is anything pictured for a recording, whose replay may be scaled.
        QPicture recording;
        {
            QPainter p(&recording);
            cache.draw(&p, line, 5, 4);
            cache.draw(&p, line, 5, 4);
        }
        QCOMPARE(cache.picturesDrawn(), 0);
        QVERIFY(!recording.boundingRect().isEmpty());
    }

    // The cached layout draws the very pixels drawText() would.
    void drawsWhatDrawTextDraws_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::addColumn<Setup>("setup");
        QTest::addColumn<qreal>("pixelRatio");
        // Each text each way: plain ASCII takes the fast path.
        const QList<std::tuple<const char *, QString, int>> texts {
            {"fits", QStringLiteral("BEGIN xid 734 (3 changes)"), 400},
            {"elided", QStringLiteral("INSERT id=7 note='Grüße aus Köln, ça va?'"), 120},
            {"other glyphs", QStringLiteral("note=\u2713 \u2192 \u00e9t\u00e9 \u2014 \u20ac5"), 300},
            {"digits", QStringLiteral("0/16B3748"), 200},
            {"time", QStringLiteral("12:04:59.317"), 200},
            {"ascii elided", QStringLiteral("INSERT id=7 note='hello there, how are you'"), 120},
            {"ligature letters", QStringLiteral("office affluent fjord"), 300},
            {"one char", QStringLiteral("I"), 200},
            {"one char too wide", QStringLiteral("W"), 3},
        };
        for (const auto &[name, text, width] : texts) {
            QTest::addRow("%s, default", name) << text << width << Setup::Default << 1.0;
            QTest::addRow("%s, plain", name) << text << width << Setup::Plain << 1.0;
        }
        // A high-density screen, whole and fractional, as laptops have.
        for (const qreal ratio : {2.0, 1.5}) {
            for (const auto &[name, text, width] : texts) {
                QTest::addRow("%s, plain, pixel ratio %.1f", name, ratio)
                    << text << width << Setup::Plain << ratio;
                QTest::addRow("%s, default, pixel ratio %.1f", name, ratio)
                    << text << width << Setup::Default << ratio;
            }
        }
        QTest::newRow("spaced") << QStringLiteral("UPDATE public.orders") << 300 << Setup::PlainSpaced << 1.0;
        QTest::newRow("right to left")
            << QStringLiteral("BEGIN (3 changes)") << 300 << Setup::PlainRightToLeft << 1.0;
        // Elided or not, at the very width of the whole text.
        const QString edge = QStringLiteral("UPDATE public.orders");
        const int whole = QFontMetrics(plainFont()).horizontalAdvance(edge);
        QTest::newRow("exact fit, plain") << edge << whole << Setup::Plain << 1.0;
        QTest::newRow("one pixel short, plain") << edge << whole - 1 << Setup::Plain << 1.0;
        QTest::newRow("no room for the ellipsis, plain") << edge << 3 << Setup::Plain << 1.0;
    }
    void drawsWhatDrawTextDraws()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QFETCH(Setup, setup);
        QFETCH(qreal, pixelRatio);
        QFont font = setup == Setup::Default ? QApplication::font() : plainFont();
        if (setup == Setup::PlainSpaced)
            font.setLetterSpacing(QFont::AbsoluteSpacing, 1.5);
        const Qt::LayoutDirection direction
            = setup == Setup::PlainRightToLeft ? Qt::RightToLeft : Qt::LeftToRight;
        const QFontMetrics fm(font);
        // The same text in the same pen on a white image, two ways.
        const auto render = [&](const std::function<void(QPainter *)> &draw) {
            const QSize logical(std::max(width, fm.horizontalAdvance(text)) + 20, fm.height() + 8);
            QImage image((QSizeF(logical) * pixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
            image.setDevicePixelRatio(pixelRatio);
            image.fill(Qt::white);
            QPainter p(&image);
            p.setFont(font);
            p.setLayoutDirection(direction);
            p.setPen(Qt::black);
            draw(&p);
            return image;
        };
        ShapedTextCache cache;
        const QImage viaCache = render(
            [&](QPainter *p) { cache.line(text, font, width, Qt::ElideRight, direction).draw(p, 5, 4); });
        // Drawn a second time, from its picture where one is made.
        ShapedTextCache pictures;
        const auto drawAgain = [&](QPainter *p) {
            pictures.draw(p, pictures.line(text, font, width, Qt::ElideRight, direction), 5, 4);
        };
        render(drawAgain);
        const QImage viaPicture = render(drawAgain);
        const bool wholeRatio = pixelRatio == std::floor(pixelRatio);
        const bool drawsSomething
            = !pictures.line(text, font, width, Qt::ElideRight, direction).text().isEmpty();
        QCOMPARE(pictures.picturesDrawn(), wholeRatio && drawsSomething ? 1 : 0);
        const QImage viaDrawText = render([&](QPainter *p) {
            p->drawText(QPoint(5, 4 + fm.ascent()), fm.elidedText(text, Qt::ElideRight, width));
        });
        const auto &line = cache.line(text, font, width, Qt::ElideRight, direction);
        QCOMPARE(line.text(), fm.elidedText(text, Qt::ElideRight, width));
        QCOMPARE(line.width(), fm.horizontalAdvance(line.text()));
        // The fast path is what is under test wherever it can be taken.
        const bool ascii = std::all_of(
            text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
        const bool roomForEllipsis = width > 20 || text.size() == 1;
        QCOMPARE(line.fromAdvances(), ascii && setup == Setup::Plain && roomForEllipsis);
        QCOMPARE(viaCache, viaDrawText);
        QCOMPARE(viaPicture, viaDrawText);
        // And something was drawn at all, unless nothing fits.
        QImage blank = viaCache;
        blank.fill(Qt::white);
        QCOMPARE(viaCache != blank, !line.text().isEmpty());
    }
};

QTEST_MAIN(TestShapedTextCache)
#include "tst_shapedtextcache.moc"
