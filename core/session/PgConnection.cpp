#include "session/PgConnection.h"

#include "auth/ChannelBindingData.h"
#include "auth/Md5Password.h"
#include "auth/ScramClient.h"
#include "conn/PgPass.h"
#include "conn/TlsFiles.h"
#include "session/TlsVerify.h"

#include <QFile>
#include <QFileInfo>
#include <QLocalSocket>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace pgrepl {

namespace {
constexpr qint64 kReadSlice = 1024 * 1024;
}

QString ConnectionError::toString() const
{
    if (server)
        return message.isEmpty() ? server->toString() : message + QStringLiteral("\n") + server->toString();
    return message;
}

int QueryResult::column(const QString &name) const
{
    for (int i = 0; i < fields.size(); ++i)
        if (fields[i].name == name)
            return i;
    return -1;
}

QString QueryResult::value(int row, const QString &name) const
{
    const int c = column(name);
    if (c < 0 || row < 0 || row >= rows.size() || c >= rows[row].size() || !rows[row][c])
        return {};
    return QString::fromUtf8(*rows[row][c]);
}

bool QueryResult::isNull(int row, const QString &name) const
{
    const int c = column(name);
    return c < 0 || row < 0 || row >= rows.size() || c >= rows[row].size() || !rows[row][c];
}

// The timer is a child so that moveToThread takes it along.
PgConnection::PgConnection(QObject *parent) : QObject(parent), m_connectTimer(this)
{
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        teardownSocket();
        if (!tryNext(QStringLiteral("timeout expired"), Retry::NextHost))
            fail(ConnectionError::Kind::Network,
                QStringLiteral("connection to %1 timed out").arg(describeHost()));
    });
}

PgConnection::~PgConnection()
{
    teardownSocket();
}

QString PgConnection::describeHost() const
{
    if (m_host.isUnixSocket())
        return QStringLiteral("server on socket \"%1\"").arg(m_host.unixSocketPath());
    return QStringLiteral("server at \"%1\", port %2").arg(m_host.connectAddress()).arg(m_host.port);
}

void PgConnection::open(const ConnParams &params, const ConnEnvironment &env,
    const QList<QPair<QByteArray, QByteArray>> &startupParameters)
{
    teardownSocket();
    m_params = params;
    m_env = env;
    m_startupParameters = startupParameters;
    m_attempts.clear();
    for (int i = 0; i < params.hosts.size(); ++i) {
        if (params.hosts[i].isUnixSocket()) {
            m_attempts << Attempt {i, false}; // sslmode does not apply, as in libpq
            continue;
        }
        switch (params.sslMode) {
        case SslMode::Disable:
            m_attempts << Attempt {i, false};
            break;
        case SslMode::Allow:
            m_attempts << Attempt {i, false} << Attempt {i, true};
            break;
        case SslMode::Prefer:
            m_attempts << Attempt {i, true} << Attempt {i, false};
            break;
        default:
            m_attempts << Attempt {i, true};
            break;
        }
    }
    m_attemptIndex = 0;
    if (m_attempts.isEmpty()) {
        fail(ConnectionError::Kind::Network, QStringLiteral("no host to connect to"));
        return;
    }
    startAttempt();
}

void PgConnection::startAttempt()
{
    const Attempt attempt = m_attempts[m_attemptIndex];
    m_host = m_params.hosts[attempt.hostIndex];
    m_tlsWanted = attempt.tls;
    m_awaitingSslResponse = false;
    m_startupSent = false;
    m_sawAuthRequest = false;
    m_usedChannelBinding = false;
    m_scram.reset();
    m_authMethod.clear();
    m_serverParameters.clear();
    m_framer = std::make_unique<Framer>(m_maxMessageSize);
    setState(State::Connecting);

    if (m_params.connectTimeoutSeconds > 0)
        m_connectTimer.start(m_params.connectTimeoutSeconds * 1000);

    if (m_host.isUnixSocket()) {
        m_local = new QLocalSocket(this);
        m_local->setReadBufferSize(m_readBufferSize);
        m_io = m_local;
        connect(m_local, &QLocalSocket::connected, this, &PgConnection::onConnected);
        connect(m_local, &QLocalSocket::readyRead, this, &PgConnection::onReadyRead);
        connect(m_local, &QLocalSocket::errorOccurred, this,
            [this](QLocalSocket::LocalSocketError) { onSocketError(m_local->errorString()); });
        connect(m_local, &QLocalSocket::disconnected, this,
            [this] { onSocketError(QStringLiteral("disconnected")); });
        m_local->connectToServer(m_host.unixSocketPath());
        return;
    }
    m_tcp = new QSslSocket(this);
    m_tcp->setReadBufferSize(m_readBufferSize);
    m_io = m_tcp;
    connect(m_tcp, &QSslSocket::connected, this, &PgConnection::onConnected);
    connect(m_tcp, &QSslSocket::readyRead, this, &PgConnection::onReadyRead);
    connect(m_tcp, &QSslSocket::encrypted, this, &PgConnection::onEncrypted);
    connect(m_tcp, &QSslSocket::sslErrors, this, &PgConnection::onSslErrors);
    connect(m_tcp, &QSslSocket::errorOccurred, this,
        [this](QAbstractSocket::SocketError) { onSocketError(m_tcp->errorString()); });
    connect(
        m_tcp, &QSslSocket::disconnected, this, [this] { onSocketError(QStringLiteral("disconnected")); });
    m_tcp->connectToHost(m_host.connectAddress(), m_host.port);
}

bool PgConnection::tryNext(const QString &reason, Retry how)
{
    const int currentHost = m_attempts.value(m_attemptIndex).hostIndex;
    int next = m_attemptIndex + 1;
    if (how == Retry::NextHost) {
        while (next < m_attempts.size() && m_attempts[next].hostIndex == currentHost)
            ++next;
    }
    if (next >= m_attempts.size())
        return false;
    if (how == Retry::SameHostOnly && m_attempts[next].hostIndex != currentHost)
        return false;
    teardownSocket();
    emit attemptFailed(QStringLiteral("%1: %2").arg(describeHost(), reason));
    m_attemptIndex = next;
    startAttempt();
    return true;
}

void PgConnection::onConnected()
{
    // prefer and stricter modes ask for TLS first; allow only on its retry.
    if (m_tlsWanted) {
        m_awaitingSslResponse = true;
        setState(State::Tls);
        write(frontend::sslRequest());
        return;
    }
    sendStartup();
}

void PgConnection::onReadyRead()
{
    if (m_awaitingSslResponse) {
        char answer = 0;
        if (m_io->read(&answer, 1) != 1)
            return;
        m_awaitingSslResponse = false;
        m_bytesReceived += 1;
        // Anything after the one-byte answer was sent before the handshake
        // and would be read as if it were encrypted: refuse it.
        if (answer == 'S' && m_io->bytesAvailable() > 0) {
            fail(ConnectionError::Kind::Protocol,
                QStringLiteral("received unencrypted data after SSL response from %1").arg(describeHost()));
            return;
        }
        if (answer == 'S') {
            startTls();
            return;
        }
        if (answer == 'N') {
            if (m_params.sslMode >= SslMode::Require) {
                fail(ConnectionError::Kind::Tls,
                    QStringLiteral("server does not support SSL, but SSL was required (%1)")
                        .arg(describeHost()));
                return;
            }
            // prefer: go on in plain text on the same connection.
            sendStartup();
            return;
        }
        if (answer == 'E') {
            // A server too old to know SSLRequest answers with an error.
            fail(ConnectionError::Kind::Protocol,
                QStringLiteral("server answered the SSL request with an error (%1)").arg(describeHost()));
            return;
        }
        fail(ConnectionError::Kind::Protocol,
            QStringLiteral("received invalid response to SSL negotiation: 0x%1")
                .arg(quint8(answer), 2, 16, QLatin1Char('0')));
        return;
    }
    processIncoming();
}

bool PgConnection::configureTls(QString *error)
{
    const TlsFiles files = resolveTlsFiles(m_params, m_env);
    QSslConfiguration conf = m_tcp->sslConfiguration();
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    const SslMode mode = m_params.sslMode;
    m_verifyChain = mode == SslMode::VerifyCa || mode == SslMode::VerifyFull
        || (mode == SslMode::Require && !files.rootCert.isEmpty()) || files.systemRoots;
    m_verifyHost = mode == SslMode::VerifyFull || files.systemRoots;
    if (files.systemRoots) {
        if (mode != SslMode::VerifyFull) {
            *error = QStringLiteral("weak sslmode \"%1\" may not be used with sslrootcert=system (use "
                                    "\"verify-full\")")
                         .arg(sslModeName(mode));
            return false;
        }
        conf.setCaCertificates(QSslConfiguration::systemCaCertificates());
    } else if (m_verifyChain) {
        if (files.rootCert.isEmpty()) {
            *error
                = QStringLiteral("root certificate file \"%1\" does not exist\nEither provide the file, use "
                                 "the system's trusted roots with sslrootcert=system, or change sslmode to "
                                 "disable server certificate verification.")
                      .arg(files.missingRootCert.isEmpty() ? QStringLiteral("~/.postgresql/root.crt")
                                                           : files.missingRootCert);
            return false;
        }
        const QList<QSslCertificate> roots = QSslCertificate::fromPath(files.rootCert, QSsl::Pem);
        if (roots.isEmpty()) {
            *error = QStringLiteral("could not read root certificate file \"%1\"").arg(files.rootCert);
            return false;
        }
        conf.setCaCertificates(roots);
    } else {
        conf.setCaCertificates({});
    }
    conf.setPeerVerifyMode(m_verifyChain ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);

    if (!files.cert.isEmpty()) {
        const QList<QSslCertificate> certs = QSslCertificate::fromPath(files.cert, QSsl::Pem);
        if (certs.isEmpty()) {
            *error = QStringLiteral("could not read certificate file \"%1\"").arg(files.cert);
            return false;
        }
        QFileInfo keyInfo(files.key);
        if (!keyInfo.exists()) {
            *error = QStringLiteral("certificate present, but not private key file \"%1\"").arg(files.key);
            return false;
        }
        // libpq's rule: 0600 or less, or 0640 or less when owned by root.
        const QFile::Permissions perms = keyInfo.permissions();
        const bool groupRead = perms & QFileDevice::ReadGroup;
        const bool otherAny
            = perms & (QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther);
        const bool groupWriteExec = perms & (QFileDevice::WriteGroup | QFileDevice::ExeGroup);
        if (otherAny || groupWriteExec || (groupRead && keyInfo.ownerId() != 0)) {
            *error = QStringLiteral("private key file \"%1\" has group or world access; file must have "
                                    "permissions u=rw (0600) or less if owned by the current user, or "
                                    "permissions u=rw,g=r (0640) or less if owned by root")
                         .arg(files.key);
            return false;
        }
        QFile keyFile(files.key);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("could not open private key file \"%1\": %2")
                         .arg(files.key, keyFile.errorString());
            return false;
        }
        const QByteArray pem = keyFile.readAll();
        QSslKey key;
        for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
            if (!key.isNull())
                break;
        }
        if (key.isNull()) {
            *error = QStringLiteral("could not load private key file \"%1\"").arg(files.key);
            return false;
        }
        conf.setLocalCertificate(certs.first());
        conf.setPrivateKey(key);
    }
    conf.setSslOption(QSsl::SslOptionDisableServerNameIndication, !m_params.sslSni);
    m_tcp->setSslConfiguration(conf);
    // SNI and the handshake use the host name even when hostaddr is dialled.
    m_tcp->setPeerVerifyName(m_host.host.isEmpty() ? m_host.connectAddress() : m_host.host);
    return true;
}

void PgConnection::startTls()
{
    QString error;
    if (!configureTls(&error)) {
        fail(ConnectionError::Kind::Tls, error);
        return;
    }
    m_tcp->startClientEncryption();
}

void PgConnection::onSslErrors(const QList<QSslError> &errors)
{
    QList<QSslError> ignorable;
    QStringList fatal;
    for (const QSslError &e : errors) {
        // The host name is checked by verifyPeerHostName with libpq's rules.
        if (e.error() == QSslError::HostNameMismatch || !m_verifyChain)
            ignorable << e;
        else
            fatal << e.errorString();
    }
    if (fatal.isEmpty()) {
        m_tcp->ignoreSslErrors(ignorable);
        return;
    }
    m_tlsVerifyError
        = QStringLiteral("server certificate verification failed: %1").arg(fatal.join(QStringLiteral("; ")));
}

void PgConnection::onEncrypted()
{
    if (m_verifyHost) {
        QString error;
        const QString name = m_host.host.isEmpty() ? m_host.connectAddress() : m_host.host;
        if (!verifyPeerHostName(m_tcp->peerCertificate(), name, &error)) {
            fail(ConnectionError::Kind::Tls, error);
            return;
        }
    }
    sendStartup();
}

void PgConnection::onSocketError(const QString &text)
{
    if (m_state == State::Disconnected)
        return;
    if (m_tcp && m_state == State::Tls && !m_awaitingSslResponse) {
        // The handshake failed.
        const QString reason = m_tlsVerifyError.isEmpty()
            ? QStringLiteral("SSL handshake failed: %1").arg(text)
            : m_tlsVerifyError;
        if (m_params.sslMode == SslMode::Prefer && tryNext(reason, Retry::SameHostOnly))
            return;
        fail(ConnectionError::Kind::Tls, reason);
        return;
    }
    if (m_state == State::Connecting) {
        const QString reason = QStringLiteral("could not connect: %1").arg(text);
        if (tryNext(reason, Retry::NextHost))
            return;
        fail(ConnectionError::Kind::Network,
            QStringLiteral("connection to %1 failed: %2").arg(describeHost(), text));
        return;
    }
    if (m_closing) {
        teardownSocket();
        setState(State::Disconnected);
        emit closed();
        return;
    }
    // What arrived before the close may still be unread (a paused reader
    // leaves it in the socket): hand it on first, or those events and the
    // server's last word (a FATAL's fields) would be lost.
    if (m_io && m_framer && m_io->bytesAvailable() > 0) {
        m_paused = false;
        const QPointer<PgConnection> guard(this);
        processIncoming();
        if (!guard || m_state == State::Disconnected)
            return;
    }
    fail(ConnectionError::Kind::Network,
        QStringLiteral("server closed the connection unexpectedly (%1)").arg(text));
}

QByteArray PgConnection::passwordForAttempt(QString *source)
{
    if (!m_params.password.isEmpty()) {
        *source = QStringLiteral("connection string");
        return m_params.password.toUtf8();
    }
    const PgPassResult r = lookupPgPass(m_env, m_host, m_params.dbname, m_params.user, m_params.passFile);
    if (!r.warning.isEmpty())
        emit noticeReceived(ServerNotice {{{'S', QStringLiteral("WARNING")}, {'M', r.warning}}});
    if (r.password) {
        *source = pgPassFilePath(m_env, m_params.passFile);
        return r.password->toUtf8();
    }
    return {};
}

void PgConnection::sendStartup()
{
    m_connectTimer.stop();
    QList<QPair<QByteArray, QByteArray>> params;
    params << qMakePair(QByteArray("user"), m_params.user.toUtf8());
    params << qMakePair(QByteArray("database"), m_params.dbname.toUtf8());
    if (!m_params.applicationName.isEmpty())
        params << qMakePair(QByteArray("application_name"), m_params.applicationName.toUtf8());
    if (!m_params.options.isEmpty())
        params << qMakePair(QByteArray("options"), m_params.options.toUtf8());
    params << qMakePair(QByteArray("client_encoding"), QByteArray("UTF8"));
    params += m_startupParameters;
    m_startupSent = true;
    setState(State::Authenticating);
    write(frontend::startup(params));
}

void PgConnection::processIncoming()
{
    if (m_processing || !m_io || !m_framer)
        return;
    m_processing = true;
    const QPointer<PgConnection> guard(this);
    for (;;) {
        if (m_paused)
            break;
        BackendMessage message;
        const Framer::Result r = m_framer->next(message);
        if (r == Framer::Result::Error) {
            m_processing = false;
            fail(ConnectionError::Kind::Protocol, m_framer->errorString());
            return;
        }
        if (r == Framer::Result::NeedMore) {
            const qint64 got = m_framer->readFrom(m_io, kReadSlice);
            if (got <= 0)
                break;
            m_bytesReceived += got;
            continue;
        }
        if (!handleMessage(message) || !guard) {
            if (guard)
                m_processing = false;
            return;
        }
    }
    m_processing = false;
    emit incomingDrained();
}

bool PgConnection::handleMessage(const BackendMessage &m)
{
    switch (m.type) {
    case 'N': {
        const auto parsed = backend::parseNotice(m.payload);
        if (const auto *n = std::get_if<ServerNotice>(&parsed))
            emit noticeReceived(*n);
        return true;
    }
    case 'S': {
        const auto parsed = backend::parseParameterStatus(m.payload);
        if (const auto *p = std::get_if<QPair<QString, QString>>(&parsed)) {
            m_serverParameters.insert(p->first, p->second);
            emit parameterStatus(p->first, p->second);
            return true;
        }
        fail(ConnectionError::Kind::Protocol,
            QStringLiteral("malformed ParameterStatus: %1").arg(std::get<ParseError>(parsed).toString()));
        return false;
    }
    case 'A': // NotificationResponse: nothing listens on a replication connection
        return true;
    default:
        break;
    }
    if (m_state == State::Authenticating)
        return handleStartupMessage(m);
    return handleQueryMessage(m);
}

bool PgConnection::handleStartupMessage(const BackendMessage &m)
{
    switch (m.type) {
    case 'R':
        return handleAuthentication(m);
    case 'K': {
        const auto parsed = backend::parseBackendKeyData(m.payload);
        if (const auto *k = std::get_if<QPair<std::int32_t, std::int32_t>>(&parsed))
            m_backendPid = k->first;
        return true;
    }
    case 'Z':
        setState(State::Ready);
        emit ready();
        sendNextQuery();
        return true;
    case 'E': {
        const auto parsed = backend::parseNotice(m.payload);
        ServerNotice notice;
        if (const auto *n = std::get_if<ServerNotice>(&parsed))
            notice = *n;
        // prefer retries in plain text, allow retries with TLS, as libpq does.
        const bool retry = (m_params.sslMode == SslMode::Prefer && m_tlsWanted)
            || (m_params.sslMode == SslMode::Allow && !m_tlsWanted);
        if (retry && tryNext(notice.message(), Retry::SameHostOnly))
            return false;
        fail(ConnectionError::Kind::Server, QStringLiteral("connection to %1 failed").arg(describeHost()),
            notice);
        return false;
    }
    case 'v':
        fail(ConnectionError::Kind::Protocol, QStringLiteral("server does not support protocol version 3.0"));
        return false;
    default:
        fail(ConnectionError::Kind::Protocol,
            QStringLiteral("unexpected message '%1' during authentication").arg(QLatin1Char(m.type)));
        return false;
    }
}

bool PgConnection::handleAuthentication(const BackendMessage &m)
{
    const auto parsed = backend::parseAuthentication(m.payload);
    if (const auto *e = std::get_if<ParseError>(&parsed)) {
        fail(ConnectionError::Kind::Protocol,
            QStringLiteral("malformed authentication request: %1").arg(e->toString()));
        return false;
    }
    const AuthenticationRequest &req = std::get<AuthenticationRequest>(parsed);
    const RequireAuth &require = m_params.requireAuth;
    auto refuse = [&](const QString &why) {
        fail(ConnectionError::Kind::Authentication,
            QStringLiteral("authentication method requirement \"%1\" failed: %2")
                .arg(require.describe(), why));
        return false;
    };
    auto needPassword = [&](QByteArray *password) {
        QString source;
        *password = passwordForAttempt(&source);
        if (password->isEmpty()) {
            fail(ConnectionError::Kind::Authentication,
                QStringLiteral("password authentication failed for user \"%1\": no password supplied")
                    .arg(m_params.user));
            return false;
        }
        return true;
    };
    auto refuseWithoutBinding = [&]() {
        if (m_params.channelBinding != ChannelBinding::Require)
            return true;
        fail(ConnectionError::Kind::Authentication,
            QStringLiteral("channel binding required but not supported by server's authentication request"));
        return false;
    };

    switch (req.code) {
    case AuthenticationRequest::Ok:
        if (!m_sawAuthRequest && !require.allows(AuthMethod::None))
            return refuse(QStringLiteral("server did not complete authentication"));
        if (m_params.channelBinding == ChannelBinding::Require && !m_usedChannelBinding) {
            fail(ConnectionError::Kind::Authentication,
                QStringLiteral(
                    "channel binding required, but server authenticated client without channel binding"));
            return false;
        }
        if (m_scram && !m_scram->isAuthenticated()) {
            fail(ConnectionError::Kind::Authentication,
                QStringLiteral("server sent AuthenticationOk before completing SCRAM authentication"));
            return false;
        }
        if (m_authMethod.isEmpty())
            m_authMethod
                = (m_tcp && m_tcp->isEncrypted() && !m_tcp->sslConfiguration().localCertificate().isNull())
                ? QStringLiteral("certificate or trust")
                : QStringLiteral("trust");
        return true;
    case AuthenticationRequest::CleartextPassword: {
        m_sawAuthRequest = true;
        if (!require.allows(AuthMethod::Password))
            return refuse(QStringLiteral("server requested a cleartext password"));
        if (!refuseWithoutBinding())
            return false;
        QByteArray password;
        if (!needPassword(&password))
            return false;
        m_authMethod = QStringLiteral("password");
        write(frontend::password(password));
        return true;
    }
    case AuthenticationRequest::Md5Password: {
        m_sawAuthRequest = true;
        if (!require.allows(AuthMethod::Md5))
            return refuse(QStringLiteral("server requested a hashed password"));
        if (!refuseWithoutBinding())
            return false;
        QByteArray password;
        if (!needPassword(&password))
            return false;
        m_authMethod = QStringLiteral("md5");
        write(frontend::password(md5PasswordResponse(m_params.user.toUtf8(), password, req.md5Salt)));
        return true;
    }
    case AuthenticationRequest::Sasl: {
        m_sawAuthRequest = true;
        if (!require.allows(AuthMethod::ScramSha256))
            return refuse(QStringLiteral("server requested SASL authentication"));
        const bool tls = m_tcp && m_tcp->isEncrypted();
        const bool plusOffered = req.mechanisms.contains("SCRAM-SHA-256-PLUS");
        const bool plainOffered = req.mechanisms.contains("SCRAM-SHA-256");
        const bool usePlus = tls && plusOffered && m_params.channelBinding != ChannelBinding::Disable;
        if (m_params.channelBinding == ChannelBinding::Require && !usePlus) {
            fail(ConnectionError::Kind::Authentication,
                QStringLiteral(
                    "channel binding is required, but server did not offer an authentication method "
                    "that supports channel binding"));
            return false;
        }
        if (!usePlus && !plainOffered) {
            fail(ConnectionError::Kind::Authentication,
                QStringLiteral("none of the server's SASL authentication mechanisms are supported"));
            return false;
        }
        ChannelBindingData binding;
        if (usePlus) {
            QString error;
            const auto hash = tlsServerEndPointHash(m_tcp->peerCertificate().toDer(), &error);
            if (!hash) {
                fail(ConnectionError::Kind::Authentication,
                    QStringLiteral("could not compute channel binding data: %1").arg(error));
                return false;
            }
            binding = ChannelBindingData {QByteArray("tls-server-end-point"), *hash};
        }
        QByteArray password;
        if (!needPassword(&password))
            return false;
        m_scram = std::make_unique<ScramClient>(
            password, binding, tls && m_params.channelBinding != ChannelBinding::Disable);
        const QByteArray first = m_scram->clientFirstMessage();
        if (first.isEmpty()) {
            fail(ConnectionError::Kind::Authentication,
                QStringLiteral("could not start SCRAM authentication"));
            return false;
        }
        m_usedChannelBinding = usePlus;
        m_authMethod = QString::fromLatin1(m_scram->mechanism());
        write(frontend::saslInitialResponse(m_scram->mechanism(), first));
        return true;
    }
    case AuthenticationRequest::SaslContinue: {
        QString error;
        const auto final = m_scram ? m_scram->clientFinalMessage(req.data, &error) : std::nullopt;
        if (!final) {
            fail(ConnectionError::Kind::Authentication,
                m_scram ? error : QStringLiteral("SASL continue without a SASL exchange"));
            return false;
        }
        write(frontend::saslResponse(*final));
        return true;
    }
    case AuthenticationRequest::SaslFinal: {
        QString error;
        if (!m_scram || !m_scram->verifyServerFinal(req.data, &error)) {
            fail(ConnectionError::Kind::Authentication,
                m_scram ? error : QStringLiteral("SASL final without a SASL exchange"));
            return false;
        }
        return true;
    }
    default:
        fail(ConnectionError::Kind::Authentication,
            QStringLiteral("authentication method %1 (GSSAPI, SSPI or Kerberos) is not supported")
                .arg(req.code));
        return false;
    }
}

bool PgConnection::handleQueryMessage(const BackendMessage &m)
{
    if (m_state == State::CopyBoth) {
        if (m.type == 'd') {
            emit copyData(m.payload);
            return true;
        }
        if (m.type == 'c') {
            emit copyDoneReceived();
            return true;
        }
    }
    auto bad = [&](const ParseError &e) {
        fail(ConnectionError::Kind::Protocol,
            QStringLiteral("malformed '%1' message: %2").arg(QString(QLatin1Char(m.type)), e.toString()));
        return false;
    };
    switch (m.type) {
    case 'T': {
        const auto parsed = backend::parseRowDescription(m.payload);
        if (const auto *e = std::get_if<ParseError>(&parsed))
            return bad(*e);
        m_result.fields = std::get<QList<RowDescriptionField>>(parsed);
        return true;
    }
    case 'D': {
        const auto parsed = backend::parseDataRow(m.payload);
        if (const auto *e = std::get_if<ParseError>(&parsed))
            return bad(*e);
        m_result.rows << std::get<DataRow>(parsed);
        return true;
    }
    case 'C': {
        const auto parsed = backend::parseCommandComplete(m.payload);
        if (const auto *e = std::get_if<ParseError>(&parsed))
            return bad(*e);
        m_result.commandTag = std::get<QString>(parsed);
        if (m_state == State::CopyBoth)
            setState(State::Busy);
        return true;
    }
    case 'I':
        return true;
    case 'E': {
        const auto parsed = backend::parseNotice(m.payload);
        if (const auto *e = std::get_if<ParseError>(&parsed))
            return bad(*e);
        m_result.error = std::get<ServerNotice>(parsed);
        if (m_state == State::CopyBoth)
            setState(State::Busy);
        return true;
    }
    case 'W': {
        const auto parsed = backend::parseCopyResponse(m.payload);
        if (const auto *e = std::get_if<ParseError>(&parsed))
            return bad(*e);
        setState(State::CopyBoth);
        emit copyBothStarted(m_current ? m_current->id : 0);
        return true;
    }
    case 'Z':
        finishQuery(!m_result.error.has_value());
        return true;
    default:
        fail(ConnectionError::Kind::Protocol,
            QStringLiteral("unexpected message '%1' (state %2)").arg(QLatin1Char(m.type)).arg(int(m_state)));
        return false;
    }
}

quint64 PgConnection::query(const QString &sql)
{
    const quint64 id = m_nextQueryId++;
    m_queue << PendingQuery {id, sql.toUtf8()};
    if (m_state == State::Ready)
        sendNextQuery();
    return id;
}

void PgConnection::sendNextQuery()
{
    if (m_current || m_queue.isEmpty() || m_state != State::Ready)
        return;
    m_current = m_queue.takeFirst();
    m_result = QueryResult {};
    setState(State::Busy);
    write(frontend::query(m_current->sql));
}

void PgConnection::finishQuery(bool ok)
{
    const std::optional<PendingQuery> done = m_current;
    m_current.reset();
    QueryResult result = std::move(m_result);
    m_result = QueryResult {};
    result.ok = ok;
    setState(State::Ready);
    if (done)
        emit queryFinished(done->id, result);
    sendNextQuery();
}

void PgConnection::sendCopyData(const QByteArray &data)
{
    if (m_state == State::CopyBoth)
        write(frontend::copyData(data));
}

void PgConnection::sendCopyDone()
{
    if (m_state == State::CopyBoth)
        write(frontend::copyDone());
}

void PgConnection::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        QMetaObject::invokeMethod(this, &PgConnection::processIncoming, Qt::QueuedConnection);
}

TlsInfo PgConnection::tlsInfo() const
{
    TlsInfo info;
    if (!m_tcp || !m_tcp->isEncrypted())
        return info;
    info.active = true;
    const QSslCipher cipher = m_tcp->sessionCipher();
    info.protocol = cipher.protocolString();
    info.cipher = cipher.name();
    info.peerChain = m_tcp->peerCertificateChain();
    return info;
}

qint64 PgConnection::socketBytesAvailable() const
{
    return m_io ? m_io->bytesAvailable() : 0;
}

void PgConnection::write(const QByteArray &bytes)
{
    if (!m_io)
        return;
    m_io->write(bytes);
    m_bytesSent += bytes.size();
}

void PgConnection::close()
{
    if (m_state == State::Disconnected)
        return;
    m_closing = true;
    if (m_startupSent && m_io && m_state != State::Authenticating)
        write(frontend::terminate());
    if (m_tcp)
        m_tcp->disconnectFromHost();
    else if (m_local)
        m_local->disconnectFromServer();
    // A socket that closes at once emits disconnected synchronously; one
    // still flushing does it later. Either way closed() follows.
    if (m_state != State::Disconnected && (!m_io || !m_io->isOpen())) {
        teardownSocket();
        setState(State::Disconnected);
        emit closed();
    }
}

void PgConnection::fail(
    ConnectionError::Kind kind, const QString &message, std::optional<ServerNotice> server)
{
    // A FATAL error is followed by the server closing the socket: keep its
    // fields rather than report only the closed connection.
    if (!server && m_result.error) {
        server = m_result.error;
        kind = ConnectionError::Kind::Server;
    }
    m_result = QueryResult {};
    m_connectTimer.stop();
    teardownSocket();
    m_queue.clear();
    m_current.reset();
    setState(State::Disconnected);
    emit failed(ConnectionError {kind, message, std::move(server)});
}

void PgConnection::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

void PgConnection::teardownSocket()
{
    m_closing = false;
    m_tlsVerifyError.clear();
    if (m_tcp) {
        m_tcp->disconnect(this);
        m_tcp->abort();
        m_tcp->deleteLater();
        m_tcp = nullptr;
    }
    if (m_local) {
        m_local->disconnect(this);
        m_local->abort();
        m_local->deleteLater();
        m_local = nullptr;
    }
    m_io = nullptr;
}

} // namespace pgrepl
