#pragma once

// An event store of hand-built pgoutput messages with its transaction index,
// for the tests of what reads through both (exports, the export dialog).

#include "store/EventStore.h"
#include "txn/TransactionIndex.h"

#include <QtTest>

namespace pgrepl::test {

struct IndexedStore
{
    EventStore store;
    TransactionIndex index {&store};

    // One XLogData message, starting and ending at lsn.
    void add(quint64 lsn, const QByteArray &payload)
    {
        EventMeta meta;
        meta.walStart = Lsn(lsn);
        meta.walEnd = Lsn(lsn);
        QVERIFY(store.append(meta, payload));
    }
};

} // namespace pgrepl::test
