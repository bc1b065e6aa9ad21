#pragma once

#include "core/Enums.h"
#include "core/Money.h"
#include "core/Result.h"
#include "models/CatalogQuery.h"

#include <QDate>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace mm {

class Database;
class SqlDialect;

// The licenses table's columns, one row per license sold.
enum class LicenseColumn {
    Model,
    Buyer,
    Tier,
    SoldOn,
    Fee,
    Deployments,
    MonthlyCalls,
    UsageToDate,
    State, // the license status (active, expired, revoked)
    Expires,
};
inline constexpr int kLicenseColumnCount = 10;

struct LicenseFilter {
    QString modelText; // found anywhere in the model's name, case-insensitively
    QString buyerText; // found anywhere in the buyer's name
    std::optional<LicenseTier> tier;
    std::optional<LicenseStatus> status;
    std::optional<QDate> soldFrom; // inclusive
    std::optional<QDate> soldTo;   // inclusive

    bool operator==(const LicenseFilter&) const = default;
};

struct LicenseSort {
    LicenseColumn column = LicenseColumn::SoldOn;
    Qt::SortOrder order = Qt::DescendingOrder; // newest sales first

    bool operator==(const LicenseSort&) const = default;
};

struct LicenseRow {
    qint64 id = 0;
    qint64 modelId = 0;
    qint64 buyerId = 0;
    QString modelName;
    QString buyerName;
    LicenseTier tier = LicenseTier::OpenSource;
    IntendedUse use = IntendedUse::Business;
    QDate soldOn;
    Money fee;
    std::optional<int> deployments; // none: unlimited
    qint64 monthlyApiCalls = 0;
    Money usageToDate; // usage charges so far
    LicenseStatus status = LicenseStatus::Active;
    std::optional<QDate> expiresOn; // none: perpetual
    std::optional<QDate> revokedOn;
    QString revokedReason;

    bool operator==(const LicenseRow&) const = default;
};

struct LicensePage {
    QList<LicenseRow> rows;
    qint64 totalMatching = 0;
};

// The licenses table's SQL: filter, sort, row cap and count all in SQLite (see ListingQuery).
// Usage to date is summed for the rows of the page only, unless the sort is by it.
class LicenseQuery {
public:
    static constexpr int kDefaultRowLimit = 1000;

    LicenseQuery() = default;
    // rowLimit < 0: every matching row (exports).
    LicenseQuery(LicenseFilter filter, LicenseSort sort, int rowLimit = kDefaultRowLimit);

    const LicenseFilter& filter() const { return m_filter; }
    const LicenseSort& sort() const { return m_sort; }

    // The name filters ignore the case of ASCII letters on both backends, each in its own SQL,
    // hence the dialect.
    SqlStatement pageStatement(const SqlDialect& dialect) const;
    SqlStatement countStatement(const SqlDialect& dialect) const;

    Result<LicensePage> fetch(Database& db) const;
    // Streams the rows of pageStatement() in order; return false from `visit` to stop.
    Status forEachRow(Database& db, const std::function<bool(const LicenseRow&)>& visit) const;

private:
    QString whereClause(const SqlDialect& dialect, QVariantList& values) const;
    QString sortExpression() const;

    LicenseFilter m_filter;
    LicenseSort m_sort;
    int m_rowLimit = kDefaultRowLimit;
};

} // namespace mm
