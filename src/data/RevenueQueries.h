#pragma once

#include "core/Enums.h"
#include "core/Money.h"
#include "core/Result.h"
#include "data/RevenueReport.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace mm {

class Database;

// The revenue dashboard's numbers, read from the `revenue_monthly` summary (schema step 2) with
// SQL GROUP BY, so a filter change over ten million licenses stays well under a second. They agree
// with RevenueReport (which groups the raw licenses and usage charges) to the cent; the golden
// tests check both against the same files.

// Which part of revenue to count. Licenses sold are counted whatever the kind.
enum class RevenueKind { FeesAndUsage, Fees, Usage };

struct RevenueFilter {
    // Whole months, inclusive; any day inside a month selects that month. Empty: open end.
    std::optional<QDate> fromMonth;
    std::optional<QDate> toMonth;
    std::optional<SizeClass> sizeClass;
    std::optional<Architecture> architecture;
    std::optional<BuyerType> buyerType;
    RevenueKind kind = RevenueKind::FeesAndUsage;

    bool operator==(const RevenueFilter&) const = default;
};

// Ok, or why the filter cannot be used ("report-range": an invalid date or from after to).
Status validate(const RevenueFilter& filter);

// One tier in one month ("yyyy-MM").
struct TierMonthRevenue {
    QString month;
    LicenseTier tier = LicenseTier::OpenSource;
    Money fees;
    Money usage;
    qint64 licenses = 0;

    Money total() const { return fees + usage; }
    bool operator==(const TierMonthRevenue&) const = default;
};

// One model's revenue within the filter, with what training it cost.
struct ModelRevenue {
    qint64 modelId = 0;
    QString name;
    SizeClass sizeClass = SizeClass::Small;
    Architecture architecture = Architecture::Transformer;
    Money trainingCost;
    Money fees;
    Money usage;
    qint64 licenses = 0;

    Money total() const { return fees + usage; }
    bool operator==(const ModelRevenue&) const = default;
};

// One listing as a point: the model's composite quality against the tier's price.
struct ListingPoint {
    qint64 modelId = 0;
    QString name;
    LicenseTier tier = LicenseTier::OpenSource;
    double composite = 0;
    Money price;

    bool operator==(const ListingPoint&) const = default;
};

// Everything the dashboard draws, read in one go on a worker connection.
struct RevenueDashboardData {
    RevenueFilter filter;
    // Months ("yyyy-MM") that have revenue in the whole file, whatever the filter: the range the
    // month pickers offer. Empty when nothing was ever sold.
    QString firstMonth;
    QString lastMonth;
    // By month, then tier in enum order; only months and tiers with something in them.
    QList<TierMonthRevenue> tierMonths;
    // Every model with something in the filter, by total descending, then name.
    QList<ModelRevenue> models;
    // Listings of models matching the size class and architecture (dates and buyers do not apply
    // to prices), at most kMaxListingPointsPerTier per tier, spread evenly by id.
    QList<ListingPoint> listings;
    qint64 listingCount = 0; // before thinning

    Money fees() const;
    Money usage() const;
    qint64 licenses() const;
};

constexpr qint64 kMaxListingPointsPerTier = 1500;

Result<RevenueDashboardData> loadRevenueDashboard(Database& db, const RevenueFilter& filter);

Result<QList<TierMonthRevenue>> revenueByTierAndMonth(Database& db, const RevenueFilter& filter);
Result<QList<ModelRevenue>> revenueByModelDetailed(Database& db, const RevenueFilter& filter,
                                                   std::optional<int> limit = std::nullopt);
Result<QList<ListingPoint>> listingPoints(Database& db, const RevenueFilter& filter,
                                          qint64* countBeforeThinning = nullptr);

// The same rows RevenueReport's revenue() gives for a month-aligned range (same keys, labels,
// order and zero rows), from the summary and with the whole filter applied.
Result<QList<RevenueRow>> revenueSummary(Database& db, RevenueGrouping grouping,
                                         const RevenueFilter& filter = {});

// "2024-03" for the month of `date`, and back (the first of the month).
QString monthKey(const QDate& date);
QDate monthStart(const QString& monthKey);

} // namespace mm
