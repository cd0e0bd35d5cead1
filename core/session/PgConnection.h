#pragma once

#include "conn/ConnParams.h"
#include "wire/Framer.h"
#include "wire/Messages.h"

#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QTimer>

#include <memory>
#include <optional>

class QIODevice;
class QLocalSocket;
class QSslSocket;

namespace pgrepl {

class ScramClient;

// Why a connection failed: our words, plus every field the server sent when
// the failure was its ErrorResponse.
struct ConnectionError
{
    enum class Kind { Network, Tls, Authentication, Protocol, Server };
    Kind kind = Kind::Network;
    QString message;
    std::optional<ServerNotice> server;

    QString toString() const;
};

// The negotiated TLS session, for the status bar and the details dialog.
struct TlsInfo
{
    bool active = false;
    QString protocol;
    QString cipher;
    QList<QSslCertificate> peerChain;
};

// The outcome of one simple-protocol query.
struct QueryResult
{
    bool ok = false;
    QList<RowDescriptionField> fields;
    QList<DataRow> rows;
    QString commandTag;
    std::optional<ServerNotice> error;

    int column(const QString &name) const;
    // Text of a cell; an empty string for NULL or an unknown column.
    QString value(int row, const QString &name) const;
    bool isNull(int row, const QString &name) const;
};

// One PostgreSQL protocol connection: TCP (with TLS as sslmode says) or a Unix
// socket, startup and authentication, then simple queries and CopyBoth. It
// speaks the wire protocol only; what the queries mean is the session's job.
class PgConnection final : public QObject
{
    Q_OBJECT

public:
    enum class State { Disconnected, Connecting, Tls, Authenticating, Ready, Busy, CopyBoth };
    Q_ENUM(State)

    static constexpr qint64 kDefaultReadBufferSize = 4 * 1024 * 1024;

    explicit PgConnection(QObject *parent = nullptr);
    ~PgConnection() override;

    // The socket's own read buffer is bounded, so that a paused reader
    // pushes back on the server through TCP instead of growing memory.
    void setReadBufferSize(qint64 bytes) { m_readBufferSize = bytes; }
    void setMaxMessageSize(qint64 bytes) { m_maxMessageSize = bytes; }

    // Starts connecting. startupParameters go into the startup packet after
    // user and database (replication, application_name, GUCs...).
    void open(const ConnParams &params, const ConnEnvironment &env,
        const QList<QPair<QByteArray, QByteArray>> &startupParameters);
    // Sends Terminate when possible and closes the socket.
    void close();

    // Queues a simple query; queryFinished(id, ...) answers it, or
    // copyBothStarted(id) when it enters CopyBoth.
    quint64 query(const QString &sql);
    void sendCopyData(const QByteArray &data);
    void sendCopyDone();

    // While paused nothing is read from the socket: the bounded socket
    // buffer fills and TCP flow control reaches the server.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    State state() const { return m_state; }
    TlsInfo tlsInfo() const;
    QString authMethod() const { return m_authMethod; }
    QHash<QString, QString> serverParameters() const { return m_serverParameters; }
    int backendPid() const { return m_backendPid; }
    const HostSpec &currentHost() const { return m_host; }
    // What the socket holds that we have not read yet (the bounded buffer).
    qint64 socketBytesAvailable() const;
    qint64 bytesReceived() const { return m_bytesReceived; }
    qint64 bytesSent() const { return m_bytesSent; }

signals:
    void stateChanged(pgrepl::PgConnection::State state);
    void ready();
    void failed(const pgrepl::ConnectionError &error);
    // One attempt failed and another (next host, other TLS choice) starts.
    void attemptFailed(const QString &reason);
    void queryFinished(quint64 id, const pgrepl::QueryResult &result);
    void copyBothStarted(quint64 id);
    void copyData(const QByteArray &data);
    void copyDoneReceived();
    // Emitted after each pass over the incoming bytes, so listeners can
    // flush what they batched.
    void incomingDrained();
    void noticeReceived(const pgrepl::ServerNotice &notice);
    void parameterStatus(const QString &name, const QString &value);
    void closed();

private:
    struct Attempt
    {
        int hostIndex = 0;
        bool tls = false;
    };

    // Which attempt may follow a failure: libpq moves to the next host when
    // a host cannot be reached, but retries the same host only for the TLS
    // choices of allow and prefer.
    enum class Retry { NextHost, AnyNext, SameHostOnly };

    void startAttempt();
    bool tryNext(const QString &reason, Retry how);
    QString describeHost() const;
    void onConnected();
    void onReadyRead();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError(const QString &text);
    void sendStartup();
    void processIncoming();
    bool handleMessage(const BackendMessage &m);
    bool handleAuthentication(const BackendMessage &m);
    bool handleStartupMessage(const BackendMessage &m);
    bool handleQueryMessage(const BackendMessage &m);
    void startTls();
    bool configureTls(QString *error);
    void fail(ConnectionError::Kind kind, const QString &message, std::optional<ServerNotice> server = {});
    void finishQuery(bool ok);
    void sendNextQuery();
    void write(const QByteArray &bytes);
    void setState(State s);
    void teardownSocket();
    QByteArray passwordForAttempt(QString *source);

    ConnParams m_params;
    ConnEnvironment m_env;
    QList<QPair<QByteArray, QByteArray>> m_startupParameters;
    QList<Attempt> m_attempts;
    int m_attemptIndex = -1;
    HostSpec m_host;
    bool m_tlsWanted = false;
    bool m_awaitingSslResponse = false;
    bool m_startupSent = false;
    bool m_verifyChain = false;
    bool m_verifyHost = false;
    QString m_tlsVerifyError;
    bool m_closing = false;

    QSslSocket *m_tcp = nullptr;
    QLocalSocket *m_local = nullptr;
    QIODevice *m_io = nullptr;
    QTimer m_connectTimer;
    std::unique_ptr<Framer> m_framer;
    qint64 m_readBufferSize = kDefaultReadBufferSize;
    qint64 m_maxMessageSize = Framer::kDefaultMaxMessageSize;
    bool m_paused = false;
    bool m_processing = false;

    State m_state = State::Disconnected;
    std::unique_ptr<ScramClient> m_scram;
    bool m_usedChannelBinding = false;
    bool m_sawAuthRequest = false;
    QString m_authMethod;
    QHash<QString, QString> m_serverParameters;
    int m_backendPid = 0;
    qint64 m_bytesReceived = 0;
    qint64 m_bytesSent = 0;

    struct PendingQuery
    {
        quint64 id = 0;
        QByteArray sql;
    };
    QList<PendingQuery> m_queue;
    std::optional<PendingQuery> m_current;
    QueryResult m_result;
    quint64 m_nextQueryId = 1;
};

} // namespace pgrepl

Q_DECLARE_METATYPE(pgrepl::ConnectionError)
Q_DECLARE_METATYPE(pgrepl::QueryResult)
