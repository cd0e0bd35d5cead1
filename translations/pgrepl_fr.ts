<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Cli</name>
    <message>
        <source>unknown subcommand &quot;%1&quot;</source>
        <translation>sous-commande inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Try &quot;%1 %2 --help&quot;.</source>
        <translation>Essayez «&#xa0;%1 %2 --help&#xa0;».</translation>
    </message>
    <message>
        <source>--dsn: %1</source>
        <translation>--dsn&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 given twice</source>
        <translation>%1 indiqué deux fois</translation>
    </message>
    <message>
        <source>%1 takes no value</source>
        <translation>%1 n&apos;accepte pas de valeur</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 attend une valeur</translation>
    </message>
</context>
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
        <translation>Utilisation : %1 [options] [FICHIER]
              %1 capture|convert|slots [options]   (voir %1 SOUS-COMMANDE --help)

Inspecter les slots de réplication logique de PostgreSQL (pgoutput).

Options :
  -h, --help        Afficher cette aide et quitter.
  -v, --version     Afficher la version et quitter.
  --lang CODE       Utiliser cette langue (par exemple de, fr) au lieu de
                    celle du système.
  FICHIER, --open FICHIER
                    Ouvrir un fichier de capture.
  --dsn DSN         Se connecter au démarrage : une URI postgresql:// ou une
                    chaîne key=value.
  --slot NOM        Le slot depuis lequel lire le flux (avec --dsn).
  --publication P   Une publication à lire en flux (répétable).
  --start LSN       Position de départ (par défaut : la position confirmée
                    du slot).
  --ack MODE        manual (par défaut), auto ou never.
  --temporary-copy  Lire le flux depuis une copie temporaire du slot.

Sous-commandes (sans interface graphique) :
  capture           Enregistrer le flux d&apos;un slot dans un fichier de capture.
  convert           Convertir une capture ou un fichier de pg_recvlogical.
  slots             Lister, créer, supprimer ou copier des slots de réplication.

Codes de sortie : 0 succès, 1 erreur d&apos;exécution, 2 ligne de commande incorrecte.
</translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>aborted</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>prepared</source>
        <translation>préparée</translation>
    </message>
    <message>
        <source>committed prepared</source>
        <translation>préparée puis validée</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>préparée puis annulée</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplète</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>never (peek)</source>
        <translation>jamais (consultation)</translation>
    </message>
</context>
<context>
    <name>pgrepl::ExportJob</name>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>impossible d&apos;écrire %1&#xa0;: c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot write %1: no free temporary name in its folder</source>
        <translation>impossible d&apos;écrire %1&#xa0;: aucun nom temporaire libre dans son dossier</translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation>impossible de remplacer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pgrepl::ServerProbe</name>
    <message>
        <source>No answer from the server within %1 seconds.</source>
        <translation>Pas de réponse du serveur en %1 secondes.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation>Échec de la négociation TLS&#xa0;: %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>Échec de l&apos;authentification&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the connection: %1</source>
        <translation>Le serveur a refusé la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the server settings: %1</source>
        <translation>Impossible de lire les paramètres du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>no row for the current role</source>
        <translation>aucune ligne pour le rôle courant</translation>
    </message>
    <message>
        <source>Could not list the replication slots: %1</source>
        <translation>Impossible de lister les slots de réplication&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not list the publications: %1</source>
        <translation>Impossible de lister les publications&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>pgrepl::SlotAdmin</name>
    <message>
        <source>%1: the result has no column &quot;%2&quot;</source>
        <extracomment>%1 is a catalogue view such as pg_stat_activity, %2 a column name.</extracomment>
        <translation>%1&#xa0;: le résultat n&apos;a pas de colonne «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1, row %2, column &quot;%3&quot;: %4</source>
        <extracomment>%1 is a catalogue view, %2 a row number (from 0), %3 a column name, %4 what is wrong with its value.</extracomment>
        <translation>%1, ligne %2, colonne «&#xa0;%3&#xa0;»&#xa0;: %4</translation>
    </message>
    <message>
        <source>the text contains a NUL character, which PostgreSQL cannot store</source>
        <translation>le texte contient un caractère NUL, que PostgreSQL ne peut pas stocker</translation>
    </message>
    <message>
        <source>the slot name is empty</source>
        <translation>le nom du slot est vide</translation>
    </message>
    <message>
        <source>the output plugin is empty</source>
        <translation>le plugin de sortie est vide</translation>
    </message>
    <message>
        <source>two-phase slots need PostgreSQL 14 or later</source>
        <translation>les slots en deux phases nécessitent PostgreSQL 14 ou plus</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a size</source>
        <extracomment>%1 is the setting&apos;s name, %2 the value the server sent.</extracomment>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une taille</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <source>there is no slot named &quot;%1&quot; (any more)</source>
        <extracomment>%1 is a slot name.</extracomment>
        <translation>il n&apos;existe pas (ou plus) de slot nommé «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>pid %1 (%2, application &quot;%3&quot;, state %4): %5</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 its state as the server names it (active, idle in transaction, ...), %5 the query it runs.</extracomment>
        <translation>pid %1 (%2, application «&#xa0;%3&#xa0;», état %4)&#xa0;: %5</translation>
    </message>
    <message>
        <source>pid %1 (not visible in pg_stat_activity)</source>
        <extracomment>%1 is a process ID.</extracomment>
        <translation>pid %1 (non visible dans pg_stat_activity)</translation>
    </message>
    <message>
        <source>wal_status is &apos;lost&apos;: the WAL this slot needs was removed; the slot can no longer be used and its consumer must be set up again from a new slot</source>
        <translation>wal_status vaut &apos;lost&apos;&#xa0;: le WAL dont ce slot a besoin a été supprimé&#xa0;; le slot n&apos;est plus utilisable et son consommateur doit être reconfiguré à partir d&apos;un nouveau slot</translation>
    </message>
    <message>
        <source>wal_status is &apos;lost&apos; (invalidation_reason: %1): the slot can no longer be used and its consumer must be set up again from a new slot</source>
        <extracomment>%1 is the server&apos;s invalidation_reason, such as wal_removed.</extracomment>
        <translation>wal_status vaut &apos;lost&apos; (invalidation_reason&#xa0;: %1)&#xa0;: le slot n&apos;est plus utilisable et son consommateur doit être reconfiguré à partir d&apos;un nouveau slot</translation>
    </message>
    <message>
        <source>The slot conflicted with recovery (conflicting = true) and was invalidated: it can no longer be used</source>
        <translation>Le slot est entré en conflit avec la restauration (conflicting = true) et a été invalidé&#xa0;: il n&apos;est plus utilisable</translation>
    </message>
    <message>
        <source>wal_status is &apos;unreserved&apos;: the slot holds more WAL than max_slot_wal_keep_size allows and will be invalidated at the next checkpoint unless its consumer catches up first</source>
        <translation>wal_status vaut &apos;unreserved&apos;&#xa0;: le slot retient plus de WAL que max_slot_wal_keep_size ne le permet et sera invalidé au prochain point de contrôle, à moins que son consommateur ne rattrape son retard d&apos;ici là</translation>
    </message>
    <message>
        <source>wal_status is &apos;extended&apos;: more WAL than max_wal_size is kept, because of this slot or wal_keep_size</source>
        <translation>wal_status vaut &apos;extended&apos;&#xa0;: le WAL conservé dépasse max_wal_size, à cause de ce slot ou de wal_keep_size</translation>
    </message>
    <message>
        <source>Slot is inactive: nothing reads it; its retained WAL grows with every write</source>
        <translation>Le slot est inactif&#xa0;: personne ne le lit&#xa0;; le WAL qu&apos;il retient grossit à chaque écriture</translation>
    </message>
    <message>
        <source>Read by &quot;%1&quot; (walsender pid %2, %3, state %4)</source>
        <extracomment>%1 is the consumer&apos;s application_name, %2 its walsender&apos;s process ID, %3 the consumer&apos;s network address, %4 the walsender&apos;s state (streaming, catchup, ...).</extracomment>
        <translation>Lu par «&#xa0;%1&#xa0;» (walsender pid %2, %3, état %4)</translation>
    </message>
    <message>
        <source>The consumer&apos;s walsender is in state &apos;%1&apos;, not streaming</source>
        <extracomment>%1 is the walsender&apos;s state as the server names it (startup, catchup, ...).</extracomment>
        <translation>Le walsender du consommateur est dans l&apos;état &apos;%1&apos;, et non dans l&apos;état streaming</translation>
    </message>
    <message>
        <source>The walsender has sent WAL up to %1, %2 behind the current WAL position %3: decoding is behind (large transactions, spilling to disk, or a consumer that reads slowly)</source>
        <extracomment>%1 and %3 are WAL positions (LSNs), %2 a size such as &quot;1.5 GiB&quot;.</extracomment>
        <translation>Le walsender a envoyé le WAL jusqu&apos;à %1, soit %2 de retard sur la position actuelle du WAL %3&#xa0;: le décodage est en retard (grosses transactions, déversement sur disque ou consommateur qui lit lentement)</translation>
    </message>
    <message>
        <source>The consumer has confirmed (flush) only up to %1, %2 behind what it was sent: it receives but does not confirm, so the slot cannot move</source>
        <extracomment>%1 is a WAL position (LSN), %2 a size such as &quot;1.5 GiB&quot;.</extracomment>
        <translation>Le consommateur n&apos;a confirmé (flush) que jusqu&apos;à %1, soit %2 de retard sur ce qui lui a été envoyé&#xa0;: il reçoit mais ne confirme pas, le slot ne peut donc pas avancer</translation>
    </message>
    <message>
        <source>restart_lsn is held %1 behind confirmed_flush_lsn by the oldest running transaction at the time of decoding: decoding must restart where it began</source>
        <extracomment>%1 is a size such as &quot;1.5 GiB&quot;.</extracomment>
        <translation>restart_lsn est maintenu %1 en deçà de confirmed_flush_lsn par la plus ancienne transaction en cours au moment du décodage&#xa0;: le décodage doit reprendre là où cette transaction a commencé</translation>
    </message>
    <message>
        <source>Prepared transaction &apos;%1&apos; (owner %2) has been prepared for %3 and holds xid %4 until COMMIT PREPARED or ROLLBACK PREPARED</source>
        <extracomment>%1 is the prepared transaction&apos;s name (gid), %2 its owner, %3 a duration such as &quot;1 d 02 h&quot;, %4 its transaction ID.</extracomment>
        <translation>La transaction préparée «&#xa0;%1&#xa0;» (propriétaire %2) est préparée depuis %3 et détient la xid %4 jusqu&apos;à COMMIT PREPARED ou ROLLBACK PREPARED</translation>
    </message>
    <message>
        <source>Standby &quot;%1&quot; (walsender pid %2) holds xmin %3 (age %4) through hot_standby_feedback</source>
        <extracomment>%1 is the standby&apos;s application_name, %2 its walsender&apos;s process ID, %3 a transaction ID, %4 its age in transactions.</extracomment>
        <translation>Le standby «&#xa0;%1&#xa0;» (walsender pid %2) retient le xmin %3 (âge %4) via hot_standby_feedback</translation>
    </message>
    <message>
        <source>Nothing holds this slot back in what the server reports</source>
        <translation>D&apos;après ce que rapporte le serveur, rien ne retient ce slot</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>la connexion a été fermée</translation>
    </message>
    <message>
        <source>the query failed</source>
        <translation>la requête a échoué</translation>
    </message>
    <message>
        <source>Created slot &quot;%1&quot; (%2)</source>
        <extracomment>%1 is a slot name, %2 its output plugin (pgoutput, test_decoding, ...).</extracomment>
        <translation>Slot «&#xa0;%1&#xa0;» créé (%2)</translation>
    </message>
    <message>
        <source>Dropped slot &quot;%1&quot;</source>
        <extracomment>%1 is a slot name.</extracomment>
        <translation>Slot «&#xa0;%1&#xa0;» supprimé</translation>
    </message>
    <message>
        <source>Copied slot &quot;%1&quot; to the temporary slot &quot;%2&quot;</source>
        <extracomment>%1 is the slot copied, %2 the new slot&apos;s name.</extracomment>
        <translation>Slot «&#xa0;%1&#xa0;» copié vers le slot temporaire «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Copied slot &quot;%1&quot; to &quot;%2&quot;</source>
        <extracomment>%1 is the slot copied, %2 the new slot&apos;s name.</extracomment>
        <translation>Slot «&#xa0;%1&#xa0;» copié vers «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an integer</source>
        <extracomment>%1 is the value the server sent.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <extracomment>%1 is the value the server sent.</extracomment>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>pid %1 (%2, application &quot;%3&quot;, state unknown): %4</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 the query it runs.</extracomment>
        <translation>pid %1 (%2, application «&#xa0;%3&#xa0;», état inconnu)&#xa0;: %4</translation>
    </message>
    <message>
        <source>Transaction of pid %1 (user %2, application &quot;%3&quot;, no state) has been open for %4 and holds xid %5: logical decoding keeps the WAL from its first change on, and VACUUM cannot remove rows deleted after it began, until it ends</source>
        <extracomment>%1 is a process ID, %2 a user name, %3 an application_name, %4 a duration such as &quot;2 h 05 min&quot;, %5 a transaction ID.</extracomment>
        <translation>La transaction du pid %1 (utilisateur %2, application «&#xa0;%3&#xa0;», sans état) est ouverte depuis %4 et détient la xid %5&#xa0;: jusqu&apos;à sa fin, le décodage logique conserve le WAL à partir de sa première modification, et VACUUM ne peut pas éliminer les lignes supprimées après son début</translation>
    </message>
    <message>
        <source>Transaction of pid %1 (user %2, application &quot;%3&quot;, %4) has been open for %5 and holds xid %6: logical decoding keeps the WAL from its first change on, and VACUUM cannot remove rows deleted after it began, until it ends</source>
        <extracomment>%1 is a process ID, %2 a user name, %3 an application_name, %4 the backend&apos;s state as the server names it (active, idle in transaction, ...), %5 a duration such as &quot;2 h 05 min&quot;, %6 a transaction ID.</extracomment>
        <translation>La transaction du pid %1 (utilisateur %2, application «&#xa0;%3&#xa0;», %4) est ouverte depuis %5 et détient la xid %6&#xa0;: jusqu&apos;à sa fin, le décodage logique conserve le WAL à partir de sa première modification, et VACUUM ne peut pas éliminer les lignes supprimées après son début</translation>
    </message>
    <message>
        <source>Transaction of pid %1 (user %2, application &quot;%3&quot;, no state) has been open for %4 and holds xmin %5: VACUUM cannot remove rows deleted after that snapshot</source>
        <extracomment>%1 is a process ID, %2 a user name, %3 an application_name, %4 a duration such as &quot;2 h 05 min&quot;, %5 a transaction ID (the backend&apos;s snapshot xmin).</extracomment>
        <translation>La transaction du pid %1 (utilisateur %2, application «&#xa0;%3&#xa0;», sans état) est ouverte depuis %4 et retient le xmin %5&#xa0;: VACUUM ne peut pas éliminer les lignes supprimées après cet instantané</translation>
    </message>
    <message>
        <source>Transaction of pid %1 (user %2, application &quot;%3&quot;, %4) has been open for %5 and holds xmin %6: VACUUM cannot remove rows deleted after that snapshot</source>
        <extracomment>%1 is a process ID, %2 a user name, %3 an application_name, %4 the backend&apos;s state as the server names it (active, idle in transaction, ...), %5 a duration such as &quot;2 h 05 min&quot;, %6 a transaction ID (the backend&apos;s snapshot xmin).</extracomment>
        <translation>La transaction du pid %1 (utilisateur %2, application «&#xa0;%3&#xa0;», %4) est ouverte depuis %5 et retient le xmin %6&#xa0;: VACUUM ne peut pas éliminer les lignes supprimées après cet instantané</translation>
    </message>
    <message>
        <source>This slot holds the oldest horizon in the cluster: its catalog_xmin %1 (age %2); VACUUM of the system catalogs cannot remove rows deleted after it until the consumer confirms further</source>
        <extracomment>%1 is a transaction ID, %2 its age in transactions.</extracomment>
        <translation>Ce slot détient l&apos;horizon le plus ancien de l&apos;instance&#xa0;: son catalog_xmin %1 (âge %2)&#xa0;; le VACUUM des catalogues système ne peut pas éliminer les lignes supprimées après lui tant que le consommateur n&apos;a pas confirmé une position plus avancée</translation>
    </message>
    <message>
        <source>This slot holds the oldest horizon in the cluster: its xmin %1 (age %2); VACUUM cannot remove rows deleted after it until the consumer confirms further</source>
        <extracomment>%1 is a transaction ID, %2 its age in transactions.</extracomment>
        <translation>Ce slot détient l&apos;horizon le plus ancien de l&apos;instance&#xa0;: son xmin %1 (âge %2)&#xa0;; VACUUM ne peut pas éliminer les lignes supprimées après lui tant que le consommateur n&apos;a pas confirmé une position plus avancée</translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by the transaction of pid %1: its %2 %3 (age %4)</source>
        <extracomment>%1 is a process ID, %2 the column that holds the horizon (backend_xid or backend_xmin), %3 a transaction ID, %4 its age in transactions.</extracomment>
        <translation>L&apos;horizon le plus ancien de l&apos;instance est détenu par la transaction du pid %1&#xa0;: son %2 %3 (âge %4)</translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by the transaction of pid %1 (application &quot;%2&quot;): its %3 %4 (age %5)</source>
        <extracomment>%1 is a process ID, %2 its application_name, %3 the column that holds the horizon (backend_xid or backend_xmin), %4 a transaction ID, %5 its age in transactions.</extracomment>
        <translation>L&apos;horizon le plus ancien de l&apos;instance est détenu par la transaction du pid %1 (application «&#xa0;%2&#xa0;»)&#xa0;: son %3 %4 (âge %5)</translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by another slot, &quot;%1&quot;: its %2 %3 (age %4)</source>
        <extracomment>%1 is a slot name, %2 the column that holds the horizon (xmin or catalog_xmin), %3 a transaction ID, %4 its age in transactions.</extracomment>
        <translation>L&apos;horizon le plus ancien de l&apos;instance est détenu par un autre slot, «&#xa0;%1&#xa0;»&#xa0;: son %2 %3 (âge %4)</translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by the standby feedback of walsender pid %1: its backend_xmin %2 (age %3)</source>
        <extracomment>%1 is a walsender&apos;s process ID, %2 a transaction ID, %3 its age in transactions.</extracomment>
        <translation>L&apos;horizon le plus ancien de l&apos;instance est détenu par le retour d&apos;information du standby reçu par le walsender pid %1&#xa0;: son backend_xmin %2 (âge %3)</translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by the standby feedback of walsender pid %1 (application &quot;%2&quot;): its backend_xmin %3 (age %4)</source>
        <extracomment>%1 is a walsender&apos;s process ID, %2 the standby&apos;s application_name, %3 a transaction ID, %4 its age in transactions.</extracomment>
        <translation>L&apos;horizon le plus ancien de l&apos;instance est détenu par le retour d&apos;information du standby reçu par le walsender pid %1 (application «&#xa0;%2&#xa0;»)&#xa0;: son backend_xmin %3 (âge %4)</translation>
    </message>
    <message numerus="yes">
        <source>%1: expected one row, got %n row(s)</source>
        <extracomment>%1 is the setting&apos;s name; %n the number of rows the server answered.</extracomment>
        <translation>
            <numerusform>%1&#xa0;: une ligne attendue, %n ligne reçue</numerusform>
            <numerusform>%1&#xa0;: une ligne attendue, %n lignes reçues</numerusform>
        </translation>
    </message>
    <message>
        <source>Slot is inactive: nothing reads it; its retained WAL grows with every write (inactive for %1)</source>
        <extracomment>%1 is a duration such as &quot;2 h 05 min&quot;.</extracomment>
        <translation>Le slot est inactif&#xa0;: personne ne le lit&#xa0;; le WAL qu&apos;il retient grossit à chaque écriture (inactif depuis %1)</translation>
    </message>
    <message>
        <source>Read by &quot;%1&quot; (walsender pid %2, local socket, state %3)</source>
        <extracomment>%1 is the consumer&apos;s application_name, %2 its walsender&apos;s process ID, %3 the walsender&apos;s state (streaming, catchup, ...).</extracomment>
        <translation>Lu par «&#xa0;%1&#xa0;» (walsender pid %2, socket local, état %3)</translation>
    </message>
    <message>
        <source>The slot is held by pid %1, which has no pg_stat_replication row: a backend using the SQL decoding functions, or a walsender that is still starting</source>
        <extracomment>%1 is a process ID.</extracomment>
        <translation>Le slot est utilisé par le pid %1, qui n&apos;a pas de ligne dans pg_stat_replication&#xa0;: un processus serveur qui utilise les fonctions SQL de décodage, ou un walsender encore en cours de démarrage</translation>
    </message>
    <message>
        <source>The slot is held by pid %1, which is not visible in pg_stat_activity and has no pg_stat_replication row: a backend using the SQL decoding functions, or a walsender that is still starting</source>
        <extracomment>%1 is a process ID.</extracomment>
        <translation>Le slot est utilisé par le pid %1, qui n&apos;est pas visible dans pg_stat_activity et n&apos;a pas de ligne dans pg_stat_replication&#xa0;: un processus serveur qui utilise les fonctions SQL de décodage, ou un walsender encore en cours de démarrage</translation>
    </message>
    <message>
        <source>The slot is held by pid %1 (%2, application &quot;%3&quot;, state unknown), which has no pg_stat_replication row: a backend using the SQL decoding functions, or a walsender that is still starting. Its query: %4</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 the query it runs.</extracomment>
        <translation>Le slot est utilisé par le pid %1 (%2, application «&#xa0;%3&#xa0;», état inconnu), qui n&apos;a pas de ligne dans pg_stat_replication&#xa0;: un processus serveur qui utilise les fonctions SQL de décodage, ou un walsender encore en cours de démarrage. Sa requête&#xa0;: %4</translation>
    </message>
    <message>
        <source>The slot is held by pid %1 (%2, application &quot;%3&quot;, state %4), which has no pg_stat_replication row: a backend using the SQL decoding functions, or a walsender that is still starting. Its query: %5</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 its state as the server names it (active, idle in transaction, ...), %5 the query it runs.</extracomment>
        <translation>Le slot est utilisé par le pid %1 (%2, application «&#xa0;%3&#xa0;», état %4), qui n&apos;a pas de ligne dans pg_stat_replication&#xa0;: un processus serveur qui utilise les fonctions SQL de décodage, ou un walsender encore en cours de démarrage. Sa requête&#xa0;: %5</translation>
    </message>
    <message>
        <source>The slot retains %1 of WAL (from restart_lsn %2 to the current position); %3 more and max_slot_wal_keep_size invalidates it</source>
        <extracomment>%1 and %3 are sizes such as &quot;1.5 GiB&quot;, %2 a WAL position (LSN).</extracomment>
        <translation>Le slot retient %1 de WAL (du restart_lsn %2 à la position actuelle)&#xa0;; encore %3 et max_slot_wal_keep_size l&apos;invalidera</translation>
    </message>
    <message>
        <source>The slot retains %1 of WAL (from restart_lsn %2 to the current position); max_slot_wal_keep_size is unlimited, so it can fill the disk</source>
        <extracomment>%1 is a size such as &quot;1.5 GiB&quot;, %2 a WAL position (LSN).</extracomment>
        <translation>Le slot retient %1 de WAL (du restart_lsn %2 à la position actuelle)&#xa0;; max_slot_wal_keep_size est illimité, il peut donc remplir le disque</translation>
    </message>
    <message>
        <source>restart_lsn is held %1 behind confirmed_flush_lsn by the oldest running transaction at the time of decoding: decoding must restart where it began; the oldest transaction with an xid now is pid %2 (xid %3)</source>
        <extracomment>%1 is a size such as &quot;1.5 GiB&quot;, %2 a process ID, %3 a transaction ID.</extracomment>
        <translation>restart_lsn est maintenu %1 en deçà de confirmed_flush_lsn par la plus ancienne transaction en cours au moment du décodage&#xa0;: le décodage doit reprendre là où cette transaction a commencé&#xa0;; la plus ancienne transaction dotée d&apos;une xid est à présent celle du pid %2 (xid %3)</translation>
    </message>
    <message numerus="yes">
        <source>Decoding spilled %n transaction(s) (%1) to disk since the statistics were reset: they were larger than logical_decoding_work_mem, which slows decoding</source>
        <extracomment>%n is the number of transactions spilled, %1 their size such as &quot;1.5 MiB&quot;.</extracomment>
        <translation>
            <numerusform>Depuis la réinitialisation des statistiques, le décodage a déversé sur disque %n transaction (%1)&#xa0;: elle dépassait logical_decoding_work_mem, ce qui ralentit le décodage</numerusform>
            <numerusform>Depuis la réinitialisation des statistiques, le décodage a déversé sur disque %n transactions (%1)&#xa0;: elles dépassaient logical_decoding_work_mem, ce qui ralentit le décodage</numerusform>
        </translation>
    </message>
    <message>
        <source>Connecting to the server failed: %1</source>
        <extracomment>%1 is why it failed: a message from the server or from this program.</extracomment>
        <translation>Échec de la connexion au serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>the server did not report its version</source>
        <translation>le serveur n&apos;a pas indiqué sa version</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>Refreshing the slot list failed: %1</source>
        <extracomment>%1 is why it failed: a message from the server or from this program.</extracomment>
        <translation>Échec de l&apos;actualisation de la liste des slots&#xa0;: %1</translation>
    </message>
    <message>
        <source>Creating slot &quot;%1&quot; failed: %2</source>
        <extracomment>%1 is a slot name, %2 why it failed: a message from the server or from this program.</extracomment>
        <translation>Échec de la création du slot «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Created slot &quot;%1&quot; (%2) at %3</source>
        <extracomment>%1 is a slot name, %2 its output plugin (pgoutput, test_decoding, ...), %3 the WAL position (LSN) where the slot starts.</extracomment>
        <translation>Slot «&#xa0;%1&#xa0;» créé (%2) à %3</translation>
    </message>
    <message>
        <source>Dropping slot &quot;%1&quot; failed: %2</source>
        <extracomment>%1 is a slot name, %2 why it failed: a message from the server or from this program.</extracomment>
        <translation>Échec de la suppression du slot «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Copying slot &quot;%1&quot; to &quot;%2&quot; failed: %3</source>
        <extracomment>%1 is the slot copied, %2 the new slot&apos;s name, %3 why it failed: a message from the server or from this program.</extracomment>
        <translation>Échec de la copie du slot «&#xa0;%1&#xa0;» vers «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>Copied slot &quot;%1&quot; to the temporary slot &quot;%2&quot; at %3</source>
        <extracomment>%1 is the slot copied, %2 the new slot&apos;s name, %3 the WAL position (LSN) where the copy starts.</extracomment>
        <translation>Slot «&#xa0;%1&#xa0;» copié vers le slot temporaire «&#xa0;%2&#xa0;» à %3</translation>
    </message>
    <message>
        <source>Copied slot &quot;%1&quot; to &quot;%2&quot; at %3</source>
        <extracomment>%1 is the slot copied, %2 the new slot&apos;s name, %3 the WAL position (LSN) where the copy starts.</extracomment>
        <translation>Slot «&#xa0;%1&#xa0;» copié vers «&#xa0;%2&#xa0;» à %3</translation>
    </message>
    <message>
        <source>Diagnosing slot &quot;%1&quot; failed: %2</source>
        <extracomment>%1 is a slot name, %2 why it failed: a message from the server or from this program.</extracomment>
        <translation>Échec du diagnostic du slot «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by prepared transaction &quot;%1&quot;: its xid %2 (age %3)</source>
        <extracomment>%1 is the prepared transaction&apos;s name (gid), %2 its transaction ID, %3 the age of that ID in transactions.</extracomment>
        <translation>L&apos;horizon le plus ancien de l&apos;instance est détenu par la transaction préparée «&#xa0;%1&#xa0;»&#xa0;: sa xid %2 (âge %3)</translation>
    </message>
    <message>
        <source>The oldest horizon in the cluster is held by another slot, &quot;%1&quot; (used by pid %2): its %3 %4 (age %5)</source>
        <extracomment>%1 is a slot name, %2 the process ID using it, %3 the column that holds the horizon (xmin or catalog_xmin), %4 a transaction ID, %5 its age in transactions.</extracomment>
        <translation>L&apos;horizon le plus ancien de l&apos;instance est détenu par un autre slot, «&#xa0;%1&#xa0;» (utilisé par le pid %2)&#xa0;: son %3 %4 (âge %5)</translation>
    </message>
</context>
<context>
    <name>pgrepl::Units</name>
    <message>
        <source>%1%2 B</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number of bytes.</extracomment>
        <translation>%1%2 o</translation>
    </message>
    <message>
        <source>%1%2 KiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation>%1%2 Kio</translation>
    </message>
    <message>
        <source>%1%2 MiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation>%1%2 Mio</translation>
    </message>
    <message>
        <source>%1%2 GiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation>%1%2 Gio</translation>
    </message>
    <message>
        <source>%1%2 TiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation>%1%2 Tio</translation>
    </message>
    <message>
        <source>%1%2 PiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation>%1%2 Pio</translation>
    </message>
    <message>
        <source>%1%2 EiB</source>
        <extracomment>%1 is the sign (empty or minus), %2 a number with one decimal.</extracomment>
        <translation>%1%2 Eio</translation>
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
        <translation>%1 j %2 h</translation>
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
        <translation>Arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Disconnected: %1</source>
        <translation>Déconnecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>the temporary copy &quot;%1&quot; (the original slot &quot;%2&quot; does not move)</source>
        <translation>la copie temporaire «&#xa0;%1&#xa0;» (le slot d&apos;origine «&#xa0;%2&#xa0;» n&apos;avance pas)</translation>
    </message>
    <message>
        <source>slot &quot;%1&quot;</source>
        <translation>le slot «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Acknowledge up to %1 (end of transaction %2)?

The server will consider everything up to there consumed by %3 and may remove the WAL it no longer needs. This cannot be undone.</source>
        <translation>Acquitter jusqu&apos;à %1 (fin de la transaction %2)&#xa0;?

Le serveur considérera tout ce qui précède comme consommé par %3 et pourra supprimer les WAL dont il n&apos;a plus besoin. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Cannot open %1:
%2</source>
        <translation>Impossible d&apos;ouvrir %1&#xa0;:
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
    <message>
        <source>Negotiating TLS…</source>
        <translation>Négociation TLS…</translation>
    </message>
    <message>
        <source>Authenticating…</source>
        <translation>Authentification…</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>LSN (as 0/16B3748) or xid:</source>
        <translation>LSN (au format 0/16B3748) ou xid&#xa0;:</translation>
    </message>
    <message>
        <source>Password in clear text?</source>
        <translation>Mot de passe en clair&#xa0;?</translation>
    </message>
    <message>
        <source>The connection to %1 may not be encrypted (sslmode=%2). If the server asks for a cleartext password, it would cross the network readable by anyone on the way.

Use sslmode=require or stronger to avoid this. Connect anyway?</source>
        <translation>La connexion à %1 n&apos;est peut-être pas chiffrée (sslmode=%2). Si le serveur demande un mot de passe en clair, celui-ci traverserait le réseau lisible par quiconque se trouve sur le trajet.

Utilisez sslmode=require ou plus strict pour l&apos;éviter. Se connecter quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Could not read type names: user types show as ???</source>
        <translation>Impossible de lire les noms des types&#xa0;: les types utilisateur apparaissent comme ???</translation>
    </message>
    <message>
        <source>no message at or after %1</source>
        <translation>aucun message à %1 ou après</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither an LSN (X/Y) nor an xid</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un LSN (X/Y) ni une xid</translation>
    </message>
    <message>
        <source>no transaction with xid %1</source>
        <translation>aucune transaction avec la xid %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
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
        <translation>Ouvrir un fichier pg_recvlogical</translation>
    </message>
    <message>
        <source>%1 is not a pgcap capture. As a pg_recvlogical file, how was its stream made?</source>
        <translation>%1 n&apos;est pas une capture pgcap. Avec quelles options le flux de ce fichier pg_recvlogical a-t-il été produit&#xa0;?</translation>
    </message>
    <message>
        <source>%1 does not read as pgoutput with proto_version %2: %3</source>
        <translation>%1 ne se lit pas comme du pgoutput avec proto_version %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>pg_recvlogical file %1: per-change LSNs and user type names are absent</source>
        <translation>fichier pg_recvlogical %1&#xa0;: les LSN par modification et les noms des types utilisateur sont absents</translation>
    </message>
    <message>
        <source>%1 is the capture being shown; save to another file</source>
        <translation>%1 est la capture affichée&#xa0;; enregistrez dans un autre fichier</translation>
    </message>
    <message>
        <source>Slot %1 is gone: it was dropped or invalidated.</source>
        <translation>Le slot %1 a disparu&#xa0;: il a été supprimé ou invalidé.</translation>
    </message>
    <message>
        <source>Heartbeat written at %1</source>
        <translation>Heartbeat écrit à %1</translation>
    </message>
    <message>
        <source>Heartbeat failed: %1</source>
        <translation>Échec du heartbeat&#xa0;: %1</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>Server to list the slots of (postgresql:// URI or key=value; empty: the PG* variables):</source>
        <translation>Serveur dont lister les slots (URI postgresql:// ou chaîne key=value&#xa0;; vide&#xa0;: les variables PG*)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>pgrepl::app::SlotMonitor</name>
    <message>
        <source>The monitor connection is not ready; try again in a moment.</source>
        <translation>La connexion de surveillance n&apos;est pas prête&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server sent no LSN back.</source>
        <translation>Le serveur n&apos;a renvoyé aucun LSN.</translation>
    </message>
    <message>
        <source>Slot %1 is lost: the WAL it needs was removed, so it cannot be used any more.</source>
        <translation>Le slot %1 est perdu&#xa0;: le WAL dont il a besoin a été supprimé, il n&apos;est donc plus utilisable.</translation>
    </message>
    <message>
        <source>Slot %1 holds more WAL than max_slot_wal_keep_size allows; the next checkpoint invalidates it.</source>
        <translation>Le slot %1 retient plus de WAL que max_slot_wal_keep_size ne le permet&#xa0;; le prochain point de contrôle l&apos;invalidera.</translation>
    </message>
    <message>
        <source>Paused: the slot retains %1 of WAL, growing %2/s. At this rate max_slot_wal_keep_size invalidates it in %3.</source>
        <translation>En pause&#xa0;: le slot retient %1 de WAL, en hausse de %2/s. À ce rythme, max_slot_wal_keep_size l&apos;invalidera dans %3.</translation>
    </message>
    <message>
        <source>Paused: the slot retains %1 of WAL, growing %2/s. There is no max_slot_wal_keep_size, so it piles up on the server&apos;s disk until you resume.</source>
        <translation>En pause&#xa0;: le slot retient %1 de WAL, en hausse de %2/s. max_slot_wal_keep_size n&apos;est pas défini&#xa0;: le WAL s&apos;accumule donc sur le disque du serveur jusqu&apos;à la reprise.</translation>
    </message>
    <message>
        <source>Slot %1 is invalidated after %2 more WAL (max_slot_wal_keep_size).</source>
        <translation>Le slot %1 sera invalidé après encore %2 de WAL (max_slot_wal_keep_size).</translation>
    </message>
    <message>
        <source>Slot %1 retains %2 of WAL.</source>
        <translation>Le slot %1 retient %2 de WAL.</translation>
    </message>
</context>
<context>
    <name>pgrepl::cli::CaptureCommand</name>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 is required</source>
        <translation>%1 est obligatoire</translation>
    </message>
    <message>
        <source>--slot needs a name</source>
        <translation>--slot attend un nom</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--proto-version must be 1, 2, 3 or 4, not &quot;%1&quot;</source>
        <translation>--proto-version doit valoir 1, 2, 3 ou 4, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--streaming must be off, on or parallel, not &quot;%1&quot;</source>
        <translation>--streaming doit valoir off, on ou parallel, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--origin must be any or none, not &quot;%1&quot;</source>
        <translation>--origin doit valoir any ou none, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--ack must be never, manual or auto, not &quot;%1&quot;</source>
        <translation>--ack doit valoir never, manual ou auto, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--ack manual needs --ack-upto LSN (the end of the transaction to acknowledge)</source>
        <translation>--ack manual nécessite --ack-upto LSN (la fin de la transaction à acquitter)</translation>
    </message>
    <message>
        <source>--ack-upto needs --ack manual</source>
        <translation>--ack-upto nécessite --ack manual</translation>
    </message>
    <message>
        <source>--output needs a file name</source>
        <translation>--output attend un nom de fichier</translation>
    </message>
    <message>
        <source>%1 already exists; capture never overwrites a file</source>
        <translation>%1 existe déjà&#xa0;; capture n&apos;écrase jamais un fichier</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>interrupted before streaming started; no file was written</source>
        <translation>interrompu avant le début du flux&#xa0;; aucun fichier n&apos;a été écrit</translation>
    </message>
    <message>
        <source>cannot create slot &quot;%1&quot;: %2</source>
        <translation>impossible de créer le slot «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>created slot &quot;%1&quot;</source>
        <translation>slot «&#xa0;%1&#xa0;» créé</translation>
    </message>
    <message>
        <source>could not read the publications&apos; definitions: %1</source>
        <translation>impossible de lire les définitions des publications&#xa0;: %1</translation>
    </message>
    <message>
        <source>could not read the user types&apos; names; they will show as ???: %1</source>
        <translation>impossible de lire les noms des types utilisateur&#xa0;; ils apparaîtront comme ???&#xa0;: %1</translation>
    </message>
    <message>
        <source>the transaction ending at %1 arrived while stopping; it cannot be acknowledged any more</source>
        <translation>la transaction se terminant à %1 est arrivée pendant l&apos;arrêt&#xa0;; elle ne peut plus être acquittée</translation>
    </message>
    <message>
        <source>%1 again: still stopping cleanly</source>
        <translation>%1 à nouveau&#xa0;: arrêt propre toujours en cours</translation>
    </message>
    <message>
        <source>%1: stopping cleanly</source>
        <translation>%1&#xa0;: arrêt propre en cours</translation>
    </message>
    <message>
        <source>capture: at %1, %2 messages, %3, %4 msg/s, %5/s</source>
        <translation>capture&#xa0;: à %1, %2 messages, %3, %4 msg/s, %5/s</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>arrêté&#xa0;: %1</translation>
    </message>
    <message>
        <source>--ack-upto %1 was not acknowledged: no transaction ending there was received; the slot did not move</source>
        <translation>--ack-upto %1 n&apos;a pas été acquitté&#xa0;: aucune transaction se terminant à cette position n&apos;a été reçue&#xa0;; le slot n&apos;a pas avancé</translation>
    </message>
    <message>
        <source>acknowledged up to %1</source>
        <translation>acquitté jusqu&apos;à %1</translation>
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
        <translation>Utilisation : pgrepl-inspector capture --dsn DSN --slot SLOT --publication PUB -o FICHIER [options]

Lit en flux un slot de réplication logique (pgoutput) et l&apos;enregistre dans un fichier de
capture, sans affichage.

Connexion et slot :
  --dsn DSN              Chaîne de connexion (key=value ou URI postgresql://) ; les
                         variables PG* et ~/.pgpass complètent ce qu&apos;elle omet.
  --slot SLOT            Le slot logique depuis lequel lire le flux.
  --publication PUB      Une publication à lire en flux ; à répéter pour en ajouter.
  --create-slot          Créer SLOT (pgoutput) avant de lire le flux.
  --temporary-copy       Lire depuis une copie temporaire de SLOT ; SLOT lui-même
                         n&apos;avance jamais.

Options du flux :
  --start LSN            Position de départ (par défaut : le confirmed_flush_lsn
                         du slot).
  --endpos LSN           S&apos;arrêter proprement une fois ce LSN atteint.
  --proto-version N      proto_version de pgoutput, 1-4 (par défaut : selon la version
                         du serveur).
  --streaming MODE       off, on ou parallel (par défaut off).
  --messages             Inclure les messages de décodage logique.
  --binary               Demander les valeurs des colonnes au format binaire.
  --two-phase            Décoder les transactions préparées. Avec --create-slot, le slot
                         est créé en deux phases ; sinon SLOT doit déjà l&apos;être.
  --origin any|none      Filtre d&apos;origine (par défaut : celui du serveur).

Acquittement (ce qui fait avancer le slot) :
  --ack never            Par défaut : ne rien signaler ; le slot reste où il est.
  --ack auto             Acquitter chaque transaction dès qu&apos;elle est synchronisée
                         (fsync) dans FICHIER.
  --ack manual           N&apos;acquitter que la transaction se terminant à --ack-upto LSN,
  --ack-upto LSN         une fois synchronisée (fsync) ; échoue si cette fin n&apos;arrive
                         jamais.

Sortie :
  -o, --output FICHIER   Le fichier à écrire ; il ne doit pas encore exister.
  --format FORMAT        pgcap (par défaut : chaque événement, avec l&apos;en-tête de la
                         session), raw (disposition de pg_recvlogical : chaque message
                         suivi d&apos;un saut de ligne), jsonl (wal2json format-version 2),
                         csv ou sql ; ces trois formats écrivent chaque transaction dès
                         sa validation.
  --quiet                Pas de ligne de progression sur stderr.
  -h, --help             Afficher cette aide.

SIGINT ou SIGTERM arrêtent proprement le flux : le fichier est écrit, synchronisé (fsync)
et valide.

Codes de sortie : 0 succès (y compris après un arrêt propre par signal), 1 erreur de
connexion, du serveur ou de fichier, 2 ligne de commande incorrecte.
</translation>
    </message>
    <message>
        <source>--format must be pgcap, raw, jsonl, csv or sql, not &quot;%1&quot;</source>
        <translation>--format doit valoir pgcap, raw, jsonl, csv ou sql, et non « %1 »</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>pgrepl::cli::ConvertCommand</name>
    <message>
        <source>INPUT is required</source>
        <translation>ENTRÉE est obligatoire</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output est obligatoire</translation>
    </message>
    <message>
        <source>--proto-version must be 1, 2, 3 or 4, not &quot;%1&quot;</source>
        <translation>--proto-version doit valoir 1, 2, 3 ou 4, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--streaming must be off, on or parallel, not &quot;%1&quot;</source>
        <translation>--streaming doit valoir off, on ou parallel, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--streaming on needs --proto-version 2 or higher</source>
        <translation>--streaming on nécessite --proto-version 2 ou plus</translation>
    </message>
    <message>
        <source>--streaming parallel needs --proto-version 4</source>
        <translation>--streaming parallel nécessite --proto-version 4</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 already exists; convert never overwrites a file</source>
        <translation>%1 existe déjà&#xa0;; convert n&apos;écrase jamais un fichier</translation>
    </message>
    <message>
        <source>%1 is a pgcap capture: --proto-version and --streaming are ignored</source>
        <translation>%1 est une capture pgcap&#xa0;: --proto-version et --streaming sont ignorés</translation>
    </message>
    <message>
        <source>%1 is damaged; converting the %2 intact records before it: %3</source>
        <translation>%1 est endommagé&#xa0;; conversion des %2 enregistrements intacts qui précèdent l&apos;endroit endommagé&#xa0;: %3</translation>
    </message>
    <message>
        <source>wrote %1 messages; only the messages are kept (LSNs, times, keepalives and status updates are dropped). Read it back with the stream&apos;s own proto_version and streaming mode: %2</source>
        <translation>%1 messages écrits&#xa0;; seuls les messages sont conservés (les LSN, les heures, les keepalives et les mises à jour d&apos;état sont abandonnés). Relisez le fichier avec la proto_version et le mode de streaming du flux d&apos;origine&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a pg_recvlogical pgoutput file for proto_version %2 (streaming %3): %4; nothing was written</source>
        <translation>%1 n&apos;est pas un fichier pgoutput de pg_recvlogical pour proto_version %2 (streaming %3)&#xa0;: %4&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>%1 is a pg_recvlogical file: per-change LSNs and user type names are absent</source>
        <translation>%1 est un fichier pg_recvlogical&#xa0;: les LSN par modification et les noms des types utilisateur sont absents</translation>
    </message>
    <message>
        <source>%1 change(s) could not be written in this format; the first: %2</source>
        <translation>%1 modification(s) n&apos;ont pas pu être écrites dans ce format ; la première : %2</translation>
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
        <translation>Utilisation : pgrepl-inspector convert ENTRÉE -o SORTIE --format pgcap|raw|jsonl|csv|sql [options]

Convertit entre une capture pgcap et le fichier qu&apos;écrit pg_recvlogical -f pour pgoutput
(chaque message suivi d&apos;un saut de ligne). Le type de l&apos;entrée est reconnu au nombre
magique de pgcap.

Options :
  -o, --output FICHIER   Le fichier à écrire ; il ne doit pas encore exister.
  --format FORMAT        pgcap, raw (disposition de pg_recvlogical), jsonl (wal2json
                         format-version 2), csv ou sql.
  --proto-version N      Pour une entrée pg_recvlogical : la proto_version avec
                         laquelle elle a été produite, 1-4 (par défaut 1).
  --streaming MODE       Pour une entrée pg_recvlogical : off (par défaut), on ou
                         parallel.
  -h, --help             Afficher cette aide.

Un fichier pg_recvlogical ne contient que les messages : les LSN par modification, les
heures du serveur, les mises à jour d&apos;état et les noms des types utilisateur en sont
absents, de même que de tout ce qui en est tiré.

Codes de sortie : 0 succès, 1 erreur de fichier (illisible, endommagé ou sortie
existante), 2 ligne de commande incorrecte.
</translation>
    </message>
    <message>
        <source>--format is required (pgcap, raw, jsonl, csv or sql)</source>
        <translation>--format est obligatoire (pgcap, raw, jsonl, csv ou sql)</translation>
    </message>
    <message>
        <source>--format must be pgcap, raw, jsonl, csv or sql, not &quot;%1&quot;</source>
        <translation>--format doit valoir pgcap, raw, jsonl, csv ou sql, et non « %1 »</translation>
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
        <translation>Utilisation : pgrepl-inspector slots ACTION --dsn DSN [options]

Liste et gère les slots de réplication logique.

Actions :
  list                        Un tableau de tous les slots avec leur état : statut du
                              WAL, taille de WAL sûre et WAL retenu.
  create NOM [--temporary] [--two-phase] [--failover]
                              Créer un slot pgoutput. Un slot temporaire ne vit que le
                              temps de la connexion de cette commande. --two-phase
                              nécessite PostgreSQL 15, --failover 17.
  drop NOM [--wait]           Supprimer un slot ; avec --wait, attendre qu&apos;il devienne
                              inactif. Le WAL qu&apos;il retenait est libéré et ne peut plus
                              être décodé à partir de lui.
  copy SOURCE CIBLE [--temporary]
                              Copier un slot logique (pg_copy_logical_replication_slot).

Options :
  --dsn DSN                   Chaîne de connexion (key=value ou URI postgresql://).
  -h, --help                  Afficher cette aide.

Codes de sortie : 0 succès, 1 erreur de connexion ou du serveur, 2 ligne de commande
incorrecte.
</translation>
    </message>
    <message>
        <source>an action is required: list, create, drop or copy</source>
        <translation>une action est obligatoire&#xa0;: list, create, drop ou copy</translation>
    </message>
    <message>
        <source>unknown action &quot;%1&quot;; use list, create, drop or copy</source>
        <translation>action inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez list, create, drop ou copy</translation>
    </message>
    <message>
        <source>%1 takes no further arguments</source>
        <translation>%1 n&apos;accepte pas d&apos;autres arguments</translation>
    </message>
    <message>
        <source>%1 needs %2 slot name(s)</source>
        <translation>%1 attend %2 nom(s) de slot</translation>
    </message>
    <message>
        <source>%1 does not apply to %2</source>
        <translation>%1 ne s&apos;applique pas à %2</translation>
    </message>
    <message>
        <source>a slot name must not be empty</source>
        <translation>un nom de slot ne doit pas être vide</translation>
    </message>
    <message>
        <source>--dsn is required</source>
        <translation>--dsn est obligatoire</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot list slots: %1</source>
        <translation>impossible de lister les slots&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n slot(s))</source>
        <translation>
            <numerusform>(%n slot)</numerusform>
            <numerusform>(%n slots)</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot create slot &quot;%1&quot;: %2</source>
        <translation>impossible de créer le slot «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>created slot &quot;%1&quot; (pgoutput)</source>
        <translation>slot «&#xa0;%1&#xa0;» créé (pgoutput)</translation>
    </message>
    <message>
        <source>it was temporary: the server dropped it when this command disconnected</source>
        <translation>il était temporaire&#xa0;: le serveur l&apos;a supprimé à la déconnexion de cette commande</translation>
    </message>
    <message>
        <source>cannot read slot &quot;%1&quot;: %2</source>
        <translation>impossible de lire le slot «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>replication slot &quot;%1&quot; does not exist</source>
        <translation>le slot de réplication «&#xa0;%1&#xa0;» n&apos;existe pas</translation>
    </message>
    <message>
        <source>cannot drop slot &quot;%1&quot;: %2</source>
        <translation>impossible de supprimer le slot «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>dropped slot &quot;%1&quot;</source>
        <translation>slot «&#xa0;%1&#xa0;» supprimé</translation>
    </message>
    <message>
        <source>lost: the changes after its confirmed_flush_lsn %1 that no one had acknowledged; a subscriber or consumer of this slot must start over from a new slot and a fresh copy</source>
        <translation>perdues&#xa0;: les modifications postérieures à son confirmed_flush_lsn %1 que personne n&apos;avait acquittées&#xa0;; un abonné ou un consommateur de ce slot doit repartir d&apos;un nouveau slot et d&apos;une nouvelle copie</translation>
    </message>
    <message>
        <source>released: the %1 bytes of WAL it retained from restart_lsn %2</source>
        <translation>libérés&#xa0;: les %1 octets de WAL qu&apos;il retenait depuis son restart_lsn %2</translation>
    </message>
    <message>
        <source>cannot copy slot &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation>impossible de copier le slot «&#xa0;%1&#xa0;» vers «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>copied slot &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>slot «&#xa0;%1&#xa0;» copié vers «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>the copy was temporary: the server dropped it when this command disconnected</source>
        <translation>la copie était temporaire&#xa0;: le serveur l&apos;a supprimée à la déconnexion de cette commande</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui</name>
    <message numerus="yes">
        <source>… %n more character(s)</source>
        <translation>
            <numerusform>… %n caractère de plus</numerusform>
            <numerusform>… %n caractères de plus</numerusform>
        </translation>
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
        <source>Connection:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Slot:</source>
        <translation>Slot&#xa0;:</translation>
    </message>
    <message>
        <source>one or more, separated by commas</source>
        <translation>une ou plusieurs, séparées par des virgules</translation>
    </message>
    <message>
        <source>Publications:</source>
        <translation>Publications&#xa0;:</translation>
    </message>
    <message>
        <source>from the slot&apos;s confirmed position</source>
        <translation>depuis la position confirmée du slot</translation>
    </message>
    <message>
        <source>Start LSN:</source>
        <translation>LSN de départ&#xa0;:</translation>
    </message>
    <message>
        <source>Inspect a temporary copy of the slot (the real slot is left untouched)</source>
        <translation>Inspecter une copie temporaire du slot (le vrai slot reste intact)</translation>
    </message>
    <message>
        <source>Manual: only what I acknowledge</source>
        <translation>Manuel&#xa0;: seulement ce que j&apos;acquitte</translation>
    </message>
    <message>
        <source>Auto: each transaction once shown</source>
        <translation>Automatique&#xa0;: chaque transaction, une fois affichée</translation>
    </message>
    <message>
        <source>Never (peek): the slot never moves</source>
        <translation>Jamais (consultation)&#xa0;: le slot n&apos;avance jamais</translation>
    </message>
    <message>
        <source>Acknowledge:</source>
        <translation>Acquittement&#xa0;:</translation>
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
        <translation>Version du protocole&#xa0;:</translation>
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
        <translation>Streaming&#xa0;:</translation>
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
        <translation>Origine (PostgreSQL 16 ou plus)&#xa0;:</translation>
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
        <translation>Activer la validation en deux phases&#xa0;?</translation>
    </message>
    <message>
        <source>Streaming with two_phase turns two-phase decoding on for slot &quot;%1&quot; for good. Its owner&apos;s consumer will then receive prepared transactions too. Go on?</source>
        <translation>Le streaming avec two_phase active définitivement le décodage en deux phases pour le slot «&#xa0;%1&#xa0;». Le consommateur habituel de ce slot recevra alors aussi les transactions préparées. Continuer&#xa0;?</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>A postgresql:// URI or key=value string, as psql takes it. PG* environment variables and ~/.pgpass fill in what it leaves out. A password in it is moved to the password field.</source>
        <translation>Une URI postgresql:// ou une chaîne key=value, comme psql les accepte. Les variables d&apos;environnement PG* et ~/.pgpass complètent ce qu&apos;elle omet. Un mot de passe qu&apos;elle contient est déplacé dans le champ du mot de passe.</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>vide&#xa0;: PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Save password in the keychain</source>
        <translation>Enregistrer le mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Connects once, without replication, to read the server version, the slots and the publications of the database.</source>
        <translation>Se connecte une fois, sans réplication, pour lire la version du serveur, les slots et les publications de la base de données.</translation>
    </message>
    <message>
        <source>Type a slot name, or test the connection to pick one of the database&apos;s pgoutput slots.</source>
        <translation>Saisissez un nom de slot, ou testez la connexion pour choisir l&apos;un des slots pgoutput de la base de données.</translation>
    </message>
    <message>
        <source>The password was moved out of the connection string.</source>
        <translation>Le mot de passe a été retiré de la chaîne de connexion.</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>(aucun profil)</translation>
    </message>
    <message>
        <source>Could not read the password from the keychain: %1</source>
        <translation>Impossible de lire le mot de passe dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>The password is saved in the keychain.</source>
        <translation>Le mot de passe est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Could not save the password in the keychain: %1</source>
        <translation>Impossible d&apos;enregistrer le mot de passe dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove the password from the keychain: %1</source>
        <translation>Impossible de supprimer le mot de passe du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Enregistrer le profil</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Nom du profil&#xa0;:</translation>
    </message>
    <message>
        <source>Replace profile?</source>
        <translation>Remplacer le profil&#xa0;?</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists. Replace it?</source>
        <translation>Un profil nommé «&#xa0;%1&#xa0;» existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>Supprimer le profil&#xa0;?</translation>
    </message>
    <message>
        <source>Delete profile &quot;%1&quot; and its saved password?</source>
        <translation>Supprimer le profil «&#xa0;%1&#xa0;» et son mot de passe enregistré&#xa0;?</translation>
    </message>
    <message>
        <source>Connection string: %1</source>
        <translation>Chaîne de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>TLS %1</source>
        <translation>TLS %1</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 as %2 (%3, %4).</source>
        <translation>Connecté à PostgreSQL %1 en tant que %2 (%3, %4).</translation>
    </message>
    <message>
        <source>no password</source>
        <translation>sans mot de passe</translation>
    </message>
    <message>
        <source>wal_level is &quot;%1&quot;: logical decoding needs wal_level = logical.</source>
        <translation>wal_level vaut «&#xa0;%1&#xa0;»&#xa0;: le décodage logique nécessite wal_level = logical.</translation>
    </message>
    <message>
        <source>Role &quot;%1&quot; has neither the REPLICATION attribute nor superuser: it cannot open a replication connection.</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» n&apos;a ni l&apos;attribut REPLICATION ni l&apos;attribut SUPERUSER&#xa0;: il ne peut pas ouvrir de connexion de réplication.</translation>
    </message>
    <message>
        <source>%1 (active, pid %2)</source>
        <translation>%1 (actif, pid %2)</translation>
    </message>
    <message>
        <source>all tables</source>
        <translation>toutes les tables</translation>
    </message>
    <message>
        <source>Slot &quot;%1&quot; is in use by process %2, so it is inspected through a temporary copy: a second reader would be refused.</source>
        <translation>Le slot «&#xa0;%1&#xa0;» est utilisé par le processus %2&#xa0;; il est donc inspecté via une copie temporaire&#xa0;: un second lecteur serait refusé.</translation>
    </message>
    <message>
        <source>Set for this server: protocol version %1, streaming %2.</source>
        <translation>Réglé pour ce serveur&#xa0;: version de protocole %1, streaming %2.</translation>
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
        <translation>ignoré&#xa0;: sa sous-transaction a été annulée</translation>
    </message>
    <message>
        <source>unchanged TOAST value (not sent)</source>
        <translation>valeur TOAST inchangée (non envoyée)</translation>
    </message>
    <message>
        <source>not sent: not part of the replica identity</source>
        <translation>non envoyée&#xa0;: ne fait pas partie de l&apos;identité de réplica</translation>
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
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>replica identity FULL</source>
        <translation>replica identity FULL</translation>
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
        <translation>envoyée&#xa0;: écrit %1, sur disque %2, appliqué %3</translation>
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
        <translation>décodage impossible&#xa0;: %1</translation>
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
        <translation>Message %1, préfixe «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
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
    <name>pgrepl::ui::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
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
        <translation>Instructions SQL</translation>
    </message>
    <message>
        <source>Raw pgoutput (as pg_recvlogical -f writes)</source>
        <translation>pgoutput brut (tel qu&apos;écrit par pg_recvlogical -f)</translation>
    </message>
    <message>
        <source>pgcap capture</source>
        <translation>Capture pgcap</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message numerus="yes">
        <source>Selected rows (%n event(s))</source>
        <translation>
            <numerusform>Lignes sélectionnées (%n événement)</numerusform>
            <numerusform>Lignes sélectionnées (%n événements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rows the filter shows (%n event(s))</source>
        <translation>
            <numerusform>Lignes affichées par le filtre (%n événement)</numerusform>
            <numerusform>Lignes affichées par le filtre (%n événements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked rows (%n event(s))</source>
        <translation>
            <numerusform>Lignes marquées (%n événement)</numerusform>
            <numerusform>Lignes marquées (%n événements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Everything (%n event(s))</source>
        <translation>
            <numerusform>Tout (%n événement)</numerusform>
            <numerusform>Tout (%n événements)</numerusform>
        </translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Replace file</source>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>JSON lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>Fichiers SQL (*.sql)</translation>
    </message>
    <message>
        <source>pg_recvlogical output (*.bin)</source>
        <translation>Sortie de pg_recvlogical (*.bin)</translation>
    </message>
    <message>
        <source>Captures (*.pgcap)</source>
        <translation>Captures (*.pgcap)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is a folder: choose a file name.</source>
        <translation>%1 est un dossier&#xa0;: choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::ExportProgress</name>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written to %1.</source>
        <translation>Exportation annulée&#xa0;: rien n&apos;a été écrit dans %1.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>%n enregistrement écrit dans %1.</numerusform>
            <numerusform>%n enregistrements écrits dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n change(s) this format cannot hold; the first because: %1</source>
        <translation>
            <numerusform>%n modification ignorée, car ce format ne peut pas la représenter. Motif&#xa0;: %1</numerusform>
            <numerusform>%n modifications ignorées, car ce format ne peut pas les représenter. Motif pour la première&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1 of %2…</source>
        <translation>Exportation de %1 sur %2…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation en cours…</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::FilterBar</name>
    <message>
        <source>schema.table</source>
        <translation>schéma.table</translation>
    </message>
    <message>
        <source>Changes to tables whose name contains this</source>
        <translation>Modifications des tables dont le nom contient ce texte</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>The whole name, case-sensitive: schema.table, or the table alone</source>
        <translation>Le nom complet, sensible à la casse&#xa0;: schéma.table, ou la table seule</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>INSERT</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>UPDATE</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>DELETE</translation>
    </message>
    <message>
        <source>Truncate</source>
        <translation>TRUNCATE</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
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
        <translation>%1&#xa0;: n&apos;afficher que les opérations activées (aucune&#xa0;: toutes)</translation>
    </message>
    <message>
        <source>xid</source>
        <translation>xid</translation>
    </message>
    <message>
        <source>Events of the transaction with this xid</source>
        <translation>Événements de la transaction ayant cette xid</translation>
    </message>
    <message>
        <source>LSN from</source>
        <translation>Du LSN</translation>
    </message>
    <message>
        <source>Events at or after this LSN (X/Y)</source>
        <translation>Événements à ce LSN ou après (X/Y)</translation>
    </message>
    <message>
        <source>LSN to</source>
        <translation>Au LSN</translation>
    </message>
    <message>
        <source>Events at or before this LSN (X/Y)</source>
        <translation>Événements à ce LSN ou avant (X/Y)</translation>
    </message>
    <message>
        <source>Text in values</source>
        <translation>Texte dans les valeurs</translation>
    </message>
    <message>
        <source>Changes with a column value containing this text (any case), messages whose prefix or content contains it, notices</source>
        <translation>Modifications dont une valeur de colonne contient ce texte (sans tenir compte de la casse), messages dont le préfixe ou le contenu le contient, avis</translation>
    </message>
    <message>
        <source>Marked only</source>
        <translation>Marquées uniquement</translation>
    </message>
    <message>
        <source>Only the rows marked with Ctrl+M</source>
        <translation>Uniquement les lignes marquées avec Ctrl+M</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show every event</source>
        <translation>Afficher tous les événements</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Non appliqué</translation>
    </message>
    <message>
        <source>A field in red does not parse: the list still shows the last filter that did</source>
        <translation>Un champ en rouge n&apos;est pas valide&#xa0;: la liste affiche toujours le résultat du dernier filtre valide</translation>
    </message>
    <message>
        <source>An xid is a whole number from 0 to 4294967295; &quot;%1&quot; is not one</source>
        <translation>Une xid est un entier de 0 à 4294967295&#xa0;; «&#xa0;%1&#xa0;» n&apos;en est pas un</translation>
    </message>
    <message>
        <source>Not an LSN (X/Y, two hex numbers): %1</source>
        <translation>Ce n&apos;est pas un LSN (X/Y, deux nombres hexadécimaux)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The end %1 is before the start %2</source>
        <translation>La fin %1 précède le début %2</translation>
    </message>
    <message>
        <source>Filtering… %1%</source>
        <translation>Filtrage… %1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::LsnPanel</name>
    <message>
        <source>Last received:</source>
        <translation>Dernière réception&#xa0;:</translation>
    </message>
    <message>
        <source>End of the last WAL data received from the server</source>
        <translation>Fin des dernières données WAL reçues du serveur</translation>
    </message>
    <message>
        <source>Server WAL end:</source>
        <translation>Fin du WAL du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>The server&apos;s current end of WAL, as reported in its keepalives</source>
        <translation>Fin actuelle du WAL du serveur, telle qu&apos;indiquée dans ses keepalives</translation>
    </message>
    <message>
        <source>Last acknowledged:</source>
        <translation>Dernier acquittement&#xa0;:</translation>
    </message>
    <message>
        <source>The flush position this inspector last sent to the server</source>
        <translation>La dernière position de flush envoyée au serveur par cet inspecteur</translation>
    </message>
    <message>
        <source>Slot confirmed flush:</source>
        <translation>Flush confirmé du slot&#xa0;:</translation>
    </message>
    <message>
        <source>confirmed_flush_lsn of the slot: where the next session will start</source>
        <translation>confirmed_flush_lsn du slot&#xa0;: là où commencera la prochaine session</translation>
    </message>
    <message>
        <source>Slot restart:</source>
        <translation>Point de redémarrage du slot&#xa0;:</translation>
    </message>
    <message>
        <source>restart_lsn of the slot: the oldest WAL the server must keep for it</source>
        <translation>restart_lsn du slot&#xa0;: le plus ancien WAL que le serveur doit conserver pour lui</translation>
    </message>
    <message>
        <source>Since last ack:</source>
        <translation>Depuis le dernier acquittement&#xa0;:</translation>
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
    <message>
        <source>The server&apos;s WAL end has not moved for this long: the server is idle, or the inspector is paused and reads nothing, and then every lag here is measured against a WAL end the server has left behind</source>
        <translation>La fin du WAL du serveur n&apos;a pas bougé depuis ce délai&#xa0;: le serveur est inactif, ou l&apos;inspecteur est en pause et ne lit rien, et chaque retard affiché ici est alors mesuré par rapport à une fin de WAL que le serveur a déjà dépassée</translation>
    </message>
    <message>
        <source>unchanged for %1</source>
        <translation>inchangée depuis %1</translation>
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
        <translation>Inspecter les slots de réplication logique de PostgreSQL&#xa0;: chaque message pgoutput, chaque transaction et chaque keepalive, avec le nom et le type de chaque colonne.

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
        <translation> Acquittement&#xa0;: </translation>
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
        <translation>Lecture depuis une copie temporaire&#xa0;: l&apos;acquittement ne fait avancer que la copie, le slot d&apos;origine reste intact.</translation>
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
        <translation>Auth.&#xa0;: %1</translation>
    </message>
    <message>
        <source>Ack: %1</source>
        <translation>Acquittement&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Se &amp;reconnecter</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Send &amp;heartbeat</source>
        <translation>Envoyer un &amp;heartbeat</translation>
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
        <translation>Écrit un petit message logique sur le serveur, afin qu&apos;un slot inactif dispose de WAL jusqu&apos;où avancer</translation>
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
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Mark or unmark</source>
        <translation>Ma&amp;rquer ou retirer la marque</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Next mark</source>
        <translation>Marque suivante</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Previous mark</source>
        <translation>Marque précédente</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Acquitter…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Slots…</source>
        <translation>Slots…</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <source>No marks: mark rows with Ctrl+M.</source>
        <translation>Aucune marque&#xa0;: marquez des lignes avec Ctrl+M.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The language changes the next time pgrepl-inspector starts.</source>
        <translation>La langue changera au prochain démarrage de pgrepl-inspector.</translation>
    </message>
    <message>
        <source>Select a row to see its fields</source>
        <translation>Sélectionnez une ligne pour voir ses champs</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::PasswordStore</name>
    <message>
        <source>No keychain is available on this system, so passwords are not saved.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système&#xa0;: les mots de passe ne sont donc pas enregistrés.</translation>
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
    <message>
        <source>↑ earlier peak %1 messages/s</source>
        <translation>↑ pic antérieur de %1&#xa0;messages/s</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::SlotManagerDialog</name>
    <message>
        <source>none reported</source>
        <translation>non signalé</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 (%2 behind sent)</source>
        <translation>%1 (%2 de retard sur l&apos;envoi)</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Prepared transaction</source>
        <translation>Transaction préparée</translation>
    </message>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Standby feedback</source>
        <translation>Retour d&apos;information du standby</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Create replication slot</source>
        <translation>Créer un slot de réplication</translation>
    </message>
    <message>
        <source>lower-case letters, digits and _</source>
        <translation>lettres minuscules, chiffres et _</translation>
    </message>
    <message>
        <source>Decode prepared transactions (two-phase; cannot be turned off later)</source>
        <translation>Décoder les transactions préparées (deux phases&#xa0;; ne peut plus être désactivé ensuite)</translation>
    </message>
    <message>
        <source>Slot name:</source>
        <translation>Nom du slot&#xa0;:</translation>
    </message>
    <message>
        <source>Output plugin:</source>
        <translation>Plugin de sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Copy replication slot &quot;%1&quot;</source>
        <translation>Copier le slot de réplication «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Temporary (dropped when the slot manager disconnects)</source>
        <translation>Temporaire (supprimé quand le gestionnaire de slots se déconnecte)</translation>
    </message>
    <message>
        <source>New slot name:</source>
        <translation>Nom du nouveau slot&#xa0;:</translation>
    </message>
    <message>
        <source>Replication slots</source>
        <translation>Slots de réplication</translation>
    </message>
    <message>
        <source>Select a slot and press &quot;Why is this slot stuck?&quot;</source>
        <translation>Sélectionnez un slot et cliquez sur «&#xa0;Pourquoi ce slot est-il bloqué&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>&amp;Créer…</translation>
    </message>
    <message>
        <source>C&amp;opy…</source>
        <translation>C&amp;opier…</translation>
    </message>
    <message>
        <source>&amp;Drop…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Why is this slot stuck?</source>
        <translation>&amp;Pourquoi ce slot est-il bloqué&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Inspect this slot</source>
        <translation>&amp;Inspecter ce slot</translation>
    </message>
    <message>
        <source>through a temporary copy</source>
        <translation>via une copie temporaire</translation>
    </message>
    <message>
        <source>Stream from a temporary copy, so that the slot itself does not move. On by default when someone else reads the slot.</source>
        <translation>Lire le flux depuis une copie temporaire, afin que le slot lui-même n&apos;avance pas. Activé par défaut quand quelqu&apos;un d&apos;autre lit le slot.</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s); max_slot_wal_keep_size is unlimited</source>
        <translation>
            <numerusform>%n slot&#xa0;; max_slot_wal_keep_size est illimité</numerusform>
            <numerusform>%n slots&#xa0;; max_slot_wal_keep_size est illimité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s); max_slot_wal_keep_size is %1</source>
        <translation>
            <numerusform>%n slot&#xa0;; max_slot_wal_keep_size vaut %1</numerusform>
            <numerusform>%n slots&#xa0;; max_slot_wal_keep_size vaut %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Two-phase slot</source>
        <translation>Slot en deux phases</translation>
    </message>
    <message>
        <source>Slot &quot;%1&quot; will decode prepared transactions at PREPARE time. This cannot be turned off for the slot later. Create it?</source>
        <translation>Le slot «&#xa0;%1&#xa0;» décodera les transactions préparées dès le PREPARE. Ce réglage ne pourra plus être désactivé pour ce slot. Le créer&#xa0;?</translation>
    </message>
    <message>
        <source>Creating slot &quot;%1&quot; (this waits for running transactions to finish)…</source>
        <translation>Création du slot «&#xa0;%1&#xa0;» (attente de la fin des transactions en cours)…</translation>
    </message>
    <message>
        <source>Copying slot &quot;%1&quot;…</source>
        <translation>Copie du slot «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Drop replication slot &quot;%1&quot;?</source>
        <translation>Supprimer le slot de réplication «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Its confirmed position (confirmed_flush_lsn %1) is lost for good.</source>
        <translation>Sa position confirmée (confirmed_flush_lsn %1) sera définitivement perdue.</translation>
    </message>
    <message>
        <source>Its position is lost for good.</source>
        <translation>Sa position sera définitivement perdue.</translation>
    </message>
    <message>
        <source>The %1 of WAL it retains (from restart_lsn %2) is released: changes its consumer has not received yet will never be delivered to it.</source>
        <translation>Les %1 de WAL qu&apos;il retient (depuis le restart_lsn %2) seront libérés&#xa0;: les modifications que son consommateur n&apos;a pas encore reçues ne lui seront jamais transmises.</translation>
    </message>
    <message>
        <source>The WAL it retains is released: changes its consumer has not received yet will never be delivered to it.</source>
        <translation>Le WAL qu&apos;il retient sera libéré&#xa0;: les modifications que son consommateur n&apos;a pas encore reçues ne lui seront jamais transmises.</translation>
    </message>
    <message>
        <source>It is in use right now (pid %1): the server refuses to drop an active slot; once the consumer stops, it fails when it connects again.</source>
        <translation>Il est actuellement utilisé (pid %1)&#xa0;: le serveur refuse de supprimer un slot actif&#xa0;; une fois le consommateur arrêté, celui-ci échouera à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>A consumer that uses this slot fails when it connects again.</source>
        <translation>Un consommateur qui utilise ce slot échouera à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Drop replication slot</source>
        <translation>Supprimer le slot de réplication</translation>
    </message>
    <message>
        <source>Dropping slot &quot;%1&quot;…</source>
        <translation>Suppression du slot «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Diagnosing slot &quot;%1&quot;…</source>
        <translation>Diagnostic du slot «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Diagnosed slot &quot;%1&quot;</source>
        <translation>Diagnostic du slot «&#xa0;%1&#xa0;» terminé</translation>
    </message>
    <message>
        <source>Slot &quot;%1&quot;</source>
        <translation>Slot «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Consommateur</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Adresse du client</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>socket local</translation>
    </message>
    <message>
        <source>Walsender pid</source>
        <translation>pid du walsender</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>État de synchronisation</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>Flushed (confirmed)</source>
        <translation>Sur disque (confirmé)</translation>
    </message>
    <message>
        <source>Replayed</source>
        <translation>Rejoué</translation>
    </message>
    <message>
        <source>Write lag</source>
        <translation>Retard d&apos;écriture</translation>
    </message>
    <message>
        <source>Flush lag</source>
        <translation>Retard de flush</translation>
    </message>
    <message>
        <source>Replay lag</source>
        <translation>Retard de rejeu</translation>
    </message>
    <message>
        <source>No consumer connected; inactive for %1.</source>
        <translation>Aucun consommateur connecté&#xa0;; inactif depuis %1.</translation>
    </message>
    <message>
        <source>No consumer connected.</source>
        <translation>Aucun consommateur connecté.</translation>
    </message>
    <message>
        <source>No consumer connected (the server says since when only from PostgreSQL 17).</source>
        <translation>Aucun consommateur connecté (le serveur n&apos;indique depuis quand qu&apos;à partir de PostgreSQL 17).</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>WAL status</source>
        <translation>Statut du WAL</translation>
    </message>
    <message>
        <source>Current WAL position</source>
        <translation>Position actuelle du WAL</translation>
    </message>
    <message>
        <source>Retained WAL</source>
        <translation>WAL retenu</translation>
    </message>
    <message>
        <source>Safe WAL size</source>
        <translation>Taille de WAL sûre</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimitée</translation>
    </message>
    <message>
        <source>%1 (age %2)</source>
        <translation>%1 (âge %2)</translation>
    </message>
    <message>
        <source>Decoding counters (pg_stat_replication_slots)</source>
        <translation>Compteurs de décodage (pg_stat_replication_slots)</translation>
    </message>
    <message>
        <source>Spilled to disk</source>
        <translation>Déversé sur disque</translation>
    </message>
    <message>
        <source>Streamed</source>
        <translation>Envoyé en flux</translation>
    </message>
    <message>
        <source>Decoded in total</source>
        <translation>Total décodé</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>never reset</source>
        <translation>jamais réinitialisées</translation>
    </message>
    <message>
        <source>Not available before PostgreSQL 14.</source>
        <translation>Non disponible avant PostgreSQL 14.</translation>
    </message>
    <message>
        <source>No statistics for this slot yet.</source>
        <translation>Pas encore de statistiques pour ce slot.</translation>
    </message>
    <message>
        <source>What holds back xmin and catalog_xmin (oldest first)</source>
        <translation>Ce qui retient xmin et catalog_xmin (du plus ancien au plus récent)</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>Rien.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Retient</translation>
    </message>
    <message>
        <source>Age (xids)</source>
        <translation>Âge (en xid)</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Ouvert depuis</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>pid %1 %2</source>
        <translation>pid %1 %2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>The consumer has received up to %1 but confirmed only up to %2: the slot moves on only as far as its consumer confirms</source>
        <translation>Le consommateur a reçu jusqu&apos;à %1 mais n&apos;a confirmé que jusqu&apos;à %2&#xa0;: le slot n&apos;avance que jusqu&apos;où son consommateur confirme</translation>
    </message>
    <message>
        <source>Held by pid %1, which has no pg_stat_replication row.</source>
        <extracomment>%1 is a process ID.</extracomment>
        <translation>Utilisé par le pid %1, qui n&apos;a pas de ligne dans pg_stat_replication.</translation>
    </message>
    <message>
        <source>Held by pid %1, which is not visible in pg_stat_activity and has no pg_stat_replication row.</source>
        <extracomment>%1 is a process ID.</extracomment>
        <translation>Utilisé par le pid %1, qui n&apos;est pas visible dans pg_stat_activity et n&apos;a pas de ligne dans pg_stat_replication.</translation>
    </message>
    <message>
        <source>Held by pid %1 (%2, application &quot;%3&quot;, state unknown), which has no pg_stat_replication row. Its query: %4</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 the query it runs.</extracomment>
        <translation>Utilisé par le pid %1 (%2, application «&#xa0;%3&#xa0;», état inconnu), qui n&apos;a pas de ligne dans pg_stat_replication. Sa requête&#xa0;: %4</translation>
    </message>
    <message>
        <source>Held by pid %1 (%2, application &quot;%3&quot;, state %4), which has no pg_stat_replication row. Its query: %5</source>
        <extracomment>%1 is a process ID, %2 its backend_type (e.g. client backend), %3 its application_name, %4 its state as the server names it (active, idle in transaction, ...), %5 the query it runs.</extracomment>
        <translation>Utilisé par le pid %1 (%2, application «&#xa0;%3&#xa0;», état %4), qui n&apos;a pas de ligne dans pg_stat_replication. Sa requête&#xa0;: %5</translation>
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
        <translation>Opérations de déversement sur disque</translation>
    </message>
    <message>
        <source>Stream operations</source>
        <translation>Opérations de streaming</translation>
    </message>
</context>
<context>
    <name>pgrepl::ui::SlotTableModel</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimitée</translation>
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
        <translation>Type</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Active PID</source>
        <translation>PID actif</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Temporaire</translation>
    </message>
    <message>
        <source>Two-phase</source>
        <translation>Deux phases</translation>
    </message>
    <message>
        <source>WAL status</source>
        <translation>Statut du WAL</translation>
    </message>
    <message>
        <source>Safe WAL size</source>
        <translation>Taille de WAL sûre</translation>
    </message>
    <message>
        <source>Retained WAL</source>
        <translation>WAL retenu</translation>
    </message>
</context>
</TS>
