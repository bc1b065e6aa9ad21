#include "models/ListingTableModel.h"

#include "data/Database.h"
#include "models/BackgroundReader.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace mm {

ListingTableModel::ListingTableModel(const Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_reader(new BackgroundReader(database, this)) {
    request();
}

ListingTableModel::~ListingTableModel() = default;

int ListingTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
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

QVariant ListingTableModel::data(const QModelIndex& index, int role) const {
    const ListingRow* row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const auto column = static_cast<ListingColumn>(index.column());
    switch (role) {
    case ListingIdRole:
        return row->listingId;
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
    request();
}

void ListingTableModel::setFilter(const ListingFilter& filter) {
    if (filter == m_filter)
        return;
    m_filter = filter;
    request();
}

void ListingTableModel::setRowLimit(int limit) {
    m_rowLimit = std::max(1, limit);
    request();
}

void ListingTableModel::refresh() {
    request();
}

const ListingRow* ListingTableModel::rowAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

std::optional<int> ListingTableModel::rowOfListing(qint64 listingId) const {
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).listingId == listingId)
            return static_cast<int>(i);
    }
    return std::nullopt;
}

void ListingTableModel::request() {
    ++m_generation;
    if (!m_loading) {
        m_loading = true;
        emit loadingChanged(true);
    }
    if (m_inFlight) {
        m_wanted = true; // sent when the running query answers; older wishes are skipped
        return;
    }
    send();
}

void ListingTableModel::send() {
    m_inFlight = true;
    m_wanted = false;
    const quint64 generation = m_generation;
    const ListingQuery query(m_filter, m_sort, m_rowLimit);
    m_reader->post([this, generation, query](Database* db, const Error* openError) {
        Result<ListingPage> page = openError ? Result<ListingPage>(*openError) : query.fetch(*db);
        return [this, generation, page = std::move(page)] { apply(generation, page); };
    });
}

void ListingTableModel::apply(quint64 generation, const Result<ListingPage>& page) {
    m_inFlight = false;
    if (generation != m_generation || m_wanted) {
        send(); // a newer wish is waiting; this answer is stale
        return;
    }
    m_answeredGeneration = generation;
    m_loading = false;
    if (!page) {
        emit loadingChanged(false);
        emit loadFailed(page.error());
        return;
    }
    beginResetModel();
    m_rows = page->rows;
    m_total = page->totalMatching;
    endResetModel();
    emit loadingChanged(false);
    emit loaded(static_cast<int>(m_rows.size()), m_total);
}

} // namespace mm
