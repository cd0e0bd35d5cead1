#include "FakePgServer.h"

#include "wire/Messages.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

#include <algorithm>

namespace pgrepl::test {

namespace {
constexpr qint32 kGssEncRequestCode = 80877104;
constexpr qint32 kCancelRequestCode = 80877102;
constexpr std::uint32_t kTextOid = 25;

void putU8(QByteArray &out, quint8 v)
{
    out.append(static_cast<char>(v));
}

void putI16(QByteArray &out, qint16 v)
{
    char buf[2];
    qToBigEndian(v, buf);
    out.append(buf, 2);
}

void putI32(QByteArray &out, qint32 v)
{
    char buf[4];
    qToBigEndian(v, buf);
    out.append(buf, 4);
}

void putU64(QByteArray &out, quint64 v)
{
    char buf[8];
    qToBigEndian(v, buf);
    out.append(buf, 8);
}

void putCString(QByteArray &out, const QByteArray &s)
{
    out.append(s);
    out.append('\0');
}
} // namespace

FakePgServer::FakePgServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakePgServer::onNewConnection);
}

FakePgServer::~FakePgServer()
{
    if (m_client) {
        m_client->disconnect(this);
        m_client->abort();
    }
}

bool FakePgServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakePgServer::port() const
{
    return m_server->serverPort();
}

QString FakePgServer::connectionString(const QString &sslMode) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 user=fake dbname=%2 sslmode=%3")
        .arg(port())
        .arg(m_script.dbname, sslMode);
}

bool FakePgServer::waitForClient(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_client != nullptr; }, timeoutMs);
}

bool FakePgServer::waitForStartup(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_startupDone; }, timeoutMs);
}

bool FakePgServer::waitForFrames(char type, qsizetype count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return frameCount(type) >= count; }, timeoutMs);
}

bool FakePgServer::waitForStatusUpdates(qsizetype count, int timeoutMs)
{
    return QTest::qWaitFor([&] { return statusUpdates().size() >= count; }, timeoutMs);
}

bool FakePgServer::waitForDisconnect(int timeoutMs)
{
    return QTest::qWaitFor([this] { return m_disconnected; }, timeoutMs);
}

qsizetype FakePgServer::frameCount(char type) const
{
    return std::count_if(
        m_frames.cbegin(), m_frames.cend(), [type](const ClientFrame &f) { return f.type == type; });
}

QStringList FakePgServer::queries() const
{
    QStringList out;
    for (const ClientFrame &f : m_frames) {
        if (f.type != 'Q')
            continue;
        QByteArray sql = f.payload;
        if (sql.endsWith('\0'))
            sql.chop(1);
        out << QString::fromUtf8(sql);
    }
    return out;
}

QList<StandbyStatusUpdate> FakePgServer::statusUpdates() const
{
    QList<StandbyStatusUpdate> out;
    for (const ClientFrame &f : m_frames) {
        if (f.type != 'd' || !f.payload.startsWith('r'))
            continue;
        const auto decoded = StandbyStatusUpdate::decode(f.payload);
        if (const auto *u = std::get_if<StandbyStatusUpdate>(&decoded))
            out << *u;
    }
    return out;
}

void FakePgServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_client) {
            // One client per server: a second one is a test bug, made loud.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_client = socket;
        connect(m_client, &QTcpSocket::readyRead, this, &FakePgServer::onReadyRead);
        connect(m_client, &QTcpSocket::disconnected, this, [this] {
            m_disconnected = true;
            m_streaming = false;
            emit clientDisconnected();
        });
    }
}

void FakePgServer::onReadyRead()
{
    if (!m_client)
        return;
    const QByteArray bytes = m_client->readAll();
    if (!m_startupDone) {
        m_untyped.append(bytes);
        while (!m_startupDone && readUntypedPacket()) { }
        if (!m_startupDone)
            return;
    } else {
        m_framer.append(bytes);
    }
    BackendMessage m;
    while (m_client && m_framer.next(m) == Framer::Result::Message)
        handleFrame(ClientFrame {m.type, m.payload});
}

// One length-prefixed packet without a type byte: SSLRequest, GSSENCRequest
// or the startup packet. False when it has not fully arrived.
bool FakePgServer::readUntypedPacket()
{
    if (m_untyped.size() < 8)
        return false;
    const qint32 length = qFromBigEndian<qint32>(m_untyped.constData());
    if (length < 8 || length > 10000) {
        // No real client sends this; drop it so the test sees the close.
        m_client->abort();
        return false;
    }
    if (m_untyped.size() < length)
        return false;
    const QByteArray packet = m_untyped.mid(4, length - 4);
    m_untyped.remove(0, length);
    const qint32 code = qFromBigEndian<qint32>(packet.constData());
    m_frames << ClientFrame {0, packet};
    emit frameReceived(0);
    if (code == frontend::kSslRequestCode) {
        QByteArray answer(1, m_script.sslAnswer);
        answer += m_script.afterSslAnswer;
        sendRaw(answer);
        return true;
    }
    if (code == kGssEncRequestCode) {
        sendRaw(QByteArray(1, 'N'));
        return true;
    }
    if (code == kCancelRequestCode) {
        m_client->disconnectFromHost();
        return false;
    }
    // The startup packet: NUL-terminated name/value pairs after the version.
    const QList<QByteArray> parts = packet.mid(4).split('\0');
    for (qsizetype i = 0; i + 1 < parts.size(); i += 2) {
        if (parts[i].isEmpty())
            break;
        m_startupParameters.insert(parts[i], parts[i + 1]);
    }
    m_startupDone = true;
    m_framer.append(m_untyped);
    m_untyped.clear();
    if (m_autopilot)
        autopilotStartup();
    return true;
}

void FakePgServer::handleFrame(const ClientFrame &f)
{
    m_frames << f;
    emit frameReceived(f.type);
    if (!m_autopilot)
        return;
    switch (f.type) {
    case 'Q': {
        QByteArray sql = f.payload;
        if (sql.endsWith('\0'))
            sql.chop(1);
        autopilotQuery(QString::fromUtf8(sql));
        return;
    }
    case 'c':
        // The walsender's side of the stop handshake.
        if (m_streaming) {
            m_streaming = false;
            sendCopyDone();
            sendCommandComplete(QStringLiteral("START_REPLICATION"));
            sendReadyForQuery();
        }
        return;
    case 'X':
        if (m_client)
            m_client->disconnectFromHost();
        return;
    default:
        return;
    }
}

void FakePgServer::autopilotStartup()
{
    sendAuthenticationOk();
    sendParameterStatus(QStringLiteral("server_version"), m_script.serverVersion);
    sendParameterStatus(QStringLiteral("server_encoding"), QStringLiteral("UTF8"));
    sendParameterStatus(QStringLiteral("client_encoding"), QStringLiteral("UTF8"));
    sendParameterStatus(QStringLiteral("DateStyle"), QStringLiteral("ISO, MDY"));
    sendParameterStatus(QStringLiteral("IntervalStyle"), QStringLiteral("postgres"));
    sendParameterStatus(QStringLiteral("TimeZone"), QStringLiteral("UTC"));
    sendParameterStatus(QStringLiteral("integer_datetimes"), QStringLiteral("on"));
    sendBackendKeyData(m_script.backendPid, m_script.backendKey);
    sendReadyForQuery();
}

void FakePgServer::autopilotQuery(const QString &sql)
{
    const Script &s = m_script;
    if (sql == u"IDENTIFY_SYSTEM") {
        sendRows({QStringLiteral("systemid"), QStringLiteral("timeline"), QStringLiteral("xlogpos"),
                     QStringLiteral("dbname")},
            {{s.systemId, QString::number(s.timeline), s.xlogPos.toString(), s.dbname}},
            QStringLiteral("IDENTIFY_SYSTEM"));
    } else if (sql == u"SHOW server_version_num") {
        sendRows({QStringLiteral("server_version_num")}, {{QString::number(s.serverVersionNum)}},
            QStringLiteral("SHOW"));
    } else if (sql == u"SHOW synchronous_standby_names") {
        sendRows({QStringLiteral("synchronous_standby_names")}, {{s.synchronousStandbyNames}},
            QStringLiteral("SHOW"));
    } else if (sql.contains(u"FROM pg_replication_slots")) {
        QList<QList<std::optional<QString>>> rows;
        if (s.slotExists)
            rows << QList<std::optional<QString>> {s.slotType, s.plugin, s.confirmedFlush.toString(),
                s.slotTwoPhase ? QStringLiteral("t") : QStringLiteral("f")};
        sendRows({QStringLiteral("slot_type"), QStringLiteral("plugin"),
                     QStringLiteral("confirmed_flush_lsn"), QStringLiteral("two_phase")},
            rows, QStringLiteral("SELECT %1").arg(rows.size()));
    } else if (sql.contains(u"pg_copy_logical_replication_slot(")) {
        sendRows({QStringLiteral("slot_name"), QStringLiteral("lsn")},
            {{QStringLiteral("copy"), s.confirmedFlush.toString()}}, QStringLiteral("SELECT 1"));
    } else if (sql.startsWith(u"START_REPLICATION")) {
        sendCopyBothResponse();
        return; // no ReadyForQuery until the stream ends
    } else {
        sendErrorResponse(
            {{'S', QStringLiteral("ERROR")}, {'V', QStringLiteral("ERROR")}, {'C', QStringLiteral("0A000")},
                {'M', QStringLiteral("the fake server has no answer for: %1").arg(sql)}});
    }
    sendReadyForQuery();
}

void FakePgServer::sendRaw(const QByteArray &bytes)
{
    if (!m_client || m_client->state() != QAbstractSocket::ConnectedState)
        return;
    m_client->write(bytes);
    m_client->flush();
}

void FakePgServer::sendMessage(char type, const QByteArray &body)
{
    sendRaw(frame(type, body));
}

void FakePgServer::sendAuthenticationOk()
{
    QByteArray body;
    putI32(body, 0);
    sendMessage('R', body);
}

void FakePgServer::sendParameterStatus(const QString &name, const QString &value)
{
    QByteArray body;
    putCString(body, name.toUtf8());
    putCString(body, value.toUtf8());
    sendMessage('S', body);
}

void FakePgServer::sendBackendKeyData(qint32 pid, qint32 key)
{
    QByteArray body;
    putI32(body, pid);
    putI32(body, key);
    sendMessage('K', body);
}

void FakePgServer::sendReadyForQuery(char status)
{
    sendMessage('Z', QByteArray(1, status));
}

void FakePgServer::sendRows(
    const QStringList &columns, const QList<QList<std::optional<QString>>> &rows, const QString &commandTag)
{
    QByteArray description;
    putI16(description, static_cast<qint16>(columns.size()));
    for (const QString &name : columns) {
        putCString(description, name.toUtf8());
        putI32(description, 0); // table OID
        putI16(description, 0); // column number
        putI32(description, static_cast<qint32>(kTextOid));
        putI16(description, -1); // variable length
        putI32(description, -1); // no type modifier
        putI16(description, 0); // text format
    }
    QByteArray out = frame('T', description);
    for (const auto &row : rows) {
        QByteArray body;
        putI16(body, static_cast<qint16>(row.size()));
        for (const std::optional<QString> &cell : row) {
            if (!cell) {
                putI32(body, -1);
                continue;
            }
            const QByteArray text = cell->toUtf8();
            putI32(body, static_cast<qint32>(text.size()));
            body.append(text);
        }
        out += frame('D', body);
    }
    QByteArray tag;
    putCString(tag, commandTag.toUtf8());
    out += frame('C', tag);
    sendRaw(out);
}

void FakePgServer::sendCommandComplete(const QString &tag)
{
    QByteArray body;
    putCString(body, tag.toUtf8());
    sendMessage('C', body);
}

void FakePgServer::sendCopyBothResponse()
{
    QByteArray body;
    putU8(body, 0); // text
    putI16(body, 0); // no columns
    m_streaming = true;
    sendMessage('W', body);
}

void FakePgServer::sendCopyData(const QByteArray &body)
{
    sendMessage('d', body);
}

void FakePgServer::sendCopyDone()
{
    sendMessage('c', {});
}

void FakePgServer::sendXLogData(Lsn walStart, Lsn walEnd, const QByteArray &payload, qint64 serverTime)
{
    sendCopyData(xlogDataBody(walStart, walEnd, payload, serverTime));
}

void FakePgServer::sendKeepalive(Lsn walEnd, bool replyRequested, qint64 serverTime)
{
    sendCopyData(keepaliveBody(walEnd, replyRequested, serverTime));
}

void FakePgServer::sendErrorResponse(const QMap<char, QString> &fields)
{
    sendMessage('E', noticeBody(fields));
}

void FakePgServer::closeConnection()
{
    if (!m_client)
        return;
    m_client->flush();
    m_client->disconnectFromHost();
}

QByteArray FakePgServer::frame(char type, const QByteArray &body)
{
    QByteArray out;
    out.append(type);
    putI32(out, static_cast<qint32>(body.size() + 4));
    out.append(body);
    return out;
}

QByteArray FakePgServer::xlogDataBody(Lsn walStart, Lsn walEnd, const QByteArray &payload, qint64 serverTime)
{
    QByteArray body;
    body.append('w');
    putU64(body, walStart.value());
    putU64(body, walEnd.value());
    putU64(body, static_cast<quint64>(serverTime));
    body.append(payload);
    return body;
}

QByteArray FakePgServer::keepaliveBody(Lsn walEnd, bool replyRequested, qint64 serverTime)
{
    QByteArray body;
    body.append('k');
    putU64(body, walEnd.value());
    putU64(body, static_cast<quint64>(serverTime));
    putU8(body, replyRequested ? 1 : 0);
    return body;
}

QByteArray FakePgServer::noticeBody(const QMap<char, QString> &fields)
{
    QByteArray body;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        body.append(it.key());
        putCString(body, it.value().toUtf8());
    }
    body.append('\0');
    return body;
}

QByteArray FakePgServer::pgoutputBegin(Lsn finalLsn, quint32 xid)
{
    QByteArray p;
    p.append('B');
    putU64(p, finalLsn.value());
    putU64(p, 0); // commit timestamp
    putI32(p, static_cast<qint32>(xid));
    return p;
}

QByteArray FakePgServer::pgoutputCommit(Lsn commitLsn, Lsn endLsn)
{
    QByteArray p;
    p.append('C');
    putU8(p, 0); // flags
    putU64(p, commitLsn.value());
    putU64(p, endLsn.value());
    putU64(p, 0); // commit timestamp
    return p;
}

} // namespace pgrepl::test
