#include "auth/ScramClient.h"

#include "auth/SaslPrep.h"

#include <QByteArrayView>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <algorithm>
#include <climits>
#include <utility>

namespace pgrepl {

namespace {

constexpr int kKeyLength = 32; // SHA-256 output

// RFC 5802 "printable": 0x21-0x7E except ','.
bool isPrintableNonce(QByteArrayView nonce)
{
    return !nonce.isEmpty() && std::all_of(nonce.begin(), nonce.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return c >= 0x21 && c <= 0x7E && c != ',';
    });
}

// Shows a server-supplied value in an error message without letting control
// bytes or a huge blob through.
QString quoted(QByteArrayView value)
{
    QString out;
    for (const char ch : value.first(std::min<qsizetype>(value.size(), 64))) {
        const auto c = static_cast<unsigned char>(ch);
        out += (c >= 0x20 && c < 0x7F) ? QChar(QLatin1Char(ch)) : QChar(u'?');
    }
    if (value.size() > 64)
        out += QStringLiteral("...");
    return u'"' + out + u'"';
}

// RFC 5802 saslname: ',' and '=' are escaped.
QByteArray escapeSaslName(QByteArray name)
{
    return name.replace('=', "=3D").replace(',', "=2C");
}

std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    const auto result = QByteArray::fromBase64Encoding(
        text.toByteArray(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    // Qt accepts unpadded input; RFC 5802 base64 is always padded.
    if (result.decodingStatus != QByteArray::Base64DecodingStatus::Ok || text.size() % 4 != 0)
        return std::nullopt;
    return result.decoded;
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
            reinterpret_cast<const unsigned char *>(data.data()), static_cast<size_t>(data.size()),
            reinterpret_cast<unsigned char *>(out.data()), &length)
        || length != kKeyLength)
        return {};
    out.truncate(kKeyLength);
    return out;
}

QByteArray sha256(QByteArrayView data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_Digest(data.data(), static_cast<size_t>(data.size()),
            reinterpret_cast<unsigned char *>(out.data()), &length, EVP_sha256(), nullptr)
            != 1
        || length != kKeyLength)
        return {};
    out.truncate(kKeyLength);
    return out;
}

void wipe(QByteArray &secret)
{
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

// Walks the "k=value,k=value" attributes of a SCRAM message and words
// errors with the message name, the attribute and its byte offset.
class AttributeReader final
{
public:
    AttributeReader(QByteArrayView message, const char *messageName)
        : m_message(message), m_messageName(messageName)
    { }

    // Reads the next attribute, which must be key; value excludes "k=".
    bool next(char key, const char *what, QByteArrayView &value, QString *problem)
    {
        m_attributeOffset = m_pos;
        if (m_pos >= m_message.size())
            return failHere(what, QStringLiteral("missing (message ends)"), problem);
        if (m_message.size() - m_pos < 2 || m_message.at(m_pos) != key || m_message.at(m_pos + 1) != '=')
            return failHere(what,
                QStringLiteral("expected \"%1=\", found %2")
                    .arg(QLatin1Char(key))
                    .arg(quoted(m_message.sliced(m_pos, std::min<qsizetype>(m_message.size() - m_pos, 2)))),
                problem);
        const qsizetype start = m_pos + 2;
        qsizetype end = m_message.indexOf(',', start);
        if (end < 0)
            end = m_message.size();
        value = m_message.sliced(start, end - start);
        m_pos = end < m_message.size() ? end + 1 : end;
        if (end < m_message.size() && m_pos == m_message.size())
            m_trailingComma = true;
        return true;
    }

    bool atEnd() const { return m_pos >= m_message.size() && !m_trailingComma; }
    qsizetype offset() const { return m_pos; }

    // Words a problem with the attribute just read.
    bool failHere(const char *what, const QString &message, QString *problem) const
    {
        *problem = QStringLiteral("%1: %2 at byte %3: %4")
                       .arg(QLatin1String(m_messageName), QLatin1String(what))
                       .arg(m_attributeOffset)
                       .arg(message);
        return false;
    }

private:
    QByteArrayView m_message;
    const char *m_messageName;
    qsizetype m_pos = 0;
    qsizetype m_attributeOffset = 0;
    bool m_trailingComma = false;
};

// What server-first-message carries (RFC 5802 section 7).
struct ServerFirst
{
    QByteArrayView nonce; // client nonce + server nonce
    QByteArray salt;
    int iterations = 0;
};

// RFC 5802's server-first-message = [reserved-mext ","] nonce "," salt ","
// iteration-count ["," extensions]. Like libpq, nothing may follow the
// count: PostgreSQL sends no extensions.
std::optional<ServerFirst> parseServerFirst(
    QByteArrayView message, QByteArrayView clientNonce, QString *problem)
{
    if (message.startsWith("m=")) {
        *problem = QStringLiteral("server-first-message: the server requires an unsupported extension (m=)");
        return std::nullopt;
    }
    AttributeReader reader(message, "server-first-message");
    ServerFirst out;

    const char *const nonceField = "nonce (r=)";
    if (!reader.next('r', nonceField, out.nonce, problem))
        return std::nullopt;
    if (!isPrintableNonce(out.nonce)) {
        reader.failHere(nonceField, QStringLiteral("not printable ASCII"), problem);
        return std::nullopt;
    }
    if (!out.nonce.startsWith(clientNonce)) {
        reader.failHere(nonceField, QStringLiteral("does not start with the client nonce"), problem);
        return std::nullopt;
    }
    if (out.nonce.size() == clientNonce.size()) {
        reader.failHere(nonceField, QStringLiteral("the server added no nonce of its own"), problem);
        return std::nullopt;
    }

    const char *const saltField = "salt (s=)";
    QByteArrayView saltText;
    if (!reader.next('s', saltField, saltText, problem))
        return std::nullopt;
    const auto salt = decodeBase64(saltText);
    if (!salt || salt->isEmpty()) {
        reader.failHere(
            saltField, salt ? QStringLiteral("empty") : QStringLiteral("not valid base64"), problem);
        return std::nullopt;
    }
    out.salt = *salt;

    const char *const countField = "iteration count (i=)";
    QByteArrayView countText;
    if (!reader.next('i', countField, countText, problem))
        return std::nullopt;
    qint64 count = 0;
    const bool digitsOnly = !countText.isEmpty() && countText.size() <= 10
        && std::all_of(countText.begin(), countText.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (digitsOnly) {
        for (const char c : countText)
            count = count * 10 + (c - '0');
    }
    if (!digitsOnly || count < 1 || count > ScramClient::kMaxIterations) {
        reader.failHere(countField,
            QStringLiteral("%1 is not a count from 1 to %2")
                .arg(quoted(countText))
                .arg(ScramClient::kMaxIterations),
            problem);
        return std::nullopt;
    }
    out.iterations = static_cast<int>(count);

    if (!reader.atEnd()) {
        *problem
            = QStringLiteral("server-first-message: unexpected data after the iteration count at byte %1")
                  .arg(reader.offset());
        return std::nullopt;
    }
    return out;
}

} // namespace

ScramClient::ScramClient(const QByteArray &password, ChannelBindingData binding, bool clientSupportsBinding,
    QByteArray clientNonce, QByteArray userName)
    : m_password(saslPrepPassword(password)), m_binding(std::move(binding))
{
    if (!m_binding.type.isEmpty())
        m_gs2Header = "p=" + m_binding.type + ",,";
    else
        m_gs2Header = clientSupportsBinding ? QByteArrayLiteral("y,,") : QByteArrayLiteral("n,,");

    if (clientNonce.isEmpty()) {
        unsigned char raw[kNonceBytes];
        if (RAND_bytes(raw, kNonceBytes) == 1)
            clientNonce = QByteArray(reinterpret_cast<const char *>(raw), kNonceBytes).toBase64();
        else
            m_setupError = QStringLiteral("could not generate a random client nonce");
    } else if (!isPrintableNonce(clientNonce)) {
        m_setupError = QStringLiteral("the client nonce must be printable ASCII without ','");
    }
    if (!m_binding.type.isEmpty() && m_binding.data.isEmpty())
        m_setupError = QStringLiteral("channel binding type \"%1\" given without channel binding data")
                           .arg(QString::fromLatin1(m_binding.type));

    if (m_setupError.isEmpty()) {
        m_clientNonce = clientNonce;
        m_clientFirstBare = "n=" + escapeSaslName(userName) + ",r=" + m_clientNonce;
    }
}

ScramClient::~ScramClient()
{
    wipe(m_password);
}

QByteArray ScramClient::mechanism() const
{
    return m_binding.type.isEmpty() ? QByteArrayLiteral("SCRAM-SHA-256")
                                    : QByteArrayLiteral("SCRAM-SHA-256-PLUS");
}

QByteArray ScramClient::clientFirstMessage() const
{
    if (!m_setupError.isEmpty())
        return {};
    return m_gs2Header + m_clientFirstBare;
}

bool ScramClient::fail(const QString &message, QString *error)
{
    m_state = State::Failed;
    wipe(m_password);
    if (error)
        *error = message;
    return false;
}

std::optional<QByteArray> ScramClient::clientFinalMessage(const QByteArray &serverFirst, QString *error)
{
    if (!m_setupError.isEmpty()) {
        fail(m_setupError, error);
        return std::nullopt;
    }
    if (m_state != State::ExpectServerFirst) {
        fail(QStringLiteral("SCRAM: server-first-message received out of turn"), error);
        return std::nullopt;
    }

    QString problem;
    const auto parsed = parseServerFirst(serverFirst, m_clientNonce, &problem);
    if (!parsed) {
        fail(problem, error);
        return std::nullopt;
    }
    const QByteArrayView nonce = parsed->nonce;
    const QByteArray &salt = parsed->salt;

    // RFC 5802 section 3: the proof covers both first messages and the
    // client-final-message without its proof, so a tampered channel binding
    // or nonce changes every signature.
    QByteArray bindingInput = m_gs2Header;
    if (!m_binding.type.isEmpty())
        bindingInput += m_binding.data;
    const QByteArray finalWithoutProof = "c=" + bindingInput.toBase64() + ",r=" + nonce.toByteArray();
    const QByteArray authMessage = m_clientFirstBare + ',' + serverFirst + ',' + finalWithoutProof;

    if (m_password.size() > INT_MAX || salt.size() > INT_MAX) {
        fail(QStringLiteral("SCRAM: password or salt too long"), error);
        return std::nullopt;
    }
    QByteArray saltedPassword(kKeyLength, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(m_password.constData(), static_cast<int>(m_password.size()),
            reinterpret_cast<const unsigned char *>(salt.constData()), static_cast<int>(salt.size()),
            parsed->iterations, EVP_sha256(), kKeyLength,
            reinterpret_cast<unsigned char *>(saltedPassword.data()))
        != 1) {
        fail(QStringLiteral("SCRAM: PBKDF2 failed"), error);
        return std::nullopt;
    }
    wipe(m_password);

    QByteArray clientKey = hmacSha256(saltedPassword, "Client Key");
    const QByteArray storedKey = sha256(clientKey);
    const QByteArray clientSignature = hmacSha256(storedKey, authMessage);
    QByteArray serverKey = hmacSha256(saltedPassword, "Server Key");
    m_serverSignature = hmacSha256(serverKey, authMessage);
    wipe(saltedPassword);
    wipe(serverKey);
    if (clientKey.isEmpty() || storedKey.isEmpty() || clientSignature.isEmpty()
        || m_serverSignature.isEmpty()) {
        wipe(clientKey);
        fail(QStringLiteral("SCRAM: HMAC-SHA-256 failed"), error);
        return std::nullopt;
    }

    QByteArray proof(kKeyLength, Qt::Uninitialized);
    for (int i = 0; i < kKeyLength; ++i)
        proof[i] = static_cast<char>(clientKey.at(i) ^ clientSignature.at(i));
    wipe(clientKey);

    m_state = State::ExpectServerFinal;
    return finalWithoutProof + ",p=" + proof.toBase64();
}

bool ScramClient::verifyServerFinal(const QByteArray &serverFinal, QString *error)
{
    if (m_state != State::ExpectServerFinal)
        return fail(QStringLiteral("SCRAM: server-final-message received out of turn"), error);

    if (serverFinal.startsWith("e=")) {
        const QByteArrayView reason = QByteArrayView(serverFinal).sliced(2);
        const qsizetype comma = reason.indexOf(',');
        return fail(QStringLiteral("server-final-message: the server reported error %1")
                        .arg(quoted(comma < 0 ? reason : reason.first(comma))),
            error);
    }

    QString problem;
    AttributeReader reader(serverFinal, "server-final-message");
    QByteArrayView verifierText;
    if (!reader.next('v', "server signature (v=)", verifierText, &problem))
        return fail(problem, error);
    const auto verifier = decodeBase64(verifierText);
    if (!verifier) {
        reader.failHere("server signature (v=)", QStringLiteral("not valid base64"), &problem);
        return fail(problem, error);
    }
    if (!reader.atEnd())
        return fail(
            QStringLiteral("server-final-message: unexpected data after the server signature at byte %1")
                .arg(reader.offset()),
            error);
    if (verifier->size() != m_serverSignature.size()
        || CRYPTO_memcmp(verifier->constData(), m_serverSignature.constData(),
               static_cast<size_t>(m_serverSignature.size()))
            != 0) {
        reader.failHere("server signature (v=)",
            QStringLiteral("does not match: the server did not prove it knows the password"), &problem);
        return fail(problem, error);
    }
    m_state = State::Authenticated;
    return true;
}

} // namespace pgrepl
