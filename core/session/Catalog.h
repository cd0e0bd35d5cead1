#pragma once

#include "session/PgConnection.h"
#include "wire/Lsn.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace pgrepl {

// A replication slot with its health, as pg_replication_slots shows it on
// this server, plus the WAL it holds back.
struct SlotInfo
{
    QString name;
    QString plugin;
    QString slotType;
    QString database;
    bool temporary = false;
    bool active = false;
    int activePid = 0;
    Lsn restartLsn;
    Lsn confirmedFlushLsn;
    QString xmin;
    QString catalogXmin;
    QString walStatus; // reserved, extended, unreserved, lost (13+)
    std::optional<qint64> safeWalSize; // bytes left before invalidation; none when unlimited
    bool twoPhase = false; // 14+
    std::optional<qint64> retainedBytes; // current WAL position minus restart_lsn
    // Every column the server returned, by name, in its order: newer servers
    // add columns (inactive_since, conflicting, failover...) that are shown as is.
    QList<QPair<QString, QString>> columns;

    // A sentence when the slot is lost or about to be, empty when healthy.
    QString healthWarning(qint64 largeRetainedBytes = qint64(1) << 30) const;
};

// A publication and the tables it publishes.
struct PublicationInfo
{
    QString name;
    QString owner;
    bool allTables = false;
    bool publishInsert = true, publishUpdate = true, publishDelete = true, publishTruncate = true;
    bool viaRoot = false; // 13+
    QStringList tables; // schema.table, with column list and row filter on 15+
};

// SQL for the catalogue views the inspector shows, and their parsing. The
// statements work on an ordinary and on a replication=database connection.
namespace catalog {
QString slotsQuery();
QList<SlotInfo> parseSlots(const QueryResult &result);
QString publicationsQuery(int serverVersionNum);
QList<PublicationInfo> parsePublications(const QueryResult &result);
QString currentWalLsnQuery(); // one row, column "lsn"
} // namespace catalog

} // namespace pgrepl
