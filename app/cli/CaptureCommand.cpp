#include "CaptureCommand.h"

#include "CaptureSupport.h"

#include "types/BinaryValues.h"

#include <unistd.h>

#include "ArgParser.h"
#include "Cli.h"
#include "SignalPipe.h"
#include "session/Catalog.h"
#include "session/ReplicationCommands.h"
#include "types/TypeNames.h"
#include "wire/ByteReader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <csignal>

namespace pgrepl::cli {

namespace {

// The end LSN of a message that closes a transaction (the LSN a status
// update may acknowledge), at the offsets of PostgreSQL's "Logical
// Replication Message Formats"; the same messages the session accepts.
std::optional<Lsn> transactionEnd(QByteArrayView payload)
{
    ByteReader r(payload);
    std::uint8_t tag = 0;
    if (!r.u8(tag, "tag"))
        return std::nullopt;
    std::uint32_t xid = 0;
    std::uint8_t flags = 0;
    std::uint64_t first = 0, end = 0;
    switch (tag) {
    case 'C': // Commit: flags, commit LSN, end LSN
    case 'P': // Prepare: flags, prepare LSN, end LSN
    case 'K': // Commit Prepared: flags, commit LSN, end LSN
    case 'r': // Rollback Prepared: flags, prepare end LSN, rollback end LSN
    case 'p': // Stream Prepare: flags, prepare LSN, end LSN
        r.u8(flags, "flags");
        r.u64(first, "first LSN");
        r.u64(end, "end LSN");
        break;
    case 'c': // Stream Commit: xid, flags, commit LSN, end LSN
        r.u32(xid, "xid");
        r.u8(flags, "flags");
        r.u64(first, "commit LSN");
        r.u64(end, "end LSN");
        break;
    default:
        return std::nullopt;
    }
    if (!r.ok() || end == 0)
        return std::nullopt;
    return Lsn(end);
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 10 * 1024)
        return QStringLiteral("%1 B").arg(bytes);
    if (bytes < 10 * 1024 * 1024)
        return QStringLiteral("%1 KiB").arg(bytes / 1024);
    return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
}

} // namespace

QString CaptureCommand::helpText()
{
    return tr("Usage: pgrepl-inspector capture --dsn DSN --slot SLOT --publication PUB -o FILE [options]\n"
              "\n"
              "Streams a logical replication slot (pgoutput) into a capture file, with no display.\n"
              "\n"
              "Connection and slot:\n"
              "  --dsn DSN              Connection string (key=value or postgresql:// URI); PG*\n"
              "                         variables and ~/.pgpass fill in what it leaves out.\n"
              "  --slot SLOT            The logical slot to stream from.\n"
              "  --publication PUB      A publication to stream; repeat for more.\n"
              "  --create-slot          Create SLOT (pgoutput) before streaming.\n"
              "  --temporary-copy       Stream from a temporary copy of SLOT; SLOT itself never moves.\n"
              "\n"
              "Stream options:\n"
              "  --start LSN            Start position (default: the slot's confirmed_flush_lsn).\n"
              "  --endpos LSN           Stop cleanly once this LSN is reached.\n"
              "  --proto-version N      pgoutput proto_version 1-4 (default: by server version).\n"
              "  --streaming MODE       off, on or parallel (default off).\n"
              "  --messages             Include logical decoding messages.\n"
              "  --binary               Ask for binary column values.\n"
              "  --two-phase            Decode prepared transactions. With --create-slot the slot is\n"
              "                         created two-phase; otherwise SLOT must be two-phase already.\n"
              "  --origin any|none      Origin filter (default: the server's).\n"
              "\n"
              "Acknowledgement (what moves the slot):\n"
              "  --ack never            Default: report nothing; the slot stays where it is.\n"
              "  --ack auto             Acknowledge each transaction once it is fsynced to FILE.\n"
              "  --ack manual           Acknowledge only the transaction ending at --ack-upto LSN,\n"
              "  --ack-upto LSN         once it is fsynced; fails if that end never arrives.\n"
              "\n"
              "Output:\n"
              "  -o, --output FILE      The file to write; it must not exist yet.\n"
              "  --format FORMAT        pgcap (default: every event, with the session's header), raw\n"
              "                         (pg_recvlogical's layout: each message followed by a newline),\n"
              "                         jsonl (wal2json format-version 2), csv or sql; these three write\n"
              "                         each transaction once it has committed.\n"
              "  --quiet                No progress line on stderr.\n"
              "  -h, --help             Show this help.\n"
              "\n"
              "SIGINT or SIGTERM stop the stream cleanly: the file is flushed, fsynced and valid.\n"
              "\n"
              "Exit codes: 0 success (also after a clean stop by signal), 1 connection, server or file\n"
              "error, 2 bad command line.\n");
}

int CaptureCommand::parse(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("capture");
    ArgParser p;
    p.addValue({QStringLiteral("--dsn")});
    p.addValue({QStringLiteral("--slot")});
    p.addValue({QStringLiteral("--publication")}, true);
    p.addValue({QStringLiteral("--start")});
    p.addValue({QStringLiteral("--endpos")});
    p.addValue({QStringLiteral("--proto-version")});
    p.addValue({QStringLiteral("--streaming")});
    p.addValue({QStringLiteral("--origin")});
    p.addValue({QStringLiteral("--ack")});
    p.addValue({QStringLiteral("--ack-upto")});
    p.addValue({QStringLiteral("--output"), QStringLiteral("-o")});
    p.addValue({QStringLiteral("--format")});
    for (const char *s :
        {"--messages", "--binary", "--two-phase", "--temporary-copy", "--create-slot", "--quiet"})
        p.addSwitch({QLatin1String(s)});
    if (!p.parse(arguments))
        return usageError(cmd, p.error());
    if (p.helpRequested()) {
        QTextStream(stdout) << helpText();
        return -1;
    }
    if (!p.positionals().isEmpty())
        return usageError(cmd, tr("unexpected argument \"%1\"").arg(p.positionals().first()));
    for (const char *required : {"--dsn", "--slot", "--publication", "--output"})
        if (!p.isSet(QLatin1String(required)))
            return usageError(cmd, tr("%1 is required").arg(QLatin1String(required)));
    m_dsn = p.value(QStringLiteral("--dsn"));
    m_output = p.value(QStringLiteral("--output"));
    m_options.slot = p.value(QStringLiteral("--slot"));
    m_options.publications = p.values(QStringLiteral("--publication"));
    if (m_options.slot.isEmpty())
        return usageError(cmd, tr("--slot needs a name"));

    auto lsnOption = [&](const QString &name, Lsn *out) {
        if (!p.isSet(name))
            return true;
        QString error;
        const auto lsn = Lsn::parse(p.value(name), &error);
        if (!lsn) {
            usageError(cmd, tr("%1: %2").arg(name, error));
            return false;
        }
        *out = *lsn;
        return true;
    };
    Lsn endpos, ackUpto;
    if (!lsnOption(QStringLiteral("--start"), &m_options.startLsn)
        || !lsnOption(QStringLiteral("--endpos"), &endpos)
        || !lsnOption(QStringLiteral("--ack-upto"), &ackUpto))
        return ExitUsage;
    if (p.isSet(QStringLiteral("--endpos")))
        m_options.endPos = endpos;

    if (p.isSet(QStringLiteral("--proto-version"))) {
        bool ok = false;
        const int v = p.value(QStringLiteral("--proto-version")).toInt(&ok);
        if (!ok || v < 1 || v > 4)
            return usageError(cmd,
                tr("--proto-version must be 1, 2, 3 or 4, not \"%1\"")
                    .arg(p.value(QStringLiteral("--proto-version"))));
        m_options.protoVersion = v;
    }
    const QString streaming = p.value(QStringLiteral("--streaming"));
    if (streaming.isEmpty() || streaming == u"off")
        m_options.streaming = StreamingMode::Off;
    else if (streaming == u"on")
        m_options.streaming = StreamingMode::On;
    else if (streaming == u"parallel")
        m_options.streaming = StreamingMode::Parallel;
    else
        return usageError(cmd, tr("--streaming must be off, on or parallel, not \"%1\"").arg(streaming));
    if (p.isSet(QStringLiteral("--streaming")) && streaming.isEmpty())
        return usageError(cmd, tr("--streaming must be off, on or parallel, not \"%1\"").arg(streaming));
    if (p.isSet(QStringLiteral("--origin"))) {
        m_options.origin = p.value(QStringLiteral("--origin"));
        if (m_options.origin != u"any" && m_options.origin != u"none")
            return usageError(cmd, tr("--origin must be any or none, not \"%1\"").arg(m_options.origin));
    }
    m_options.messages = p.isSet(QStringLiteral("--messages"));
    m_options.binary = p.isSet(QStringLiteral("--binary"));
    m_options.twoPhase = p.isSet(QStringLiteral("--two-phase"));
    m_options.temporaryCopy = p.isSet(QStringLiteral("--temporary-copy"));
    m_createSlot = p.isSet(QStringLiteral("--create-slot"));
    // We created the slot, so turning two_phase on for it harms no one else.
    m_options.twoPhaseConfirmed = m_options.twoPhase && m_createSlot;
    m_quiet = p.isSet(QStringLiteral("--quiet"));

    const QString ack = p.value(QStringLiteral("--ack"));
    if (ack.isEmpty() && !p.isSet(QStringLiteral("--ack")))
        m_ack = Ack::Never;
    else if (ack == u"never")
        m_ack = Ack::Never;
    else if (ack == u"manual")
        m_ack = Ack::Manual;
    else if (ack == u"auto")
        m_ack = Ack::Auto;
    else
        return usageError(cmd, tr("--ack must be never, manual or auto, not \"%1\"").arg(ack));
    if (m_ack == Ack::Manual && !p.isSet(QStringLiteral("--ack-upto")))
        return usageError(
            cmd, tr("--ack manual needs --ack-upto LSN (the end of the transaction to acknowledge)"));
    if (p.isSet(QStringLiteral("--ack-upto")) && m_ack != Ack::Manual)
        return usageError(cmd, tr("--ack-upto needs --ack manual"));
    if (p.isSet(QStringLiteral("--ack-upto")))
        m_ackUpto = ackUpto;

    const QString format = p.value(QStringLiteral("--format"));
    if (format.isEmpty() && !p.isSet(QStringLiteral("--format")))
        m_format = Format::Pgcap;
    else if (format == u"pgcap")
        m_format = Format::Pgcap;
    else if (format == u"raw")
        m_format = Format::Raw;
    else if (format == u"jsonl")
        m_format = Format::Jsonl;
    else if (format == u"csv")
        m_format = Format::Csv;
    else if (format == u"sql")
        m_format = Format::Sql;
    else
        return usageError(cmd, tr("--format must be pgcap, raw, jsonl, csv or sql, not \"%1\"").arg(format));
    if (m_output.isEmpty())
        return usageError(cmd, tr("--output needs a file name"));
    return ExitOk;
}

int CaptureCommand::run(const QStringList &arguments)
{
    const int parsed = parse(arguments);
    if (parsed < 0)
        return ExitOk; // --help
    if (parsed != ExitOk)
        return parsed;
    QString error;
    const auto params = parseDsn(m_dsn, &error);
    if (!params)
        return usageError(QStringLiteral("capture"), error);
    // Fail before touching the server when the file cannot be written.
    if (QFileInfo::exists(m_output)) {
        printError(tr("%1 already exists; capture never overwrites a file").arg(m_output));
        return ExitRuntime;
    }

    SignalPipe signalPipe;
    connect(&signalPipe, &SignalPipe::received, this, &CaptureCommand::onSignal);

    if (!m_session.connect(*params, ConnEnvironment::system(), &error)) {
        printError(tr("cannot connect: %1").arg(error));
        return ExitRuntime;
    }
    if (m_interrupted) {
        m_session.session().disconnectFromServer();
        printError(tr("interrupted before streaming started; no file was written"));
        return ExitRuntime;
    }
    const ServerIdentity identity = m_session.session().identity();
    if (m_createSlot) {
        commands::CreateSlotOptions o;
        o.twoPhase = m_options.twoPhase;
        const QString sql = commands::createSlot(m_options.slot, o, identity.serverVersionNum, &error);
        if (sql.isEmpty() || !m_session.query(sql, &error)) {
            printError(tr("cannot create slot \"%1\": %2").arg(m_options.slot, error));
            m_session.session().disconnectFromServer();
            return ExitRuntime;
        }
        if (!m_quiet)
            printWarning(tr("created slot \"%1\"").arg(m_options.slot));
    }
    // How each publication is defined goes into the pgcap header, so a
    // reader of the file knows what was published.
    if (const auto pubs = m_session.query(catalog::publicationsQuery(identity.serverVersionNum), &error)) {
        for (const PublicationInfo &pub : catalog::parsePublications(*pubs))
            m_publicationDefinitions.insert(pub.name,
                pub.allTables ? QStringLiteral("FOR ALL TABLES")
                              : QStringLiteral("FOR TABLE %1").arg(pub.tables.join(QStringLiteral(", "))));
    } else {
        printWarning(tr("could not read the publications' definitions: %1").arg(error));
    }

    learnTypeNames(identity.serverVersionNum);

    ReplicationSession &s = m_session.session();
    // Auto and manual both run the session in manual mode: this command says
    // what may be acknowledged, once it is on disk.
    s.setAckMode(m_ack == Ack::Never ? AckMode::Never : AckMode::Manual);
    connect(&s, &ReplicationSession::eventsReceived, this, &CaptureCommand::onEvents);
    connect(&s, &ReplicationSession::streamingStarted, this, [this] { ensureOpen(); });
    connect(&s, &ReplicationSession::warning, this, [](const QString &w) { printWarning(w); });
    connect(&s, &ReplicationSession::failed, this,
        [this](const ConnectionError &e) { finish(ExitRuntime, e.toString()); });
    connect(&s, &ReplicationSession::streamStopped, this, [this](bool clean, const QString &reason) {
        if (clean)
            finish(ExitOk, reason);
        else
            finish(ExitRuntime, reason);
    });
    m_progress.setInterval(1000);
    connect(&m_progress, &QTimer::timeout, this, &CaptureCommand::printProgress);
    m_clock.start();
    if (!m_quiet)
        m_progress.start();
    if (m_interrupted) {
        s.disconnectFromServer();
        printError(tr("interrupted before streaming started; no file was written"));
        return ExitRuntime;
    }
    s.startStreaming(m_options);
    if (!m_finished)
        m_loop.exec();
    m_progress.stop();
    return m_exitCode;
}

bool CaptureCommand::ensureOpen()
{
    if (m_opened)
        return true;
    m_opened = true;
    const ReplicationSession &s = m_session.session();
    if (isExportFormat()) {
        m_text.setFileName(m_output);
        // Row data: readable by the owner alone, as pgcap files are.
        if (!m_text.open(QIODevice::WriteOnly | QIODevice::NewOnly)
            || !m_text.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
            finish(ExitRuntime, tr("cannot create %1: %2").arg(m_output, m_text.errorString()));
            return false;
        }
        const int proto = m_options.protoVersion > 0
            ? m_options.protoVersion
            : commands::defaultProtoVersion(s.identity().serverVersionNum);
        m_store = std::make_unique<EventStore>();
        m_index = std::make_unique<TransactionIndex>(
            m_store.get(), proto, m_options.streaming == StreamingMode::Parallel);
        return true;
    }
    if (m_format == Format::Raw) {
        if (!m_raw.open(m_output)) {
            finish(ExitRuntime, m_raw.errorString());
            return false;
        }
        return true;
    }
    const CaptureHeader h = captureHeaderFor(s.identity(), m_options, s.streamingSlot(),
        m_options.startLsn.isValid() ? m_options.startLsn : s.counters().slotConfirmedFlushAtStart,
        m_publicationDefinitions, m_userTypes);
    m_pgcap = std::make_unique<CaptureWriter>();
    if (!m_pgcap->open(m_output, h)) {
        const QString why = m_pgcap->errorString();
        m_pgcap.reset();
        finish(ExitRuntime, why);
        return false;
    }
    return true;
}

// User-defined types by OID, so that the capture decodes with their names on
// a machine with no server.
void CaptureCommand::learnTypeNames(int serverVersionNum)
{
    QString error;
    const auto r = m_session.query(userTypesQuery(serverVersionNum), &error);
    if (!r) {
        printWarning(tr("could not read the user types' names; they will show as ???: %1").arg(error));
        return;
    }
    m_userTypes = parseUserTypes(*r);
}

bool CaptureCommand::syncOutput()
{
    if (isExportFormat()) {
        if (!m_text.flush() || ::fsync(m_text.handle()) != 0) {
            finish(ExitRuntime, tr("cannot write %1: %2").arg(m_output, m_text.errorString()));
            return false;
        }
        return true;
    }
    const bool ok = m_pgcap ? m_pgcap->sync() : m_raw.sync();
    if (!ok)
        finish(ExitRuntime, m_pgcap ? m_pgcap->errorString() : m_raw.errorString());
    return ok;
}

// Exports the transactions (and non-transactional messages) that completed
// since the last call, through the exporter the GUI and convert use.
bool CaptureCommand::exportCompleted()
{
    m_index->indexNew();
    m_exported.resize(std::size_t(m_index->groupCount()), false);
    std::vector<quint32> events;
    for (int g = 0; g < m_index->groupCount(); ++g) {
        if (m_exported[std::size_t(g)])
            continue;
        const TxnGroup &grp = m_index->group(g);
        const bool done = grp.kind == TxnGroup::Kind::Standalone || grp.state == TxnState::Committed
            || grp.state == TxnState::CommitPrepared || grp.state == TxnState::Aborted
            || grp.state == TxnState::RolledBack;
        if (!done)
            continue;
        m_exported[std::size_t(g)] = true;
        events.insert(events.end(), grp.events.cbegin(), grp.events.cend());
    }
    if (events.empty())
        return true;
    ExportOptions options;
    options.format = m_format == Format::Jsonl ? ExportFormat::Jsonl
        : m_format == Format::Csv              ? ExportFormat::Csv
                                               : ExportFormat::Sql;
    options.selection = ExportSelection::events(std::move(events));
    options.userTypes = &m_userTypes;
    QString zoneError;
    if (const auto zone = timeZoneFromName(m_session.session().identity().timeZone, &zoneError))
        options.timeZone = *zone;
    options.csvHeader = !m_csvHeaderWritten;
    const ExportResult r = Exporter(*m_store, *m_index).write(m_text, options);
    m_csvHeaderWritten = true;
    if (!r.ok) {
        finish(ExitRuntime, r.error);
        return false;
    }
    return true;
}

void CaptureCommand::onEvents(const StreamEventBatch &batch)
{
    if (m_finished || !ensureOpen())
        return;
    Lsn batchEnd;
    for (const StreamEvent &e : batch) {
        if (e.kind != StreamEvent::Kind::XLogData)
            continue;
        if (const auto end = transactionEnd(e.payload))
            batchEnd = *end;
        if (m_format == Format::Raw && !m_raw.append(e.payload)) {
            finish(ExitRuntime, m_raw.errorString());
            return;
        }
    }
    if (m_pgcap && !m_pgcap->append(batch)) {
        finish(ExitRuntime, m_pgcap->errorString());
        return;
    }
    if (isExportFormat()) {
        m_store->append(batch);
        if (!exportCompleted())
            return;
    }
    const bool sawAckUpto
        = m_ackUpto && std::any_of(batch.cbegin(), batch.cend(), [this](const StreamEvent &e) {
              return e.kind == StreamEvent::Kind::XLogData && transactionEnd(e.payload) == m_ackUpto;
          });
    if (batchEnd.isValid())
        m_lastEnd = batchEnd;
    ReplicationSession &s = m_session.session();
    // After our CopyDone the server takes no more status updates.
    const bool canAck = s.state() == ReplicationSession::State::Streaming;
    if (m_ack == Ack::Auto && batchEnd.isValid() && canAck) {
        if (!syncOutput())
            return;
        m_lastAcked = batchEnd;
        s.acknowledge(batchEnd);
    } else if (m_ack == Ack::Manual && sawAckUpto && !m_ackUptoDone) {
        if (!canAck) {
            printWarning(tr("the transaction ending at %1 arrived while stopping; it cannot be "
                            "acknowledged any more")
                             .arg(m_ackUpto->toString()));
            return;
        }
        if (!syncOutput())
            return;
        m_ackUptoDone = true;
        m_lastAcked = *m_ackUpto;
        s.acknowledge(*m_ackUpto);
    }
}

void CaptureCommand::onSignal(int signalNumber)
{
    ReplicationSession &s = m_session.session();
    const QString name = signalNumber == SIGINT ? QStringLiteral("SIGINT") : QStringLiteral("SIGTERM");
    if (m_interrupted) {
        printWarning(tr("%1 again: still stopping cleanly").arg(name));
        return;
    }
    m_interrupted = true;
    if (!m_quiet)
        printWarning(tr("%1: stopping cleanly").arg(name));
    if (s.state() == ReplicationSession::State::Streaming) {
        syncOutput();
        s.stop();
    } else if (s.state() != ReplicationSession::State::Stopping && !m_finished && m_loop.isRunning()) {
        s.disconnectFromServer();
        finish(ExitRuntime, tr("interrupted before streaming started; no file was written"));
    }
}

void CaptureCommand::printProgress()
{
    const SessionCounters &c = m_session.session().counters();
    const qint64 ms = m_clock.elapsed();
    const double seconds = std::max<qint64>(1, ms - m_lastMs) / 1000.0;
    const double rate = double(c.messages - m_lastMessages) / seconds;
    const double byteRate = double(c.bytes - m_lastBytes) / seconds;
    QTextStream(stderr) << tr("capture: at %1, %2 messages, %3, %4 msg/s, %5/s")
                               .arg(c.lastReceived.toString())
                               .arg(c.messages)
                               .arg(formatBytes(c.bytes))
                               .arg(rate, 0, 'f', 0)
                               .arg(formatBytes(qint64(byteRate)))
                        << '\n';
    m_lastMessages = c.messages;
    m_lastBytes = c.bytes;
    m_lastMs = ms;
}

void CaptureCommand::finish(int exitCode, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_exitCode = exitCode;
    bool closed = true;
    QString closeError;
    if (m_pgcap) {
        closed = m_pgcap->close();
        closeError = m_pgcap->errorString();
    } else if (m_text.isOpen()) {
        // A transaction the stream ended inside is not written: it never committed here.
        closed = m_text.flush() && ::fsync(m_text.handle()) == 0;
        closeError = m_text.errorString();
        m_text.close();
    } else if (m_raw.isOpen()) {
        closed = m_raw.close();
        closeError = m_raw.errorString();
    }
    if (m_session.session().state() != ReplicationSession::State::Disconnected)
        m_session.session().disconnectFromServer();
    if (exitCode != ExitOk) {
        printError(message);
    } else if (!m_quiet) {
        printProgress();
        printWarning(tr("stopped: %1").arg(message));
    }
    if (!closed) {
        printError(closeError);
        m_exitCode = ExitRuntime;
    }
    if (m_exitCode == ExitOk && m_ack == Ack::Manual && !m_ackUptoDone) {
        printError(tr("--ack-upto %1 was not acknowledged: no transaction ending there was received; the "
                      "slot did not move")
                       .arg(m_ackUpto->toString()));
        m_exitCode = ExitRuntime;
    }
    if (m_exitCode == ExitOk && !m_quiet && m_lastAcked.isValid())
        printWarning(tr("acknowledged up to %1").arg(m_lastAcked.toString()));
    m_loop.quit();
}

} // namespace pgrepl::cli
