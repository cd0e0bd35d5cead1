<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Cli</name>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>unbekannter Unterbefehl „%1“</translation>
    </message>
    <message>
        <source>Try &quot;%1 %2 --help&quot;.</source>
        <translation>Weitere Informationen mit „%1 %2 --help“.</translation>
    </message>
    <message>
        <source>--dsn: %1</source>
        <translation>--dsn: %1</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>%1 given twice</source>
        <translation>%1 wurde zweimal angegeben</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 nimmt keinen Wert an</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 erfordert einen Wert</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>unknown argument &quot;%1&quot;; try --help</source>
        <translation>unbekanntes Argument „%1“; siehe --help</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 erfordert einen Wert</translation>
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
        <translation>Aufruf: %1 [Optionen] [DATEI]
        %1 capture|convert|slots [Optionen]   (siehe %1 UNTERBEFEHL --help)

Logische Replikationsslots von PostgreSQL untersuchen (pgoutput).

Optionen:
  -h, --help        Diese Hilfe anzeigen und beenden.
  -v, --version     Die Version anzeigen und beenden.
  --lang CODE       Diese Sprache (zum Beispiel de, fr) statt der
                    Systemsprache verwenden.
  DATEI, --open DATEI
                    Eine Mitschnittdatei öffnen.
  --dsn DSN         Beim Start verbinden: eine postgresql://-URI oder
                    key=value-Zeichenkette.
  --slot NAME       Der Slot, aus dem gestreamt wird (mit --dsn).
  --publication P   Eine zu streamende Publikation (wiederholbar).
  --start LSN       Startposition (Standard: die bestätigte Position des Slots).
  --ack MODUS       manual (Standard), auto oder never.
  --temporary-copy  Aus einer temporären Kopie des Slots streamen.

Unterbefehle (ohne grafische Oberfläche):
  capture           Einen Slot in eine Mitschnittdatei streamen.
  convert           Einen Mitschnitt oder eine pg_recvlogical-Datei umwandeln.
  slots             Replikationsslots auflisten, anlegen, löschen oder kopieren.

Exit-Status: 0 Erfolg, 1 Laufzeitfehler, 2 fehlerhafte Befehlszeile.
</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>committet</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>prepared</source>
        <translation>vorbereitet</translation>
    </message>
    <message>
        <source>committed prepared</source>
        <translation>vorbereitet und committet</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>never (peek)</source>
        <translation>nie (nur ansehen)</translation>
    </message>
</context>
<context>
    <name>pgrepl::ExportJob</name>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>%1 kann nicht geschrieben werden: es ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot write %1: no free temporary name in its folder</source>
        <translation>%1 kann nicht geschrieben werden: in seinem Ordner ist kein temporärer Dateiname mehr frei</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>%1 kann nicht ersetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>pgrepl::ServerProbe</name>
    <message>
        <source>No answer from the server within %1 seconds.</source>
        <translation>Keine Antwort vom Server innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation>TLS fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Authentifizierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Der Server hat die Verbindung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Could not read the server settings: %1</source>
        <translation>Die Servereinstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no row for the current role</source>
        <translation>keine Zeile für die aktuelle Rolle</translation>
    </message>
    <message>
        <source>Could not list the replication slots: %1</source>
        <translation>Die Replikationsslots konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not list the publications: %1</source>
        <translation>Die Publikationen konnten nicht aufgelistet werden: %1</translation>
    </message>
</context>
<context>
    <name>pgrepl::SlotAdmin</name>
    <message>
        <source>%1: the result has no column &quot;%2&quot;</source>
        <extracomment>%1 is a catalogue view such as pg_stat_activity, %2 a column name.</extracomment>
        <translation>%1: das Ergebnis hat keine Spalte „%2“</translation>
    </message>
    <message>
        <source>%1, row %2, column &quot;%3&quot;: %4</source>
        <extracomment>%1 is a catalogue view, %2 a row number (from 0), %3 a column name, %4 what is wrong with its value.</extracomment>
        <translation>%1, Zeile %2, Spalte „%3“: %4</translation>
    </message>
    <message>
        <source>the text contains a NUL character, which PostgreSQL cannot store</source>
        <translation>der Text enthält ein NUL-Zeichen, das PostgreSQL nicht speichern kann</translation>
    </message>
    <message>
        <source>the slot name is empty</source>
        <translation>der Slotname ist leer</translation>
    </message>
    <message>
        <source>the output plugin is empty</source>
        <translation>der Name des Ausgabe-Plugins ist leer</translation>
    </message>
    <message>
        <source>two-phase slots need PostgreSQL 14 or later</source>
        <translation>Zwei-Phasen-Slots erfordern PostgreSQL 14 oder neuer</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a size</source>
        <extracomment>%1 is the setting&apos;s name, %2 the value the server sent.</extracomment>
        <translation>%1: „%2“ ist keine Größenangabe</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>there is no slot named &quot;%1&quot; (any more)</source>
        <extracomment>%1 is a slot name.</extracomment>
        <translation>es gibt keinen Slot namens „%1“ (mehr)</translation>
    </message>
    <message>
        <source>pid %1 (%2, application &quot;%3&quot;, state %4): %5</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 its state as the server names it (active, idle in transaction, ...), %5 the query it runs.</extracomment>
        <translation>PID %1 (%2, Anwendung „%3“, Zustand %4): %5</translation>
    </message>
    <message>
        <source>pid %1 (not visible in pg_stat_activity)</source>
        <extracomment>%1 is a process ID.</extracomment>
        <translation>PID %1 (in pg_stat_activity nicht sichtbar)</translation>
    </message>
    <message>
        <source>wal_status is &apos;lost&apos;: the WAL this slot needs was removed; the slot can no longer be used and its consumer must be set up again from a new slot</source>
        <translation>wal_status ist &apos;lost&apos;: das von diesem Slot benötigte WAL wurde entfernt; der Slot ist nicht mehr verwendbar, und sein Konsument muss mit einem neuen Slot neu eingerichtet werden</translation>
    </message>
    <message>
        <source>wal_status is &apos;lost&apos; (invalidation_reason: %1): the slot can no longer be used and its consumer must be set up again from a new slot</source>
        <extracomment>%1 is the server&apos;s invalidation_reason, such as wal_removed.</extracomment>
        <translation>wal_status ist &apos;lost&apos; (invalidation_reason: %1): der Slot ist nicht mehr verwendbar, und sein Konsument muss mit einem neuen Slot neu eingerichtet werden</translation>
    </message>
    <message>
        <source>The slot conflicted with recovery (conflicting = true) and was invalidated: it can no longer be used</source>
        <translation>Der Slot stand im Konflikt mit der Wiederherstellung (conflicting = true) und wurde invalidiert: er ist nicht mehr verwendbar</translation>
    </message>
    <message>
        <source>wal_status is &apos;unreserved&apos;: the slot holds more WAL than max_slot_wal_keep_size allows and will be invalidated at the next checkpoint unless its consumer catches up first</source>
        <translation>wal_status ist &apos;unreserved&apos;: der Slot hält mehr WAL zurück, als max_slot_wal_keep_size erlaubt, und wird beim nächsten Checkpoint invalidiert, sofern sein Konsument nicht vorher aufholt</translation>
    </message>
    <message>
        <source>wal_status is &apos;extended&apos;: more WAL than max_wal_size is kept, because of this slot or wal_keep_size</source>
        <translation>wal_status ist &apos;extended&apos;: es wird mehr WAL als max_wal_size aufbewahrt, wegen dieses Slots oder wegen wal_keep_size</translation>
    </message>
    <message>
        <source>Slot is inactive: nothing reads it; its retained WAL grows with every write</source>
        <translation>Der Slot ist inaktiv: niemand liest ihn; sein zurückgehaltenes WAL wächst mit jedem Schreibvorgang</translation>
    </message>
    <message>
        <source>Read by &quot;%1&quot; (walsender pid %2, %3, state %4)</source>
        <extracomment>%1 is the consumer&apos;s application_name, %2 its walsender&apos;s process ID, %3 the consumer&apos;s network address, %4 the walsender&apos;s state (streaming, catchup, ...).</extracomment>
        <translation>Gelesen von „%1“ (walsender-PID %2, %3, Zustand %4)</translation>
    </message>
    <message>
        <source>The consumer&apos;s walsender is in state &apos;%1&apos;, not streaming</source>
        <extracomment>%1 is the walsender&apos;s state as the server names it (startup, catchup, ...).</extracomment>
        <translation>Der walsender des Konsumenten ist im Zustand &apos;%1&apos; statt &apos;streaming&apos;</translation>
    </message>
    <message>
        <source>The walsender has sent WAL up to %1, %2 behind the current WAL position %3: decoding is behind (large transactions, spilling to disk, or a consumer that reads slowly)</source>
        <extracomment>%1 and %3 are WAL positions (LSNs), %2 a size such as &quot;1.5 GiB&quot;.</extracomment>
        <translation>Der walsender hat WAL bis %1 gesendet, %2 hinter der aktuellen WAL-Position %3: die Dekodierung hängt hinterher (große Transaktionen, Auslagerung auf die Platte oder ein langsam lesender Konsument)</translation>
    </message>
    <message>
        <source>The consumer has confirmed (flush) only up to %1, %2 behind what it was sent: it receives but does not confirm, so the slot cannot move</source>
        <extracomment>%1 is a WAL position (LSN), %2 a size such as &quot;1.5 GiB&quot;.</extracomment>
        <translation>Der Konsument hat nur bis %1 bestätigt (flush), %2 hinter dem, was ihm gesendet wurde: er empfängt, bestätigt aber nicht, daher kann der Slot nicht vorrücken</translation>
    </message>
    <message>
        <source>restart_lsn is held %1 behind confirmed_flush_lsn by the oldest running transaction at the time of decoding: decoding must restart where it began</source>
        <extracomment>%1 is a size such as &quot;1.5 GiB&quot;.</extracomment>
        <translation>restart_lsn wird von der ältesten zum Zeitpunkt der Dekodierung laufenden Transaktion %1 hinter confirmed_flush_lsn gehalten: die Dekodierung muss dort neu beginnen, wo diese Transaktion begann</translation>
    </message>
    <message>
        <source>Prepared transaction &apos;%1&apos; (owner %2) has been prepared for %3 and holds xid %4 until COMMIT PREPARED or ROLLBACK PREPARED</source>
        <extracomment>%1 is the prepared transaction&apos;s name (gid), %2 its owner, %3 a duration such as &quot;1 d 02 h&quot;, %4 its transaction ID.</extracomment>
        <translation>Die vorbereitete Transaktion &apos;%1&apos; (Eigentümer %2) ist seit %3 vorbereitet und hält xid %4 bis COMMIT PREPARED oder ROLLBACK PREPARED</translation>
    </message>
    <message>
        <source>Standby &quot;%1&quot; (walsender pid %2) holds xmin %3 (age %4) through hot_standby_feedback</source>
        <extracomment>%1 is the standby&apos;s application_name, %2 its walsender&apos;s process ID, %3 a transaction ID, %4 its age in transactions.</extracomment>
        <translation>Standby „%1“ (walsender-PID %2) hält über hot_standby_feedback xmin %3 (Alter %4)</translation>
    </message>
    <message>
        <source>Nothing holds this slot back in what the server reports</source>
        <translation>Nach den Angaben des Servers hält nichts diesen Slot auf</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>the query failed</source>
        <translation>die Abfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Created slot &quot;%1&quot; (%2)</source>
        <extracomment>%1 is a slot name, %2 its output plugin (pgoutput, test_decoding, ...).</extracomment>
        <translation>Slot „%1“ angelegt (%2)</translation>
    </message>
    <message>
        <source>Dropped slot &quot;%1&quot;</source>
        <extracomment>%1 is a slot name.</extracomment>
        <translation>Slot „%1“ gelöscht</translation>
    </message>
    <message>
        <source>Copied slot &quot;%1&quot; to the temporary slot &quot;%2&quot;</source>
        <extracomment>%1 is the slot copied, %2 the new slot&apos;s name.</extracomment>
        <translation>Slot „%1“ in den temporären Slot „%2“ kopiert</translation>
    </message>
    <message>
        <source>Copied slot &quot;%1&quot; to &quot;%2&quot;</source>
        <extracomment>%1 is the slot copied, %2 the new slot&apos;s name.</extracomment>
        <translation>Slot „%1“ nach „%2“ kopiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer</source>
        <extracomment>%1 is the value the server sent.</extracomment>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <extracomment>%1 is the value the server sent.</extracomment>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>pid %1 (%2, application &quot;%3&quot;, state unknown): %4</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 the query it runs.</extracomment>
        <translation>PID %1 (%2, Anwendung „%3“, Zustand unbekannt): %4</translation>
    </message>
    <message>
        <source>Transaction of pid %1 (user %2, application &quot;%3&quot;, no state) has been open for %4 and holds xid %5: logical decoding keeps the WAL from its first change on, and VACUUM cannot remove rows deleted after it began, until it ends</source>
        <extracomment>%1 is a process ID, %2 a user name, %3 an application_name, %4 a duration such as &quot;2 h 05 min&quot;, %5 a transaction ID.</extracomment>
        <translation>Die Transaktion von PID %1 (Benutzer %2, Anwendung „%3“, ohne Zustand) ist seit %4 offen und hält xid %5: bis sie endet, bewahrt die logische Dekodierung das WAL ab ihrer ersten Änderung auf, und VACUUM kann keine Zeilen entfernen, die nach ihrem Beginn gelöscht wurden</translation>
    </message>
    <message>
        <source>Transaction of pid %1 (user %2, application &quot;%3&quot;, %4) has been open for %5 and holds xid %6: logical decoding keeps the WAL from its first change on, and VACUUM cannot remove rows deleted after it began, until it ends</source>
        <extracomment>%1 is a process ID, %2 a user name, %3 an application_name, %4 the backend&apos;s state as the server names it (active, idle in transaction, ...), %5 a duration such as &quot;2 h 05 min&quot;, %6 a transaction ID.</extracomment>
        <translation>Die Transaktion von PID %1 (Benutzer %2, Anwendung „%3“, %4) ist seit %5 offen und hält xid %6: bis sie endet, bewahrt die logische Dekodierung das WAL ab ihrer ersten Änderung auf, und VACUUM kann keine Zeilen entfernen, die nach ihrem Beginn gelöscht wurden</translation>
    </message>
    <message>
        <source>Transaction of pid %1 (user %2, application &quot;%3&quot;, no state) has been open for %4 and holds xmin %5: VACUUM cannot remove rows deleted after that snapshot</source>
        <extracomment>%1 is a process ID, %2 a user name, %3 an application_name, %4 a duration such as &quot;2 h 05 min&quot;, %5 a transaction ID (the backend&apos;s snapshot xmin).</extracomment>
        <translation>Die Transaktion von PID %1 (Benutzer %2, Anwendung „%3“, ohne Zustand) ist seit %4 offen und hält xmin %5: VACUUM kann keine Zeilen entfernen, die nach diesem Snapshot gelöscht wurden</translation>
    </message>
    <message>
        <source>Transaction of pid %1 (user %2, application &quot;%3&quot;, %4) has been open for %5 and holds xmin %6: VACUUM cannot remove rows deleted after that snapshot</source>
        <extracomment>%1 is a process ID, %2 a user name, %3 an application_name, %4 the backend&apos;s state as the server names it (active, idle in transaction, ...), %5 a duration such as &quot;2 h 05 min&quot;, %6 a transaction ID (the backend&apos;s snapshot xmin).</extracomment>
        <translation>Die Transaktion von PID %1 (Benutzer %2, Anwendung „%3“, %4) ist seit %5 offen und hält xmin %6: VACUUM kann keine Zeilen entfernen, die nach diesem Snapshot gelöscht wurden</translation>
    </message>
    <message>
        <source>This slot holds the oldest horizon in the cluster: its catalog_xmin %1 (age %2); VACUUM of the system catalogs cannot remove rows deleted after it until the consumer confirms further</source>
        <extracomment>%1 is a transaction ID, %2 its age in transactions.</extracomment>
        <translation>Dieser Slot hält den ältesten Horizont im Cluster: sein catalog_xmin %1 (Alter %2); VACUUM der Systemkataloge kann keine danach gelöschten Zeilen entfernen, solange der Konsument nicht weiter bestätigt</translation>
    </message>
    <message>
        <source>This slot holds the oldest horizon in the cluster: its xmin %1 (age %2); VACUUM cannot remove rows deleted after it until the consumer confirms further</source>
        <extracomment>%1 is a transaction ID, %2 its age in transactions.</extracomment>
        <translation>Dieser Slot hält den ältesten Horizont im Cluster: sein xmin %1 (Alter %2); VACUUM kann keine danach gelöschten Zeilen entfernen, solange der Konsument nicht weiter bestätigt</translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by the transaction of pid %1: its %2 %3 (age %4)</source>
        <extracomment>%1 is a process ID, %2 the column that holds the horizon (backend_xid or backend_xmin), %3 a transaction ID, %4 its age in transactions.</extracomment>
        <translation>Den ältesten Horizont im Cluster hält die Transaktion von PID %1: ihr %2 %3 (Alter %4)</translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by the transaction of pid %1 (application &quot;%2&quot;): its %3 %4 (age %5)</source>
        <extracomment>%1 is a process ID, %2 its application_name, %3 the column that holds the horizon (backend_xid or backend_xmin), %4 a transaction ID, %5 its age in transactions.</extracomment>
        <translation>Den ältesten Horizont im Cluster hält die Transaktion von PID %1 (Anwendung „%2“): ihr %3 %4 (Alter %5)</translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by another slot, &quot;%1&quot;: its %2 %3 (age %4)</source>
        <extracomment>%1 is a slot name, %2 the column that holds the horizon (xmin or catalog_xmin), %3 a transaction ID, %4 its age in transactions.</extracomment>
        <translation>Den ältesten Horizont im Cluster hält ein anderer Slot, „%1“: sein %2 %3 (Alter %4)</translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by the standby feedback of walsender pid %1: its backend_xmin %2 (age %3)</source>
        <extracomment>%1 is a walsender&apos;s process ID, %2 a transaction ID, %3 its age in transactions.</extracomment>
        <translation>Den ältesten Horizont im Cluster hält das Standby-Feedback des walsenders mit PID %1: sein backend_xmin %2 (Alter %3)</translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by the standby feedback of walsender pid %1 (application &quot;%2&quot;): its backend_xmin %3 (age %4)</source>
        <extracomment>%1 is a walsender&apos;s process ID, %2 the standby&apos;s application_name, %3 a transaction ID, %4 its age in transactions.</extracomment>
        <translation>Den ältesten Horizont im Cluster hält das Standby-Feedback des walsenders mit PID %1 (Anwendung „%2“): sein backend_xmin %3 (Alter %4)</translation>
    </message>
    <message numerus="yes">
        <source>%1: expected one row, got %n row(s)</source>
        <extracomment>%1 is the setting&apos;s name; %n the number of rows the server answered.</extracomment>
        <translation>
            <numerusform>%1: eine Zeile erwartet, %n Zeile erhalten</numerusform>
            <numerusform>%1: eine Zeile erwartet, %n Zeilen erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Slot is inactive: nothing reads it; its retained WAL grows with every write (inactive for %1)</source>
        <extracomment>%1 is a duration such as &quot;2 h 05 min&quot;.</extracomment>
        <translation>Der Slot ist inaktiv: niemand liest ihn; sein zurückgehaltenes WAL wächst mit jedem Schreibvorgang (seit %1 inaktiv)</translation>
    </message>
    <message>
        <source>Read by &quot;%1&quot; (walsender pid %2, local socket, state %3)</source>
        <extracomment>%1 is the consumer&apos;s application_name, %2 its walsender&apos;s process ID, %3 the walsender&apos;s state (streaming, catchup, ...).</extracomment>
        <translation>Gelesen von „%1“ (walsender-PID %2, lokaler Socket, Zustand %3)</translation>
    </message>
    <message>
        <source>The slot is held by pid %1, which has no pg_stat_replication row: a backend using the SQL decoding functions, or a walsender that is still starting</source>
        <extracomment>%1 is a process ID.</extracomment>
        <translation>Der Slot ist von PID %1 belegt, für die es keine Zeile in pg_stat_replication gibt: ein Backend, das die SQL-Dekodierungsfunktionen verwendet, oder ein walsender, der noch startet</translation>
    </message>
    <message>
        <source>The slot is held by pid %1, which is not visible in pg_stat_activity and has no pg_stat_replication row: a backend using the SQL decoding functions, or a walsender that is still starting</source>
        <extracomment>%1 is a process ID.</extracomment>
        <translation>Der Slot ist von PID %1 belegt, die in pg_stat_activity nicht sichtbar ist und für die es keine Zeile in pg_stat_replication gibt: ein Backend, das die SQL-Dekodierungsfunktionen verwendet, oder ein walsender, der noch startet</translation>
    </message>
    <message>
        <source>The slot is held by pid %1 (%2, application &quot;%3&quot;, state unknown), which has no pg_stat_replication row: a backend using the SQL decoding functions, or a walsender that is still starting. Its query: %4</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 the query it runs.</extracomment>
        <translation>Der Slot ist von PID %1 (%2, Anwendung „%3“, Zustand unbekannt) belegt, für die es keine Zeile in pg_stat_replication gibt: ein Backend, das die SQL-Dekodierungsfunktionen verwendet, oder ein walsender, der noch startet. Abfrage: %4</translation>
    </message>
    <message>
        <source>The slot is held by pid %1 (%2, application &quot;%3&quot;, state %4), which has no pg_stat_replication row: a backend using the SQL decoding functions, or a walsender that is still starting. Its query: %5</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 its state as the server names it (active, idle in transaction, ...), %5 the query it runs.</extracomment>
        <translation>Der Slot ist von PID %1 (%2, Anwendung „%3“, Zustand %4) belegt, für die es keine Zeile in pg_stat_replication gibt: ein Backend, das die SQL-Dekodierungsfunktionen verwendet, oder ein walsender, der noch startet. Abfrage: %5</translation>
    </message>
    <message>
        <source>The slot retains %1 of WAL (from restart_lsn %2 to the current position); %3 more and max_slot_wal_keep_size invalidates it</source>
        <extracomment>%1 and %3 are sizes such as &quot;1.5 GiB&quot;, %2 a WAL position (LSN).</extracomment>
        <translation>Der Slot hält %1 WAL zurück (von restart_lsn %2 bis zur aktuellen Position); noch %3 mehr, und max_slot_wal_keep_size invalidiert ihn</translation>
    </message>
    <message>
        <source>The slot retains %1 of WAL (from restart_lsn %2 to the current position); max_slot_wal_keep_size is unlimited, so it can fill the disk</source>
        <extracomment>%1 is a size such as &quot;1.5 GiB&quot;, %2 a WAL position (LSN).</extracomment>
        <translation>Der Slot hält %1 WAL zurück (von restart_lsn %2 bis zur aktuellen Position); max_slot_wal_keep_size ist unbegrenzt, daher kann er die Platte volllaufen lassen</translation>
    </message>
    <message>
        <source>restart_lsn is held %1 behind confirmed_flush_lsn by the oldest running transaction at the time of decoding: decoding must restart where it began; the oldest transaction with an xid now is pid %2 (xid %3)</source>
        <extracomment>%1 is a size such as &quot;1.5 GiB&quot;, %2 a process ID, %3 a transaction ID.</extracomment>
        <translation>restart_lsn wird von der ältesten zum Zeitpunkt der Dekodierung laufenden Transaktion %1 hinter confirmed_flush_lsn gehalten: die Dekodierung muss dort neu beginnen, wo diese Transaktion begann; die älteste Transaktion mit xid ist derzeit PID %2 (xid %3)</translation>
    </message>
    <message numerus="yes">
        <source>Decoding spilled %n transaction(s) (%1) to disk since the statistics were reset: they were larger than logical_decoding_work_mem, which slows decoding</source>
        <extracomment>%n is the number of transactions spilled, %1 their size such as &quot;1.5 MiB&quot;.</extracomment>
        <translation>
            <numerusform>Die Dekodierung hat seit dem Zurücksetzen der Statistik %n Transaktion (%1) auf die Platte ausgelagert: sie war größer als logical_decoding_work_mem; das Auslagern verlangsamt die Dekodierung</numerusform>
            <numerusform>Die Dekodierung hat seit dem Zurücksetzen der Statistik %n Transaktionen (%1) auf die Platte ausgelagert: sie waren größer als logical_decoding_work_mem; das Auslagern verlangsamt die Dekodierung</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to the server failed: %1</source>
        <extracomment>%1 is why it failed: a message from the server or from this program.</extracomment>
        <translation>Verbindung zum Server fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the server did not report its version</source>
        <translation>der Server hat seine Version nicht gemeldet</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Refreshing the slot list failed: %1</source>
        <extracomment>%1 is why it failed: a message from the server or from this program.</extracomment>
        <translation>Aktualisieren der Slotliste fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Creating slot &quot;%1&quot; failed: %2</source>
        <extracomment>%1 is a slot name, %2 why it failed: a message from the server or from this program.</extracomment>
        <translation>Anlegen des Slots „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Created slot &quot;%1&quot; (%2) at %3</source>
        <extracomment>%1 is a slot name, %2 its output plugin (pgoutput, test_decoding, ...), %3 the WAL position (LSN) where the slot starts.</extracomment>
        <translation>Slot „%1“ (%2) bei %3 angelegt</translation>
    </message>
    <message>
        <source>Dropping slot &quot;%1&quot; failed: %2</source>
        <extracomment>%1 is a slot name, %2 why it failed: a message from the server or from this program.</extracomment>
        <translation>Löschen des Slots „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Copying slot &quot;%1&quot; to &quot;%2&quot; failed: %3</source>
        <extracomment>%1 is the slot copied, %2 the new slot&apos;s name, %3 why it failed: a message from the server or from this program.</extracomment>
        <translation>Kopieren des Slots „%1“ nach „%2“ fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Copied slot &quot;%1&quot; to the temporary slot &quot;%2&quot; at %3</source>
        <extracomment>%1 is the slot copied, %2 the new slot&apos;s name, %3 the WAL position (LSN) where the copy starts.</extracomment>
        <translation>Slot „%1“ bei %3 in den temporären Slot „%2“ kopiert</translation>
    </message>
    <message>
        <source>Copied slot &quot;%1&quot; to &quot;%2&quot; at %3</source>
        <extracomment>%1 is the slot copied, %2 the new slot&apos;s name, %3 the WAL position (LSN) where the copy starts.</extracomment>
        <translation>Slot „%1“ bei %3 nach „%2“ kopiert</translation>
    </message>
    <message>
        <source>Diagnosing slot &quot;%1&quot; failed: %2</source>
        <extracomment>%1 is a slot name, %2 why it failed: a message from the server or from this program.</extracomment>
        <translation>Diagnose des Slots „%1“ fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by prepared transaction &quot;%1&quot;: its xid %2 (age %3)</source>
        <extracomment>%1 is the prepared transaction&apos;s name (gid), %2 its transaction ID, %3 the age of that ID in transactions.</extracomment>
        <translation>Den ältesten Horizont im Cluster hält die vorbereitete Transaktion „%1“: ihre xid %2 (Alter %3)</translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by another slot, &quot;%1&quot; (used by pid %2): its %3 %4 (age %5)</source>
        <extracomment>%1 is a slot name, %2 the process ID using it, %3 the column that holds the horizon (xmin or catalog_xmin), %4 a transaction ID, %5 its age in transactions.</extracomment>
        <translation>Den ältesten Horizont im Cluster hält ein anderer Slot, „%1“ (belegt von PID %2): sein %3 %4 (Alter %5)</translation>
    </message>
</context>
<context>
    <name>pgrepl::Units</name>
    <message>
        <source>%1%2 B</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number of bytes.</extracomment>
        <translation>%1%2 B</translation>
    </message>
    <message>
        <source>%1%2 KiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation>%1%2 KiB</translation>
    </message>
    <message>
        <source>%1%2 MiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation>%1%2 MiB</translation>
    </message>
    <message>
        <source>%1%2 GiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation>%1%2 GiB</translation>
    </message>
    <message>
        <source>%1%2 TiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation>%1%2 TiB</translation>
    </message>
    <message>
        <source>%1%2 PiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation>%1%2 PiB</translation>
    </message>
    <message>
        <source>%1%2 EiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation>%1%2 EiB</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>%1 is a number of seconds.</extracomment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>%1 is a number of minutes, %2 of seconds (two digits).</extracomment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>%1 is a number of hours, %2 of minutes (two digits).</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <extracomment>%1 is a number of days, %2 of hours (two digits).</extracomment>
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>pgrepl::app::InspectorController</name>
    <message>
        <source>Acknowledged up to %1</source>
        <translation>Bis %1 bestätigt</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Streaming</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird beendet…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Mitschnitt öffnen</translation>
    </message>
    <message>
        <source>Captures (*.pgcap);;All files (*)</source>
        <translation>Mitschnitte (*.pgcap);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save capture</source>
        <translation>Mitschnitt speichern</translation>
    </message>
    <message>
        <source>Captures (*.pgcap)</source>
        <translation>Mitschnitte (*.pgcap)</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>Verbindungszeichenkette</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Replication session</source>
        <translation>Replikationssitzung</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Getrennt: %1</translation>
    </message>
    <message>
        <source>the temporary copy &quot;%1&quot; (the original slot &quot;%2&quot; does not move)</source>
        <translation>die temporäre Kopie „%1“ (der ursprüngliche Slot „%2“ rückt nicht vor)</translation>
    </message>
    <message>
        <source>slot &quot;%1&quot;</source>
        <translation>den Slot „%1“</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge up to %1 (end of transaction %2)?

The server will consider everything up to there consumed by %3 and may remove the WAL it no longer needs. This cannot be undone.</source>
        <translation>Bis %1 bestätigen (Ende der Transaktion %2)?

Der Server betrachtet dann alles bis dorthin als über %3 verarbeitet und darf das nicht mehr benötigte WAL entfernen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>%1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <source>Capture %1</source>
        <translation>Mitschnitt %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1</source>
        <translation>
            <numerusform>%n Ereignis in %1 gespeichert</numerusform>
            <numerusform>%n Ereignisse in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Negotiating TLS…</source>
        <translation>TLS wird ausgehandelt…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>Authentifizierung läuft…</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>LSN (as 0/16B3748) or xid:</source>
        <translation>LSN (wie 0/16B3748) oder xid:</translation>
    </message>
    <message>
        <source>Password in clear text?</source>
        <translation>Passwort im Klartext?</translation>
    </message>
    <message>
        <source>The connection to %1 may not be encrypted (sslmode=%2). If the server asks for a cleartext password, it would cross the network readable by anyone on the way.

Use sslmode=require or stronger to avoid this. Connect anyway?</source>
        <translation>Die Verbindung zu %1 ist möglicherweise nicht verschlüsselt (sslmode=%2). Fordert der Server ein Klartextpasswort an, ginge es für jeden auf dem Übertragungsweg lesbar durch das Netz.

Verwenden Sie sslmode=require oder strenger, um das zu vermeiden. Trotzdem verbinden?</translation>
    </message>
    <message>
        <source>Could not read type names: user types show as ???</source>
        <translation>Typnamen konnten nicht gelesen werden: benutzerdefinierte Typen erscheinen als ???</translation>
    </message>
    <message>
        <source>no message at or after %1</source>
        <translation>keine Nachricht bei oder nach %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an LSN (X/Y) nor an xid</source>
        <translation>„%1“ ist weder eine LSN (X/Y) noch eine xid</translation>
    </message>
    <message>
        <source>no transaction with xid %1</source>
        <translation>keine Transaktion mit xid %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>proto_version 1</source>
        <translation>proto_version 1</translation>
    </message>
    <message>
        <source>proto_version 2, streaming on</source>
        <translation>proto_version 2, streaming on</translation>
    </message>
    <message>
        <source>proto_version 3</source>
        <translation>proto_version 3</translation>
    </message>
    <message>
        <source>proto_version 3, streaming on</source>
        <translation>proto_version 3, streaming on</translation>
    </message>
    <message>
        <source>proto_version 4</source>
        <translation>proto_version 4</translation>
    </message>
    <message>
        <source>proto_version 4, streaming on</source>
        <translation>proto_version 4, streaming on</translation>
    </message>
    <message>
        <source>proto_version 4, streaming parallel</source>
        <translation>proto_version 4, streaming parallel</translation>
    </message>
    <message>
        <source>Open a pg_recvlogical file</source>
        <translation>pg_recvlogical-Datei öffnen</translation>
    </message>
    <message>
        <source>%1 is not a pgcap capture. As a pg_recvlogical file, how was its stream made?</source>
        <translation>%1 ist kein pgcap-Mitschnitt. Mit welchen Optionen wurde der Datenstrom dieser pg_recvlogical-Datei erzeugt?</translation>
    </message>
    <message>
        <source>%1 does not read as pgoutput with proto_version %2: %3</source>
        <translation>%1 lässt sich nicht als pgoutput mit proto_version %2 lesen: %3</translation>
    </message>
    <message>
        <source>pg_recvlogical file %1: per-change LSNs and user type names are absent</source>
        <translation>pg_recvlogical-Datei %1: LSNs pro Änderung und Namen benutzerdefinierter Typen fehlen</translation>
    </message>
    <message>
        <source>%1 is the capture being shown; save to another file</source>
        <translation>%1 ist der angezeigte Mitschnitt; bitte in eine andere Datei speichern</translation>
    </message>
    <message>
        <source>Slot %1 is gone: it was dropped or invalidated.</source>
        <translation>Slot %1 existiert nicht mehr: er wurde gelöscht oder invalidiert.</translation>
    </message>
    <message>
        <source>Heartbeat written at %1</source>
        <translation>Heartbeat bei %1 geschrieben</translation>
    </message>
    <message>
        <source>Heartbeat failed: %1</source>
        <translation>Heartbeat fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>Server to list the slots of (postgresql:// URI or key=value; empty: the PG* variables):</source>
        <translation>Server, dessen Slots aufgelistet werden sollen (postgresql://-URI oder key=value; leer: die PG*-Variablen):</translation>
    </message>
</context>
<context>
    <name>pgrepl::app::SlotMonitor</name>
    <message>
        <source>The monitor connection is not ready; try again in a moment.</source>
        <translation>Die Überwachungsverbindung ist noch nicht bereit; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>The server sent no LSN back.</source>
        <translation>Der Server hat keine LSN zurückgegeben.</translation>
    </message>
    <message>
        <source>Slot %1 is lost: the WAL it needs was removed, so it cannot be used any more.</source>
        <translation>Slot %1 ist verloren: das benötigte WAL wurde entfernt, daher ist er nicht mehr verwendbar.</translation>
    </message>
    <message>
        <source>Slot %1 holds more WAL than max_slot_wal_keep_size allows; the next checkpoint invalidates it.</source>
        <translation>Slot %1 hält mehr WAL zurück, als max_slot_wal_keep_size erlaubt; der nächste Checkpoint invalidiert ihn.</translation>
    </message>
    <message>
        <source>Paused: the slot retains %1 of WAL, growing %2/s. At this rate max_slot_wal_keep_size invalidates it in %3.</source>
        <translation>Angehalten: der Slot hält %1 WAL zurück, Zuwachs %2/s. Bei dieser Rate invalidiert max_slot_wal_keep_size ihn in %3.</translation>
    </message>
    <message>
        <source>Paused: the slot retains %1 of WAL, growing %2/s. There is no max_slot_wal_keep_size, so it piles up on the server&apos;s disk until you resume.</source>
        <translation>Angehalten: der Slot hält %1 WAL zurück, Zuwachs %2/s. Es gibt kein max_slot_wal_keep_size, daher sammelt sich das WAL auf der Platte des Servers an, bis Sie fortfahren.</translation>
    </message>
    <message>
        <source>Slot %1 is invalidated after %2 more WAL (max_slot_wal_keep_size).</source>
        <translation>Slot %1 wird nach weiteren %2 WAL invalidiert (max_slot_wal_keep_size).</translation>
    </message>
    <message>
        <source>Slot %1 retains %2 of WAL.</source>
        <translation>Slot %1 hält %2 WAL zurück.</translation>
    </message>
</context>
<context>
    <name>pgrepl::cli::CaptureCommand</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--slot needs a name</source>
        <translation>--slot erfordert einen Namen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--proto-version must be 1, 2, 3 or 4, not &quot;%1&quot;</source>
        <translation>--proto-version muss 1, 2, 3 oder 4 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--streaming must be off, on or parallel, not &quot;%1&quot;</source>
        <translation>--streaming muss off, on oder parallel sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--origin must be any or none, not &quot;%1&quot;</source>
        <translation>--origin muss any oder none sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--ack must be never, manual or auto, not &quot;%1&quot;</source>
        <translation>--ack muss never, manual oder auto sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--ack manual needs --ack-upto LSN (the end of the transaction to acknowledge)</source>
        <translation>--ack manual erfordert --ack-upto LSN (das Ende der zu bestätigenden Transaktion)</translation>
    </message>
    <message>
        <source>--ack-upto needs --ack manual</source>
        <translation>--ack-upto erfordert --ack manual</translation>
    </message>
    <message>
        <source>--output needs a file name</source>
        <translation>--output erfordert einen Dateinamen</translation>
    </message>
    <message>
        <source>%1 already exists; capture never overwrites a file</source>
        <translation>%1 existiert bereits; capture überschreibt nie eine Datei</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>interrupted before streaming started; no file was written</source>
        <translation>vor Beginn des Streamings unterbrochen; es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <source>cannot create slot &quot;%1&quot;: %2</source>
        <translation>Slot „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>created slot &quot;%1&quot;</source>
        <translation>Slot „%1“ angelegt</translation>
    </message>
    <message>
        <source>could not read the publications&apos; definitions: %1</source>
        <translation>die Definitionen der Publikationen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>could not read the user types&apos; names; they will show as ???: %1</source>
        <translation>die Namen der benutzerdefinierten Typen konnten nicht gelesen werden; sie erscheinen als ???: %1</translation>
    </message>
    <message>
        <source>the transaction ending at %1 arrived while stopping; it cannot be acknowledged any more</source>
        <translation>die bei %1 endende Transaktion traf während des Beendens ein; sie kann nicht mehr bestätigt werden</translation>
    </message>
    <message>
        <source>%1 again: still stopping cleanly</source>
        <translation>erneut %1: wird weiterhin sauber beendet</translation>
    </message>
    <message>
        <source>%1: stopping cleanly</source>
        <translation>%1: wird sauber beendet</translation>
    </message>
    <message>
        <source>capture: at %1, %2 messages, %3, %4 msg/s, %5/s</source>
        <translation>capture: bei %1, %2 Nachrichten, %3, %4 Nachr./s, %5/s</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>beendet: %1</translation>
    </message>
    <message>
        <source>--ack-upto %1 was not acknowledged: no transaction ending there was received; the slot did not move</source>
        <translation>--ack-upto %1 wurde nicht bestätigt: es wurde keine dort endende Transaktion empfangen; der Slot ist nicht vorgerückt</translation>
    </message>
    <message>
        <source>acknowledged up to %1</source>
        <translation>bis %1 bestätigt</translation>
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
        <translation>Aufruf: pgrepl-inspector capture --dsn DSN --slot SLOT --publication PUB -o DATEI [Optionen]

Streamt einen logischen Replikationsslot (pgoutput) ohne Anzeige in eine Mitschnittdatei.

Verbindung und Slot:
  --dsn DSN              Verbindungszeichenkette (key=value oder postgresql://-URI);
                         PG*-Variablen und ~/.pgpass ergänzen, was darin fehlt.
  --slot SLOT            Der logische Slot, aus dem gestreamt wird.
  --publication PUB      Eine zu streamende Publikation; für weitere wiederholen.
  --create-slot          SLOT (pgoutput) vor dem Streamen anlegen.
  --temporary-copy       Aus einer temporären Kopie von SLOT streamen; SLOT selbst
                         rückt nie vor.

Datenstrom-Optionen:
  --start LSN            Startposition (Standard: die confirmed_flush_lsn des Slots).
  --endpos LSN           Sauber anhalten, sobald diese LSN erreicht ist.
  --proto-version N      pgoutput-proto_version 1-4 (Standard: nach Serverversion).
  --streaming MODUS      off, on oder parallel (Standard off).
  --messages             Nachrichten der logischen Dekodierung einschließen.
  --binary               Spaltenwerte im Binärformat anfordern.
  --two-phase            Vorbereitete Transaktionen dekodieren. Mit --create-slot
                         wird der Slot als Zwei-Phasen-Slot angelegt; sonst muss SLOT
                         das bereits sein.
  --origin any|none      Origin-Filter (Standard: der des Servers).

Bestätigung (was den Slot vorrücken lässt):
  --ack never            Standard: nichts melden; der Slot bleibt, wo er ist.
  --ack auto             Jede Transaktion bestätigen, sobald sie per fsync in DATEI
                         gesichert ist.
  --ack manual           Nur die Transaktion bestätigen, die bei --ack-upto LSN endet,
  --ack-upto LSN         sobald sie per fsync gesichert ist; schlägt fehl, wenn dieses
                         Ende nie eintrifft.

Ausgabe:
  -o, --output DATEI     Die zu schreibende Datei; sie darf noch nicht existieren.
  --format FORMAT        pgcap (Standard: jedes Ereignis, mit den Kopfdaten der Sitzung),
                         raw (Layout von pg_recvlogical: jede Nachricht gefolgt von
                         einem Zeilenumbruch), jsonl (wal2json format-version 2), csv
                         oder sql; diese drei schreiben jede Transaktion, sobald sie
                         committet ist.
  --quiet                Keine Fortschrittszeile auf stderr.
  -h, --help             Diese Hilfe anzeigen.

SIGINT oder SIGTERM beenden den Datenstrom sauber: die Datei wird geschrieben, per fsync
gesichert und ist gültig.

Exit-Status: 0 Erfolg (auch nach sauberem Beenden durch ein Signal), 1 Verbindungs-,
Server- oder Dateifehler, 2 fehlerhafte Befehlszeile.
</translation>
    </message>
    <message>
        <source>--format must be pgcap, raw, jsonl, csv or sql, not &quot;%1&quot;</source>
        <translation>--format muss pgcap, raw, jsonl, csv oder sql sein, nicht „%1“</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>pgrepl::cli::ConvertCommand</name>
    <message>
        <source>INPUT is required</source>
        <translation>EINGABE ist erforderlich</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output ist erforderlich</translation>
    </message>
    <message>
        <source>--proto-version must be 1, 2, 3 or 4, not &quot;%1&quot;</source>
        <translation>--proto-version muss 1, 2, 3 oder 4 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--streaming must be off, on or parallel, not &quot;%1&quot;</source>
        <translation>--streaming muss off, on oder parallel sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--streaming on needs --proto-version 2 or higher</source>
        <translation>--streaming on erfordert --proto-version 2 oder höher</translation>
    </message>
    <message>
        <source>--streaming parallel needs --proto-version 4</source>
        <translation>--streaming parallel erfordert --proto-version 4</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 already exists; convert never overwrites a file</source>
        <translation>%1 existiert bereits; convert überschreibt nie eine Datei</translation>
    </message>
    <message>
        <source>%1 is a pgcap capture: --proto-version and --streaming are ignored</source>
        <translation>%1 ist ein pgcap-Mitschnitt: --proto-version und --streaming werden ignoriert</translation>
    </message>
    <message>
        <source>%1 is damaged; converting the %2 intact records before it: %3</source>
        <translation>%1 ist beschädigt; die %2 intakten Datensätze vor der beschädigten Stelle werden umgewandelt: %3</translation>
    </message>
    <message>
        <source>wrote %1 messages; only the messages are kept (LSNs, times, keepalives and status updates are dropped). Read it back with the stream&apos;s own proto_version and streaming mode: %2</source>
        <translation>%1 Nachrichten geschrieben; nur die Nachrichten bleiben erhalten (LSNs, Zeiten, Keepalives und Statusmeldungen entfallen). Lesen Sie die Datei mit der proto_version und dem Streaming-Modus des ursprünglichen Datenstroms zurück: %2</translation>
    </message>
    <message>
        <source>%1 is not a pg_recvlogical pgoutput file for proto_version %2 (streaming %3): %4; nothing was written</source>
        <translation>%1 ist keine pgoutput-Datei von pg_recvlogical für proto_version %2 (streaming %3): %4; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>%1 is a pg_recvlogical file: per-change LSNs and user type names are absent</source>
        <translation>%1 ist eine pg_recvlogical-Datei: LSNs pro Änderung und Namen benutzerdefinierter Typen fehlen</translation>
    </message>
    <message>
        <source>%1 change(s) could not be written in this format; the first: %2</source>
        <translation>%1 Änderung(en) ließen sich in diesem Format nicht schreiben; die erste: %2</translation>
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
        <translation>Aufruf: pgrepl-inspector convert EINGABE -o AUSGABE --format pgcap|raw|jsonl|csv|sql [Optionen]

Wandelt zwischen einem pgcap-Mitschnitt und der Datei um, die pg_recvlogical -f für
pgoutput schreibt (jede Nachricht gefolgt von einem Zeilenumbruch). Die Art der Eingabe
wird an der pgcap-Magic erkannt.

Optionen:
  -o, --output DATEI     Die zu schreibende Datei; sie darf noch nicht existieren.
  --format FORMAT        pgcap, raw (Layout von pg_recvlogical), jsonl (wal2json
                         format-version 2), csv oder sql.
  --proto-version N      Bei einer pg_recvlogical-Eingabe: die proto_version, mit der
                         sie erstellt wurde, 1-4 (Standard 1).
  --streaming MODUS      Bei einer pg_recvlogical-Eingabe: off (Standard), on oder
                         parallel.
  -h, --help             Diese Hilfe anzeigen.

Eine pg_recvlogical-Datei enthält nur die Nachrichten: LSNs pro Änderung, Serverzeiten,
Statusmeldungen und Namen benutzerdefinierter Typen fehlen darin und in allem, was
daraus erzeugt wird.

Exit-Status: 0 Erfolg, 1 Dateifehler (nicht lesbar, beschädigt oder Ausgabe existiert
bereits), 2 fehlerhafte Befehlszeile.
</translation>
    </message>
    <message>
        <source>--format is required (pgcap, raw, jsonl, csv or sql)</source>
        <translation>--format ist erforderlich (pgcap, raw, jsonl, csv oder sql)</translation>
    </message>
    <message>
        <source>--format must be pgcap, raw, jsonl, csv or sql, not &quot;%1&quot;</source>
        <translation>--format muss pgcap, raw, jsonl, csv oder sql sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>pgrepl::cli::SlotsCommand</name>
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
        <translation>Aufruf: pgrepl-inspector slots AKTION --dsn DSN [Optionen]

Listet und verwaltet logische Replikationsslots.

Aktionen:
  list                        Eine Tabelle aller Slots mit ihrem Zustand: WAL-Status,
                              sichere WAL-Größe und das von ihnen zurückgehaltene WAL.
  create NAME [--temporary] [--two-phase] [--failover]
                              Einen pgoutput-Slot anlegen. Ein temporärer Slot besteht
                              nur so lange wie die Verbindung dieses Befehls. --two-phase
                              erfordert PostgreSQL 15, --failover 17.
  drop NAME [--wait]          Einen Slot löschen; mit --wait warten, bis er inaktiv wird.
                              Das von ihm zurückgehaltene WAL wird freigegeben und kann
                              nicht mehr über ihn dekodiert werden.
  copy QUELLE ZIEL [--temporary]
                              Einen logischen Slot kopieren
                              (pg_copy_logical_replication_slot).

Optionen:
  --dsn DSN                   Verbindungszeichenkette (key=value oder postgresql://-URI).
  -h, --help                  Diese Hilfe anzeigen.

Exit-Status: 0 Erfolg, 1 Verbindungs- oder Serverfehler, 2 fehlerhafte Befehlszeile.
</translation>
    </message>
    <message>
        <source>an action is required: list, create, drop or copy</source>
        <translation>eine Aktion ist erforderlich: list, create, drop oder copy</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use list, create, drop or copy</source>
        <translation>unbekannte Aktion „%1“; verwenden Sie list, create, drop oder copy</translation>
    </message>
    <message>
        <source>%1 takes no further arguments</source>
        <translation>%1 nimmt keine weiteren Argumente an</translation>
    </message>
    <message>
        <source>%1 needs %2 slot name(s)</source>
        <translation>%1 erwartet %2 Slotnamen</translation>
    </message>
    <message>
        <source>%1 does not apply to %2</source>
        <translation>%1 gilt nicht für %2</translation>
    </message>
    <message>
        <source>a slot name must not be empty</source>
        <translation>ein Slotname darf nicht leer sein</translation>
    </message>
    <message>
        <source>--dsn is required</source>
        <translation>--dsn ist erforderlich</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>cannot list slots: %1</source>
        <translation>Slots können nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n slot(s))</source>
        <translation>
            <numerusform>(%n Slot)</numerusform>
            <numerusform>(%n Slots)</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>cannot create slot &quot;%1&quot;: %2</source>
        <translation>Slot „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>created slot &quot;%1&quot; (pgoutput)</source>
        <translation>Slot „%1“ angelegt (pgoutput)</translation>
    </message>
    <message>
        <source>it was temporary: the server dropped it when this command disconnected</source>
        <translation>er war temporär: der Server hat ihn gelöscht, als dieser Befehl die Verbindung trennte</translation>
    </message>
    <message>
        <source>cannot read slot &quot;%1&quot;: %2</source>
        <translation>Slot „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>replication slot &quot;%1&quot; does not exist</source>
        <translation>Replikationsslot „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>cannot drop slot &quot;%1&quot;: %2</source>
        <translation>Slot „%1“ kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>dropped slot &quot;%1&quot;</source>
        <translation>Slot „%1“ gelöscht</translation>
    </message>
    <message>
        <source>lost: the changes after its confirmed_flush_lsn %1 that no one had acknowledged; a subscriber or consumer of this slot must start over from a new slot and a fresh copy</source>
        <translation>verloren: die Änderungen nach seiner confirmed_flush_lsn %1, die niemand bestätigt hatte; ein Subscriber oder Konsument dieses Slots muss mit einem neuen Slot und einer frischen Kopie neu beginnen</translation>
    </message>
    <message>
        <source>released: the %1 bytes of WAL it retained from restart_lsn %2</source>
        <translation>freigegeben: die %1 Bytes WAL, die er ab restart_lsn %2 zurückhielt</translation>
    </message>
    <message>
        <source>cannot copy slot &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation>Slot „%1“ kann nicht nach „%2“ kopiert werden: %3</translation>
    </message>
    <message>
        <source>copied slot &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Slot „%1“ nach „%2“ kopiert</translation>
    </message>
    <message>
        <source>the copy was temporary: the server dropped it when this command disconnected</source>
        <translation>die Kopie war temporär: der Server hat sie gelöscht, als dieser Befehl die Verbindung trennte</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui</name>
    <message numerus="yes">
        <source>… %n more character(s)</source>
        <translation>
            <numerusform>… %n weiteres Zeichen</numerusform>
            <numerusform>… %n weitere Zeichen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::BytesView</name>
    <message>
        <source>No bytes</source>
        <translation>Keine Bytes</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::ConnectDialog</name>
    <message>
        <source>Connect to a replication slot</source>
        <translation>Mit einem Replikationsslot verbinden</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Datenstrom</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>Slot:</translation>
    </message>
    <message>
        <source>one or more, separated by commas</source>
        <translation>eine oder mehrere, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Publications:</source>
        <translation>Publikationen:</translation>
    </message>
    <message>
        <source>from the slot&apos;s confirmed position</source>
        <translation>ab der bestätigten Position des Slots</translation>
    </message>
    <message>
        <source>Start LSN:</source>
        <translation>Start-LSN:</translation>
    </message>
    <message>
        <source>Inspect a temporary copy of the slot (the real slot is left untouched)</source>
        <translation>Eine temporäre Kopie des Slots untersuchen (der echte Slot bleibt unverändert)</translation>
    </message>
    <message>
        <source>Manual: only what I acknowledge</source>
        <translation>Manuell: nur was ich bestätige</translation>
    </message>
    <message>
        <source>Auto: each transaction once shown</source>
        <translation>Automatisch: jede Transaktion, sobald sie angezeigt wurde</translation>
    </message>
    <message>
        <source>Never (peek): the slot never moves</source>
        <translation>Nie (nur ansehen): der Slot rückt nie vor</translation>
    </message>
    <message>
        <source>Acknowledge:</source>
        <translation>Bestätigen:</translation>
    </message>
    <message>
        <source>pgoutput options</source>
        <translation>pgoutput-Optionen</translation>
    </message>
    <message>
        <source>Automatic (from server version)</source>
        <translation>Automatisch (nach Serverversion)</translation>
    </message>
    <message>
        <source>Protocol version:</source>
        <translation>Protokollversion:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>on (PostgreSQL 14+)</source>
        <translation>on (ab PostgreSQL 14)</translation>
    </message>
    <message>
        <source>parallel (PostgreSQL 16+)</source>
        <translation>parallel (ab PostgreSQL 16)</translation>
    </message>
    <message>
        <source>Streaming:</source>
        <translation>Streaming:</translation>
    </message>
    <message>
        <source>Binary values</source>
        <translation>Binäre Werte</translation>
    </message>
    <message>
        <source>Logical messages</source>
        <translation>Logische Nachrichten</translation>
    </message>
    <message>
        <source>Two-phase (turns it on for the slot for good)</source>
        <translation>Zwei-Phasen-Commit (wird für den Slot dauerhaft eingeschaltet)</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>Serverstandard</translation>
    </message>
    <message>
        <source>Origin (PostgreSQL 16+):</source>
        <translation>Ursprung (ab PostgreSQL 16):</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Name the slot to inspect.</source>
        <translation>Geben Sie den zu untersuchenden Slot an.</translation>
    </message>
    <message>
        <source>pgoutput needs at least one publication.</source>
        <translation>pgoutput benötigt mindestens eine Publikation.</translation>
    </message>
    <message>
        <source>Turn on two-phase?</source>
        <translation>Zwei-Phasen-Commit einschalten?</translation>
    </message>
    <message>
        <source>Streaming with two_phase turns two-phase decoding on for slot &quot;%1&quot; for good. Its owner&apos;s consumer will then receive prepared transactions too. Go on?</source>
        <translation>Streaming mit two_phase schaltet die Zwei-Phasen-Dekodierung für den Slot „%1“ dauerhaft ein. Der eigentliche Konsument dieses Slots erhält dann auch vorbereitete Transaktionen. Fortfahren?</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>A postgresql:// URI or key=value string, as psql takes it. PG* environment variables and ~/.pgpass fill in what it leaves out. A password in it is moved to the password field.</source>
        <translation>Eine postgresql://-URI oder key=value-Zeichenkette, wie psql sie annimmt. PG*-Umgebungsvariablen und ~/.pgpass ergänzen, was darin fehlt. Ein darin enthaltenes Passwort wird in das Passwortfeld verschoben.</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>leer: PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Save password in the keychain</source>
        <translation>Passwort im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Connects once, without replication, to read the server version, the slots and the publications of the database.</source>
        <translation>Verbindet sich einmal ohne Replikation, um die Serverversion sowie die Slots und Publikationen der Datenbank zu lesen.</translation>
    </message>
    <message>
        <source>Type a slot name, or test the connection to pick one of the database&apos;s pgoutput slots.</source>
        <translation>Geben Sie einen Slotnamen ein oder testen Sie die Verbindung, um einen der pgoutput-Slots der Datenbank auszuwählen.</translation>
    </message>
    <message>
        <source>The password was moved out of the connection string.</source>
        <translation>Das Passwort wurde aus der Verbindungszeichenkette herausgenommen.</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(kein Profil)</translation>
    </message>
    <message>
        <source>Could not read the password from the keychain: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The password is saved in the keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the password in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the password from the keychain: %1</source>
        <translation>Das Passwort konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>Replace profile?</source>
        <translation>Profil ersetzen?</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists. Replace it?</source>
        <translation>Ein Profil namens „%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>Profil löschen?</translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot; and its saved password?</source>
        <translation>Profil „%1“ und sein gespeichertes Passwort löschen?</translation>
    </message>
    <message>
        <source>Connection string: %1</source>
        <translation>Verbindungszeichenkette: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test läuft…</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 as %2 (%3, %4).</source>
        <translation>Verbunden mit PostgreSQL %1 als %2 (%3, %4).</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>kein Passwort</translation>
    </message>
    <message>
        <source>wal_level is &quot;%1&quot;: logical decoding needs wal_level = logical.</source>
        <translation>wal_level ist „%1“: die logische Dekodierung erfordert wal_level = logical.</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; has neither the REPLICATION attribute nor superuser: it cannot open a replication connection.</source>
        <translation>Die Rolle „%1“ hat weder das Attribut REPLICATION noch Superuser-Rechte: sie kann keine Replikationsverbindung öffnen.</translation>
    </message>
    <message>
        <source>%1 (active, pid %2)</source>
        <translation>%1 (aktiv, PID %2)</translation>
    </message>
    <message>
        <source>all tables</source>
        <translation>alle Tabellen</translation>
    </message>
    <message>
        <source>Slot &quot;%1&quot; is in use by process %2, so it is inspected through a temporary copy: a second reader would be refused.</source>
        <translation>Slot „%1“ wird von Prozess %2 verwendet und daher über eine temporäre Kopie untersucht: ein zweiter Leser würde abgewiesen.</translation>
    </message>
    <message>
        <source>Set for this server: protocol version %1, streaming %2.</source>
        <translation>Für diesen Server eingestellt: Protokollversion %1, Streaming %2.</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::DetailsBuilder</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Xid</source>
        <translation>Xid</translation>
    </message>
    <message>
        <source>GID</source>
        <translation>GID</translation>
    </message>
    <message>
        <source>Commit LSN</source>
        <translation>Commit-LSN</translation>
    </message>
    <message>
        <source>End LSN</source>
        <translation>End-LSN</translation>
    </message>
    <message>
        <source>Commit time</source>
        <translation>Commit-Zeit</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>the stream ended before this transaction did</source>
        <translation>der Datenstrom endete vor dieser Transaktion</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Datenstrom</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>empfangen am %1</translation>
    </message>
    <message>
        <source>wal_start</source>
        <translation>wal_start</translation>
    </message>
    <message>
        <source>wal_end</source>
        <translation>wal_end</translation>
    </message>
    <message>
        <source>server time</source>
        <translation>Serverzeit</translation>
    </message>
    <message>
        <source>payload bytes</source>
        <translation>Nutzdaten-Bytes</translation>
    </message>
    <message>
        <source>Standby status update (sent)</source>
        <translation>Standby-Statusmeldung (gesendet)</translation>
    </message>
    <message>
        <source>write</source>
        <translation>geschrieben (write)</translation>
    </message>
    <message>
        <source>flush</source>
        <translation>auf Platte (flush)</translation>
    </message>
    <message>
        <source>0/0 (not reported)</source>
        <translation>0/0 (nicht gemeldet)</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>angewendet (apply)</translation>
    </message>
    <message>
        <source>client time</source>
        <translation>Clientzeit</translation>
    </message>
    <message>
        <source>reply requested</source>
        <translation>Antwort angefordert</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Primary keepalive</source>
        <translation>Keepalive des Primärservers</translation>
    </message>
    <message>
        <source>server WAL end</source>
        <translation>WAL-Ende des Servers</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Decoding failed</source>
        <translation>Dekodierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>xid</source>
        <translation>xid</translation>
    </message>
    <message>
        <source>final (commit) LSN</source>
        <translation>finale (Commit-)LSN</translation>
    </message>
    <message>
        <source>commit time</source>
        <translation>Commit-Zeit</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>commit LSN</source>
        <translation>Commit-LSN</translation>
    </message>
    <message>
        <source>end LSN</source>
        <translation>End-LSN</translation>
    </message>
    <message>
        <source>origin commit LSN</source>
        <translation>Commit-LSN am Ursprung</translation>
    </message>
    <message>
        <source>origin name</source>
        <translation>Ursprungsname</translation>
    </message>
    <message>
        <source>relation OID</source>
        <translation>Relations-OID</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>replica identity</source>
        <translation>Replikatidentität</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>type OID</source>
        <translation>Typ-OID</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>transactional</source>
        <translation>transaktional</translation>
    </message>
    <message>
        <source>LSN</source>
        <translation>LSN</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>first segment</source>
        <translation>erstes Segment</translation>
    </message>
    <message>
        <source>subtransaction xid</source>
        <translation>xid der Subtransaktion</translation>
    </message>
    <message>
        <source>abort LSN</source>
        <translation>Abbruch-LSN</translation>
    </message>
    <message>
        <source>prepare LSN</source>
        <translation>Prepare-LSN</translation>
    </message>
    <message>
        <source>prepare time</source>
        <translation>Prepare-Zeit</translation>
    </message>
    <message>
        <source>prepare end LSN</source>
        <translation>Prepare-End-LSN</translation>
    </message>
    <message>
        <source>rollback end LSN</source>
        <translation>Rollback-End-LSN</translation>
    </message>
    <message>
        <source>OID %1 (not announced)</source>
        <translation>OID %1 (nicht angekündigt)</translation>
    </message>
    <message>
        <source>old key (&apos;K&apos;)</source>
        <translation>alter Schlüssel (&apos;K&apos;)</translation>
    </message>
    <message>
        <source>old row (&apos;O&apos;)</source>
        <translation>alte Zeile (&apos;O&apos;)</translation>
    </message>
    <message>
        <source>new row (&apos;N&apos;)</source>
        <translation>neue Zeile (&apos;N&apos;)</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>discarded: its subtransaction was aborted</source>
        <translation>verworfen: die zugehörige Subtransaktion wurde abgebrochen</translation>
    </message>
    <message>
        <source>unchanged TOAST value (not sent)</source>
        <translation>unveränderter TOAST-Wert (nicht gesendet)</translation>
    </message>
    <message>
        <source>not sent: not part of the replica identity</source>
        <translation>nicht gesendet: nicht Teil der Replikatidentität</translation>
    </message>
    <message>
        <source>%1   (binary)</source>
        <translation>%1   (binär)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n Spalte</numerusform>
            <numerusform>%n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source> (key)</source>
        <translation> (Schlüssel)</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>Typ %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>replica identity FULL</source>
        <translation>Replica Identity FULL</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::EventListModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>LSN</source>
        <translation>LSN</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Xid</source>
        <translation>Xid</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Streamed transaction</source>
        <translation>Gestreamte Transaktion</translation>
    </message>
    <message>
        <source>Two-phase transaction</source>
        <translation>Zwei-Phasen-Transaktion</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>, end LSN %1</source>
        <translation>, End-LSN %1</translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation>, am %1</translation>
    </message>
    <message>
        <source>, GID %1</source>
        <translation>, GID %1</translation>
    </message>
    <message>
        <source>Keepalive</source>
        <translation>Keepalive</translation>
    </message>
    <message>
        <source>server WAL end %1, reply requested</source>
        <translation>WAL-Ende des Servers %1, Antwort angefordert</translation>
    </message>
    <message>
        <source>server WAL end %1</source>
        <translation>WAL-Ende des Servers %1</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <source>sent: write %1, flush %2, apply %3</source>
        <translation>gesendet: geschrieben %1, auf Platte %2, angewendet %3</translation>
    </message>
    <message>
        <source>sent (unreadable)</source>
        <translation>gesendet (unlesbar)</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>CopyData tag 0x%1, %2 bytes</source>
        <translation>CopyData-Tag 0x%1, %2 Bytes</translation>
    </message>
    <message>
        <source>Unknown message &apos;%1&apos;</source>
        <translation>Unbekannte Nachricht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>relation %1</source>
        <translation>Relation %1</translation>
    </message>
    <message>
        <source>cannot decode: %1</source>
        <translation>nicht dekodierbar: %1</translation>
    </message>
    <message>
        <source>xid %1, commit LSN %2</source>
        <translation>xid %1, Commit-LSN %2</translation>
    </message>
    <message>
        <source>commit LSN %1, end LSN %2</source>
        <translation>Commit-LSN %1, End-LSN %2</translation>
    </message>
    <message>
        <source>%1 (%2), replica identity %3</source>
        <translation>%1 (%2), Replikatidentität %3</translation>
    </message>
    <message>
        <source>type %1.%2 (oid %3)</source>
        <translation>Typ %1.%2 (OID %3)</translation>
    </message>
    <message>
        <source>origin %1 at %2</source>
        <translation>Ursprung %1 bei %2</translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n Relation</numerusform>
            <numerusform>%n Relationen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 message, prefix &quot;%2&quot;: %3</source>
        <translation>%1 Nachricht, Präfix „%2“: %3</translation>
    </message>
    <message>
        <source>transactional</source>
        <translation>Transaktionale</translation>
    </message>
    <message>
        <source>non-transactional</source>
        <translation>Nicht-transaktionale</translation>
    </message>
    <message>
        <source>xid %1%2</source>
        <translation>xid %1%2</translation>
    </message>
    <message>
        <source>, first segment</source>
        <translation>, erstes Segment</translation>
    </message>
    <message>
        <source>xid %1, commit LSN %2, end LSN %3</source>
        <translation>xid %1, Commit-LSN %2, End-LSN %3</translation>
    </message>
    <message>
        <source>xid %1 aborted</source>
        <translation>xid %1 abgebrochen</translation>
    </message>
    <message>
        <source>subtransaction %1 of xid %2 aborted</source>
        <translation>Subtransaktion %1 von xid %2 abgebrochen</translation>
    </message>
    <message>
        <source>GID %1, xid %2</source>
        <translation>GID %1, xid %2</translation>
    </message>
    <message>
        <source>GID %1, prepare LSN %2, end LSN %3</source>
        <translation>GID %1, Prepare-LSN %2, End-LSN %3</translation>
    </message>
    <message>
        <source>GID %1, end LSN %2</source>
        <translation>GID %1, End-LSN %2</translation>
    </message>
    <message>
        <source>[discarded by subtransaction abort] </source>
        <translation>[durch Abbruch der Subtransaktion verworfen] </translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>JSON lines (wal2json format-version 2)</source>
        <translation>JSON Lines (wal2json format-version 2)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>SQL statements</source>
        <translation>SQL-Anweisungen</translation>
    </message>
    <message>
        <source>Raw pgoutput (as pg_recvlogical -f writes)</source>
        <translation>Rohes pgoutput (wie von pg_recvlogical -f geschrieben)</translation>
    </message>
    <message>
        <source>pgcap capture</source>
        <translation>pgcap-Mitschnitt</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message numerus="yes">
        <source>Selected rows (%n event(s))</source>
        <translation>
            <numerusform>Ausgewählte Zeilen (%n Ereignis)</numerusform>
            <numerusform>Ausgewählte Zeilen (%n Ereignisse)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows the filter shows (%n event(s))</source>
        <translation>
            <numerusform>Vom Filter angezeigte Zeilen (%n Ereignis)</numerusform>
            <numerusform>Vom Filter angezeigte Zeilen (%n Ereignisse)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked rows (%n event(s))</source>
        <translation>
            <numerusform>Markierte Zeilen (%n Ereignis)</numerusform>
            <numerusform>Markierte Zeilen (%n Ereignisse)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything (%n event(s))</source>
        <translation>
            <numerusform>Alles (%n Ereignis)</numerusform>
            <numerusform>Alles (%n Ereignisse)</numerusform>
        </translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Ausgabe:</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>SQL-Dateien (*.sql)</translation>
    </message>
    <message>
        <source>pg_recvlogical output (*.bin)</source>
        <translation>pg_recvlogical-Ausgabe (*.bin)</translation>
    </message>
    <message>
        <source>Captures (*.pgcap)</source>
        <translation>Mitschnitte (*.pgcap)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 ist ein Ordner: bitte einen Dateinamen wählen.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::ExportProgress</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written to %1.</source>
        <translation>Export abgebrochen: in %1 wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>%n Datensatz in %1 geschrieben.</numerusform>
            <numerusform>%n Datensätze in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n change(s) this format cannot hold; the first because: %1</source>
        <translation>
            <numerusform>%n Änderung übersprungen, die dieses Format nicht aufnehmen kann; Grund: %1</numerusform>
            <numerusform>%n Änderungen übersprungen, die dieses Format nicht aufnehmen kann; Grund bei der ersten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation>Export läuft: %1 von %2…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::FilterBar</name>
    <message>
        <source>schema.table</source>
        <translation>schema.tabelle</translation>
    </message>
    <message>
        <source>Changes to tables whose name contains this</source>
        <translation>Änderungen an Tabellen, deren Name diesen Text enthält</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exakt</translation>
    </message>
    <message>
        <source>The whole name, case-sensitive: schema.table, or the table alone</source>
        <translation>Der vollständige Name, mit Beachtung der Groß-/Kleinschreibung: schema.tabelle oder nur die Tabelle</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Insert</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Truncate</source>
        <translation>Truncate</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Keepalive</source>
        <translation>Keepalive</translation>
    </message>
    <message>
        <source>I</source>
        <comment>Insert</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>U</source>
        <comment>Update</comment>
        <translation>U</translation>
    </message>
    <message>
        <source>D</source>
        <comment>Delete</comment>
        <translation>D</translation>
    </message>
    <message>
        <source>T</source>
        <comment>Truncate</comment>
        <translation>T</translation>
    </message>
    <message>
        <source>M</source>
        <comment>Message</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>K</source>
        <comment>Keepalive</comment>
        <translation>K</translation>
    </message>
    <message>
        <source>%1: show only the operations switched on (none: all)</source>
        <translation>%1: nur die eingeschalteten Operationen anzeigen (keine: alle)</translation>
    </message>
    <message>
        <source>xid</source>
        <translation>xid</translation>
    </message>
    <message>
        <source>Events of the transaction with this xid</source>
        <translation>Ereignisse der Transaktion mit dieser xid</translation>
    </message>
    <message>
        <source>LSN from</source>
        <translation>LSN von</translation>
    </message>
    <message>
        <source>Events at or after this LSN (X/Y)</source>
        <translation>Ereignisse bei oder nach dieser LSN (X/Y)</translation>
    </message>
    <message>
        <source>LSN to</source>
        <translation>LSN bis</translation>
    </message>
    <message>
        <source>Events at or before this LSN (X/Y)</source>
        <translation>Ereignisse bei oder vor dieser LSN (X/Y)</translation>
    </message>
    <message>
        <source>Text in values</source>
        <translation>Text in Werten</translation>
    </message>
    <message>
        <source>Changes with a column value containing this text (any case), messages whose prefix or content contains it, notices</source>
        <translation>Änderungen mit einem Spaltenwert, der diesen Text enthält (ohne Beachtung der Groß-/Kleinschreibung), Nachrichten, deren Präfix oder Inhalt ihn enthält, sowie Hinweise</translation>
    </message>
    <message>
        <source>Marked only</source>
        <translation>Nur markierte</translation>
    </message>
    <message>
        <source>Only the rows marked with Ctrl+M</source>
        <translation>Nur die mit Strg+M markierten Zeilen</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show every event</source>
        <translation>Alle Ereignisse anzeigen</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Nicht angewendet</translation>
    </message>
    <message>
        <source>A field in red does not parse: the list still shows the last filter that did</source>
        <translation>Ein rot markiertes Feld ist ungültig: die Liste zeigt weiterhin den letzten gültigen Filter</translation>
    </message>
    <message>
        <source>An xid is a whole number from 0 to 4294967295; &quot;%1&quot; is not one</source>
        <translation>Eine xid ist eine ganze Zahl von 0 bis 4294967295; „%1“ ist keine</translation>
    </message>
    <message>
        <source>Not an LSN (X/Y, two hex numbers): %1</source>
        <translation>Keine LSN (X/Y, zwei Hexadezimalzahlen): %1</translation>
    </message>
    <message>
        <source>The end %1 is before the start %2</source>
        <translation>Das Ende %1 liegt vor dem Anfang %2</translation>
    </message>
    <message>
        <source>Filtering… %1%</source>
        <translation>Filtern… %1 %</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::LsnPanel</name>
    <message>
        <source>Last received:</source>
        <translation>Zuletzt empfangen:</translation>
    </message>
    <message>
        <source>End of the last WAL data received from the server</source>
        <translation>Ende der zuletzt vom Server empfangenen WAL-Daten</translation>
    </message>
    <message>
        <source>Server WAL end:</source>
        <translation>WAL-Ende des Servers:</translation>
    </message>
    <message>
        <source>The server&apos;s current end of WAL, as reported in its keepalives</source>
        <translation>Das aktuelle WAL-Ende des Servers, wie in seinen Keepalives gemeldet</translation>
    </message>
    <message>
        <source>Last acknowledged:</source>
        <translation>Zuletzt bestätigt:</translation>
    </message>
    <message>
        <source>The flush position this inspector last sent to the server</source>
        <translation>Die Flush-Position, die dieses Werkzeug zuletzt an den Server gesendet hat</translation>
    </message>
    <message>
        <source>Slot confirmed flush:</source>
        <translation>Bestätigter Flush des Slots:</translation>
    </message>
    <message>
        <source>confirmed_flush_lsn of the slot: where the next session will start</source>
        <translation>confirmed_flush_lsn des Slots: hier beginnt die nächste Sitzung</translation>
    </message>
    <message>
        <source>Slot restart:</source>
        <translation>Neustartpunkt des Slots:</translation>
    </message>
    <message>
        <source>restart_lsn of the slot: the oldest WAL the server must keep for it</source>
        <translation>restart_lsn des Slots: das älteste WAL, das der Server für ihn aufbewahren muss</translation>
    </message>
    <message>
        <source>Since last ack:</source>
        <translation>Seit letzter Bestätigung:</translation>
    </message>
    <message>
        <source>Time since this inspector last sent a flush position</source>
        <translation>Zeit, seit dieses Werkzeug zuletzt eine Flush-Position gesendet hat</translation>
    </message>
    <message>
        <source>caught up</source>
        <translation>aufgeholt</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 im Rückstand</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>The server&apos;s WAL end has not moved for this long: the server is idle, or the inspector is paused and reads nothing, and then every lag here is measured against a WAL end the server has left behind</source>
        <translation>So lange hat sich das WAL-Ende des Servers nicht bewegt: der Server ist untätig, oder dieses Werkzeug ist angehalten und liest nichts; dann wird jeder Rückstand hier an einem WAL-Ende gemessen, das der Server längst hinter sich gelassen hat</translation>
    </message>
    <message>
        <source>unchanged for %1</source>
        <translation>seit %1 unverändert</translation>
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
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About pgrepl-inspector</source>
        <translation>Ü&amp;ber pgrepl-inspector</translation>
    </message>
    <message>
        <source>About pgrepl-inspector</source>
        <translation>Über pgrepl-inspector</translation>
    </message>
    <message>
        <source>&lt;h3&gt;pgrepl-inspector %1&lt;/h3&gt;&lt;p&gt;An inspector for PostgreSQL logical replication slots.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;pgrepl-inspector %1&lt;/h3&gt;&lt;p&gt;Ein Werkzeug zur Untersuchung logischer Replikationsslots von PostgreSQL.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Inspect PostgreSQL logical replication slots: every pgoutput message, transaction and keepalive, with names and types on every column.

Connect to a server (Ctrl+K) or open a capture (Ctrl+O).</source>
        <translation>Logische Replikationsslots von PostgreSQL untersuchen: jede pgoutput-Nachricht, jede Transaktion und jedes Keepalive, mit Namen und Typ für jede Spalte.

Verbinden Sie sich mit einem Server (Strg+K) oder öffnen Sie einen Mitschnitt (Strg+O).</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>S&amp;tep to next transaction</source>
        <translation>Zur nächsten Transaktion &amp;springen</translation>
    </message>
    <message>
        <source>&amp;Acknowledge to selected…</source>
        <translation>Bis zur Auswahl &amp;bestätigen…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Ack &amp;manually</source>
        <translation>&amp;Manuell bestätigen</translation>
    </message>
    <message>
        <source>Ack &amp;automatically</source>
        <translation>&amp;Automatisch bestätigen</translation>
    </message>
    <message>
        <source>&amp;Never ack (peek)</source>
        <translation>&amp;Nie bestätigen (nur ansehen)</translation>
    </message>
    <message>
        <source>&amp;Open capture…</source>
        <translation>Mitschnitt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save capture…</source>
        <translation>Mitschnitt &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Hide keepalives and status updates</source>
        <translation>Keepalives und Statusmeldungen &amp;ausblenden</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Hide keepalives</source>
        <translation>Keepalives ausblenden</translation>
    </message>
    <message>
        <source>&amp;Follow live tail</source>
        <translation>Neuesten Ereignissen &amp;folgen</translation>
    </message>
    <message>
        <source>&amp;Go to LSN or xid…</source>
        <translation>&amp;Gehe zu LSN oder xid…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source> Ack: </source>
        <translation> Bestätigung: </translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>LSN progress</source>
        <translation>LSN-Fortschritt</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>System identifier %1</source>
        <translation>Systemkennung %1</translation>
    </message>
    <message>
        <source>Slot %1 (temporary copy)</source>
        <translation>Slot %1 (temporäre Kopie)</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>Streaming from a temporary copy: acknowledging moves only the copy, the original slot is left untouched.</source>
        <translation>Streaming aus einer temporären Kopie: Bestätigungen bewegen nur die Kopie, der ursprüngliche Slot bleibt unverändert.</translation>
    </message>
    <message>
        <source>%1 — pgrepl-inspector</source>
        <translation>%1 — pgrepl-inspector</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>No TLS</source>
        <translation>Kein TLS</translation>
    </message>
    <message>
        <source>Auth: %1</source>
        <translation>Auth.: %1</translation>
    </message>
    <message>
        <source>Ack: %1</source>
        <translation>Bestätigung: %1</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Erneut verbinden</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Send &amp;heartbeat</source>
        <translation>&amp;Heartbeat senden</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Heartbeat</translation>
    </message>
    <message>
        <source>Writes a small logical message on the server, so that an idle slot has WAL to move to</source>
        <translation>Schreibt eine kleine logische Nachricht auf dem Server, damit ein untätiger Slot WAL hat, bis zu dem er vorrücken kann</translation>
    </message>
    <message>
        <source>S&amp;lots…</source>
        <translation>S&amp;lots…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Mark or unmark</source>
        <translation>&amp;Markierung setzen oder entfernen</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Next mark</source>
        <translation>Nächste Markierung</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Previous mark</source>
        <translation>Vorherige Markierung</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Slots…</source>
        <translation>Slots…</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>F&amp;ilter…</translation>
    </message>
    <message>
        <source>No marks: mark rows with Ctrl+M.</source>
        <translation>Keine Markierungen: Zeilen mit Strg+M markieren.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The language changes the next time pgrepl-inspector starts.</source>
        <translation>Die Sprache wird beim nächsten Start von pgrepl-inspector umgestellt.</translation>
    </message>
    <message>
        <source>Select a row to see its fields</source>
        <translation>Wählen Sie eine Zeile, um ihre Felder zu sehen</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::PasswordStore</name>
    <message>
        <source>No keychain is available on this system, so passwords are not saved.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar, daher werden Passwörter nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::RateGraph</name>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>-%1 s</source>
        <translation>-%1 s</translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation>Nachrichten/s</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>Bytes/s</translation>
    </message>
    <message>
        <source>↑ earlier peak %1 messages/s</source>
        <translation>↑ früherer Spitzenwert %1 Nachrichten/s</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::SlotManagerDialog</name>
    <message>
        <source>none reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (%2 behind sent)</source>
        <translation>%1 (%2 hinter der gesendeten Position)</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Prepared transaction</source>
        <translation>Vorbereitete Transaktion</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Standby feedback</source>
        <translation>Standby-Feedback</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Create replication slot</source>
        <translation>Replikationsslot anlegen</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _</source>
        <translation>Kleinbuchstaben, Ziffern und _</translation>
    </message>
    <message>
        <source>Decode prepared transactions (two-phase; cannot be turned off later)</source>
        <translation>Vorbereitete Transaktionen dekodieren (Zwei-Phasen-Commit; lässt sich später nicht abschalten)</translation>
    </message>
    <message>
        <source>Slot name:</source>
        <translation>Slotname:</translation>
    </message>
    <message>
        <source>Output plugin:</source>
        <translation>Ausgabe-Plugin:</translation>
    </message>
    <message>
        <source>Copy replication slot &quot;%1&quot;</source>
        <translation>Replikationsslot „%1“ kopieren</translation>
    </message>
    <message>
        <source>Temporary (dropped when the slot manager disconnects)</source>
        <translation>Temporär (wird gelöscht, wenn die Slotverwaltung die Verbindung trennt)</translation>
    </message>
    <message>
        <source>New slot name:</source>
        <translation>Neuer Slotname:</translation>
    </message>
    <message>
        <source>Replication slots</source>
        <translation>Replikationsslots</translation>
    </message>
    <message>
        <source>Select a slot and press &quot;Why is this slot stuck?&quot;</source>
        <translation>Wählen Sie einen Slot und klicken Sie auf „Warum rückt dieser Slot nicht vor?“</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>A&amp;nlegen…</translation>
    </message>
    <message>
        <source>C&amp;opy…</source>
        <translation>&amp;Kopieren…</translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Why is this slot stuck?</source>
        <translation>&amp;Warum rückt dieser Slot nicht vor?</translation>
    </message>
    <message>
        <source>&amp;Inspect this slot</source>
        <translation>Diesen Slot &amp;untersuchen</translation>
    </message>
    <message>
        <source>through a temporary copy</source>
        <translation>über eine temporäre Kopie</translation>
    </message>
    <message>
        <source>Stream from a temporary copy, so that the slot itself does not move. On by default when someone else reads the slot.</source>
        <translation>Aus einer temporären Kopie streamen, damit der Slot selbst nicht vorrückt. Standardmäßig eingeschaltet, wenn jemand anderes den Slot liest.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s); max_slot_wal_keep_size is unlimited</source>
        <translation>
            <numerusform>%n Slot; max_slot_wal_keep_size ist unbegrenzt</numerusform>
            <numerusform>%n Slots; max_slot_wal_keep_size ist unbegrenzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s); max_slot_wal_keep_size is %1</source>
        <translation>
            <numerusform>%n Slot; max_slot_wal_keep_size ist %1</numerusform>
            <numerusform>%n Slots; max_slot_wal_keep_size ist %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Two-phase slot</source>
        <translation>Zwei-Phasen-Slot</translation>
    </message>
    <message>
        <source>Slot &quot;%1&quot; will decode prepared transactions at PREPARE time. This cannot be turned off for the slot later. Create it?</source>
        <translation>Slot „%1“ wird vorbereitete Transaktionen schon bei PREPARE dekodieren. Das lässt sich für den Slot später nicht mehr abschalten. Anlegen?</translation>
    </message>
    <message>
        <source>Creating slot &quot;%1&quot; (this waits for running transactions to finish)…</source>
        <translation>Slot „%1“ wird angelegt (dabei wird auf das Ende laufender Transaktionen gewartet)…</translation>
    </message>
    <message>
        <source>Copying slot &quot;%1&quot;…</source>
        <translation>Slot „%1“ wird kopiert…</translation>
    </message>
    <message>
        <source>Drop replication slot &quot;%1&quot;?</source>
        <translation>Replikationsslot „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its confirmed position (confirmed_flush_lsn %1) is lost for good.</source>
        <translation>Seine bestätigte Position (confirmed_flush_lsn %1) geht endgültig verloren.</translation>
    </message>
    <message>
        <source>Its position is lost for good.</source>
        <translation>Seine Position geht endgültig verloren.</translation>
    </message>
    <message>
        <source>The %1 of WAL it retains (from restart_lsn %2) is released: changes its consumer has not received yet will never be delivered to it.</source>
        <translation>Die %1 WAL, die er zurückhält (ab restart_lsn %2), werden freigegeben: Änderungen, die sein Konsument noch nicht empfangen hat, werden ihm nie mehr zugestellt.</translation>
    </message>
    <message>
        <source>The WAL it retains is released: changes its consumer has not received yet will never be delivered to it.</source>
        <translation>Das von ihm zurückgehaltene WAL wird freigegeben: Änderungen, die sein Konsument noch nicht empfangen hat, werden ihm nie mehr zugestellt.</translation>
    </message>
    <message>
        <source>It is in use right now (pid %1): the server refuses to drop an active slot; once the consumer stops, it fails when it connects again.</source>
        <translation>Er wird gerade verwendet (PID %1): der Server lehnt das Löschen eines aktiven Slots ab; nachdem der Konsument angehalten hat, schlägt seine nächste Verbindung fehl.</translation>
    </message>
    <message>
        <source>A consumer that uses this slot fails when it connects again.</source>
        <translation>Ein Konsument, der diesen Slot verwendet, scheitert bei seiner nächsten Verbindung.</translation>
    </message>
    <message>
        <source>Drop replication slot</source>
        <translation>Replikationsslot löschen</translation>
    </message>
    <message>
        <source>Dropping slot &quot;%1&quot;…</source>
        <translation>Slot „%1“ wird gelöscht…</translation>
    </message>
    <message>
        <source>Diagnosing slot &quot;%1&quot;…</source>
        <translation>Slot „%1“ wird diagnostiziert…</translation>
    </message>
    <message>
        <source>Diagnosed slot &quot;%1&quot;</source>
        <translation>Slot „%1“ diagnostiziert</translation>
    </message>
    <message>
        <source>Slot &quot;%1&quot;</source>
        <translation>Slot „%1“</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Konsument</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Clientadresse</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>lokaler Socket</translation>
    </message>
    <message>
        <source>Walsender pid</source>
        <translation>walsender-PID</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Sync-Zustand</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben (write)</translation>
    </message>
    <message>
        <source>Flushed (confirmed)</source>
        <translation>Auf Platte (flush, bestätigt)</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>Eingespielt (replay)</translation>
    </message>
    <message>
        <source>Write lag</source>
        <translation>Verzögerung (write)</translation>
    </message>
    <message>
        <source>Flush lag</source>
        <translation>Verzögerung (flush)</translation>
    </message>
    <message>
        <source>Replay lag</source>
        <translation>Verzögerung (replay)</translation>
    </message>
    <message>
        <source>No consumer connected; inactive for %1.</source>
        <translation>Kein Konsument verbunden; seit %1 inaktiv.</translation>
    </message>
    <message>
        <source>No consumer connected.</source>
        <translation>Kein Konsument verbunden.</translation>
    </message>
    <message>
        <source>No consumer connected (the server says since when only from PostgreSQL 17).</source>
        <translation>Kein Konsument verbunden (seit wann, meldet der Server erst ab PostgreSQL 17).</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>WAL status</source>
        <translation>WAL-Status</translation>
    </message>
    <message>
        <source>Current WAL position</source>
        <translation>Aktuelle WAL-Position</translation>
    </message>
    <message>
        <source>Retained WAL</source>
        <translation>Zurückgehaltenes WAL</translation>
    </message>
    <message>
        <source>Safe WAL size</source>
        <translation>Sichere WAL-Größe</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (Alter %2)</translation>
    </message>
    <message>
        <source>Decoding counters (pg_stat_replication_slots)</source>
        <translation>Dekodierungszähler (pg_stat_replication_slots)</translation>
    </message>
    <message>
        <source>Spilled to disk</source>
        <translation>Auf Platte ausgelagert</translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation>Gestreamt</translation>
    </message>
    <message>
        <source>Decoded in total</source>
        <translation>Insgesamt dekodiert</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>never reset</source>
        <translation>nie zurückgesetzt</translation>
    </message>
    <message>
        <source>Not available before PostgreSQL 14.</source>
        <translation>Erst ab PostgreSQL 14 verfügbar.</translation>
    </message>
    <message>
        <source>No statistics for this slot yet.</source>
        <translation>Noch keine Statistik für diesen Slot.</translation>
    </message>
    <message>
        <source>What holds back xmin and catalog_xmin (oldest first)</source>
        <translation>Was xmin und catalog_xmin zurückhält (älteste zuerst)</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Nichts.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Hält</translation>
    </message>
    <message>
        <source>Age (xids)</source>
        <translation>Alter (xids)</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Offen seit</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>pid %1 %2</source>
        <translation>PID %1 %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The consumer has received up to %1 but confirmed only up to %2: the slot moves on only as far as its consumer confirms</source>
        <translation>Der Konsument hat bis %1 empfangen, aber nur bis %2 bestätigt: Der Slot rückt nur so weit vor, wie sein Konsument bestätigt</translation>
    </message>
    <message>
        <source>Held by pid %1, which has no pg_stat_replication row.</source>
        <extracomment>%1 is a process ID.</extracomment>
        <translation>Belegt von PID %1, für die es keine Zeile in pg_stat_replication gibt.</translation>
    </message>
    <message>
        <source>Held by pid %1, which is not visible in pg_stat_activity and has no pg_stat_replication row.</source>
        <extracomment>%1 is a process ID.</extracomment>
        <translation>Belegt von PID %1, die in pg_stat_activity nicht sichtbar ist und für die es keine Zeile in pg_stat_replication gibt.</translation>
    </message>
    <message>
        <source>Held by pid %1 (%2, application &quot;%3&quot;, state unknown), which has no pg_stat_replication row. Its query: %4</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 the query it runs.</extracomment>
        <translation>Belegt von PID %1 (%2, Anwendung „%3“, Zustand unbekannt), für die es keine Zeile in pg_stat_replication gibt. Abfrage: %4</translation>
    </message>
    <message>
        <source>Held by pid %1 (%2, application &quot;%3&quot;, state %4), which has no pg_stat_replication row. Its query: %5</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 its state as the server names it (active, idle in transaction, ...), %5 the query it runs.</extracomment>
        <translation>Belegt von PID %1 (%2, Anwendung „%3“, Zustand %4), für die es keine Zeile in pg_stat_replication gibt. Abfrage: %5</translation>
    </message>
    <message numerus="yes">
        <source>%n transactions, %1</source>
        <extracomment>%n is a number of transactions, %1 a size such as &quot;1.5 MiB&quot;.</extracomment>
        <translation>
            <numerusform>%n Transaktion, %1</numerusform>
            <numerusform>%n Transaktionen, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Spill operations</source>
        <translation>Auslagerungsvorgänge</translation>
    </message>
    <message>
        <source>Stream operations</source>
        <translation>Streaming-Vorgänge</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::SlotTableModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>Plugin</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Active PID</source>
        <translation>Aktive PID</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporär</translation>
    </message>
    <message>
        <source>Two-phase</source>
        <translation>Zwei-Phasen</translation>
    </message>
    <message>
        <source>WAL status</source>
        <translation>WAL-Status</translation>
    </message>
    <message>
        <source>Safe WAL size</source>
        <translation>Sichere WAL-Größe</translation>
    </message>
    <message>
        <source>Retained WAL</source>
        <translation>Zurückgehaltenes WAL</translation>
    </message>
</context>
</TS>
