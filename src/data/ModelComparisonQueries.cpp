#include "data/ModelComparisonQueries.h"

#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/ModelRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlQuery>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::ModelComparisonQueries)
};

std::optional<double> optionalPercent(const QVariant& value) {
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace

Status validateComparison(const QList<qint64>& modelIds) {
    const qsizetype distinct = QSet<qint64>(modelIds.begin(), modelIds.end()).size();
    if (distinct < kMinComparedModels || distinct > kMaxComparedModels ||
        distinct != modelIds.size())
        return makeError(Tr::tr("select between %1 and %2 different models to compare; %3 selected")
                             .arg(kMinComparedModels)
                             .arg(kMaxComparedModels)
                             .arg(distinct),
                         Tr::tr("model comparison"), QStringLiteral("compare-count"));
    return Ok{};
}

Result<ModelComparisonData> loadModelComparison(Database& db, const QList<qint64>& modelIds) {
    if (auto valid = validateComparison(modelIds); !valid)
        return valid.error();
    auto records = ModelRepository(db).findMany(modelIds);
    if (!records)
        return records.error();
    QHash<qint64, ModelRecord> byId;
    for (const ModelRecord& record : *records)
        byId.insert(record.id, record);

    // Both counts use indexes on (size_class, composite) and (composite, id): a handful of index
    // range scans, even on a million models.
    const QString sql = QStringLiteral(
        "SELECT CASE WHEN m.composite IS NULL THEN NULL ELSE 100.0 * "
        "(SELECT COUNT(*) FROM models o WHERE o.size_class = m.size_class AND o.composite < "
        "m.composite) / (SELECT COUNT(*) FROM models o WHERE o.size_class = m.size_class AND "
        "o.composite IS NOT NULL) END, "
        "CASE WHEN m.composite IS NULL THEN NULL ELSE 100.0 * "
        "(SELECT COUNT(*) FROM models o WHERE o.composite < m.composite) / "
        "(SELECT COUNT(*) FROM models o WHERE o.composite IS NOT NULL) END, "
        "(SELECT COUNT(*) FROM models o WHERE o.size_class = m.size_class AND o.composite IS NOT "
        "NULL), (SELECT COUNT(*) FROM models o WHERE o.composite IS NOT NULL) "
        "FROM models m WHERE m.id = ?");
    auto statement = db.prepare(sql, Tr::tr("computing percentiles"));
    if (!statement)
        return statement.error();

    ModelComparisonData data;
    QSet<QString> benchmarkKeys;
    for (qint64 id : modelIds) {
        if (!byId.contains(id))
            return makeError(Tr::tr("model %1 no longer exists").arg(id),
                             Tr::tr("model comparison"), QStringLiteral("model-not-found"));
        if (auto done = db.execPrepared(*statement, {id}, Tr::tr("computing percentiles")); !done)
            return done.error();
        ComparedModel compared;
        compared.model = byId.value(id);
        if (statement->next()) {
            compared.percentileInSizeClass = optionalPercent(statement->value(0));
            compared.percentileInCatalog = optionalPercent(statement->value(1));
            compared.ratedInSizeClass = statement->value(2).toLongLong();
            compared.ratedInCatalog = statement->value(3).toLongLong();
        }
        statement->finish();
        for (auto it = compared.model.benchmarks.cbegin(); it != compared.model.benchmarks.cend();
             ++it)
            benchmarkKeys.insert(it.key());
        data.models.append(compared);
    }

    auto config = EconomyRepository(db).loadConfig();
    if (!config)
        return config.error();
    for (const BenchmarkSpec& spec : config->benchmarks) {
        if (benchmarkKeys.remove(spec.key))
            data.benchmarks.append({spec.key, spec.name});
    }
    QStringList unknown(benchmarkKeys.begin(), benchmarkKeys.end());
    unknown.sort();
    for (const QString& key : std::as_const(unknown))
        data.benchmarks.append({key, key});
    return data;
}

} // namespace mm
