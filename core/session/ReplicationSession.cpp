#include "session/ReplicationSession.h"

#include "session/ReplicationCommands.h"
#include "wire/ReplicationMessages.h"

#include <QDateTime>
#include <QtEndian>

#include <algorithm>

namespace pgrepl {

namespace {
constexpr int kStopTimeoutMs = 30000;
constexpr qsizetype kMaxRememberedEnds = 200000;

qint64 nowUs()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

// The big-endian LSN at offset, or 0/0 when the payload is too short.
Lsn lsnAt(const QByteArray &payload, qsizetype offset)
{
    if (payload.size() < offset + 8)
        return Lsn();
    return Lsn(qFromBigEndian<quint64>(payload.constData() + offset));
}

quint32 xidAt(const QByteArray &payload, qsizetype offset)
{
    if (payload.size() < offset + 4)
        return 0;
    return qFromBigEndian<quint32>(payload.constData() + offset);
}

// synchronous_standby_names: "a, b", "FIRST 2 (a, b)", "ANY 1 (*)", quoted
// names allowed. True when name (or "*") is among the candidates.
bool syncStandbyNamesMatch(const QString &setting, const QString &name)
{
    QString list = setting.trimmed();
    const qsizetype open = list.indexOf(u'(');
    if (open >= 0 && list.endsWith(u')'))
        list = list.mid(open + 1, list.size() - open - 2);
    for (QString entry : list.split(u',', Qt::SkipEmptyParts)) {
        entry = entry.trimmed();
        if (entry == u"*")
            return true;
        if (entry.size() >= 2 && entry.startsWith(u'"') && entry.endsWith(u'"')) {
            if (entry.mid(1, entry.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\"")) == name)
                return true;
        } else if (entry.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}
} // namespace

QString ackModeName(AckMode mode)
{
    switch (mode) {
    case AckMode::Manual:
        return QStringLiteral("manual");
    case AckMode::Auto:
        return QStringLiteral("auto");
    case AckMode::Never:
        return QStringLiteral("never");
    }
    return {};
}

std::optional<AckMode> parseAckMode(const QString &text)
{
    if (text == u"manual")
        return AckMode::Manual;
    if (text == u"auto")
        return AckMode::Auto;
    if (text == u"never" || text == u"peek")
        return AckMode::Never;
    return std::nullopt;
}

// Members get this as parent so that moveToThread takes them along.
ReplicationSession::ReplicationSession(QObject *parent)
    : QObject(parent), m_conn(this), m_statusTimer(this), m_stopTimer(this), m_batchTimer(this)
{
    qRegisterMetaType<StreamEventBatch>();
    qRegisterMetaType<ConnectionError>();
    qRegisterMetaType<QueryResult>();
    qRegisterMetaType<ServerIdentity>();
    qRegisterMetaType<SessionCounters>();
    m_statusTimer.setInterval(kDefaultStatusIntervalMs);
    connect(&m_statusTimer, &QTimer::timeout, this, [this] { sendStatus(false); });
    m_stopTimer.setSingleShot(true);
    connect(&m_stopTimer, &QTimer::timeout, this, [this] {
        finishStop(false, QStringLiteral("the server did not finish the stop handshake in time"));
    });

    connect(&m_conn, &PgConnection::ready, this, &ReplicationSession::onReady);
    connect(&m_conn, &PgConnection::failed, this, &ReplicationSession::onConnectionFailed);
    connect(&m_conn, &PgConnection::queryFinished, this, &ReplicationSession::onQueryFinished);
    connect(&m_conn, &PgConnection::copyData, this, &ReplicationSession::onCopyData);
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &ReplicationSession::deliverBatch);
    connect(&m_conn, &PgConnection::incomingDrained, this, &ReplicationSession::onReadPass);
    connect(&m_conn, &PgConnection::attemptFailed, this, &ReplicationSession::warning);
    // The connection's own progress shows through while connecting.
    connect(&m_conn, &PgConnection::stateChanged, this, [this](PgConnection::State s) {
        const bool connecting
            = m_state == State::Connecting || m_state == State::Tls || m_state == State::Authenticating;
        if (!connecting)
            return;
        if (s == PgConnection::State::Connecting)
            setState(State::Connecting);
        else if (s == PgConnection::State::Tls)
            setState(State::Tls);
        else if (s == PgConnection::State::Authenticating)
            setState(State::Authenticating);
    });
    connect(&m_conn, &PgConnection::copyBothStarted, this, [this](quint64) {
        setState(State::Streaming);
        m_hasStreamed = true;
        if (m_reconnecting) {
            m_reconnecting = false;
            StreamEvent gap;
            gap.kind = StreamEvent::Kind::Gap;
            gap.receivedAtUs = nowUs();
            gap.walStart = m_slotConfirmedFlush;
            const QString text = m_options.temporaryCopy
                ? QStringLiteral(
                    "reconnected: the temporary copy restarted as \"%1\", copied afresh from slot \"%2\" "
                    "at its confirmed position %3; what followed it before may come again")
                      .arg(m_streamSlot, m_options.slot, m_slotConfirmedFlush.toString())
                : QStringLiteral("reconnected: streaming slot \"%1\" again from its confirmed position %2")
                      .arg(m_streamSlot, m_slotConfirmedFlush.toString());
            gap.payload = text.toUtf8();
            appendEvent(std::move(gap));
            emit warning(text);
        }
        m_statusTimer.start();
        sendStatus(false);
        emit streamingStarted(m_streamSlot, m_slotConfirmedFlush);
    });
    // Parameter changes in mid-stream are part of the record.
    connect(&m_conn, &PgConnection::parameterStatus, this, [this](const QString &name, const QString &value) {
        if (m_state != State::Streaming && m_state != State::Stopping)
            return;
        StreamEvent e;
        e.kind = StreamEvent::Kind::Notice;
        e.receivedAtUs = nowUs();
        e.payload = QStringLiteral("ParameterStatus: %1 = %2").arg(name, value).toUtf8();
        appendEvent(std::move(e));
    });
    connect(&m_conn, &PgConnection::copyDoneReceived, this, [this] {
        m_stopDoneReceived = true;
        if (m_state == State::Streaming)
            beginStop(QStringLiteral("the server ended the stream"));
    });
    connect(&m_conn, &PgConnection::noticeReceived, this, [this](const ServerNotice &notice) {
        if (m_state == State::Streaming || m_state == State::Stopping) {
            StreamEvent e;
            e.kind = StreamEvent::Kind::Notice;
            e.receivedAtUs = nowUs();
            e.payload = notice.toString().toUtf8();
            appendEvent(std::move(e));
        } else {
            emit warning(notice.toString());
        }
    });
    connect(&m_conn, &PgConnection::closed, this, [this] {
        if (m_state != State::Disconnected)
            setState(State::Disconnected);
    });
}

ReplicationSession::~ReplicationSession() = default;

void ReplicationSession::setStatusIntervalMs(int ms)
{
    m_statusTimer.setInterval(qMax(ms, 50));
}

void ReplicationSession::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

void ReplicationSession::connectToServer(const ConnParams &params, const ConnEnvironment &env)
{
    m_params = params;
    m_env = env;
    if (m_params.applicationName.isEmpty())
        m_params.applicationName = kDefaultApplicationName;
    m_identity = ServerIdentity {};
    // A session that ended while paused would otherwise never read the
    // new connection's answers.
    resume();
    setState(State::Connecting);
    // Fixed settings, as PostgreSQL's own subscriber uses, so values do not
    // depend on server defaults.
    m_conn.open(m_params, env,
        {{"replication", "database"}, {"datestyle", "ISO"}, {"intervalstyle", "postgres"},
            {"extra_float_digits", "3"}});
}

void ReplicationSession::onReady()
{
    const QHash<QString, QString> p = m_conn.serverParameters();
    m_identity.serverVersion = p.value(QStringLiteral("server_version"));
    m_identity.timeZone = p.value(QStringLiteral("TimeZone"));
    m_identity.serverEncoding = p.value(QStringLiteral("server_encoding"));
    m_identity.dateStyle = p.value(QStringLiteral("DateStyle"));
    m_identity.intervalStyle = p.value(QStringLiteral("IntervalStyle"));
    runSetup(Setup::Identify, QStringLiteral("IDENTIFY_SYSTEM"));
}

void ReplicationSession::runSetup(Setup step, const QString &sql)
{
    m_setup = step;
    m_setupQuery = m_conn.query(sql);
}

void ReplicationSession::onQueryFinished(quint64 id, const QueryResult &r)
{
    if (m_userQueries.remove(id)) {
        emit queryFinished(id, r);
        return;
    }
    if (id == m_startQuery) {
        m_startQuery = 0;
        if (!r.ok && m_state != State::Stopping) {
            // An ERROR (not FATAL) mid-stream ends the copy but keeps the
            // connection: leave Streaming, or timers would go on as if it ran.
            const bool wasStreaming = m_state == State::Streaming;
            if (!wasStreaming) {
                failWith(QStringLiteral("could not start replication from slot \"%1\"").arg(m_streamSlot),
                    r.error);
                return;
            }
            const QString message
                = QStringLiteral("replication from slot \"%1\" ended with an error").arg(m_streamSlot);
            m_statusTimer.stop();
            StreamEvent gap;
            gap.kind = StreamEvent::Kind::Gap;
            gap.receivedAtUs = nowUs();
            gap.payload = (r.error ? r.error->toString() : message).toUtf8();
            appendEvent(std::move(gap));
            deliverBatch();
            setState(State::Ready);
            failWith(message, r.error);
            emit streamStopped(false, r.error ? r.error->toString() : message);
            return;
        }
        if (m_state == State::Stopping) {
            finishStop(r.ok, r.ok ? m_stopReason : r.error ? r.error->toString() : m_stopReason);
            return;
        }
        setState(State::Ready);
        return;
    }
    if (id != m_setupQuery)
        return;
    const Setup step = m_setup;
    m_setup = Setup::None;
    if (!r.ok) {
        QString what;
        switch (step) {
        case Setup::Identify:
            what = QStringLiteral("IDENTIFY_SYSTEM failed");
            break;
        case Setup::SlotInfo:
            what = QStringLiteral("could not read slot \"%1\"").arg(m_options.slot);
            break;
        case Setup::CopySlot:
            what = QStringLiteral("could not copy slot \"%1\" to a temporary slot").arg(m_options.slot);
            break;
        default:
            what = QStringLiteral("setup query failed");
            break;
        }
        failWith(what, r.error);
        return;
    }
    switch (step) {
    case Setup::Identify: {
        m_identity.systemId = r.value(0, QStringLiteral("systemid"));
        m_identity.timeline = r.value(0, QStringLiteral("timeline")).toInt();
        m_identity.xlogPos = Lsn::parse(r.value(0, QStringLiteral("xlogpos"))).value_or(Lsn());
        m_identity.dbname = r.value(0, QStringLiteral("dbname"));
        runSetup(Setup::SyncStandby, QStringLiteral("SHOW server_version_num"));
        return;
    }
    case Setup::SyncStandby:
        if (m_identity.serverVersionNum == 0) {
            m_identity.serverVersionNum = r.value(0, QStringLiteral("server_version_num")).toInt();
            runSetup(Setup::SyncStandby, QStringLiteral("SHOW synchronous_standby_names"));
            return;
        }
        if (syncStandbyNamesMatch(
                r.value(0, QStringLiteral("synchronous_standby_names")), m_params.applicationName)) {
            // Every commit would wait for our flush, and a paused or manual
            // session would stall the whole database.
            failWith(
                QStringLiteral("synchronous_standby_names (\"%1\") matches application_name \"%2\": this "
                               "session would become a synchronous standby and could stall every commit. "
                               "Use another application_name.")
                    .arg(r.value(0, QStringLiteral("synchronous_standby_names")), m_params.applicationName));
            return;
        }
        setState(State::Ready);
        emit connected(m_identity);
        if (m_reconnecting)
            startStreaming(m_options);
        return;
    case Setup::SlotInfo: {
        if (r.rows.isEmpty()) {
            failWith(QStringLiteral("replication slot \"%1\" does not exist").arg(m_options.slot));
            return;
        }
        if (r.value(0, QStringLiteral("slot_type")) != u"logical"
            || r.value(0, QStringLiteral("plugin")) != u"pgoutput") {
            failWith(QStringLiteral("slot \"%1\" is not a logical pgoutput slot (type %2, plugin %3)")
                         .arg(m_options.slot, r.value(0, QStringLiteral("slot_type")),
                             r.value(0, QStringLiteral("plugin"))));
            return;
        }
        m_slotConfirmedFlush = Lsn::parse(r.value(0, QStringLiteral("confirmed_flush_lsn"))).value_or(Lsn());
        m_counters.slotConfirmedFlushAtStart = m_slotConfirmedFlush;
        const bool slotTwoPhase = r.value(0, QStringLiteral("two_phase")) == u"t";
        if (m_options.twoPhase && !slotTwoPhase && !m_options.twoPhaseConfirmed) {
            failWith(
                QStringLiteral("two_phase would be turned on for slot \"%1\" for good; it was not confirmed")
                    .arg(m_options.slot));
            return;
        }
        if (m_options.startLsn.isValid() && m_options.startLsn < m_slotConfirmedFlush)
            emit warning(
                QStringLiteral("the server streams from the slot's confirmed_flush_lsn %1, not from the "
                               "requested %2: what lies before it is gone from the slot")
                    .arg(m_slotConfirmedFlush.toString(), m_options.startLsn.toString()));
        if (m_options.temporaryCopy) {
            m_streamSlot = QStringLiteral("pgrepl_copy_%1_%2")
                               .arg(m_conn.backendPid())
                               .arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
            // On this same connection: a temporary slot belongs to the backend
            // that made it, and dies with it.
            runSetup(Setup::CopySlot,
                QStringLiteral("SELECT slot_name, lsn FROM pg_copy_logical_replication_slot(%1, %2, true)")
                    .arg(commands::quoteLiteral(m_options.slot), commands::quoteLiteral(m_streamSlot)));
            return;
        }
        sendStartReplication();
        return;
    }
    case Setup::CopySlot:
        sendStartReplication();
        return;
    default:
        return;
    }
}

void ReplicationSession::startStreaming(const StreamOptions &options)
{
    if (m_state != State::Ready) {
        emit warning(QStringLiteral("not connected: cannot start streaming"));
        return;
    }
    m_options = options;
    m_streamSlot = options.slot;
    m_protoVersion = options.protoVersion > 0 ? options.protoVersion
                                              : commands::defaultProtoVersion(m_identity.serverVersionNum);
    QString error;
    // Check the options before touching the slot at all.
    if (commands::startReplication(options, m_protoVersion, m_identity.serverVersionNum, &error).isEmpty()) {
        failWith(error);
        return;
    }
    m_highestFlushSent = Lsn();
    m_manualFlush = Lsn();
    m_autoFlush = Lsn();
    m_pendingAutoFlush = Lsn();
    m_receivedEnds.clear();
    m_inTransaction = false;
    m_openStreamedXids.clear();
    m_stopDoneReceived = false;
    m_endposReached = false;
    m_counters = SessionCounters {};
    const QString twoPhaseColumn = m_identity.serverVersionNum >= 140000
        ? QStringLiteral("two_phase")
        : QStringLiteral("false AS two_phase");
    runSetup(Setup::SlotInfo,
        QStringLiteral("SELECT slot_type, plugin, confirmed_flush_lsn, %1 FROM "
                       "pg_replication_slots WHERE slot_name = %2")
            .arg(twoPhaseColumn, commands::quoteLiteral(options.slot)));
}

void ReplicationSession::sendStartReplication()
{
    StreamOptions o = m_options;
    o.slot = m_streamSlot;
    QString error;
    const QString cmd = commands::startReplication(o, m_protoVersion, m_identity.serverVersionNum, &error);
    m_startQuery = m_conn.query(cmd);
}

void ReplicationSession::onCopyData(const QByteArray &data)
{
    m_counters.bytes += data.size() + 5;
    const auto parsed = parseReplicationMessage(data);
    if (const auto *e = std::get_if<ParseError>(&parsed)) {
        StreamEvent ev;
        ev.kind = StreamEvent::Kind::Error;
        ev.receivedAtUs = nowUs();
        ev.payload = QStringLiteral("malformed CopyData: %1").arg(e->toString()).toUtf8();
        appendEvent(std::move(ev));
        return;
    }
    const ReplicationMessage &msg = std::get<ReplicationMessage>(parsed);
    if (const auto *x = std::get_if<XLogData>(&msg)) {
        handleXLogData(data, *x);
        return;
    }
    if (const auto *k = std::get_if<PrimaryKeepalive>(&msg)) {
        ++m_counters.keepalives;
        m_counters.serverWalEnd = std::max(m_counters.serverWalEnd, k->walEnd);
        StreamEvent ev;
        ev.kind = StreamEvent::Kind::Keepalive;
        ev.receivedAtUs = nowUs();
        ev.walEnd = k->walEnd;
        ev.serverTime = k->serverTime;
        ev.payload = data;
        appendEvent(std::move(ev));
        const bool idle = !m_inTransaction && m_openStreamedXids.isEmpty();
        // As pg_recvlogical does: with nothing open, everything up to the
        // server's WAL end has been seen, so an idle or filtered slot moves.
        if (m_ackMode == AckMode::Auto && idle)
            m_pendingAutoFlush = std::max(m_pendingAutoFlush, k->walEnd);
        if (k->replyRequested)
            sendStatus(false);
        if (m_options.endPos && idle && k->walEnd >= *m_options.endPos && m_state == State::Streaming) {
            m_endposReached = true;
            beginStop(QStringLiteral("reached endpos %1").arg(m_options.endPos->toString()));
        }
        return;
    }
    const auto &u = std::get<UnknownCopyData>(msg);
    StreamEvent ev;
    ev.kind = StreamEvent::Kind::Unknown;
    ev.receivedAtUs = nowUs();
    ev.payload = u.bytes;
    appendEvent(std::move(ev));
    emit warning(QStringLiteral("skipped an unknown CopyData message (tag 0x%1)")
                     .arg(quint8(u.tag), 2, 16, QLatin1Char('0')));
}

void ReplicationSession::handleXLogData(const QByteArray &, const XLogData &m)
{
    // Past endpos nothing is delivered, as pg_recvlogical writes nothing
    // past it; what was in flight when we stopped is dropped.
    if (m_endposReached)
        return;
    if (m_options.endPos && m.walStart > *m_options.endPos && m.walStart.isValid()) {
        m_endposReached = true;
        beginStop(QStringLiteral("reached endpos %1").arg(m_options.endPos->toString()));
        return;
    }
    ++m_counters.messages;
    m_counters.lastReceived = std::max(m_counters.lastReceived, m.walEnd);
    StreamEvent ev;
    ev.kind = StreamEvent::Kind::XLogData;
    ev.receivedAtUs = nowUs();
    ev.walStart = m.walStart;
    ev.walEnd = m.walEnd;
    ev.serverTime = m.serverTime;
    ev.payload = m.payload;
    appendEvent(std::move(ev));
    transactionBoundary(m.payload);
    if (m_options.endPos && m.walStart == *m_options.endPos && !m_inTransaction) {
        m_endposReached = true;
        beginStop(QStringLiteral("reached endpos %1").arg(m_options.endPos->toString()));
    }
}

// Tracks where transactions begin and end; the offsets are those of the
// "Logical Replication Message Formats" page.
void ReplicationSession::transactionBoundary(const QByteArray &p)
{
    if (p.isEmpty())
        return;
    Lsn end;
    bool boundary = false;
    switch (p[0]) {
    case 'B':
    case 'b':
        m_inTransaction = true;
        return;
    case 'C': // Commit: flags, commit LSN, end LSN
    case 'P': // Prepare: flags, prepare LSN, end LSN
    case 'K': // Commit Prepared: flags, commit LSN, end LSN
    case 'r': // Rollback Prepared: flags, prepare end LSN, rollback end LSN
        m_inTransaction = false;
        end = lsnAt(p, 10);
        boundary = true;
        break;
    case 'S':
        m_openStreamedXids.insert(xidAt(p, 1));
        return;
    case 'c': // Stream Commit: xid, flags, commit LSN, end LSN
        m_openStreamedXids.remove(xidAt(p, 1));
        end = lsnAt(p, 14);
        boundary = true;
        break;
    case 'p': // Stream Prepare: flags, prepare LSN, end LSN, time, xid
        m_openStreamedXids.remove(xidAt(p, 26));
        end = lsnAt(p, 10);
        boundary = true;
        break;
    case 'A': // Stream Abort: xid, subxid; only the top-level one ends it
        if (xidAt(p, 1) == xidAt(p, 5)) {
            m_openStreamedXids.remove(xidAt(p, 1));
            boundary = true;
        }
        break;
    default:
        return;
    }
    if (end.isValid()) {
        if (m_receivedEnds.size() >= kMaxRememberedEnds)
            m_receivedEnds.remove(0, kMaxRememberedEnds / 2);
        m_receivedEnds.append(end);
        if (m_ackMode == AckMode::Auto)
            m_pendingAutoFlush = std::max(m_pendingAutoFlush, end);
    }
    if (boundary && m_stepping) {
        m_stepping = false;
        pause();
    }
}

void ReplicationSession::appendEvent(StreamEvent event)
{
    m_batch.append(std::move(event));
}

void ReplicationSession::onReadPass()
{
    if (m_batch.isEmpty() || m_batchTimer.isActive())
        return;
    const qint64 since = m_sinceDelivery.isValid() ? m_sinceDelivery.elapsed() : m_batchIntervalMs;
    if (since >= m_batchIntervalMs)
        deliverBatch();
    else
        m_batchTimer.start(int(m_batchIntervalMs - since));
}

void ReplicationSession::deliverBatch()
{
    m_batchTimer.stop();
    if (m_batch.isEmpty())
        return;
    m_sinceDelivery.start();
    StreamEventBatch batch;
    batch.swap(m_batch);
    emit eventsReceived(batch);
    // Handed to the consumer: auto mode may now report it flushed.
    if (m_ackMode == AckMode::Auto && m_pendingAutoFlush > m_autoFlush)
        m_autoFlush = m_pendingAutoFlush;
    emit countersChanged(m_counters);
}

Lsn ReplicationSession::flushToReport() const
{
    if (m_ackMode == AckMode::Never)
        return Lsn(); // 0/0 is ignored by the server: the slot stays put
    Lsn flush = m_ackMode == AckMode::Manual ? m_manualFlush : m_autoFlush;
    // The server moves a slot backwards on a lower flush; never send one.
    flush = std::max({flush, m_highestFlushSent, m_slotConfirmedFlush});
    return flush;
}

void ReplicationSession::sendStatus(bool replyRequested)
{
    if (m_state != State::Streaming && m_state != State::Stopping)
        return;
    // Held events first: auto mode reports only what was handed on, and the
    // last status before a stop must cover everything received.
    deliverBatch();
    StandbyStatusUpdate u;
    u.flush = flushToReport();
    u.write = std::max(m_counters.lastReceived, u.flush);
    u.apply = u.flush;
    u.clientTime = pgtime::now();
    u.replyRequested = replyRequested;
    const QByteArray body = u.encode();
    m_conn.sendCopyData(body);
    ++m_counters.statusUpdatesSent;
    // Reporting the slot's own position again acknowledges nothing new.
    const bool moved = u.flush > std::max(m_highestFlushSent, m_slotConfirmedFlush);
    if (u.flush.isValid())
        m_highestFlushSent = std::max(m_highestFlushSent, u.flush);
    m_counters.lastFlushSent = m_highestFlushSent;
    StreamEvent ev;
    ev.kind = StreamEvent::Kind::StatusUpdate;
    ev.receivedAtUs = nowUs();
    ev.walStart = u.write;
    ev.walEnd = u.flush;
    ev.serverTime = u.clientTime;
    ev.payload = body;
    appendEvent(std::move(ev));
    if (moved)
        emit acknowledged(u.flush);
    // Status updates are sent from timers too, outside any read pass.
    deliverBatch();
}

void ReplicationSession::sendStatusNow()
{
    sendStatus(false);
}

void ReplicationSession::acknowledge(Lsn commitEnd)
{
    if (!std::binary_search(m_receivedEnds.cbegin(), m_receivedEnds.cend(), commitEnd)) {
        emit warning(QStringLiteral("%1 is not the end of a transaction received in this session; nothing "
                                    "was acknowledged")
                         .arg(commitEnd.toString()));
        return;
    }
    if (m_ackMode != AckMode::Manual) {
        emit warning(
            QStringLiteral("acknowledging by hand needs manual mode (now %1)").arg(ackModeName(m_ackMode)));
        return;
    }
    if (commitEnd <= m_highestFlushSent || commitEnd <= m_slotConfirmedFlush) {
        emit warning(QStringLiteral("the slot is already at %1; an acknowledgement never moves it back")
                         .arg(std::max(m_highestFlushSent, m_slotConfirmedFlush).toString()));
        return;
    }
    m_manualFlush = commitEnd;
    sendStatus(false);
}

void ReplicationSession::setAckMode(AckMode mode)
{
    if (m_ackMode == mode)
        return;
    m_ackMode = mode;
    if (mode == AckMode::Auto) {
        // Catch up with what was already handed on, once the held batch is.
        deliverBatch();
        if (!m_receivedEnds.isEmpty())
            m_autoFlush = std::max(m_autoFlush, m_receivedEnds.last());
        m_pendingAutoFlush = m_autoFlush;
    }
}

void ReplicationSession::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    m_pausedSince.start();
    m_conn.setPaused(true);
    emit pausedChanged(true);
}

void ReplicationSession::resume()
{
    m_stepping = false;
    if (!m_paused)
        return;
    m_paused = false;
    m_counters.pausedMs += m_pausedSince.elapsed();
    m_conn.setPaused(false);
    emit pausedChanged(false);
}

void ReplicationSession::step()
{
    if (m_state != State::Streaming)
        return;
    const bool wasPaused = m_paused;
    resume();
    m_stepping = true;
    if (!wasPaused)
        m_stepping = true;
}

void ReplicationSession::stop()
{
    if (m_state == State::Streaming) {
        beginStop(QStringLiteral("stopped by request"));
        return;
    }
    disconnectFromServer();
}

void ReplicationSession::beginStop(const QString &reason)
{
    if (m_state != State::Streaming)
        return;
    m_stopReason = reason;
    // Keep reading: frames already on their way are kept, up to the
    // server's CopyDone.
    resume();
    sendStatus(false);
    setState(State::Stopping);
    m_statusTimer.stop();
    m_conn.sendCopyDone();
    m_stopTimer.start(kStopTimeoutMs);
}

void ReplicationSession::finishStop(bool clean, const QString &reason)
{
    m_stopTimer.stop();
    m_statusTimer.stop();
    deliverBatch();
    m_conn.close();
    setState(State::Disconnected);
    emit streamStopped(clean, reason);
}

void ReplicationSession::reconnect()
{
    if (m_state != State::Disconnected || !m_hasStreamed) {
        emit warning(
            QStringLiteral("nothing to reconnect: %1")
                .arg(m_hasStreamed ? QStringLiteral("still connected") : QStringLiteral("never streamed")));
        return;
    }
    m_reconnecting = true;
    connectToServer(m_params, m_env);
}

void ReplicationSession::disconnectFromServer()
{
    // What was received is handed on before the session says it is gone.
    deliverBatch();
    m_statusTimer.stop();
    m_stopTimer.stop();
    m_conn.close();
    setState(State::Disconnected);
}

quint64 ReplicationSession::runQuery(const QString &sql)
{
    const quint64 id = m_conn.query(sql);
    m_userQueries.insert(id);
    return id;
}

void ReplicationSession::onConnectionFailed(const ConnectionError &error)
{
    m_reconnecting = false;
    m_statusTimer.stop();
    m_stopTimer.stop();
    const bool wasStreaming = m_state == State::Streaming || m_state == State::Stopping;
    if (wasStreaming) {
        StreamEvent ev;
        ev.kind = StreamEvent::Kind::Gap;
        ev.receivedAtUs = nowUs();
        ev.payload = error.toString().toUtf8();
        appendEvent(std::move(ev));
        deliverBatch();
    }
    setState(State::Disconnected);
    emit failed(error);
    if (wasStreaming)
        emit streamStopped(false, error.toString());
}

void ReplicationSession::failWith(const QString &message, std::optional<ServerNotice> notice)
{
    m_reconnecting = false;
    deliverBatch();
    const bool connected = m_conn.state() != PgConnection::State::Disconnected;
    const State before = m_state;
    ConnectionError error {ConnectionError::Kind::Server, message, std::move(notice)};
    if (!error.server)
        error.kind = ConnectionError::Kind::Protocol;
    // Setup failures leave the connection usable; go back to Ready.
    if (connected && (before == State::Ready || before == State::Connecting)
        && m_identity.serverVersionNum > 0)
        setState(State::Ready);
    else if (!connected)
        setState(State::Disconnected);
    emit failed(error);
}

} // namespace pgrepl
