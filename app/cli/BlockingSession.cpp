#include "BlockingSession.h"

#include <QEventLoop>

namespace pgrepl::cli {

bool BlockingSession::connect(const ConnParams &params, const ConnEnvironment &env, QString *error)
{
    QEventLoop loop;
    bool ok = false;
    QObject::connect(&m_session, &ReplicationSession::connected, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(&m_session, &ReplicationSession::failed, &loop, [&](const ConnectionError &e) {
        *error = e.toString();
        loop.quit();
    });
    m_session.connectToServer(params, env);
    loop.exec();
    return ok;
}

std::optional<QueryResult> BlockingSession::query(const QString &sql, QString *error)
{
    QEventLoop loop;
    std::optional<QueryResult> result;
    quint64 id = 0;
    QObject::connect(
        &m_session, &ReplicationSession::queryFinished, &loop, [&](quint64 finished, const QueryResult &r) {
            if (finished != id)
                return;
            if (r.ok)
                result = r;
            else
                *error = r.error ? r.error->toString() : QStringLiteral("the query failed");
            loop.quit();
        });
    QObject::connect(&m_session, &ReplicationSession::failed, &loop, [&](const ConnectionError &e) {
        *error = e.toString();
        loop.quit();
    });
    id = m_session.runQuery(sql);
    if (id == 0) {
        *error = QStringLiteral("not connected");
        return std::nullopt;
    }
    loop.exec();
    return result;
}

} // namespace pgrepl::cli
