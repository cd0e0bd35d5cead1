#pragma once

#include <QSortFilterProxyModel>

namespace pgrepl::ui {

// Filters the event list: hides keepalives (and our status updates) on
// request, and keeps rows whose kind, relation or summary contain a text. A
// transaction stays visible when one of its events matches.
class EventFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EventFilterProxy(QObject *parent = nullptr);

    void setHideKeepalives(bool hide);
    bool hideKeepalives() const { return m_hideKeepalives; }
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_hideKeepalives = false;
    QString m_text;
};

} // namespace pgrepl::ui
