<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;%1 %2 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dsn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown argument &quot;%1&quot;; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options] [FILE]
       %1 capture|convert|slots [options]   (see %1 SUBCOMMAND --help)

Inspect PostgreSQL logical replication slots (pgoutput).

Options:
  -h, --help        Show this help and exit.
  -v, --version     Show the version and exit.
  --lang CODE       Use this language (for example de, fr) instead of the
                    system locale.
  FILE, --open FILE Open a capture file.
  --dsn DSN         Connect at start: a postgresql:// URI or key=value string.
  --slot NAME       The slot to stream from (with --dsn).
  --publication P   A publication to stream (repeatable).
  --start LSN       Start position (default: the slot&apos;s confirmed position).
  --ack MODE        manual (default), auto or never.
  --temporary-copy  Stream from a temporary copy of the slot.

Subcommands (no display needed):
  capture           Stream a slot into a capture file.
  convert           Convert a capture or a pg_recvlogical file.
  slots             List, create, drop or copy replication slots.

Exit codes: 0 success, 1 runtime error, 2 bad command line.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::app::InspectorController</name>
    <message numerus="yes">
        <source>Saved %n event(s) to %1</source>
        <translation>
            <numerusform>Saved %n event to %1</numerusform>
            <numerusform>Saved %n events to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledged up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiating TLS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures (*.pgcap);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures (*.pgcap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSN (as 0/16B3748) or xid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password in clear text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 may not be encrypted (sslmode=%2). If the server asks for a cleartext password, it would cross the network readable by anyone on the way.

Use sslmode=require or stronger to avoid this. Connect anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read type names: user types show as ???</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the temporary copy &quot;%1&quot; (the original slot &quot;%2&quot; does not move)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge up to %1 (end of transaction %2)?

The server will consider everything up to there consumed by %3 and may remove the WAL it no longer needs. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no message at or after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an LSN (X/Y) nor an xid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transaction with xid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proto_version 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proto_version 2, streaming on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proto_version 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proto_version 3, streaming on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proto_version 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proto_version 4, streaming on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proto_version 4, streaming parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a pg_recvlogical file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a pgcap capture. As a pg_recvlogical file, how was its stream made?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not read as pgoutput with proto_version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_recvlogical file %1: per-change LSNs and user type names are absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the capture being shown; save to another file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::cli::CaptureCommand</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--slot needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proto-version must be 1, 2, 3 or 4, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--streaming must be off, on or parallel, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--origin must be any or none, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ack must be never, manual or auto, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ack manual needs --ack-upto LSN (the end of the transaction to acknowledge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ack-upto needs --ack manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; capture never overwrites a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted before streaming started; no file was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create slot &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created slot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the publications&apos; definitions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the user types&apos; names; they will show as ???: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction ending at %1 arrived while stopping; it cannot be acknowledged any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 again: still stopping cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stopping cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture: at %1, %2 messages, %3, %4 msg/s, %5/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ack-upto %1 was not acknowledged: no transaction ending there was received; the slot did not move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pgrepl-inspector capture --dsn DSN --slot SLOT --publication PUB -o FILE [options]

Streams a logical replication slot (pgoutput) into a capture file, with no display.

Connection and slot:
  --dsn DSN              Connection string (key=value or postgresql:// URI); PG*
                         variables and ~/.pgpass fill in what it leaves out.
  --slot SLOT            The logical slot to stream from.
  --publication PUB      A publication to stream; repeat for more.
  --create-slot          Create SLOT (pgoutput) before streaming.
  --temporary-copy       Stream from a temporary copy of SLOT; SLOT itself never moves.

Stream options:
  --start LSN            Start position (default: the slot&apos;s confirmed_flush_lsn).
  --endpos LSN           Stop cleanly once this LSN is reached.
  --proto-version N      pgoutput proto_version 1-4 (default: by server version).
  --streaming MODE       off, on or parallel (default off).
  --messages             Include logical decoding messages.
  --binary               Ask for binary column values.
  --two-phase            Decode prepared transactions. With --create-slot the slot is
                         created two-phase; otherwise SLOT must be two-phase already.
  --origin any|none      Origin filter (default: the server&apos;s).

Acknowledgement (what moves the slot):
  --ack never            Default: report nothing; the slot stays where it is.
  --ack auto             Acknowledge each transaction once it is fsynced to FILE.
  --ack manual           Acknowledge only the transaction ending at --ack-upto LSN,
  --ack-upto LSN         once it is fsynced; fails if that end never arrives.

Output:
  -o, --output FILE      The file to write; it must not exist yet.
  --format FORMAT        pgcap (default: every event, with the session&apos;s header), raw
                         (pg_recvlogical&apos;s layout: each message followed by a newline),
                         jsonl (wal2json format-version 2), csv or sql; these three write
                         each transaction once it has committed.
  --quiet                No progress line on stderr.
  -h, --help             Show this help.

SIGINT or SIGTERM stop the stream cleanly: the file is flushed, fsynced and valid.

Exit codes: 0 success (also after a clean stop by signal), 1 connection, server or file
error, 2 bad command line.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be pgcap, raw, jsonl, csv or sql, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::cli::ConvertCommand</name>
    <message>
        <source>INPUT is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proto-version must be 1, 2, 3 or 4, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--streaming must be off, on or parallel, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--streaming on needs --proto-version 2 or higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--streaming parallel needs --proto-version 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; convert never overwrites a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pgcap capture: --proto-version and --streaming are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged; converting the %2 intact records before it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 messages; only the messages are kept (LSNs, times, keepalives and status updates are dropped). Read it back with the stream&apos;s own proto_version and streaming mode: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a pg_recvlogical pgoutput file for proto_version %2 (streaming %3): %4; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a pg_recvlogical file: per-change LSNs and user type names are absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 change(s) could not be written in this format; the first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: pgrepl-inspector convert INPUT -o OUTPUT --format pgcap|raw|jsonl|csv|sql [options]

Converts between a pgcap capture and the file pg_recvlogical -f writes for pgoutput
(each message followed by a newline). The input&apos;s kind is told by the pgcap magic.

Options:
  -o, --output FILE      The file to write; it must not exist yet.
  --format FORMAT        pgcap, raw (pg_recvlogical&apos;s layout), jsonl (wal2json
                         format-version 2), csv or sql.
  --proto-version N      For a pg_recvlogical input: the proto_version it was made
                         with, 1-4 (default 1).
  --streaming MODE       For a pg_recvlogical input: off (default), on or parallel.
  -h, --help             Show this help.

A pg_recvlogical file has only the messages: per-change LSNs, server times, status
updates and user type names are absent from it and from what is made of it.

Exit codes: 0 success, 1 file error (unreadable, damaged or existing output), 2 bad
command line.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is required (pgcap, raw, jsonl, csv or sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be pgcap, raw, jsonl, csv or sql, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::cli::SlotsCommand</name>
    <message numerus="yes">
        <source>(%n slot(s))</source>
        <translation>
            <numerusform>(%n slot)</numerusform>
            <numerusform>(%n slots)</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: pgrepl-inspector slots ACTION --dsn DSN [options]

Lists and manages logical replication slots.

Actions:
  list                        A table of every slot with its health: WAL status, safe
                              WAL size and the WAL it retains.
  create NAME [--temporary] [--two-phase] [--failover]
                              Create a pgoutput slot. A temporary slot lives only as
                              long as this command&apos;s connection. --two-phase needs
                              PostgreSQL 15, --failover 17.
  drop NAME [--wait]          Drop a slot; with --wait, wait for it to become inactive.
                              The WAL it retained is released and cannot be decoded
                              from it any more.
  copy SRC DST [--temporary]  Copy a logical slot (pg_copy_logical_replication_slot).

Options:
  --dsn DSN                   Connection string (key=value or postgresql:// URI).
  -h, --help                  Show this help.

Exit codes: 0 success, 1 connection or server error, 2 bad command line.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action is required: list, create, drop or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use list, create, drop or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes no further arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 slot name(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not apply to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a slot name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dsn is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot list slots: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create slot &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created slot &quot;%1&quot; (pgoutput)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was temporary: the server dropped it when this command disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read slot &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replication slot &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot drop slot &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped slot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost: the changes after its confirmed_flush_lsn %1 that no one had acknowledged; a subscriber or consumer of this slot must start over from a new slot and a fresh copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released: the %1 bytes of WAL it retained from restart_lsn %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot copy slot &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied slot &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy was temporary: the server dropped it when this command disconnected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::BytesView</name>
    <message>
        <source>No bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::ConnectDialog</name>
    <message>
        <source>Connect to a replication slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postgresql:// URI or key=value string, as psql takes it. PG* environment variables and ~/.pgpass fill in what it leaves out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one or more, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the slot&apos;s confirmed position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start LSN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect a temporary copy of the slot (the real slot is left untouched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual: only what I acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto: each transaction once shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never (peek): the slot never moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgoutput options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (from server version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on (PostgreSQL 14+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parallel (PostgreSQL 16+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logical messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-phase (turns it on for the slot for good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin (PostgreSQL 16+):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the slot to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgoutput needs at least one publication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on two-phase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming with two_phase turns two-phase decoding on for slot &quot;%1&quot; for good. Its owner&apos;s consumer will then receive prepared transactions too. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::DetailsBuilder</name>
    <message>
        <source>unchanged TOAST value (not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: not part of the replica identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1   (binary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation type="unfinished">
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message>
        <source> (key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stream ended before this transaction did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wal_start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wal_end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payload bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby status update (sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0/0 (not reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary keepalive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server WAL end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>final (commit) LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin commit LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type OID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtransaction xid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abort LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare end LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rollback end LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OID %1 (not announced)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old key (&apos;K&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old row (&apos;O&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new row (&apos;N&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discarded: its subtransaction was aborted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::EventListModel</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamed transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-phase transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, end LSN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, GID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keepalive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server WAL end %1, reply requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server WAL end %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent: write %1, flush %2, apply %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent (unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CopyData tag 0x%1, %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown message &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xid %1, commit LSN %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit LSN %1, end LSN %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), replica identity %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1.%2 (oid %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>origin %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 message, prefix &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transactional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non-transactional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xid %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, first segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xid %1, commit LSN %2, end LSN %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xid %1 aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtransaction %1 of xid %2 aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GID %1, xid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GID %1, prepare LSN %2, end LSN %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GID %1, end LSN %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[discarded by subtransaction abort] </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::Format</name>
    <message>
        <source>%1%2 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 PiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 EiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::LsnPanel</name>
    <message>
        <source>Last received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the last WAL data received from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server WAL end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s current end of WAL, as reported in its keepalives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last acknowledged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flush position this inspector last sent to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot confirmed flush:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed_flush_lsn of the slot: where the next session will start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot restart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart_lsn of the slot: the oldest WAL the server must keep for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since last ack:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time since this inspector last sent a flush position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::MainWindow</name>
    <message>
        <source>pgrepl-inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect PostgreSQL logical replication slots: every pgoutput message, transaction and keepalive, with names and types on every column.

Connect to a server (Ctrl+K) or open a capture (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tep to next transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge to selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack &amp;manually</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Never ack (peek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide keepalives and status updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide keepalives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow live tail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to LSN or xid…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About pgrepl-inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Ack: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: table, operation, xid, LSN or text in values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSN progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System identifier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 (temporary copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaming from a temporary copy: acknowledging moves only the copy, the original slot is left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — pgrepl-inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ack: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About pgrepl-inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;pgrepl-inspector %1&lt;/h3&gt;&lt;p&gt;An inspector for PostgreSQL logical replication slots.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::RateGraph</name>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
