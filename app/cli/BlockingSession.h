#pragma once

#include "session/ReplicationSession.h"

#include <optional>

namespace pgrepl::cli {

// A replication=database session for straight-line command-line code: each
// call runs a local event loop until the server answered. Only for the
// headless subcommands, where no window waits on the loop.
class BlockingSession final
{
public:
    ReplicationSession &session() { return m_session; }

    // False with *error set (the server's detail and hint included).
    bool connect(const ConnParams &params, const ConnEnvironment &env, QString *error);
    // The result of a successful query; nullopt with *error set otherwise.
    std::optional<QueryResult> query(const QString &sql, QString *error);

private:
    ReplicationSession m_session;
};

} // namespace pgrepl::cli
