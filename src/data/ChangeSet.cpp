#include "data/ChangeSet.h"

#include <algorithm>

namespace mm {

ChangeSet::TableChanges& ChangeSet::entry(const QString& table) {
    auto it = m_tables.find(table);
    if (it == m_tables.end())
        it = m_tables.insert(table, TableChanges{});
    return *it;
}

void ChangeSet::forgetIds(TableChanges& changes) {
    changes.idsComplete = false;
    changes.inserted.clear();
    changes.updated.clear();
    changes.deleted.clear();
}

void ChangeSet::add(const QString& table, RowChange kind, qint64 rowId) {
    TableChanges& changes = entry(table);
    changes.kinds |= kind;
    if (!changes.idsComplete)
        return;
    switch (kind) {
    case RowChange::Insert:
        changes.inserted.insert(rowId);
        break;
    case RowChange::Update:
        changes.updated.insert(rowId);
        break;
    case RowChange::Delete:
        changes.deleted.insert(rowId);
        break;
    }
    if (changes.idCount() > kMaxIdsPerTable)
        forgetIds(changes);
}

void ChangeSet::addWholeTable(const QString& table, RowChange kind) {
    TableChanges& changes = entry(table);
    changes.kinds |= kind;
    forgetIds(changes);
}

void ChangeSet::merge(const ChangeSet& other) {
    for (auto it = other.m_tables.cbegin(); it != other.m_tables.cend(); ++it) {
        TableChanges& changes = entry(it.key());
        changes.kinds |= it->kinds;
        if (!changes.idsComplete)
            continue;
        if (!it->idsComplete) {
            forgetIds(changes);
            continue;
        }
        changes.inserted.unite(it->inserted);
        changes.updated.unite(it->updated);
        changes.deleted.unite(it->deleted);
        if (changes.idCount() > kMaxIdsPerTable)
            forgetIds(changes);
    }
}

QStringList ChangeSet::tables() const {
    QStringList names = m_tables.keys();
    names.sort();
    return names;
}

bool ChangeSet::touches(const QString& table) const {
    return m_tables.contains(table);
}

bool ChangeSet::touchesAny(const QList<QLatin1StringView>& tables) const {
    return std::any_of(tables.begin(), tables.end(),
                       [this](QLatin1StringView table) { return touches(table); });
}

RowChanges ChangeSet::kinds(const QString& table) const {
    return m_tables.value(table).kinds;
}

bool ChangeSet::idsComplete(const QString& table) const {
    return m_tables.value(table).idsComplete;
}

QList<qint64> ChangeSet::ids(const QString& table, RowChanges kinds) const {
    const auto it = m_tables.constFind(table);
    if (it == m_tables.cend())
        return {};
    QSet<qint64> chosen;
    if (kinds.testFlag(RowChange::Insert))
        chosen.unite(it->inserted);
    if (kinds.testFlag(RowChange::Update))
        chosen.unite(it->updated);
    if (kinds.testFlag(RowChange::Delete))
        chosen.unite(it->deleted);
    QList<qint64> sorted(chosen.cbegin(), chosen.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

} // namespace mm
