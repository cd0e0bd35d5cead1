#pragma once

#include "conn/ConnParams.h"
#include "session/Catalog.h"
#include "session/RetentionTrend.h"
#include "wire/Lsn.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace pgrepl {
class PgConnection;
struct ConnectionError;
} // namespace pgrepl

namespace pgrepl::app {

// Watches the streamed slot over a second, ordinary connection: polls its
// positions and health, tracks how fast its retained WAL grows (what a pause
// costs), and sends heartbeats so that an idle slot has something to move to.
class SlotMonitor final : public QObject
{
    Q_OBJECT

public:
    explicit SlotMonitor(QObject *parent = nullptr);
    ~SlotMonitor() override;

    // Opens the monitor connection and polls slot every interval.
    void start(const ConnParams &params, const QString &slot);
    void stop();
    bool isReady() const;
    void setPollInterval(int ms) { m_timer.setInterval(ms); }
    // Paused, the slot cannot move: the warning then speaks of growth.
    void setPaused(bool paused);
    void pollNow();
    // Writes a non-transactional logical message. Its WAL gives an idle slot
    // a position to be acknowledged to; with messages on, it is streamed too.
    void sendHeartbeat();

    const RetentionTrend &trend() const { return m_trend; }
    // The warning for a slot as last polled; empty when there is nothing to say.
    static QString retentionWarning(
        const SlotInfo &slot, const RetentionTrend &trend, bool paused, bool *severe);

signals:
    void slotPolled(const pgrepl::SlotInfo &slot);
    void slotMissing(const QString &name);
    void warningChanged(const QString &text, bool severe);
    void heartbeatSent(pgrepl::Lsn lsn);
    void heartbeatFailed(const QString &message);
    void monitorFailed(const QString &message);

private:
    void onQueryFinished(quint64 id, const QueryResult &result);

    std::unique_ptr<PgConnection> m_connection;
    QTimer m_timer;
    QElapsedTimer m_clock;
    QString m_slot;
    bool m_paused = false;
    RetentionTrend m_trend;
    QString m_lastWarning;
    quint64 m_pollQuery = 0;
    quint64 m_heartbeatQuery = 0;
};

} // namespace pgrepl::app
