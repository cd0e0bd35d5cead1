#include "panes/EventRowDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

#include <algorithm>
#include <array>
#include <string_view>

namespace pgrepl::ui {

int EventRowDelegate::indentation(const QWidget *widget)
{
    const QStyle *style = widget ? widget->style() : QApplication::style();
    return style->pixelMetric(QStyle::PM_TreeViewIndentation, nullptr, widget);
}

bool EventRowDelegate::drawsPlainItemPanels(const QStyle *style)
{
    // These leave PE_PanelItemViewItem to QCommonStyle, which fills only a
    // selection or the cell's own brush. They are matched by class name (a
    // style is a plugin, not a type to cast to), so a proxy style, which may
    // draw anything whatever its base, is asked.
    static constexpr std::array<std::string_view, 3> emptyForPlainCells {
        "QCommonStyle", "QFusionStyle", "QWindowsStyle"};
    const std::string_view name = style->metaObject()->className();
    return std::find(emptyForPlainCells.cbegin(), emptyForPlainCells.cend(), name)
        == emptyForPlainCells.cend();
}

EventRowDelegate::Branch EventRowDelegate::branchOf(const QModelIndex &index) const
{
    Branch b;
    if (m_branchColumn < 0 || index.column() != m_branchColumn)
        return b;
    b.column = true;
    // One call for the three roles: this runs for every visible row.
    std::array<QModelRoleData, 3> roles {
        QModelRoleData(DepthRole), QModelRoleData(ExpandableRole), QModelRoleData(ExpandedRole)};
    index.multiData(roles);
    b.depth = std::max(0, roles[0].data().toInt());
    b.expandable = roles[1].data().toBool();
    b.expanded = roles[2].data().toBool();
    return b;
}

QRect EventRowDelegate::arrowRect(const QStyleOptionViewItem &opt, const Branch &branch)
{
    if (!branch.column)
        return {};
    const int indent = indentation(opt.widget);
    const QRect r(opt.rect.left() + branch.depth * indent, opt.rect.top(), indent, opt.rect.height());
    return QStyle::visualRect(opt.direction, opt.rect, r);
}

QRect EventRowDelegate::contentRect(const QStyleOptionViewItem &opt, const Branch &branch)
{
    if (!branch.column)
        return opt.rect;
    // Every top row keeps the arrow's place, as a tree view's root
    // decoration does, so the text of all rows of a level lines up.
    const int reserved = std::min(opt.rect.width(), (branch.depth + 1) * indentation(opt.widget));
    const QRect r = opt.rect.adjusted(reserved, 0, 0, 0);
    return QStyle::visualRect(opt.direction, opt.rect, r);
}

QRect EventRowDelegate::layoutText(const QStyleOptionViewItem &opt, const QRect &content, QRect *iconRect)
{
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    QRect area = content.adjusted(margin, 0, -margin, 0);
    if (opt.features.testFlag(QStyleOptionViewItem::HasDecoration)) {
        // subElementRect would measure the text to place the icon: done by
        // hand, the same place the style puts it.
        QRect icon(QPoint(), opt.decorationSize);
        icon.moveCenter(QPoint(area.left() + opt.decorationSize.width() / 2, content.center().y()));
        area.setLeft(icon.right() + 1 + 2 * margin);
        if (iconRect)
            *iconRect = icon;
    }
    return area;
}

QRect EventRowDelegate::branchRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    return arrowRect(option, branchOf(index));
}

QRect EventRowDelegate::textRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    return layoutText(opt, contentRect(opt, branchOf(index)), nullptr);
}

QSize EventRowDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const Branch b = branchOf(index);
    if (b.column)
        size.rwidth() += (b.depth + 1) * indentation(option.widget);
    return size;
}

void EventRowDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Background, selection and hover as the style draws them. Under the
    // usual styles a plain cell has none of them (the view fills alternate
    // rows itself), and asking the style for nothing was a sixth of the
    // cell's cost.
    if (opt.state.testAnyFlags(QStyle::State_Selected | QStyle::State_MouseOver)
        || opt.backgroundBrush.style() != Qt::NoBrush || drawsPlainItemPanels(style))
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const Branch branch = branchOf(index);
    if (branch.expandable) {
        QStyleOption arrow;
        arrow.QStyleOption::operator=(opt);
        arrow.rect = arrowRect(opt, branch);
        arrow.state = QStyle::State_Item | QStyle::State_Children
            | (opt.state & (QStyle::State_Enabled | QStyle::State_Selected | QStyle::State_Active))
            | (branch.expanded ? QStyle::State_Open : QStyle::State_None);
        style->drawPrimitive(QStyle::PE_IndicatorBranch, &arrow, painter, widget);
    }

    QRect iconRect;
    const QRect area = layoutText(opt, contentRect(opt, branch), &iconRect);
    if (opt.features.testFlag(QStyleOptionViewItem::HasDecoration))
        opt.icon.paint(painter, iconRect, opt.decorationAlignment,
            opt.state.testFlag(QStyle::State_Enabled) ? QIcon::Normal : QIcon::Disabled);

    if (!opt.text.isEmpty() && area.width() > 0) {
        const QPalette::ColorGroup group = !opt.state.testFlag(QStyle::State_Enabled) ? QPalette::Disabled
            : opt.state.testFlag(QStyle::State_Active)                                ? QPalette::Normal
                                                                                      : QPalette::Inactive;
        painter->save();
        // Cells hold data, not prose: text without kerning or ligatures
        // reads as well, and Qt (and ShapedTextCache, faster) lays it out
        // from a table of advances instead of shaping it.
        opt.font.setKerning(false);
        opt.font.setStyleStrategy(QFont::StyleStrategy(opt.font.styleStrategy() | QFont::PreferNoShaping));
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(
            group, opt.state.testFlag(QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text));
        const QFontMetrics &fm = opt.fontMetrics;
        // One line only, and no longer than the cell could show: shaping a
        // long summary that is cut off anyway is wasted work.
        QString text = opt.text;
        const qsizetype nl = text.indexOf(u'\n');
        if (nl >= 0)
            text.truncate(nl);
        const int narrowest = std::max(1, fm.horizontalAdvance(u'.') / 2);
        const qsizetype fits = area.width() / narrowest + 2;
        if (text.size() > fits)
            text.truncate(fits);
        const ShapedTextCache::Line &line
            = m_shaped.line(text, opt.font, area.width(), opt.textElideMode, opt.direction);
        const Qt::Alignment h
            = QStyle::visualAlignment(opt.direction, opt.displayAlignment) & Qt::AlignHorizontal_Mask;
        int x = area.left();
        if (h & Qt::AlignRight)
            x = area.right() + 1 - line.width();
        else if (h & Qt::AlignHCenter)
            x = area.left() + (area.width() - line.width()) / 2;
        const int top = area.top() + (area.height() - fm.height()) / 2;
        // Elided text fits; what cannot be elided (one wide character)
        // stays in its cell.
        if (line.width() > area.width())
            painter->setClipRect(opt.rect, Qt::IntersectClip);
        m_shaped.draw(painter, line, x, top);
        painter->restore();
    }

    if (opt.state.testFlag(QStyle::State_HasFocus)) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = opt.rect;
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = opt.palette.color(
            opt.state.testFlag(QStyle::State_Selected) ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
}

} // namespace pgrepl::ui
