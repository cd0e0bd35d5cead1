#pragma once

#include "BlockingSession.h"
#include "RecvlogicalWriter.h"
#include "export/Exporter.h"
#include "store/CaptureWriter.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"
#include "types/TypeNames.h"

#include <QFile>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace pgrepl::cli {

// `capture`: streams a slot into a pgcap or pg_recvlogical file, headless,
// acknowledging only what is already on disk, and stopping cleanly on
// SIGINT/SIGTERM or at --endpos.
class CaptureCommand final : public QObject
{
    Q_OBJECT

public:
    static QString helpText();
    int run(const QStringList &arguments);

private:
    enum class Format { Pgcap, Raw, Jsonl, Csv, Sql };
    enum class Ack { Never, Manual, Auto };

    int parse(const QStringList &arguments);
    void onEvents(const StreamEventBatch &batch);
    bool ensureOpen();
    void onSignal(int signalNumber);
    void printProgress();
    void finish(int exitCode, const QString &message = {});
    bool syncOutput();
    bool exportCompleted();
    bool isExportFormat() const { return m_format != Format::Pgcap && m_format != Format::Raw; }
    void learnTypeNames(int serverVersionNum);

    // Options.
    QString m_dsn, m_output;
    StreamOptions m_options;
    Format m_format = Format::Pgcap;
    Ack m_ack = Ack::Never;
    std::optional<Lsn> m_ackUpto;
    bool m_createSlot = false;
    bool m_quiet = false;

    // Run state.
    BlockingSession m_session;
    QMap<QString, QString> m_publicationDefinitions;
    std::unique_ptr<CaptureWriter> m_pgcap;
    RecvlogicalWriter m_raw;
    // JSONL, CSV and SQL: the stream is kept in a store, and each transaction
    // is exported once it has completed, in commit order.
    QFile m_text;
    std::unique_ptr<EventStore> m_store;
    std::unique_ptr<TransactionIndex> m_index;
    std::vector<bool> m_exported; // by group
    qsizetype m_exportedEvents = 0;
    TypeNameMap m_userTypes;
    bool m_csvHeaderWritten = false;
    bool m_opened = false;
    bool m_interrupted = false;
    bool m_finished = false;
    bool m_ackUptoDone = false;
    int m_exitCode = 0;
    Lsn m_lastEnd; // last transaction end written
    Lsn m_lastAcked;
    QEventLoop m_loop;
    QTimer m_progress;
    QElapsedTimer m_clock;
    qint64 m_lastMessages = 0, m_lastBytes = 0, m_lastMs = 0;
};

} // namespace pgrepl::cli
