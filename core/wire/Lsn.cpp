#include "wire/Lsn.h"

namespace pgrepl {

namespace {

std::optional<std::uint32_t> parseHalf(QStringView part, const char *which, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<std::uint32_t> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (part.isEmpty())
        return fail(QStringLiteral("the %1 part is empty").arg(QLatin1String(which)));
    if (part.size() > 8)
        return fail(QStringLiteral("the %1 part \"%2\" has more than 8 hex digits")
                        .arg(QLatin1String(which), part.toString()));
    std::uint32_t value = 0;
    for (qsizetype i = 0; i < part.size(); ++i) {
        const char16_t c = part[i].unicode();
        int digit = -1;
        if (c >= u'0' && c <= u'9')
            digit = c - u'0';
        else if (c >= u'a' && c <= u'f')
            digit = c - u'a' + 10;
        else if (c >= u'A' && c <= u'F')
            digit = c - u'A' + 10;
        if (digit < 0)
            return fail(
                QStringLiteral("'%1' in the %2 part is not a hex digit").arg(part[i], QLatin1String(which)));
        value = (value << 4) | static_cast<std::uint32_t>(digit);
    }
    return value;
}

} // namespace

std::optional<Lsn> Lsn::parse(QStringView text, QString *error)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype slash = trimmed.indexOf(u'/');
    if (slash < 0) {
        if (error)
            *error
                = QStringLiteral("\"%1\" is not an LSN: expected X/Y, as in 0/16B3748").arg(text.toString());
        return std::nullopt;
    }
    QString why;
    const auto high = parseHalf(trimmed.left(slash), "high", &why);
    const auto low = high ? parseHalf(trimmed.mid(slash + 1), "low", &why) : std::nullopt;
    if (!high || !low) {
        if (error)
            *error = QStringLiteral("\"%1\" is not an LSN: %2").arg(text.toString(), why);
        return std::nullopt;
    }
    return Lsn((std::uint64_t(*high) << 32) | *low);
}

QString Lsn::toString() const
{
    // Written out by hand: the event list formats an LSN for every row it
    // paints, and arg() twice and toUpper() took four allocations.
    static constexpr char16_t kDigits[] = u"0123456789ABCDEF";
    char16_t text[17]; // "XXXXXXXX/XXXXXXXX"
    qsizetype n = 0;
    const auto put = [&](std::uint32_t half) {
        int shift = 28;
        while (shift > 0 && ((half >> shift) & 0xfu) == 0)
            shift -= 4; // no leading zeros, as PostgreSQL prints it
        for (; shift >= 0; shift -= 4)
            text[n++] = kDigits[(half >> shift) & 0xfu];
    };
    put(static_cast<std::uint32_t>(m_value >> 32));
    text[n++] = u'/';
    put(static_cast<std::uint32_t>(m_value & 0xffffffffu));
    return QString(reinterpret_cast<const QChar *>(text), n);
}

QDebug operator<<(QDebug debug, Lsn lsn)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Lsn(" << lsn.toString() << ')';
    return debug;
}

} // namespace pgrepl
