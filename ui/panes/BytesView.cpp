#include "panes/BytesView.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>

#include <algorithm>
#include <array>
#include <limits>

namespace pgrepl::ui {

namespace {

// Room between the frame and the text, in pixels.
constexpr int TopMargin = 2;

// Two upper-case hex digits for each byte value, built once: painting then
// allocates nothing per byte.
const std::array<QString, 256> &hexPairs()
{
    static const std::array<QString, 256> pairs = [] {
        std::array<QString, 256> table;
        for (int value = 0; value < 256; ++value)
            table[static_cast<std::size_t>(value)]
                = QStringLiteral("%1").arg(value, 2, 16, QLatin1Char('0')).toUpper();
        return table;
    }();
    return pairs;
}

QChar printable(char byte)
{
    const auto value = static_cast<unsigned char>(byte);
    return value >= 0x20 && value < 0x7f ? QLatin1Char(static_cast<char>(value)) : QLatin1Char('.');
}

} // namespace

BytesView::BytesView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setCursor(Qt::PointingHandCursor);
    updateScrollBars();
}

void BytesView::setData(const QByteArray &data)
{
    m_data = data;
    m_highlightOffset = -1;
    m_highlightLength = 0;
    updateScrollBars();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    viewport()->update();
}

void BytesView::setHighlight(qsizetype offset, qsizetype length)
{
    if (offset < 0 || length <= 0 || offset >= m_data.size()) {
        clearHighlight();
        return;
    }
    m_highlightOffset = offset;
    m_highlightLength = std::min(length, m_data.size() - offset);
    scrollToOffset(offset);
    viewport()->update();
}

void BytesView::clearHighlight()
{
    m_highlightOffset = -1;
    m_highlightLength = 0;
    viewport()->update();
}

qsizetype BytesView::lineCount() const
{
    return (m_data.size() + BytesPerLine - 1) / BytesPerLine;
}

int BytesView::offsetDigits() const
{
    // Wide enough for the last offset, and never fewer than four digits.
    int digits = 4;
    for (auto last = static_cast<quint64>(std::max<qsizetype>(m_data.size() - 1, 0)) >> 16; last != 0;
         last >>= 4)
        ++digits;
    return digits;
}

int BytesView::lineHeight() const
{
    return fontMetrics().lineSpacing();
}

int BytesView::charWidth() const
{
    return std::max(1, fontMetrics().horizontalAdvance(QLatin1Char('0')));
}

int BytesView::hexColumnStart() const
{
    return offsetDigits() + 2;
}

int BytesView::asciiColumnStart() const
{
    // 16 cells of "XX ", one extra space between the two groups of eight,
    // then a two-character gap before the ASCII column.
    return hexColumnStart() + BytesPerLine * 3 + 1 + 1;
}

int BytesView::contentWidth() const
{
    const int cw = charWidth();
    return cw + (asciiColumnStart() + BytesPerLine) * cw;
}

int BytesView::visibleLineCount() const
{
    return std::max(1, (viewport()->height() - TopMargin) / lineHeight());
}

void BytesView::updateScrollBars()
{
    const qsizetype lines = std::min<qsizetype>(lineCount(), std::numeric_limits<int>::max());
    const int visible = visibleLineCount();
    QScrollBar *vbar = verticalScrollBar();
    vbar->setRange(0, std::max(0, static_cast<int>(lines) - visible));
    vbar->setPageStep(visible);
    vbar->setSingleStep(1);

    QScrollBar *hbar = horizontalScrollBar();
    hbar->setRange(0, std::max(0, contentWidth() - viewport()->width()));
    hbar->setPageStep(viewport()->width());
    hbar->setSingleStep(charWidth());
}

void BytesView::scrollToOffset(qsizetype offset)
{
    // The scroll bar counts lines in an int; setValue clamps to its range.
    const qsizetype line = std::min<qsizetype>(offset / BytesPerLine, std::numeric_limits<int>::max());
    QScrollBar *vbar = verticalScrollBar();
    const int visible = visibleLineCount();
    if (line < vbar->value())
        vbar->setValue(static_cast<int>(line));
    else if (line >= vbar->value() + visible)
        vbar->setValue(static_cast<int>(line - visible + 1));

    const QRect cell = byteRect(offset);
    QScrollBar *hbar = horizontalScrollBar();
    if (cell.left() < 0)
        hbar->setValue(hbar->value() + cell.left() - charWidth());
    else if (cell.right() >= viewport()->width())
        hbar->setValue(hbar->value() + cell.right() - viewport()->width() + charWidth());
}

QRect BytesView::byteRect(qsizetype offset, Column column) const
{
    if (offset < 0 || offset >= m_data.size())
        return {};
    const int cw = charWidth();
    const int lh = lineHeight();
    const qsizetype line = offset / BytesPerLine;
    const int index = static_cast<int>(offset % BytesPerLine);
    const int y = TopMargin + static_cast<int>(line - verticalScrollBar()->value()) * lh;
    const int originX = cw - horizontalScrollBar()->value();
    if (column == Column::Hex) {
        const int chars = hexColumnStart() + index * 3 + (index >= BytesPerLine / 2 ? 1 : 0);
        return QRect(originX + chars * cw, y, 2 * cw, lh);
    }
    return QRect(originX + (asciiColumnStart() + index) * cw, y, cw, lh);
}

qsizetype BytesView::byteAt(QPoint viewportPos) const
{
    if (m_data.isEmpty() || viewportPos.y() < TopMargin)
        return -1;
    const qsizetype line = verticalScrollBar()->value() + (viewportPos.y() - TopMargin) / lineHeight();
    const qsizetype first = line * BytesPerLine;
    const qsizetype end = std::min(first + BytesPerLine, m_data.size());
    for (qsizetype offset = first; offset < end; ++offset) {
        if (byteRect(offset, Column::Hex).contains(viewportPos)
            || byteRect(offset, Column::Ascii).contains(viewportPos))
            return offset;
    }
    return -1;
}

QSize BytesView::sizeHint() const
{
    const int frame = 2 * frameWidth();
    return {contentWidth() + frame + verticalScrollBar()->sizeHint().width(),
        2 * TopMargin + 16 * lineHeight() + frame};
}

QSize BytesView::minimumSizeHint() const
{
    const int frame = 2 * frameWidth();
    return {20 * charWidth() + frame, 2 * TopMargin + 3 * lineHeight() + frame};
}

void BytesView::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(viewport());
    const QPalette &pal = palette();

    if (m_data.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect(), Qt::AlignCenter, tr("No bytes"));
        return;
    }

    const QFontMetrics metrics = fontMetrics();
    const int cw = charWidth();
    const int lh = lineHeight();
    const int digits = offsetDigits();
    const qsizetype firstLine = verticalScrollBar()->value();
    // One partly visible line at the bottom is painted too.
    const qsizetype endLine = std::min(lineCount(), firstLine + visibleLineCount() + 2);
    const qsizetype highlightEnd = m_highlightOffset + m_highlightLength;
    const auto highlighted
        = [&](qsizetype offset) { return offset >= m_highlightOffset && offset < highlightEnd; };
    const auto &pairs = hexPairs();
    const int originX = cw - horizontalScrollBar()->value();

    for (qsizetype line = firstLine; line < endLine; ++line) {
        const int y = TopMargin + static_cast<int>(line - firstLine) * lh;
        const int baseline = y + metrics.ascent();
        const qsizetype first = line * BytesPerLine;

        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QPoint(originX, baseline),
            QStringLiteral("%1").arg(static_cast<quint64>(first), digits, 16, QLatin1Char('0')).toUpper());

        const qsizetype end = std::min(first + BytesPerLine, m_data.size());
        for (qsizetype offset = first; offset < end; ++offset) {
            const auto value = static_cast<unsigned char>(m_data.at(offset));
            QRect hex = byteRect(offset, Column::Hex);
            const QRect ascii = byteRect(offset, Column::Ascii);
            const bool marked = highlighted(offset);
            if (marked) {
                // Bridge the gap to the next marked byte on the same line, so a
                // field reads as one band rather than a row of boxes.
                if (offset + 1 < end && highlighted(offset + 1))
                    hex.setRight(byteRect(offset + 1, Column::Hex).left() - 1);
                painter.fillRect(hex, pal.color(QPalette::Highlight));
                painter.fillRect(ascii, pal.color(QPalette::Highlight));
                painter.setPen(pal.color(QPalette::HighlightedText));
            } else {
                painter.setPen(pal.color(QPalette::Text));
            }
            painter.drawText(QPoint(hex.left(), baseline), pairs[value]);
            painter.drawText(QPoint(ascii.left(), baseline), QString(printable(static_cast<char>(value))));
        }
    }
}

void BytesView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void BytesView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const qsizetype offset = byteAt(event->position().toPoint());
        if (offset >= 0) {
            emit byteClicked(offset);
            event->accept();
            return;
        }
    }
    QAbstractScrollArea::mousePressEvent(event);
}

void BytesView::keyPressEvent(QKeyEvent *event)
{
    // Arrows and Page Up/Down come from QAbstractScrollArea; Home and End are ours.
    if (event->key() == Qt::Key_Home) {
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
        horizontalScrollBar()->triggerAction(QAbstractSlider::SliderToMinimum);
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_End) {
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderToMaximum);
        event->accept();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void BytesView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        updateScrollBars();
        updateGeometry();
        viewport()->update();
    }
}

} // namespace pgrepl::ui
