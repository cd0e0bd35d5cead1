#pragma once

#include "auth/ChannelBindingData.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace pgrepl {

// SCRAM-SHA-256(-PLUS) client as PostgreSQL speaks it (RFC 5802, RFC 7677):
// a socket-free state machine that turns server messages into client ones.
class ScramClient final
{
public:
    // A hostile server could ask for billions of PBKDF2 rounds to hang the
    // client; PostgreSQL's default is 4096, so this leaves ample headroom.
    static constexpr int kMaxIterations = 10'000'000;
    // libpq's nonce size: 18 random bytes, sent base64-encoded.
    static constexpr int kNonceBytes = 18;

    // password is the raw password; SASLprep is applied as PostgreSQL does.
    // With binding.type set => SCRAM-SHA-256-PLUS and "p=<type>,,"; without,
    // and clientSupportsBinding => "y,,"; else "n,,".
    // clientNonce and userName are for tests (RFC test vectors): by default
    // the nonce is random and the user name left empty, as libpq does,
    // because the server uses the user of the startup message.
    ScramClient(const QByteArray &password, ChannelBindingData binding, bool clientSupportsBinding,
        QByteArray clientNonce = {}, QByteArray userName = {});
    ~ScramClient();
    ScramClient(const ScramClient &) = delete;
    ScramClient &operator=(const ScramClient &) = delete;

    QByteArray mechanism() const; // "SCRAM-SHA-256" or "SCRAM-SHA-256-PLUS"
    // Empty when the client cannot start (no random nonce, bad test nonce);
    // clientFinalMessage then reports why.
    QByteArray clientFirstMessage() const;
    // Parses server-first-message (r=, s=, i=) and returns client-final-message.
    // On failure returns nullopt, sets *error and the exchange is over.
    std::optional<QByteArray> clientFinalMessage(const QByteArray &serverFirst, QString *error = nullptr);
    // Checks server-final-message (v= or e=). Anything but the expected
    // server signature is a failure: the server did not prove it knows the
    // password.
    bool verifyServerFinal(const QByteArray &serverFinal, QString *error = nullptr);
    // True once verifyServerFinal succeeded.
    bool isAuthenticated() const { return m_state == State::Authenticated; }

private:
    enum class State { ExpectServerFirst, ExpectServerFinal, Authenticated, Failed };

    bool fail(const QString &message, QString *error);

    QByteArray m_password; // after SASLprep; wiped once the keys are derived
    ChannelBindingData m_binding;
    QByteArray m_gs2Header;
    QByteArray m_clientNonce;
    QByteArray m_clientFirstBare;
    QByteArray m_serverSignature;
    QString m_setupError;
    State m_state = State::ExpectServerFirst;
};

} // namespace pgrepl
