#pragma once

#include <QList>
#include <QStandardItemModel>

namespace pgrepl {
struct ColumnValue;
class EventStore;
class TransactionIndex;
struct ValueContext;
} // namespace pgrepl

namespace pgrepl::ui {

// Fills the details tree for one event: every decoded field, and for changes
// every column with name, type, key flag and old/new value. Items carry the
// byte range they came from, so the bytes pane can highlight it. Built only
// for the selected row.
class DetailsBuilder final
{
public:
    enum Role { OffsetRole = Qt::UserRole + 1, LengthRole, ChangedRole };

    static void build(QStandardItemModel *model, const EventStore &store, const TransactionIndex &index,
        qsizetype event, const ValueContext &context);
    static void buildGroup(QStandardItemModel *model, const TransactionIndex &index, int group);

private:
    static QString valueText(const ColumnValue &value);
    static void addTuple(QStandardItem *parent, const QString &title, const QList<ColumnValue> &values,
        const QList<int> &changed = {});
};

} // namespace pgrepl::ui
