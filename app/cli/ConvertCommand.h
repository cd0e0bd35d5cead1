#pragma once

#include <QObject>
#include <QStringList>

namespace pgrepl::cli {

// `convert`: a pgcap capture or a pg_recvlogical file into pgcap or the
// pg_recvlogical layout, told apart by the pgcap magic.
class ConvertCommand final : public QObject
{
    Q_OBJECT

public:
    static QString helpText();
    int run(const QStringList &arguments);
};

} // namespace pgrepl::cli
