#include "session/ServerProbe.h"

namespace pgrepl {

namespace {
bool isTrue(const QString &v)
{
    return v == u"t" || v == u"true";
}
} // namespace

ServerProbe::ServerProbe(QObject *parent) : QObject(parent), m_timer(this)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        finish(ProbeResult::Stage::Timeout,
            tr("No answer from the server within %1 seconds.").arg(m_timeoutMs / 1000.0, 0, 'g', 3));
    });
}

ServerProbe::~ServerProbe()
{
    cancel();
}

void ServerProbe::start(const ConnParams &params, const ConnEnvironment &env)
{
    cancel();
    m_result = ProbeResult {};
    m_pending = 0;
    m_connection = std::make_unique<PgConnection>();
    connect(m_connection.get(), &PgConnection::ready, this, &ServerProbe::onReady);
    connect(m_connection.get(), &PgConnection::failed, this, &ServerProbe::onFailed);
    connect(m_connection.get(), &PgConnection::queryFinished, this, &ServerProbe::onQueryFinished);
    m_timer.start(m_timeoutMs);
    // An ordinary connection: it shows what the role may do, and works
    // even where pg_hba.conf has no rule for replication connections.
    m_connection->open(params, env, {{"application_name", "pgrepl-inspector probe"}});
}

void ServerProbe::cancel()
{
    m_timer.stop();
    if (!m_connection)
        return;
    m_connection->disconnect(this);
    m_connection->close();
    // We may be inside one of its signals: let it finish before it goes.
    m_connection.release()->deleteLater();
}

void ServerProbe::onReady()
{
    m_result.serverVersion = m_connection->serverParameters().value(QStringLiteral("server_version"));
    m_result.authMethod = m_connection->authMethod();
    m_result.tls = m_connection->tlsInfo();
    m_identityQuery = m_connection->query(QStringLiteral(
        "SELECT current_setting('server_version_num') AS version_num, current_setting('wal_level') AS "
        "wal_level, current_user AS usr, current_database() AS db, r.rolsuper, r.rolreplication "
        "FROM pg_roles r WHERE r.rolname = current_user"));
    // A separate statement: a role without the right to read the control
    // file still gets everything else.
    m_systemIdQuery = m_connection->query(
        QStringLiteral("SELECT system_identifier::text AS system_id FROM pg_control_system()"));
    m_pending = 2;
}

void ServerProbe::onFailed(const ConnectionError &error)
{
    ProbeResult::Stage stage = ProbeResult::Stage::Connection;
    QString what;
    switch (error.kind) {
    case ConnectionError::Kind::Network:
    case ConnectionError::Kind::Protocol:
        what = tr("Could not connect: %1");
        break;
    case ConnectionError::Kind::Tls:
        stage = ProbeResult::Stage::Tls;
        what = tr("TLS failed: %1");
        break;
    case ConnectionError::Kind::Authentication:
        stage = ProbeResult::Stage::Authentication;
        what = tr("Authentication failed: %1");
        break;
    case ConnectionError::Kind::Server:
        // Class 28 is "invalid authorization specification": a wrong
        // password or no pg_hba.conf entry.
        if (error.server && error.server->sqlState().startsWith(QLatin1String("28"))) {
            stage = ProbeResult::Stage::Authentication;
            what = tr("Authentication failed: %1");
        } else {
            what = tr("The server refused the connection: %1");
        }
        break;
    }
    const QString detail = error.server ? error.server->message() : error.message;
    finish(stage, what.arg(detail.isEmpty() ? error.toString() : detail));
}

void ServerProbe::onQueryFinished(quint64 id, const QueryResult &r)
{
    if (id == m_identityQuery) {
        if (!r.ok || r.rows.isEmpty()) {
            finish(ProbeResult::Stage::Query,
                tr("Could not read the server settings: %1")
                    .arg(r.error ? r.error->message() : tr("no row for the current role")));
            return;
        }
        m_result.serverVersionNum = r.value(0, QStringLiteral("version_num")).toInt();
        m_result.walLevel = r.value(0, QStringLiteral("wal_level"));
        m_result.user = r.value(0, QStringLiteral("usr"));
        m_result.database = r.value(0, QStringLiteral("db"));
        m_result.superuser = isTrue(r.value(0, QStringLiteral("rolsuper")));
        m_result.replicationRole = isTrue(r.value(0, QStringLiteral("rolreplication")));
        // The publication query's columns depend on the version.
        m_slotsQuery = m_connection->query(catalog::slotsQuery());
        m_publicationsQuery = m_connection->query(catalog::publicationsQuery(m_result.serverVersionNum));
        m_pending += 2;
    } else if (id == m_systemIdQuery) {
        if (r.ok)
            m_result.systemId = r.value(0, QStringLiteral("system_id"));
    } else if (id == m_slotsQuery) {
        if (!r.ok) {
            finish(ProbeResult::Stage::Query,
                tr("Could not list the replication slots: %1").arg(r.error ? r.error->message() : QString()));
            return;
        }
        // Only logical slots of this database can be streamed from here.
        for (const SlotInfo &s : catalog::parseSlots(r))
            if (s.slotType == u"logical" && s.database == m_result.database)
                m_result.replicationSlots << s;
    } else if (id == m_publicationsQuery) {
        if (!r.ok) {
            finish(ProbeResult::Stage::Query,
                tr("Could not list the publications: %1").arg(r.error ? r.error->message() : QString()));
            return;
        }
        m_result.publications = catalog::parsePublications(r);
    } else {
        return;
    }
    if (--m_pending == 0)
        finish(ProbeResult::Stage::None, QString());
}

void ServerProbe::finish(ProbeResult::Stage failedStage, const QString &error)
{
    cancel();
    ProbeResult result = std::move(m_result);
    m_result = ProbeResult {};
    result.ok = failedStage == ProbeResult::Stage::None;
    result.failedStage = failedStage;
    result.error = error;
    emit finished(result);
}

QDebug operator<<(QDebug debug, const ProbeResult &r)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "ProbeResult(";
    if (!r.ok)
        return debug << "failed at stage " << int(r.failedStage) << ": " << r.error << ')';
    return debug << r.serverVersion << ", " << r.authMethod << ", tls " << r.tls.active << ", wal_level "
                 << r.walLevel << ", replicate " << r.canReplicate() << ", " << r.replicationSlots.size()
                 << " slots, " << r.publications.size() << " publications)";
}

} // namespace pgrepl
