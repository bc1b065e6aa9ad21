#pragma once

#include "core/EconomyConfig.h"
#include "core/Result.h"

#include <QDate>
#include <optional>

namespace mm {

class Database;

// The rules in force and today's game date: what every clock-dependent operation reads first.
struct EconomyClock {
    EconomyConfig config;
    QDate today;
};

// The economy's tunables and the game clock.
//
// The whole EconomyConfig is stored as JSON in `settings` (key "economy.config"): that is the
// source of truth, lossless and diffable. size_classes, gpu_types and license_tiers are written
// from it in the same transaction, so SQL can join on them and foreign keys have targets.
class EconomyRepository {
public:
    explicit EconomyRepository(Database& db)
        : m_db(db) {}

    // The stored config, or the defaults when none was saved yet.
    Result<EconomyConfig> loadConfig();
    Status saveConfig(const EconomyConfig& config);

    Result<QDate> gameDate();
    // The stored config and the game date together.
    Result<EconomyClock> loadClock();
    Status setGameDate(const QDate& date);

    Result<std::optional<QString>> setting(const QString& key);
    Status setSetting(const QString& key, const QString& value);

    static const QString kConfigKey;
    static const QString kGameDateKey;
    static QDate defaultGameDate() { return QDate(2025, 1, 1); }

private:
    Database& m_db;
};

} // namespace mm
