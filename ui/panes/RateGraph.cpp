#include "panes/RateGraph.h"

#include "panes/Format.h"

#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace pgrepl::ui {

namespace {

constexpr int GridSections = 4;

// `over` at `alpha` (0-255) on top of `under`, as one opaque colour.
QColor mixed(const QColor &under, const QColor &over, int alpha)
{
    const auto channel = [alpha](int a, int b) { return (a * (255 - alpha) + b * alpha + 127) / 255; };
    return QColor(channel(under.red(), over.red()), channel(under.green(), over.green()),
        channel(under.blue(), over.blue()));
}
// Vertical grid lines every this many samples (seconds), counted back from now.
constexpr int TimeGridStep = 30;

const QColor MessagesColour(0x1f, 0x6f, 0xc5);
const QColor BytesColour(0xd9, 0x5f, 0x02);

double sanitized(double value)
{
    return std::isfinite(value) && value > 0 ? value : 0.0;
}

// The smallest step of the 1, 2, 2.5, 5 x 10^n series not below raw, so
// that the labels of GridSections steps stay round.
double niceDecimalStep(double raw)
{
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

// Byte rates step in powers of two so that the labels read 512 B, 1.0 KiB,
// 1.5 KiB... rather than 1000 B.
double niceBinaryStep(double raw)
{
    return std::exp2(std::ceil(std::log2(raw)));
}

} // namespace

RateGraph::RateGraph(QWidget *parent) : QWidget(parent), m_ring(static_cast<std::size_t>(DefaultCapacity))
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

RateGraph::Sample RateGraph::sampleAt(int index) const
{
    Q_ASSERT(index >= 0 && index < m_count);
    const int oldest = (m_head - m_count + m_capacity) % m_capacity;
    return m_ring[static_cast<std::size_t>((oldest + index) % m_capacity)];
}

void RateGraph::addSample(double messagesPerSec, double bytesPerSec)
{
    m_ring[static_cast<std::size_t>(m_head)] = Sample {sanitized(messagesPerSec), sanitized(bytesPerSec)};
    m_head = (m_head + 1) % m_capacity;
    m_count = std::min(m_count + 1, m_capacity);
    update();
}

void RateGraph::clear()
{
    m_head = 0;
    m_count = 0;
    update();
}

void RateGraph::setCapacity(int capacity)
{
    capacity = std::max(capacity, 2);
    if (capacity == m_capacity)
        return;
    const int kept = std::min(m_count, capacity);
    std::vector<Sample> ring(static_cast<std::size_t>(capacity));
    for (int i = 0; i < kept; ++i)
        ring[static_cast<std::size_t>(i)] = sampleAt(m_count - kept + i);
    m_ring = std::move(ring);
    m_capacity = capacity;
    m_count = kept;
    m_head = kept % capacity;
    update();
}

QSize RateGraph::sizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    return {metrics.horizontalAdvance(QLatin1Char('0')) * 60, metrics.height() * 10};
}

QSize RateGraph::minimumSizeHint() const
{
    const QFontMetrics metrics = fontMetrics();
    // Legend, the five axis labels without overlap, and the time labels.
    return {metrics.horizontalAdvance(QLatin1Char('0')) * 30, metrics.height() * (GridSections + 4)};
}

void RateGraph::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    const QPalette &pal = palette();
    const QFontMetrics metrics = fontMetrics();
    painter.fillRect(rect(), pal.color(QPalette::Window));

    const Sample peaks = scalePeaks();
    const double maxMessages = peaks.messagesPerSec;
    const double maxBytes = peaks.bytesPerSec;
    double olderPeak = 0; // messages/s above the scale, from before the scale window
    for (int i = 0; i < m_count; ++i)
        olderPeak = std::max(olderPeak, sampleAt(i).messagesPerSec);
    // An idle graph still gets a readable scale: 0..4 messages, 0..1 KiB.
    const double messageStep = niceDecimalStep(std::max(maxMessages / GridSections, 1.0));
    const double byteStep = niceBinaryStep(std::max(maxBytes / GridSections, 256.0));

    QStringList messageLabels;
    QStringList byteLabels;
    int leftWidth = 0;
    int rightWidth = 0;
    for (int i = 0; i <= GridSections; ++i) {
        messageLabels << QString::number(messageStep * i, 'g', 6);
        byteLabels << formatBytes(static_cast<qint64>(byteStep * i));
        leftWidth = std::max(leftWidth, metrics.horizontalAdvance(messageLabels.last()));
        rightWidth = std::max(rightWidth, metrics.horizontalAdvance(byteLabels.last()));
    }
    const int gap = metrics.horizontalAdvance(QLatin1Char(' '));
    const int half = metrics.height() / 2;
    const QRect plot(QPoint(leftWidth + 2 * gap, metrics.height() + half),
        QPoint(width() - rightWidth - 2 * gap - 1, height() - metrics.height() - half));
    if (plot.width() < 10 || plot.height() < 10)
        return;

    painter.fillRect(plot, pal.color(QPalette::Base));

    // Every colour drawn over the plot is opaque, mixed here, and each curve
    // is drawn a segment at a time. Qt's raster engine hands a translucent
    // fill, or a stroke of a hundred scan lines or more, to its thread pool
    // and waits for it; on a busy machine that wait was most of this paint.
    // Newest sample at the right edge, one step per sample going back.
    const double messagesTop = messageStep * GridSections;
    const double bytesTop = byteStep * GridSections;
    const double xStep = static_cast<double>(plot.width()) / (m_capacity - 1);
    QList<QLineF> messages;
    QList<QLineF> bytes;
    QPainterPath area;
    QPointF lastMessage;
    QPointF lastByte;
    for (int i = 0; i < m_count; ++i) {
        const Sample sample = sampleAt(i);
        const double x = plot.right() - (m_count - 1 - i) * xStep;
        const QPointF message(x, plot.bottom() - sample.messagesPerSec / messagesTop * plot.height());
        const QPointF byte(x, plot.bottom() - sample.bytesPerSec / bytesTop * plot.height());
        if (i == 0) {
            area.moveTo(x, plot.bottom());
        } else {
            messages << QLineF(lastMessage, message);
            bytes << QLineF(lastByte, byte);
        }
        area.lineTo(byte);
        lastMessage = message;
        lastByte = byte;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    if (m_count > 0) {
        area.lineTo(area.currentPosition().x(), plot.bottom());
        area.closeSubpath();
        painter.save();
        painter.setClipRect(plot);
        painter.fillPath(area, mixed(pal.color(QPalette::Base), BytesColour, 45));
        painter.restore();
    }
    painter.setRenderHint(QPainter::Antialiasing, false);

    // Light grid with the axis labels beside each horizontal line.
    const QColor gridColour = mixed(pal.color(QPalette::Base), pal.color(QPalette::Text), 40);
    for (int i = 0; i <= GridSections; ++i) {
        const int y = plot.bottom() - plot.height() * i / GridSections;
        painter.setPen(gridColour);
        painter.drawLine(plot.left(), y, plot.right(), y);
        const QRect textRow(0, y - half, width(), metrics.height());
        painter.setPen(MessagesColour);
        painter.drawText(textRow.adjusted(0, 0, -(width() - plot.left() + gap), 0),
            Qt::AlignRight | Qt::AlignVCenter, messageLabels.at(i));
        painter.setPen(BytesColour);
        painter.drawText(textRow.adjusted(plot.right() + gap, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
            byteLabels.at(i));
    }
    for (int age = 0; age < m_capacity; age += TimeGridStep) {
        const int x = plot.right() - static_cast<int>(std::lround(age * xStep));
        painter.setPen(gridColour);
        painter.drawLine(x, plot.top(), x, plot.bottom());
        const QString label = age == 0 ? tr("now") : tr("-%1 s").arg(age);
        const int labelWidth = metrics.horizontalAdvance(label);
        // Keep the label inside the plot's span so the leftmost one is not clipped.
        const int left = std::clamp(x - labelWidth / 2, plot.left(), plot.right() - labelWidth);
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(
            QRect(left, plot.bottom() + 2, labelWidth, metrics.height()), Qt::AlignCenter, label);
    }
    painter.setPen(gridColour);
    painter.drawRect(plot);

    // Legend above the plot, left-aligned.
    int legendX = plot.left();
    const int legendY = half / 2;
    const int swatch = metrics.height() / 2 + 2;
    const auto legendEntry = [&](const QColor &colour, const QString &text) {
        painter.fillRect(QRect(legendX, legendY + (metrics.height() - swatch) / 2, swatch, swatch), colour);
        legendX += swatch + gap;
        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRect(legendX, legendY, metrics.horizontalAdvance(text) + 1, metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, text);
        legendX += metrics.horizontalAdvance(text) + 3 * gap;
    };
    legendEntry(MessagesColour, tr("messages/s"));
    legendEntry(BytesColour, tr("bytes/s"));

    if (m_count == 0)
        return;

    painter.setRenderHint(QPainter::Antialiasing);
    painter.setClipRect(plot);
    painter.setPen(QPen(BytesColour, 1.5, Qt::SolidLine, Qt::RoundCap));
    painter.drawLines(bytes);
    painter.setPen(QPen(MessagesColour, 1.5, Qt::SolidLine, Qt::RoundCap));
    painter.drawLines(messages);

    if (olderPeak > messagesTop) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(plot.adjusted(gap, 0, -gap, 0), Qt::AlignLeft | Qt::AlignTop,
            tr("\u2191 earlier peak %1 messages/s").arg(QString::number(olderPeak, 'f', 0)));
    }
}

RateGraph::Sample RateGraph::scalePeaks() const
{
    Sample peaks;
    for (int i = std::max(0, m_count - ScaleWindow); i < m_count; ++i) {
        const Sample sample = sampleAt(i);
        peaks.messagesPerSec = std::max(peaks.messagesPerSec, sample.messagesPerSec);
        peaks.bytesPerSec = std::max(peaks.bytesPerSec, sample.bytesPerSec);
    }
    return peaks;
}

} // namespace pgrepl::ui
