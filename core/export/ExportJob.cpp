#include "export/ExportJob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#include <filesystem>
#include <system_error>

namespace pgrepl {

ExportJob::ExportJob(const EventStore &store, const TransactionIndex &index, QString path,
    ExportOptions options, QObject *parent)
    : QObject(parent), m_store(store), m_index(index), m_path(std::move(path)), m_options(std::move(options))
{ }

ExportJob::~ExportJob()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
    }
}

void ExportJob::start()
{
    if (m_thread)
        return;
    m_running = true;
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("ExportJob"));
    connect(m_thread.get(), &QThread::finished, this, &ExportJob::onThreadFinished, Qt::QueuedConnection);
    m_thread->start();
}

void ExportJob::cancel()
{
    m_cancel.store(true);
}

void ExportJob::run()
{
    if (m_cancel.load()) {
        m_result.cancelled = true;
        return;
    }
    const QFileInfo target(m_path);
    if (target.isDir()) {
        m_result.error = tr("cannot write %1: it is a folder").arg(m_path);
        return;
    }
    // A name no one else uses in the target's folder: the rename that
    // publishes the file must not cross file systems.
    const QDir folder = target.absoluteDir();
    QString temp;
    for (int attempt = 0; attempt < 8 && temp.isEmpty(); ++attempt) {
        const QString candidate
            = folder.filePath(QStringLiteral(".%1.%2.part")
                                  .arg(target.fileName())
                                  .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
        if (!QFileInfo(candidate).exists() && !QFileInfo(candidate).isSymLink())
            temp = candidate;
    }
    if (temp.isEmpty()) {
        m_result.error = tr("cannot write %1: no free temporary name in its folder").arg(m_path);
        return;
    }

    ExportOptions options = m_options;
    const auto callerProgress = m_options.progress;
    options.progress = [this, callerProgress](qint64 done, qint64 total) {
        onWorkerProgress(done, total);
        if (callerProgress && !callerProgress(done, total))
            cancel();
        return !m_cancel.load();
    };
    m_sinceDelivery.invalidate();
    ExportResult result = Exporter(m_store, m_index).exportToFile(temp, options);
    // The exporter names the file it wrote; the user knows only the target.
    result.error.replace(temp, m_path);
    if (!result.ok) {
        QFile::remove(temp);
        m_result = result;
        return;
    }
    if (m_options.format != ExportFormat::Pgcap && target.isFile())
        QFile::setPermissions(temp, target.permissions());
    std::error_code ec;
    std::filesystem::rename(
        std::filesystem::path(temp.toStdU16String()), std::filesystem::path(m_path.toStdU16String()), ec);
    if (ec) {
        QFile::remove(temp);
        result.ok = false;
        result.error = tr("cannot replace %1: %2").arg(m_path, QString::fromStdString(ec.message()));
    }
    m_result = result;
}

void ExportJob::onWorkerProgress(qint64 done, qint64 total)
{
    m_total.store(total);
    m_done.store(done);
    m_reported.store(true);
    const bool last = done >= total;
    if ((last || !m_sinceDelivery.isValid() || m_sinceDelivery.elapsed() >= kProgressIntervalMs)
        && !m_deliveryQueued.exchange(true)) {
        m_sinceDelivery.start();
        QMetaObject::invokeMethod(this, &ExportJob::deliverProgress, Qt::QueuedConnection);
    }
}

void ExportJob::deliverProgress()
{
    m_deliveryQueued.store(false);
    if (!m_reported.load())
        return;
    const qint64 done = m_done.load();
    const qint64 total = m_total.load();
    if (done == m_emittedDone && total == m_emittedTotal)
        return;
    m_emittedDone = done;
    m_emittedTotal = total;
    emit progress(done, total);
}

void ExportJob::onThreadFinished()
{
    m_thread->wait();
    // Whatever the worker reported last reaches the owner before the end.
    deliverProgress();
    m_running = false;
    m_finished = true;
    emit finished(m_result);
}

} // namespace pgrepl
