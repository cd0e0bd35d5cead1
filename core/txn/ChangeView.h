#pragma once

#include "pgoutput/Messages.h"
#include "types/TypeNames.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace pgrepl {

// One column of a change as a person reads it: name, type, key flag, and
// its value as the server would print it, or why there is none.
struct ColumnValue
{
    enum class State : quint8 {
        Value,
        Null,
        UnchangedToast, // a TOASTed value the update did not touch: not sent
        NotSent, // in a 'K' tuple: not part of the replica identity
    };
    QString name;
    QString typeName;
    quint32 typeOid = 0;
    bool key = false;
    State state = State::Null;
    QString text; // the value; hex for a binary value with no renderer
    bool binary = false;
    qsizetype offset = 0; // of the value bytes in the message
    qsizetype length = 0;
};

// A decoded Insert, Update, Delete or Truncate with names and types on every
// column, and notes that explain what the message does not carry.
struct ChangeView
{
    char tag = 0;
    QString relation; // schema.table, quoted as needed
    std::optional<pgoutput::ReplicaIdentity> replicaIdentity;
    QList<ColumnValue> newValues;
    QList<ColumnValue> oldValues;
    std::optional<pgoutput::OldTupleKind> oldKind;
    QList<int> changedColumns; // Update: columns whose value differs from the old row, where known
    QStringList truncated; // Truncate: every relation
    QStringList notes;
};

struct ValueContext
{
    const TypeNameMap *userTypes = nullptr;
    QTimeZone timeZone = QTimeZone::utc();
};

// Describes a change message; relation is the Relation message in force
// for it (nullopt when the stream never announced it: a note says so).
std::optional<ChangeView> describeChange(const pgoutput::Message &message,
    const std::optional<pgoutput::Relation> &relation, const ValueContext &context);

// "schema.table" as PostgreSQL quotes it.
QString qualifiedName(const pgoutput::Relation &relation);
// One value as text, following its column type.
ColumnValue renderValue(
    const pgoutput::TupleValue &value, const pgoutput::RelationColumn *column, const ValueContext &context);
// What the replica identity means for the old row, in one sentence.
QString replicaIdentityNote(pgoutput::ReplicaIdentity identity);

} // namespace pgrepl
