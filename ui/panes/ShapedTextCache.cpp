#include "panes/ShapedTextCache.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTransform>

#include <algorithm>

namespace pgrepl::ui {

namespace {
// More distinct fonts than this means the view's font keeps changing (a
// zoom, say): start over rather than keep layouts for fonts long gone.
constexpr qsizetype kMaxFonts = 8;
constexpr char16_t kFirstAscii = 0x20;
constexpr char16_t kLastAscii = 0x7e;

bool isPrintableAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
        [](QChar c) { return c.unicode() >= kFirstAscii && c.unicode() <= kLastAscii; });
}
} // namespace

void ShapedTextCache::Line::draw(QPainter *painter, int x, int top) const
{
    if (m_ascii)
        painter->drawGlyphRun(QPointF(x, top + m_ascent), m_run);
    else
        painter->drawStaticText(QPoint(x, top), m_shaped);
}

ShapedTextCache::ShapedTextCache(int capacity) : m_lines(std::max(1, capacity)) { }

void ShapedTextCache::clear()
{
    m_lines.clear();
    m_fonts.clear();
}

ShapedTextCache::Font ShapedTextCache::makeFont(const QFont &font)
{
    Font f;
    f.font = font;
    f.ascent = QFontMetrics(font).ascent();
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
    // The ellipsis QFontMetrics::elidedText() uses: U+2026, or three dots.
    const QList<quint32> ellipsis = f.raw.glyphIndexesForString(QString(QChar(0x2026)));
    if (ellipsis.size() == 1 && ellipsis[0] != 0) {
        f.ellipsis = QString(QChar(0x2026));
        f.ellipsisGlyph = ellipsis[0];
        f.ellipsisAdvance = f.raw.advancesForGlyphIndexes(ellipsis).value(0).x();
    } else {
        return f;
    }
    f.ascii = true;
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

bool ShapedTextCache::layOutAscii(
    const Font &f, const QString &text, int width, Qt::TextElideMode mode, Line *line)
{
    if (!f.ascii || f.font.kerning() || !isPrintableAscii(text))
        return false;
    auto advanceOf = [&](QChar c) { return f.advances[std::size_t(c.unicode() - kFirstAscii)]; };
    qreal total = 0;
    for (QChar c : text)
        total += advanceOf(c);
    qsizetype kept = text.size();
    bool elided = false;
    if (total > width && mode != Qt::ElideNone) {
        const qreal available = width - f.ellipsisAdvance;
        if (mode != Qt::ElideRight || available <= 0)
            return false; // the shaped path elides the middle, the left, or to nothing
        // As QFontMetrics::elidedText() cuts: a character stays while the
        // text up to and with it is narrower than the room the ellipsis
        // leaves.
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
    line->m_run.setRawFont(f.raw);
    line->m_run.setGlyphIndexes(glyphs);
    line->m_run.setPositions(positions);
    line->m_width = qRound(x);
    line->m_ascent = f.ascent;
    line->m_ascii = true;
    return true;
}

void ShapedTextCache::shape(
    const QFont &font, const QString &text, int width, Qt::TextElideMode mode, Line *line)
{
    const QFontMetrics fm(font);
    QString shown = text;
    // Widths are only measured when the text might not fit.
    if (qsizetype(shown.size()) * fm.maxWidth() > width && fm.horizontalAdvance(shown) > width)
        shown = fm.elidedText(shown, mode, width);
    line->m_text = shown;
    line->m_shaped.setTextFormat(Qt::PlainText);
    line->m_shaped.setText(shown);
    line->m_shaped.prepare(QTransform(), font);
    line->m_width = fm.horizontalAdvance(shown);
    line->m_ascent = fm.ascent();
}

const ShapedTextCache::Line &ShapedTextCache::line(
    const QString &text, const QFont &font, int width, Qt::TextElideMode mode)
{
    Key key {text, width, fontSlot(font), int(mode)};
    if (const Line *hit = m_lines.object(key))
        return *hit;
    auto *line = new Line;
    if (!layOutAscii(m_fonts[key.font], text, width, mode, line))
        shape(font, text, width, mode, line);
    // A cost of 1 always fits (the capacity is at least 1), so the cache
    // takes it and it lives at least until the next call.
    m_lines.insert(std::move(key), line);
    return *line;
}

} // namespace pgrepl::ui
