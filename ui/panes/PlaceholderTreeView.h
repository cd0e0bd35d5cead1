#pragma once

#include <QTreeView>

namespace pgrepl::ui {

// A tree view that says what it will show while it has no rows, as the
// bytes pane does, instead of a blank pane.
class PlaceholderTreeView final : public QTreeView
{
    Q_OBJECT
public:
    using QTreeView::QTreeView;

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace pgrepl::ui
