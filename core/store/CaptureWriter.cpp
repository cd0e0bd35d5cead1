#include "store/CaptureWriter.h"

#include "pgrepl/Version.h"
#include "store/Crc32c.h"

#include <QFile>
#include <QtEndian>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace pgrepl {

namespace {

template<typename T> void putBig(char *at, T value)
{
    qToBigEndian<T>(value, at);
}

} // namespace

CaptureWriter::CaptureWriter(const CaptureWriterOptions &options) : m_options(options)
{
    m_recordHeader.resize(CaptureFormat::kRecordHeaderSize);
}

CaptureWriter::~CaptureWriter()
{
    if (isOpen())
        close();
}

bool CaptureWriter::isOpen() const
{
    return m_file && m_file->isOpen();
}

bool CaptureWriter::fail(const QString &what)
{
    m_error = what;
    return false;
}

bool CaptureWriter::writeAll(QByteArrayView bytes)
{
    if (m_file->write(bytes.data(), bytes.size()) != bytes.size())
        return fail(QStringLiteral("cannot write %1: %2").arg(m_path, m_file->errorString()));
    m_bytes += bytes.size();
    return true;
}

bool CaptureWriter::open(const QString &path, const CaptureHeader &header)
{
    if (isOpen())
        return fail(QStringLiteral("a capture is already open (%1)").arg(m_path));
    m_path = path;
    m_error.clear();
    m_records = m_recordsSinceSync = m_bytes = m_syncs = 0;
    auto file = std::make_unique<QFile>(path);

#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    // O_CREAT keeps an existing file's mode, so a replaced file is removed
    // first and always created fresh with 0600.
    if (m_options.replaceExisting && ::unlink(native.constData()) != 0 && errno != ENOENT)
        return fail(
            QStringLiteral("cannot replace %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const int err = errno;
        if (err == EEXIST)
            return fail(QStringLiteral("cannot create %1: the file already exists").arg(path));
        return fail(
            QStringLiteral("cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(err))));
    }
    // The umask may have taken bits away; captures must stay readable by
    // their owner, and by nobody else.
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    if (!file->open(fd, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return fail(QStringLiteral("cannot open %1: %2").arg(path, file->errorString()));
    }
#else
    if (!m_options.replaceExisting && QFile::exists(path))
        return fail(QStringLiteral("cannot create %1: the file already exists").arg(path));
    if (!file->open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QStringLiteral("cannot create %1: %2").arg(path, file->errorString()));
    file->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    m_file = std::move(file);

    CaptureHeader h = header;
    if (h.writtenBy.isEmpty())
        h.writtenBy = QStringLiteral("%1 %2").arg(QLatin1String(kAppName), QLatin1String(kVersion));
    const QByteArray json = h.toJson();
    if (json.size() > qsizetype(CaptureFormat::kMaxHeaderBlock)) {
        m_file->close();
        m_file.reset();
        QFile::remove(path);
        return fail(QStringLiteral("the capture header is %1 bytes, more than the format allows (%2)")
                        .arg(json.size())
                        .arg(CaptureFormat::kMaxHeaderBlock));
    }
    QByteArray preamble(CaptureFormat::kPreambleSize, Qt::Uninitialized);
    std::memcpy(preamble.data(), CaptureFormat::kMagic, sizeof CaptureFormat::kMagic);
    putBig<std::uint32_t>(preamble.data() + 8, CaptureFormat::kVersion);
    putBig<std::uint32_t>(preamble.data() + 12, std::uint32_t(json.size()));
    std::uint32_t crc = Crc32c::update(preamble);
    crc = Crc32c::update(json, crc);
    char crcBytes[4];
    putBig<std::uint32_t>(crcBytes, crc);
    if (!writeAll(preamble) || !writeAll(json) || !writeAll(QByteArrayView(crcBytes, 4)) || !sync()) {
        const QString why = m_error;
        m_file->close();
        m_file.reset();
        QFile::remove(path);
        return fail(why);
    }
    return true;
}

bool CaptureWriter::append(const StreamEvent &event)
{
    return append(event, CaptureFormat::directionOf(event.kind));
}

bool CaptureWriter::append(const StreamEvent &event, CaptureDirection direction)
{
    if (!isOpen())
        return fail(QStringLiteral("no capture file is open"));
    if (event.payload.size() > qsizetype(CaptureFormat::kMaxPayload))
        return fail(QStringLiteral("a payload of %1 bytes is over the capture format's limit of %2")
                        .arg(event.payload.size())
                        .arg(CaptureFormat::kMaxPayload));
    char *h = m_recordHeader.data();
    putBig<std::uint32_t>(h, std::uint32_t(event.payload.size()));
    h[4] = char(CaptureFormat::kindCode(event.kind));
    h[5] = char(std::uint8_t(direction));
    putBig<std::uint16_t>(h + 6, 0);
    putBig<std::uint64_t>(h + 8, event.walStart.value());
    putBig<std::uint64_t>(h + 16, event.walEnd.value());
    putBig<std::int64_t>(h + 24, event.serverTime);
    putBig<std::int64_t>(h + 32, event.receivedAtUs);
    const std::uint32_t crc = Crc32c::update(event.payload, Crc32c::update(m_recordHeader));
    char crcBytes[4];
    putBig<std::uint32_t>(crcBytes, crc);
    if (!writeAll(m_recordHeader) || !writeAll(event.payload) || !writeAll(QByteArrayView(crcBytes, 4)))
        return false;
    ++m_records;
    ++m_recordsSinceSync;
    return maybeSync();
}

bool CaptureWriter::append(const StreamEventBatch &batch)
{
    for (const StreamEvent &event : batch) {
        if (!append(event))
            return false;
    }
    return flush();
}

bool CaptureWriter::flush()
{
    if (!isOpen())
        return fail(QStringLiteral("no capture file is open"));
    if (!m_file->flush())
        return fail(QStringLiteral("cannot write %1: %2").arg(m_path, m_file->errorString()));
    return true;
}

bool CaptureWriter::sync()
{
    if (!flush())
        return false;
#ifdef Q_OS_UNIX
    if (::fsync(m_file->handle()) != 0)
        return fail(QStringLiteral("cannot sync %1 to disk: %2")
                        .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
#endif
    ++m_syncs;
    m_recordsSinceSync = 0;
    m_sinceSync.start();
    return true;
}

bool CaptureWriter::maybeSync()
{
    if (!isOpen())
        return fail(QStringLiteral("no capture file is open"));
    const bool byCount = m_options.syncEveryRecords > 0 && m_recordsSinceSync >= m_options.syncEveryRecords;
    const bool byTime = m_options.syncIntervalMs > 0 && m_recordsSinceSync > 0
        && m_sinceSync.hasExpired(m_options.syncIntervalMs);
    return (byCount || byTime) ? sync() : true;
}

bool CaptureWriter::close()
{
    if (!isOpen())
        return true;
    const bool synced = sync();
    m_file->close();
    m_file.reset();
    return synced;
}

} // namespace pgrepl
