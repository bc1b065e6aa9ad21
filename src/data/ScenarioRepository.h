#pragma once

#include "core/BalanceRule.h"
#include "core/Result.h"
#include "core/Scenario.h"

#include <QList>
#include <QString>

namespace mm {

class Database;

// The `scenarios` and `scenario_overrides` tables: named "what if" sets of overrides on the
// stored economy. Every write is one transaction; a refused write leaves the file as it was.
class ScenarioRepository {
public:
    explicit ScenarioRepository(Database& db)
        : m_db(db) {}

    Result<QList<Scenario>> list(); // by name, each with its overrides sorted by path
    Result<Scenario> load(qint64 id);
    // Case-insensitive; rule "scenario-missing" naming it and listing the names there are.
    Result<Scenario> find(const QString& name);
    // Rule "scenario-name-taken" when another scenario has the name (in any case).
    Result<qint64> create(const QString& name, const QString& notes = {});
    Result<qint64> duplicate(qint64 id, const QString& newName);
    Status rename(qint64 id, const QString& newName);
    Status setNotes(qint64 id, const QString& notes);
    // Empty value removes the override. Validated against the stored economy config with
    // findScenarioParameter/canonicalParameterValue/applyOverrides: an unknown parameter, a value
    // that is not a number or one the rules refuse is an error naming path and value; nothing
    // written. Removing is refused only when it would turn a scenario that applies into one that
    // does not, so an override the config no longer knows can always be removed.
    Status setOverride(qint64 id, const QString& path, const QString& value);
    // Writes name, notes and exactly these overrides (undo/redo); inserts with scenario.id when
    // that id does not exist. The overrides are not checked against the config: undo must be able
    // to restore what was there, even after the config changed.
    Status save(const Scenario& scenario);
    Status remove(qint64 id);
    // All or nothing. Each scenario must apply to the stored config; a name clash with a stored
    // scenario is an error naming it unless `replaceExisting`, which then replaces that one's notes
    // and overrides (it keeps its id).
    Status importScenarios(const QList<Scenario>& scenarios, bool replaceExisting);

private:
    Database& m_db;
};

// The `balance_rules` table: bounds on forecast metrics that `balance check` measures.
class BalanceRuleRepository {
public:
    explicit BalanceRuleRepository(Database& db)
        : m_db(db) {}

    Result<QList<BalanceRule>> list(); // by id
    // Case-insensitive; rule "balance-rule-missing" naming it and listing the names there are.
    Result<BalanceRule> find(const QString& name);
    // validate(); rule "balance-rule-name-taken" when the name is used (in any case).
    Result<qint64> add(const BalanceRule& rule);
    // Update, or insert with rule.id when that id does not exist (undo).
    Status save(const BalanceRule& rule);
    Status remove(qint64 id);

private:
    Database& m_db;
};

} // namespace mm
