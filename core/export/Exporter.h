#pragma once

// Writes events from an EventStore (grouped by a TransactionIndex) to a
// device or file as JSONL (wal2json format-version 2), CSV, SQL, raw
// pgoutput (pg_recvlogical -f layout) or a pgcap capture. One code path for
// the GUI and the command line: output is streamed, never built in memory.

#include "store/CaptureHeader.h"
#include "types/TypeNames.h"

#include <QString>
#include <QTimeZone>

#include <functional>
#include <vector>

class QIODevice;

namespace pgrepl {

class EventStore;
class TransactionIndex;

enum class ExportFormat : quint8 {
    // wal2json format-version 2 with include-xids, -timestamp and -lsn: one
    // JSON object a line. An Update or Delete with no identity columns is
    // left out (counted in skipped), as wal2json leaves it out.
    Jsonl,
    // A header row, then one row per change (a Truncate: one per relation;
    // a logical message: its transactional flag, prefix and content as the
    // columns object), CRLF line ends, RFC 4180 quoting.
    Csv,
    // BEGIN; ... COMMIT; per transaction; a logical message becomes a
    // pg_logical_emit_message() call; a change that cannot be reproduced is
    // a "-- " comment saying why (and counted in skipped).
    Sql,
    RawPgoutput, // each XLogData payload followed by '\n', as pg_recvlogical -f writes
    Pgcap, // every selected event, through CaptureWriter
};

// Which events an export covers.
class ExportSelection final
{
public:
    enum class Kind : quint8 { All, Events, Groups };

    static ExportSelection all() { return {}; }
    // Event indices into the store (marked or filtered rows), in any order.
    // A transaction is written with only its selected changes.
    static ExportSelection events(std::vector<quint32> indices);
    // Transaction groups first..last, inclusive.
    static ExportSelection groups(int first, int last);

    Kind kind() const { return m_kind; }
    const std::vector<quint32> &eventIndices() const { return m_events; } // sorted, unique
    int firstGroup() const { return m_firstGroup; }
    int lastGroup() const { return m_lastGroup; }

private:
    Kind m_kind = Kind::All;
    std::vector<quint32> m_events;
    int m_firstGroup = 0;
    int m_lastGroup = -1;
};

struct ExportOptions
{
    ExportFormat format = ExportFormat::Jsonl;
    ExportSelection selection;
    const TypeNameMap *userTypes = nullptr; // for format_type of non-built-in types
    QTimeZone timeZone = QTimeZone::utc(); // the session TimeZone timestamps print in
    CaptureHeader captureHeader; // Pgcap only
    // CSV: the header line; off when appending to a file that has it (a
    // capture exports as transactions complete).
    bool csvHeader = true;
    // Called every 256 units and once at the end with the units handled so
    // far and in all; returning false stops the export (the result says
    // cancelled). Units are events for RawPgoutput and Pgcap, and
    // transactions plus standalone messages for the other formats.
    std::function<bool(qint64 done, qint64 total)> progress;
};

struct ExportResult
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    qint64 records = 0; // lines, rows, statements or events written
    qint64 skipped = 0; // changes that could not be written in this format
    QString firstSkipReason;
};

// Exports from a store and its index; both must outlive the call and stay
// unchanged during it. Transactions are written once their end is in the
// store, in commit order; a streamed transaction at its Stream Commit, a
// prepared one at COMMIT PREPARED; aborted and rolled-back ones not at all.
class Exporter final
{
public:
    Exporter(const EventStore &store, const TransactionIndex &index);

    // Every format but Pgcap (which needs a file path: see exportToFile).
    ExportResult write(QIODevice &out, const ExportOptions &options) const;
    // Creates or replaces path.
    ExportResult exportToFile(const QString &path, const ExportOptions &options) const;

private:
    const EventStore &m_store;
    const TransactionIndex &m_index;
};

} // namespace pgrepl
