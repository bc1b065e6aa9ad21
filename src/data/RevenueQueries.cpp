#include "data/RevenueQueries.h"

#include "data/Database.h"
#include "data/SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::RevenueQueries)
};

// The filter as fixed SQL text over `revenue_monthly r` (and `models m` when the model's size
// class or architecture matters) plus the values it binds, in order.
struct FilterSql {
    QString joins;
    QString conditions; // each starts with " AND "
    QVariantList values;
    QString fees;  // aggregate of the fees part, 0 when the kind leaves fees out
    QString usage; // the same for usage
};

FilterSql filterSql(const RevenueFilter& filter, bool modelsJoined) {
    FilterSql sql;
    if (filter.fromMonth) {
        sql.conditions += QStringLiteral(" AND r.month >= ?");
        sql.values << monthKey(*filter.fromMonth);
    }
    if (filter.toMonth) {
        sql.conditions += QStringLiteral(" AND r.month <= ?");
        sql.values << monthKey(*filter.toMonth);
    }
    if (filter.buyerType) {
        sql.conditions += QStringLiteral(" AND r.buyer_type = ?");
        sql.values << enumKey(*filter.buyerType);
    }
    const bool needsModel = filter.sizeClass || filter.architecture;
    if (needsModel && !modelsJoined)
        sql.joins = QStringLiteral(" JOIN models m ON m.id = r.model_id");
    if (filter.sizeClass) {
        sql.conditions += QStringLiteral(" AND m.size_class = ?");
        sql.values << enumKey(*filter.sizeClass);
    }
    if (filter.architecture) {
        sql.conditions += QStringLiteral(" AND m.architecture = ?");
        sql.values << enumKey(*filter.architecture);
    }
    sql.fees = filter.kind == RevenueKind::Usage ? QStringLiteral("0")
                                                 : QStringLiteral("SUM(r.fees_cents)");
    sql.usage = filter.kind == RevenueKind::Fees ? QStringLiteral("0")
                                                 : QStringLiteral("SUM(r.usage_cents)");
    return sql;
}

// Reads the dashboard's queries from one snapshot: another program selling meanwhile must not
// make the bars and the donut disagree. Only a connection with no transaction of its own opens
// one (a deferred read, which takes no write lock).
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db) {
        if (m_db.transactionDepth() == 0)
            m_open =
                m_db.exec(m_db.dialect().beginReadTransaction(), Tr::tr("reading revenue")).ok();
    }
    ~ReadSnapshot() {
        if (m_open)
            static_cast<void>(m_db.exec(QStringLiteral("COMMIT"), Tr::tr("reading revenue")));
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace

QString monthKey(const QDate& date) {
    return date.toString(QStringLiteral("yyyy-MM"));
}

QDate monthStart(const QString& key) {
    return QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
}

Status validate(const RevenueFilter& filter) {
    if ((filter.fromMonth && !filter.fromMonth->isValid()) ||
        (filter.toMonth && !filter.toMonth->isValid()))
        return makeError(Tr::tr("the report range has an invalid date"), Tr::tr("revenue filter"),
                         QStringLiteral("report-range"));
    if (filter.fromMonth && filter.toMonth &&
        monthKey(*filter.fromMonth) > monthKey(*filter.toMonth))
        return makeError(Tr::tr("the first month (%1) comes after the last month (%2)")
                             .arg(monthKey(*filter.fromMonth), monthKey(*filter.toMonth)),
                         Tr::tr("revenue filter"), QStringLiteral("report-range"));
    return Ok{};
}

Money RevenueDashboardData::fees() const {
    Money total;
    for (const TierMonthRevenue& row : tierMonths)
        total += row.fees;
    return total;
}

Money RevenueDashboardData::usage() const {
    Money total;
    for (const TierMonthRevenue& row : tierMonths)
        total += row.usage;
    return total;
}

qint64 RevenueDashboardData::licenses() const {
    qint64 total = 0;
    for (const TierMonthRevenue& row : tierMonths)
        total += row.licenses;
    return total;
}

Result<QList<TierMonthRevenue>> revenueByTierAndMonth(Database& db, const RevenueFilter& filter) {
    if (auto valid = validate(filter); !valid)
        return valid.error();
    const FilterSql f = filterSql(filter, false);
    // The primary key starts (month, tier), so the grouping streams without a sort.
    const QString sql = QStringLiteral("SELECT r.month, r.tier, %1, %2, SUM(r.licenses) FROM "
                                       "revenue_monthly r%3 WHERE 1 = 1%4 GROUP BY r.month, r.tier "
                                       "ORDER BY r.month, r.tier")
                            .arg(f.fees, f.usage, f.joins, f.conditions);
    auto q = db.query(sql, f.values, Tr::tr("reading revenue by tier and month"));
    if (!q)
        return q.error();
    QList<TierMonthRevenue> rows;
    while (q->next()) {
        TierMonthRevenue row;
        row.month = q->value(0).toString();
        row.tier = sqlv::toEnum<LicenseTier>(q->value(1));
        row.fees = sqlv::toMoney(q->value(2));
        row.usage = sqlv::toMoney(q->value(3));
        row.licenses = q->value(4).toLongLong();
        rows.append(row);
    }
    // Keys sort alphabetically; people read tiers in their own order.
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.month != b.month ? a.month < b.month : a.tier < b.tier;
    });
    return rows;
}

Result<QList<ModelRevenue>> revenueByModelDetailed(Database& db, const RevenueFilter& filter,
                                                   std::optional<int> limit) {
    if (auto valid = validate(filter); !valid)
        return valid.error();
    const FilterSql f = filterSql(filter, true);
    QVariantList values = f.values;
    QString limitSql;
    if (limit) {
        limitSql = QStringLiteral(" LIMIT ?");
        values << *limit;
    }
    const QString sql =
        QStringLiteral("SELECT m.id, m.name, m.size_class, m.architecture, "
                       "m.training_cost_cents, %1 AS fees, %2 AS usage, SUM(r.licenses) FROM "
                       "revenue_monthly r JOIN models m ON m.id = r.model_id WHERE 1 = 1%3 "
                       "GROUP BY m.id ORDER BY %1 + %2 DESC, %5, m.id%4")
            .arg(f.fees, f.usage, f.conditions, limitSql,
                 db.dialect().nocaseOrder(QStringLiteral("m.name")));
    auto q = db.query(sql, values, Tr::tr("reading revenue by model"));
    if (!q)
        return q.error();
    QList<ModelRevenue> rows;
    while (q->next()) {
        ModelRevenue row;
        row.modelId = q->value(0).toLongLong();
        row.name = q->value(1).toString();
        row.sizeClass = sqlv::toEnum<SizeClass>(q->value(2));
        row.architecture = sqlv::toEnum<Architecture>(q->value(3));
        row.trainingCost = sqlv::toMoney(q->value(4));
        row.fees = sqlv::toMoney(q->value(5));
        row.usage = sqlv::toMoney(q->value(6));
        row.licenses = q->value(7).toLongLong();
        rows.append(row);
    }
    return rows;
}

Result<QList<ListingPoint>> listingPoints(Database& db, const RevenueFilter& filter,
                                          qint64* countBeforeThinning) {
    QString conditions;
    QVariantList values;
    if (filter.sizeClass) {
        conditions += QStringLiteral(" AND m.size_class = ?");
        values << enumKey(*filter.sizeClass);
    }
    if (filter.architecture) {
        conditions += QStringLiteral(" AND m.architecture = ?");
        values << enumKey(*filter.architecture);
    }
    values << kMaxListingPointsPerTier << kMaxListingPointsPerTier;
    // A scatter of a million points says no more than one of a few thousand and takes seconds
    // to draw: every k-th listing of each tier (by id, so the picture is stable) is kept. The
    // subquery is named: PostgreSQL before 16 refuses one without a name.
    const QString sql =
        QStringLiteral("SELECT model_id, name, tier, composite, price_cents, listed FROM ("
                       "SELECT l.model_id, m.name, l.tier, m.composite, l.price_cents, l.id, "
                       "ROW_NUMBER() OVER (PARTITION BY l.tier ORDER BY l.id) AS position, "
                       "COUNT(*) OVER (PARTITION BY l.tier) AS listed FROM listings l JOIN models "
                       "m ON m.id = l.model_id WHERE m.composite IS NOT NULL%1) AS ranked "
                       "WHERE (position - 1) % ((listed + ? - 1) / ?) = 0 ORDER BY tier, id")
            .arg(conditions);
    auto q = db.query(sql, values, Tr::tr("reading listing prices"));
    if (!q)
        return q.error();
    QList<ListingPoint> rows;
    QHash<LicenseTier, qint64> listedPerTier;
    while (q->next()) {
        ListingPoint point;
        point.modelId = q->value(0).toLongLong();
        point.name = q->value(1).toString();
        point.tier = sqlv::toEnum<LicenseTier>(q->value(2));
        point.composite = q->value(3).toDouble();
        point.price = sqlv::toMoney(q->value(4));
        listedPerTier.insert(point.tier, q->value(5).toLongLong());
        rows.append(point);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto& a, const auto& b) { return a.tier < b.tier; });
    if (countBeforeThinning) {
        *countBeforeThinning = 0;
        for (qint64 listed : std::as_const(listedPerTier))
            *countBeforeThinning += listed;
    }
    return rows;
}

Result<RevenueDashboardData> loadRevenueDashboard(Database& db, const RevenueFilter& filter) {
    if (auto valid = validate(filter); !valid)
        return valid.error();
    ReadSnapshot snapshot(db);
    RevenueDashboardData data;
    data.filter = filter;
    {
        auto q = db.query(QStringLiteral("SELECT MIN(month), MAX(month) FROM revenue_monthly"), {},
                          Tr::tr("reading the months with revenue"));
        if (!q)
            return q.error();
        if (q->next()) {
            data.firstMonth = q->value(0).toString();
            data.lastMonth = q->value(1).toString();
        }
    }
    auto tierMonths = revenueByTierAndMonth(db, filter);
    if (!tierMonths)
        return tierMonths.error();
    data.tierMonths = std::move(tierMonths).value();
    auto models = revenueByModelDetailed(db, filter);
    if (!models)
        return models.error();
    data.models = std::move(models).value();
    auto listings = listingPoints(db, filter, &data.listingCount);
    if (!listings)
        return listings.error();
    data.listings = std::move(listings).value();
    return data;
}

Result<QList<RevenueRow>> revenueSummary(Database& db, RevenueGrouping grouping,
                                         const RevenueFilter& filter) {
    if (auto valid = validate(filter); !valid)
        return valid.error();
    const bool byModel = grouping == RevenueGrouping::Model || grouping == RevenueGrouping::Lab;
    const FilterSql f = filterSql(filter, byModel);
    QString sql;
    switch (grouping) {
    case RevenueGrouping::Tier:
    case RevenueGrouping::BuyerType:
    case RevenueGrouping::Month: {
        const QString key = grouping == RevenueGrouping::Tier ? QStringLiteral("r.tier")
                            : grouping == RevenueGrouping::BuyerType
                                ? QStringLiteral("r.buyer_type")
                                : QStringLiteral("r.month");
        sql = QStringLiteral("SELECT %1, %2, %3, SUM(r.licenses) FROM revenue_monthly r%4 "
                             "WHERE 1 = 1%5 GROUP BY %1 ORDER BY %1")
                  .arg(key, f.fees, f.usage, f.joins, f.conditions);
        break;
    }
    case RevenueGrouping::Model:
        // The order RevenueReport uses: total descending, then name (NOCASE, the column's
        // collation), then id. PostgreSQL takes neither output names inside an ORDER BY
        // expression nor columns of `m` unless grouped by its primary key.
        sql = QStringLiteral("SELECT m.name, %1, %2, SUM(r.licenses) FROM revenue_monthly r "
                             "JOIN models m ON m.id = r.model_id WHERE 1 = 1%3 "
                             "GROUP BY m.id ORDER BY %1 + %2 DESC, %4, m.id")
                  .arg(f.fees, f.usage, f.conditions,
                       db.dialect().nocaseOrder(QStringLiteral("m.name")));
        break;
    case RevenueGrouping::Lab:
        sql = QStringLiteral("SELECT lb.name, %1, %2, SUM(r.licenses) FROM revenue_monthly r "
                             "JOIN models m ON m.id = r.model_id JOIN labs lb ON lb.id = m.lab_id "
                             "WHERE 1 = 1%3 GROUP BY lb.id ORDER BY lb.id")
                  .arg(f.fees, f.usage, f.conditions);
        break;
    }
    auto q = db.query(sql, f.values, Tr::tr("computing revenue from the summary"));
    if (!q)
        return q.error();
    return readRevenueRows(*q, grouping);
}

} // namespace mm
