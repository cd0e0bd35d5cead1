#pragma once

#include <QTableView>

namespace pgrepl::ui {

class EventRowDelegate;

// The event list as a table over a flattened tree (ui/models/TreeFlattener):
// rows appended at the end cost only themselves, where a tree view lays out
// every top row again. It looks and answers like a tree view: one line a
// row, an arrow and indentation in the first column, arrows, keys and
// double-clicks expanding and collapsing. It talks to the model only through
// the flattener's roles, so this library need not link it.
class EventTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit EventTableView(QWidget *parent = nullptr);

    // Indexes below are the view's model's (flat rows) unless said otherwise.
    void expand(const QModelIndex &index);
    void collapse(const QModelIndex &index);
    void setExpanded(const QModelIndex &index, bool expanded);
    bool isExpanded(const QModelIndex &index) const;
    bool isExpandable(const QModelIndex &index) const;
    void expandAll();
    void collapseAll();
    // treeIndex is a row of the flattener's source (the two-level tree):
    // expands its parent if needed and gives its flat index (invalid when
    // the row is not in the model). Scroll to it with scrollTo().
    QModelIndex showSource(const QModelIndex &treeIndex);
    // The tree row a flat row shows.
    QModelIndex sourceIndex(const QModelIndex &index) const;

    EventRowDelegate *rowDelegate() const { return m_delegate; }
    // Where index's arrow is, in viewport coordinates; empty when it has none.
    QRect branchRect(const QModelIndex &index) const;
    // Where index's text starts, in viewport coordinates.
    QRect textRect(const QModelIndex &index) const;

signals:
    void expanded(const QModelIndex &index);
    void collapsed(const QModelIndex &index);

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateRowHeight();
    int depth(const QModelIndex &index) const;
    // The flat row of a child's top row.
    QModelIndex parentRow(const QModelIndex &index) const;
    // Moves the current row, keeping the column, as the arrow keys do.
    void moveCurrent(const QModelIndex &to);
    QStyleOptionViewItem cellOption(const QModelIndex &index) const;

    EventRowDelegate *m_delegate;
};

} // namespace pgrepl::ui
