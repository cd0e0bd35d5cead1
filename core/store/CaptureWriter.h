#pragma once

#include "store/CaptureFormat.h"
#include "store/CaptureHeader.h"
#include "wire/StreamEvent.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QString>

#include <memory>

class QFile;

namespace pgrepl {

// When a CaptureWriter forces its data to disk.
struct CaptureWriterOptions
{
    // fsync once this much time has passed since the last one (checked on
    // append and maybeSync()); 0 or less: no time-based sync.
    int syncIntervalMs = 1000;
    // fsync after this many records since the last one; 0: no count-based sync.
    qint64 syncEveryRecords = 0;
    // Replace an existing file instead of refusing to open.
    bool replaceExisting = false;
};

// Writes a pgcap capture file (docs/CAPTURE-FORMAT.md): creates it with mode
// 0600 (captures hold row data), writes the header, then appends records.
// After append(batch) or flush() the bytes are in the kernel (they survive a
// crash of the application); after sync() or close() they are on disk.
// Not thread-safe: one thread owns a writer.
class CaptureWriter final
{
public:
    explicit CaptureWriter(const CaptureWriterOptions &options = {});
    ~CaptureWriter(); // closes (and syncs) an open file
    CaptureWriter(const CaptureWriter &) = delete;
    CaptureWriter &operator=(const CaptureWriter &) = delete;

    // Creates path and writes the header. False with errorString() set when
    // the file exists (unless replaceExisting), cannot be created, or the
    // header cannot be written.
    bool open(const QString &path, const CaptureHeader &header);
    bool isOpen() const;

    // Appends one record; the direction defaults to the kind's own
    // (CaptureFormat::directionOf). False on a write error or an oversized
    // payload. After a write error the file may end in a partial record,
    // which CaptureReader reports as damage at that record's offset.
    bool append(const StreamEvent &event);
    bool append(const StreamEvent &event, CaptureDirection direction);
    // Appends every event, then flushes to the kernel.
    bool append(const StreamEventBatch &batch);

    bool flush(); // buffered bytes to the kernel
    bool sync(); // flush, then fsync
    // Syncs when the interval or record count says it is due; for a caller
    // with an idle stream to call from a timer.
    bool maybeSync();
    bool close(); // sync and close; true when everything reached the disk

    QString errorString() const { return m_error; }
    qint64 recordCount() const { return m_records; }
    qint64 bytesWritten() const { return m_bytes; } // file size so far
    qint64 syncCount() const { return m_syncs; } // fsyncs done, for tests and status

private:
    bool fail(const QString &what);
    bool writeAll(QByteArrayView bytes);

    CaptureWriterOptions m_options;
    std::unique_ptr<QFile> m_file;
    QString m_path;
    QString m_error;
    QByteArray m_recordHeader; // reused per record: no allocation per event
    QElapsedTimer m_sinceSync;
    qint64 m_records = 0;
    qint64 m_recordsSinceSync = 0;
    qint64 m_bytes = 0;
    qint64 m_syncs = 0;
};

} // namespace pgrepl
