#include "store/CaptureReader.h"

#include "store/Crc32c.h"
#include "store/EventStore.h"
#include "wire/ByteReader.h"

#include <QFile>
#include <QtEndian>

#include <cstring>

namespace pgrepl {

CaptureReader::CaptureReader() = default;

CaptureReader::~CaptureReader()
{
    close();
}

bool CaptureReader::isOpen() const
{
    return m_file != nullptr;
}

void CaptureReader::close()
{
    // Unmapping happens when the QFile goes.
    m_file.reset();
    m_data = {};
    m_version = 0;
    m_header = {};
    std::vector<qint64>().swap(m_offsets);
    m_recordsStart = 0;
    m_damageOffset = -1;
    m_warning.clear();
}

bool CaptureReader::refuse(const QString &why)
{
    close();
    m_error = why;
    return false;
}

bool CaptureReader::open(const QString &path)
{
    close();
    m_error.clear();
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return refuse(QStringLiteral("cannot open %1: %2").arg(path, file->errorString()));
    const qint64 size = file->size();
    if (size < CaptureFormat::kPreambleSize)
        return refuse(
            QStringLiteral("%1 is not a pgrepl capture: it is %2 bytes long, shorter than the %3-byte "
                           "file header")
                .arg(path)
                .arg(size)
                .arg(CaptureFormat::kPreambleSize));
    // The map keeps payloads on disk until a record is looked at; the QFile
    // owns it and unmaps on destruction.
    uchar *mapped = file->map(0, size);
    if (!mapped)
        return refuse(QStringLiteral("cannot map %1: %2").arg(path, file->errorString()));
    m_file = std::move(file);
    m_data = QByteArrayView(reinterpret_cast<const char *>(mapped), qsizetype(size));
    if (!readHeader()) {
        const QString why = m_error;
        return refuse(QStringLiteral("%1: %2").arg(path, why));
    }
    indexRecords();
    return true;
}

bool CaptureReader::readHeader()
{
    if (std::memcmp(m_data.data(), CaptureFormat::kMagic, sizeof CaptureFormat::kMagic) != 0) {
        m_error = QStringLiteral("not a pgrepl capture file (the first 8 bytes are %1, expected %2)")
                      .arg(QString::fromLatin1(m_data.first(8).toByteArray().toHex(' ')),
                          QString::fromLatin1(
                              QByteArray(CaptureFormat::kMagic, sizeof CaptureFormat::kMagic).toHex(' ')));
        return false;
    }
    ByteReader r(m_data);
    QByteArrayView magic;
    std::uint32_t version = 0;
    std::uint32_t blockLength = 0;
    r.bytes(magic, 8, "magic");
    r.u32(version, "format version");
    if (r.ok() && version == 0) {
        m_error = QStringLiteral("format version 0 at byte 8 is not valid");
        return false;
    }
    if (r.ok() && version > CaptureFormat::kVersion) {
        m_error
            = QStringLiteral("the capture uses format version %1, newer than this program reads (up to %2); "
                             "open it with a newer pgrepl-inspector")
                  .arg(version)
                  .arg(CaptureFormat::kVersion);
        return false;
    }
    r.u32(blockLength, "header block length");
    if (r.ok() && blockLength > CaptureFormat::kMaxHeaderBlock) {
        m_error = QStringLiteral("the header is damaged: header block length %1 at byte 12 is over the limit "
                                 "of %2")
                      .arg(blockLength)
                      .arg(CaptureFormat::kMaxHeaderBlock);
        return false;
    }
    QByteArrayView block;
    std::uint32_t storedCrc = 0;
    r.bytes(block, qsizetype(blockLength), "header block");
    const qsizetype crcOffset = r.offset();
    r.u32(storedCrc, "header CRC");
    if (!r.ok()) {
        m_error = QStringLiteral("the header is cut off: %1").arg(r.error().toString());
        return false;
    }
    const std::uint32_t crc = Crc32c::update(m_data.first(crcOffset));
    if (crc != storedCrc) {
        m_error = QStringLiteral("the header is damaged: its CRC-32C is %1, the file says %2 (bytes 0 to %3)")
                      .arg(crc, 8, 16, QLatin1Char('0'))
                      .arg(storedCrc, 8, 16, QLatin1Char('0'))
                      .arg(crcOffset - 1);
        return false;
    }
    QString why;
    auto header = CaptureHeader::fromJson(block.toByteArray(), &why);
    if (!header) {
        m_error = QStringLiteral("the header is not readable: %1").arg(why);
        return false;
    }
    m_version = version;
    m_header = std::move(*header);
    m_recordsStart = r.offset();
    return true;
}

void CaptureReader::indexRecords()
{
    const qint64 fixed = CaptureFormat::kRecordHeaderSize + CaptureFormat::kRecordTrailerSize;
    qint64 pos = m_recordsStart;
    const qint64 end = m_data.size();
    auto damage = [this, &pos, end](const QString &why) {
        m_damageOffset = pos;
        m_warning
            = QStringLiteral("the capture is damaged from byte %1 on (record %2): %3. The %4 records before "
                             "it were read; the last %5 bytes were not.")
                  .arg(pos)
                  .arg(m_offsets.size() + 1)
                  .arg(why)
                  .arg(m_offsets.size())
                  .arg(end - pos);
    };
    // Each record is checked in full before it is indexed; nothing is
    // allocated from a length in the file, only compared with what is left.
    while (pos < end) {
        const qint64 left = end - pos;
        if (left < fixed)
            return damage(QStringLiteral("the record is cut off (%1 bytes left, a record needs at least %2)")
                              .arg(left)
                              .arg(fixed));
        ByteReader r(m_data.sliced(pos, CaptureFormat::kRecordHeaderSize));
        std::uint32_t length = 0;
        std::uint8_t kindCode = 0;
        std::uint8_t direction = 0;
        std::uint16_t reserved = 0;
        r.u32(length, "payload length");
        r.u8(kindCode, "kind");
        r.u8(direction, "direction");
        r.u16(reserved, "reserved");
        if (length > CaptureFormat::kMaxPayload)
            return damage(QStringLiteral("payload length %1 is impossible (the limit is %2)")
                              .arg(length)
                              .arg(CaptureFormat::kMaxPayload));
        const qint64 total = fixed + qint64(length);
        if (total > left)
            return damage(QStringLiteral("the record is cut off (it needs %1 bytes, %2 are left)")
                              .arg(total)
                              .arg(left));
        const qint64 crcAt = pos + total - CaptureFormat::kRecordTrailerSize;
        const std::uint32_t stored = qFromBigEndian<std::uint32_t>(m_data.data() + crcAt);
        const std::uint32_t crc = Crc32c::update(m_data.sliced(pos, crcAt - pos));
        if (crc != stored)
            return damage(QStringLiteral("CRC-32C mismatch (computed %1, stored %2)")
                              .arg(crc, 8, 16, QLatin1Char('0'))
                              .arg(stored, 8, 16, QLatin1Char('0')));
        // A good CRC with bad fields means a writer this reader does not
        // understand, not bit rot; stopping is still the only safe choice.
        if (!CaptureFormat::kindFromCode(kindCode))
            return damage(QStringLiteral("unknown record kind %1").arg(kindCode));
        if (direction > std::uint8_t(CaptureDirection::Local))
            return damage(QStringLiteral("unknown direction %1").arg(direction));
        if (reserved != 0)
            return damage(QStringLiteral("reserved field is %1, not 0").arg(reserved));
        m_offsets.push_back(pos);
        pos += total;
    }
}

CaptureRecord CaptureReader::record(qsizetype i) const
{
    const qint64 pos = m_offsets[std::size_t(i)];
    const char *h = m_data.data() + pos;
    CaptureRecord rec;
    rec.fileOffset = pos;
    const auto length = qFromBigEndian<std::uint32_t>(h);
    // Indexed records were validated, so these cannot fail.
    rec.kind = CaptureFormat::kindFromCode(std::uint8_t(h[4])).value_or(StreamEvent::Kind::Unknown);
    rec.direction = CaptureDirection(std::uint8_t(h[5]));
    rec.walStart = Lsn(qFromBigEndian<std::uint64_t>(h + 8));
    rec.walEnd = Lsn(qFromBigEndian<std::uint64_t>(h + 16));
    rec.serverTime = qFromBigEndian<std::int64_t>(h + 24);
    rec.receivedAtUs = qFromBigEndian<std::int64_t>(h + 32);
    rec.payload = m_data.sliced(pos + CaptureFormat::kRecordHeaderSize, qsizetype(length));
    return rec;
}

StreamEvent CaptureReader::event(qsizetype i) const
{
    const CaptureRecord rec = record(i);
    StreamEvent e;
    e.kind = rec.kind;
    e.receivedAtUs = rec.receivedAtUs;
    e.walStart = rec.walStart;
    e.walEnd = rec.walEnd;
    e.serverTime = rec.serverTime;
    e.payload = rec.payload.toByteArray();
    return e;
}

qsizetype CaptureReader::attachTo(EventStore &store) const
{
    store.reserve(store.size() + recordCount());
    qsizetype loaded = 0;
    for (qsizetype i = 0; i < recordCount(); ++i) {
        const CaptureRecord rec = record(i);
        if (store.appendExternal(
                EventMeta {rec.kind, rec.receivedAtUs, rec.walStart, rec.walEnd, rec.serverTime},
                rec.payload))
            ++loaded;
    }
    return loaded;
}

qsizetype CaptureReader::loadInto(EventStore &store) const
{
    store.reserve(store.size() + recordCount());
    qsizetype loaded = 0;
    for (qsizetype i = 0; i < recordCount(); ++i) {
        const CaptureRecord rec = record(i);
        if (store.append(EventMeta {rec.kind, rec.receivedAtUs, rec.walStart, rec.walEnd, rec.serverTime},
                rec.payload))
            ++loaded;
    }
    return loaded;
}

} // namespace pgrepl
