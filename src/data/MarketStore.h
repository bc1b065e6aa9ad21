#pragma once

#include "core/MarketEngine.h"
#include "core/Result.h"

#include <QDate>
#include <QList>

namespace mm {

class Database;

// What closing one month did, for the clock's report.
struct MonthClosing {
    QString month; // yyyy-MM
    int marketSales = 0;
    int renewals = 0;
    int rivalReleases = 0;
    int licensesExpiredOrRenewed = 0;
    int usageRowsAdded = 0;
};

// Feeds the market engine from the database and stores what it decides. The game clock and the
// demo economy close months through here; a forecast only reads (loadState) and never writes.
class MarketStore {
public:
    explicit MarketStore(Database& db)
        : m_db(db) {}

    static const QString kEnabledKey; // settings key: "1" plays the market on the clock

    // Whether the clock plays the market (default: yes).
    Result<bool> isEnabled();
    Status setEnabled(bool enabled);

    // The state as of the start of `month` (monthNumber()): labs, listed models and their
    // listings, buyers, running licenses, adoption and revenue so far.
    Result<MarketState> loadState(const EconomyConfig& config, int month);
    // The stored config and the state as of the game date's month: where a forecast starts,
    // and what the clock plays when it next crosses a month's end.
    Result<MarketState> loadCurrentState();

    // The month-end work of the game clock for `month`: when the market plays, buyers renew and
    // buy (through MarketplaceService, every tier rule applied) and rival labs release models;
    // then license terms are applied and the month's usage is charged. One transaction.
    Result<MonthClosing> closeMonth(const EconomyConfig& config, int month, bool playMarket);

    // Plays `month` with the engine and stores the outcome; part of closeMonth().
    Result<MonthOutcome> playMonth(const EconomyConfig& config, int month);

private:
    Result<MarketState> loadCurrentStateUnlocked();
    Status store(const MarketEngine& engine, const MonthOutcome& outcome);

    Database& m_db;
};

} // namespace mm
