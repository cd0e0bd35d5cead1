#pragma once

// What the server has said about relations and types (Relation and Type
// messages), keyed by OID, so changes that refer to them can be read.

#include "pgoutput/Messages.h"

#include <QHash>

namespace pgrepl::pgoutput {

class RelationCache final
{
public:
    // Stores a Relation or Type message (a newer one replaces the entry);
    // returns false for any other message, which is ignored.
    bool apply(const Message &message);
    void apply(const Relation &relation);
    void apply(const Type &type);

    // The last Relation message for oid, or nullptr. The pointer is valid
    // until the next apply() or clear().
    const Relation *relation(std::uint32_t oid) const;
    const Type *type(std::uint32_t oid) const;
    // "namespace.name" from a Type message; empty when none was received
    // (built-in types are never announced; naming them is core/types' job).
    QString typeName(std::uint32_t oid) const;

    qsizetype relationCount() const { return m_relations.size(); }
    qsizetype typeCount() const { return m_types.size(); }

    // Forgets everything: after a reconnect the server sends every Relation
    // again before using it.
    void clear();

    // Why a change message cannot be read with what is cached: a relation
    // never announced, or a tuple with a different number of columns than
    // the relation. Empty when it can (and for messages that are not changes).
    QString checkChange(const Message &message) const;

private:
    QString checkTuple(const Relation &relation, const TupleData &tuple, const char *which) const;

    QHash<std::uint32_t, Relation> m_relations;
    QHash<std::uint32_t, Type> m_types;
};

} // namespace pgrepl::pgoutput
