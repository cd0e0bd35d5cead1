#pragma once

#include <QAbstractProxyModel>
#include <QPersistentModelIndex>

#include <optional>
#include <vector>

namespace pgrepl::ui {

// Shows a two-level tree (top rows whose children have no children) as one
// flat list: every top row and, right after an expanded one, its children.
// A table view over it appends in O(new rows), where a tree view lays out
// every top row again on each insert at the root.
class TreeFlattener final : public QAbstractProxyModel
{
    Q_OBJECT

public:
    // Past EventListModel's roles; EventRowDelegate reads the same numbers.
    enum Role {
        DepthRole = Qt::UserRole + 64, // int: 0 for a top row, 1 for a child
        ExpandableRole, // bool: a top row whose source row has children
        ExpandedRole, // bool: a top row showing its children; setData() expands or collapses,
                      // and on an invalid index expands or collapses all
    };

    explicit TreeFlattener(QObject *parent = nullptr);
    ~TreeFlattener() override;

    void setSourceModel(QAbstractItemModel *model) override;

    // index is a flat row of a top row, or a source top row; a child row,
    // or a row without children to expand, is refused (false).
    bool setExpanded(const QModelIndex &index, bool expanded);
    bool isExpanded(const QModelIndex &index) const;
    // One layout change each, whatever the number of rows.
    void expandAll();
    void collapseAll();
    int expandedCount() const { return int(m_expanded.size()); }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        int top; // source top row
        int child; // source child row, -1 for the top row itself
    };
    // A source insert or removal between its two signals.
    struct Pending
    {
        int top; // the parent's source row, -1 for top rows
        int first;
        int count;
        int flatFirst;
        int flatCount;
    };

    int topCount() const { return int(m_flatRowOfTop.size()); }
    // The flat row after top row `top` and its shown children.
    int flatEnd(int top) const;
    int shownChildren(int top) const { return flatEnd(top) - m_flatRowOfTop[std::size_t(top)] - 1; }
    // The source top row of index (flat top row or source top row), -1 if none.
    int topRowOf(const QModelIndex &index) const;
    void rebuild();
    // Runs change between a layout change's two signals, keeping this
    // model's persistent indexes on their source rows.
    template<typename F> void relayout(F change);
    void forgetExpanded(int top);
    void emitTopChanged(int top, int role);

    void sourceRowsAboutToBeInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(
        const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    void sourceAboutToBeReset();
    void sourceReset();

    std::vector<Entry> m_entries; // one per flat row
    std::vector<int> m_flatRowOfTop; // by source top row
    std::vector<char> m_expandedTop; // by source top row
    // The expanded top rows, so they follow the source's layout changes.
    std::vector<QPersistentModelIndex> m_expanded;
    std::optional<Pending> m_pending;
    // Between a source layoutAboutToBeChanged and layoutChanged: this
    // model's persistent indexes and the source rows they showed.
    QModelIndexList m_layoutFrom;
    std::vector<QPersistentModelIndex> m_layoutSources;
    bool m_resetting = false;
};

} // namespace pgrepl::ui
