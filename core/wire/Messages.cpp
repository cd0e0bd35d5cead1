#include "wire/Messages.h"

#include <QtEndian>

namespace pgrepl {

namespace {

void putInt32(QByteArray &out, std::int32_t v)
{
    char buf[4];
    qToBigEndian(v, buf);
    out.append(buf, 4);
}

void putCString(QByteArray &out, const QByteArray &s)
{
    out.append(s);
    out.append('\0');
}

// Type byte, then the length word (which counts itself), then the body.
QByteArray framed(char type, const QByteArray &body)
{
    QByteArray out;
    out.reserve(5 + body.size());
    out.append(type);
    putInt32(out, std::int32_t(body.size() + 4));
    out.append(body);
    return out;
}

} // namespace

namespace frontend {

QByteArray sslRequest()
{
    QByteArray out;
    putInt32(out, 8);
    putInt32(out, kSslRequestCode);
    return out;
}

QByteArray startup(const QList<QPair<QByteArray, QByteArray>> &parameters)
{
    QByteArray body;
    putInt32(body, kProtocolVersion3);
    for (const auto &[key, value] : parameters) {
        putCString(body, key);
        putCString(body, value);
    }
    body.append('\0');
    QByteArray out;
    putInt32(out, std::int32_t(body.size() + 4));
    out.append(body);
    return out;
}

QByteArray query(const QByteArray &sql)
{
    QByteArray body = sql;
    body.append('\0');
    return framed('Q', body);
}

QByteArray password(const QByteArray &response)
{
    QByteArray body = response;
    body.append('\0');
    return framed('p', body);
}

QByteArray saslInitialResponse(const QByteArray &mechanism, const QByteArray &data)
{
    QByteArray body;
    putCString(body, mechanism);
    putInt32(body, std::int32_t(data.size()));
    body.append(data);
    return framed('p', body);
}

QByteArray saslResponse(const QByteArray &data)
{
    return framed('p', data);
}

QByteArray copyData(const QByteArray &data)
{
    return framed('d', data);
}

QByteArray copyDone()
{
    return framed('c', {});
}

QByteArray terminate()
{
    return framed('X', {});
}

} // namespace frontend

QString ServerNotice::severity() const
{
    return fields.contains('V') ? field('V') : field('S');
}

QString ServerNotice::toString() const
{
    QString text = QStringLiteral("%1:  %2").arg(severity(), message());
    if (!sqlState().isEmpty())
        text += QStringLiteral(" (SQLSTATE %1)").arg(sqlState());
    if (!detail().isEmpty())
        text += QStringLiteral("\nDETAIL:  %1").arg(detail());
    if (!hint().isEmpty())
        text += QStringLiteral("\nHINT:  %1").arg(hint());
    return text;
}

QDebug operator<<(QDebug debug, const ServerNotice &notice)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ServerNotice(" << notice.toString() << ')';
    return debug;
}

namespace backend {

namespace {
QString utf8(QByteArrayView v)
{
    return QString::fromUtf8(v.data(), v.size());
}

template<typename T> Parsed<T> finish(ByteReader &r, T value, const char *what)
{
    if (r.ok() && !r.atEnd())
        r.fail(QStringLiteral("%1 trailing bytes").arg(r.remaining()), what);
    if (!r.ok())
        return r.error();
    return value;
}
} // namespace

Parsed<ServerNotice> parseNotice(QByteArrayView payload)
{
    ByteReader r(payload);
    ServerNotice notice;
    for (;;) {
        std::uint8_t code = 0;
        if (!r.u8(code, "field code"))
            return r.error();
        if (code == 0)
            break;
        QByteArrayView value;
        if (!r.cstring(value, "field value"))
            return r.error();
        notice.fields.insert(char(code), utf8(value));
    }
    return finish(r, notice, "notice");
}

Parsed<AuthenticationRequest> parseAuthentication(QByteArrayView payload)
{
    ByteReader r(payload);
    AuthenticationRequest req;
    if (!r.i32(req.code, "authentication code"))
        return r.error();
    switch (req.code) {
    case AuthenticationRequest::Md5Password: {
        QByteArrayView salt;
        r.bytes(salt, 4, "md5 salt");
        req.md5Salt = salt.toByteArray();
        break;
    }
    case AuthenticationRequest::Sasl:
        for (;;) {
            QByteArrayView mech;
            if (!r.cstring(mech, "SASL mechanism"))
                break;
            if (mech.isEmpty())
                break;
            req.mechanisms << mech.toByteArray();
        }
        break;
    case AuthenticationRequest::SaslContinue:
    case AuthenticationRequest::SaslFinal:
    case AuthenticationRequest::GssContinue: {
        QByteArrayView rest;
        r.bytes(rest, r.remaining(), "authentication data");
        req.data = rest.toByteArray();
        break;
    }
    default:
        break;
    }
    return finish(r, req, "authentication");
}

Parsed<QPair<QString, QString>> parseParameterStatus(QByteArrayView payload)
{
    ByteReader r(payload);
    QByteArrayView name, value;
    r.cstring(name, "parameter name");
    r.cstring(value, "parameter value");
    return finish(r, qMakePair(utf8(name), utf8(value)), "parameter status");
}

Parsed<QPair<std::int32_t, std::int32_t>> parseBackendKeyData(QByteArrayView payload)
{
    ByteReader r(payload);
    std::int32_t pid = 0, key = 0;
    r.i32(pid, "process id");
    r.i32(key, "secret key");
    return finish(r, qMakePair(pid, key), "backend key data");
}

Parsed<char> parseReadyForQuery(QByteArrayView payload)
{
    ByteReader r(payload);
    std::uint8_t status = 0;
    if (r.u8(status, "transaction status") && status != 'I' && status != 'T' && status != 'E')
        r.fail(
            QStringLiteral("unknown status 0x%1").arg(status, 2, 16, QLatin1Char('0')), "transaction status");
    return finish(r, char(status), "ready for query");
}

Parsed<QList<RowDescriptionField>> parseRowDescription(QByteArrayView payload)
{
    ByteReader r(payload);
    std::int16_t count = 0;
    if (!r.i16(count, "field count"))
        return r.error();
    if (count < 0)
        return ParseError {QStringLiteral("negative count %1").arg(count), QStringLiteral("field count"), 0};
    QList<RowDescriptionField> fields;
    for (int i = 0; i < count && r.ok(); ++i) {
        RowDescriptionField f;
        QByteArrayView name;
        r.cstring(name, "field name");
        r.u32(f.tableOid, "table oid");
        r.i16(f.column, "column number");
        r.u32(f.typeOid, "type oid");
        r.i16(f.typeLength, "type length");
        r.i32(f.typeModifier, "type modifier");
        r.i16(f.format, "format code");
        f.name = utf8(name);
        fields << f;
    }
    return finish(r, fields, "row description");
}

Parsed<DataRow> parseDataRow(QByteArrayView payload)
{
    ByteReader r(payload);
    std::int16_t count = 0;
    if (!r.i16(count, "column count"))
        return r.error();
    if (count < 0)
        return ParseError {QStringLiteral("negative count %1").arg(count), QStringLiteral("column count"), 0};
    DataRow row;
    for (int i = 0; i < count && r.ok(); ++i) {
        std::int32_t len = 0;
        if (!r.i32(len, "column length"))
            break;
        if (len == -1) {
            row << std::nullopt;
            continue;
        }
        QByteArrayView value;
        r.bytes(value, len, "column value");
        row << value.toByteArray();
    }
    return finish(r, row, "data row");
}

Parsed<QString> parseCommandComplete(QByteArrayView payload)
{
    ByteReader r(payload);
    QByteArrayView tag;
    r.cstring(tag, "command tag");
    return finish(r, utf8(tag), "command complete");
}

Parsed<CopyResponse> parseCopyResponse(QByteArrayView payload)
{
    ByteReader r(payload);
    CopyResponse resp;
    std::uint8_t overall = 0;
    std::int16_t count = 0;
    r.u8(overall, "overall format");
    r.i16(count, "column count");
    if (r.ok() && count < 0)
        r.fail(QStringLiteral("negative count %1").arg(count), "column count");
    for (int i = 0; i < count && r.ok(); ++i) {
        std::int16_t f = 0;
        r.i16(f, "column format");
        resp.columnFormats << f;
    }
    resp.overallFormat = std::int8_t(overall);
    return finish(r, resp, "copy response");
}

} // namespace backend

} // namespace pgrepl
