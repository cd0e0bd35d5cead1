#pragma once

#include "store/CaptureFormat.h"
#include "store/CaptureHeader.h"
#include "wire/StreamEvent.h"

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <vector>

class QFile;

namespace pgrepl {

class EventStore;

// One record of a capture file; payload points into the mapped file.
struct CaptureRecord
{
    qint64 fileOffset = 0; // where the record starts in the file
    StreamEvent::Kind kind = StreamEvent::Kind::XLogData;
    CaptureDirection direction = CaptureDirection::ServerToClient;
    Lsn walStart;
    Lsn walEnd;
    std::int64_t serverTime = 0;
    qint64 receivedAtUs = 0;
    QByteArrayView payload; // valid until the reader is closed
};

// Opens a pgcap capture file (docs/CAPTURE-FORMAT.md) without reading the
// payloads into memory: the file is memory-mapped and only record offsets
// are indexed. A damaged header refuses the file; damage in the records
// keeps every intact record before it and reports where the damage starts.
// A file may grow while open (only what was there at open() is read), but
// must not be truncated: touching a mapped page past the new end faults.
// Not thread-safe: one thread owns a reader.
class CaptureReader final
{
public:
    CaptureReader();
    ~CaptureReader();
    CaptureReader(const CaptureReader &) = delete;
    CaptureReader &operator=(const CaptureReader &) = delete;

    // False with errorString() set when the file cannot be opened or is not
    // a capture this program reads (wrong magic, newer version, damaged
    // header). True otherwise, possibly with isDamaged() and warning() set.
    bool open(const QString &path);
    void close();
    bool isOpen() const;

    QString errorString() const { return m_error; }
    std::uint32_t formatVersion() const { return m_version; }
    const CaptureHeader &header() const { return m_header; }

    qsizetype recordCount() const { return qsizetype(m_offsets.size()); }
    // i must be in [0, recordCount()).
    CaptureRecord record(qsizetype i) const;
    StreamEvent event(qsizetype i) const;

    // Damage found after the header: the records before it are readable,
    // nothing from damageOffset() on is.
    bool isDamaged() const { return m_damageOffset >= 0; }
    qint64 damageOffset() const { return m_damageOffset; } // -1 when intact
    QString warning() const { return m_warning; } // names the offset and the cause
    qint64 fileSize() const { return m_data.size(); }

    // Appends every intact record to store, in file order; returns how many.
    // Indexes every record into store without copying payloads: the store
    // then points into this reader's mapping, which must stay open (and the
    // file unchanged) as long as the store holds them.
    qsizetype attachTo(EventStore &store) const;
    qsizetype loadInto(EventStore &store) const;

private:
    bool refuse(const QString &why);
    bool readHeader();
    void indexRecords();

    std::unique_ptr<QFile> m_file;
    QByteArrayView m_data; // the whole file, mapped
    QString m_error;
    std::uint32_t m_version = 0;
    CaptureHeader m_header;
    std::vector<qint64> m_offsets; // start of each intact record
    qint64 m_recordsStart = 0;
    qint64 m_damageOffset = -1;
    QString m_warning;
};

} // namespace pgrepl
