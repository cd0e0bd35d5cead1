<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>CommandLine</name>
    <message>
        <source>--lang needs a language code, such as de or fr</source>
        <translation>--lang attend un code de langue, par exemple de ou fr</translation>
    </message>
    <message>
        <source>unknown argument &quot;%1&quot;; try --help</source>
        <translation>argument inconnu « %1 » ; voir --help</translation>
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
        <translation>Utilisation : %1 [options]

Inspecte les slots de réplication logique de PostgreSQL (pgoutput).

Options :
  -h, --help        Afficher cette aide et quitter.
  -v, --version     Afficher la version et quitter.
  --lang CODE       Utiliser cette langue (par exemple de, fr) au lieu de
                    celle du système.

Codes de sortie : 0 succès, 2 ligne de commande incorrecte.
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
        <translation>Inspecter les slots de réplication logique de PostgreSQL : chaque message pgoutput, chaque transaction et chaque keepalive, avec le nom et le type de chaque colonne.</translation>
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
</context>
</TS>
