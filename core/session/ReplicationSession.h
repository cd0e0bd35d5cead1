#pragma once

#include "conn/ConnParams.h"
#include "session/PgConnection.h"
#include "session/ReplicationTypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace pgrepl {

// A logical replication session over one walsender connection: identify the
// server, stream from a slot, acknowledge by the chosen mode, pause with real
// backpressure, step through transactions, stop with the CopyDone handshake.
// It hands raw CopyData on as StreamEvents and never decodes pgoutput beyond
// the few bytes it needs to find transaction boundaries.
//
// Safety rules it enforces for a slot that may belong to someone else:
// flush never goes past a received commit, never below the slot's own
// confirmed_flush_lsn or a flush already sent; manual mode moves only on
// acknowledge(); never mode reports 0/0; two_phase needs a confirmation; and
// it refuses to start when synchronous_standby_names would match it.
class ReplicationSession final : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Tls, Authenticating, Ready, Streaming, Stopping };
    Q_ENUM(State)

    static constexpr int kDefaultStatusIntervalMs = 10000;
    static inline const QString kDefaultApplicationName = QStringLiteral("pgrepl-inspector");

    explicit ReplicationSession(QObject *parent = nullptr);
    ~ReplicationSession() override;

    void setStatusIntervalMs(int ms);
    // Events go out at most this often (0, the default: after every read
    // pass). Under a steady stream each eventsReceived wakes its receiver's
    // thread, and a busy slot fills a thousand read passes a second; a
    // receiver in another thread wants a few tens of batches. A read after a
    // quiet spell still goes out at once.
    void setBatchIntervalMs(int ms) { m_batchIntervalMs = ms; }
    void setReadBufferSize(qint64 bytes) { m_conn.setReadBufferSize(bytes); }
    void setMaxMessageSize(qint64 bytes) { m_conn.setMaxMessageSize(bytes); }

    State state() const { return m_state; }
    AckMode ackMode() const { return m_ackMode; }
    bool isPaused() const { return m_paused; }
    const ServerIdentity &identity() const { return m_identity; }
    const SessionCounters &counters() const { return m_counters; }
    const StreamOptions &streamOptions() const { return m_options; }
    // The slot actually streamed from (the temporary copy's name if any).
    QString streamingSlot() const { return m_streamSlot; }
    TlsInfo tlsInfo() const { return m_conn.tlsInfo(); }
    QString authMethod() const { return m_conn.authMethod(); }
    qint64 socketBytesAvailable() const { return m_conn.socketBytesAvailable(); }
    int backendPid() const { return m_conn.backendPid(); }
    // The flush position the next status update will carry.
    Lsn flushToReport() const;

public slots:
    void connectToServer(const pgrepl::ConnParams &params, const pgrepl::ConnEnvironment &env);
    void startStreaming(const pgrepl::StreamOptions &options);
    void stop();
    void disconnectFromServer();
    // Connects again with the same parameters and streams with the same
    // options. A temporary copy is made afresh from the original slot, and a
    // Gap event says so.
    void reconnect();
    void pause();
    void resume();
    // Resume until the next transaction end (commit, stream commit/abort,
    // prepare, commit/rollback prepared) was delivered, then pause.
    void step();
    // Manual mode: report flush up to this commit end LSN, which must be one
    // that was received. Lower than what was already sent is ignored.
    void acknowledge(pgrepl::Lsn commitEnd);
    void setAckMode(pgrepl::AckMode mode);
    void sendStatusNow();
    // Plain SQL or a replication command while not streaming.
    quint64 runQuery(const QString &sql);

signals:
    void stateChanged(pgrepl::ReplicationSession::State state);
    void connected(const pgrepl::ServerIdentity &identity);
    void failed(const pgrepl::ConnectionError &error);
    void warning(const QString &message);
    void streamingStarted(const QString &slot, pgrepl::Lsn confirmedFlush);
    void eventsReceived(const pgrepl::StreamEventBatch &batch);
    void pausedChanged(bool paused);
    void acknowledged(pgrepl::Lsn flush);
    void streamStopped(bool clean, const QString &reason);
    void countersChanged(const pgrepl::SessionCounters &counters);
    void queryFinished(quint64 id, const pgrepl::QueryResult &result);

private:
    enum class Setup { None, Identify, SyncStandby, SlotInfo, CopySlot, Start };

    void setState(State s);
    void onReady();
    void onQueryFinished(quint64 id, const QueryResult &result);
    void onCopyData(const QByteArray &data);
    // After a read pass: hands the batch on now or when the interval ends.
    void onReadPass();
    // Hands the batch on now.
    void deliverBatch();
    void onConnectionFailed(const ConnectionError &error);
    void failWith(const QString &message, std::optional<ServerNotice> notice = {});
    void runSetup(Setup step, const QString &sql);
    void sendStartReplication();
    void handleXLogData(const QByteArray &raw, const struct XLogData &m);
    void transactionBoundary(const QByteArray &payload);
    void sendStatus(bool replyRequested);
    void appendEvent(StreamEvent event);
    void beginStop(const QString &reason);
    void finishStop(bool clean, const QString &reason);

    PgConnection m_conn;
    State m_state = State::Disconnected;
    ConnParams m_params;
    ConnEnvironment m_env;
    bool m_reconnecting = false;
    bool m_hasStreamed = false;
    ServerIdentity m_identity;
    StreamOptions m_options;
    QString m_streamSlot;
    int m_protoVersion = 0;
    Setup m_setup = Setup::None;
    quint64 m_setupQuery = 0;
    quint64 m_startQuery = 0;
    QSet<quint64> m_userQueries;

    AckMode m_ackMode = AckMode::Manual;
    Lsn m_slotConfirmedFlush; // floor: never report below it
    Lsn m_highestFlushSent;
    Lsn m_manualFlush;
    Lsn m_autoFlush;
    Lsn m_pendingAutoFlush; // becomes m_autoFlush once its batch was handed on
    QList<Lsn> m_receivedEnds; // transaction end LSNs that may be acknowledged
    bool m_inTransaction = false;
    QSet<quint32> m_openStreamedXids;

    bool m_paused = false;
    bool m_stepping = false;
    QElapsedTimer m_pausedSince;
    QTimer m_statusTimer;
    QTimer m_stopTimer;
    QTimer m_batchTimer; // the rest of the batch interval
    QElapsedTimer m_sinceDelivery;
    int m_batchIntervalMs = 0;
    QString m_stopReason;
    bool m_stopDoneReceived = false;
    bool m_endposReached = false;

    StreamEventBatch m_batch;
    SessionCounters m_counters;
};

} // namespace pgrepl
