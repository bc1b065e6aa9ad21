#include "data/RevenueReport.h"

#include "core/Enums.h"
#include "data/Database.h"
#include "data/SqlValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::RevenueReport)
};

// The date filters as SQL fragments (fixed text) plus the values they bind, in order.
struct RangeFilter {
    QString fees;  // on licenses l
    QString usage; // on usage_charges u
    QVariantList feeValues;
    QVariantList usageValues;
};

Result<RangeFilter> rangeFilter(const std::optional<QDate>& from, const std::optional<QDate>& to) {
    if ((from && !from->isValid()) || (to && !to->isValid()))
        return makeError(Tr::tr("the report range has an invalid date"), Tr::tr("revenue report"),
                         QStringLiteral("report-range"));
    RangeFilter filter;
    if (from) {
        filter.fees += QStringLiteral(" AND l.sold_on >= ?");
        filter.feeValues << sqlv::date(*from);
        filter.usage += QStringLiteral(" AND u.month >= ?");
        filter.usageValues << from->toString(QStringLiteral("yyyy-MM"));
    }
    if (to) {
        filter.fees += QStringLiteral(" AND l.sold_on <= ?");
        filter.feeValues << sqlv::date(*to);
        filter.usage += QStringLiteral(" AND u.month <= ?");
        filter.usageValues << to->toString(QStringLiteral("yyyy-MM"));
    }
    return filter;
}

struct GroupSql {
    QString feeKey;   // expression over licenses l (and buyers b)
    QString usageKey; // expression over usage_charges u, licenses l (and buyers b)
    bool usageNeedsLicense = true;
    bool needsBuyer = false;
};

GroupSql groupSql(RevenueGrouping grouping) {
    switch (grouping) {
    case RevenueGrouping::Tier:
        return {QStringLiteral("l.tier"), QStringLiteral("l.tier"), true, false};
    case RevenueGrouping::Month:
        return {QStringLiteral("substr(l.sold_on, 1, 7)"), QStringLiteral("u.month"), false, false};
    case RevenueGrouping::Model:
        return {QStringLiteral("l.model_id"), QStringLiteral("l.model_id"), true, false};
    case RevenueGrouping::BuyerType:
        return {QStringLiteral("b.type"), QStringLiteral("b.type"), true, true};
    case RevenueGrouping::Lab:
        return {QStringLiteral("(SELECT lab_id FROM models WHERE id = l.model_id)"),
                QStringLiteral("(SELECT lab_id FROM models WHERE id = l.model_id)"), true, false};
    }
    return {};
}

// Every enumerator in enum order, filled from the grouped rows, zeros where there were none.
template <typename E>
QList<RevenueRow> everyEnumerator(const QList<RevenueRow>& grouped) {
    QHash<QString, RevenueRow> byKey;
    for (const RevenueRow& row : grouped)
        byKey.insert(row.key, row);
    QList<RevenueRow> rows;
    for (E value : enumValues<E>()) {
        RevenueRow row = byKey.value(enumKey(value));
        row.key = enumKey(value);
        row.label = enumLabel(value);
        rows.append(row);
    }
    return rows;
}

} // namespace

Result<QList<RevenueRow>> revenue(Database& db, RevenueGrouping grouping, std::optional<QDate> from,
                                  std::optional<QDate> to) {
    auto filter = rangeFilter(from, to);
    if (!filter)
        return filter.error();
    const GroupSql g = groupSql(grouping);
    const QString buyerJoin =
        g.needsBuyer ? QStringLiteral(" JOIN buyers b ON b.id = l.buyer_id") : QString();
    const QString licenseJoin =
        g.usageNeedsLicense ? QStringLiteral(" JOIN licenses l ON l.id = u.license_id") : QString();

    // Each side is grouped on its own (fees from licenses by sale, usage from usage_charges by
    // month), then the two are stacked with UNION ALL and grouped once more. Only fixed SQL text
    // is pasted together here; every value is bound.
    const QString groups =
        QStringLiteral("SELECT %1 AS key, SUM(l.fee_cents) AS fees, 0 AS usage, COUNT(*) AS sold "
                       "FROM licenses l%2 WHERE 1 = 1%3 GROUP BY 1 "
                       "UNION ALL "
                       "SELECT %4 AS key, 0 AS fees, SUM(u.amount_cents) AS usage, 0 AS sold "
                       "FROM usage_charges u%5%2 WHERE 1 = 1%6 GROUP BY 1")
            .arg(g.feeKey, buyerJoin, filter->fees, g.usageKey, licenseJoin, filter->usage);

    QString sql;
    if (grouping == RevenueGrouping::Lab) {
        // Grouped by the joined table's primary key: PostgreSQL takes its other columns in the
        // SELECT only then (SQLite takes them either way).
        sql = QStringLiteral("SELECT lb.name, SUM(g.fees), SUM(g.usage), SUM(g.sold) FROM (%1) g "
                             "JOIN labs lb ON lb.id = g.key GROUP BY lb.id ORDER BY lb.id")
                  .arg(groups);
    } else if (grouping == RevenueGrouping::Model) {
        sql = QStringLiteral("SELECT m.name, SUM(g.fees), SUM(g.usage), SUM(g.sold) FROM (%1) g "
                             "JOIN models m ON m.id = g.key GROUP BY m.id "
                             "ORDER BY SUM(g.fees) + SUM(g.usage) DESC, %2, m.id")
                  .arg(groups, db.dialect().nocaseOrder(QStringLiteral("m.name")));
    } else {
        sql = QStringLiteral("SELECT g.key, SUM(g.fees), SUM(g.usage), SUM(g.sold) FROM (%1) g "
                             "GROUP BY g.key ORDER BY g.key")
                  .arg(groups);
    }

    auto q = db.query(sql, filter->feeValues + filter->usageValues, Tr::tr("computing revenue"));
    if (!q)
        return q.error();
    return readRevenueRows(*q, grouping);
}

Result<QList<RevenueRow>> readRevenueRows(QSqlQuery& query, RevenueGrouping grouping) {
    QList<RevenueRow> rows;
    while (query.next()) {
        RevenueRow row;
        row.key = query.value(0).toString();
        row.label = row.key;
        row.fees = sqlv::toMoney(query.value(1));
        row.usage = sqlv::toMoney(query.value(2));
        auto total = row.fees.plus(row.usage);
        if (!total)
            return total.error();
        row.total = *total;
        row.licenses = query.value(3).toLongLong();
        rows.append(row);
    }

    switch (grouping) {
    case RevenueGrouping::Tier:
        return everyEnumerator<LicenseTier>(rows);
    case RevenueGrouping::BuyerType:
        return everyEnumerator<BuyerType>(rows);
    case RevenueGrouping::Month:
    case RevenueGrouping::Model:
    case RevenueGrouping::Lab:
        break;
    }
    return rows;
}

Result<Money> totalRevenue(Database& db, std::optional<QDate> from, std::optional<QDate> to) {
    auto filter = rangeFilter(from, to);
    if (!filter)
        return filter.error();
    const QString sql =
        QStringLiteral(
            "SELECT (SELECT coalesce(SUM(l.fee_cents), 0) FROM licenses l WHERE 1 = 1%1), "
            "(SELECT coalesce(SUM(u.amount_cents), 0) FROM usage_charges u WHERE 1 = 1%2)")
            .arg(filter->fees, filter->usage);
    auto q =
        db.query(sql, filter->feeValues + filter->usageValues, Tr::tr("computing total revenue"));
    if (!q)
        return q.error();
    if (!q->next())
        return Money();
    return sqlv::toMoney(q->value(0)).plus(sqlv::toMoney(q->value(1)));
}

} // namespace mm
