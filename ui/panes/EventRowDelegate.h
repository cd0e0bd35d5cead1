#pragma once

#include "panes/ShapedTextCache.h"

#include <QStyledItemDelegate>

namespace pgrepl::ui {

// Paints the event list's cells on one text line, as the default delegate
// looks, at a fraction of its cost: while the list follows a busy slot every
// visible row is new on every repaint, and the style's multi-line text
// layout of each cell was most of the GUI thread's work. Over a flattened
// tree (a table view over TreeFlattener) it also draws, in one column, the
// indentation and expand arrow a tree view would.
class EventRowDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    // The roles a flattened tree gives (ui/models/TreeFlattener checks it
    // uses the same numbers).
    enum TreeRole {
        DepthRole = Qt::UserRole + 64, // int: 0 top row, 1 child
        ExpandableRole, // bool: the row has children to show
        ExpandedRole, // bool: its children are shown
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    // The column that gets the indentation and the arrow; -1 (the default)
    // for none, as under a tree view, which draws them itself.
    void setBranchColumn(int column) { m_branchColumn = column; }
    int branchColumn() const { return m_branchColumn; }
    // One level of indentation: the style's tree view indentation.
    static int indentation(const QWidget *widget);
    // Whether `style` draws an item panel for a cell that is not selected,
    // not hovered and has no brush of its own. Fusion and Windows draw
    // nothing there, and are not asked; any other style (a style sheet's,
    // a theme engine, a platform's own) may, and is.
    static bool drawsPlainItemPanels(const QStyle *style);
    // Where the cell's arrow is drawn (empty outside the branch column),
    // and where its text starts; option.rect is the cell.
    QRect branchRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QRect textRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Branch
    {
        bool column = false; // the branch column
        int depth = 0;
        bool expandable = false;
        bool expanded = false;
    };
    Branch branchOf(const QModelIndex &index) const;
    // The cell less the indentation and arrow.
    static QRect contentRect(const QStyleOptionViewItem &opt, const Branch &branch);
    static QRect arrowRect(const QStyleOptionViewItem &opt, const Branch &branch);
    // Text rect of an initialised option within content; iconRect, when
    // given, gets where the icon goes.
    static QRect layoutText(const QStyleOptionViewItem &opt, const QRect &content, QRect *iconRect);

    int m_branchColumn = -1;
    // paint() is const; the cache only saves work.
    mutable ShapedTextCache m_shaped;
};

} // namespace pgrepl::ui
