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
        <translation>%1 attend une valeur</translation>
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
        <translation>Utilisation : %1 [options] [FICHIER]

Inspecter les slots de réplication logique de PostgreSQL (pgoutput).

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
    <name>pgrepl::app::InspectorController</name>
    <message>
        <source>Acknowledged up to %1</source>
        <translation>Acquitté jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Streaming</source>
        <translation>Réception en flux</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Open capture</source>
        <translation>Ouvrir une capture</translation>
    </message>
    <message>
        <source>Captures (*.pgcap);;All files (*)</source>
        <translation>Captures (*.pgcap);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save capture</source>
        <translation>Enregistrer la capture</translation>
    </message>
    <message>
        <source>Captures (*.pgcap)</source>
        <translation>Captures (*.pgcap)</translation>
    </message>
    <message>
        <source>Connection string</source>
        <translation>Chaîne de connexion</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Non chiffré</translation>
    </message>
    <message>
        <source>Replication session</source>
        <translation>Session de réplication</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Arrêté : %1</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Déconnecté : %1</translation>
    </message>
    <message>
        <source>the temporary copy &quot;%1&quot; (the original slot &quot;%2&quot; does not move)</source>
        <translation>la copie temporaire « %1 » (le slot d&apos;origine « %2 » n&apos;avance pas)</translation>
    </message>
    <message>
        <source>slot &quot;%1&quot;</source>
        <translation>le slot « %1 »</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Acknowledge up to %1 (end of transaction %2)?

The server will consider everything up to there consumed by %3 and may remove the WAL it no longer needs. This cannot be undone.</source>
        <translation>Acquitter jusqu&apos;à %1 (fin de la transaction %2) ?

Le serveur considérera tout ce qui précède comme consommé par %3 et pourra supprimer les WAL dont il n&apos;a plus besoin. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>Impossible d&apos;ouvrir %1 :
%2</translation>
    </message>
    <message>
        <source>Capture %1</source>
        <translation>Capture %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n event(s) to %1</source>
        <translation>
            <numerusform>%n événement enregistré dans %1</numerusform>
            <numerusform>%n événements enregistrés dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pgrepl::ui</name>
    <message>
        <source>unchanged TOAST value (not sent)</source>
        <translation>valeur TOAST inchangée (non envoyée)</translation>
    </message>
    <message>
        <source>not sent: not part of the replica identity</source>
        <translation>non envoyée : ne fait pas partie de l&apos;identité de réplica</translation>
    </message>
    <message>
        <source>%1   (binary)</source>
        <translation>%1   (binaire)</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source> (key)</source>
        <translation> (clé)</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>type %1</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::BytesView</name>
    <message>
        <source>No bytes</source>
        <translation>Aucun octet</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::ConnectDialog</name>
    <message>
        <source>Connect to a replication slot</source>
        <translation>Se connecter à un slot de réplication</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>A postgresql:// URI or key=value string, as psql takes it. PG* environment variables and ~/.pgpass fill in what it leaves out.</source>
        <translation>Une URI postgresql:// ou une chaîne key=value, comme celles qu&apos;accepte psql. Les variables d&apos;environnement PG* et ~/.pgpass complètent ce qu&apos;elle omet.</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>Slot :</translation>
    </message>
    <message>
        <source>one or more, separated by commas</source>
        <translation>une ou plusieurs, séparées par des virgules</translation>
    </message>
    <message>
        <source>Publications:</source>
        <translation>Publications :</translation>
    </message>
    <message>
        <source>from the slot&apos;s confirmed position</source>
        <translation>depuis la position confirmée du slot</translation>
    </message>
    <message>
        <source>Start LSN:</source>
        <translation>LSN de départ :</translation>
    </message>
    <message>
        <source>Inspect a temporary copy of the slot (the real slot is left untouched)</source>
        <translation>Inspecter une copie temporaire du slot (le vrai slot reste intact)</translation>
    </message>
    <message>
        <source>Manual: only what I acknowledge</source>
        <translation>Manuel : seulement ce que j&apos;acquitte</translation>
    </message>
    <message>
        <source>Auto: each transaction once shown</source>
        <translation>Automatique : chaque transaction, une fois affichée</translation>
    </message>
    <message>
        <source>Never (peek): the slot never moves</source>
        <translation>Jamais (consultation) : le slot n&apos;avance jamais</translation>
    </message>
    <message>
        <source>Acknowledge:</source>
        <translation>Acquittement :</translation>
    </message>
    <message>
        <source>pgoutput options</source>
        <translation>Options de pgoutput</translation>
    </message>
    <message>
        <source>Automatic (from server version)</source>
        <translation>Automatique (selon la version du serveur)</translation>
    </message>
    <message>
        <source>Protocol version:</source>
        <translation>Version du protocole :</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>on (PostgreSQL 14+)</source>
        <translation>on (PostgreSQL 14 ou plus)</translation>
    </message>
    <message>
        <source>parallel (PostgreSQL 16+)</source>
        <translation>parallel (PostgreSQL 16 ou plus)</translation>
    </message>
    <message>
        <source>Streaming:</source>
        <translation>Streaming :</translation>
    </message>
    <message>
        <source>Binary values</source>
        <translation>Valeurs binaires</translation>
    </message>
    <message>
        <source>Logical messages</source>
        <translation>Messages logiques</translation>
    </message>
    <message>
        <source>Two-phase (turns it on for the slot for good)</source>
        <translation>Validation en deux phases (activée définitivement pour le slot)</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>valeur par défaut du serveur</translation>
    </message>
    <message>
        <source>Origin (PostgreSQL 16+):</source>
        <translation>Origine (PostgreSQL 16 ou plus) :</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Name the slot to inspect.</source>
        <translation>Indiquez le slot à inspecter.</translation>
    </message>
    <message>
        <source>pgoutput needs at least one publication.</source>
        <translation>pgoutput nécessite au moins une publication.</translation>
    </message>
    <message>
        <source>Turn on two-phase?</source>
        <translation>Activer la validation en deux phases ?</translation>
    </message>
    <message>
        <source>Streaming with two_phase turns two-phase decoding on for slot &quot;%1&quot; for good. Its owner&apos;s consumer will then receive prepared transactions too. Go on?</source>
        <translation>Le streaming avec two_phase active définitivement le décodage en deux phases pour le slot « %1 ». Le consommateur habituel de ce slot recevra alors aussi les transactions préparées. Continuer ?</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::DetailsBuilder</name>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
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
        <translation>LSN de validation</translation>
    </message>
    <message>
        <source>End LSN</source>
        <translation>LSN de fin</translation>
    </message>
    <message>
        <source>Commit time</source>
        <translation>Heure de validation</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>the stream ended before this transaction did</source>
        <translation>le flux s&apos;est terminé avant cette transaction</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>reçu le %1</translation>
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
        <translation>heure du serveur</translation>
    </message>
    <message>
        <source>payload bytes</source>
        <translation>octets de charge utile</translation>
    </message>
    <message>
        <source>Standby status update (sent)</source>
        <translation>Mise à jour d&apos;état du standby (envoyée)</translation>
    </message>
    <message>
        <source>write</source>
        <translation>écrit (write)</translation>
    </message>
    <message>
        <source>flush</source>
        <translation>sur disque (flush)</translation>
    </message>
    <message>
        <source>0/0 (not reported)</source>
        <translation>0/0 (non signalé)</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>appliqué (apply)</translation>
    </message>
    <message>
        <source>client time</source>
        <translation>heure du client</translation>
    </message>
    <message>
        <source>reply requested</source>
        <translation>réponse demandée</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Primary keepalive</source>
        <translation>Keepalive du primaire</translation>
    </message>
    <message>
        <source>server WAL end</source>
        <translation>fin du WAL du serveur</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Decoding failed</source>
        <translation>Échec du décodage</translation>
    </message>
    <message>
        <source>xid</source>
        <translation>xid</translation>
    </message>
    <message>
        <source>final (commit) LSN</source>
        <translation>LSN final (de validation)</translation>
    </message>
    <message>
        <source>commit time</source>
        <translation>heure de validation</translation>
    </message>
    <message>
        <source>flags</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <source>commit LSN</source>
        <translation>LSN de validation</translation>
    </message>
    <message>
        <source>end LSN</source>
        <translation>LSN de fin</translation>
    </message>
    <message>
        <source>origin commit LSN</source>
        <translation>LSN de validation à l&apos;origine</translation>
    </message>
    <message>
        <source>origin name</source>
        <translation>nom de l&apos;origine</translation>
    </message>
    <message>
        <source>relation OID</source>
        <translation>OID de la relation</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>replica identity</source>
        <translation>identité de réplica</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>colonnes</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>type OID</source>
        <translation>OID du type</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>relation</translation>
    </message>
    <message>
        <source>transactional</source>
        <translation>transactionnel</translation>
    </message>
    <message>
        <source>LSN</source>
        <translation>LSN</translation>
    </message>
    <message>
        <source>prefix</source>
        <translation>préfixe</translation>
    </message>
    <message>
        <source>content</source>
        <translation>contenu</translation>
    </message>
    <message>
        <source>first segment</source>
        <translation>premier segment</translation>
    </message>
    <message>
        <source>subtransaction xid</source>
        <translation>xid de la sous-transaction</translation>
    </message>
    <message>
        <source>abort LSN</source>
        <translation>LSN d&apos;annulation</translation>
    </message>
    <message>
        <source>prepare LSN</source>
        <translation>LSN de préparation</translation>
    </message>
    <message>
        <source>prepare time</source>
        <translation>heure de préparation</translation>
    </message>
    <message>
        <source>prepare end LSN</source>
        <translation>LSN de fin de préparation</translation>
    </message>
    <message>
        <source>rollback end LSN</source>
        <translation>LSN de fin d&apos;annulation</translation>
    </message>
    <message>
        <source>OID %1 (not announced)</source>
        <translation>OID %1 (non annoncée)</translation>
    </message>
    <message>
        <source>old key (&apos;K&apos;)</source>
        <translation>ancienne clé (&apos;K&apos;)</translation>
    </message>
    <message>
        <source>old row (&apos;O&apos;)</source>
        <translation>ancienne ligne (&apos;O&apos;)</translation>
    </message>
    <message>
        <source>new row (&apos;N&apos;)</source>
        <translation>nouvelle ligne (&apos;N&apos;)</translation>
    </message>
    <message>
        <source>note</source>
        <translation>remarque</translation>
    </message>
    <message>
        <source>discarded: its subtransaction was aborted</source>
        <translation>ignoré : sa sous-transaction a été annulée</translation>
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
        <translation>Reçu</translation>
    </message>
    <message>
        <source>LSN</source>
        <translation>LSN</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
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
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Streamed transaction</source>
        <translation>Transaction en flux</translation>
    </message>
    <message>
        <source>Two-phase transaction</source>
        <translation>Transaction en deux phases</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n modification</numerusform>
            <numerusform>%n modifications</numerusform>
        </translation>
    </message>
    <message>
        <source>, end LSN %1</source>
        <translation>, LSN de fin %1</translation>
    </message>
    <message>
        <source>, at %1</source>
        <translation>, le %1</translation>
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
        <translation>fin du WAL du serveur %1, réponse demandée</translation>
    </message>
    <message>
        <source>server WAL end %1</source>
        <translation>fin du WAL du serveur %1</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Mise à jour d&apos;état</translation>
    </message>
    <message>
        <source>sent: write %1, flush %2, apply %3</source>
        <translation>envoyée : écrit %1, sur disque %2, appliqué %3</translation>
    </message>
    <message>
        <source>sent (unreadable)</source>
        <translation>envoyée (illisible)</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lacune</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>CopyData tag 0x%1, %2 bytes</source>
        <translation>CopyData, étiquette 0x%1, %2 octets</translation>
    </message>
    <message>
        <source>Unknown message &apos;%1&apos;</source>
        <translation>Message inconnu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>relation %1</source>
        <translation>relation %1</translation>
    </message>
    <message>
        <source>cannot decode: %1</source>
        <translation>décodage impossible : %1</translation>
    </message>
    <message>
        <source>xid %1, commit LSN %2</source>
        <translation>xid %1, LSN de validation %2</translation>
    </message>
    <message>
        <source>commit LSN %1, end LSN %2</source>
        <translation>LSN de validation %1, LSN de fin %2</translation>
    </message>
    <message>
        <source>%1 (%2), replica identity %3</source>
        <translation>%1 (%2), identité de réplica %3</translation>
    </message>
    <message>
        <source>type %1.%2 (oid %3)</source>
        <translation>type %1.%2 (OID %3)</translation>
    </message>
    <message>
        <source>origin %1 at %2</source>
        <translation>origine %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n relation(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relations</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 message, prefix &quot;%2&quot;: %3</source>
        <translation>Message %1, préfixe « %2 » : %3</translation>
    </message>
    <message>
        <source>transactional</source>
        <translation>transactionnel</translation>
    </message>
    <message>
        <source>non-transactional</source>
        <translation>non transactionnel</translation>
    </message>
    <message>
        <source>xid %1%2</source>
        <translation>xid %1%2</translation>
    </message>
    <message>
        <source>, first segment</source>
        <translation>, premier segment</translation>
    </message>
    <message>
        <source>xid %1, commit LSN %2, end LSN %3</source>
        <translation>xid %1, LSN de validation %2, LSN de fin %3</translation>
    </message>
    <message>
        <source>xid %1 aborted</source>
        <translation>xid %1 annulée</translation>
    </message>
    <message>
        <source>subtransaction %1 of xid %2 aborted</source>
        <translation>sous-transaction %1 (xid %2) annulée</translation>
    </message>
    <message>
        <source>GID %1, xid %2</source>
        <translation>GID %1, xid %2</translation>
    </message>
    <message>
        <source>GID %1, prepare LSN %2, end LSN %3</source>
        <translation>GID %1, LSN de préparation %2, LSN de fin %3</translation>
    </message>
    <message>
        <source>GID %1, end LSN %2</source>
        <translation>GID %1, LSN de fin %2</translation>
    </message>
    <message>
        <source>[discarded by subtransaction abort] </source>
        <translation>[ignoré suite à l&apos;annulation de la sous-transaction] </translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::Format</name>
    <message>
        <source>%1%2 B</source>
        <translation>%1%2 o</translation>
    </message>
    <message>
        <source>%1%2 KiB</source>
        <translation>%1%2 Kio</translation>
    </message>
    <message>
        <source>%1%2 MiB</source>
        <translation>%1%2 Mio</translation>
    </message>
    <message>
        <source>%1%2 GiB</source>
        <translation>%1%2 Gio</translation>
    </message>
    <message>
        <source>%1%2 TiB</source>
        <translation>%1%2 Tio</translation>
    </message>
    <message>
        <source>%1%2 PiB</source>
        <translation>%1%2 Pio</translation>
    </message>
    <message>
        <source>%1%2 EiB</source>
        <translation>%1%2 Eio</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::LsnPanel</name>
    <message>
        <source>Last received:</source>
        <translation>Dernière réception :</translation>
    </message>
    <message>
        <source>End of the last WAL data received from the server</source>
        <translation>Fin des dernières données WAL reçues du serveur</translation>
    </message>
    <message>
        <source>Server WAL end:</source>
        <translation>Fin du WAL du serveur :</translation>
    </message>
    <message>
        <source>The server&apos;s current end of WAL, as reported in its keepalives</source>
        <translation>Fin actuelle du WAL du serveur, telle qu&apos;indiquée dans ses keepalives</translation>
    </message>
    <message>
        <source>Last acknowledged:</source>
        <translation>Dernier acquittement :</translation>
    </message>
    <message>
        <source>The flush position this inspector last sent to the server</source>
        <translation>La dernière position de flush envoyée au serveur par cet inspecteur</translation>
    </message>
    <message>
        <source>Slot confirmed flush:</source>
        <translation>Flush confirmé du slot :</translation>
    </message>
    <message>
        <source>confirmed_flush_lsn of the slot: where the next session will start</source>
        <translation>confirmed_flush_lsn du slot : là où commencera la prochaine session</translation>
    </message>
    <message>
        <source>Slot restart:</source>
        <translation>Point de redémarrage du slot :</translation>
    </message>
    <message>
        <source>restart_lsn of the slot: the oldest WAL the server must keep for it</source>
        <translation>restart_lsn du slot : le plus ancien WAL que le serveur doit conserver pour lui</translation>
    </message>
    <message>
        <source>Since last ack:</source>
        <translation>Depuis le dernier acquittement :</translation>
    </message>
    <message>
        <source>Time since this inspector last sent a flush position</source>
        <translation>Temps écoulé depuis le dernier envoi d&apos;une position de flush par cet inspecteur</translation>
    </message>
    <message>
        <source>caught up</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 de retard</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
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
        <translation>Inspecter les slots de réplication logique de PostgreSQL : chaque message pgoutput, chaque transaction et chaque keepalive, avec le nom et le type de chaque colonne.

Connectez-vous à un serveur (Ctrl+K) ou ouvrez une capture (Ctrl+O).</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
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
        <translation>Aller à la &amp;transaction suivante</translation>
    </message>
    <message>
        <source>&amp;Acknowledge to selected…</source>
        <translation>&amp;Acquitter jusqu&apos;à la sélection…</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Ack &amp;manually</source>
        <translation>Acquitter &amp;manuellement</translation>
    </message>
    <message>
        <source>Ack &amp;automatically</source>
        <translation>Acquitter a&amp;utomatiquement</translation>
    </message>
    <message>
        <source>&amp;Never ack (peek)</source>
        <translation>&amp;Ne jamais acquitter (consultation)</translation>
    </message>
    <message>
        <source>&amp;Open capture…</source>
        <translation>&amp;Ouvrir une capture…</translation>
    </message>
    <message>
        <source>&amp;Save capture…</source>
        <translation>&amp;Enregistrer la capture…</translation>
    </message>
    <message>
        <source>&amp;Hide keepalives and status updates</source>
        <translation>&amp;Masquer les keepalives et les mises à jour d&apos;état</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Hide keepalives</source>
        <translation>Masquer les keepalives</translation>
    </message>
    <message>
        <source>&amp;Follow live tail</source>
        <translation>&amp;Suivre le flux en direct</translation>
    </message>
    <message>
        <source>&amp;Go to LSN or xid…</source>
        <translation>&amp;Aller à un LSN ou une xid…</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <source> Ack: </source>
        <translation> Acquittement : </translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Filter: table, operation, xid, LSN or text in values…</source>
        <translation>Filtre : table, opération, xid, LSN ou texte dans les valeurs…</translation>
    </message>
    <message>
        <source>LSN progress</source>
        <translation>Progression des LSN</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>System identifier %1</source>
        <translation>Identifiant système %1</translation>
    </message>
    <message>
        <source>Slot %1 (temporary copy)</source>
        <translation>Slot %1 (copie temporaire)</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>Slot %1</translation>
    </message>
    <message>
        <source>Streaming from a temporary copy: acknowledging moves only the copy, the original slot is left untouched.</source>
        <translation>Lecture depuis une copie temporaire : l&apos;acquittement ne fait avancer que la copie, le slot d&apos;origine reste intact.</translation>
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
        <translation>Sans TLS</translation>
    </message>
    <message>
        <source>Auth: %1</source>
        <translation>Auth. : %1</translation>
    </message>
    <message>
        <source>Ack: %1</source>
        <translation>Acquittement : %1</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::RateGraph</name>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>-%1 s</source>
        <translation>-%1 s</translation>
    </message>
    <message>
        <source>messages/s</source>
        <translation>messages/s</translation>
    </message>
    <message>
        <source>bytes/s</source>
        <translation>octets/s</translation>
    </message>
</context>
</TS>
