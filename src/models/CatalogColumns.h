#pragma once

#include "core/Enums.h"

#include <QMetaType>
#include <QString>
#include <QStringView>
#include <optional>

namespace mm {

// The catalog table's columns, in display order. The value is the view's section number.
//
// Editable: name .. efficiency (composite is derived from the three metrics). Read-only: composite
// and the aggregates computed from listings, licenses and usage charges.
enum class CatalogColumn : int {
    Name,
    Architecture,
    SizeClass,
    Parameters,
    DatasetTokens,
    ModelStatus,
    Performance,
    Accuracy,
    Efficiency,
    Composite,
    TiersListed,     // "OS, Com": the tiers the model is listed in
    PriceOpenSource, // one list-price column per tier; empty when not listed in it
    PriceAcademic,
    PriceCommercial,
    PriceEnterprise,
    LicensesSold,
    Revenue, // license fees + usage charges to date
    TrainingCost,
    CreatedOn,
};

inline constexpr int kCatalogColumnCount = static_cast<int>(CatalogColumn::CreatedOn) + 1;

// The column at a view section, or nothing when the section is out of range.
std::optional<CatalogColumn> catalogColumnAt(int section);
inline int catalogSection(CatalogColumn column) {
    return static_cast<int>(column);
}

// Translated header text ("Parameters", "Commercial price").
QString catalogColumnLabel(CatalogColumn column);
// Stable, untranslated key ("parameters", "price_commercial") for settings, CSV headers, tests.
QString catalogColumnKey(CatalogColumn column);
std::optional<CatalogColumn> catalogColumnFromKey(QStringView key);

// A person may change the value in place (setData / CatalogModel::applyValue).
bool isCatalogColumnEditable(CatalogColumn column);
// Numbers, money and dates: right-aligned, summed by spreadsheets.
bool isCatalogColumnNumeric(CatalogColumn column);
// Sorting is offered on the columns the schema indexes (name, architecture, size class, status,
// parameters, composite, training cost, created on); the others cannot be sorted.
bool isCatalogColumnSortable(CatalogColumn column);
// The SQL expression over `models m` that a sortable column orders by; empty otherwise.
QString catalogColumnSortExpression(CatalogColumn column);
// True when the sort expression can be NULL (composite: drafts and failed runs have none).
bool isCatalogColumnNullable(CatalogColumn column);

// The price column of a tier and back.
CatalogColumn catalogPriceColumn(LicenseTier tier);
std::optional<LicenseTier> catalogPriceColumnTier(CatalogColumn column);
// Short tier name used in the "Tiers listed" column ("OS", "Acad", "Com", "Ent"), translated.
QString catalogTierAbbreviation(LicenseTier tier);

} // namespace mm

Q_DECLARE_METATYPE(mm::CatalogColumn)
