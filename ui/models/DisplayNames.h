#pragma once

#include "session/ReplicationTypes.h"
#include "txn/TransactionIndex.h"

#include <QCoreApplication>
#include <QString>

namespace pgrepl::ui {

// What the user reads for the core's states. The core's own names
// (txnStateName, ackModeName) stay fixed: settings, exports and the command
// line use them.
class DisplayNames final
{
    Q_DECLARE_TR_FUNCTIONS(DisplayNames)

public:
    static QString txnState(TxnState state);
    static QString ackMode(AckMode mode);
};

} // namespace pgrepl::ui
