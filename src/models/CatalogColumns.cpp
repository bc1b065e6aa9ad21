#include "models/CatalogColumns.h"

#include <QCoreApplication>
#include <array>

namespace mm {

namespace {

struct ColumnInfo {
    CatalogColumn column;
    const char* key;
    const char* label;
    const char* sortExpression; // nullptr: not sortable
    bool editable;
    bool numeric;
    bool nullable;
};

// clang-format off
constexpr std::array<ColumnInfo, kCatalogColumnCount> kColumns{{
    {CatalogColumn::Name, "name", QT_TRANSLATE_NOOP("mm::CatalogModel", "Name"), "m.name", true, false, false},
    {CatalogColumn::Architecture, "architecture", QT_TRANSLATE_NOOP("mm::CatalogModel", "Architecture"), "m.architecture", true, false, false},
    {CatalogColumn::SizeClass, "size_class", QT_TRANSLATE_NOOP("mm::CatalogModel", "Size class"), "m.size_class", true, false, false},
    {CatalogColumn::Parameters, "parameters", QT_TRANSLATE_NOOP("mm::CatalogModel", "Parameters"), "m.parameters", true, true, false},
    {CatalogColumn::DatasetTokens, "dataset_tokens", QT_TRANSLATE_NOOP("mm::CatalogModel", "Dataset tokens"), nullptr, true, true, false},
    {CatalogColumn::ModelStatus, "status", QT_TRANSLATE_NOOP("mm::CatalogModel", "Status"), "m.status", true, false, false},
    {CatalogColumn::Performance, "performance", QT_TRANSLATE_NOOP("mm::CatalogModel", "Performance"), nullptr, true, true, true},
    {CatalogColumn::Accuracy, "accuracy", QT_TRANSLATE_NOOP("mm::CatalogModel", "Accuracy"), nullptr, true, true, true},
    {CatalogColumn::Efficiency, "efficiency", QT_TRANSLATE_NOOP("mm::CatalogModel", "Efficiency"), nullptr, true, true, true},
    {CatalogColumn::Composite, "composite", QT_TRANSLATE_NOOP("mm::CatalogModel", "Composite"), "m.composite", false, true, true},
    {CatalogColumn::TiersListed, "tiers_listed", QT_TRANSLATE_NOOP("mm::CatalogModel", "Tiers listed"), nullptr, false, false, false},
    {CatalogColumn::PriceOpenSource, "price_open_source", QT_TRANSLATE_NOOP("mm::CatalogModel", "Open Source price"), nullptr, false, true, true},
    {CatalogColumn::PriceAcademic, "price_academic", QT_TRANSLATE_NOOP("mm::CatalogModel", "Academic price"), nullptr, false, true, true},
    {CatalogColumn::PriceCommercial, "price_commercial", QT_TRANSLATE_NOOP("mm::CatalogModel", "Commercial price"), nullptr, false, true, true},
    {CatalogColumn::PriceEnterprise, "price_enterprise", QT_TRANSLATE_NOOP("mm::CatalogModel", "Enterprise price"), nullptr, false, true, true},
    {CatalogColumn::LicensesSold, "licenses_sold", QT_TRANSLATE_NOOP("mm::CatalogModel", "Licenses sold"), nullptr, false, true, false},
    {CatalogColumn::Revenue, "revenue", QT_TRANSLATE_NOOP("mm::CatalogModel", "Revenue to date"), nullptr, false, true, false},
    {CatalogColumn::TrainingCost, "training_cost", QT_TRANSLATE_NOOP("mm::CatalogModel", "Training cost"), "m.training_cost_cents", true, true, false},
    {CatalogColumn::CreatedOn, "created_on", QT_TRANSLATE_NOOP("mm::CatalogModel", "Created on"), "m.created_on", false, true, false},
}};
// clang-format on

const ColumnInfo& info(CatalogColumn column) {
    return kColumns[static_cast<std::size_t>(column)];
}

constexpr bool columnsInOrder() {
    for (std::size_t i = 0; i < kColumns.size(); ++i) {
        if (static_cast<std::size_t>(kColumns[i].column) != i)
            return false;
    }
    return true;
}
static_assert(columnsInOrder(), "kColumns must list the columns in enum order");

} // namespace

std::optional<CatalogColumn> catalogColumnAt(int section) {
    if (section < 0 || section >= kCatalogColumnCount)
        return std::nullopt;
    return static_cast<CatalogColumn>(section);
}

QString catalogColumnLabel(CatalogColumn column) {
    return QCoreApplication::translate("mm::CatalogModel", info(column).label);
}

QString catalogColumnKey(CatalogColumn column) {
    return QString::fromLatin1(info(column).key);
}

std::optional<CatalogColumn> catalogColumnFromKey(QStringView key) {
    for (const ColumnInfo& column : kColumns) {
        if (key.compare(QLatin1StringView(column.key), Qt::CaseInsensitive) == 0)
            return column.column;
    }
    return std::nullopt;
}

bool isCatalogColumnEditable(CatalogColumn column) {
    return info(column).editable;
}

bool isCatalogColumnNumeric(CatalogColumn column) {
    return info(column).numeric;
}

bool isCatalogColumnSortable(CatalogColumn column) {
    return info(column).sortExpression != nullptr;
}

QString catalogColumnSortExpression(CatalogColumn column) {
    const char* expression = info(column).sortExpression;
    return expression ? QString::fromLatin1(expression) : QString();
}

bool isCatalogColumnNullable(CatalogColumn column) {
    return info(column).nullable;
}

CatalogColumn catalogPriceColumn(LicenseTier tier) {
    switch (tier) {
    case LicenseTier::OpenSource:
        return CatalogColumn::PriceOpenSource;
    case LicenseTier::Academic:
        return CatalogColumn::PriceAcademic;
    case LicenseTier::Commercial:
        return CatalogColumn::PriceCommercial;
    case LicenseTier::Enterprise:
        return CatalogColumn::PriceEnterprise;
    }
    return CatalogColumn::PriceOpenSource;
}

std::optional<LicenseTier> catalogPriceColumnTier(CatalogColumn column) {
    switch (column) {
    case CatalogColumn::PriceOpenSource:
        return LicenseTier::OpenSource;
    case CatalogColumn::PriceAcademic:
        return LicenseTier::Academic;
    case CatalogColumn::PriceCommercial:
        return LicenseTier::Commercial;
    case CatalogColumn::PriceEnterprise:
        return LicenseTier::Enterprise;
    default:
        return std::nullopt;
    }
}

QString catalogTierAbbreviation(LicenseTier tier) {
    switch (tier) {
    case LicenseTier::OpenSource:
        return QCoreApplication::translate("mm::CatalogModel", "OS",
                                           "short for the Open Source tier");
    case LicenseTier::Academic:
        return QCoreApplication::translate("mm::CatalogModel", "Acad",
                                           "short for the Academic tier");
    case LicenseTier::Commercial:
        return QCoreApplication::translate("mm::CatalogModel", "Com",
                                           "short for the Commercial tier");
    case LicenseTier::Enterprise:
        return QCoreApplication::translate("mm::CatalogModel", "Ent",
                                           "short for the Enterprise tier");
    }
    return {};
}

} // namespace mm
