#include "panes/ShapedTextCache.h"

#include <QFontMetrics>
#include <QPaintEngine>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace pgrepl::ui {

namespace {
// More distinct fonts than this means the view's font keeps changing (a
// zoom, say): start over rather than keep layouts for fonts long gone.
constexpr qsizetype kMaxFonts = 8;
constexpr char16_t kFirstAscii = 0x20;
constexpr char16_t kLastAscii = 0x7e;
// Pictures of texts, in KiB: a few thousand cells' worth.
constexpr qsizetype kPictureCacheKiB = 8 * 1024;
// Around the glyphs' own bounds, for antialiasing and hinting.
constexpr int kPicturePadding = 2;

bool isPrintableAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
        [](QChar c) { return c.unicode() >= kFirstAscii && c.unicode() <= kLastAscii; });
}

// Qt lays such a font out from its glyphs' advances alone (no shaping, no
// kerning) and draws nothing but the glyphs.
bool laidOutFromAdvances(const QFont &font)
{
    // Letter spacing in percent is 100 (or 0, unset) when there is none.
    const qreal spacing = font.letterSpacing();
    const bool unspaced = font.letterSpacingType() == QFont::PercentageSpacing
        ? (spacing == 0 || spacing == 100)
        : spacing == 0;
    return (font.styleStrategy() & QFont::PreferNoShaping) != 0 && !font.kerning() && unspaced
        && font.wordSpacing() == 0 && font.capitalization() == QFont::MixedCase && !font.underline()
        && !font.strikeOut() && !font.overline();
}
} // namespace

void ShapedTextCache::Line::draw(QPainter *painter, int x, int top) const
{
    const QPointF origin(x, top + m_baseline);
    for (const QGlyphRun &run : m_runs)
        painter->drawGlyphRun(origin, run);
}

ShapedTextCache::ShapedTextCache(int capacity) : m_lines(std::max(1, capacity)), m_pictures(kPictureCacheKiB)
{ }

void ShapedTextCache::clear()
{
    m_lines.clear();
    m_pictures.clear();
    m_fonts.clear();
}

ShapedTextCache::Picture ShapedTextCache::render(const Line &line, const QColor &color, int pixelRatio)
{
    QRectF bounds;
    for (const QGlyphRun &run : line.m_runs)
        bounds |= run.boundingRect();
    bounds.translate(0, line.m_baseline);
    Picture picture;
    // Whole logical pixels: at a whole pixel ratio the glyphs then land on
    // the same device positions, and so the same pixels, as drawn directly.
    picture.offset = QPoint(
        int(std::floor(bounds.left())) - kPicturePadding, int(std::floor(bounds.top())) - kPicturePadding);
    const QSize size(int(std::ceil(bounds.right())) + kPicturePadding - picture.offset.x(),
        int(std::ceil(bounds.bottom())) + kPicturePadding - picture.offset.y());
    picture.image = QImage(size * pixelRatio, QImage::Format_ARGB32_Premultiplied);
    picture.image.setDevicePixelRatio(pixelRatio);
    picture.image.fill(Qt::transparent);
    QPainter p(&picture.image);
    p.setPen(color);
    line.draw(&p, -picture.offset.x(), -picture.offset.y());
    return picture;
}

void ShapedTextCache::draw(QPainter *painter, const Line &line, int x, int top)
{
    const QPaintEngine *engine = painter->paintEngine();
    const QTransform &transform = painter->deviceTransform();
    const qreal ratio = painter->device()->devicePixelRatio();
    const bool direct = line.m_runs.isEmpty() || !engine || engine->type() != QPaintEngine::Raster
        || ratio != std::floor(ratio) || transform.type() > QTransform::TxScale || transform.m11() != ratio
        || transform.m22() != ratio || transform.dx() != std::floor(transform.dx())
        || transform.dy() != std::floor(transform.dy()) || painter->opacity() != 1.0
        || painter->compositionMode() != QPainter::CompositionMode_SourceOver
        || painter->pen().style() == Qt::NoPen || painter->pen().brush().style() != Qt::SolidPattern;
    if (direct) {
        line.draw(painter, x, top);
        return;
    }
    const QColor color = painter->pen().color();
    PictureKey key {line.m_text, line.m_font, line.m_direction, color.rgba(), int(ratio)};
    Picture *picture = m_pictures.object(key);
    if (!picture) {
        m_pictures.insert(std::move(key), new Picture, 1);
        line.draw(painter, x, top);
        return;
    }
    if (picture->image.isNull()) {
        auto *rendered = new Picture(render(line, color, int(ratio)));
        const qsizetype cost = 1 + rendered->image.sizeInBytes() / 1024;
        if (!m_pictures.insert(key, rendered, cost)) {
            line.draw(painter, x, top);
            return;
        }
        picture = rendered;
    }
    painter->drawImage(QPoint(x + picture->offset.x(), top + picture->offset.y()), picture->image);
    ++m_picturesDrawn;
}

ShapedTextCache::Font ShapedTextCache::makeFont(const QFont &font)
{
    Font f;
    f.font = font;
    f.ascent = QFontMetrics(font).ascent();
    if (!laidOutFromAdvances(font))
        return f;
    f.raw = QRawFont::fromFont(font, QFontDatabase::Latin);
    if (!f.raw.isValid())
        return f;
    QString all;
    for (char16_t c = kFirstAscii; c <= kLastAscii; ++c)
        all.append(QChar(c));
    const QList<quint32> glyphs = f.raw.glyphIndexesForString(all);
    if (glyphs.size() != all.size() || glyphs.contains(0u))
        return f; // a fallback font would draw some of them: shape those
    const QList<QPointF> advances = f.raw.advancesForGlyphIndexes(glyphs);
    for (qsizetype i = 0; i < glyphs.size(); ++i) {
        f.glyphs[std::size_t(i)] = glyphs[i];
        f.advances[std::size_t(i)] = advances[i].x();
    }
    // The ellipsis QFontMetrics::elidedText() uses, when the font has it.
    const QList<quint32> ellipsis = f.raw.glyphIndexesForString(QString(QChar(0x2026)));
    if (ellipsis.size() != 1 || ellipsis[0] == 0)
        return f;
    f.ellipsis = QString(QChar(0x2026));
    f.ellipsisGlyph = ellipsis[0];
    f.ellipsisAdvance = f.raw.advancesForGlyphIndexes(ellipsis).value(0).x();
    f.fromAdvances = true;
    return f;
}

int ShapedTextCache::fontSlot(const QFont &font)
{
    const auto it
        = std::find_if(m_fonts.cbegin(), m_fonts.cend(), [&](const Font &f) { return f.font == font; });
    if (it != m_fonts.cend())
        return int(it - m_fonts.cbegin());
    if (m_fonts.size() >= kMaxFonts)
        clear();
    m_fonts.append(makeFont(font));
    return int(m_fonts.size() - 1);
}

bool ShapedTextCache::layOutFromAdvances(const Font &f, const QString &text, int width,
    Qt::TextElideMode mode, Qt::LayoutDirection direction, Line *line)
{
    if (!f.fromAdvances || direction != Qt::LeftToRight || !isPrintableAscii(text))
        return false;
    auto advanceOf = [&](QChar c) { return f.advances[std::size_t(c.unicode() - kFirstAscii)]; };
    qreal total = 0;
    for (QChar c : text)
        total += advanceOf(c);
    qsizetype kept = text.size();
    bool elided = false;
    // QFontMetrics::elidedText() leaves a single character whole.
    if (total > width && mode != Qt::ElideNone && text.size() > 1) {
        const qreal available = width - f.ellipsisAdvance;
        if (mode != Qt::ElideRight || available <= 0)
            return false; // the shaped path elides the middle, the left, or to nothing
        // As elidedText() cuts: a character stays while the text up to and
        // with it is narrower than the room the ellipsis leaves.
        qreal used = 0;
        kept = 0;
        while (kept < text.size() && used + advanceOf(text[kept]) < available)
            used += advanceOf(text[kept++]);
        elided = true;
    }
    QList<quint32> glyphs;
    QList<QPointF> positions;
    glyphs.reserve(kept + 1);
    positions.reserve(kept + 1);
    qreal x = 0;
    for (qsizetype i = 0; i < kept; ++i) {
        glyphs.append(f.glyphs[std::size_t(text[i].unicode() - kFirstAscii)]);
        positions.append(QPointF(x, 0));
        x += advanceOf(text[i]);
    }
    line->m_text = text.left(kept);
    if (elided) {
        glyphs.append(f.ellipsisGlyph);
        positions.append(QPointF(x, 0));
        x += f.ellipsisAdvance;
        line->m_text += f.ellipsis;
    }
    QGlyphRun run;
    run.setRawFont(f.raw);
    run.setGlyphIndexes(glyphs);
    run.setPositions(positions);
    line->m_runs = {run};
    line->m_width = qRound(x);
    line->m_baseline = f.ascent;
    line->m_fromAdvances = true;
    return true;
}

void ShapedTextCache::shape(const QFont &font, const QString &text, int width, Qt::TextElideMode mode,
    Qt::LayoutDirection direction, Line *line)
{
    const QFontMetrics fm(font);
    QString shown = text;
    // Only text that might not fit is measured. (Not by horizontalAdvance():
    // it rounds, and elidedText() cuts a text a fraction too wide.)
    if (qsizetype(shown.size()) * fm.maxWidth() > width)
        shown = fm.elidedText(shown, mode, width);
    line->m_text = shown;
    line->m_width = fm.horizontalAdvance(shown);
    // As drawText() lays a string out: one line from the left, in the
    // painter's direction, fallback fonts on the same baseline.
    QTextLayout layout(shown, font);
    QTextOption option(Qt::AlignLeft | Qt::AlignAbsolute);
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(direction);
    layout.setTextOption(option);
    layout.beginLayout();
    QTextLine textLine = layout.createLine();
    if (textLine.isValid())
        textLine.setLineWidth(std::max(line->m_width, width) + 1);
    layout.endLayout();
    line->m_runs = layout.glyphRuns();
    line->m_baseline = fm.ascent() - (textLine.isValid() ? textLine.ascent() : 0);
}

const ShapedTextCache::Line &ShapedTextCache::line(
    const QString &text, const QFont &font, int width, Qt::TextElideMode mode, Qt::LayoutDirection direction)
{
    Key key {text, width, fontSlot(font), int(mode), int(direction)};
    if (const Line *hit = m_lines.object(key))
        return *hit;
    auto *line = new Line;
    line->m_font = key.font;
    line->m_direction = int(direction);
    if (!layOutFromAdvances(m_fonts[key.font], text, width, mode, direction, line))
        shape(font, text, width, mode, direction, line);
    // A cost of 1 always fits (the capacity is at least 1), so the cache
    // takes it and it lives at least until the next call.
    m_lines.insert(std::move(key), line);
    return *line;
}

} // namespace pgrepl::ui
