#include "export/ExportValues.h"

#include "types/BinaryValues.h"
#include "types/TypeOids.h"

namespace pgrepl::exportvalues {

QString jsonString(QStringView text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

namespace {

bool isNumberType(quint32 oid)
{
    switch (oid) {
    case TypeOid::Int2:
    case TypeOid::Int4:
    case TypeOid::Int8:
    case TypeOid::Oid:
    case TypeOid::Float4:
    case TypeOid::Float8:
    case TypeOid::Numeric:
        return true;
    default:
        return false;
    }
}

// Whether text can be written bare: a value that came in binary and could
// not be rendered is hex, which must stay a string to keep the line valid.
bool looksLikeJsonNumber(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text)
        if (!(c.isDigit() || c == u'-' || c == u'+' || c == u'.' || c == u'e' || c == u'E'))
            return false;
    return text.front().isDigit() || (text.front() == u'-' && text.size() > 1);
}

} // namespace

QString wal2jsonValue(const ColumnValue &value)
{
    if (value.state != ColumnValue::State::Value)
        return QStringLiteral("null");
    const QString &text = value.text;
    if (isNumberType(value.typeOid)) {
        if (text == u"NaN" || text == u"Infinity" || text == u"-Infinity")
            return QStringLiteral("null");
        if (looksLikeJsonNumber(text))
            return text;
        return jsonString(text);
    }
    if (value.typeOid == TypeOid::Bool) {
        if (text == u"t" || text == u"true")
            return QStringLiteral("true");
        if (text == u"f" || text == u"false")
            return QStringLiteral("false");
        return jsonString(text);
    }
    if (value.typeOid == TypeOid::Bytea && text.startsWith(QLatin1String("\\x")))
        return jsonString(QStringView(text).mid(2));
    return jsonString(text);
}

QString timestampText(std::int64_t pgMicros, const QTimeZone &timeZone)
{
    QByteArray bytes(8, '\0');
    const auto v = static_cast<std::uint64_t>(pgMicros);
    for (int i = 0; i < 8; ++i)
        bytes[i] = static_cast<char>((v >> (8 * (7 - i))) & 0xff);
    QString error;
    const auto text = binaryToText(TypeOid::Timestamptz, bytes, timeZone, &error);
    return text ? *text : QString::number(pgMicros);
}

QString sqlLiteral(QStringView text)
{
    const bool backslash = text.contains(u'\\');
    QString out;
    out.reserve(text.size() + 3);
    if (backslash)
        out += u'E';
    out += u'\'';
    for (const QChar c : text) {
        if (c == u'\'')
            out += QLatin1String("''");
        else if (c == u'\\')
            out += QLatin1String("\\\\");
        else
            out += c;
    }
    out += u'\'';
    return out;
}

QString csvField(QStringView text)
{
    bool quote = false;
    for (const QChar c : text)
        quote |= c == u',' || c == u'"' || c == u'\r' || c == u'\n';
    if (!quote)
        return text.toString();
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar c : text) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
    return out;
}

} // namespace pgrepl::exportvalues
