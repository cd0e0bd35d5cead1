#include "wire/Units.h"

#include <QCoreApplication>
#include <QLocale>

#include <array>

namespace pgrepl {

// Free functions have no tr(); the literal context on each call is what lupdate looks for.

namespace {

// The application's locale for the numbers, without group separators: they
// would turn "1023.9 KiB" into "1,023.9 KiB" in English, and a day count
// into something that reads like a decimal in German.
QLocale numberLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

QString formatBytes(qint64 bytes)
{
    // Work on the magnitude as unsigned so that the minimum qint64 does not overflow.
    const bool negative = bytes < 0;
    const quint64 magnitude
        = negative ? quint64(0) - static_cast<quint64>(bytes) : static_cast<quint64>(bytes);
    const QLocale locale = numberLocale();
    const QString sign = negative ? locale.negativeSign() : QString();

    if (magnitude < 1024)
        //: %1 is the sign (empty or minus), %2 a number of bytes.
        return QCoreApplication::translate("pgrepl::Units", "%1%2 B").arg(sign, locale.toString(magnitude));

    static const std::array<const char *, 6> units = {
        //: %1 is the sign (empty or minus), %2 a number with one decimal.
        QT_TRANSLATE_NOOP("pgrepl::Units", "%1%2 KiB"),
        //: %1 is the sign (empty or minus), %2 a number with one decimal.
        QT_TRANSLATE_NOOP("pgrepl::Units", "%1%2 MiB"),
        //: %1 is the sign (empty or minus), %2 a number with one decimal.
        QT_TRANSLATE_NOOP("pgrepl::Units", "%1%2 GiB"),
        //: %1 is the sign (empty or minus), %2 a number with one decimal.
        QT_TRANSLATE_NOOP("pgrepl::Units", "%1%2 TiB"),
        //: %1 is the sign (empty or minus), %2 a number with one decimal.
        QT_TRANSLATE_NOOP("pgrepl::Units", "%1%2 PiB"),
        //: %1 is the sign (empty or minus), %2 a number with one decimal.
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
        .arg(sign, locale.toString(value, 'f', 1));
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        seconds = 0;
    const QLocale locale = numberLocale();
    const auto number = [&locale](qint64 n) { return locale.toString(n); };
    // The locale's own zero, for scripts with digits of their own.
    const auto twoDigits = [&locale](qint64 n) {
        return n < 10 ? locale.zeroDigit() + locale.toString(n) : locale.toString(n);
    };
    if (seconds < 60)
        //: %1 is a number of seconds.
        return QCoreApplication::translate("pgrepl::Units", "%1 s").arg(number(seconds));
    if (seconds < 3600)
        //: %1 is a number of minutes, %2 of seconds (two digits).
        return QCoreApplication::translate("pgrepl::Units", "%1 min %2 s")
            .arg(number(seconds / 60), twoDigits(seconds % 60));
    if (seconds < 86400)
        //: %1 is a number of hours, %2 of minutes (two digits).
        return QCoreApplication::translate("pgrepl::Units", "%1 h %2 min")
            .arg(number(seconds / 3600), twoDigits(seconds % 3600 / 60));
    //: %1 is a number of days, %2 of hours (two digits).
    return QCoreApplication::translate("pgrepl::Units", "%1 d %2 h")
        .arg(number(seconds / 86400), twoDigits(seconds % 86400 / 3600));
}

} // namespace pgrepl
