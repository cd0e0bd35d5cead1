#pragma once

#include <QByteArrayView>

#include <cstdint>

namespace pgrepl {

// CRC-32C (Castagnoli, reflected polynomial 0x82F63B78), the checksum of
// every capture record. Table-driven, eight bytes per step.
class Crc32c final
{
public:
    // The CRC of data, continuing from a previous result: update(b,
    // update(a)) equals the CRC of a followed by b. Start from 0.
    static std::uint32_t update(QByteArrayView data, std::uint32_t crc = 0);
};

} // namespace pgrepl
