#pragma once

#include <QDebug>
#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>

namespace pgrepl {

// A WAL position (XLogRecPtr). Text form is PostgreSQL's "X/Y": two hex
// numbers of at most 8 digits each, the high and low 32 bits.
class Lsn final
{
public:
    constexpr Lsn() = default;
    constexpr explicit Lsn(std::uint64_t value) : m_value(value) { }

    // Parses "X/Y" in either case; on failure returns nullopt and, when
    // given, sets *error to a sentence naming what is wrong.
    static std::optional<Lsn> parse(QStringView text, QString *error = nullptr);

    constexpr std::uint64_t value() const { return m_value; }
    // 0/0 is InvalidXLogRecPtr: "no position".
    constexpr bool isValid() const { return m_value != 0; }
    QString toString() const;

    constexpr auto operator<=>(const Lsn &) const = default;

    // Bytes from other to this, 0 when other is ahead.
    constexpr std::uint64_t bytesAfter(Lsn other) const
    {
        return m_value > other.m_value ? m_value - other.m_value : 0;
    }

private:
    std::uint64_t m_value = 0;
};

QDebug operator<<(QDebug debug, Lsn lsn);

} // namespace pgrepl
