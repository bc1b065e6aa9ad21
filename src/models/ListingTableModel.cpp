#include "models/ListingTableModel.h"

#include "data/Database.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace mm {

ListingTableModel::ListingTableModel(const Database& database, QObject* parent)
    : ListingTableBase(&database, parent) {
    reload();
}

int ListingTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kListingColumnCount;
}

QString ListingTableModel::valueText(const ListingRow& row) {
    const auto value = row.qualityPerThousandDollars();
    if (!value)
        return tr("∞ (free)");
    // Three significant digits with trailing zeros kept, so a column of values lines up.
    const int magnitude = *value > 0 ? static_cast<int>(std::floor(std::log10(*value))) : 0;
    return QLocale().toString(*value, 'f', std::clamp(2 - magnitude, 0, 8));
}

QVariant ListingTableModel::cellData(const ListingRow& listing, int columnNumber, int role) const {
    const ListingRow* row = &listing;
    const auto column = static_cast<ListingColumn>(columnNumber);
    switch (role) {
    case ModelIdRole:
        return row->modelId;
    case TierRole:
        return static_cast<int>(row->tier);
    case Qt::TextAlignmentRole:
        switch (column) {
        case ListingColumn::Price:
        case ListingColumn::Quality:
        case ListingColumn::Value:
        case ListingColumn::LicensesSold:
        case ListingColumn::Revenue:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::ToolTipRole:
        if (column == ListingColumn::Model)
            return tr("%1 (%2), listed on %3")
                .arg(row->modelName, enumLabel(row->modelStatus),
                     QLocale().toString(row->listedOn, QLocale::ShortFormat));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (column) {
    case ListingColumn::Model:
        return row->modelName;
    case ListingColumn::Tier:
        return enumLabel(row->tier);
    case ListingColumn::Price:
        return row->price.isZero() ? tr("Free") : row->price.toDisplayString(locale);
    case ListingColumn::SizeClass:
        return enumLabel(row->sizeClass);
    case ListingColumn::Architecture:
        return enumLabel(row->architecture);
    case ListingColumn::Quality:
        return row->composite ? locale.toString(*row->composite, 'f', 1) : QString();
    case ListingColumn::Value:
        return valueText(*row);
    case ListingColumn::LicensesSold:
        return locale.toString(row->licensesSold);
    case ListingColumn::Revenue:
        return row->revenue.toDisplayString(locale);
    }
    return {};
}

QVariant ListingTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = static_cast<ListingColumn>(section);
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case ListingColumn::Quality:
            return tr("Composite quality, 0 to 100");
        case ListingColumn::Value:
            return tr("Value for money: composite quality points per $1,000 of list price. "
                      "Free listings are infinitely good value.");
        case ListingColumn::Revenue:
            return tr("License fees plus usage charges of this model in this tier");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case ListingColumn::Model:
        return tr("Model");
    case ListingColumn::Tier:
        return tr("Tier");
    case ListingColumn::Price:
        return tr("Price");
    case ListingColumn::SizeClass:
        return tr("Size");
    case ListingColumn::Architecture:
        return tr("Architecture");
    case ListingColumn::Quality:
        return tr("Quality");
    case ListingColumn::Value:
        return tr("Quality per $1k");
    case ListingColumn::LicensesSold:
        return tr("Licenses");
    case ListingColumn::Revenue:
        return tr("Revenue");
    }
    return {};
}

void ListingTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= kListingColumnCount)
        return;
    const ListingSort wanted{static_cast<ListingColumn>(column), order};
    if (wanted == m_sort)
        return;
    m_sort = wanted;
    reload();
}

void ListingTableModel::setFilter(const ListingFilter& filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ListingTableModel::setRowLimit(int limit) {
    m_rowLimit = std::max(1, limit);
    reload();
}

void ListingTableModel::refresh() {
    reload();
}

ListingTableModel::Loader ListingTableModel::loader() const {
    return [query = ListingQuery(m_filter, m_sort, m_rowLimit)](Database& db) -> Result<Snapshot> {
        auto page = query.fetch(db);
        if (!page)
            return page.error();
        return Snapshot{std::move(page->rows), page->totalMatching};
    };
}

void ListingTableModel::snapshotApplied() {
    emit loaded(rowCount(), totalMatching());
}

} // namespace mm
