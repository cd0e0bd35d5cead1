#include "wire/Units.h"

#include <QCoreApplication>

#include <array>

namespace pgrepl {

// Free functions have no tr(); the literal context on each call is what lupdate looks for.

QString formatBytes(qint64 bytes)
{
    // Work on the magnitude as unsigned so that the minimum qint64 does not overflow.
    const bool negative = bytes < 0;
    const quint64 magnitude
        = negative ? quint64(0) - static_cast<quint64>(bytes) : static_cast<quint64>(bytes);
    const QString sign = negative ? QStringLiteral("-") : QString();

    if (magnitude < 1024)
        return QCoreApplication::translate("pgrepl::Units", "%1%2 B").arg(sign).arg(magnitude);

    static const std::array<const char *, 6> units = {
        QT_TRANSLATE_NOOP("pgrepl::Units", "%1%2 KiB"),
        QT_TRANSLATE_NOOP("pgrepl::Units", "%1%2 MiB"),
        QT_TRANSLATE_NOOP("pgrepl::Units", "%1%2 GiB"),
        QT_TRANSLATE_NOOP("pgrepl::Units", "%1%2 TiB"),
        QT_TRANSLATE_NOOP("pgrepl::Units", "%1%2 PiB"),
        QT_TRANSLATE_NOOP("pgrepl::Units", "%1%2 EiB"),
    };
    double value = static_cast<double>(magnitude) / 1024.0;
    std::size_t unit = 0;
    // Compare the rounded value, so 1023.96 KiB reads "1.0 MiB" rather than "1024.0 KiB".
    while (unit + 1 < units.size() && value >= 1023.95) {
        value /= 1024.0;
        ++unit;
    }
    return QCoreApplication::translate("pgrepl::Units", units[unit])
        .arg(sign, QString::number(value, 'f', 1));
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const auto twoDigits = [](qint64 n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    if (seconds < 60)
        return QCoreApplication::translate("pgrepl::Units", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("pgrepl::Units", "%1 min %2 s")
            .arg(seconds / 60)
            .arg(twoDigits(seconds % 60));
    if (seconds < 86400)
        return QCoreApplication::translate("pgrepl::Units", "%1 h %2 min")
            .arg(seconds / 3600)
            .arg(twoDigits(seconds % 3600 / 60));
    return QCoreApplication::translate("pgrepl::Units", "%1 d %2 h")
        .arg(seconds / 86400)
        .arg(twoDigits(seconds % 86400 / 3600));
}

} // namespace pgrepl
