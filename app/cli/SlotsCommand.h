#pragma once

#include "BlockingSession.h"
#include "session/Catalog.h"

#include <QObject>
#include <QStringList>

namespace pgrepl::cli {

// `slots list|create|drop|copy`: replication slot housekeeping over one
// replication=database connection.
class SlotsCommand final : public QObject
{
    Q_OBJECT

public:
    static QString helpText();
    int run(const QStringList &arguments);

private:
    int list();
    int create(const QString &name, bool temporary, bool twoPhase, bool failover);
    int drop(const QString &name, bool wait);
    int copy(const QString &source, const QString &target, bool temporary);
    std::optional<QList<SlotInfo>> readSlots(QString *error);

    BlockingSession m_session;
};

} // namespace pgrepl::cli
