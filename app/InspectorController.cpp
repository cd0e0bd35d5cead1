#include "InspectorController.h"

#include "KeychainPasswordStore.h"

#include "cli/CaptureSupport.h"

#include "dialogs/ExportProgress.h"
#include "dialogs/SlotManagerDialog.h"
#include "export/ExportJob.h"
#include "mainwindow/MainWindow.h"
#include "models/DisplayNames.h"
#include "models/EventListModel.h"
#include "panes/Format.h"
#include "panes/LsnPanel.h"
#include "panes/RateGraph.h"
#include "pgoutput/RecvlogicalReader.h"
#include "pgrepl/Version.h"
#include "session/Catalog.h"
#include "session/ReplicationCommands.h"
#include "session/ServerProbe.h"
#include "session/SlotAdmin.h"
#include "store/CaptureFormat.h"
#include "store/CaptureReader.h"
#include "store/CaptureWriter.h"
#include "types/BinaryValues.h"

#include <QAction>

#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>

#include <cstring>

namespace pgrepl::app {

InspectorController::InspectorController(QObject *parent)
    : QObject(parent),
      m_index(&m_store),
      m_window(std::make_unique<ui::MainWindow>()),
      m_passwords(createPasswordStore())
{
    m_model = new ui::EventListModel(&m_store, &m_index, this);
    m_window->setEventModel(m_model);
    const auto &a = m_window->actions();

    ReplicationSession *s = m_thread.session();
    connect(s, &ReplicationSession::connected, this, &InspectorController::onConnected);
    connect(s, &ReplicationSession::failed, this, &InspectorController::onFailed);
    connect(s, &ReplicationSession::streamingStarted, this, &InspectorController::onStreamingStarted);
    connect(s, &ReplicationSession::streamStopped, this, &InspectorController::onStopped);
    m_thread.deliverTo([this](StreamEventBatch batch) { onEventsReceived(std::move(batch)); },
        [this](const SessionCounters &counters) { onCounters(counters); });
    // The answer may come before the id is known here: queued, it cannot.
    connect(s, &ReplicationSession::queryFinished, this, &InspectorController::onTypesLearnt,
        Qt::QueuedConnection);
    connect(
        s, &ReplicationSession::warning, this, [this](const QString &w) { m_window->showMessage(w, 10000); });
    connect(s, &ReplicationSession::acknowledged, this, [this](Lsn flush) {
        m_window->lsnPanel()->setLastAcknowledged(flush, QDateTime::currentDateTime());
        m_window->showMessage(tr("Acknowledged up to %1").arg(flush.toString()));
    });
    connect(s, &ReplicationSession::pausedChanged, this, [this](bool paused) {
        m_thread.deliverPending();
        m_paused = paused;
        m_monitor.setPaused(paused);
        m_window->actions().pause->setChecked(paused);
        m_window->setConnectionState(paused ? tr("Paused") : tr("Streaming"));
        updateActions();
    });
    connect(s, &ReplicationSession::stateChanged, this, [this](ReplicationSession::State state) {
        switch (state) {
        case ReplicationSession::State::Connecting:
            m_window->setConnectionState(tr("Connecting…"));
            break;
        case ReplicationSession::State::Tls:
            m_window->setConnectionState(tr("Negotiating TLS…"));
            break;
        case ReplicationSession::State::Authenticating:
            m_window->setConnectionState(tr("Authenticating…"));
            break;
        case ReplicationSession::State::Stopping:
            m_window->setConnectionState(tr("Stopping…"));
            break;
        case ReplicationSession::State::Disconnected:
            m_window->setConnectionState(tr("Not connected"));
            break;
        default:
            break;
        }
    });

    connect(a.connect, &QAction::triggered, this, &InspectorController::showConnectDialog);
    connect(a.disconnect, &QAction::triggered, this,
        [this] { m_thread.invoke([](ReplicationSession *session) { session->stop(); }); });
    connect(a.pause, &QAction::triggered, this, [this](bool pause) {
        m_thread.invoke(
            [pause](ReplicationSession *session) { pause ? session->pause() : session->resume(); });
    });
    connect(a.step, &QAction::triggered, this,
        [this] { m_thread.invoke([](ReplicationSession *session) { session->step(); }); });
    connect(a.acknowledge, &QAction::triggered, this, [this] { acknowledgeSelected(true); });
    connect(a.ackManual, &QAction::triggered, this, [this] { setAckMode(AckMode::Manual); });
    connect(a.ackAuto, &QAction::triggered, this, [this] { setAckMode(AckMode::Auto); });
    connect(a.ackNever, &QAction::triggered, this, [this] { setAckMode(AckMode::Never); });
    connect(a.openCapture, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_window.get(), tr("Open capture"), QString(), tr("Captures (*.pgcap);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    connect(a.saveCapture, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            m_window.get(), tr("Save capture"), QString(), tr("Captures (*.pgcap)"));
        QString error;
        if (!path.isEmpty() && !saveCapture(path, &error))
            QMessageBox::warning(m_window.get(), tr("Save capture"), error);
    });
    connect(m_window.get(), &ui::MainWindow::selectedEventChanged, this, &InspectorController::updateActions);
    connect(a.goTo, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString target = QInputDialog::getText(
            m_window.get(), tr("Go to"), tr("LSN (as 0/16B3748) or xid:"), QLineEdit::Normal, QString(), &ok);
        QString error;
        if (ok && !target.trimmed().isEmpty() && !goTo(target, &error))
            m_window->showMessage(error);
    });

    m_rateTimer.setInterval(1000);
    connect(&m_rateTimer, &QTimer::timeout, this, &InspectorController::sampleRates);
    connect(&m_monitor, &SlotMonitor::slotPolled, this, [this](const SlotInfo &slot) {
        m_window->lsnPanel()->setSlotPositions(slot.confirmedFlushLsn, slot.restartLsn);
    });
    connect(&m_monitor, &SlotMonitor::warningChanged, m_window->lsnPanel(), &ui::LsnPanel::setWarning);
    connect(&m_monitor, &SlotMonitor::slotMissing, this, [this](const QString &name) {
        m_window->lsnPanel()->setWarning(
            tr("Slot %1 is gone: it was dropped or invalidated.").arg(name), true);
    });
    connect(&m_monitor, &SlotMonitor::heartbeatSent, this,
        [this](Lsn lsn) { m_window->showMessage(tr("Heartbeat written at %1").arg(lsn.toString())); });
    connect(&m_monitor, &SlotMonitor::heartbeatFailed, this, [this](const QString &message) {
        m_window->showMessage(tr("Heartbeat failed: %1").arg(message), 10000);
    });
    connect(a.heartbeat, &QAction::triggered, &m_monitor, &SlotMonitor::sendHeartbeat);
    connect(a.reconnect, &QAction::triggered, this, &InspectorController::reconnect);
    connect(a.exportEvents, &QAction::triggered, this, &InspectorController::showExportDialog);
    connect(a.slotManager, &QAction::triggered, this, &InspectorController::showSlotManager);
    connect(m_model, &ui::EventListModel::rowsAppended, this, &InspectorController::updateActions);
    updateActions();
}

InspectorController::~InspectorController() = default;

void InspectorController::showConnectDialog()
{
    QSettings settings;
    ui::ConnectDialog dialog(&settings, m_passwords.get(), m_window.get());
    // An empty request would replace the profile the dialog preselects.
    if (!m_request.connectionString.isEmpty())
        dialog.setRequest(m_request);
    ServerProbe probe;
    connect(&dialog, &ui::ConnectDialog::probeRequested, &probe, [&probe](const ui::ConnectRequest &r) {
        const ConnParseResult parsed = parseConnectionString(r.connectionString, ConnEnvironment::system());
        if (!parsed.params)
            return; // the dialog shows the parse error itself
        ConnParams params = *parsed.params;
        if (!r.password.isEmpty())
            params.password = r.password;
        probe.start(params, ConnEnvironment::system());
    });
    connect(&probe, &ServerProbe::finished, &dialog, &ui::ConnectDialog::setProbeResult);
    if (dialog.exec() == QDialog::Accepted)
        connectTo(dialog.request());
}

void InspectorController::connectTo(const ui::ConnectRequest &request)
{
    const ConnParseResult parsed = parseConnectionString(request.connectionString, ConnEnvironment::system());
    if (!parsed.params) {
        emit sessionError(parsed.error);
        QMessageBox::warning(m_window.get(), tr("Connection string"), parsed.error);
        return;
    }
    if (passwordMayTravelInClear(*parsed.params)) {
        const auto answer = QMessageBox::warning(m_window.get(), tr("Password in clear text?"),
            tr("The connection to %1 may not be encrypted (sslmode=%2). If the server asks for a cleartext "
               "password, it would cross the network readable by anyone on the way.\n\nUse sslmode=require "
               "or "
               "stronger to avoid this. Connect anyway?")
                .arg(parsed.params->hosts.first().host, sslModeName(parsed.params->sslMode)),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_request = request;
    m_params = *parsed.params;
    if (!request.password.isEmpty())
        m_params.password = request.password;
    m_model->clear();
    m_capture.reset();
    m_window->lsnPanel()->clear();
    setAckMode(request.ackMode);
    const ConnParams params = m_params;
    const ConnEnvironment env = ConnEnvironment::system();
    m_thread.invoke([params, env](ReplicationSession *s) { s->connectToServer(params, env); });
}

void InspectorController::onConnected(const ServerIdentity &identity)
{
    m_identity = identity;
    m_window->setServerInfo(identity.serverVersion, identity.systemId);
    const TlsInfo tls = m_thread.session()->tlsInfo();
    m_window->setTlsInfo(
        tls.active, tls.active ? tr("%1, %2").arg(tls.protocol, tls.cipher) : tr("Not encrypted"));
    m_window->setAuthMethod(m_thread.session()->authMethod());
    const int proto = m_request.options.protoVersion > 0
        ? m_request.options.protoVersion
        : commands::defaultProtoVersion(identity.serverVersionNum);
    m_index.setProtocol(proto, m_request.options.streaming == StreamingMode::Parallel);
    ValueContext context = m_model->valueContext();
    QString zoneError;
    if (const auto zone = timeZoneFromName(identity.timeZone, &zoneError))
        context.timeZone = *zone;
    m_model->setValueContext(context);
    // Reconnecting, the session streams again by itself and the types are known.
    if (m_reconnecting) {
        m_reconnecting = false;
        return;
    }
    const QString typesSql = cli::userTypesQuery(identity.serverVersionNum);
    m_thread.invoke([this, typesSql](ReplicationSession *s) {
        const quint64 id = s->runQuery(typesSql);
        QMetaObject::invokeMethod(this, [this, id] { m_typesQuery = id; });
    });
}

void InspectorController::onTypesLearnt(quint64 id, const QueryResult &result)
{
    if (id != m_typesQuery)
        return;
    m_userTypes.clear();
    if (result.ok) {
        m_userTypes = cli::parseUserTypes(result);
    } else {
        m_window->showMessage(tr("Could not read type names: user types show as ???"));
    }
    ValueContext context = m_model->valueContext();
    context.userTypes = &m_userTypes;
    m_model->setValueContext(context);
    const StreamOptions options = m_request.options;
    m_thread.invoke([options](ReplicationSession *s) { s->startStreaming(options); });
}

void InspectorController::onStreamingStarted(const QString &slot, Lsn confirmedFlush)
{
    m_streaming = true;
    m_hasStreamed = true;
    m_streamSlot = slot;
    m_window->setConnectionState(tr("Streaming"));
    m_window->setSlotInfo(
        m_request.options.temporaryCopy ? m_request.options.slot : slot, m_request.options.temporaryCopy);
    m_window->lsnPanel()->setSlotPositions(confirmedFlush, Lsn());
    m_rateTimer.start();
    startMonitor();
    updateActions();
    emit streaming();
}

void InspectorController::startMonitor()
{
    // A temporary copy dies with the replication connection, so the monitor
    // watches the original slot's positions; ours are in the panel already.
    const QString watched = m_request.options.temporaryCopy ? m_request.options.slot : m_streamSlot;
    m_monitor.start(m_params, watched);
    m_monitor.setPaused(m_paused);
}

void InspectorController::sampleRates()
{
    const double messages = double(
        m_counters.messages + m_counters.keepalives - m_lastSample.messages - m_lastSample.keepalives);
    const double bytes = double(m_counters.bytes - m_lastSample.bytes);
    m_window->lsnPanel()->rateGraph()->addSample(messages, bytes);
    m_lastSample = m_counters;
}

void InspectorController::onCounters(const SessionCounters &counters)
{
    m_counters = counters;
    if (!m_countersShown)
        return;
    m_countersShown = false;
    QTimer::singleShot(100, this, &InspectorController::showCounters);
}

void InspectorController::showCounters()
{
    m_countersShown = true;
    m_window->lsnPanel()->setLastReceived(m_counters.lastReceived);
    m_window->lsnPanel()->setServerWalEnd(std::max(m_counters.serverWalEnd, m_counters.lastReceived));
}

void InspectorController::onFailed(const ConnectionError &error)
{
    m_thread.deliverPending();
    m_reconnecting = false;
    updateActions();
    const QString text = error.toString();
    emit sessionError(text);
    m_window->showMessage(text, 15000);
    QMessageBox box(QMessageBox::Warning, tr("Replication session"),
        error.message.isEmpty() ? text : error.message, QMessageBox::Ok, m_window.get());
    if (error.server)
        box.setInformativeText(error.server->toString());
    box.setModal(false);
    box.exec();
}

void InspectorController::onStopped(bool clean, const QString &reason)
{
    // What the session sent before it stopped belongs before the end.
    m_thread.deliverPending();
    m_streaming = false;
    m_rateTimer.stop();
    m_monitor.stop();
    // An export reading the index must not see it change; the end waits too.
    if (m_holdEvents)
        m_endAfterHold = true;
    else
        m_model->streamEnded();
    m_window->setConnectionState(clean ? tr("Stopped: %1").arg(reason) : tr("Disconnected: %1").arg(reason));
    updateActions();
}

void InspectorController::reconnect()
{
    if (m_streaming || !m_hasStreamed)
        return;
    m_reconnecting = true;
    updateActions();
    m_thread.invoke([](ReplicationSession *s) { s->reconnect(); });
}

void InspectorController::setAckMode(AckMode mode)
{
    const auto &a = m_window->actions();
    a.ackManual->setChecked(mode == AckMode::Manual);
    a.ackAuto->setChecked(mode == AckMode::Auto);
    a.ackNever->setChecked(mode == AckMode::Never);
    m_window->setAckModeText(ui::DisplayNames::ackMode(mode));
    m_request.ackMode = mode;
    m_thread.invoke([mode](ReplicationSession *s) { s->setAckMode(mode); });
    updateActions();
}

void InspectorController::acknowledgeSelected(bool confirm)
{
    const int group = m_window->selectedGroup();
    if (group < 0 || group >= m_index.groupCount())
        return;
    const TxnGroup &g = m_index.group(group);
    if (g.kind == TxnGroup::Kind::Standalone || !g.endLsn.isValid())
        return;
    const Lsn end = g.endLsn;
    if (confirm) {
        const QString slot = m_request.options.temporaryCopy
            ? tr("the temporary copy \"%1\" (the original slot \"%2\" does not move)")
                  .arg(m_streamSlot, m_request.options.slot)
            : tr("slot \"%1\"").arg(m_streamSlot);
        const auto answer = QMessageBox::question(m_window.get(), tr("Acknowledge"),
            tr("Acknowledge up to %1 (end of transaction %2)?\n\nThe server will consider everything up to "
               "there "
               "consumed by %3 and may remove the WAL it no longer needs. This cannot be undone.")
                .arg(end.toString())
                .arg(g.xid)
                .arg(slot),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_thread.invoke([end](ReplicationSession *s) { s->acknowledge(end); });
}

void InspectorController::updateActions()
{
    const auto &a = m_window->actions();
    a.disconnect->setEnabled(m_streaming);
    a.reconnect->setEnabled(!m_streaming && m_hasStreamed && !m_reconnecting);
    a.heartbeat->setEnabled(m_streaming);
    a.pause->setEnabled(m_streaming);
    a.step->setEnabled(m_streaming);
    const int group = m_window->selectedGroup();
    const bool ackable = m_streaming && m_request.ackMode == AckMode::Manual && group >= 0
        && group < m_index.groupCount() && m_index.group(group).kind != TxnGroup::Kind::Standalone
        && m_index.group(group).endLsn.isValid();
    a.acknowledge->setEnabled(ackable);
    a.saveCapture->setEnabled(!m_store.isEmpty());
    a.exportEvents->setEnabled(!m_store.isEmpty());
}

bool InspectorController::goTo(const QString &target, QString *error)
{
    const QString text = target.trimmed();
    if (text.contains(u'/')) {
        const auto lsn = Lsn::parse(text, error);
        if (!lsn)
            return false;
        for (qsizetype i = 0; i < m_index.indexedEvents(); ++i) {
            const EventIndexEntry &e = m_store.entry(i);
            if (e.kind == StreamEvent::Kind::XLogData && e.walStart.isValid() && e.walStart >= *lsn) {
                m_window->selectEvent(i);
                return true;
            }
        }
        *error = tr("no message at or after %1").arg(lsn->toString());
        return false;
    }
    bool isNumber = false;
    const quint32 xid = text.toUInt(&isNumber);
    if (!isNumber) {
        *error = tr("\"%1\" is neither an LSN (X/Y) nor an xid").arg(text);
        return false;
    }
    for (int g = 0; g < m_index.groupCount(); ++g) {
        if (m_index.group(g).kind != TxnGroup::Kind::Standalone && m_index.group(g).xid == xid) {
            m_window->selectGroup(g);
            return true;
        }
    }
    *error = tr("no transaction with xid %1").arg(xid);
    return false;
}

bool InspectorController::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            m_window.get(), tr("Open"), tr("Cannot open %1:\n%2").arg(path, file.errorString()));
        return false;
    }
    const QByteArray magic = file.read(sizeof(CaptureFormat::kMagic));
    if (magic.size() == sizeof(CaptureFormat::kMagic)
        && std::memcmp(magic.constData(), CaptureFormat::kMagic, sizeof(CaptureFormat::kMagic)) == 0)
        return openCapture(path);
    // Not a pgcap: a pg_recvlogical file, whose framing depends on the
    // options the stream was made with.
    const QStringList choices = {tr("proto_version 1"), tr("proto_version 2, streaming on"),
        tr("proto_version 3"), tr("proto_version 3, streaming on"), tr("proto_version 4"),
        tr("proto_version 4, streaming on"), tr("proto_version 4, streaming parallel")};
    bool ok = false;
    const QString choice = QInputDialog::getItem(m_window.get(), tr("Open a pg_recvlogical file"),
        tr("%1 is not a pgcap capture. As a pg_recvlogical file, how was its stream made?").arg(path),
        choices, 0, false, &ok);
    if (!ok)
        return false;
    const int index = int(choices.indexOf(choice));
    static constexpr int kProto[] = {1, 2, 3, 3, 4, 4, 4};
    static constexpr StreamingMode kStreaming[] = {StreamingMode::Off, StreamingMode::On, StreamingMode::Off,
        StreamingMode::On, StreamingMode::Off, StreamingMode::On, StreamingMode::Parallel};
    QString error;
    if (!importRecvlogical(path, kProto[index], kStreaming[index], &error)) {
        QMessageBox::warning(m_window.get(), tr("Open a pg_recvlogical file"), error);
        return false;
    }
    return true;
}

bool InspectorController::importRecvlogical(
    const QString &path, int protoVersion, StreamingMode streaming, QString *error)
{
    pgoutput::DecoderState state;
    state.protoVersion = protoVersion;
    state.parallelStreaming = streaming == StreamingMode::Parallel;
    auto reader = pgoutput::RecvlogicalReader::open(path, state, error);
    if (!reader)
        return false;
    const auto entries = reader->readAll();
    if (reader->hasError()) {
        *error = tr("%1 does not read as pgoutput with proto_version %2: %3")
                     .arg(path)
                     .arg(protoVersion)
                     .arg(reader->error().toString());
        return false;
    }
    m_model->clear();
    m_hasStreamed = false;
    m_capture.reset();
    m_window->lsnPanel()->clear();
    m_index.setProtocol(protoVersion, state.parallelStreaming);
    m_userTypes.clear();
    m_model->setValueContext(ValueContext {});
    for (const auto &e : entries) {
        StreamEvent ev;
        ev.kind = StreamEvent::Kind::XLogData;
        ev.payload = e.raw.toByteArray();
        m_store.append(ev);
    }
    m_model->refresh();
    m_model->streamEnded();
    m_window->setServerInfo(QString(), QString());
    m_window->setSlotInfo(QString(), false);
    m_window->setConnectionState(tr("pg_recvlogical file %1: per-change LSNs and user type names are absent")
                                     .arg(QFileInfo(path).fileName()));
    updateActions();
    return true;
}

bool InspectorController::openCapture(const QString &path)
{
    auto opened = std::make_unique<CaptureReader>();
    CaptureReader &reader = *opened;
    if (!reader.open(path)) {
        QMessageBox::warning(
            m_window.get(), tr("Open capture"), tr("Cannot open %1:\n%2").arg(path, reader.errorString()));
        return false;
    }
    m_model->clear();
    m_hasStreamed = false;
    // The store no longer points into the previous file: it may close.
    m_capture = std::move(opened);
    m_capturePath = QFileInfo(path).canonicalFilePath();
    m_index.setProtocol(reader.header().protoVersion(), reader.header().parallelStreaming());
    ValueContext context;
    QString zoneError;
    if (const auto zone = timeZoneFromName(reader.header().timeZone, &zoneError))
        context.timeZone = *zone;
    m_userTypes = cli::userTypesOf(reader.header());
    context.userTypes = &m_userTypes;
    m_model->setValueContext(context);
    // Indexed, not copied: payloads stay in the mapped file until shown.
    reader.attachTo(m_store);
    m_model->refresh();
    m_model->streamEnded();
    // The positions as they stood when the capture ended.
    ui::LsnPanel *panel = m_window->lsnPanel();
    panel->clear();
    Lsn received, walEnd;
    for (qsizetype i = 0; i < m_store.size(); ++i) {
        const EventIndexEntry &e = m_store.entry(i);
        if (e.kind == StreamEvent::Kind::XLogData)
            received = std::max(received, e.walEnd);
        else if (e.kind == StreamEvent::Kind::Keepalive)
            walEnd = std::max(walEnd, e.walEnd);
        else if (e.kind == StreamEvent::Kind::StatusUpdate && e.walEnd.isValid())
            panel->setLastAcknowledged(e.walEnd, QDateTime::fromMSecsSinceEpoch(e.receivedAtUs / 1000));
    }
    panel->setLastReceived(received);
    // A file has no live WAL end to age: no "unchanged for" on it.
    panel->setServerWalEndAt(std::max(walEnd, received), QDateTime());
    const CaptureHeader &h = reader.header();
    m_window->setServerInfo(h.serverVersion, h.systemId);
    m_window->setSlotInfo(h.temporaryCopy ? h.originalSlotName : h.slotName, h.temporaryCopy);
    m_window->setConnectionState(tr("Capture %1").arg(path));
    if (reader.isDamaged())
        QMessageBox::warning(m_window.get(), tr("Open capture"), reader.warning());
    updateActions();
    return true;
}

CaptureHeader InspectorController::currentCaptureHeader() const
{
    CaptureHeader h = cli::captureHeaderFor(
        m_identity, m_request.options, m_streamSlot, m_request.options.startLsn, {}, m_userTypes);
    h.captureStartUs = m_store.isEmpty() ? 0 : m_store.entry(0).receivedAtUs;
    return h;
}

void InspectorController::onEventsReceived(StreamEventBatch batch)
{
    if (m_holdEvents) {
        m_heldBatches.append(std::move(batch));
        return;
    }
    m_model->appendBatch(batch);
    // The store has its own copy: the payloads go back to be freed where
    // they were allocated.
    m_thread.release(std::move(batch));
}

void InspectorController::showSlotManager()
{
    // The server of the last connection, else one asked for here.
    QString dsn = m_request.connectionString;
    if (dsn.isEmpty()) {
        bool ok = false;
        dsn = QInputDialog::getText(m_window.get(), tr("Slots"),
            tr("Server to list the slots of (postgresql:// URI or key=value; empty: the PG* variables):"),
            QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    const ConnParseResult parsed = parseConnectionString(dsn, ConnEnvironment::system());
    if (!parsed.params) {
        QMessageBox::warning(m_window.get(), tr("Connection string"), parsed.error);
        return;
    }
    ConnParams params = *parsed.params;
    if (dsn == m_request.connectionString && !m_request.password.isEmpty())
        params.password = m_request.password;
    auto *admin = new SlotAdmin;
    admin->open(params);
    // The dialog refreshes by itself once the admin has somewhere to connect.
    auto *dialog = new ui::SlotManagerDialog(admin, m_window.get());
    admin->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ui::SlotManagerDialog::inspectRequested, this,
        [this, dialog, dsn](const QString &slot, bool temporaryCopy) {
            m_request.connectionString = dsn;
            m_request.options.slot = slot;
            m_request.options.temporaryCopy = temporaryCopy;
            dialog->close();
            showConnectDialog();
        });
    dialog->show();
}

void InspectorController::showExportDialog()
{
    ui::ExportScopes scopes;
    scopes.selected = m_window->selectedEvents();
    scopes.filtered = m_window->visibleEvents();
    scopes.marked = m_model->markedEvents();
    scopes.everything = m_store.size();
    ui::ExportDialog dialog(scopes, m_window.get());
    if (dialog.exec() != QDialog::Accepted)
        return;
    exportEvents(dialog.request(), true);
}

ExportResult InspectorController::exportEvents(const ui::ExportRequest &request, bool showProgress)
{
    // Rows received so far are indexed now; later ones wait for the job.
    m_model->refresh();
    ExportOptions options;
    options.format = request.format;
    options.selection = request.selection;
    options.userTypes = &m_userTypes;
    options.timeZone = m_model->valueContext().timeZone;
    if (request.format == ExportFormat::Pgcap)
        options.captureHeader = currentCaptureHeader();
    m_holdEvents = true;
    ExportJob job(m_store, m_index, request.path, options);
    QEventLoop wait;
    connect(&job, &ExportJob::finished, &wait, &QEventLoop::quit);
    if (showProgress) {
        ui::ExportProgress progress(&job, m_window.get());
        job.start();
        progress.exec();
    } else {
        job.start();
    }
    if (!job.isFinished())
        wait.exec();
    m_holdEvents = false;
    const QList<StreamEventBatch> held = std::exchange(m_heldBatches, {});
    for (const StreamEventBatch &batch : held)
        m_model->appendBatch(batch);
    if (std::exchange(m_endAfterHold, false)) {
        m_model->refresh();
        m_model->streamEnded();
    }
    const ExportResult result = job.result();
    m_window->showMessage(ui::ExportProgress::summary(result, request.path), 10000);
    return result;
}

bool InspectorController::saveCapture(const QString &path, QString *error)
{
    // Rewriting the file the store points into would pull it from under the events.
    if (m_capture && QFileInfo(path).canonicalFilePath() == m_capturePath) {
        *error = tr("%1 is the capture being shown; save to another file").arg(path);
        return false;
    }
    const CaptureHeader h = currentCaptureHeader();
    CaptureWriterOptions options;
    options.replaceExisting = true;
    CaptureWriter writer(options);
    if (!writer.open(path, h)) {
        *error = writer.errorString();
        return false;
    }
    for (qsizetype i = 0; i < m_store.size(); ++i) {
        if (!writer.append(m_store.event(i))) {
            *error = writer.errorString();
            return false;
        }
    }
    if (!writer.close()) {
        *error = writer.errorString();
        return false;
    }
    m_window->showMessage(tr("Saved %n event(s) to %1", nullptr, int(m_store.size())).arg(path));
    return true;
}

} // namespace pgrepl::app
