#pragma once

#include "core/Enums.h"
#include "core/Money.h"
#include "core/Result.h"
#include "models/CatalogQuery.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace mm {

class Database;
class SqlDialect;

// The marketplace's columns, one row per listing (a model offered in one tier).
enum class ListingColumn {
    Model,
    Tier,
    Price,
    SizeClass,
    Architecture,
    Quality,
    Value,
    LicensesSold,
    Revenue,
};
inline constexpr int kListingColumnCount = 9;

// Which listings to show; every part is optional and they combine with AND.
struct ListingFilter {
    QString text; // found anywhere in the model's name, case-insensitively; % and _ are literal
    std::optional<LicenseTier> tier;
    std::optional<SizeClass> sizeClass;
    std::optional<Architecture> architecture;
    std::optional<double> minQuality; // composite, 0..100
    std::optional<Money> maxPrice;

    bool operator==(const ListingFilter&) const = default;
};

struct ListingSort {
    ListingColumn column = ListingColumn::Model;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const ListingSort&) const = default;
};

struct ListingRow {
    qint64 listingId = 0;
    qint64 modelId = 0;
    QString modelName;
    LicenseTier tier = LicenseTier::OpenSource;
    Money price;
    QDate listedOn;
    SizeClass sizeClass = SizeClass::Small;
    Architecture architecture = Architecture::Transformer;
    ModelStatus modelStatus = ModelStatus::Listed;
    std::optional<double> composite;
    qint64 licensesSold = 0;
    Money revenue; // license fees plus usage charges of this model in this tier

    // Value for money: composite quality points per $1,000 of list price. None for a free
    // listing (infinitely good value; sorted above every priced one).
    std::optional<double> qualityPerThousandDollars() const;
    bool operator==(const ListingRow&) const = default;
};

// The first rows of the filtered, sorted marketplace and how many rows match in all.
struct ListingPage {
    QList<ListingRow> rows;
    qint64 totalMatching = 0;
};

// The marketplace's SQL: filtering, sorting, the row cap and the count all happen in SQLite, so
// a catalog of a million models costs the GUI one bounded page. Every value is bound; only fixed
// fragments of this file are pasted into the text. The sort picks its rows in an inner query
// that reads only listings and models; the per-listing sales figures are computed for the rows
// of the page only (unless the sort is by them, in which case SQLite has to compute them for
// every matching row to find the top ones).
class ListingQuery {
public:
    static constexpr int kDefaultRowLimit = 1000;

    ListingQuery() = default;
    ListingQuery(ListingFilter filter, ListingSort sort, int rowLimit = kDefaultRowLimit);

    const ListingFilter& filter() const { return m_filter; }
    const ListingSort& sort() const { return m_sort; }
    int rowLimit() const { return m_rowLimit; }

    // The name filters ignore the case of ASCII letters on both backends, each in its own SQL,
    // hence the dialect.
    SqlStatement pageStatement(const SqlDialect& dialect) const;
    SqlStatement countStatement(const SqlDialect& dialect) const;

    Result<ListingPage> fetch(Database& db) const;

    // Fixed SQL fragments that order enums like the enum declarations do, not alphabetically.
    static QString tierOrderSql(const QString& column);
    static QString sizeClassOrderSql(const QString& column);

private:
    QString whereClause(const SqlDialect& dialect, QVariantList& values) const;
    QString sortExpression() const;

    ListingFilter m_filter;
    ListingSort m_sort;
    int m_rowLimit = kDefaultRowLimit;
};

} // namespace mm
