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
    <name>DisplayNames</name>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committed prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never (peek)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::ExportJob</name>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: no free temporary name in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::ServerProbe</name>
    <message>
        <source>No answer from the server within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the server settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row for the current role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the replication slots: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the publications: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::SlotAdmin</name>
    <message>
        <source>%1: the result has no column &quot;%2&quot;</source>
        <extracomment>%1 is a catalogue view such as pg_stat_activity, %2 a column name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, row %2, column &quot;%3&quot;: %4</source>
        <extracomment>%1 is a catalogue view, %2 a row number (from 0), %3 a column name, %4 what is wrong with its value.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text contains a NUL character, which PostgreSQL cannot store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the slot name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the output plugin is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two-phase slots need PostgreSQL 14 or later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a size</source>
        <extracomment>%1 is the setting&apos;s name, %2 the value the server sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no slot named &quot;%1&quot; (any more)</source>
        <extracomment>%1 is a slot name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1 (%2, application &quot;%3&quot;, state %4): %5</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 its state as the server names it (active, idle in transaction, ...), %5 the query it runs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1 (not visible in pg_stat_activity)</source>
        <extracomment>%1 is a process ID.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wal_status is &apos;lost&apos;: the WAL this slot needs was removed; the slot can no longer be used and its consumer must be set up again from a new slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wal_status is &apos;lost&apos; (invalidation_reason: %1): the slot can no longer be used and its consumer must be set up again from a new slot</source>
        <extracomment>%1 is the server&apos;s invalidation_reason, such as wal_removed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot conflicted with recovery (conflicting = true) and was invalidated: it can no longer be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wal_status is &apos;unreserved&apos;: the slot holds more WAL than max_slot_wal_keep_size allows and will be invalidated at the next checkpoint unless its consumer catches up first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wal_status is &apos;extended&apos;: more WAL than max_wal_size is kept, because of this slot or wal_keep_size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot is inactive: nothing reads it; its retained WAL grows with every write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by &quot;%1&quot; (walsender pid %2, %3, state %4)</source>
        <extracomment>%1 is the consumer&apos;s application_name, %2 its walsender&apos;s process ID, %3 the consumer&apos;s network address, %4 the walsender&apos;s state (streaming, catchup, ...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer&apos;s walsender is in state &apos;%1&apos;, not streaming</source>
        <extracomment>%1 is the walsender&apos;s state as the server names it (startup, catchup, ...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The walsender has sent WAL up to %1, %2 behind the current WAL position %3: decoding is behind (large transactions, spilling to disk, or a consumer that reads slowly)</source>
        <extracomment>%1 and %3 are WAL positions (LSNs), %2 a size such as &quot;1.5 GiB&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer has confirmed (flush) only up to %1, %2 behind what it was sent: it receives but does not confirm, so the slot cannot move</source>
        <extracomment>%1 is a WAL position (LSN), %2 a size such as &quot;1.5 GiB&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart_lsn is held %1 behind confirmed_flush_lsn by the oldest running transaction at the time of decoding: decoding must restart where it began</source>
        <extracomment>%1 is a size such as &quot;1.5 GiB&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared transaction &apos;%1&apos; (owner %2) has been prepared for %3 and holds xid %4 until COMMIT PREPARED or ROLLBACK PREPARED</source>
        <extracomment>%1 is the prepared transaction&apos;s name (gid), %2 its owner, %3 a duration such as &quot;1 d 02 h&quot;, %4 its transaction ID.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby &quot;%1&quot; (walsender pid %2) holds xmin %3 (age %4) through hot_standby_feedback</source>
        <extracomment>%1 is the standby&apos;s application_name, %2 its walsender&apos;s process ID, %3 a transaction ID, %4 its age in transactions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing holds this slot back in what the server reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created slot &quot;%1&quot; (%2)</source>
        <extracomment>%1 is a slot name, %2 its output plugin (pgoutput, test_decoding, ...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped slot &quot;%1&quot;</source>
        <extracomment>%1 is a slot name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied slot &quot;%1&quot; to the temporary slot &quot;%2&quot;</source>
        <extracomment>%1 is the slot copied, %2 the new slot&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied slot &quot;%1&quot; to &quot;%2&quot;</source>
        <extracomment>%1 is the slot copied, %2 the new slot&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer</source>
        <extracomment>%1 is the value the server sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <extracomment>%1 is the value the server sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1 (%2, application &quot;%3&quot;, state unknown): %4</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 the query it runs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction of pid %1 (user %2, application &quot;%3&quot;, no state) has been open for %4 and holds xid %5: logical decoding keeps the WAL from its first change on, and VACUUM cannot remove rows deleted after it began, until it ends</source>
        <extracomment>%1 is a process ID, %2 a user name, %3 an application_name, %4 a duration such as &quot;2 h 05 min&quot;, %5 a transaction ID.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction of pid %1 (user %2, application &quot;%3&quot;, %4) has been open for %5 and holds xid %6: logical decoding keeps the WAL from its first change on, and VACUUM cannot remove rows deleted after it began, until it ends</source>
        <extracomment>%1 is a process ID, %2 a user name, %3 an application_name, %4 the backend&apos;s state as the server names it (active, idle in transaction, ...), %5 a duration such as &quot;2 h 05 min&quot;, %6 a transaction ID.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction of pid %1 (user %2, application &quot;%3&quot;, no state) has been open for %4 and holds xmin %5: VACUUM cannot remove rows deleted after that snapshot</source>
        <extracomment>%1 is a process ID, %2 a user name, %3 an application_name, %4 a duration such as &quot;2 h 05 min&quot;, %5 a transaction ID (the backend&apos;s snapshot xmin).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction of pid %1 (user %2, application &quot;%3&quot;, %4) has been open for %5 and holds xmin %6: VACUUM cannot remove rows deleted after that snapshot</source>
        <extracomment>%1 is a process ID, %2 a user name, %3 an application_name, %4 the backend&apos;s state as the server names it (active, idle in transaction, ...), %5 a duration such as &quot;2 h 05 min&quot;, %6 a transaction ID (the backend&apos;s snapshot xmin).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slot holds the oldest horizon in the cluster: its catalog_xmin %1 (age %2); VACUUM of the system catalogs cannot remove rows deleted after it until the consumer confirms further</source>
        <extracomment>%1 is a transaction ID, %2 its age in transactions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This slot holds the oldest horizon in the cluster: its xmin %1 (age %2); VACUUM cannot remove rows deleted after it until the consumer confirms further</source>
        <extracomment>%1 is a transaction ID, %2 its age in transactions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by the transaction of pid %1: its %2 %3 (age %4)</source>
        <extracomment>%1 is a process ID, %2 the column that holds the horizon (backend_xid or backend_xmin), %3 a transaction ID, %4 its age in transactions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by the transaction of pid %1 (application &quot;%2&quot;): its %3 %4 (age %5)</source>
        <extracomment>%1 is a process ID, %2 its application_name, %3 the column that holds the horizon (backend_xid or backend_xmin), %4 a transaction ID, %5 its age in transactions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by another slot, &quot;%1&quot;: its %2 %3 (age %4)</source>
        <extracomment>%1 is a slot name, %2 the column that holds the horizon (xmin or catalog_xmin), %3 a transaction ID, %4 its age in transactions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by the standby feedback of walsender pid %1: its backend_xmin %2 (age %3)</source>
        <extracomment>%1 is a walsender&apos;s process ID, %2 a transaction ID, %3 its age in transactions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by the standby feedback of walsender pid %1 (application &quot;%2&quot;): its backend_xmin %3 (age %4)</source>
        <extracomment>%1 is a walsender&apos;s process ID, %2 the standby&apos;s application_name, %3 a transaction ID, %4 its age in transactions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: expected one row, got %n row(s)</source>
        <extracomment>%1 is the setting&apos;s name; %n the number of rows the server answered.</extracomment>
        <translation>
            <numerusform>%1: expected one row, got %n row</numerusform>
            <numerusform>%1: expected one row, got %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Slot is inactive: nothing reads it; its retained WAL grows with every write (inactive for %1)</source>
        <extracomment>%1 is a duration such as &quot;2 h 05 min&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by &quot;%1&quot; (walsender pid %2, local socket, state %3)</source>
        <extracomment>%1 is the consumer&apos;s application_name, %2 its walsender&apos;s process ID, %3 the walsender&apos;s state (streaming, catchup, ...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot is held by pid %1, which has no pg_stat_replication row: a backend using the SQL decoding functions, or a walsender that is still starting</source>
        <extracomment>%1 is a process ID.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot is held by pid %1, which is not visible in pg_stat_activity and has no pg_stat_replication row: a backend using the SQL decoding functions, or a walsender that is still starting</source>
        <extracomment>%1 is a process ID.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot is held by pid %1 (%2, application &quot;%3&quot;, state unknown), which has no pg_stat_replication row: a backend using the SQL decoding functions, or a walsender that is still starting. Its query: %4</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 the query it runs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot is held by pid %1 (%2, application &quot;%3&quot;, state %4), which has no pg_stat_replication row: a backend using the SQL decoding functions, or a walsender that is still starting. Its query: %5</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 its state as the server names it (active, idle in transaction, ...), %5 the query it runs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot retains %1 of WAL (from restart_lsn %2 to the current position); %3 more and max_slot_wal_keep_size invalidates it</source>
        <extracomment>%1 and %3 are sizes such as &quot;1.5 GiB&quot;, %2 a WAL position (LSN).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slot retains %1 of WAL (from restart_lsn %2 to the current position); max_slot_wal_keep_size is unlimited, so it can fill the disk</source>
        <extracomment>%1 is a size such as &quot;1.5 GiB&quot;, %2 a WAL position (LSN).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart_lsn is held %1 behind confirmed_flush_lsn by the oldest running transaction at the time of decoding: decoding must restart where it began; the oldest transaction with an xid now is pid %2 (xid %3)</source>
        <extracomment>%1 is a size such as &quot;1.5 GiB&quot;, %2 a process ID, %3 a transaction ID.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Decoding spilled %n transaction(s) (%1) to disk since the statistics were reset: they were larger than logical_decoding_work_mem, which slows decoding</source>
        <extracomment>%n is the number of transactions spilled, %1 their size such as &quot;1.5 MiB&quot;.</extracomment>
        <translation>
            <numerusform>Decoding spilled %n transaction (%1) to disk since the statistics were reset: it was larger than logical_decoding_work_mem, which slows decoding</numerusform>
            <numerusform>Decoding spilled %n transactions (%1) to disk since the statistics were reset: they were larger than logical_decoding_work_mem, which slows decoding</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to the server failed: %1</source>
        <extracomment>%1 is why it failed: a message from the server or from this program.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not report its version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the slot list failed: %1</source>
        <extracomment>%1 is why it failed: a message from the server or from this program.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating slot &quot;%1&quot; failed: %2</source>
        <extracomment>%1 is a slot name, %2 why it failed: a message from the server or from this program.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created slot &quot;%1&quot; (%2) at %3</source>
        <extracomment>%1 is a slot name, %2 its output plugin (pgoutput, test_decoding, ...), %3 the WAL position (LSN) where the slot starts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropping slot &quot;%1&quot; failed: %2</source>
        <extracomment>%1 is a slot name, %2 why it failed: a message from the server or from this program.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying slot &quot;%1&quot; to &quot;%2&quot; failed: %3</source>
        <extracomment>%1 is the slot copied, %2 the new slot&apos;s name, %3 why it failed: a message from the server or from this program.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied slot &quot;%1&quot; to the temporary slot &quot;%2&quot; at %3</source>
        <extracomment>%1 is the slot copied, %2 the new slot&apos;s name, %3 the WAL position (LSN) where the copy starts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied slot &quot;%1&quot; to &quot;%2&quot; at %3</source>
        <extracomment>%1 is the slot copied, %2 the new slot&apos;s name, %3 the WAL position (LSN) where the copy starts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosing slot &quot;%1&quot; failed: %2</source>
        <extracomment>%1 is a slot name, %2 why it failed: a message from the server or from this program.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by prepared transaction &quot;%1&quot;: its xid %2 (age %3)</source>
        <extracomment>%1 is the prepared transaction&apos;s name (gid), %2 its transaction ID, %3 the age of that ID in transactions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by another slot, &quot;%1&quot; (used by pid %2): its %3 %4 (age %5)</source>
        <extracomment>%1 is a slot name, %2 the process ID using it, %3 the column that holds the horizon (xmin or catalog_xmin), %4 a transaction ID, %5 its age in transactions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::Units</name>
    <message>
        <source>%1%2 B</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number of bytes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 KiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 MiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 GiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 TiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 PiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 EiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>%1 is a number of seconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>%1 is a number of minutes, %2 of seconds (two digits).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>%1 is a number of hours, %2 of minutes (two digits).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>%1 is a number of days, %2 of hours (two digits).</extracomment>
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
    <message>
        <source>Slot %1 is gone: it was dropped or invalidated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat written at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server to list the slots of (postgresql:// URI or key=value; empty: the PG* variables):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::app::SlotMonitor</name>
    <message>
        <source>The monitor connection is not ready; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no LSN back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 is lost: the WAL it needs was removed, so it cannot be used any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 holds more WAL than max_slot_wal_keep_size allows; the next checkpoint invalidates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the slot retains %1 of WAL, growing %2/s. At this rate max_slot_wal_keep_size invalidates it in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the slot retains %1 of WAL, growing %2/s. There is no max_slot_wal_keep_size, so it piles up on the server&apos;s disk until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 is invalidated after %2 more WAL (max_slot_wal_keep_size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot %1 retains %2 of WAL.</source>
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
    <name>pgrepl::ui</name>
    <message numerus="yes">
        <source>… %n more character(s)</source>
        <translation>
            <numerusform>… %n more character</numerusform>
            <numerusform>… %n more characters</numerusform>
        </translation>
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
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postgresql:// URI or key=value string, as psql takes it. PG* environment variables and ~/.pgpass fill in what it leaves out. A password in it is moved to the password field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connects once, without replication, to read the server version, the slots and the publications of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a slot name, or test the connection to pick one of the database&apos;s pgoutput slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was moved out of the connection string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the password from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the password in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the password from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot; and its saved password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection string: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 as %2 (%3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wal_level is &quot;%1&quot;: logical decoding needs wal_level = logical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; has neither the REPLICATION attribute nor superuser: it cannot open a replication connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (active, pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot &quot;%1&quot; is in use by process %2, so it is inspected through a temporary copy: a second reader would be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set for this server: protocol version %1, streaming %2.</source>
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
        <translation>
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
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replica identity FULL</source>
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
    <name>pgrepl::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (wal2json format-version 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw pgoutput (as pg_recvlogical -f writes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgcap capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected rows (%n event(s))</source>
        <translation>
            <numerusform>Selected rows (%n event)</numerusform>
            <numerusform>Selected rows (%n events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows the filter shows (%n event(s))</source>
        <translation>
            <numerusform>Rows the filter shows (%n event)</numerusform>
            <numerusform>Rows the filter shows (%n events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked rows (%n event(s))</source>
        <translation>
            <numerusform>Marked rows (%n event)</numerusform>
            <numerusform>Marked rows (%n events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything (%n event(s))</source>
        <translation>
            <numerusform>Everything (%n event)</numerusform>
            <numerusform>Everything (%n events)</numerusform>
        </translation>
    </message>
    <message>
        <source>File to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pg_recvlogical output (*.bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captures (*.pgcap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::ExportProgress</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n record to %1.</numerusform>
            <numerusform>Wrote %n records to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n change(s) this format cannot hold; the first because: %1</source>
        <translation>
            <numerusform>Skipped %n change this format cannot hold, because: %1</numerusform>
            <numerusform>Skipped %n changes this format cannot hold; the first because: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::FilterBar</name>
    <message>
        <source>schema.table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to tables whose name contains this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole name, case-sensitive: schema.table, or the table alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keepalive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <comment>Insert</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U</source>
        <comment>Update</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <comment>Delete</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <comment>Truncate</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <comment>Message</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>K</source>
        <comment>Keepalive</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: show only the operations switched on (none: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events of the transaction with this xid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSN from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events at or after this LSN (X/Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LSN to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events at or before this LSN (X/Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes with a column value containing this text (any case), messages whose prefix or content contains it, notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the rows marked with Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field in red does not parse: the list still shows the last filter that did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An xid is a whole number from 0 to 4294967295; &quot;%1&quot; is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an LSN (X/Y, two hex numbers): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end %1 is before the start %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtering… %1%</source>
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
    <message>
        <source>The server&apos;s WAL end has not moved for this long: the server is idle, or the inspector is paused and reads nothing, and then every lag here is measured against a WAL end the server has left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged for %1</source>
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
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a small logical message on the server, so that an idle slot has WAL to move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;lots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark or unmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No marks: mark rows with Ctrl+M.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes the next time pgrepl-inspector starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its fields</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::PasswordStore</name>
    <message>
        <source>No keychain is available on this system, so passwords are not saved.</source>
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
    <message>
        <source>↑ earlier peak %1 messages/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::SlotManagerDialog</name>
    <message>
        <source>none reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 behind sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create replication slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lower-case letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode prepared transactions (two-phase; cannot be turned off later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output plugin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy replication slot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary (dropped when the slot manager disconnects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New slot name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replication slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a slot and press &quot;Why is this slot stuck?&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why is this slot stuck?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspect this slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through a temporary copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream from a temporary copy, so that the slot itself does not move. On by default when someone else reads the slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s); max_slot_wal_keep_size is unlimited</source>
        <translation>
            <numerusform>%n slot; max_slot_wal_keep_size is unlimited</numerusform>
            <numerusform>%n slots; max_slot_wal_keep_size is unlimited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s); max_slot_wal_keep_size is %1</source>
        <translation>
            <numerusform>%n slot; max_slot_wal_keep_size is %1</numerusform>
            <numerusform>%n slots; max_slot_wal_keep_size is %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-phase slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot &quot;%1&quot; will decode prepared transactions at PREPARE time. This cannot be turned off for the slot later. Create it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating slot &quot;%1&quot; (this waits for running transactions to finish)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying slot &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop replication slot &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its confirmed position (confirmed_flush_lsn %1) is lost for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its position is lost for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 of WAL it retains (from restart_lsn %2) is released: changes its consumer has not received yet will never be delivered to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WAL it retains is released: changes its consumer has not received yet will never be delivered to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in use right now (pid %1): the server refuses to drop an active slot; once the consumer stops, it fails when it connects again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A consumer that uses this slot fails when it connects again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop replication slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropping slot &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosing slot &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnosed slot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walsender pid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flushed (confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flush lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay lag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consumer connected; inactive for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consumer connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consumer connected (the server says since when only from PostgreSQL 17).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current WAL position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained WAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe WAL size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding counters (pg_stat_replication_slots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spilled to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available before PostgreSQL 14.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statistics for this slot yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What holds back xmin and catalog_xmin (oldest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (xids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pid %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consumer has received up to %1 but confirmed only up to %2: the slot moves on only as far as its consumer confirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by pid %1, which has no pg_stat_replication row.</source>
        <extracomment>%1 is a process ID.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by pid %1, which is not visible in pg_stat_activity and has no pg_stat_replication row.</source>
        <extracomment>%1 is a process ID.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by pid %1 (%2, application &quot;%3&quot;, state unknown), which has no pg_stat_replication row. Its query: %4</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 the query it runs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by pid %1 (%2, application &quot;%3&quot;, state %4), which has no pg_stat_replication row. Its query: %5</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 its state as the server names it (active, idle in transaction, ...), %5 the query it runs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transactions, %1</source>
        <extracomment>%n is a number of transactions, %1 a size such as &quot;1.5 MiB&quot;.</extracomment>
        <translation>
            <numerusform>%n transaction, %1</numerusform>
            <numerusform>%n transactions, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Spill operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream operations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::SlotTableModel</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active PID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAL status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe WAL size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retained WAL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
