#pragma once

#include "core/Money.h"
#include "data/ModelComparisonQueries.h"
#include "data/RevenueQueries.h"
#include "ui/shell/ChartExport.h"

#include <QChart>
#include <QColor>
#include <QLocale>
#include <QStringList>
#include <memory>

class QLegendMarker;
class QWidget;

namespace mm {

// Builders that turn query results into Qt Charts: pure functions of their input (no database,
// no widgets), so tests can check the series they make. Each returns the chart together with the
// numbers behind it, for CSV export.
//
// Money is drawn as doubles (the only place it is): linear axes show it in $, $k, $M or $B with
// the unit in the axis title; prices and training spend, which span five orders of magnitude,
// go on decade (log) axes labelled $1k, $10k, $100k... Every bar, slice and point carries its
// exact value as hover text (kHoverTipsProperty), formatted in the given locale.
struct BuiltChart {
    std::unique_ptr<QChart> chart;
    ChartTable table;
};

// QStringList on a QBarSet, QXYSeries or QPieSeries: one tip per value, in order.
inline constexpr char kHoverTipsProperty[] = "mmHoverTips";

// The unit a linear money axis is drawn in.
struct MoneyScale {
    double dollarsPerUnit = 1; // 1, 1e3, 1e6, 1e9
    QString suffix;            // "", "k", "M", "B"

    double toUnits(Money amount) const { return amount.toDouble() / dollarsPerUnit; }
    // "Revenue ($M)"
    QString axisTitle(const QString& what) const;
};
MoneyScale moneyScaleFor(Money largest);

// Every month from `first` to `last` ("yyyy-MM"), inclusive.
QStringList monthsBetween(const QString& first, const QString& last);
// The months a chart of `data` spans: the filter's ends where set, the data's otherwise.
QStringList chartMonths(const RevenueDashboardData& data);
// "Mar 2024" in the locale.
QString monthLabel(const QString& monthKey, const QLocale& locale);

QColor tierColor(LicenseTier tier);
QColor usageColor(LicenseTier tier); // a lighter shade of the tier's, for usage bars
QColor sizeClassColor(SizeClass sizeClass);

// How the charts per tier draw revenue. A tier earning a thousandth of another's is an invisible
// sliver on a shared linear axis; on a logarithmic one every tier is readable.
enum class TierScale {
    Linear,      // stacked, one shared axis: the parts add up to the whole
    Logarithmic, // side by side on decade axes: every tier readable, the sum no longer visible
};

namespace revenuecharts {

// Linear: stacked bars per month, one set per tier and kind ("Commercial — license fees",
// "Commercial — usage"), sets that are zero throughout left out. Logarithmic: one bar per tier
// and month, side by side, on a decade axis (hover tips still split fees and usage). The table
// is the same either way.
BuiltChart revenueByTierAndMonth(const RevenueDashboardData& data, const QLocale& locale,
                                 TierScale scale = TierScale::Linear);
// Donut of each tier's share of revenue (tiers with revenue only).
BuiltChart tierShare(const RevenueDashboardData& data, const QLocale& locale);
// Running total per tier, one line per tier with revenue, on a month axis; on a decade axis when
// logarithmic, each line starting with the tier's first revenue.
BuiltChart cumulativeRevenueByTier(const RevenueDashboardData& data, const QLocale& locale,
                                   TierScale scale = TierScale::Linear);
// Stacked bars of licenses sold per month, one set per tier that sold any.
BuiltChart licensesByTierAndMonth(const RevenueDashboardData& data, const QLocale& locale);
// Horizontal bars of the `count` models with the most revenue, largest on top.
BuiltChart topModels(const RevenueDashboardData& data, const QLocale& locale, int count = 10);
// Listing price (decade axis) against composite quality, one series per paid tier. Open Source
// listings are free and cannot sit on a price axis; the table keeps them.
BuiltChart priceAgainstQuality(const RevenueDashboardData& data, const QLocale& locale);
// License revenue against training spend per model (both on decade axes), one series per size
// class, and the line revenue = spend: points above it have paid their training back.
BuiltChart trainingSpendAgainstRevenue(const RevenueDashboardData& data, const QLocale& locale);

// Grouped bars of performance, accuracy, efficiency, composite and every benchmark, one set per
// model, on a 0–100 axis.
BuiltChart modelComparison(const ModelComparisonData& data, const QLocale& locale);

} // namespace revenuecharts

// The hover text of value `index` of a bar set, series or pie slice list (empty when none).
QString hoverTip(const QObject* carrier, int index);
// Shows the hover tips as tool tips over `view` while the pointer rests on a value.
void installHoverTips(QChart* chart, QWidget* view);

// Clicking a legend marker hides its series, bar set or slice, clicking again shows it; the marker
// stays in the legend, dimmed while hidden. Bar sets and slices cannot be hidden in Qt Charts, so
// their values go to zero and come back.
void installLegendToggling(QChart* chart);
void toggleLegendMarker(QLegendMarker* marker);
// Whether the marker's series, set or slice is currently shown.
bool isLegendMarkerShown(QLegendMarker* marker);

} // namespace mm
