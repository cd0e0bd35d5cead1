#pragma once

#include "SlotMonitor.h"
#include "conn/ConnParams.h"
#include "dialogs/ConnectDialog.h"
#include "dialogs/ExportDialog.h"
#include "dialogs/PasswordStore.h"
#include "export/Exporter.h"
#include "session/ReplicationTypes.h"
#include "session/SessionThread.h"
#include "store/CaptureReader.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"
#include "types/TypeNames.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <memory>

namespace pgrepl {
class PgConnection;
struct ConnectionError;
namespace ui {
class EventListModel;
class MainWindow;
} // namespace ui
} // namespace pgrepl

namespace pgrepl::app {

// Wires the main window to a replication session in its own thread, to the
// event store and to capture files. The one place that knows all three.
class InspectorController final : public QObject
{
    Q_OBJECT

public:
    explicit InspectorController(QObject *parent = nullptr);
    ~InspectorController() override;

    ui::MainWindow *window() const { return m_window.get(); }
    ui::EventListModel *model() const { return m_model; }
    ReplicationSession *session() const { return m_thread.session(); }
    SlotMonitor *monitor() { return &m_monitor; }

    // Connects and starts streaming; errors are shown in the window.
    void connectTo(const ui::ConnectRequest &request);
    // Opens a capture file; returns false (after telling the user) on error.
    bool openCapture(const QString &path);
    // Opens a pgcap capture, or a file pg_recvlogical -f wrote (asking how
    // its stream was made); what the menu and the command line use.
    bool openFile(const QString &path);
    // Reads a pg_recvlogical -f file of pgoutput messages made with these
    // options. Per-change LSNs and user type names are not in such a file.
    bool importRecvlogical(const QString &path, int protoVersion, StreamingMode streaming, QString *error);
    bool saveCapture(const QString &path, QString *error);
    // Exports what the request names through an ExportJob, with a progress
    // window unless showProgress is false (tests). Live events that arrive
    // meanwhile wait, since the job reads the store from its own thread.
    ExportResult exportEvents(const ui::ExportRequest &request, bool showProgress = true);
    // Acknowledges the selected transaction after asking; confirm=false skips the question (tests).
    void acknowledgeSelected(bool confirm = true);
    // Selects the first event at or after an LSN ("X/Y"), or the transaction
    // with an xid (a number). Returns false with *error set when none fits.
    bool goTo(const QString &target, QString *error);
    // Connects again after the stream stopped, with the same options; the
    // rows so far stay, and a gap row marks the break.
    void reconnect();

signals:
    void streaming();
    void sessionError(const QString &message);

private:
    void onConnected(const ServerIdentity &identity);
    void onTypesLearnt(quint64 id, const QueryResult &result);
    void onFailed(const ConnectionError &error);
    void onStreamingStarted(const QString &slot, Lsn confirmedFlush);
    void onStopped(bool clean, const QString &reason);
    void onCounters(const SessionCounters &counters);
    void startMonitor();
    void sampleRates();
    void showConnectDialog();
    void showExportDialog();
    void showSlotManager();
    void onEventsReceived(StreamEventBatch batch);
    CaptureHeader currentCaptureHeader() const;
    void updateActions();
    void setAckMode(AckMode mode);

    SessionThread m_thread;
    EventStore m_store;
    TransactionIndex m_index;
    ui::EventListModel *m_model = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::ConnectRequest m_request;
    ConnParams m_params;
    ServerIdentity m_identity;
    bool m_streaming = false;
    bool m_paused = false;
    bool m_reconnecting = false;
    bool m_hasStreamed = false;
    QString m_streamSlot;
    SessionCounters m_counters;
    // The LSN panel shows the counters ten times a second at most: every
    // batch would relayout its labels for changes nobody can read.
    bool m_countersShown = true;
    void showCounters();
    SessionCounters m_lastSample;
    QTimer m_rateTimer;
    SlotMonitor m_monitor;
    // Saved profiles' passwords: the system keychain when there is one.
    std::unique_ptr<ui::PasswordStore> m_passwords;
    // User type names from pg_type, learnt before streaming starts: pgoutput
    // names only the base type of a domain, and nothing of built-in ones.
    TypeNameMap m_userTypes;
    // The open capture file: the store points into its mapping.
    std::unique_ptr<CaptureReader> m_capture;
    QString m_capturePath;
    quint64 m_typesQuery = 0;
    // While an export reads the store, live batches wait here.
    bool m_holdEvents = false;
    QList<StreamEventBatch> m_heldBatches;
    bool m_endAfterHold = false;
};

} // namespace pgrepl::app
