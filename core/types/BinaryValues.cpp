#include "types/BinaryValues.h"

#include "types/TypeNames.h"
#include "types/TypeOids.h"
#include "wire/ByteReader.h"

#include <QDate>
#include <QDateTime>
#include <QStringDecoder>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string_view>

namespace pgrepl {

namespace {

constexpr qint64 kUsecsPerSec = 1000000;
constexpr qint64 kUsecsPerMinute = 60 * kUsecsPerSec;
constexpr qint64 kUsecsPerHour = 60 * kUsecsPerMinute;
constexpr qint64 kUsecsPerDay = 24 * kUsecsPerHour;
// Julian day of 2000-01-01, the origin of PostgreSQL's date and timestamp values.
constexpr qint64 kPostgresEpochJulianDay = 2451545;
constexpr qint64 kUnixEpochJulianDay = 2440588;
// Valid ranges (the server's receive functions refuse anything else):
// dates from Julian day 0 up to 5874898-01-01, timestamps from 4714-11-24 BC
// up to 294277-01-01, time zone displacements below 16 hours.
constexpr qint64 kDateEndJulianDay = 2147483494;
constexpr qint64 kMinTimestamp = -211813488000000000;
constexpr qint64 kEndTimestamp = 9223371331200000000;
constexpr qint32 kTzDisplacementLimit = 16 * 3600;
constexpr int kMaxArrayDims = 6;
constexpr qint64 kMaxArrayItems = 0x3fffffff / 8; // MaxAllocSize / sizeof(Datum)
// Values inside values (array elements, record columns): a record can name
// its own type as a column's, so hostile bytes could otherwise recurse as
// deep as they are long.
constexpr int kMaxNesting = 32;
// Domains over domains; a longer chain means a cycle in a broken type map.
constexpr int kMaxDomainChain = 16;
// Quoting doubles the quotes of each level of nested records and arrays, so
// a few hundred hostile bytes could ask for gigabytes of text; beyond this
// (plus eight characters per input byte, room for any real value) the value
// is refused instead.
constexpr qsizetype kMaxTextGrowth = 16 * 1024 * 1024;

QString typeLabel(quint32 oid, const TypeNameMap *userTypes)
{
    const QString name = builtinTypeName(oid);
    if (!name.isEmpty())
        return QStringLiteral("%1 (%2)").arg(name).arg(oid);
    if (userTypes && userTypes->contains(oid))
        return QStringLiteral("%1 (%2)").arg(formatType(oid, -1, userTypes)).arg(oid);
    return QStringLiteral("OID %1").arg(oid);
}

bool isRenderableScalar(quint32 oid);

// How a type's send format is laid out, once its domains are looked through.
struct TypeShape
{
    enum class Kind : quint8 { Scalar, Array, Enum, Composite, Range, Multirange, None };
    Kind kind = Kind::None;
    // The scalar type, the array's element type, the range's subtype or the
    // multirange's range type.
    quint32 oid = 0;
    QString why; // for None: why there is no renderer
};

TypeShape shapeOf(quint32 oid, const TypeNameMap *userTypes)
{
    using Kind = TypeShape::Kind;
    const quint32 start = oid;
    for (int step = 0; step <= kMaxDomainChain; ++step) {
        // Built-ins first: a user map cannot redefine them.
        if (const quint32 element = builtinArrayElement(oid); element != 0)
            return {Kind::Array, element, {}};
        if (isRenderableScalar(oid))
            return {Kind::Scalar, oid, {}};
        if (const quint32 subtype = TypeOid::builtinRangeSubtype(oid); subtype != 0)
            return {Kind::Range, subtype, {}};
        if (const quint32 range = TypeOid::builtinMultirangeRange(oid); range != 0)
            return {Kind::Multirange, range, {}};
        const auto it = userTypes ? userTypes->constFind(oid) : TypeNameMap::const_iterator();
        if (!userTypes || it == userTypes->cend() || !builtinTypeName(oid).isEmpty())
            return {Kind::None, oid,
                QStringLiteral("no binary renderer for type %1").arg(typeLabel(oid, userTypes))};
        // A true array's typtype is 'b'; its element decides.
        if (it->elementOid != 0)
            return {Kind::Array, it->elementOid, {}};
        switch (it->typtype) {
        case TypType::Enum:
            return {Kind::Enum, oid, {}};
        case TypType::Composite:
            return {Kind::Composite, oid, {}};
        case TypType::Domain:
            if (it->baseOid == 0)
                return {Kind::None, oid,
                    QStringLiteral("domain %1 has no known base type").arg(typeLabel(oid, userTypes))};
            oid = it->baseOid;
            continue;
        case 0:
            return {Kind::None, oid,
                QStringLiteral("the kind of type %1 is unknown (typtype not recorded)")
                    .arg(typeLabel(oid, userTypes))};
        case TypType::Range:
            // A capture written before ranges were rendered recorded no subtype.
            if (it->baseOid == 0)
                return {Kind::None, oid,
                    QStringLiteral("range type %1 has no known subtype").arg(typeLabel(oid, userTypes))};
            return {Kind::Range, it->baseOid, {}};
        case TypType::Multirange: {
            if (it->baseOid == 0)
                return {Kind::None, oid,
                    QStringLiteral("multirange type %1 has no known range type")
                        .arg(typeLabel(oid, userTypes))};
            // Its values are ranges' send formats, so what it names must be a range type.
            const quint32 range = it->baseOid;
            const auto rangeIt = userTypes->constFind(range);
            const bool isRange = TypeOid::builtinRangeSubtype(range) != 0
                || (builtinTypeName(range).isEmpty() && rangeIt != userTypes->cend()
                    && rangeIt->elementOid == 0 && rangeIt->typtype == TypType::Range);
            if (!isRange)
                return {Kind::None, oid,
                    QStringLiteral("multirange type %1 is over %2, which is not a range type")
                        .arg(typeLabel(oid, userTypes), typeLabel(range, userTypes))};
            return {Kind::Multirange, range, {}};
        }
        default:
            return {Kind::None, oid,
                QStringLiteral("no binary renderer for type %1 (typtype '%2')")
                    .arg(typeLabel(oid, userTypes))
                    .arg(QLatin1Char(it->typtype))};
        }
    }
    return {Kind::None, start,
        QStringLiteral("domain %1 is over more than %2 domains (a cycle?)")
            .arg(typeLabel(start, userTypes))
            .arg(kMaxDomainChain)};
}

// Whether every type a value of this type can hold is renderable, as far as
// the type map tells (a composite's columns are only known from the value).
bool canRender(quint32 oid, const TypeNameMap *userTypes, QString *why)
{
    const quint32 start = oid;
    // Arrays of arrays only arise through a broken map; the bound stops a cycle.
    for (int depth = 0; depth <= kMaxNesting; ++depth) {
        TypeShape shape = shapeOf(oid, userTypes);
        if (shape.kind == TypeShape::Kind::None) {
            if (why)
                *why
                    = depth == 0 ? shape.why : typeLabel(start, userTypes) + QStringLiteral(": ") + shape.why;
            return false;
        }
        // Arrays, ranges and multiranges are as renderable as what they hold.
        if (shape.kind != TypeShape::Kind::Array && shape.kind != TypeShape::Kind::Range
            && shape.kind != TypeShape::Kind::Multirange)
            return true;
        oid = shape.oid;
    }
    if (why)
        *why = QStringLiteral("array or range types nested more than %1 deep").arg(kMaxNesting);
    return false;
}

QString zeroPad(qint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

// Seconds and fraction as AppendSeconds prints them: two digits, then up to
// six fractional digits with trailing zeros dropped.
void appendSeconds(QString &out, qint64 seconds, qint64 usecs)
{
    out += zeroPad(seconds, 2);
    if (usecs == 0)
        return;
    QString fraction = zeroPad(usecs, 6);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    out += u'.';
    out += fraction;
}

// hh:mm:ss[.ffffff] for 0 <= usecOfDay <= one day (24:00:00 is a valid time).
void appendTimeOfDay(QString &out, qint64 usecOfDay)
{
    const qint64 hours = usecOfDay / kUsecsPerHour;
    usecOfDay -= hours * kUsecsPerHour;
    const qint64 minutes = usecOfDay / kUsecsPerMinute;
    usecOfDay -= minutes * kUsecsPerMinute;
    out += zeroPad(hours, 2) + u':' + zeroPad(minutes, 2) + u':';
    appendSeconds(out, usecOfDay / kUsecsPerSec, usecOfDay % kUsecsPerSec);
}

// The offset as EncodeTimezone prints it: +hh, +hh:mm or +hh:mm:ss.
// eastSeconds is positive east of Greenwich.
void appendZone(QString &out, qint32 eastSeconds)
{
    const qint32 total = eastSeconds < 0 ? -eastSeconds : eastSeconds;
    const qint32 hours = total / 3600;
    const qint32 minutes = (total / 60) % 60;
    const qint32 seconds = total % 60;
    out += eastSeconds >= 0 ? u'+' : u'-';
    out += zeroPad(hours, 2);
    if (minutes != 0 || seconds != 0)
        out += u':' + zeroPad(minutes, 2);
    if (seconds != 0)
        out += u':' + zeroPad(seconds, 2);
}

struct CivilDate
{
    qint64 year = 0; // as printed: BC years count from 1
    int month = 0;
    int day = 0;
    bool bc = false;
};

// Julian day to the proleptic Gregorian calendar, as PostgreSQL counts it.
CivilDate civilFromJulianDay(qint64 julianDay)
{
    const QDate date = QDate::fromJulianDay(julianDay);
    CivilDate out;
    // QDate has no year 0: year -1 is 1 BC, which is how PostgreSQL prints it too.
    out.bc = date.year() < 0;
    out.year = out.bc ? -qint64(date.year()) : date.year();
    out.month = date.month();
    out.day = date.day();
    return out;
}

void appendDate(QString &out, const CivilDate &date)
{
    out += zeroPad(date.year, 4) + u'-' + zeroPad(date.month, 2) + u'-' + zeroPad(date.day, 2);
}

class Renderer final
{
public:
    Renderer(const QTimeZone &zone, const TypeNameMap *userTypes, qsizetype inputSize)
        : m_zone(zone), m_userTypes(userTypes), m_maxText(kMaxTextGrowth + 8 * inputSize)
    { }

    // Renders one value; on failure fills m_error with offsets relative to
    // the start of the outermost value (base is where bytes begin in it).
    bool render(quint32 oid, QByteArrayView bytes, qsizetype base, QString &out);

    const ParseError &error() const { return m_error; }

private:
    bool renderScalar(quint32 oid, ByteReader &in, QString &out);
    bool renderText(ByteReader &in, QString &out);
    bool renderFloat(ByteReader &in, bool isFloat4, QString &out);
    bool renderBits(ByteReader &in, QString &out);
    bool renderNumeric(ByteReader &in, QString &out);
    bool renderDate(ByteReader &in, QString &out);
    bool renderTime(ByteReader &in, bool withZone, QString &out);
    bool renderTimestamp(ByteReader &in, bool withZone, QString &out);
    bool renderInterval(ByteReader &in, QString &out);
    bool renderArray(quint32 elementOid, ByteReader &in, qsizetype base, QString &out);
    bool renderRecord(ByteReader &in, qsizetype base, QString &out);
    bool renderRange(quint32 subtype, ByteReader &in, qsizetype base, QString &out);
    bool renderMultirange(quint32 rangeOid, ByteReader &in, qsizetype base, QString &out);
    // Reads an element count at the start of the value, refusing a negative
    // one and one whose elements, minBytesEach each, cannot fit in what is
    // left: a hostile count costs nothing.
    bool readCount(ByteReader &in, qsizetype minBytesEach, const char *countField, const char *itemsField,
        const char *noun, std::int32_t &count);
    bool fail(const ParseError &error, qsizetype base);
    // Refuses text grown past m_maxText; fieldStart as for invalid().
    bool tooLong(const QString &text, qsizetype fieldStart, const char *field);
    // A field that was read whole but holds a bad value; fieldStart is its
    // offset within the value being rendered.
    bool invalid(qsizetype fieldStart, const QString &message, const char *field);

    ParseError m_error;
    qsizetype m_base = 0; // where the value being rendered starts in the outermost one

    QTimeZone m_zone;
    const TypeNameMap *m_userTypes = nullptr;
    int m_depth = 0; // values being rendered inside one another
    qsizetype m_maxText = kMaxTextGrowth;
};

bool Renderer::readCount(ByteReader &in, qsizetype minBytesEach, const char *countField,
    const char *itemsField, const char *noun, std::int32_t &count)
{
    if (!in.i32(count, countField))
        return false;
    if (count < 0)
        return invalid(
            0, QStringLiteral("negative %1 count %2").arg(QLatin1String(noun)).arg(count), countField);
    if (count > in.remaining() / minBytesEach) {
        in.fail(QStringLiteral("%1 %2s cannot fit in %3 bytes")
                    .arg(count)
                    .arg(QLatin1String(noun))
                    .arg(in.remaining()),
            itemsField);
        return false;
    }
    return true;
}

bool Renderer::fail(const ParseError &error, qsizetype base)
{
    m_error = error;
    m_error.offset += base;
    return false;
}

bool Renderer::tooLong(const QString &text, qsizetype fieldStart, const char *field)
{
    if (text.size() <= m_maxText)
        return false;
    invalid(fieldStart, QStringLiteral("text would be longer than %1 characters").arg(m_maxText), field);
    return true;
}

bool Renderer::invalid(qsizetype fieldStart, const QString &message, const char *field)
{
    m_error = ParseError {message, QLatin1String(field), m_base + fieldStart};
    return false;
}

bool Renderer::render(quint32 oid, QByteArrayView bytes, qsizetype base, QString &out)
{
    ByteReader in(bytes);
    const qsizetype outerBase = m_base;
    m_base = base;
    if (m_depth >= kMaxNesting)
        return invalid(0, QStringLiteral("values nested more than %1 deep").arg(kMaxNesting), "value");
    const TypeShape shape = shapeOf(oid, m_userTypes);
    ++m_depth;
    bool ok = false;
    switch (shape.kind) {
    case TypeShape::Kind::Scalar:
        ok = renderScalar(shape.oid, in, out);
        break;
    case TypeShape::Kind::Array:
        ok = renderArray(shape.oid, in, base, out);
        break;
    case TypeShape::Kind::Enum:
        // enum_send sends the label as text.
        ok = renderText(in, out);
        break;
    case TypeShape::Kind::Composite:
        ok = renderRecord(in, base, out);
        break;
    case TypeShape::Kind::Range:
        ok = renderRange(shape.oid, in, base, out);
        break;
    case TypeShape::Kind::Multirange:
        ok = renderMultirange(shape.oid, in, base, out);
        break;
    case TypeShape::Kind::None:
        ok = invalid(0, shape.why, "type");
        break;
    }
    --m_depth;
    if (!ok)
        return in.ok() ? false : fail(in.error(), base);
    if (!in.atEnd()) {
        in.fail(QStringLiteral("%1 bytes left over after the value").arg(in.remaining()), "value");
        return fail(in.error(), base);
    }
    m_base = outerBase;
    return true;
}

bool Renderer::renderScalar(quint32 oid, ByteReader &in, QString &out)
{
    switch (oid) {
    case TypeOid::Bool: {
        std::uint8_t v = 0;
        if (!in.u8(v, "bool"))
            return false;
        // The server's receive function takes any non-zero byte as true.
        out = v != 0 ? QStringLiteral("t") : QStringLiteral("f");
        return true;
    }
    case TypeOid::Int2: {
        std::int16_t v = 0;
        if (!in.i16(v, "int2"))
            return false;
        out = QString::number(v);
        return true;
    }
    case TypeOid::Int4: {
        std::int32_t v = 0;
        if (!in.i32(v, "int4"))
            return false;
        out = QString::number(v);
        return true;
    }
    case TypeOid::Int8: {
        std::int64_t v = 0;
        if (!in.i64(v, "int8"))
            return false;
        out = QString::number(qint64(v));
        return true;
    }
    case TypeOid::Oid: {
        std::uint32_t v = 0;
        if (!in.u32(v, "oid"))
            return false;
        out = QString::number(v);
        return true;
    }
    case TypeOid::Char: {
        std::uint8_t v = 0;
        if (!in.u8(v, "char"))
            return false;
        // Since PostgreSQL 15 a byte with the high bit set prints as a backslash and three octal
        // digits; NUL prints as the empty string.
        if (v >= 0x80)
            out = QStringLiteral("\\%1").arg(v, 3, 8, QLatin1Char('0'));
        else
            out = v == 0 ? QString() : QString(QLatin1Char(char(v)));
        return true;
    }
    case TypeOid::Bit:
    case TypeOid::Varbit:
        return renderBits(in, out);
    case TypeOid::Float4:
        return renderFloat(in, true, out);
    case TypeOid::Float8:
        return renderFloat(in, false, out);
    case TypeOid::Numeric:
        return renderNumeric(in, out);
    case TypeOid::Text:
    case TypeOid::Varchar:
    case TypeOid::Bpchar:
    case TypeOid::Name:
    case TypeOid::Json:
        return renderText(in, out);
    case TypeOid::Jsonb: {
        std::uint8_t version = 0;
        if (!in.u8(version, "jsonb version"))
            return false;
        if (version != 1)
            return invalid(0, QStringLiteral("unsupported jsonb version %1").arg(version), "jsonb version");
        return renderText(in, out);
    }
    case TypeOid::Bytea: {
        QByteArrayView data;
        if (!in.bytes(data, in.remaining(), "bytea"))
            return false;
        out = QStringLiteral("\\x") + QString::fromLatin1(data.toByteArray().toHex());
        return true;
    }
    case TypeOid::Uuid: {
        QByteArrayView data;
        if (!in.bytes(data, 16, "uuid"))
            return false;
        const QByteArray hex = data.toByteArray().toHex();
        out = QString::fromLatin1(hex.left(8)) + u'-' + QString::fromLatin1(hex.mid(8, 4)) + u'-'
            + QString::fromLatin1(hex.mid(12, 4)) + u'-' + QString::fromLatin1(hex.mid(16, 4)) + u'-'
            + QString::fromLatin1(hex.mid(20));
        return true;
    }
    case TypeOid::Date:
        return renderDate(in, out);
    case TypeOid::Time:
        return renderTime(in, false, out);
    case TypeOid::Timetz:
        return renderTime(in, true, out);
    case TypeOid::Timestamp:
        return renderTimestamp(in, false, out);
    case TypeOid::Timestamptz:
        return renderTimestamp(in, true, out);
    case TypeOid::Interval:
        return renderInterval(in, out);
    default:
        m_error
            = ParseError {QStringLiteral("no binary renderer for type %1").arg(typeLabel(oid, m_userTypes)),
                QString(), m_base};
        return false;
    }
}

bool Renderer::renderText(ByteReader &in, QString &out)
{
    QByteArrayView data;
    if (!in.bytes(data, in.remaining(), "text"))
        return false;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    out = decoder.decode(data);
    if (decoder.hasError())
        return invalid(in.offset() - data.size(), QStringLiteral("not valid UTF-8"), "text");
    return true;
}

// Float output as PostgreSQL 12+ prints it with extra_float_digits > 0: the
// shortest digits that read back to the same value, in fixed notation when
// the decimal exponent is in [-4, 15) for float8 or [-4, 6) for float4 (the
// printf %g thresholds), else d.ddde+XX with at least two exponent digits.
QString formatShortestFloat(double value, bool isFloat4)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (value == 0)
        return std::signbit(value) ? QStringLiteral("-0") : QStringLiteral("0");

    char buffer[64];
    const std::to_chars_result written = isFloat4
        ? std::to_chars(buffer, buffer + sizeof buffer, float(value), std::chars_format::scientific)
        : std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    // to_chars gives the same shortest round-trip digits as the server's Ryu code, as d.ddde±XX.
    const std::string_view scientific(buffer, std::size_t(written.ptr - buffer));
    const std::size_t e = scientific.find('e');
    const bool negative = scientific.front() == '-';
    QString digits;
    for (const char ch : scientific.substr(0, e)) {
        if (ch >= '0' && ch <= '9')
            digits += QLatin1Char(ch);
    }
    int exponent = 0;
    const std::string_view exponentText = scientific.substr(e + 1);
    const char *exponentBegin = exponentText.data() + (exponentText.front() == '+' ? 1 : 0);
    std::from_chars(exponentBegin, exponentText.data() + exponentText.size(), exponent);
    const int length = int(digits.size());

    QString out = negative ? QStringLiteral("-") : QString();
    if (exponent >= -4 && exponent < (isFloat4 ? 6 : 15)) {
        if (exponent < 0) {
            out += QStringLiteral("0.") + QString(-exponent - 1, u'0') + digits;
        } else if (length <= exponent + 1) {
            out += digits + QString(exponent + 1 - length, u'0');
        } else {
            out += digits.left(exponent + 1) + u'.' + digits.mid(exponent + 1);
        }
        return out;
    }
    out += digits.front();
    if (length > 1)
        out += u'.' + digits.mid(1);
    out += exponent < 0 ? QStringLiteral("e-") : QStringLiteral("e+");
    out += zeroPad(exponent < 0 ? -exponent : exponent, 2);
    return out;
}

// bit and varbit: the length in bits, then the bits packed high bit first.
bool Renderer::renderBits(ByteReader &in, QString &out)
{
    std::int32_t bitCount = 0;
    if (!in.i32(bitCount, "bit length"))
        return false;
    // Checking against the bytes present first keeps a hostile length from costing anything.
    if (bitCount < 0 || (qint64(bitCount) + 7) / 8 > in.remaining())
        return invalid(0, QStringLiteral("%1 bits do not fit in %2 bytes").arg(bitCount).arg(in.remaining()),
            "bit length");
    QByteArrayView packed;
    if (!in.bytes(packed, (qsizetype(bitCount) + 7) / 8, "bits"))
        return false;
    out.clear();
    out.reserve(bitCount);
    // Padding bits past the length are ignored, as the server zeroes them on receipt.
    for (qsizetype i = 0; i < bitCount; ++i)
        out += (std::uint8_t(packed.at(i / 8)) & (0x80 >> (i % 8))) ? u'1' : u'0';
    return true;
}

bool Renderer::renderFloat(ByteReader &in, bool isFloat4, QString &out)
{
    if (isFloat4) {
        std::uint32_t bits = 0;
        if (!in.u32(bits, "float4"))
            return false;
        out = formatShortestFloat(double(std::bit_cast<float>(bits)), true);
    } else {
        std::uint64_t bits = 0;
        if (!in.u64(bits, "float8"))
            return false;
        out = formatShortestFloat(std::bit_cast<double>(bits), false);
    }
    return true;
}

// The NUMERIC send format: ndigits, weight (of the first base-10000 digit),
// sign, display scale, then the digits, most significant first.
bool Renderer::renderNumeric(ByteReader &in, QString &out)
{
    std::uint16_t ndigits = 0, sign = 0, dscale = 0;
    std::int16_t rawWeight = 0;
    if (!in.u16(ndigits, "numeric ndigits") || !in.i16(rawWeight, "numeric weight")
        || !in.u16(sign, "numeric sign") || !in.u16(dscale, "numeric dscale"))
        return false;
    constexpr std::uint16_t positive = 0x0000, negative = 0x4000, nan = 0xC000, plusInfinity = 0xD000,
                            minusInfinity = 0xF000;
    if (sign != positive && sign != negative && sign != nan && sign != plusInfinity && sign != minusInfinity)
        return invalid(
            4, QStringLiteral("invalid sign 0x%1").arg(sign, 4, 16, QLatin1Char('0')), "numeric sign");
    if (dscale > 0x3FFF)
        return invalid(6, QStringLiteral("invalid display scale %1").arg(dscale), "numeric dscale");
    // Checking the length first keeps a hostile ndigits from costing anything.
    if (in.remaining() < qsizetype(ndigits) * 2) {
        in.fail(QStringLiteral("%1 digits need %2 bytes, %3 left")
                    .arg(ndigits)
                    .arg(ndigits * 2)
                    .arg(in.remaining()),
            "numeric digits");
        return false;
    }
    QList<std::int16_t> digits(ndigits);
    for (auto &digit : digits) {
        if (!in.i16(digit, "numeric digit"))
            return false;
        if (digit < 0 || digit > 9999)
            return invalid(
                in.offset() - 2, QStringLiteral("digit %1 is outside 0..9999").arg(digit), "numeric digit");
    }
    if (sign == nan) {
        out = QStringLiteral("NaN");
        return true;
    }
    if (sign == plusInfinity || sign == minusInfinity) {
        out = sign == plusInfinity ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
        return true;
    }

    // Leading zero digits print as the server prints the value after its
    // receive function strips them: the weight moves down instead.
    qint64 first = 0;
    qint64 weight = rawWeight;
    while (first < digits.size() && digits.at(first) == 0) {
        ++first;
        --weight;
    }
    // With no non-zero digit the value is zero, which the server stores with weight 0.
    if (first == digits.size())
        weight = 0;
    const auto digitAt = [&digits, first](qint64 index) -> int {
        index += first;
        return index >= first && index < digits.size() ? digits.at(index) : 0;
    };
    // Up to 147,000 characters for a legal value: four characters at a time
    // into storage reserved once, not a string per digit group.
    const auto appendGroup = [](QString &s, int v) {
        const char16_t group[4] = {char16_t(u'0' + v / 1000), char16_t(u'0' + v / 100 % 10),
            char16_t(u'0' + v / 10 % 10), char16_t(u'0' + v % 10)};
        s.append(QStringView(group, 4));
    };
    QString body;
    body.reserve(qsizetype(std::max<qint64>(weight + 1, 1)) * 4 + dscale + 5);
    bool nonZero = false;
    qint64 d = 0;
    if (weight < 0) {
        body += u'0';
        d = weight + 1;
    } else {
        for (d = 0; d <= weight; ++d) {
            const int digit = digitAt(d);
            nonZero = nonZero || digit != 0;
            if (d == 0)
                body += QString::number(digit);
            else
                appendGroup(body, digit);
        }
    }
    if (dscale > 0) {
        // Digits below the display scale are not shown; the server truncates them on receipt.
        body += u'.';
        const qsizetype point = body.size();
        for (int shown = 0; shown < dscale; shown += 4, ++d)
            appendGroup(body, digitAt(d));
        body.truncate(point + dscale);
        for (qsizetype i = point; i < body.size() && !nonZero; ++i)
            nonZero = body.at(i) != u'0';
    }
    // A value that is zero once truncated prints without a sign, as the server normalises it.
    out = (sign == negative && nonZero) ? u'-' + body : body;
    return true;
}

bool Renderer::renderDate(ByteReader &in, QString &out)
{
    std::int32_t days = 0;
    if (!in.i32(days, "date"))
        return false;
    if (days == std::numeric_limits<std::int32_t>::min()) {
        out = QStringLiteral("-infinity");
        return true;
    }
    if (days == std::numeric_limits<std::int32_t>::max()) {
        out = QStringLiteral("infinity");
        return true;
    }
    const qint64 julianDay = qint64(days) + kPostgresEpochJulianDay;
    if (julianDay < 0 || julianDay >= kDateEndJulianDay)
        return invalid(0, QStringLiteral("date %1 is out of range").arg(days), "date");
    const CivilDate date = civilFromJulianDay(julianDay);
    out.clear();
    appendDate(out, date);
    if (date.bc)
        out += QStringLiteral(" BC");
    return true;
}

bool Renderer::renderTime(ByteReader &in, bool withZone, QString &out)
{
    std::int64_t usecs = 0;
    if (!in.i64(usecs, "time"))
        return false;
    if (usecs < 0 || usecs > kUsecsPerDay)
        return invalid(0, QStringLiteral("time %1 is outside 00:00:00..24:00:00").arg(qint64(usecs)), "time");
    std::int32_t westSeconds = 0;
    if (withZone) {
        if (!in.i32(westSeconds, "time zone"))
            return false;
        if (westSeconds <= -kTzDisplacementLimit || westSeconds >= kTzDisplacementLimit)
            return invalid(8, QStringLiteral("time zone displacement %1 s is out of range").arg(westSeconds),
                "time zone");
    }
    out.clear();
    appendTimeOfDay(out, usecs);
    // The wire carries seconds west of Greenwich; the text shows the offset east.
    if (withZone)
        appendZone(out, -westSeconds);
    return true;
}

bool Renderer::renderTimestamp(ByteReader &in, bool withZone, QString &out)
{
    std::int64_t value = 0;
    if (!in.i64(value, withZone ? "timestamptz" : "timestamp"))
        return false;
    if (value == std::numeric_limits<std::int64_t>::min()) {
        out = QStringLiteral("-infinity");
        return true;
    }
    if (value == std::numeric_limits<std::int64_t>::max()) {
        out = QStringLiteral("infinity");
        return true;
    }
    if (value < kMinTimestamp || value >= kEndTimestamp)
        return invalid(0, QStringLiteral("timestamp %1 is out of range").arg(qint64(value)),
            withZone ? "timestamptz" : "timestamp");
    qint64 local = value;
    qint32 eastSeconds = 0;
    if (withZone) {
        // The zone's offset at that instant, whole seconds (local mean time can have seconds).
        // Whole seconds first (rounding down), since adding the Unix offset in microseconds
        // could overflow near the end of the timestamp range.
        const qint64 secsSince2000 = value >= 0 ? value / kUsecsPerSec : -((-(value + 1)) / kUsecsPerSec) - 1;
        const qint64 secsSinceUnix
            = secsSince2000 + (kPostgresEpochJulianDay - kUnixEpochJulianDay) * (kUsecsPerDay / kUsecsPerSec);
        eastSeconds = m_zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(secsSinceUnix, Qt::UTC));
        local = value + qint64(eastSeconds) * kUsecsPerSec;
    }
    qint64 dayNumber = local / kUsecsPerDay;
    qint64 usecOfDay = local % kUsecsPerDay;
    if (usecOfDay < 0) {
        usecOfDay += kUsecsPerDay;
        --dayNumber;
    }
    const CivilDate date = civilFromJulianDay(dayNumber + kPostgresEpochJulianDay);
    out.clear();
    appendDate(out, date);
    out += u' ';
    appendTimeOfDay(out, usecOfDay);
    if (withZone)
        appendZone(out, eastSeconds);
    if (date.bc)
        out += QStringLiteral(" BC");
    return true;
}

// IntervalStyle=postgres: "1 year 2 mons -3 days +04:05:06.789". Years and
// months come from the month count, the clock part from the microseconds;
// each non-zero part after a negative one carries an explicit '+'.
bool Renderer::renderInterval(ByteReader &in, QString &out)
{
    std::int64_t time = 0;
    std::int32_t days = 0, months = 0;
    if (!in.i64(time, "interval time") || !in.i32(days, "interval days")
        || !in.i32(months, "interval months"))
        return false;
    bool isZero = true;
    bool isBefore = false;
    out.clear();
    const auto addPart = [&](qint64 value, const char *unit) {
        if (value == 0)
            return;
        if (!isZero)
            out += u' ';
        if (isBefore && value > 0)
            out += u'+';
        out += QString::number(value) + u' ' + QLatin1String(unit);
        if (value != 1)
            out += u's';
        isBefore = value < 0;
        isZero = false;
    };
    addPart(months / 12, "year");
    addPart(months % 12, "mon");
    addPart(days, "day");

    const qint64 hours = time / kUsecsPerHour;
    qint64 rest = time - hours * kUsecsPerHour;
    const qint64 minutes = rest / kUsecsPerMinute;
    rest -= minutes * kUsecsPerMinute;
    const qint64 seconds = rest / kUsecsPerSec;
    const qint64 usecs = rest - seconds * kUsecsPerSec;
    if (isZero || time != 0) {
        const bool minus = hours < 0 || minutes < 0 || seconds < 0 || usecs < 0;
        if (!isZero)
            out += u' ';
        out += minus ? QStringLiteral("-") : (isBefore ? QStringLiteral("+") : QString());
        // Hours may exceed 24 and are never wrapped into days.
        const quint64 absHours = hours < 0 ? quint64(0) - quint64(hours) : quint64(hours);
        out += QStringLiteral("%1").arg(absHours, 2, 10, QLatin1Char('0')) + u':'
            + zeroPad(minutes < 0 ? -minutes : minutes, 2) + u':';
        appendSeconds(out, seconds < 0 ? -seconds : seconds, usecs < 0 ? -usecs : usecs);
    }
    return true;
}

// array_out's rule: quote an element that is empty, spells NULL in any case,
// or holds a brace, the delimiter, a quote, a backslash or white space.
QString quoteArrayElement(const QString &text)
{
    bool quote = text.isEmpty() || text.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0;
    for (const QChar ch : text) {
        if (ch == u'"' || ch == u'\\' || ch == u'{' || ch == u'}' || ch == u',' || ch == u' ' || ch == u'\t'
            || ch == u'\n' || ch == u'\r' || ch == u'\v' || ch == u'\f')
            quote = true;
    }
    if (!quote)
        return text;
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar ch : text) {
        if (ch == u'"' || ch == u'\\')
            out += u'\\';
        out += ch;
    }
    out += u'"';
    return out;
}

// The array send format: ndim, has-null flag, element OID, (size, lower
// bound) per dimension, then each element as a length (-1 for NULL) and its
// own send format, in row-major order.
bool Renderer::renderArray(quint32 elementOid, ByteReader &in, qsizetype base, QString &out)
{
    std::int32_t ndim = 0, flags = 0;
    std::uint32_t headerElement = 0;
    if (!in.i32(ndim, "array ndim") || !in.i32(flags, "array flags")
        || !in.u32(headerElement, "array element type"))
        return false;
    if (ndim < 0 || ndim > kMaxArrayDims)
        return invalid(
            0, QStringLiteral("%1 dimensions (0..%2 allowed)").arg(ndim).arg(kMaxArrayDims), "array ndim");
    if (flags != 0 && flags != 1)
        return invalid(4, QStringLiteral("invalid flags %1").arg(flags), "array flags");
    if (headerElement != elementOid)
        return invalid(8, QStringLiteral("element type %1, expected %2").arg(headerElement).arg(elementOid),
            "array element type");
    qint64 dims[kMaxArrayDims] = {};
    qint64 lowerBounds[kMaxArrayDims] = {};
    qint64 items = ndim > 0 ? 1 : 0;
    for (int i = 0; i < ndim; ++i) {
        std::int32_t size = 0, lower = 0;
        if (!in.i32(size, "array dimension") || !in.i32(lower, "array lower bound"))
            return false;
        if (size < 0)
            return invalid(in.offset() - 8, QStringLiteral("negative size %1").arg(size), "array dimension");
        if (qint64(lower) + size - 1 > std::numeric_limits<std::int32_t>::max())
            return invalid(in.offset() - 4, QStringLiteral("upper bound overflows"), "array lower bound");
        dims[i] = size;
        lowerBounds[i] = lower;
        items *= size;
        if (items > kMaxArrayItems)
            return invalid(in.offset() - 8, QStringLiteral("more than %1 elements").arg(kMaxArrayItems),
                "array dimension");
    }
    // Each element takes at least its 4-byte length.
    if (items > in.remaining() / 4) {
        in.fail(QStringLiteral("%1 elements cannot fit in %2 bytes").arg(items).arg(in.remaining()),
            "array elements");
        return false;
    }
    if (items == 0) {
        out = QStringLiteral("{}");
        return true;
    }

    out.clear();
    bool decorate = false;
    for (int i = 0; i < ndim; ++i)
        decorate = decorate || lowerBounds[i] != 1;
    if (decorate) {
        for (int i = 0; i < ndim; ++i)
            out += QStringLiteral("[%1:%2]").arg(lowerBounds[i]).arg(lowerBounds[i] + dims[i] - 1);
        out += u'=';
    }

    // Walk the elements in row-major order, opening and closing braces as the
    // index odometer rolls over.
    qint64 index[kMaxArrayDims] = {};
    out += QString(ndim, u'{');
    for (qint64 item = 0; item < items; ++item) {
        std::int32_t length = 0;
        if (!in.i32(length, "array element length"))
            return false;
        if (length < -1)
            return invalid(
                in.offset() - 4, QStringLiteral("invalid length %1").arg(length), "array element length");
        if (length == -1) {
            out += QStringLiteral("NULL");
        } else {
            const qsizetype start = in.offset();
            QByteArrayView data;
            if (!in.bytes(data, length, "array element"))
                return false;
            QString text;
            if (!render(elementOid, data, base + start, text)) {
                // Name the element in the field, so nested arrays read element 3, element 2, digit.
                m_error.field = QStringLiteral("element %1, %2").arg(item + 1).arg(m_error.field);
                return false;
            }
            out += quoteArrayElement(text);
            if (tooLong(out, start, "array element"))
                return false;
        }
        int dim = ndim - 1;
        while (dim >= 0 && ++index[dim] == dims[dim]) {
            index[dim] = 0;
            out += u'}';
            --dim;
        }
        if (dim >= 0)
            out += u',' + QString(ndim - 1 - dim, u'{');
    }
    return true;
}

// Quotes text as record_out and range_out do: when it is empty, holds white
// space, a quote, a backslash or one of specials; inside the quotes,
// quotes and backslashes are doubled.
QString quoteWhenNeeded(const QString &text, QStringView specials)
{
    bool quote = text.isEmpty();
    for (const QChar ch : text) {
        if (ch == u'"' || ch == u'\\' || ch == u' ' || ch == u'\t' || ch == u'\n' || ch == u'\r'
            || ch == u'\v' || ch == u'\f' || specials.contains(ch))
            quote = true;
    }
    if (!quote)
        return text;
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar ch : text) {
        if (ch == u'"' || ch == u'\\')
            out += ch;
        out += ch;
    }
    out += u'"';
    return out;
}

// record_out's rule for a column: specials are parentheses and the comma.
// A NULL column prints as nothing at all.
QString quoteRecordField(const QString &text)
{
    return quoteWhenNeeded(text, u"(),");
}

// The record send format: the number of columns (dropped ones are not
// sent), then per column its type OID and, as an array element is, a length
// (-1 for NULL) and the value in that type's send format.
bool Renderer::renderRecord(ByteReader &in, qsizetype base, QString &out)
{
    std::int32_t count = 0;
    // Each column takes at least its type OID and its length.
    if (!readCount(in, 8, "record column count", "record columns", "column", count))
        return false;
    QString text = QStringLiteral("(");
    for (std::int32_t column = 0; column < count; ++column) {
        std::uint32_t typeOid = 0;
        std::int32_t length = 0;
        if (!in.u32(typeOid, "record column type") || !in.i32(length, "record column length"))
            return false;
        if (column > 0)
            text += u',';
        if (length < -1)
            return invalid(
                in.offset() - 4, QStringLiteral("invalid length %1").arg(length), "record column length");
        if (length == -1)
            continue;
        const qsizetype start = in.offset();
        QByteArrayView data;
        if (!in.bytes(data, length, "record column"))
            return false;
        QString value;
        if (!render(typeOid, data, base + start, value)) {
            m_error.field = QStringLiteral("column %1, %2").arg(column + 1).arg(m_error.field);
            return false;
        }
        text += quoteRecordField(value);
        if (tooLong(text, start, "record column"))
            return false;
    }
    out = text + u')';
    return true;
}

// range_out's rule for a bound: quote it when it is empty or holds a quote,
// a backslash, a parenthesis, a square bracket, a comma or white space;
// inside quotes, quotes and backslashes are doubled.
QString quoteRangeBound(const QString &text)
{
    return quoteWhenNeeded(text, u"()[],");
}

// The flags byte of a range's send format (the server's stored flags).
namespace RangeFlag {
constexpr std::uint8_t Empty = 0x01;
constexpr std::uint8_t LowerInclusive = 0x02;
constexpr std::uint8_t UpperInclusive = 0x04;
constexpr std::uint8_t LowerInfinite = 0x08;
constexpr std::uint8_t UpperInfinite = 0x10;
constexpr std::uint8_t Known = Empty | LowerInclusive | UpperInclusive | LowerInfinite | UpperInfinite;
} // namespace RangeFlag

// The range send format: the flags byte, then each finite bound of a
// non-empty range (lower first) as a length and the subtype's send format.
// Only what range_send can produce is accepted: the server stores an empty
// range with no other flag and an infinite bound as exclusive, and never
// sends its internal flag bits, so any of those is a broken value.
bool Renderer::renderRange(quint32 subtype, ByteReader &in, qsizetype base, QString &out)
{
    std::uint8_t flags = 0;
    if (!in.u8(flags, "range flags"))
        return false;
    const auto hex = [](unsigned v) { return QStringLiteral("0x%1").arg(v, 2, 16, QLatin1Char('0')); };
    if ((flags & ~RangeFlag::Known) != 0)
        return invalid(0,
            QStringLiteral("unknown flag bits %1 in %2").arg(hex(flags & ~RangeFlag::Known), hex(flags)),
            "range flags");
    if ((flags & RangeFlag::Empty) != 0) {
        if (flags != RangeFlag::Empty)
            return invalid(
                0, QStringLiteral("empty range with bound flags %1").arg(hex(flags)), "range flags");
        out = QStringLiteral("empty");
        return true;
    }
    if ((flags & RangeFlag::LowerInfinite) != 0 && (flags & RangeFlag::LowerInclusive) != 0)
        return invalid(
            0, QStringLiteral("infinite lower bound marked inclusive (%1)").arg(hex(flags)), "range flags");
    if ((flags & RangeFlag::UpperInfinite) != 0 && (flags & RangeFlag::UpperInclusive) != 0)
        return invalid(
            0, QStringLiteral("infinite upper bound marked inclusive (%1)").arg(hex(flags)), "range flags");

    QString text = (flags & RangeFlag::LowerInclusive) != 0 ? QStringLiteral("[") : QStringLiteral("(");
    const auto bound = [&](bool lower) {
        std::int32_t length = 0;
        if (!in.i32(length, lower ? "range lower bound length" : "range upper bound length"))
            return false;
        if (length < 0)
            return invalid(in.offset() - 4, QStringLiteral("invalid length %1").arg(length),
                lower ? "range lower bound length" : "range upper bound length");
        const qsizetype start = in.offset();
        QByteArrayView data;
        if (!in.bytes(data, length, lower ? "range lower bound" : "range upper bound"))
            return false;
        QString value;
        if (!render(subtype, data, base + start, value)) {
            m_error.field
                = (lower ? QStringLiteral("lower bound, ") : QStringLiteral("upper bound, ")) + m_error.field;
            return false;
        }
        text += quoteRangeBound(value);
        return !tooLong(text, start, "range bound");
    };
    if ((flags & RangeFlag::LowerInfinite) == 0 && !bound(true))
        return false;
    text += u',';
    if ((flags & RangeFlag::UpperInfinite) == 0 && !bound(false))
        return false;
    text += (flags & RangeFlag::UpperInclusive) != 0 ? u']' : u')';
    out = text;
    return true;
}

// The multirange send format: the number of ranges, then each as a length
// and the range's send format. The server keeps a multirange's ranges
// sorted, merged and non-empty, so it never sends an empty one.
bool Renderer::renderMultirange(quint32 rangeOid, ByteReader &in, qsizetype base, QString &out)
{
    std::int32_t count = 0;
    // Each range takes at least its 4-byte length and its flags byte.
    if (!readCount(in, 5, "multirange range count", "multirange ranges", "range", count))
        return false;
    QString text = QStringLiteral("{");
    for (std::int32_t i = 0; i < count; ++i) {
        std::int32_t length = 0;
        if (!in.i32(length, "multirange range length"))
            return false;
        if (length < 0)
            return invalid(
                in.offset() - 4, QStringLiteral("invalid length %1").arg(length), "multirange range length");
        const qsizetype start = in.offset();
        QByteArrayView data;
        if (!in.bytes(data, length, "multirange range"))
            return false;
        QString range;
        if (!render(rangeOid, data, base + start, range)) {
            m_error.field = QStringLiteral("range %1, %2").arg(i + 1).arg(m_error.field);
            return false;
        }
        // A non-empty range's text starts with a bracket, so this is exactly the empty flag.
        if (range == u"empty")
            return invalid(
                start, QStringLiteral("empty range, which a multirange never holds"), "multirange range");
        if (i > 0)
            text += u',';
        text += range;
        if (tooLong(text, start, "multirange range"))
            return false;
    }
    out = text + u'}';
    return true;
}

bool isRenderableScalar(quint32 oid)
{
    switch (oid) {
    case TypeOid::Bool:
    case TypeOid::Char:
    case TypeOid::Bit:
    case TypeOid::Varbit:
    case TypeOid::Int2:
    case TypeOid::Int4:
    case TypeOid::Int8:
    case TypeOid::Oid:
    case TypeOid::Float4:
    case TypeOid::Float8:
    case TypeOid::Numeric:
    case TypeOid::Text:
    case TypeOid::Varchar:
    case TypeOid::Bpchar:
    case TypeOid::Name:
    case TypeOid::Json:
    case TypeOid::Jsonb:
    case TypeOid::Bytea:
    case TypeOid::Uuid:
    case TypeOid::Date:
    case TypeOid::Time:
    case TypeOid::Timetz:
    case TypeOid::Timestamp:
    case TypeOid::Timestamptz:
    case TypeOid::Interval:
        return true;
    default:
        return false;
    }
}

} // namespace

bool hasBinaryRenderer(quint32 typeOid)
{
    return canRender(typeOid, nullptr, nullptr);
}

bool hasBinaryRenderer(quint32 typeOid, const TypeNameMap *userTypes)
{
    return canRender(typeOid, userTypes, nullptr);
}

std::optional<QString> binaryToText(quint32 typeOid, QByteArrayView bytes, const QTimeZone &timeZone,
    const TypeNameMap *userTypes, QString *error)
{
    QString why;
    if (!canRender(typeOid, userTypes, &why)) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    Renderer renderer(timeZone, userTypes, bytes.size());
    QString out;
    if (!renderer.render(typeOid, bytes, 0, out)) {
        if (error)
            *error = typeLabel(typeOid, userTypes) + QStringLiteral(": ") + renderer.error().toString();
        return std::nullopt;
    }
    return out;
}

std::optional<QString> binaryToText(
    quint32 typeOid, QByteArrayView bytes, const QTimeZone &timeZone, QString *error)
{
    return binaryToText(typeOid, bytes, timeZone, nullptr, error);
}

std::optional<QString> binaryToText(quint32 typeOid, QByteArrayView bytes, QString *error)
{
    return binaryToText(typeOid, bytes, QTimeZone::utc(), error);
}

std::optional<QTimeZone> timeZoneFromName(const QString &name, QString *error)
{
    QTimeZone zone(name.toUtf8());
    if (!zone.isValid()) {
        if (error)
            *error = QStringLiteral("unknown time zone \"%1\"").arg(name);
        return std::nullopt;
    }
    return zone;
}

} // namespace pgrepl
