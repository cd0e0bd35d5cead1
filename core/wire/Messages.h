#pragma once

#include "wire/ByteReader.h"

#include <QByteArray>
#include <QDebug>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <optional>
#include <variant>

namespace pgrepl {

// Frontend (client → server) messages of the PostgreSQL protocol, encoded
// with their type byte and length word, ready to write.
namespace frontend {
constexpr std::int32_t kProtocolVersion3 = 196608; // 3.0
constexpr std::int32_t kSslRequestCode = 80877103;

QByteArray sslRequest();
QByteArray startup(const QList<QPair<QByteArray, QByteArray>> &parameters);
QByteArray query(const QByteArray &sql);
QByteArray password(const QByteArray &response); // also GSS/SASL-response 'p' with raw data
QByteArray saslInitialResponse(const QByteArray &mechanism, const QByteArray &data);
QByteArray saslResponse(const QByteArray &data);
QByteArray copyData(const QByteArray &data);
QByteArray copyDone();
QByteArray terminate();
} // namespace frontend

// ErrorResponse or NoticeResponse: every field the server sent, by its code.
struct ServerNotice
{
    QMap<char, QString> fields;

    QString field(char code) const { return fields.value(code); }
    QString severity() const; // the non-localised 'V' if present, else 'S'
    QString sqlState() const { return field('C'); }
    QString message() const { return field('M'); }
    QString detail() const { return field('D'); }
    QString hint() const { return field('H'); }
    // "SEVERITY:  message (SQLSTATE xxxxx)" plus detail and hint lines.
    QString toString() const;
};
QDebug operator<<(QDebug debug, const ServerNotice &notice);

// AuthenticationXXX ('R'): the request code and what follows it.
struct AuthenticationRequest
{
    enum Code : std::int32_t {
        Ok = 0,
        KerberosV5 = 2,
        CleartextPassword = 3,
        Md5Password = 5,
        Gss = 7,
        GssContinue = 8,
        Sspi = 9,
        Sasl = 10,
        SaslContinue = 11,
        SaslFinal = 12,
    };
    std::int32_t code = 0;
    QByteArray md5Salt; // Md5Password
    QList<QByteArray> mechanisms; // Sasl
    QByteArray data; // SaslContinue, SaslFinal, GssContinue
};

struct RowDescriptionField
{
    QString name;
    std::uint32_t tableOid = 0;
    std::int16_t column = 0;
    std::uint32_t typeOid = 0;
    std::int16_t typeLength = 0;
    std::int32_t typeModifier = 0;
    std::int16_t format = 0;
};

// DataRow: one entry per column; nullopt is SQL NULL.
using DataRow = QList<std::optional<QByteArray>>;

struct CopyResponse
{
    std::int8_t overallFormat = 0;
    QList<std::int16_t> columnFormats;
};

// Parsers for backend messages. Each returns the value or the precise error.
namespace backend {
template<typename T> using Parsed = std::variant<T, ParseError>;

Parsed<ServerNotice> parseNotice(QByteArrayView payload);
Parsed<AuthenticationRequest> parseAuthentication(QByteArrayView payload);
Parsed<QPair<QString, QString>> parseParameterStatus(QByteArrayView payload);
Parsed<QPair<std::int32_t, std::int32_t>> parseBackendKeyData(QByteArrayView payload);
Parsed<char> parseReadyForQuery(QByteArrayView payload);
Parsed<QList<RowDescriptionField>> parseRowDescription(QByteArrayView payload);
Parsed<DataRow> parseDataRow(QByteArrayView payload);
Parsed<QString> parseCommandComplete(QByteArrayView payload);
Parsed<CopyResponse> parseCopyResponse(QByteArrayView payload);
} // namespace backend

} // namespace pgrepl
