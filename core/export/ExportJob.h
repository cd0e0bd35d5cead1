#pragma once

// Runs one Exporter::exportToFile in a worker thread, with throttled
// progress on the owner's thread, cancel, and no partial file left behind.

#include "export/Exporter.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace pgrepl {

// Thread contract: the worker reads the store and the index (EventStore's
// payload()/entry()/event() and TransactionIndex's const members: decode()
// copies the decoder state it starts from and keeps no cache), so both must
// outlive the job and stay unchanged until finished() has been emitted --
// the caller holds appends (EventStore::append, TransactionIndex::indexNew)
// and clear() until then, e.g. by buffering live events. The same holds for
// options.userTypes.
//
// The export goes to a hidden temporary file in the target's folder, renamed
// over the target only on success, so a cancelled or failed export leaves
// any earlier file at the path untouched and no partial file at all. A
// replaced text export keeps the old file's permissions; a pgcap capture is
// always created owner-only, as CaptureWriter does.
class ExportJob final : public QObject
{
    Q_OBJECT

public:
    // progress() is emitted at most once per this interval, plus the last.
    static constexpr int kProgressIntervalMs = 50;

    // options.progress, if set, is called as well, on the worker thread, with
    // every call the exporter makes (after the figures are queued for
    // progress()); returning false cancels like cancel().
    ExportJob(const EventStore &store, const TransactionIndex &index, QString path, ExportOptions options,
        QObject *parent = nullptr);
    // Cancels a running export and waits for the worker to stop.
    ~ExportJob() override;

    const QString &path() const { return m_path; }
    ExportFormat format() const { return m_options.format; }

    // Starts the worker; once only. A job cancelled before it starts
    // finishes as cancelled without creating any file.
    void start();
    // From any thread: the exporter stops at its next progress call.
    void cancel();
    bool isCancelRequested() const { return m_cancel.load(std::memory_order_relaxed); }
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    // The outcome, once finished() has been emitted.
    const ExportResult &result() const { return m_result; }

signals:
    // Units as ExportOptions::progress counts them (transactions and
    // standalone messages, or events for raw pgoutput and pgcap). done never
    // goes down and a successful export ends with done == total; a job
    // cancelled before it started emits none.
    void progress(qint64 done, qint64 total);
    void finished(const pgrepl::ExportResult &result);

private:
    void run(); // on the worker thread
    void onWorkerProgress(qint64 done, qint64 total); // on the worker thread
    void deliverProgress(); // on the owner's thread
    void onThreadFinished();

    const EventStore &m_store;
    const TransactionIndex &m_index;
    const QString m_path;
    ExportOptions m_options;
    std::unique_ptr<QThread> m_thread;
    bool m_running = false;
    bool m_finished = false;
    ExportResult m_result; // written by the worker, read after it ended

    std::atomic<bool> m_cancel {false};
    // The latest figures from the worker; one delivery is queued at a time,
    // so a fast export cannot flood the owner's event queue.
    std::atomic<qint64> m_done {0};
    std::atomic<qint64> m_total {0};
    std::atomic<bool> m_deliveryQueued {false};
    std::atomic<bool> m_reported {false}; // the exporter has called back at least once
    QElapsedTimer m_sinceDelivery; // worker thread only
    qint64 m_emittedDone = -1; // owner thread only
    qint64 m_emittedTotal = -1;
};

} // namespace pgrepl
