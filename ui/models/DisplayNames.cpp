#include "models/DisplayNames.h"

namespace pgrepl::ui {

QString DisplayNames::txnState(TxnState state)
{
    switch (state) {
    case TxnState::InProgress:
        return tr("in progress");
    case TxnState::Committed:
        return tr("committed");
    case TxnState::Aborted:
        return tr("aborted");
    case TxnState::Prepared:
        return tr("prepared");
    case TxnState::CommitPrepared:
        return tr("committed prepared");
    case TxnState::RolledBack:
        return tr("rolled back");
    case TxnState::Incomplete:
        return tr("incomplete");
    }
    return {};
}

QString DisplayNames::ackMode(AckMode mode)
{
    switch (mode) {
    case AckMode::Manual:
        return tr("manual");
    case AckMode::Auto:
        return tr("automatic");
    case AckMode::Never:
        return tr("never (peek)");
    }
    return {};
}

} // namespace pgrepl::ui
