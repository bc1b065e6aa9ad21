#include "data/ScenarioRepository.h"

#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/SqlValues.h"
#include "data/TableNames.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::ScenarioRepository)
};

QVariant nullInteger() {
    return QVariant(QMetaType(QMetaType::LongLong));
}

// A null QString binds as SQL NULL; notes are never NULL, only empty.
QVariant notesValue(const QString& notes) {
    return notes.isNull() ? QVariant(QStringLiteral("")) : QVariant(notes);
}

// SQLite's NOCASE folds ASCII only; names compare here exactly as the UNIQUE index does.
using sqlv::foldedName;

void sortOverrides(QList<ParameterOverride>& overrides) {
    std::sort(
        overrides.begin(), overrides.end(),
        [](const ParameterOverride& a, const ParameterOverride& b) { return a.path < b.path; });
}

Result<QString> validName(const QString& name, const QString& rule, const QString& message) {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(message, QStringLiteral("name"), rule);
    return trimmed;
}

Result<QList<Scenario>> readScenarios(Database& db, const QString& where,
                                      const QVariantList& values) {
    const QString operation = Tr::tr("reading scenarios");
    QList<Scenario> scenarios;
    QHash<qint64, qsizetype> index;
    {
        auto q = db.query(QStringLiteral("SELECT id, name, notes FROM scenarios %1 ORDER BY %2, id")
                              .arg(where, db.dialect().nocaseOrder(QStringLiteral("name"))),
                          values, operation);
        if (!q)
            return q.error();
        while (q->next()) {
            Scenario scenario;
            scenario.id = q->value(0).toLongLong();
            scenario.name = q->value(1).toString();
            scenario.notes = q->value(2).toString();
            index.insert(scenario.id, scenarios.size());
            scenarios.append(scenario);
        }
    }
    if (scenarios.isEmpty())
        return scenarios;
    // One pass over every override is cheaper than one query per scenario, and there are few.
    auto q = db.query(
        QStringLiteral("SELECT scenario_id, path, value FROM scenario_overrides ORDER BY path"), {},
        operation);
    if (!q)
        return q.error();
    while (q->next()) {
        const auto at = index.constFind(q->value(0).toLongLong());
        if (at != index.constEnd())
            scenarios[*at].overrides.append({q->value(1).toString(), q->value(2).toString()});
    }
    for (Scenario& scenario : scenarios)
        sortOverrides(scenario.overrides);
    return scenarios;
}

Error missingScenario(Database& db, const QString& what) {
    QStringList names;
    if (auto q = db.query(QStringLiteral("SELECT name FROM scenarios ORDER BY %1")
                              .arg(db.dialect().nocaseOrder(QStringLiteral("name"))),
                          {}, Tr::tr("reading scenarios"))) {
        while (q->next())
            names.append(q->value(0).toString());
    }
    return makeError(names.isEmpty()
                         ? Tr::tr("there is no scenario %1 (there are none yet)").arg(what)
                         : Tr::tr("there is no scenario %1 (there are: %2)")
                               .arg(what, names.join(QStringLiteral(", "))),
                     what, QStringLiteral("scenario-missing"));
}

Status checkScenarioNameFree(Database& db, const QString& name, qint64 exceptId) {
    auto q = db.query(QStringLiteral("SELECT name FROM scenarios WHERE %1 AND id <> ?")
                          .arg(db.dialect().nocaseEquals(QStringLiteral("name"))),
                      {name, exceptId}, Tr::tr("looking up scenario '%1'").arg(name));
    if (!q)
        return q.error();
    if (q->next())
        return makeError(
            Tr::tr("there is already a scenario called '%1'").arg(q->value(0).toString()), name,
            QStringLiteral("scenario-name-taken"));
    return Ok{};
}

Result<bool> scenarioExists(Database& db, qint64 id) {
    auto q = db.query(QStringLiteral("SELECT 1 FROM scenarios WHERE id = ?"), {id},
                      Tr::tr("reading scenario %1").arg(id));
    if (!q)
        return q.error();
    return q->next();
}

Status writeOverrides(Database& db, qint64 id, const QList<ParameterOverride>& overrides,
                      const QString& operation) {
    if (auto done = db.query(QStringLiteral("DELETE FROM scenario_overrides WHERE scenario_id = ?"),
                             {id}, operation);
        !done)
        return done.error();
    // scenario_overrides has no rowid, so SQLite's update hook cannot see it: the journal
    // names the scenario instead.
    db.recordChange(dbtable::scenarioOverrides, RowChange::Update, id);
    if (overrides.isEmpty())
        return Ok{};
    auto insert = db.prepare(QStringLiteral("INSERT INTO scenario_overrides (scenario_id, path, "
                                            "value) VALUES (?, ?, ?)"),
                             operation);
    if (!insert)
        return insert.error();
    QSet<QString> paths;
    for (const ParameterOverride& entry : overrides) {
        if (entry.path.trimmed().isEmpty() || entry.value.trimmed().isEmpty())
            return makeError(Tr::tr("an override needs a parameter and a value"),
                             entry.path.isEmpty() ? entry.value : entry.path,
                             QStringLiteral("scenario-value-invalid"));
        if (paths.contains(entry.path))
            return makeError(Tr::tr("the parameter is overridden twice"), entry.path,
                             QStringLiteral("scenario-duplicate-override"));
        paths.insert(entry.path);
        if (auto done = db.execPrepared(*insert, {id, entry.path, entry.value}, operation); !done)
            return done;
    }
    return Ok{};
}

// The overrides in canonical text, checked one by one and then together against `config`; an
// error names the scenario, the parameter and the value.
Result<QList<ParameterOverride>> checkedOverrides(const EconomyConfig& config,
                                                  const Scenario& scenario) {
    QList<ParameterOverride> canonical;
    for (const ParameterOverride& entry : scenario.overrides) {
        const auto parameter = findScenarioParameter(config, entry.path);
        if (!parameter)
            return makeError(Tr::tr("there is no parameter '%1' (set to '%2'; modelmarket "
                                    "scenario parameters lists them)")
                                 .arg(entry.path, entry.value),
                             scenario.name, QStringLiteral("scenario-unknown-parameter"));
        auto value = canonicalParameterValue(*parameter, entry.value);
        if (!value) {
            Error error = value.error();
            error.where = scenario.name + u'.' + entry.path;
            return error;
        }
        canonical.append({entry.path, *value});
    }
    sortOverrides(canonical);
    if (auto applied = applyOverrides(config, canonical); !applied) {
        Error error = applied.error();
        error.message = Tr::tr("the overrides break an economy rule: %1").arg(error.toString());
        error.where = scenario.name;
        return error;
    }
    return canonical;
}

} // namespace

Result<QList<Scenario>> ScenarioRepository::list() {
    return readScenarios(m_db, QString(), {});
}

Result<Scenario> ScenarioRepository::load(qint64 id) {
    auto found = readScenarios(m_db, QStringLiteral("WHERE id = ?"), {id});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return missingScenario(m_db, QString::number(id));
    return found->first();
}

Result<Scenario> ScenarioRepository::find(const QString& name) {
    auto found = readScenarios(
        m_db, QStringLiteral("WHERE %1").arg(m_db.dialect().nocaseEquals(QStringLiteral("name"))),
        {name.trimmed()});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return missingScenario(m_db, QStringLiteral("'%1'").arg(name));
    return found->first();
}

Result<qint64> ScenarioRepository::create(const QString& name, const QString& notes) {
    auto trimmed =
        validName(name, QStringLiteral("scenario-name"), Tr::tr("a scenario needs a name"));
    if (!trimmed)
        return trimmed.error();
    const QString operation = Tr::tr("creating scenario '%1'").arg(*trimmed);
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    if (auto free = checkScenarioNameFree(m_db, *trimmed, 0); !free)
        return free.error();
    auto q = m_db.query(QStringLiteral("INSERT INTO scenarios (name, notes) VALUES (?, ?)") +
                            m_db.dialect().returningId(),
                        {*trimmed, notesValue(notes)}, operation);
    if (!q)
        return q.error();
    auto idInserted = m_db.insertedId(*q, operation);
    if (!idInserted)
        return idInserted.error();
    const qint64 id = *idInserted;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<qint64> ScenarioRepository::duplicate(qint64 id, const QString& newName) {
    auto trimmed =
        validName(newName, QStringLiteral("scenario-name"), Tr::tr("a scenario needs a name"));
    if (!trimmed)
        return trimmed.error();
    const QString operation = Tr::tr("copying scenario %1 as '%2'").arg(id).arg(*trimmed);
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    auto source = load(id);
    if (!source)
        return source.error();
    if (auto free = checkScenarioNameFree(m_db, *trimmed, 0); !free)
        return free.error();
    auto q = m_db.query(QStringLiteral("INSERT INTO scenarios (name, notes) VALUES (?, ?)") +
                            m_db.dialect().returningId(),
                        {*trimmed, notesValue(source->notes)}, operation);
    if (!q)
        return q.error();
    auto copyInserted = m_db.insertedId(*q, operation);
    if (!copyInserted)
        return copyInserted.error();
    const qint64 copy = *copyInserted;
    if (auto done = writeOverrides(m_db, copy, source->overrides, operation); !done)
        return done.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return copy;
}

Status ScenarioRepository::rename(qint64 id, const QString& newName) {
    auto trimmed =
        validName(newName, QStringLiteral("scenario-name"), Tr::tr("a scenario needs a name"));
    if (!trimmed)
        return trimmed.error();
    const QString operation = Tr::tr("renaming scenario %1 to '%2'").arg(id).arg(*trimmed);
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun;
    if (auto free = checkScenarioNameFree(m_db, *trimmed, id); !free)
        return free;
    auto q = m_db.query(QStringLiteral("UPDATE scenarios SET name = ? WHERE id = ?"),
                        {*trimmed, id}, operation);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return missingScenario(m_db, QString::number(id));
    return transaction.commit();
}

Status ScenarioRepository::setNotes(qint64 id, const QString& notes) {
    auto q = m_db.query(QStringLiteral("UPDATE scenarios SET notes = ? WHERE id = ?"),
                        {notesValue(notes), id}, Tr::tr("saving the notes of scenario %1").arg(id));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return missingScenario(m_db, QString::number(id));
    return Ok{};
}

Status ScenarioRepository::setOverride(qint64 id, const QString& path, const QString& value) {
    const QString operation = Tr::tr("setting %1 in scenario %2").arg(path).arg(id);
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto scenario = load(id);
    if (!scenario)
        return scenario.error();
    auto config = EconomyRepository(m_db).loadConfig();
    if (!config)
        return config.error();
    const auto parameter = findScenarioParameter(*config, path);
    Scenario after = *scenario;

    if (value.trimmed().isEmpty()) {
        if (!scenario->overrideOf(path)) {
            if (!parameter)
                return makeError(Tr::tr("there is no parameter '%1' (modelmarket scenario "
                                        "parameters lists them)")
                                     .arg(path),
                                 scenario->name, QStringLiteral("scenario-unknown-parameter"));
            return transaction.commit(); // nothing to remove
        }
        after.setOverride(path, {});
        // An override the config no longer knows can always go; only a scenario that applies now
        // must still apply without it (a floor left above the stored ceiling, say).
        if (applyOverrides(*config, scenario->overrides)) {
            if (auto applied = applyOverrides(*config, after.overrides); !applied)
                return makeError(Tr::tr("removing %1 would break an economy rule: %2")
                                     .arg(path, applied.error().toString()),
                                 scenario->name, QStringLiteral("scenario-value-range"));
        }
        if (auto done = m_db.query(QStringLiteral("DELETE FROM scenario_overrides WHERE "
                                                  "scenario_id = ? AND path = ?"),
                                   {id, path}, operation);
            !done)
            return done.error();
        m_db.recordChange(dbtable::scenarioOverrides, RowChange::Update, id);
        return transaction.commit();
    }

    if (!parameter)
        return makeError(Tr::tr("there is no parameter '%1' (set to '%2'; modelmarket scenario "
                                "parameters lists them)")
                             .arg(path, value),
                         scenario->name, QStringLiteral("scenario-unknown-parameter"));
    auto canonical = canonicalParameterValue(*parameter, value);
    if (!canonical) {
        Error error = canonical.error();
        error.where = scenario->name + u'.' + path;
        return error;
    }
    after.setOverride(path, *canonical);
    if (auto applied = applyOverrides(*config, after.overrides); !applied) {
        Error error = applied.error();
        error.message =
            Tr::tr("%1 = %2 is refused: %3").arg(path, *canonical, applied.error().toString());
        error.where = scenario->name;
        return error;
    }
    if (auto done = m_db.query(QStringLiteral("INSERT INTO scenario_overrides (scenario_id, path, "
                                              "value) VALUES (?, ?, ?) ON CONFLICT (scenario_id, "
                                              "path) DO UPDATE SET value = excluded.value"),
                               {id, path, *canonical}, operation);
        !done)
        return done.error();
    m_db.recordChange(dbtable::scenarioOverrides, RowChange::Update, id);
    return transaction.commit();
}

Status ScenarioRepository::save(const Scenario& scenario) {
    auto trimmed = validName(scenario.name, QStringLiteral("scenario-name"),
                             Tr::tr("a scenario needs a name"));
    if (!trimmed)
        return trimmed.error();
    const QString operation = Tr::tr("saving scenario '%1'").arg(*trimmed);
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun;
    if (auto free = checkScenarioNameFree(m_db, *trimmed, scenario.id); !free)
        return free;
    auto exists = scenario.id > 0 ? scenarioExists(m_db, scenario.id) : Result<bool>(false);
    if (!exists)
        return exists.error();
    qint64 id = scenario.id;
    if (*exists) {
        if (auto done =
                m_db.query(QStringLiteral("UPDATE scenarios SET name = ?, notes = ? WHERE id = ?"),
                           {*trimmed, notesValue(scenario.notes), id}, operation);
            !done)
            return done.error();
    } else {
        auto q = m_db.query(
            QStringLiteral("INSERT INTO scenarios (id, name, notes) VALUES (?, ?, ?)") +
                m_db.dialect().returningId(),
            {id > 0 ? QVariant(id) : nullInteger(), *trimmed, notesValue(scenario.notes)},
            operation);
        if (!q)
            return q.error();
        auto inserted = m_db.insertedId(*q, operation);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    }
    if (auto done = writeOverrides(m_db, id, scenario.overrides, operation); !done)
        return done;
    return transaction.commit();
}

Status ScenarioRepository::remove(qint64 id) {
    // The overrides go with it (ON DELETE CASCADE).
    auto q = m_db.query(QStringLiteral("DELETE FROM scenarios WHERE id = ?"), {id},
                        Tr::tr("deleting scenario %1").arg(id));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return missingScenario(m_db, QString::number(id));
    return Ok{};
}

Status ScenarioRepository::importScenarios(const QList<Scenario>& scenarios, bool replaceExisting) {
    const QString operation = Tr::tr("importing scenarios");
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto config = EconomyRepository(m_db).loadConfig();
    if (!config)
        return config.error();
    QHash<QString, QString> seen; // folded name -> name
    for (const Scenario& scenario : scenarios) {
        auto trimmed = validName(scenario.name, QStringLiteral("scenario-name"),
                                 Tr::tr("a scenario needs a name"));
        if (!trimmed)
            return trimmed.error();
        const QString key = foldedName(*trimmed);
        if (seen.contains(key))
            return makeError(
                Tr::tr("the name '%1' appears twice among the scenarios imported").arg(*trimmed),
                *trimmed, QStringLiteral("scenario-name-taken"));
        seen.insert(key, *trimmed);
        auto overrides = checkedOverrides(*config, scenario);
        if (!overrides)
            return overrides.error();

        auto existing = m_db.query(QStringLiteral("SELECT id, name FROM scenarios WHERE %1")
                                       .arg(m_db.dialect().nocaseEquals(QStringLiteral("name"))),
                                   {*trimmed}, operation);
        if (!existing)
            return existing.error();
        qint64 id = 0;
        if (existing->next()) {
            if (!replaceExisting)
                return makeError(Tr::tr("there is already a scenario called '%1'; import with "
                                        "replace to overwrite it")
                                     .arg(existing->value(1).toString()),
                                 *trimmed, QStringLiteral("scenario-name-taken"));
            id = existing->value(0).toLongLong();
            if (auto done = m_db.query(
                    QStringLiteral("UPDATE scenarios SET name = ?, notes = ? WHERE id = ?"),
                    {*trimmed, notesValue(scenario.notes), id}, operation);
                !done)
                return done.error();
        } else {
            auto q =
                m_db.query(QStringLiteral("INSERT INTO scenarios (name, notes) VALUES (?, ?)") +
                               m_db.dialect().returningId(),
                           {*trimmed, notesValue(scenario.notes)}, operation);
            if (!q)
                return q.error();
            auto inserted = m_db.insertedId(*q, operation);
            if (!inserted)
                return inserted.error();
            id = *inserted;
        }
        if (auto done = writeOverrides(m_db, id, *overrides, operation); !done)
            return done;
    }
    return transaction.commit();
}

// --- balance rules ---------------------------------------------------------------------------

namespace {

const QString kRuleColumns = QStringLiteral("id, name, metric, statistic, minimum, maximum");

Result<BalanceRule> readRule(const QSqlQuery& q) {
    BalanceRule rule;
    rule.id = q.value(0).toLongLong();
    rule.name = q.value(1).toString();
    auto metric = ForecastMetric::parse(q.value(2).toString());
    if (!metric) {
        Error error = metric.error();
        error.where = Tr::tr("balance rule '%1'").arg(rule.name);
        return error;
    }
    rule.metric = *metric;
    rule.statistic = statisticFromKey(q.value(3).toString()).value_or(Statistic::P50);
    if (!q.value(4).isNull())
        rule.minimum = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        rule.maximum = q.value(5).toLongLong();
    return rule;
}

QVariant bound(const std::optional<qint64>& value) {
    return value ? QVariant(*value) : nullInteger();
}

Status checkRuleNameFree(Database& db, const QString& name, qint64 exceptId) {
    auto q = db.query(QStringLiteral("SELECT name FROM balance_rules WHERE %1 AND id <> ?")
                          .arg(db.dialect().nocaseEquals(QStringLiteral("name"))),
                      {name, exceptId}, Tr::tr("looking up balance rule '%1'").arg(name));
    if (!q)
        return q.error();
    if (q->next())
        return makeError(
            Tr::tr("there is already a balance rule called '%1'").arg(q->value(0).toString()), name,
            QStringLiteral("balance-rule-name-taken"));
    return Ok{};
}

Error missingRule(Database& db, const QString& what) {
    QStringList names;
    if (auto q = db.query(QStringLiteral("SELECT name FROM balance_rules ORDER BY id"), {},
                          Tr::tr("reading balance rules"))) {
        while (q->next())
            names.append(q->value(0).toString());
    }
    return makeError(names.isEmpty()
                         ? Tr::tr("there is no balance rule %1 (there are none yet)").arg(what)
                         : Tr::tr("there is no balance rule %1 (there are: %2)")
                               .arg(what, names.join(QStringLiteral(", "))),
                     what, QStringLiteral("balance-rule-missing"));
}

} // namespace

Result<QList<BalanceRule>> BalanceRuleRepository::list() {
    auto q =
        m_db.query(QStringLiteral("SELECT %1 FROM balance_rules ORDER BY id").arg(kRuleColumns), {},
                   Tr::tr("reading balance rules"));
    if (!q)
        return q.error();
    QList<BalanceRule> rules;
    while (q->next()) {
        auto rule = readRule(*q);
        if (!rule)
            return rule.error();
        rules.append(*rule);
    }
    return rules;
}

Result<BalanceRule> BalanceRuleRepository::find(const QString& name) {
    auto q = m_db.query(QStringLiteral("SELECT %1 FROM balance_rules WHERE %2")
                            .arg(kRuleColumns, m_db.dialect().nocaseEquals(QStringLiteral("name"))),
                        {name.trimmed()}, Tr::tr("looking up balance rule '%1'").arg(name));
    if (!q)
        return q.error();
    if (!q->next())
        return missingRule(m_db, QStringLiteral("'%1'").arg(name));
    return readRule(*q);
}

Result<qint64> BalanceRuleRepository::add(const BalanceRule& rule) {
    if (auto valid = rule.validate(); !valid)
        return valid.error();
    const QString name = rule.name.trimmed();
    const QString operation = Tr::tr("adding balance rule '%1'").arg(name);
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    if (auto free = checkRuleNameFree(m_db, name, 0); !free)
        return free.error();
    auto q = m_db.query(QStringLiteral("INSERT INTO balance_rules (name, metric, statistic, "
                                       "minimum, maximum) VALUES (?, ?, ?, ?, ?)") +
                            m_db.dialect().returningId(),
                        {name, rule.metric.toText(), statisticKey(rule.statistic),
                         bound(rule.minimum), bound(rule.maximum)},
                        operation);
    if (!q)
        return q.error();
    auto idInserted = m_db.insertedId(*q, operation);
    if (!idInserted)
        return idInserted.error();
    const qint64 id = *idInserted;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status BalanceRuleRepository::save(const BalanceRule& rule) {
    if (auto valid = rule.validate(); !valid)
        return valid;
    const QString name = rule.name.trimmed();
    const QString operation = Tr::tr("saving balance rule '%1'").arg(name);
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun;
    if (auto free = checkRuleNameFree(m_db, name, rule.id); !free)
        return free;
    const QVariantList values{name, rule.metric.toText(), statisticKey(rule.statistic),
                              bound(rule.minimum), bound(rule.maximum)};
    auto updated =
        m_db.query(QStringLiteral("UPDATE balance_rules SET name = ?, metric = ?, "
                                  "statistic = ?, minimum = ?, maximum = ? WHERE id = ?"),
                   values + QVariantList{rule.id}, operation);
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0) {
        if (auto done = m_db.query(
                QStringLiteral("INSERT INTO balance_rules (id, name, metric, "
                               "statistic, minimum, maximum) VALUES (?, ?, ?, "
                               "?, ?, ?)"),
                QVariantList{rule.id > 0 ? QVariant(rule.id) : nullInteger()} + values, operation);
            !done)
            return done.error();
    }
    return transaction.commit();
}

Status BalanceRuleRepository::remove(qint64 id) {
    auto q = m_db.query(QStringLiteral("DELETE FROM balance_rules WHERE id = ?"), {id},
                        Tr::tr("deleting balance rule %1").arg(id));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return missingRule(m_db, QString::number(id));
    return Ok{};
}

} // namespace mm
