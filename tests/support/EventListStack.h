#pragma once

// The event list's models as the main window stacks them (store,
// transaction index, list model, filter proxy), the models each checked by a
// QAbstractItemModelTester, for the GUI tests of the list.

#include "models/EventFilterProxy.h"
#include "models/EventListModel.h"
#include "store/EventStore.h"
#include "txn/TransactionIndex.h"

#include <QAbstractItemModelTester>

#include <optional>
#include <tuple>

namespace pgrepl::test {

struct EventListStack
{
    // checkModel: also test the list model itself (costly on large stores,
    // whose every insert the tester re-reads).
    explicit EventListStack(int protoVersion = 1, bool checkModel = true)
        : index(&store, protoVersion), model(&store, &index)
    {
        if (checkModel)
            modelTester.emplace(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxyTester.emplace(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    // For a test that names them: auto [store, index, model, proxy] = s.parts();
    auto parts() { return std::tie(store, index, model, proxy); }

    EventStore store;
    TransactionIndex index;
    ui::EventListModel model;
    ui::EventFilterProxy proxy;
    std::optional<QAbstractItemModelTester> modelTester;
    std::optional<QAbstractItemModelTester> proxyTester;
};

} // namespace pgrepl::test
