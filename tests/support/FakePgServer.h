#pragma once

#include "wire/Framer.h"
#include "wire/Lsn.h"
#include "wire/ReplicationMessages.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

class QTcpServer;
class QTcpSocket;

namespace pgrepl::test {

// A scripted walsender on 127.0.0.1 for fault tests: it accepts one client,
// records every frame the client sends, and writes whatever the test asks,
// including frames no real server would send.
//
// With the autopilot on (the default) it answers the startup and the
// session's setup queries from script() by itself, up to CopyBothResponse,
// so a test only scripts the part of the conversation it is about.
class FakePgServer final : public QObject
{
    Q_OBJECT

public:
    // One frame from the client. The packets before the startup message
    // ends (SSLRequest, the startup packet) have no type byte: type is 0
    // and payload starts with the request code.
    struct ClientFrame
    {
        char type = 0;
        QByteArray payload;
    };

    // What the autopilot answers.
    struct Script
    {
        char sslAnswer = 'N'; // 'N' or 'S' to an SSLRequest
        QByteArray afterSslAnswer; // written in the same write as the answer
        QString serverVersion = QStringLiteral("15.0");
        int serverVersionNum = 150000;
        QString systemId = QStringLiteral("7300000000000000001");
        int timeline = 1;
        Lsn xlogPos = Lsn(0x3000000);
        QString dbname = QStringLiteral("fakedb");
        QString synchronousStandbyNames;
        bool slotExists = true;
        QString slotType = QStringLiteral("logical");
        QString plugin = QStringLiteral("pgoutput");
        Lsn confirmedFlush = Lsn(0x1000000);
        bool slotTwoPhase = false;
        qint32 backendPid = 4242;
        qint32 backendKey = 1234567;
    };

    explicit FakePgServer(QObject *parent = nullptr);
    ~FakePgServer() override;

    // Listens on 127.0.0.1 with a port the system picks.
    bool listen();
    quint16 port() const;
    // A key=value connection string for this server.
    QString connectionString(const QString &sslMode = QStringLiteral("disable")) const;

    Script &script() { return m_script; }
    void setAutopilot(bool on) { m_autopilot = on; }

    // Each wait runs the event loop until the condition holds or the
    // timeout passes; false on timeout.
    bool waitForClient(int timeoutMs = 5000);
    bool waitForStartup(int timeoutMs = 5000);
    // Until the client has sent at least count frames of this type in all.
    bool waitForFrames(char type, qsizetype count, int timeoutMs = 5000);
    // Until the client has sent at least count standby status updates.
    bool waitForStatusUpdates(qsizetype count, int timeoutMs = 5000);
    bool waitForDisconnect(int timeoutMs = 5000);

    bool hasClient() const { return m_client != nullptr; }
    // True from the CopyBothResponse until CopyDone either way.
    bool isStreaming() const { return m_streaming; }
    QList<ClientFrame> frames() const { return m_frames; }
    qsizetype frameCount(char type) const;
    QHash<QByteArray, QByteArray> startupParameters() const { return m_startupParameters; }
    // The text of every simple query, in order.
    QStringList queries() const;
    // Every standby status update ('r' CopyData), decoded, in order.
    QList<StandbyStatusUpdate> statusUpdates() const;

    // Replies. Each is written and flushed to the kernel at once, so two
    // calls are two writes.
    void sendRaw(const QByteArray &bytes);
    void sendMessage(char type, const QByteArray &body);
    void sendAuthenticationOk();
    void sendParameterStatus(const QString &name, const QString &value);
    void sendBackendKeyData(qint32 pid, qint32 key);
    void sendReadyForQuery(char status = 'I');
    // RowDescription (text columns), one DataRow per row, CommandComplete.
    void sendRows(const QStringList &columns, const QList<QList<std::optional<QString>>> &rows,
        const QString &commandTag);
    void sendCommandComplete(const QString &tag);
    void sendCopyBothResponse();
    void sendCopyData(const QByteArray &body);
    void sendCopyDone();
    void sendXLogData(Lsn walStart, Lsn walEnd, const QByteArray &payload, qint64 serverTime = 0);
    void sendKeepalive(Lsn walEnd, bool replyRequested, qint64 serverTime = 0);
    void sendErrorResponse(const QMap<char, QString> &fields);
    // Flushes what was written, then closes the connection.
    void closeConnection();

    // Encoders, for tests that cut or mangle what they send.
    static QByteArray frame(char type, const QByteArray &body);
    static QByteArray xlogDataBody(
        Lsn walStart, Lsn walEnd, const QByteArray &payload, qint64 serverTime = 0);
    static QByteArray keepaliveBody(Lsn walEnd, bool replyRequested, qint64 serverTime = 0);
    static QByteArray noticeBody(const QMap<char, QString> &fields);
    // pgoutput Begin and Commit, with the layout of "Logical Replication
    // Message Formats".
    static QByteArray pgoutputBegin(Lsn finalLsn, quint32 xid);
    static QByteArray pgoutputCommit(Lsn commitLsn, Lsn endLsn);

signals:
    void frameReceived(char type);
    void clientDisconnected();

private:
    void onNewConnection();
    void onReadyRead();
    bool readUntypedPacket();
    void handleFrame(const ClientFrame &f);
    void autopilotStartup();
    void autopilotQuery(const QString &sql);

    QTcpServer *m_server = nullptr;
    QTcpSocket *m_client = nullptr;
    Script m_script;
    bool m_autopilot = true;
    bool m_startupDone = false;
    bool m_streaming = false;
    bool m_disconnected = false;
    QByteArray m_untyped; // bytes before the startup packet ended
    Framer m_framer; // client frames share the backend layout
    QList<ClientFrame> m_frames;
    QHash<QByteArray, QByteArray> m_startupParameters;
};

} // namespace pgrepl::test
