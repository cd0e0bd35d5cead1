#pragma once

#include "conn/ConnParams.h"
#include "session/Catalog.h"
#include "session/PgConnection.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

namespace pgrepl {

// What "Test connection" learnt about a server over an ordinary (not
// replication) connection: enough to fill the connect dialog's pickers and
// to warn before a replication connection would fail.
struct ProbeResult
{
    // Which step went wrong, so the dialog can say what failed.
    enum class Stage { None, Connection, Tls, Authentication, Query, Timeout };

    bool ok = false;
    Stage failedStage = Stage::None;
    QString error; // one sentence naming the step that failed; empty when ok

    QString serverVersion; // ParameterStatus server_version, e.g. "15.6 (Debian 15.6-0+deb12u1)"
    int serverVersionNum = 0; // server_version_num, e.g. 150006
    QString authMethod; // as PgConnection reports it: "SCRAM-SHA-256", "md5", "trust"...
    TlsInfo tls;
    QString systemId; // empty when pg_control_system() is not readable by this role
    QString walLevel;
    QString user; // current_user
    QString database; // current_database()
    bool superuser = false;
    bool replicationRole = false; // rolreplication
    // Logical slots of this database (any plugin) and its publications.
    QList<SlotInfo> replicationSlots;
    QList<PublicationInfo> publications;

    bool walLevelIsLogical() const { return walLevel == u"logical"; }
    bool canReplicate() const { return superuser || replicationRole; }
};

// Opens one ordinary connection with the given parameters, runs a few
// catalogue queries and reports a ProbeResult through finished(), once per
// start(). The connection is closed again before finished() is emitted.
class ServerProbe final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 20000;

    explicit ServerProbe(QObject *parent = nullptr);
    ~ServerProbe() override;

    // A whole probe (connect, authenticate, query) that takes longer fails
    // with Stage::Timeout, so that an unreachable host never leaves the
    // dialog waiting.
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // Starts probing; a probe still running is abandoned without a result.
    void start(const ConnParams &params, const ConnEnvironment &env);
    // Abandons the running probe without emitting finished().
    void cancel();
    bool isRunning() const { return m_connection != nullptr; }

signals:
    void finished(const pgrepl::ProbeResult &result);

private:
    void onReady();
    void onFailed(const ConnectionError &error);
    void onQueryFinished(quint64 id, const QueryResult &result);
    void finish(ProbeResult::Stage failedStage, const QString &error);

    std::unique_ptr<PgConnection> m_connection;
    QTimer m_timer;
    int m_timeoutMs = kDefaultTimeoutMs;
    ProbeResult m_result;
    quint64 m_identityQuery = 0;
    quint64 m_systemIdQuery = 0;
    quint64 m_slotsQuery = 0;
    quint64 m_publicationsQuery = 0;
    int m_pending = 0;
};

QDebug operator<<(QDebug debug, const ProbeResult &result);

} // namespace pgrepl

Q_DECLARE_METATYPE(pgrepl::ProbeResult)
