#pragma once

#include "core/Result.h"
#include "data/Records.h"

#include <QList>
#include <QString>
#include <optional>

namespace mm {

class Database;

// The models a comparison shows side by side, with where each stands among the others.
struct ComparedModel {
    ModelRecord model;
    // Share of models with a lower composite among those that have one, 0–100: within the same
    // size class, and within the whole catalog. None when the model has no composite (untrained).
    std::optional<double> percentileInSizeClass;
    std::optional<double> percentileInCatalog;
    qint64 ratedInSizeClass = 0; // models of the class that have a composite
    qint64 ratedInCatalog = 0;
};

struct ModelComparisonData {
    QList<ComparedModel> models; // in the order asked for
    // Every benchmark any of them has: key and the config's name for it (the key when the config
    // no longer knows it), in the config's order, unknown ones after by key.
    QList<std::pair<QString, QString>> benchmarks;
};

constexpr int kMinComparedModels = 2;
constexpr int kMaxComparedModels = 5;

// Ok for 2 to 5 distinct ids; otherwise says why ("compare-count").
Status validateComparison(const QList<qint64>& modelIds);

// Reads the models and computes their percentiles in SQL (COUNT below / COUNT rated). A missing
// model is an error ("model-not-found").
Result<ModelComparisonData> loadModelComparison(Database& db, const QList<qint64>& modelIds);

} // namespace mm
