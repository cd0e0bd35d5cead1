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
    // ChangedRole: on the new row's columns an update changed (the old row's
    // are highlighted alike, without the role, so a search finds one).
    enum Role { OffsetRole = Qt::UserRole + 1, LengthRole, ChangedRole };

    static void build(QStandardItemModel *model, const EventStore &store, const TransactionIndex &index,
        qsizetype event, const ValueContext &context);
    static void buildGroup(QStandardItemModel *model, const TransactionIndex &index, int group);

private:
    static QString valueText(const ColumnValue &value);
    // markKeys: suffix replica identity columns with "(key)"; newRow: the
    // changed columns carry ChangedRole; note follows the column count in the
    // tuple's own row.
    static void addTuple(QStandardItem *parent, const QString &title, const QList<ColumnValue> &values,
        const QList<int> &changed, bool markKeys, bool newRow, const QString &note);
};

} // namespace pgrepl::ui
