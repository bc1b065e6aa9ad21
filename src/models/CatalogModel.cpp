#include "models/CatalogModel.h"

#include "core/CountText.h"
#include "core/Money.h"
#include "data/Database.h"
#include "models/RowLoader.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

namespace mm {

namespace {

// Pending page wishes kept: about a screenful or two. Older wishes (rows scrolled past) drop out.
constexpr qsizetype kMaxWanted = 8;
// Keys remembered for keyset paging beyond the cached pages (two per page ever loaded).
constexpr qsizetype kMaxAnchors = 20'000;

const QString kPlaceholder = QStringLiteral("…");

QString metricText(const std::optional<double>& value) {
    return value ? QLocale().toString(*value, 'f', 1) : QString();
}

QVariant optionalReal(const std::optional<double>& value) {
    return value ? QVariant(*value) : QVariant();
}

// What a number cell received: nothing (cleared), a number, or text that is not one.
struct ParsedNumber {
    bool empty = false;
    std::optional<double> value;
};

// A metric cell: a number, optionally written with a percent sign ("77.5%").
ParsedNumber parseNumber(const QVariant& value) {
    ParsedNumber parsed;
    if (!value.isValid() || value.isNull()) {
        parsed.empty = true;
        return parsed;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        parsed.value = value.toDouble();
        return parsed;
    default:
        break;
    }
    QString text = value.toString().trimmed();
    if (text.isEmpty()) {
        parsed.empty = true;
        return parsed;
    }
    if (text.endsWith(u'%'))
        text = text.chopped(1).trimmed();
    bool ok = false;
    double number = QLocale().toDouble(text, &ok);
    if (!ok)
        number = QLocale::c().toDouble(text, &ok);
    if (ok && std::isfinite(number))
        parsed.value = number;
    return parsed;
}

// A whole count from a cell: an integer as it is, a whole double, or text read by parseCount
// ("4.35T", "13,000,000"), the same parser as the dialogs and the CSV import.
std::optional<qint64> parseWholeNumber(const QVariant& value) {
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return value.toLongLong();
    case QMetaType::Double:
    case QMetaType::Float: {
        const double number = value.toDouble();
        if (!std::isfinite(number) || std::floor(number) != number || std::abs(number) > 9.0e18)
            return std::nullopt;
        return static_cast<qint64>(number);
    }
    default:
        break;
    }
    const auto count = parseCount(value.toString());
    if (!count)
        return std::nullopt;
    return *count;
}

double roundToTenth(double value) {
    return std::round(value * 10.0) / 10.0;
}

} // namespace

CatalogModel::CatalogModel(const Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_loader(new RowLoader(database, this))
    , m_query(m_filter, m_sort) {
    m_dispatchTimer.setSingleShot(true);
    m_dispatchTimer.setInterval(0);
    connect(&m_dispatchTimer, &QTimer::timeout, this, &CatalogModel::dispatch);
    connect(m_loader, &RowLoader::loaded, this, &CatalogModel::onLoaded);
    requestCount();
    wantPage(0);
}

CatalogModel::~CatalogModel() {
    // Stop the workers while the model is still whole: no answer may arrive half-way through.
    delete m_loader;
}

int CatalogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rowCount;
}

int CatalogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : kCatalogColumnCount;
}

const CatalogRow* CatalogModel::cachedRow(int row, bool* stale) const {
    if (row < 0)
        return nullptr;
    const auto found = m_pages.constFind(row / kPageSize);
    if (found == m_pages.constEnd())
        return nullptr;
    const qsizetype offset = row % kPageSize;
    if (offset >= found->rows.size())
        return nullptr;
    found->lastUse = ++m_useClock;
    if (stale)
        *stale = found->generation != m_generation;
    return &found->rows[offset];
}

QVariant CatalogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_rowCount)
        return {};
    const auto column = catalogColumnAt(index.column());
    if (!column)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const Qt::Alignment alignment =
            (isCatalogColumnNumeric(*column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
        return QVariant::fromValue(static_cast<int>(alignment));
    }
    bool stale = false;
    const CatalogRow* row = cachedRow(index.row(), &stale);
    if (!row || stale)
        wantPage(index.row() / kPageSize);
    if (!row)
        return role == Qt::DisplayRole ? QVariant(kPlaceholder) : QVariant();

    switch (role) {
    case Qt::DisplayRole:
        return displayValue(*row, *column);
    case Qt::EditRole:
        return editValue(*row, *column);
    case RecordIdRole:
        return QVariant::fromValue(row->id);
    case SortKeyRole:
        return sortValue(*row, *column);
    default:
        return {};
    }
}

QVariant CatalogModel::displayValue(const CatalogRow& row, CatalogColumn column) {
    const QLocale locale;
    if (const auto tier = catalogPriceColumnTier(column)) {
        const auto& price = row.priceCents[static_cast<std::size_t>(*tier)];
        return price ? Money::fromCents(*price).toDisplayString(locale) : QString();
    }
    switch (column) {
    case CatalogColumn::Name:
        return row.name;
    case CatalogColumn::Architecture:
        return enumLabel(row.architecture);
    case CatalogColumn::SizeClass:
        return enumLabel(row.sizeClass);
    case CatalogColumn::Parameters:
        return locale.toString(row.parameters);
    case CatalogColumn::DatasetTokens:
        return locale.toString(row.datasetTokens);
    case CatalogColumn::ModelStatus:
        return enumLabel(row.status);
    case CatalogColumn::Performance:
        return metricText(row.performance);
    case CatalogColumn::Accuracy:
        return metricText(row.accuracy);
    case CatalogColumn::Efficiency:
        return metricText(row.efficiency);
    case CatalogColumn::Composite:
        return metricText(row.composite);
    case CatalogColumn::TiersListed: {
        QStringList tiers;
        for (LicenseTier tier : enumValues<LicenseTier>()) {
            if (row.priceCents[static_cast<std::size_t>(tier)])
                tiers << catalogTierAbbreviation(tier);
        }
        return tiers.join(QStringLiteral(", "));
    }
    case CatalogColumn::LicensesSold:
        return locale.toString(row.licensesSold);
    case CatalogColumn::Revenue:
        return Money::fromCents(row.revenueCents).toDisplayString(locale);
    case CatalogColumn::TrainingCost:
        return Money::fromCents(row.trainingCostCents).toDisplayString(locale);
    case CatalogColumn::CreatedOn:
        return locale.toString(row.createdOn, QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant CatalogModel::editValue(const CatalogRow& row, CatalogColumn column) {
    if (const auto tier = catalogPriceColumnTier(column)) {
        const auto& price = row.priceCents[static_cast<std::size_t>(*tier)];
        return price ? QVariant::fromValue<qlonglong>(*price) : QVariant();
    }
    switch (column) {
    case CatalogColumn::Name:
        return row.name;
    case CatalogColumn::Architecture:
        return enumKey(row.architecture);
    case CatalogColumn::SizeClass:
        return enumKey(row.sizeClass);
    case CatalogColumn::Parameters:
        return QVariant::fromValue<qlonglong>(row.parameters);
    case CatalogColumn::DatasetTokens:
        return QVariant::fromValue<qlonglong>(row.datasetTokens);
    case CatalogColumn::ModelStatus:
        return enumKey(row.status);
    case CatalogColumn::Performance:
        return optionalReal(row.performance);
    case CatalogColumn::Accuracy:
        return optionalReal(row.accuracy);
    case CatalogColumn::Efficiency:
        return optionalReal(row.efficiency);
    case CatalogColumn::Composite:
        return optionalReal(row.composite);
    case CatalogColumn::TiersListed: {
        QStringList keys;
        for (LicenseTier tier : enumValues<LicenseTier>()) {
            if (row.priceCents[static_cast<std::size_t>(tier)])
                keys << enumKey(tier);
        }
        return keys.join(u',');
    }
    case CatalogColumn::LicensesSold:
        return QVariant::fromValue<qlonglong>(row.licensesSold);
    case CatalogColumn::Revenue:
        return QVariant::fromValue<qlonglong>(row.revenueCents);
    case CatalogColumn::TrainingCost:
        return QVariant::fromValue<qlonglong>(row.trainingCostCents);
    case CatalogColumn::CreatedOn:
        return row.createdOn;
    default:
        return {};
    }
}

QVariant CatalogModel::sortValue(const CatalogRow& row, CatalogColumn column) {
    if (const auto tier = catalogPriceColumnTier(column)) {
        const auto& price = row.priceCents[static_cast<std::size_t>(*tier)];
        return QVariant::fromValue<qlonglong>(price.value_or(-1));
    }
    auto metric = [](const std::optional<double>& value) { return QVariant(value.value_or(-1.0)); };
    switch (column) {
    case CatalogColumn::Name:
        return row.name.toLower();
    case CatalogColumn::Performance:
        return metric(row.performance);
    case CatalogColumn::Accuracy:
        return metric(row.accuracy);
    case CatalogColumn::Efficiency:
        return metric(row.efficiency);
    case CatalogColumn::Composite:
        return metric(row.composite);
    case CatalogColumn::TiersListed: {
        int mask = 0;
        for (LicenseTier tier : enumValues<LicenseTier>()) {
            if (row.priceCents[static_cast<std::size_t>(tier)])
                mask |= 1 << static_cast<int>(tier);
        }
        return mask;
    }
    case CatalogColumn::CreatedOn:
        return row.createdOn.toString(Qt::ISODate);
    default:
        return editValue(row, column);
    }
}

QVariant CatalogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation == Qt::Horizontal) {
        const auto column = catalogColumnAt(section);
        if (!column)
            return {};
        if (role == Qt::DisplayRole)
            return catalogColumnLabel(*column);
        if (role == Qt::TextAlignmentRole) {
            const Qt::Alignment alignment =
                (isCatalogColumnNumeric(*column) ? Qt::AlignRight : Qt::AlignLeft) |
                Qt::AlignVCenter;
            return QVariant::fromValue(static_cast<int>(alignment));
        }
        return {};
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags CatalogModel::flags(const QModelIndex& index) const {
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
    if (const auto column = catalogColumnAt(index.column());
        column && isCatalogColumnEditable(*column))
        result |= Qt::ItemIsEditable;
    return result;
}

bool CatalogModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    const auto column = catalogColumnAt(index.column());
    if (!column || !isCatalogColumnEditable(*column))
        return false;
    if (const auto id = idAt(index.row()))
        emit editRequested(*id, *column, value);
    return false;
}

QHash<int, QByteArray> CatalogModel::roleNames() const {
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RecordIdRole, "recordId");
    names.insert(SortKeyRole, "sortKey");
    return names;
}

void CatalogModel::sort(int column, Qt::SortOrder order) {
    CatalogSort sort;
    sort.order = order;
    if (column >= 0) {
        const auto sortColumn = catalogColumnAt(column);
        // Not indexed: sorting it would mean ordering a million rows per page. Leave the order.
        if (!sortColumn || !isCatalogColumnSortable(*sortColumn))
            return;
        sort.column = sortColumn;
    }
    if (sort == m_sort)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // Where each row goes is known only when its page loads again, so persistent indexes (a
    // view's current row and selection) cannot be moved now. Left on their rows they would
    // point at other models; invalidated, the view re-selects its model by id.
    const QModelIndexList persistent = persistentIndexList();
    changePersistentIndexList(persistent, QModelIndexList(persistent.size()));
    m_sort = sort;
    m_query = CatalogQuery(m_filter, m_sort);
    clearCache();
    startGeneration();
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    // Same filter, same count; recount anyway to pick up changes made elsewhere.
    requestCount();
}

void CatalogModel::setFilter(const CatalogFilter& filter) {
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_query = CatalogQuery(m_filter, m_sort);
    clearCache();
    startGeneration();
    m_rowCount = 0;
    m_countKnown = false;
    endResetModel();
    requestCount();
    wantPage(0); // ready when the count arrives and the view asks
}

void CatalogModel::refresh() {
    // Cached pages stay as stale copies so the view does not blink; data() reloads them.
    startGeneration();
    requestCount();
    m_dispatchTimer.start();
}

void CatalogModel::refreshRows(const QList<qint64>& modelIds) {
    bool any = false;
    for (qint64 id : modelIds) {
        if (rowOf(id) && !m_rowsToRefresh.contains(id)) {
            m_rowsToRefresh.append(id);
            any = true;
        }
    }
    if (any && !m_failed)
        m_dispatchTimer.start();
}

std::optional<qint64> CatalogModel::idAt(int row) const {
    if (row >= m_rowCount && m_countKnown)
        return std::nullopt;
    const CatalogRow* cached = cachedRow(row);
    return cached ? std::optional<qint64>(cached->id) : std::nullopt;
}

std::optional<int> CatalogModel::rowOf(qint64 modelId) const {
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        const QList<CatalogRow>& rows = it->rows;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows[i].id == modelId) {
                const qint64 row = it.key() * kPageSize + i;
                if (row < m_rowCount || !m_countKnown)
                    return static_cast<int>(row);
            }
        }
    }
    return std::nullopt;
}

bool CatalogModel::isRowLoaded(int row) const {
    bool stale = false;
    return row < m_rowCount && cachedRow(row, &stale) && !stale;
}

void CatalogModel::wantPage(qint64 page) const {
    if (m_failed || page < 0)
        return;
    if (m_job == Job::Page && m_jobPage == page && m_jobGeneration == m_generation)
        return;
    const qsizetype at = m_wanted.indexOf(page);
    if (at == 0)
        return;
    if (at > 0)
        m_wanted.removeAt(at);
    m_wanted.prepend(page);
    if (m_wanted.size() > kMaxWanted)
        m_wanted.resize(kMaxWanted);
    if (!m_dispatchTimer.isActive())
        m_dispatchTimer.start();
}

void CatalogModel::dispatch() {
    if (m_job != Job::None || m_failed) {
        updateLoading();
        return;
    }
    if (!m_rowsToRefresh.isEmpty()) {
        m_job = Job::Rows;
        m_jobGeneration = m_generation;
        m_loader->loadRows(m_generation, m_query, m_rowsToRefresh);
        m_rowsToRefresh.clear();
        updateLoading();
        return;
    }
    while (!m_wanted.isEmpty()) {
        const qint64 page = m_wanted.takeFirst();
        const auto cached = m_pages.constFind(page);
        if (cached != m_pages.constEnd() && cached->generation == m_generation)
            continue;
        const qint64 firstRow = page * kPageSize;
        if (m_countKnown && firstRow >= m_rowCount)
            continue;
        const PagePlan plan = CatalogQuery::planWindow(
            firstRow, kPageSize, m_anchors,
            m_countKnown ? std::optional<qint64>(m_rowCount) : std::nullopt);
        m_job = Job::Page;
        m_jobPage = page;
        m_jobGeneration = m_generation;
        m_loader->loadPage(m_generation, page, m_query, plan);
        break;
    }
    updateLoading();
}

void CatalogModel::startGeneration() {
    ++m_generation;
    m_anchors.clear();
    m_wanted.clear();
    m_failed = false;
}

void CatalogModel::clearCache() {
    m_pages.clear();
    m_anchors.clear();
    m_wanted.clear();
}

void CatalogModel::requestCount() {
    m_countWanted = true;
    if (!m_countInFlight)
        sendCount();
    updateLoading();
}

void CatalogModel::sendCount() {
    m_countWanted = false;
    m_countInFlight = true;
    m_loader->countRows(m_generation, m_query);
}

void CatalogModel::onLoaded(const LoadResult& result) {
    switch (result.kind) {
    case LoadResult::Kind::Count:
        m_countInFlight = false;
        if (result.generation == m_generation) {
            if (result.error) {
                m_failed = true;
                emit loadFailed(*result.error);
            } else {
                applyCount(result.count);
            }
        } else {
            ++m_staleDropped;
        }
        if (m_countWanted)
            sendCount();
        break;
    case LoadResult::Kind::Page:
        m_job = Job::None;
        if (result.generation == m_generation) {
            if (result.error) {
                m_failed = true;
                emit loadFailed(*result.error);
            } else {
                storePage(result.page, result.rows);
            }
        } else {
            ++m_staleDropped;
        }
        break;
    case LoadResult::Kind::Rows:
        m_job = Job::None;
        if (result.error)
            emit loadFailed(*result.error);
        else
            applyRows(result);
        break;
    }
    dispatch();
}

void CatalogModel::storePage(qint64 page, QList<CatalogRow> rows) {
    const qint64 firstRow = page * kPageSize;
    const qsizetype size = rows.size();
    if (size > 0) {
        if (m_anchors.size() >= kMaxAnchors)
            m_anchors.clear();
        m_anchors.insert(firstRow, rows.front().sortKey);
        m_anchors.insert(firstRow + size - 1, rows.back().sortKey);
    }
    m_pages.insert(page, Page{m_generation, std::move(rows), ++m_useClock});
    evictPages(page);
    const qint64 lastRow = std::min<qint64>(firstRow + size, m_rowCount) - 1;
    if (lastRow >= firstRow)
        emit dataChanged(index(static_cast<int>(firstRow), 0),
                         index(static_cast<int>(lastRow), kCatalogColumnCount - 1));
}

void CatalogModel::evictPages(qint64 keep) {
    while (m_pages.size() > m_maxCachedPages) {
        auto oldest = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
            if (it.key() != keep && (oldest == m_pages.end() || it->lastUse < oldest->lastUse))
                oldest = it;
        }
        m_pages.erase(oldest);
    }
}

void CatalogModel::setMaxCachedPages(int pages) {
    m_maxCachedPages = std::max(2, pages);
    evictPages(-1);
}

void CatalogModel::applyRows(const LoadResult& result) {
    QHash<qint64, const CatalogRow*> fresh;
    for (const CatalogRow& row : result.rows)
        fresh.insert(row.id, &row);
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        for (qsizetype i = 0; i < it->rows.size(); ++i) {
            const auto found = fresh.constFind(it->rows[i].id);
            if (found == fresh.constEnd())
                continue;
            CatalogRow& cached = it->rows[i];
            const SortKey place = cached.sortKey; // the row keeps its place until refresh()
            cached = **found;
            cached.sortKey = place;
            const qint64 row = it.key() * kPageSize + i;
            if (row < m_rowCount)
                emit dataChanged(index(static_cast<int>(row), 0),
                                 index(static_cast<int>(row), kCatalogColumnCount - 1));
        }
    }
    if (fresh.size() < result.ids.size())
        refresh(); // a model was deleted: rows and count have changed
}

void CatalogModel::applyCount(qint64 count) {
    const int rows =
        static_cast<int>(std::clamp<qint64>(count, 0, std::numeric_limits<int>::max()));
    if (rows > m_rowCount) {
        beginInsertRows({}, m_rowCount, rows - 1);
        m_rowCount = rows;
        endInsertRows();
    } else if (rows < m_rowCount) {
        beginRemoveRows({}, rows, m_rowCount - 1);
        m_rowCount = rows;
        // Pages wholly past the end go; a page across it keeps rows data() no longer reaches.
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() * kPageSize >= rows)
                it = m_pages.erase(it);
            else
                ++it;
        }
        endRemoveRows();
    }
    m_countKnown = true;
    emit rowCountKnown(count);
}

void CatalogModel::updateLoading() {
    const bool loading = m_job != Job::None || m_countInFlight;
    if (loading == m_loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

Result<ModelRecord> CatalogModel::applyValue(ModelRecord record, CatalogColumn column,
                                             const QVariant& value) {
    static const EconomyConfig defaults = EconomyConfig::defaults();
    return applyValue(std::move(record), column, value, defaults);
}

Result<ModelRecord> CatalogModel::applyValue(ModelRecord record, CatalogColumn column,
                                             const QVariant& value, const EconomyConfig& config) {
    const QString where = record.name;
    const QString text = value.toString().trimmed();
    auto fail = [&](const QString& message, const char* rule) {
        return makeError(message, where, QString::fromLatin1(rule));
    };
    auto metric = [&](std::optional<double>& target,
                      const QString& message) -> std::optional<Error> {
        const ParsedNumber parsed = parseNumber(value);
        if (parsed.empty) {
            target.reset();
        } else if (!parsed.value || *parsed.value < 0.0 || *parsed.value > 100.0) {
            return fail(message, "catalog-metric");
        } else {
            target = *parsed.value;
        }
        if (record.performance && record.accuracy && record.efficiency)
            record.composite = roundToTenth(config.performanceWeight * *record.performance +
                                            config.accuracyWeight * *record.accuracy +
                                            config.efficiencyWeight * *record.efficiency);
        else
            record.composite.reset();
        return std::nullopt;
    };

    switch (column) {
    case CatalogColumn::Name:
        if (text.isEmpty())
            return fail(tr("a model needs a name"), "catalog-name");
        if (text.size() > 200)
            return fail(tr("the name is longer than 200 characters"), "catalog-name");
        record.name = text;
        return record;
    case CatalogColumn::Architecture:
        if (const auto architecture = enumFromText<Architecture>(text)) {
            record.architecture = *architecture;
            return record;
        }
        return fail(tr("unknown architecture '%1'").arg(text), "catalog-architecture");
    case CatalogColumn::SizeClass:
        if (const auto sizeClass = enumFromText<SizeClass>(text)) {
            record.sizeClass = *sizeClass;
            return record;
        }
        return fail(tr("unknown size class '%1'").arg(text), "catalog-size-class");
    case CatalogColumn::ModelStatus:
        if (const auto status = enumFromText<ModelStatus>(text)) {
            record.status = *status;
            return record;
        }
        return fail(tr("unknown status '%1'").arg(text), "catalog-status");
    case CatalogColumn::Parameters: {
        const auto whole = parseWholeNumber(value);
        if (!whole || *whole <= 0)
            return fail(tr("parameters must be a positive whole number"), "catalog-parameters");
        record.parameters = *whole;
        return record;
    }
    case CatalogColumn::DatasetTokens: {
        const auto whole = parseWholeNumber(value);
        if (!whole || *whole < 0)
            return fail(tr("dataset tokens must be a whole number, zero or more"),
                        "catalog-dataset");
        record.datasetTokens = *whole;
        return record;
    }
    case CatalogColumn::Performance:
        if (auto error = metric(record.performance, tr("performance must be between 0 and 100")))
            return *error;
        return record;
    case CatalogColumn::Accuracy:
        if (auto error = metric(record.accuracy, tr("accuracy must be between 0 and 100")))
            return *error;
        return record;
    case CatalogColumn::Efficiency:
        if (auto error = metric(record.efficiency, tr("efficiency must be between 0 and 100")))
            return *error;
        return record;
    case CatalogColumn::TrainingCost: {
        // The editor and EditRole carry cents; pasted text is an amount as people write it.
        Result<Money> cost = value.typeId() == QMetaType::LongLong
                                 ? Result<Money>(Money::fromCents(value.toLongLong()))
                                 : Money::parseDisplay(text, QLocale());
        if (!cost)
            return fail(tr("'%1' is not an amount of money").arg(text), "catalog-training-cost");
        if (cost->isNegative())
            return fail(tr("the training cost cannot be negative"), "catalog-training-cost");
        record.trainingCost = *cost;
        return record;
    }
    default:
        return fail(tr("%1 cannot be edited").arg(catalogColumnLabel(column)), "catalog-read-only");
    }
}

} // namespace mm
