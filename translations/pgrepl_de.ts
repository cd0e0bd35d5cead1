<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CommandLine</name>
    <message>
        <source>--lang needs a language code, such as de or fr</source>
        <translation>--lang braucht einen Sprachcode, etwa de oder fr</translation>
    </message>
    <message>
        <source>unknown argument &quot;%1&quot;; try --help</source>
        <translation>unbekanntes Argument „%1“; siehe --help</translation>
    </message>
    <message>
        <source>Usage: %1 [options]

Inspect PostgreSQL logical replication slots (pgoutput).

Options:
  -h, --help        Show this help and exit.
  -v, --version     Show the version and exit.
  --lang CODE       Use this language (for example de, fr) instead of the
                    system locale.

Exit codes: 0 success, 2 bad command line.
</source>
        <translation>Aufruf: %1 [Optionen]

Untersucht logische Replikationsslots von PostgreSQL (pgoutput).

Optionen:
  -h, --help        Diese Hilfe zeigen und beenden.
  -v, --version     Die Version zeigen und beenden.
  --lang CODE       Diese Sprache verwenden (etwa de, fr) statt der
                    Systemsprache.

Exit-Codes: 0 Erfolg, 2 fehlerhafte Befehlszeile.
</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::MainWindow</name>
    <message>
        <source>pgrepl-inspector</source>
        <translation>pgrepl-inspector</translation>
    </message>
    <message>
        <source>Inspect PostgreSQL logical replication slots: every pgoutput message, transaction and keepalive, with names and types on every column.</source>
        <translation>Logische Replikationsslots von PostgreSQL untersuchen: jede pgoutput-Nachricht, jede Transaktion und jedes Keepalive, mit Namen und Typ für jede Spalte.</translation>
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
</context>
</TS>
