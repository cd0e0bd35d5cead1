#pragma once

#include <QtGlobal>

#include <deque>
#include <optional>

namespace pgrepl {

// How fast a slot's retained WAL grows, from polled samples, and when at that
// rate it would use up what max_slot_wal_keep_size still allows. A paused
// stream cannot move its slot, so this is what the user risks by waiting.
class RetentionTrend final
{
public:
    // The rate is measured over the samples of the last windowMs.
    explicit RetentionTrend(qint64 windowMs = 60000);

    // retainedBytes: current WAL position minus restart_lsn; safeWalSize:
    // pg_replication_slots.safe_wal_size, none when unlimited.
    void add(qint64 atMs, qint64 retainedBytes, std::optional<qint64> safeWalSize);
    void clear();

    bool isEmpty() const { return m_samples.empty(); }
    qint64 retainedBytes() const;
    std::optional<qint64> safeWalSize() const;
    // Growth per second over the window; none until two samples a second apart.
    std::optional<double> bytesPerSecond() const;
    // Seconds until safe_wal_size is used up at the current rate; none when
    // there is no limit or the retained WAL does not grow.
    std::optional<qint64> secondsToInvalidation() const;

private:
    struct Sample
    {
        qint64 atMs;
        qint64 retained;
        std::optional<qint64> safe;
    };
    qint64 m_windowMs;
    std::deque<Sample> m_samples;
};

} // namespace pgrepl
