#include "pgoutput/RelationCache.h"

namespace pgrepl::pgoutput {

bool RelationCache::apply(const Message &message)
{
    if (const auto *relation = std::get_if<Relation>(&message)) {
        apply(*relation);
        return true;
    }
    if (const auto *type = std::get_if<Type>(&message)) {
        apply(*type);
        return true;
    }
    return false;
}

void RelationCache::apply(const Relation &relation)
{
    Relation entry = relation;
    // The xid only says which streamed chunk carried it; the entry is global.
    entry.xid.reset();
    m_relations.insert(entry.oid, std::move(entry));
}

void RelationCache::apply(const Type &type)
{
    Type entry = type;
    entry.xid.reset();
    m_types.insert(entry.oid, std::move(entry));
}

const Relation *RelationCache::relation(std::uint32_t oid) const
{
    const auto it = m_relations.constFind(oid);
    return it == m_relations.cend() ? nullptr : &it.value();
}

const Type *RelationCache::type(std::uint32_t oid) const
{
    const auto it = m_types.constFind(oid);
    return it == m_types.cend() ? nullptr : &it.value();
}

QString RelationCache::typeName(std::uint32_t oid) const
{
    const Type *t = type(oid);
    return t ? t->nspname + u'.' + t->name : QString();
}

void RelationCache::clear()
{
    m_relations.clear();
    m_types.clear();
}

QString RelationCache::checkTuple(const Relation &relation, const TupleData &tuple, const char *which) const
{
    if (tuple.columns.size() == relation.columns.size())
        return {};
    return QStringLiteral("%1 tuple has %2 columns, relation %3.%4 (OID %5) has %6")
        .arg(QLatin1String(which))
        .arg(tuple.columns.size())
        .arg(relation.nspname, relation.relname)
        .arg(relation.oid)
        .arg(relation.columns.size());
}

QString RelationCache::checkChange(const Message &message) const
{
    const auto unknown = [](std::uint32_t oid) {
        return QStringLiteral("relation OID %1 was not described by a Relation message").arg(oid);
    };
    if (const auto *insert = std::get_if<Insert>(&message)) {
        const Relation *r = relation(insert->relationOid);
        return r ? checkTuple(*r, insert->newTuple, "new") : unknown(insert->relationOid);
    }
    if (const auto *update = std::get_if<Update>(&message)) {
        const Relation *r = relation(update->relationOid);
        if (!r)
            return unknown(update->relationOid);
        // A key-only old tuple still has every column, the others sent as null.
        QString problem = update->oldKind ? checkTuple(*r, update->oldTuple, "old") : QString();
        return problem.isEmpty() ? checkTuple(*r, update->newTuple, "new") : problem;
    }
    if (const auto *del = std::get_if<Delete>(&message)) {
        const Relation *r = relation(del->relationOid);
        return r ? checkTuple(*r, del->oldTuple, "old") : unknown(del->relationOid);
    }
    if (const auto *truncate = std::get_if<Truncate>(&message)) {
        for (const std::uint32_t oid : truncate->relationOids) {
            if (!relation(oid))
                return unknown(oid);
        }
    }
    return {};
}

} // namespace pgrepl::pgoutput
