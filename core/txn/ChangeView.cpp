#include "txn/ChangeView.h"

#include "types/BinaryValues.h"

namespace pgrepl {

using namespace pgoutput;

QString qualifiedName(const Relation &relation)
{
    return quoteIdentifier(relation.nspname) + u'.' + quoteIdentifier(relation.relname);
}

QString replicaIdentityNote(ReplicaIdentity identity)
{
    switch (identity) {
    case ReplicaIdentity::Default:
        return QStringLiteral(
            "REPLICA IDENTITY DEFAULT: only the primary key columns of the old row are sent, "
            "and only when the key changed");
    case ReplicaIdentity::Index:
        return QStringLiteral(
            "REPLICA IDENTITY USING INDEX: only the index's columns of the old row are sent, "
            "and only when they changed");
    case ReplicaIdentity::Full:
        return QStringLiteral("REPLICA IDENTITY FULL: the whole old row is sent");
    case ReplicaIdentity::Nothing:
        return QStringLiteral("REPLICA IDENTITY NOTHING: no old row is ever sent");
    }
    return {};
}

ColumnValue renderValue(const TupleValue &value, const RelationColumn *column, const ValueContext &context)
{
    ColumnValue out;
    if (column) {
        out.name = column->name;
        out.typeOid = column->typeOid;
        out.typeName = formatType(column->typeOid, column->typmod, context.userTypes);
        out.key = column->isKey();
    }
    out.offset = value.offset;
    out.length = value.bytes.size();
    switch (value.kind) {
    case TupleValue::Kind::Null:
        out.state = ColumnValue::State::Null;
        break;
    case TupleValue::Kind::UnchangedToast:
        out.state = ColumnValue::State::UnchangedToast;
        break;
    case TupleValue::Kind::Text:
        out.state = ColumnValue::State::Value;
        out.text = QString::fromUtf8(value.bytes.data(), value.bytes.size());
        break;
    case TupleValue::Kind::Binary: {
        out.state = ColumnValue::State::Value;
        out.binary = true;
        QString error;
        const auto text = binaryToText(out.typeOid, value.bytes, context.timeZone, context.userTypes, &error);
        out.text = text ? *text : QString::fromLatin1(value.bytes.toByteArray().toHex());
        break;
    }
    }
    return out;
}

namespace {
QList<ColumnValue> renderTuple(
    const TupleData &tuple, const std::optional<Relation> &relation, const ValueContext &context)
{
    QList<ColumnValue> out;
    for (int i = 0; i < tuple.columns.size(); ++i) {
        const RelationColumn *column
            = relation && i < relation->columns.size() ? &relation->columns[i] : nullptr;
        ColumnValue v = renderValue(tuple.columns[i], column, context);
        if (!column)
            v.name = QStringLiteral("column %1").arg(i + 1);
        out << v;
    }
    return out;
}
} // namespace

std::optional<ChangeView> describeChange(
    const Message &message, const std::optional<Relation> &relation, const ValueContext &context)
{
    ChangeView view;
    view.tag = tagOf(message);
    if (relation) {
        view.relation = qualifiedName(*relation);
        view.replicaIdentity = relation->replicaIdentity;
    }
    auto unknownRelation = [&](std::uint32_t oid) {
        if (!relation)
            view.notes << QStringLiteral(
                "relation %1 was not announced in this stream: column names and types "
                "are unknown")
                              .arg(oid);
    };
    if (const auto *ins = std::get_if<Insert>(&message)) {
        unknownRelation(ins->relationOid);
        view.newValues = renderTuple(ins->newTuple, relation, context);
    } else if (const auto *upd = std::get_if<Update>(&message)) {
        unknownRelation(upd->relationOid);
        view.newValues = renderTuple(upd->newTuple, relation, context);
        view.oldKind = upd->oldKind;
        if (upd->oldKind) {
            view.oldValues = renderTuple(upd->oldTuple, relation, context);
        } else if (relation) {
            view.notes << QStringLiteral("no old row was sent. %1")
                              .arg(replicaIdentityNote(relation->replicaIdentity));
        }
    } else if (const auto *del = std::get_if<Delete>(&message)) {
        unknownRelation(del->relationOid);
        view.oldKind = del->oldKind;
        view.oldValues = renderTuple(del->oldTuple, relation, context);
        if (relation && del->oldKind == OldTupleKind::Key)
            view.notes << replicaIdentityNote(relation->replicaIdentity);
    } else if (const auto *tr = std::get_if<Truncate>(&message)) {
        Q_UNUSED(tr);
        return view; // the caller names the relations: each has its own Relation message
    } else {
        return std::nullopt;
    }
    // A 'K' tuple carries every column; the ones outside the key come as
    // nulls that mean "not sent", never NULL.
    if (view.oldKind == OldTupleKind::Key) {
        for (ColumnValue &v : view.oldValues)
            if (!v.key && v.state == ColumnValue::State::Null)
                v.state = ColumnValue::State::NotSent;
        view.notes << QStringLiteral(
            "old row: only the replica identity columns are sent; the others are not "
            "part of it");
    }
    bool toast = false;
    for (const ColumnValue &v : std::as_const(view.newValues))
        toast |= v.state == ColumnValue::State::UnchangedToast;
    if (toast)
        view.notes << QStringLiteral("unchanged TOAST values are not sent: the update did not touch them");
    if (view.tag == 'U' && view.oldKind == OldTupleKind::Full) {
        for (int i = 0; i < view.newValues.size() && i < view.oldValues.size(); ++i) {
            const ColumnValue &n = view.newValues[i];
            const ColumnValue &o = view.oldValues[i];
            if (n.state == ColumnValue::State::UnchangedToast)
                continue;
            if (n.state != o.state || n.text != o.text)
                view.changedColumns << i;
        }
    } else if (view.tag == 'U' && view.oldKind == OldTupleKind::Key) {
        for (int i = 0; i < view.newValues.size() && i < view.oldValues.size(); ++i)
            if (view.oldValues[i].key && view.oldValues[i].text != view.newValues[i].text)
                view.changedColumns << i;
    }
    return view;
}

} // namespace pgrepl
