#include "ConvertCommand.h"

#include "ArgParser.h"
#include "CaptureSupport.h"
#include "Cli.h"
#include "RecvlogicalWriter.h"
#include "export/Exporter.h"
#include "pgoutput/RecvlogicalReader.h"
#include "store/CaptureReader.h"
#include "store/CaptureWriter.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"
#include "types/BinaryValues.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <cstring>

namespace pgrepl::cli {

namespace {
enum class Format { Pgcap, Raw, Jsonl, Csv, Sql };

// JSONL, CSV and SQL go through the exporter the GUI uses, from a store.
int exportStore(const EventStore &store, const CaptureHeader &header, Format format, const QString &output)
{
    TransactionIndex index(&store, header.protoVersion(), header.parallelStreaming());
    index.indexNew();
    index.markOpenIncomplete();
    const TypeNameMap types = userTypesOf(header);
    ExportOptions options;
    options.format = format == Format::Jsonl ? ExportFormat::Jsonl
        : format == Format::Csv              ? ExportFormat::Csv
                                             : ExportFormat::Sql;
    options.userTypes = &types;
    QString zoneError;
    if (const auto zone
        = timeZoneFromName(header.timeZone.isEmpty() ? QStringLiteral("UTC") : header.timeZone, &zoneError))
        options.timeZone = *zone;
    const ExportResult r = Exporter(store, index).exportToFile(output, options);
    if (!r.ok) {
        printError(r.error);
        return ExitRuntime;
    }
    if (r.skipped > 0)
        printWarning(QCoreApplication::translate(
            "pgrepl::cli::ConvertCommand", "%1 change(s) could not be written in this format; the first: %2")
                         .arg(r.skipped)
                         .arg(r.firstSkipReason));
    return ExitOk;
}

// The two streaming options as START_REPLICATION names them, for a header
// that records how an imported stream was made.
QString importedCommand(int proto, const QString &streaming)
{
    QString options = QStringLiteral("proto_version '%1'").arg(proto);
    if (streaming != u"off")
        options += QStringLiteral(", streaming '%1'").arg(streaming);
    return QStringLiteral("START_REPLICATION SLOT \"?\" LOGICAL 0/0 (%1)").arg(options);
}
} // namespace

QString ConvertCommand::helpText()
{
    return tr("Usage: pgrepl-inspector convert INPUT -o OUTPUT --format pgcap|raw|jsonl|csv|sql [options]\n"
              "\n"
              "Converts between a pgcap capture and the file pg_recvlogical -f writes for pgoutput\n"
              "(each message followed by a newline). The input's kind is told by the pgcap magic.\n"
              "\n"
              "Options:\n"
              "  -o, --output FILE      The file to write; it must not exist yet.\n"
              "  --format FORMAT        pgcap, raw (pg_recvlogical's layout), jsonl (wal2json\n"
              "                         format-version 2), csv or sql.\n"
              "  --proto-version N      For a pg_recvlogical input: the proto_version it was made\n"
              "                         with, 1-4 (default 1).\n"
              "  --streaming MODE       For a pg_recvlogical input: off (default), on or parallel.\n"
              "  -h, --help             Show this help.\n"
              "\n"
              "A pg_recvlogical file has only the messages: per-change LSNs, server times, status\n"
              "updates and user type names are absent from it and from what is made of it.\n"
              "\n"
              "Exit codes: 0 success, 1 file error (unreadable, damaged or existing output), 2 bad\n"
              "command line.\n");
}

int ConvertCommand::run(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("convert");
    ArgParser p;
    p.addValue({QStringLiteral("--output"), QStringLiteral("-o")});
    p.addValue({QStringLiteral("--format")});
    p.addValue({QStringLiteral("--proto-version")});
    p.addValue({QStringLiteral("--streaming")});
    if (!p.parse(arguments))
        return usageError(cmd, p.error());
    if (p.helpRequested()) {
        QTextStream(stdout) << helpText();
        return ExitOk;
    }
    if (p.positionals().size() != 1)
        return usageError(cmd,
            p.positionals().isEmpty() ? tr("INPUT is required")
                                      : tr("unexpected argument \"%1\"").arg(p.positionals().at(1)));
    if (!p.isSet(QStringLiteral("--output")) || p.value(QStringLiteral("--output")).isEmpty())
        return usageError(cmd, tr("--output is required"));
    const QString input = p.positionals().first();
    const QString output = p.value(QStringLiteral("--output"));
    const QString formatName = p.value(QStringLiteral("--format"));
    Format format = Format::Pgcap;
    if (!p.isSet(QStringLiteral("--format")))
        return usageError(cmd, tr("--format is required (pgcap, raw, jsonl, csv or sql)"));
    if (formatName == u"pgcap")
        format = Format::Pgcap;
    else if (formatName == u"raw")
        format = Format::Raw;
    else if (formatName == u"jsonl")
        format = Format::Jsonl;
    else if (formatName == u"csv")
        format = Format::Csv;
    else if (formatName == u"sql")
        format = Format::Sql;
    else
        return usageError(
            cmd, tr("--format must be pgcap, raw, jsonl, csv or sql, not \"%1\"").arg(formatName));

    pgoutput::DecoderState state;
    if (p.isSet(QStringLiteral("--proto-version"))) {
        bool ok = false;
        state.protoVersion = p.value(QStringLiteral("--proto-version")).toInt(&ok);
        if (!ok || state.protoVersion < 1 || state.protoVersion > 4)
            return usageError(cmd,
                tr("--proto-version must be 1, 2, 3 or 4, not \"%1\"")
                    .arg(p.value(QStringLiteral("--proto-version"))));
    }
    const QString streaming = p.isSet(QStringLiteral("--streaming")) ? p.value(QStringLiteral("--streaming"))
                                                                     : QStringLiteral("off");
    if (streaming != u"off" && streaming != u"on" && streaming != u"parallel")
        return usageError(cmd, tr("--streaming must be off, on or parallel, not \"%1\"").arg(streaming));
    if (streaming == u"on" && state.protoVersion < 2)
        return usageError(cmd, tr("--streaming on needs --proto-version 2 or higher"));
    if (streaming == u"parallel" && state.protoVersion < 4)
        return usageError(cmd, tr("--streaming parallel needs --proto-version 4"));
    state.parallelStreaming = streaming == u"parallel";

    QFile probe(input);
    if (!probe.open(QIODevice::ReadOnly)) {
        printError(tr("cannot read %1: %2").arg(input, probe.errorString()));
        return ExitRuntime;
    }
    const QByteArray magic = probe.read(sizeof(CaptureFormat::kMagic));
    probe.close();
    const bool inputIsPgcap = magic.size() == sizeof(CaptureFormat::kMagic)
        && std::memcmp(magic.constData(), CaptureFormat::kMagic, sizeof(CaptureFormat::kMagic)) == 0;
    if (QFileInfo::exists(output)) {
        printError(tr("%1 already exists; convert never overwrites a file").arg(output));
        return ExitRuntime;
    }

    if (inputIsPgcap) {
        if (p.isSet(QStringLiteral("--proto-version")) || p.isSet(QStringLiteral("--streaming")))
            printWarning(tr("%1 is a pgcap capture: --proto-version and --streaming are ignored").arg(input));
        CaptureReader reader;
        if (!reader.open(input)) {
            printError(reader.errorString());
            return ExitRuntime;
        }
        if (reader.isDamaged())
            printWarning(tr("%1 is damaged; converting the %2 intact records before it: %3")
                             .arg(input)
                             .arg(reader.recordCount())
                             .arg(reader.warning()));
        if (format != Format::Pgcap && format != Format::Raw) {
            EventStore store;
            reader.loadInto(store);
            return exportStore(store, reader.header(), format, output);
        }
        if (format == Format::Pgcap) {
            CaptureWriter writer;
            if (!writer.open(output, reader.header())) {
                printError(writer.errorString());
                return ExitRuntime;
            }
            for (qsizetype i = 0; i < reader.recordCount(); ++i)
                if (!writer.append(reader.event(i), reader.record(i).direction)) {
                    printError(writer.errorString());
                    return ExitRuntime;
                }
            if (!writer.close()) {
                printError(writer.errorString());
                return ExitRuntime;
            }
            return ExitOk;
        }
        RecvlogicalWriter writer;
        if (!writer.open(output)) {
            printError(writer.errorString());
            return ExitRuntime;
        }
        for (qsizetype i = 0; i < reader.recordCount(); ++i) {
            const CaptureRecord r = reader.record(i);
            if (r.kind == StreamEvent::Kind::XLogData && !writer.append(r.payload)) {
                printError(writer.errorString());
                return ExitRuntime;
            }
        }
        if (!writer.close()) {
            printError(writer.errorString());
            return ExitRuntime;
        }
        printWarning(tr("wrote %1 messages; only the messages are kept (LSNs, times, keepalives and status "
                        "updates are dropped). Read it back with the stream's own proto_version and "
                        "streaming mode: %2")
                         .arg(writer.messageCount())
                         .arg(reader.header().startReplicationCommand));
        return ExitOk;
    }

    QString error;
    auto reader = pgoutput::RecvlogicalReader::open(input, state, &error);
    if (!reader) {
        printError(error);
        return ExitRuntime;
    }
    const QList<pgoutput::RecvlogicalReader::Entry> entries = reader->readAll();
    if (reader->hasError()) {
        printError(tr("%1 is not a pg_recvlogical pgoutput file for proto_version %2 (streaming %3): %4; "
                      "nothing was written")
                       .arg(input)
                       .arg(state.protoVersion)
                       .arg(streaming, reader->error().toString()));
        return ExitRuntime;
    }
    printWarning(
        tr("%1 is a pg_recvlogical file: per-change LSNs and user type names are absent").arg(input));
    if (format == Format::Raw) {
        RecvlogicalWriter writer;
        if (!writer.open(output)) {
            printError(writer.errorString());
            return ExitRuntime;
        }
        for (const auto &e : entries)
            if (!writer.append(e.raw)) {
                printError(writer.errorString());
                return ExitRuntime;
            }
        if (!writer.close()) {
            printError(writer.errorString());
            return ExitRuntime;
        }
        return ExitOk;
    }
    CaptureHeader h;
    h.startReplicationCommand = importedCommand(state.protoVersion, streaming);
    if (format != Format::Pgcap) {
        EventStore store;
        for (const auto &e : entries) {
            StreamEvent ev;
            ev.kind = StreamEvent::Kind::XLogData;
            ev.payload = e.raw.toByteArray();
            store.append(ev);
        }
        return exportStore(store, h, format, output);
    }
    CaptureWriter writer;
    if (!writer.open(output, h)) {
        printError(writer.errorString());
        return ExitRuntime;
    }
    for (const auto &e : entries) {
        StreamEvent ev;
        ev.kind = StreamEvent::Kind::XLogData;
        ev.payload = e.raw.toByteArray();
        if (!writer.append(ev)) {
            printError(writer.errorString());
            return ExitRuntime;
        }
    }
    if (!writer.close()) {
        printError(writer.errorString());
        return ExitRuntime;
    }
    return ExitOk;
}

} // namespace pgrepl::cli
