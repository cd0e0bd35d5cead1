#include "auth/SaslPrep.h"

#include "auth/StringPrepTables.h"

#include <QList>
#include <QStringDecoder>

#include <algorithm>

namespace pgrepl {

namespace {

// RFC 4013 section 2.3 (prohibited output); A.1 is added by section 2.5.
constexpr StringPrepTable kProhibited[] = {
    StringPrepTable::C12,
    StringPrepTable::C21,
    StringPrepTable::C22,
    StringPrepTable::C3,
    StringPrepTable::C4,
    StringPrepTable::C5,
    StringPrepTable::C6,
    StringPrepTable::C7,
    StringPrepTable::C8,
    StringPrepTable::C9,
    StringPrepTable::A1,
};

QString codePointText(char32_t c)
{
    return QStringLiteral("U+%1").arg(
        QString::number(static_cast<uint>(c), 16).toUpper(), 4, QLatin1Char('0'));
}

// RFC 4013 section 2.1: non-ASCII spaces become U+0020 and B.1 disappears.
// C.1.2 is tested first, as PostgreSQL does, since U+200B is in both tables.
QList<char32_t> mapCodePoints(const QList<char32_t> &input)
{
    QList<char32_t> out;
    out.reserve(input.size());
    for (const char32_t c : input) {
        if (inStringPrepTable(StringPrepTable::C12, c))
            out.append(U' ');
        else if (!inStringPrepTable(StringPrepTable::B1, c))
            out.append(c);
    }
    return out;
}

// Prohibited output, unassigned code points and the RFC 3454 section 6 bidi
// rule. Returns an empty string when the code points pass.
QString checkCodePoints(const QList<char32_t> &cps)
{
    bool hasRandAL = false;
    for (qsizetype i = 0; i < cps.size(); ++i) {
        const char32_t c = cps.at(i);
        for (const StringPrepTable table : kProhibited) {
            if (inStringPrepTable(table, c)) {
                return QStringLiteral("prohibited character %1 at position %2 (RFC 3454 table %3)")
                    .arg(codePointText(c))
                    .arg(i)
                    .arg(stringPrepTableName(table));
            }
        }
        hasRandAL = hasRandAL || inStringPrepTable(StringPrepTable::D1, c);
    }
    if (!hasRandAL)
        return {};
    for (qsizetype i = 0; i < cps.size(); ++i) {
        if (inStringPrepTable(StringPrepTable::D2, cps.at(i))) {
            return QStringLiteral("bidi violation: left-to-right character %1 at position %2 in a string "
                                  "with right-to-left characters")
                .arg(codePointText(cps.at(i)))
                .arg(i);
        }
    }
    if (!inStringPrepTable(StringPrepTable::D1, cps.first()))
        return QStringLiteral("bidi violation: a string with right-to-left characters must start with one, "
                              "not %1")
            .arg(codePointText(cps.first()));
    if (!inStringPrepTable(StringPrepTable::D1, cps.last()))
        return QStringLiteral("bidi violation: a string with right-to-left characters must end with one, "
                              "not %1")
            .arg(codePointText(cps.last()));
    return {};
}

QList<char32_t> toCodePoints(const QString &s)
{
    const QList<uint> ucs4 = s.toUcs4();
    QList<char32_t> out;
    out.reserve(ucs4.size());
    for (const uint c : ucs4)
        out.append(static_cast<char32_t>(c));
    return out;
}

QString fromCodePoints(const QList<char32_t> &cps)
{
    return QString::fromUcs4(cps.constData(), cps.size());
}

} // namespace

std::optional<QString> saslPrep(const QString &input, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!QStringView(input).isValidUtf16())
        return fail(QStringLiteral("invalid UTF-16: unpaired surrogate"));

    const QString normalized
        = fromCodePoints(mapCodePoints(toCodePoints(input))).normalized(QString::NormalizationForm_KC);
    const QString problem = checkCodePoints(toCodePoints(normalized));
    if (!problem.isEmpty())
        return fail(problem);
    return normalized;
}

QByteArray saslPrepPassword(const QByteArray &utf8Password)
{
    const bool ascii = std::all_of(utf8Password.cbegin(), utf8Password.cend(),
        [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
    if (ascii)
        return utf8Password;

    // Stateless, and keep an initial U+FEFF: it is B.1 and must be mapped
    // like any other, not silently eaten as a byte order mark.
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    const QString decoded = decoder.decode(utf8Password);
    if (decoder.hasError())
        return utf8Password;

    const QList<char32_t> mapped = mapCodePoints(toCodePoints(decoded));
    // PostgreSQL refuses an empty result and checks the mapped string before
    // normalisation (RFC 4013 checks the normalised one). The verifier was
    // made by PostgreSQL, so its decision is the one that gives equal keys.
    if (mapped.isEmpty() || !checkCodePoints(mapped).isEmpty())
        return utf8Password;
    return fromCodePoints(mapped).normalized(QString::NormalizationForm_KC).toUtf8();
}

} // namespace pgrepl
