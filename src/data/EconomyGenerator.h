#pragma once

#include "core/EconomyConfig.h"
#include "core/Result.h"

#include <QDate>
#include <functional>

namespace mm {

class Database;

struct GeneratorOptions {
    qint64 models = 200;
    qint64 buyers = 40;
    qint64 licenses = 3000;
    quint64 seed = 1;
    QDate firstMonth{2023, 1, 1}; // sales run from here for `months` months
    int months = 24;
    bool researchProjects = true;
    int jobsInTraining = 4;
    bool usageCharges = true; // monthly usage rows for every license; off for huge benchmark files
};

// Progress of a long generation: share done in 0..1 and what is happening. Return false to cancel
// (everything generated so far is rolled back).
using GeneratorProgress = std::function<bool(double share, const QString& stage)>;

// Fills an empty database with a deterministic economy: the same options and seed give the same
// rows. Every license obeys its tier's policy, so `check` passes on the result. One transaction.
Status generateEconomy(Database& db, const EconomyConfig& config, const GeneratorOptions& options,
                       const GeneratorProgress& progress = {});

// The living economy a new user sees on first start (200 models, 40 buyers, 24 months of sales).
Status createDemoEconomy(Database& db);

} // namespace mm
