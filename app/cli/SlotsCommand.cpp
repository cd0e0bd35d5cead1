#include "SlotsCommand.h"

#include "ArgParser.h"
#include "Cli.h"
#include "session/Catalog.h"
#include "session/ReplicationCommands.h"

#include <QTextStream>

namespace pgrepl::cli {

namespace {
QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}
QString lsnText(Lsn lsn)
{
    return lsn.isValid() ? lsn.toString() : QString();
}
} // namespace

QString SlotsCommand::helpText()
{
    return tr("Usage: pgrepl-inspector slots ACTION --dsn DSN [options]\n"
              "\n"
              "Lists and manages logical replication slots.\n"
              "\n"
              "Actions:\n"
              "  list                        A table of every slot with its health: WAL status, safe\n"
              "                              WAL size and the WAL it retains.\n"
              "  create NAME [--temporary] [--two-phase] [--failover]\n"
              "                              Create a pgoutput slot. A temporary slot lives only as\n"
              "                              long as this command's connection. --two-phase needs\n"
              "                              PostgreSQL 15, --failover 17.\n"
              "  drop NAME [--wait]          Drop a slot; with --wait, wait for it to become inactive.\n"
              "                              The WAL it retained is released and cannot be decoded\n"
              "                              from it any more.\n"
              "  copy SRC DST [--temporary]  Copy a logical slot (pg_copy_logical_replication_slot).\n"
              "\n"
              "Options:\n"
              "  --dsn DSN                   Connection string (key=value or postgresql:// URI).\n"
              "  -h, --help                  Show this help.\n"
              "\n"
              "Exit codes: 0 success, 1 connection or server error, 2 bad command line.\n");
}

int SlotsCommand::run(const QStringList &arguments)
{
    const QString cmd = QStringLiteral("slots");
    ArgParser p;
    p.addValue({QStringLiteral("--dsn")});
    for (const char *s : {"--temporary", "--two-phase", "--failover", "--wait"})
        p.addSwitch({QLatin1String(s)});
    if (!p.parse(arguments))
        return usageError(cmd, p.error());
    if (p.helpRequested()) {
        QTextStream(stdout) << helpText();
        return ExitOk;
    }
    const QStringList pos = p.positionals();
    if (pos.isEmpty())
        return usageError(cmd, tr("an action is required: list, create, drop or copy"));
    const QString action = pos.first();
    struct Shape
    {
        const char16_t *name;
        int operands;
        QStringList switches;
    };
    const QList<Shape> shapes = {
        {u"list", 0, {}},
        {u"create", 1,
            {QStringLiteral("--temporary"), QStringLiteral("--two-phase"), QStringLiteral("--failover")}},
        {u"drop", 1, {QStringLiteral("--wait")}},
        {u"copy", 2, {QStringLiteral("--temporary")}},
    };
    const auto shape = std::find_if(
        shapes.cbegin(), shapes.cend(), [&](const Shape &s) { return action == QStringView(s.name); });
    if (shape == shapes.cend())
        return usageError(cmd, tr("unknown action \"%1\"; use list, create, drop or copy").arg(action));
    if (pos.size() - 1 != shape->operands)
        return usageError(cmd,
            shape->operands == 0 ? tr("%1 takes no further arguments").arg(action)
                                 : tr("%1 needs %2 slot name(s)").arg(action).arg(shape->operands));
    for (const char *s : {"--temporary", "--two-phase", "--failover", "--wait"}) {
        const QString sw = QLatin1String(s);
        if (p.isSet(sw) && !shape->switches.contains(sw))
            return usageError(cmd, tr("%1 does not apply to %2").arg(sw, action));
    }
    for (qsizetype i = 1; i < pos.size(); ++i)
        if (pos.at(i).isEmpty())
            return usageError(cmd, tr("a slot name must not be empty"));
    if (!p.isSet(QStringLiteral("--dsn")))
        return usageError(cmd, tr("--dsn is required"));

    QString error;
    const auto params = parseDsn(p.value(QStringLiteral("--dsn")), &error);
    if (!params)
        return usageError(cmd, error);
    if (!m_session.connect(*params, ConnEnvironment::system(), &error)) {
        printError(tr("cannot connect: %1").arg(error));
        return ExitRuntime;
    }
    int rc = ExitOk;
    if (action == u"list")
        rc = list();
    else if (action == u"create")
        rc = create(pos.at(1), p.isSet(QStringLiteral("--temporary")), p.isSet(QStringLiteral("--two-phase")),
            p.isSet(QStringLiteral("--failover")));
    else if (action == u"drop")
        rc = drop(pos.at(1), p.isSet(QStringLiteral("--wait")));
    else
        rc = copy(pos.at(1), pos.at(2), p.isSet(QStringLiteral("--temporary")));
    m_session.session().disconnectFromServer();
    return rc;
}

std::optional<QList<SlotInfo>> SlotsCommand::readSlots(QString *error)
{
    const auto r = m_session.query(catalog::slotsQuery(), error);
    if (!r)
        return std::nullopt;
    return catalog::parseSlots(*r);
}

int SlotsCommand::list()
{
    QString error;
    const auto found = readSlots(&error);
    if (!found) {
        printError(tr("cannot list slots: %1").arg(error));
        return ExitRuntime;
    }
    const QStringList header = {QStringLiteral("slot_name"), QStringLiteral("plugin"),
        QStringLiteral("slot_type"), QStringLiteral("database"), QStringLiteral("temporary"),
        QStringLiteral("active"), QStringLiteral("active_pid"), QStringLiteral("restart_lsn"),
        QStringLiteral("confirmed_flush_lsn"), QStringLiteral("wal_status"), QStringLiteral("safe_wal_size"),
        QStringLiteral("two_phase"), QStringLiteral("retained_wal_bytes")};
    QList<QStringList> rows;
    QStringList warnings;
    for (const SlotInfo &s : *found) {
        rows << QStringList {s.name, s.plugin, s.slotType, s.database, yesNo(s.temporary), yesNo(s.active),
            s.activePid ? QString::number(s.activePid) : QString(), lsnText(s.restartLsn),
            lsnText(s.confirmedFlushLsn), s.walStatus,
            s.safeWalSize ? QString::number(*s.safeWalSize) : QString(), yesNo(s.twoPhase),
            s.retainedBytes ? QString::number(*s.retainedBytes) : QString()};
        const QString w = s.healthWarning();
        if (!w.isEmpty())
            warnings << w;
    }
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &r : rows)
        for (qsizetype c = 0; c < r.size(); ++c)
            widths[c] = std::max(widths[c], r[c].size());
    QTextStream out(stdout);
    auto printRow = [&](const QStringList &r) {
        QString line;
        for (qsizetype c = 0; c < r.size(); ++c)
            line += (c ? QStringLiteral("  ") : QString()) + r[c].leftJustified(widths[c]);
        out << line.trimmed() << '\n';
    };
    printRow(header);
    QStringList rule;
    for (qsizetype w : widths)
        rule << QString(w, u'-');
    printRow(rule);
    for (const QStringList &r : rows)
        printRow(r);
    out << tr("(%n slot(s))", nullptr, int(rows.size())) << '\n';
    for (const QString &w : warnings)
        out << tr("warning: %1").arg(w) << '\n';
    return ExitOk;
}

int SlotsCommand::create(const QString &name, bool temporary, bool twoPhase, bool failover)
{
    commands::CreateSlotOptions o;
    o.temporary = temporary;
    o.twoPhase = twoPhase;
    o.failover = failover;
    QString error;
    const QString sql
        = commands::createSlot(name, o, m_session.session().identity().serverVersionNum, &error);
    if (sql.isEmpty() || !m_session.query(sql, &error)) {
        printError(tr("cannot create slot \"%1\": %2").arg(name, error));
        return ExitRuntime;
    }
    QTextStream(stdout) << tr("created slot \"%1\" (pgoutput)").arg(name) << '\n';
    if (temporary)
        QTextStream(stdout) << tr("it was temporary: the server dropped it when this command disconnected")
                            << '\n';
    return ExitOk;
}

int SlotsCommand::drop(const QString &name, bool wait)
{
    QString error;
    const auto found = readSlots(&error);
    if (!found) {
        printError(tr("cannot read slot \"%1\": %2").arg(name, error));
        return ExitRuntime;
    }
    const auto it
        = std::find_if(found->cbegin(), found->cend(), [&](const SlotInfo &s) { return s.name == name; });
    if (it == found->cend()) {
        printError(tr("replication slot \"%1\" does not exist").arg(name));
        return ExitRuntime;
    }
    if (!m_session.query(commands::dropSlot(name, wait), &error)) {
        printError(tr("cannot drop slot \"%1\": %2").arg(name, error));
        return ExitRuntime;
    }
    QTextStream out(stdout);
    out << tr("dropped slot \"%1\"").arg(name) << '\n';
    if (it->slotType == u"logical")
        out << tr("lost: the changes after its confirmed_flush_lsn %1 that no one had acknowledged; a "
                  "subscriber or consumer of this slot must start over from a new slot and a fresh copy")
                   .arg(lsnText(it->confirmedFlushLsn))
            << '\n';
    if (it->retainedBytes)
        out << tr("released: the %1 bytes of WAL it retained from restart_lsn %2")
                   .arg(*it->retainedBytes)
                   .arg(lsnText(it->restartLsn))
            << '\n';
    return ExitOk;
}

int SlotsCommand::copy(const QString &source, const QString &target, bool temporary)
{
    QString error;
    const QString sql
        = QStringLiteral("SELECT slot_name, lsn FROM pg_copy_logical_replication_slot(%1, %2, %3)")
              .arg(commands::quoteLiteral(source), commands::quoteLiteral(target),
                  temporary ? QStringLiteral("true") : QStringLiteral("false"));
    const auto r = m_session.query(sql, &error);
    if (!r) {
        printError(tr("cannot copy slot \"%1\" to \"%2\": %3").arg(source, target, error));
        return ExitRuntime;
    }
    QTextStream(stdout) << tr("copied slot \"%1\" to \"%2\"").arg(source, target) << '\n';
    if (temporary)
        QTextStream(stdout) << tr(
            "the copy was temporary: the server dropped it when this command disconnected")
                            << '\n';
    return ExitOk;
}

} // namespace pgrepl::cli
