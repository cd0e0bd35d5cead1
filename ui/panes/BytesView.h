#pragma once

#include <QAbstractScrollArea>
#include <QByteArray>

namespace pgrepl::ui {

// A read-only hex dump of one payload (offset, 16 bytes in two groups of 8,
// ASCII), painted line by line so that only the visible lines cost anything.
class BytesView final : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Column { Hex, Ascii };

    explicit BytesView(QWidget *parent = nullptr);

    QByteArray data() const { return m_data; }
    qsizetype highlightOffset() const { return m_highlightOffset; }
    qsizetype highlightLength() const { return m_highlightLength; }

    // Where the byte at offset is drawn, in viewport coordinates (so it moves
    // with scrolling); an empty rect when the offset is outside the data.
    QRect byteRect(qsizetype offset, Column column = Column::Hex) const;
    // The byte under a viewport position, or -1 between or outside bytes.
    qsizetype byteAt(QPoint viewportPos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    // Replaces the payload, drops any highlight and scrolls back to the top.
    void setData(const QByteArray &data);
    // Marks [offset, offset + length) in both columns and scrolls it into
    // view; the range is clipped to the data, an empty result clears it.
    void setHighlight(qsizetype offset, qsizetype length);
    void clearHighlight();

signals:
    // The user clicked a byte in the hex or the ASCII column. The view does
    // not highlight it itself: the owner knows which field the byte is in.
    void byteClicked(qsizetype offset);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static constexpr int BytesPerLine = 16;

    qsizetype lineCount() const;
    int offsetDigits() const;
    int lineHeight() const;
    int charWidth() const;
    // Column positions in characters from the left margin.
    int hexColumnStart() const;
    int asciiColumnStart() const;
    int contentWidth() const;
    int visibleLineCount() const;
    void updateScrollBars();
    void scrollToOffset(qsizetype offset);

    QByteArray m_data;
    qsizetype m_highlightOffset = -1;
    qsizetype m_highlightLength = 0;
};

} // namespace pgrepl::ui
