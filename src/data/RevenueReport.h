#pragma once

#include "core/Money.h"
#include "core/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

class QSqlQuery;

namespace mm {

class Database;

// Revenue = license fees + usage charges, computed in SQL (GROUP BY) as plain rows that tables,
// charts, the CLI and golden-file tests all read.
enum class RevenueGrouping { Tier, Month, Model, BuyerType, Lab };

struct RevenueRow {
    QString key;   // tier or buyer type key, "yyyy-MM", or the model or lab name
    QString label; // translated enum label; the month or model name itself otherwise
    Money fees;
    Money usage;
    Money total;         // fees + usage
    qint64 licenses = 0; // licenses sold in the group (within the date range)

    bool operator==(const RevenueRow&) const = default;
};

// Fees count in the month the license was sold, usage in the month it was charged for. The range
// is inclusive and either end may be open: fees are filtered by sale date, usage by month (every
// month that the range touches counts in full).
//
// Rows: Tier and BuyerType give one row per enumerator in enum order, zeros included; Month gives
// the months that have revenue, ascending; Model gives the models that have revenue (key = name),
// by total descending, then by name; Lab gives the labs whose models have revenue (key = name),
// in lab order.
Result<QList<RevenueRow>> revenue(Database& db, RevenueGrouping grouping,
                                  std::optional<QDate> from = std::nullopt,
                                  std::optional<QDate> to = std::nullopt);

// Reads rows of (key, fees cents, usage cents, licenses) from an executed query and applies the
// row rules above for `grouping` (every tier or buyer type present, zeros included). Shared by
// every revenue query, raw or from the summary table.
Result<QList<RevenueRow>> readRevenueRows(QSqlQuery& query, RevenueGrouping grouping);

// Fees plus usage over the same range.
Result<Money> totalRevenue(Database& db, std::optional<QDate> from = std::nullopt,
                           std::optional<QDate> to = std::nullopt);

} // namespace mm
