#include "SlotMonitor.h"

#include "panes/Format.h"
#include "session/PgConnection.h"

namespace pgrepl::app {

namespace {
constexpr int kDefaultPollMs = 3000;
constexpr qint64 kLargeRetained = qint64(1) << 30;
constexpr qint64 kSmallSafeSize = qint64(256) << 20;
// Invalidation nearer than this turns the paused warning red.
constexpr qint64 kSevereSeconds = 600;
} // namespace

SlotMonitor::SlotMonitor(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(kDefaultPollMs);
    connect(&m_timer, &QTimer::timeout, this, &SlotMonitor::pollNow);
}

SlotMonitor::~SlotMonitor() = default;

void SlotMonitor::start(const ConnParams &params, const QString &slot)
{
    stop();
    m_slot = slot;
    m_clock.start();
    m_connection = std::make_unique<PgConnection>();
    connect(m_connection.get(), &PgConnection::ready, this, &SlotMonitor::pollNow);
    connect(m_connection.get(), &PgConnection::queryFinished, this, &SlotMonitor::onQueryFinished);
    connect(m_connection.get(), &PgConnection::failed, this,
        [this](const ConnectionError &error) { emit monitorFailed(error.toString()); });
    ConnParams monitorParams = params;
    monitorParams.applicationName = QStringLiteral("pgrepl-inspector monitor");
    m_connection->open(monitorParams, ConnEnvironment::system(), {});
    m_timer.start();
}

void SlotMonitor::stop()
{
    m_timer.stop();
    if (m_connection) {
        m_connection->disconnect(this);
        m_connection->close();
        m_connection.reset();
    }
    m_trend.clear();
    m_pollQuery = m_heartbeatQuery = 0;
    if (!m_lastWarning.isEmpty()) {
        m_lastWarning.clear();
        emit warningChanged({}, false);
    }
}

bool SlotMonitor::isReady() const
{
    return m_connection && m_connection->state() == PgConnection::State::Ready;
}

void SlotMonitor::setPaused(bool paused)
{
    m_paused = paused;
    // Growth before the pause says nothing about what the pause costs.
    if (paused)
        m_trend.clear();
    pollNow();
}

void SlotMonitor::pollNow()
{
    // One poll at a time: a slow server must not pile them up.
    if (isReady() && m_pollQuery == 0)
        m_pollQuery = m_connection->query(catalog::slotsQuery());
}

void SlotMonitor::sendHeartbeat()
{
    if (!isReady()) {
        emit heartbeatFailed(tr("The monitor connection is not ready; try again in a moment."));
        return;
    }
    m_heartbeatQuery = m_connection->query(QStringLiteral(
        "SELECT pg_logical_emit_message(false, 'pgrepl-inspector.heartbeat', now()::text) AS lsn"));
}

void SlotMonitor::onQueryFinished(quint64 id, const QueryResult &result)
{
    if (id == m_heartbeatQuery) {
        m_heartbeatQuery = 0;
        const auto lsn = result.ok && !result.rows.isEmpty()
            ? Lsn::parse(result.value(0, QStringLiteral("lsn")))
            : std::nullopt;
        if (lsn)
            emit heartbeatSent(*lsn);
        else
            emit heartbeatFailed(result.error ? result.error->message() : tr("The server sent no LSN back."));
        return;
    }
    if (id != m_pollQuery)
        return;
    m_pollQuery = 0;
    if (!result.ok)
        return;
    for (const SlotInfo &slot : catalog::parseSlots(result)) {
        if (slot.name != m_slot)
            continue;
        if (slot.retainedBytes)
            m_trend.add(m_clock.elapsed(), *slot.retainedBytes, slot.safeWalSize);
        emit slotPolled(slot);
        bool severe = false;
        const QString warning = retentionWarning(slot, m_trend, m_paused, &severe);
        if (warning != m_lastWarning || !warning.isEmpty()) {
            m_lastWarning = warning;
            emit warningChanged(warning, severe);
        }
        return;
    }
    emit slotMissing(m_slot);
}

QString SlotMonitor::retentionWarning(
    const SlotInfo &slot, const RetentionTrend &trend, bool paused, bool *severe)
{
    *severe = false;
    if (slot.walStatus == u"lost") {
        *severe = true;
        return tr("Slot %1 is lost: the WAL it needs was removed, so it cannot be used any more.")
            .arg(slot.name);
    }
    if (slot.walStatus == u"unreserved") {
        *severe = true;
        return tr("Slot %1 holds more WAL than max_slot_wal_keep_size allows; the next checkpoint "
                  "invalidates it.")
            .arg(slot.name);
    }
    const auto rate = trend.bytesPerSecond();
    if (paused && rate && *rate > 0) {
        const QString retained = ui::formatBytes(trend.retainedBytes());
        const QString growth = ui::formatBytes(qint64(*rate));
        if (const auto seconds = trend.secondsToInvalidation()) {
            *severe = *seconds < kSevereSeconds;
            return tr("Paused: the slot retains %1 of WAL, growing %2/s. At this rate "
                      "max_slot_wal_keep_size invalidates it in %3.")
                .arg(retained, growth, ui::formatDuration(*seconds));
        }
        return tr("Paused: the slot retains %1 of WAL, growing %2/s. There is no max_slot_wal_keep_size, "
                  "so it piles up on the server's disk until you resume.")
            .arg(retained, growth);
    }
    if (slot.safeWalSize && *slot.safeWalSize < kSmallSafeSize) {
        *severe = true;
        return tr("Slot %1 is invalidated after %2 more WAL (max_slot_wal_keep_size).")
            .arg(slot.name, ui::formatBytes(*slot.safeWalSize));
    }
    if (slot.retainedBytes && *slot.retainedBytes >= kLargeRetained)
        return tr("Slot %1 retains %2 of WAL.").arg(slot.name, ui::formatBytes(*slot.retainedBytes));
    return {};
}

} // namespace pgrepl::app
