#include "session/RetentionTrend.h"

#include <cmath>

namespace pgrepl {

RetentionTrend::RetentionTrend(qint64 windowMs) : m_windowMs(windowMs) { }

void RetentionTrend::add(qint64 atMs, qint64 retainedBytes, std::optional<qint64> safeWalSize)
{
    // A clock that went back (or a reset slot) starts the trend over.
    if (!m_samples.empty() && atMs < m_samples.back().atMs)
        m_samples.clear();
    m_samples.push_back({atMs, retainedBytes, safeWalSize});
    while (m_samples.size() > 2 && m_samples.back().atMs - m_samples[1].atMs >= m_windowMs)
        m_samples.pop_front();
}

void RetentionTrend::clear()
{
    m_samples.clear();
}

qint64 RetentionTrend::retainedBytes() const
{
    return m_samples.empty() ? 0 : m_samples.back().retained;
}

std::optional<qint64> RetentionTrend::safeWalSize() const
{
    return m_samples.empty() ? std::nullopt : m_samples.back().safe;
}

std::optional<double> RetentionTrend::bytesPerSecond() const
{
    if (m_samples.size() < 2)
        return std::nullopt;
    const Sample &first = m_samples.front();
    const Sample &last = m_samples.back();
    if (last.atMs - first.atMs < 1000)
        return std::nullopt;
    return double(last.retained - first.retained) * 1000.0 / double(last.atMs - first.atMs);
}

std::optional<qint64> RetentionTrend::secondsToInvalidation() const
{
    const auto rate = bytesPerSecond();
    const auto safe = safeWalSize();
    if (!rate || !safe || *rate <= 0)
        return std::nullopt;
    if (*safe <= 0)
        return 0;
    return qint64(std::ceil(double(*safe) / *rate));
}

} // namespace pgrepl
