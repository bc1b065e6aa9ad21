#pragma once

#include "core/Forecast.h"

#include <QList>
#include <QStringList>

namespace mm {

enum class ForecastGrouping { Tier, Month, Lab, SizeClass };

// What a cell holds, so the command line prints machine values and the window formats them.
enum class ForecastCell { Text, Money, Count, Percent, Months };

// The forecast as a table: the command line's `simulate --by ...` and the Forecast area's table
// are both this, so they always show the same numbers.
struct ForecastTable {
    QStringList keys;   // machine column names: "revenue_p50"
    QStringList titles; // column titles for people
    QList<ForecastCell> kinds;
    // Text cells hold QString; Money cents, counts, basis points and months hold qint64
    // (months -1: not within the horizon).
    QList<QVariantList> rows;
};

ForecastTable forecastTable(const ForecastResult& result, ForecastGrouping grouping);

// "tier", "month", "lab", "size-class".
std::optional<ForecastGrouping> forecastGroupingFromKey(QStringView key);
QString forecastGroupingKey(ForecastGrouping grouping);

// A cell as the command line prints it: money "1234.56", percent "12.34", months or "never".
QString plainCell(ForecastCell kind, const QVariant& value);

} // namespace mm
