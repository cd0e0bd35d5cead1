#pragma once

#include <QCache>
#include <QFont>
#include <QGlyphRun>
#include <QImage>
#include <QList>
#include <QRawFont>
#include <QString>

#include <array>

class QPainter;

namespace pgrepl::ui {

// Lays out one-line cell texts, elided to a width, and keeps the result of
// the recently painted ones. While the event list follows a busy slot it
// repaints ten times a second with mostly new rows, and shaping each cell's
// text (to measure, to elide and to draw) was most of a repaint: long enough
// that a busy machine stretched it past what a user notices.
//
// Where Qt itself would not shape (a font with kerning off and
// QFont::PreferNoShaping, no extra spacing or decoration, left-to-right
// text), printable ASCII (numbers, LSNs, times, kinds, most names) is laid
// out from each character's glyph and advance, looked up once per font.
// Other text goes through QTextLayout. Either way it draws the glyphs
// QPainter::drawText() draws for the elided text, on the same baseline.
class ShapedTextCache
{
public:
    class Line
    {
    public:
        int width() const { return m_width; } // of the text as drawn, for alignment
        QString text() const { return m_text; } // elided to fit
        bool fromAdvances() const { return m_fromAdvances; } // not shaped: the fast path
        // Draws it with its left end at x and the font's ascent below top
        // as its baseline, in the painter's pen.
        void draw(QPainter *painter, int x, int top) const;

    private:
        friend class ShapedTextCache;
        QString m_text;
        int m_width = 0;
        qreal m_baseline = 0; // from top to the runs' origin
        bool m_fromAdvances = false;
        int m_font = 0;
        int m_direction = 0;
        QList<QGlyphRun> m_runs;
    };

    explicit ShapedTextCache(int capacity = 4096);

    // text (one line) as it is drawn in width pixels with font and
    // direction, elided by mode when it does not fit (as
    // QFontMetrics::elidedText() would). The reference stays valid until
    // the next call.
    const Line &line(const QString &text, const QFont &font, int width, Qt::TextElideMode mode,
        Qt::LayoutDirection direction = Qt::LeftToRight);

    // Draws line as Line::draw() does. A text drawn a second time in the
    // same font and colour is drawn from then on as a picture of itself,
    // rendered once: a live list paints the same kinds, sizes and cut-off
    // summaries in every row and in every repaint, and blending each glyph
    // anew was most of a cell's cost. Painters other than a raster one at
    // a whole pixel ratio, translated by whole pixels, get the glyphs.
    void draw(QPainter *painter, const Line &line, int x, int top);

    qsizetype size() const { return m_lines.size(); }
    // Texts drawn from a picture (for tests and benchmarks).
    qsizetype picturesDrawn() const { return m_picturesDrawn; }
    void clear();

private:
    struct Key
    {
        QString text;
        int width;
        int font; // index into m_fonts
        int mode;
        int direction;
        bool operator==(const Key &) const = default;
        friend size_t qHash(const Key &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.text, k.width, k.font, k.mode, k.direction);
        }
    };
    // A font's glyph and advance for each printable ASCII character.
    struct Font
    {
        QFont font;
        QRawFont raw;
        bool fromAdvances = false; // Qt would not shape in it, and it has every glyph
        int ascent = 0;
        std::array<quint32, 95> glyphs {};
        std::array<qreal, 95> advances {};
        quint32 ellipsisGlyph = 0;
        qreal ellipsisAdvance = 0;
        QString ellipsis;
    };
    int fontSlot(const QFont &font);
    static Font makeFont(const QFont &font);
    static bool layOutFromAdvances(const Font &f, const QString &text, int width, Qt::TextElideMode mode,
        Qt::LayoutDirection direction, Line *line);
    static void shape(const QFont &font, const QString &text, int width, Qt::TextElideMode mode,
        Qt::LayoutDirection direction, Line *line);

    // A text as drawn in one font, direction and colour at one pixel ratio.
    struct PictureKey
    {
        QString text;
        int font;
        int direction;
        QRgb color;
        int pixelRatio;
        bool operator==(const PictureKey &) const = default;
        friend size_t qHash(const PictureKey &k, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, k.text, k.font, k.direction, k.color, k.pixelRatio);
        }
    };
    // Null until the text is drawn a second time: most texts of a busy
    // list are drawn once, and rendering those would only add work.
    struct Picture
    {
        QImage image;
        QPoint offset; // of the image's top left from (x, top), in logical pixels
    };
    static Picture render(const Line &line, const QColor &color, int pixelRatio);

    QCache<Key, Line> m_lines;
    QCache<PictureKey, Picture> m_pictures;
    qsizetype m_picturesDrawn = 0;
    QList<Font> m_fonts; // the few fonts cells use (normal, bold...)
};

} // namespace pgrepl::ui
