<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown argument &quot;%1&quot;; try --help</source>
        <translation>argument inconnu « %1 » ; voir --help</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [options] [FILE]

Inspect PostgreSQL logical replication slots (pgoutput).

Options:
  -h, --help        Show this help and exit.
  -v, --version     Show the version and exit.
  --lang CODE       Use this language (for example de, fr) instead of the
                    system locale.

Exit codes: 0 success, 2 bad command line.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::app::InspectorController</name>
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
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished">Non connecté</translation>
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
        <source>Connection string</source>
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
        <source>Cannot open %1:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgrepl::ui</name>
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
            <numerusform></numerusform>
            <numerusform></numerusform>
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
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation>pgrepl-inspector</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About pgrepl-inspector</source>
        <translation>À &amp;propos de pgrepl-inspector</translation>
    </message>
    <message>
        <source>About pgrepl-inspector</source>
        <translation>À propos de pgrepl-inspector</translation>
    </message>
    <message>
        <source>&lt;h3&gt;pgrepl-inspector %1&lt;/h3&gt;&lt;p&gt;An inspector for PostgreSQL logical replication slots.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;pgrepl-inspector %1&lt;/h3&gt;&lt;p&gt;Un inspecteur des slots de réplication logique de PostgreSQL.&lt;/p&gt;</translation>
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
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
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
