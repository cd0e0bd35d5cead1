#include "pgoutput/TransactionAssembler.h"

namespace pgrepl::pgoutput {

namespace {

const char *outcomeName(Transaction::Outcome outcome)
{
    switch (outcome) {
    case Transaction::Outcome::Committed:
        return "committed";
    case Transaction::Outcome::Aborted:
        return "aborted";
    case Transaction::Outcome::Prepared:
        return "prepared";
    case Transaction::Outcome::CommittedPrepared:
        return "commit prepared";
    case Transaction::Outcome::RolledBackPrepared:
        return "rollback prepared";
    case Transaction::Outcome::NonTransactional:
        return "non-transactional";
    }
    return "";
}

bool isChange(const Message &m)
{
    return std::holds_alternative<Insert>(m) || std::holds_alternative<Update>(m)
        || std::holds_alternative<Delete>(m) || std::holds_alternative<Truncate>(m);
}

std::optional<std::uint32_t> changeXid(const Message &m)
{
    return std::visit(
        [](const auto &inner) -> std::optional<std::uint32_t> {
            if constexpr (
                requires { inner.relationOid; } || requires { inner.relationOids; }
                || requires { inner.prefix; })
                return inner.xid;
            else
                return std::nullopt;
        },
        m);
}

} // namespace

QDebug operator<<(QDebug debug, const Transaction &t)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Transaction(" << outcomeName(t.outcome) << ", xid=" << t.xid;
    if (!t.gid.isEmpty())
        debug << ", gid=" << t.gid;
    debug << ", lsn=" << qUtf8Printable(t.lsn.toString())
          << ", endLsn=" << qUtf8Printable(t.endLsn.toString()) << (t.streamed ? ", streamed" : "") << ", "
          << t.changes.size() << " changes)";
    return debug;
}

void TransactionAssembler::clear()
{
    m_current.reset();
    m_chunkXid.reset();
    m_streamed.clear();
    m_prepared.clear();
}

QList<Transaction> TransactionAssembler::takeFinished()
{
    return std::exchange(m_finished, {});
}

QString TransactionAssembler::addChange(std::optional<std::uint32_t> xid, const Message &message)
{
    if (m_chunkXid) {
        // Inside a chunk the change names its (sub)transaction; the chunk
        // names the top-level one it belongs to.
        m_streamed[*m_chunkXid].changes.append(Change {xid.value_or(*m_chunkXid), message});
        return {};
    }
    if (m_current) {
        m_current->changes.append(Change {m_current->xid, message});
        return {};
    }
    return QStringLiteral("%1 outside any transaction").arg(messageTypeName(tagOf(message)));
}

QString TransactionAssembler::finishCurrent(
    std::uint32_t xid, Lsn lsn, Lsn endLsn, std::int64_t time, Transaction::Outcome outcome, const char *what)
{
    if (!m_current)
        return QStringLiteral("%1 without a transaction in progress").arg(QLatin1String(what));
    Transaction t = std::move(*m_current);
    m_current.reset();
    QString problem;
    if (t.lsn != lsn)
        problem = QStringLiteral("%1 at %2 but the transaction announced %3")
                      .arg(QLatin1String(what), lsn.toString(), t.lsn.toString());
    if (xid != 0)
        t.xid = xid;
    t.outcome = outcome;
    t.lsn = lsn;
    t.endLsn = endLsn;
    t.time = time;
    if (outcome == Transaction::Outcome::Prepared)
        m_prepared.insert(t.gid, t);
    m_finished.append(std::move(t));
    return problem;
}

QString TransactionAssembler::resolvePrepared(const QString &gid, std::uint32_t xid, Lsn lsn, Lsn endLsn,
    std::int64_t time, Transaction::Outcome outcome)
{
    Transaction t;
    if (const auto it = m_prepared.constFind(gid); it != m_prepared.cend()) {
        t = it.value();
        m_prepared.erase(it);
    } else {
        t.gid = gid;
        t.changesKnown = false;
    }
    t.outcome = outcome;
    t.xid = xid;
    t.lsn = lsn;
    t.endLsn = endLsn;
    t.time = time;
    m_finished.append(std::move(t));
    return {};
}

QString TransactionAssembler::add(const Message &message)
{
    if (isChange(message))
        return addChange(changeXid(message), message);
    if (const auto *m = std::get_if<LogicalMessage>(&message)) {
        if (m->transactional())
            return addChange(m->xid, message);
        Transaction t;
        t.outcome = Transaction::Outcome::NonTransactional;
        t.lsn = m->lsn;
        t.changes.append(Change {0, message});
        m_finished.append(std::move(t));
        return {};
    }
    if (const auto *b = std::get_if<Begin>(&message)) {
        QString problem;
        if (m_current)
            problem = QStringLiteral("Begin of xid %1 while xid %2 is still open; its changes are dropped")
                          .arg(b->xid)
                          .arg(m_current->xid);
        m_current = Transaction {};
        m_current->xid = b->xid;
        m_current->lsn = b->finalLsn;
        m_current->time = b->commitTime;
        return problem;
    }
    if (const auto *c = std::get_if<Commit>(&message))
        return finishCurrent(
            0, c->commitLsn, c->endLsn, c->commitTime, Transaction::Outcome::Committed, "Commit");
    if (const auto *o = std::get_if<Origin>(&message)) {
        Transaction *t = m_chunkXid ? &m_streamed[*m_chunkXid] : (m_current ? &*m_current : nullptr);
        if (!t)
            return QStringLiteral("Origin outside any transaction");
        t->origin = o->name;
        t->originLsn = o->commitLsn;
        return {};
    }
    if (const auto *s = std::get_if<StreamStart>(&message)) {
        m_chunkXid = s->xid;
        Transaction &t = m_streamed[s->xid];
        t.xid = s->xid;
        t.streamed = true;
        return {};
    }
    if (std::holds_alternative<StreamStop>(message)) {
        if (!m_chunkXid)
            return QStringLiteral("Stream Stop without Stream Start");
        m_chunkXid.reset();
        return {};
    }
    if (const auto *c = std::get_if<StreamCommit>(&message)) {
        const auto it = m_streamed.find(c->xid);
        if (it == m_streamed.end())
            return QStringLiteral("Stream Commit of xid %1, which sent no chunk").arg(c->xid);
        Transaction t = std::move(it.value());
        m_streamed.erase(it);
        t.outcome = Transaction::Outcome::Committed;
        t.lsn = c->commitLsn;
        t.endLsn = c->endLsn;
        t.time = c->commitTime;
        m_finished.append(std::move(t));
        return {};
    }
    if (const auto *a = std::get_if<StreamAbort>(&message)) {
        const auto it = m_streamed.find(a->xid);
        if (it == m_streamed.end())
            return QStringLiteral("Stream Abort of xid %1, which sent no chunk").arg(a->xid);
        if (a->subxid != a->xid) {
            // Only that subtransaction is withdrawn; the rest may still commit.
            it->changes.removeIf([subxid = a->subxid](const Change &change) { return change.xid == subxid; });
            return {};
        }
        Transaction t = std::move(it.value());
        m_streamed.erase(it);
        t.outcome = Transaction::Outcome::Aborted;
        t.lsn = a->abortLsn.value_or(Lsn());
        t.time = a->abortTime.value_or(0);
        m_finished.append(std::move(t));
        return {};
    }
    if (const auto *b = std::get_if<BeginPrepare>(&message)) {
        QString problem;
        if (m_current)
            problem = QStringLiteral(
                "Begin Prepare of xid %1 while xid %2 is still open; its changes are dropped")
                          .arg(b->xid)
                          .arg(m_current->xid);
        m_current = Transaction {};
        m_current->xid = b->xid;
        m_current->gid = b->gid;
        m_current->lsn = b->prepareLsn;
        m_current->time = b->prepareTime;
        return problem;
    }
    if (const auto *p = std::get_if<Prepare>(&message)) {
        if (m_current && m_current->gid != p->gid)
            return QStringLiteral("Prepare of GID %1 inside the transaction of GID %2")
                .arg(p->gid, m_current->gid);
        return finishCurrent(
            p->xid, p->prepareLsn, p->endLsn, p->prepareTime, Transaction::Outcome::Prepared, "Prepare");
    }
    if (const auto *p = std::get_if<StreamPrepare>(&message)) {
        const auto it = m_streamed.find(p->xid);
        if (it == m_streamed.end())
            return QStringLiteral("Stream Prepare of xid %1, which sent no chunk").arg(p->xid);
        Transaction t = std::move(it.value());
        m_streamed.erase(it);
        t.outcome = Transaction::Outcome::Prepared;
        t.gid = p->gid;
        t.lsn = p->prepareLsn;
        t.endLsn = p->endLsn;
        t.time = p->prepareTime;
        m_prepared.insert(t.gid, t);
        m_finished.append(std::move(t));
        return {};
    }
    if (const auto *c = std::get_if<CommitPrepared>(&message))
        return resolvePrepared(
            c->gid, c->xid, c->commitLsn, c->endLsn, c->commitTime, Transaction::Outcome::CommittedPrepared);
    if (const auto *r = std::get_if<RollbackPrepared>(&message))
        return resolvePrepared(r->gid, r->xid, r->prepareEndLsn, r->rollbackEndLsn, r->rollbackTime,
            Transaction::Outcome::RolledBackPrepared);
    // Relation and Type describe; the RelationCache keeps them.
    return {};
}

} // namespace pgrepl::pgoutput
