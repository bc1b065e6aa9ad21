#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mm {

// What happened to a row (or, inside a row, to a field) between two economies.
enum class EconomyChangeKind { Added, Removed, Changed };

// "added", "removed", "changed": the stable key written by the CLI and the JSON.
QString economyChangeKindKey(EconomyChangeKind kind);

// One difference. `table` is a top-level list of the economy JSON ("models", "listings", ...),
// "config" for the economy config, or "economy" for the document's own fields (gameDate).
// `row` is the row's id, or its natural key where the list has one (scenarios and balance rules
// by name); empty for the config and the document's fields. `field` is the path inside the row
// (`price`, `terms.priceFloor`) or, for the config, the parameter path
// (`tiers.commercial.priceFloor`); empty when a whole row was added or removed. Values are
// the JSON values as text: strings without quotes, lists and objects compact; a whole added or
// removed row is its compact JSON.
struct EconomyChange {
    QString table;
    QString row;
    QString field;
    EconomyChangeKind kind = EconomyChangeKind::Changed;
    QString oldValue;
    QString newValue;
    QString rowLabel; // the row's name where it has one, for people; not part of the key

    bool operator==(const EconomyChange&) const = default;
};

struct EconomyDiff {
    QList<EconomyChange> changes;

    bool isEmpty() const { return changes.isEmpty(); }
    qsizetype count(EconomyChangeKind kind) const;
};

// Field-level differences from `before` to `after`, two economy JSON documents (as
// exchange::exportEconomy returns them, or read from an export). Rows are matched by id, or by
// name for scenarios and balance rules, never by position, so reordered lists compare equal. A
// list missing from a document counts as empty. The config is compared parameter by parameter:
// its lists are keyed by their natural key (tiers by tier, size classes by sizeClass, GPU types
// and benchmarks by key, architecture modifiers by architecture), so a path reads like the
// scenario parameters (`tiers.commercial.priceFloor`, `demand.buyerTypes.startup.needPerMonth`).
// Order: the config, the document's fields, then the tables in the document's order of
// meaning; within a table by row key (ids numerically), within a row by field.
//
// Documents need not be complete: two documents holding only a `config` each compare their
// configs, which is how a scenario's config is set against the base.
EconomyDiff diffEconomies(const QJsonObject& before, const QJsonObject& after);

// The config paths alone, as diffEconomies reports them for table "config".
EconomyDiff diffEconomyConfigs(const QJsonObject& before, const QJsonObject& after);

// An economy to compare, read from `path`: a ModelMarket database (opened read-only; a file from a
// newer version, a corrupt or foreign file is refused with the usual message, and nothing is
// written) through exchange::exportEconomy, or an economy JSON file (an export; any layout). What
// the file is comes from its first bytes, not its name. Errors name the file. Call from any
// thread: a database gets its own connection, closed before returning.
Result<QJsonObject> loadEconomySource(const QString& path);

} // namespace mm
