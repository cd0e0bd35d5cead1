#pragma once

#include <QWidget>

#include <vector>

namespace pgrepl::ui {

// A live graph of the last N rate samples (messages/s on the left axis,
// bytes/s on the right), kept in a fixed ring buffer and painted directly.
class RateGraph final : public QWidget
{
    Q_OBJECT

public:
    struct Sample
    {
        double messagesPerSec = 0;
        double bytesPerSec = 0;
    };

    static constexpr int DefaultCapacity = 120;

    explicit RateGraph(QWidget *parent = nullptr);

    int capacity() const { return m_capacity; }
    int sampleCount() const { return m_count; }
    // index 0 is the oldest kept sample; index must be below sampleCount().
    Sample sampleAt(int index) const;

    // The peaks the axes are scaled to: those of the newest ScaleWindow
    // samples, so that a burst (the backlog read on connect) leaves the
    // scale once it is that old instead of flattening the live rate for the
    // whole graph; older, higher peaks are clipped at the top.
    static constexpr int ScaleWindow = 30;
    Sample scalePeaks() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    // One sample per second is what the time axis assumes. Negative or
    // non-finite rates are stored as 0.
    void addSample(double messagesPerSec, double bytesPerSec);
    void clear();
    // Keeps the newest samples that still fit; values below 2 become 2.
    void setCapacity(int capacity);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    std::vector<Sample> m_ring;
    int m_capacity = DefaultCapacity;
    int m_head = 0; // where the next sample goes
    int m_count = 0;
};

} // namespace pgrepl::ui
