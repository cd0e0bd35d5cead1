#pragma once

// Groups decoded pgoutput messages into transactions: Begin...Commit,
// streamed chunks (possibly interleaved) up to Stream Commit or Stream Abort,
// and two-phase Prepare followed by Commit/Rollback Prepared.

#include "pgoutput/Messages.h"

#include <QHash>
#include <QList>

namespace pgrepl::pgoutput {

// One change and the (sub)transaction it came from: inside streamed chunks a
// change names its subtransaction, which a Stream Abort may withdraw.
struct Change
{
    std::uint32_t xid = 0;
    Message message; // Insert, Update, Delete, Truncate or a transactional Message
};

struct Transaction
{
    enum class Outcome {
        Committed,
        Aborted, // a streamed transaction the server aborted after sending chunks
        Prepared,
        CommittedPrepared,
        RolledBackPrepared,
        NonTransactional, // a pg_logical_emit_message(false, ...) on its own
    };
    Outcome outcome = Outcome::Committed;
    std::uint32_t xid = 0;
    // Commit, prepare or abort LSN (for a rollback of a prepared transaction
    // the prepare's end); the message's LSN when non-transactional.
    Lsn lsn;
    Lsn endLsn; // for a rollback of a prepared transaction, the rollback's end
    std::int64_t time = 0; // commit, prepare, rollback or abort time
    QString gid; // two-phase only
    QString origin;
    Lsn originLsn;
    bool streamed = false;
    // For Committed/RolledBackPrepared: false when the prepared part was not
    // seen (for instance it was prepared before this session started).
    bool changesKnown = true;
    QList<Change> changes;
};

QDebug operator<<(QDebug debug, const Transaction &t);

// Feed messages in stream order; finished transactions queue up until taken.
// Changes keep the views of the messages fed in, so the buffers behind them
// must outlive the transactions (a RecvlogicalReader's data, the store).
class TransactionAssembler final
{
public:
    // Returns why the message does not fit the stream (a change outside any
    // transaction, a Commit whose Begin was never seen...), or an empty
    // string. A misfit message is dropped; assembly goes on.
    QString add(const Message &message);

    QList<Transaction> takeFinished();

    bool inTransaction() const { return m_current.has_value(); }
    // Streamed transactions with chunks received but no commit or abort yet.
    qsizetype openStreamedCount() const { return m_streamed.size(); }
    // Prepared transactions waiting for COMMIT / ROLLBACK PREPARED, by GID.
    const QHash<QString, Transaction> &prepared() const { return m_prepared; }

    // Forgets open and prepared transactions (after a reconnect the server
    // starts again from a transaction boundary).
    void clear();

private:
    QString addChange(std::optional<std::uint32_t> xid, const Message &message);
    QString finishCurrent(std::uint32_t xid, Lsn lsn, Lsn endLsn, std::int64_t time,
        Transaction::Outcome outcome, const char *what);
    QString resolvePrepared(const QString &gid, std::uint32_t xid, Lsn lsn, Lsn endLsn, std::int64_t time,
        Transaction::Outcome outcome);

    std::optional<Transaction> m_current; // between Begin / Begin Prepare and Commit / Prepare
    std::optional<std::uint32_t> m_chunkXid; // between Stream Start and Stream Stop
    QHash<std::uint32_t, Transaction> m_streamed;
    QHash<QString, Transaction> m_prepared;
    QList<Transaction> m_finished;
};

} // namespace pgrepl::pgoutput
