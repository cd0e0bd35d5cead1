#include "store/Crc32c.h"

#include <QtEndian>

#include <array>

namespace pgrepl {

namespace {

constexpr std::uint32_t kPolynomial = 0x82F63B78u;

// Slicing-by-8: table k holds the CRC of a byte followed by k zero bytes, so
// eight input bytes fold in with eight independent lookups.
using Tables = std::array<std::array<std::uint32_t, 256>, 8>;

constexpr Tables makeTables()
{
    Tables t {};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int bit = 0; bit < 8; ++bit)
            c = (c & 1u) ? (c >> 1) ^ kPolynomial : c >> 1;
        t[0][i] = c;
    }
    for (std::size_t k = 1; k < 8; ++k) {
        for (std::size_t i = 0; i < 256; ++i)
            t[k][i] = (t[k - 1][i] >> 8) ^ t[0][t[k - 1][i] & 0xFFu];
    }
    return t;
}

constexpr Tables kTables = makeTables();

} // namespace

std::uint32_t Crc32c::update(QByteArrayView data, std::uint32_t crc)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.data());
    qsizetype n = data.size();
    std::uint32_t c = ~crc;
    while (n >= 8) {
        const std::uint64_t word = qFromLittleEndian<std::uint64_t>(p) ^ c;
        c = kTables[7][word & 0xFFu] ^ kTables[6][(word >> 8) & 0xFFu] ^ kTables[5][(word >> 16) & 0xFFu]
            ^ kTables[4][(word >> 24) & 0xFFu] ^ kTables[3][(word >> 32) & 0xFFu]
            ^ kTables[2][(word >> 40) & 0xFFu] ^ kTables[1][(word >> 48) & 0xFFu] ^ kTables[0][word >> 56];
        p += 8;
        n -= 8;
    }
    while (n-- > 0)
        c = kTables[0][(c ^ *p++) & 0xFFu] ^ (c >> 8);
    return ~c;
}

} // namespace pgrepl
