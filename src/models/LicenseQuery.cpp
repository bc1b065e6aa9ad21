#include "models/LicenseQuery.h"

#include "data/Database.h"
#include "data/SqlValues.h"
#include "models/ListingQuery.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::LicenseQuery)
};

QString usageSql(const QString& license) {
    return QStringLiteral("(SELECT COALESCE(SUM(c.amount_cents), 0) FROM usage_charges c WHERE "
                          "c.license_id = %1.id)")
        .arg(license);
}

LicenseRow readRow(const QSqlQuery& q) {
    LicenseRow row;
    row.id = q.value(0).toLongLong();
    row.modelId = q.value(1).toLongLong();
    row.buyerId = q.value(2).toLongLong();
    row.modelName = q.value(3).toString();
    row.buyerName = q.value(4).toString();
    row.tier = sqlv::toEnum<LicenseTier>(q.value(5));
    row.use = sqlv::toEnum<IntendedUse>(q.value(6));
    row.soldOn = sqlv::toDate(q.value(7));
    row.fee = sqlv::toMoney(q.value(8));
    row.deployments = sqlv::toOptionalInt(q.value(9));
    row.monthlyApiCalls = q.value(10).toLongLong();
    row.status = sqlv::toEnum<LicenseStatus>(q.value(11));
    row.expiresOn = sqlv::toOptionalDate(q.value(12));
    row.revokedOn = sqlv::toOptionalDate(q.value(13));
    row.revokedReason = q.value(14).toString();
    row.usageToDate = sqlv::toMoney(q.value(15));
    return row;
}

} // namespace

LicenseQuery::LicenseQuery(LicenseFilter filter, LicenseSort sort, int rowLimit)
    : m_filter(std::move(filter))
    , m_sort(sort)
    , m_rowLimit(rowLimit) {
}

QString LicenseQuery::whereClause(const SqlDialect& dialect, QVariantList& values) const {
    QStringList conditions;
    const QString modelText = m_filter.modelText.trimmed();
    if (!modelText.isEmpty()) {
        conditions << dialect.containsNocase(QStringLiteral("m.name"));
        values << CatalogQuery::escapeLike(modelText);
    }
    const QString buyerText = m_filter.buyerText.trimmed();
    if (!buyerText.isEmpty()) {
        conditions << dialect.containsNocase(QStringLiteral("b.name"));
        values << CatalogQuery::escapeLike(buyerText);
    }
    if (m_filter.tier) {
        conditions << QStringLiteral("li.tier = ?");
        values << sqlv::key(*m_filter.tier);
    }
    if (m_filter.status) {
        conditions << QStringLiteral("li.status = ?");
        values << sqlv::key(*m_filter.status);
    }
    if (m_filter.soldFrom) {
        conditions << QStringLiteral("li.sold_on >= ?");
        values << sqlv::date(*m_filter.soldFrom);
    }
    if (m_filter.soldTo) {
        conditions << QStringLiteral("li.sold_on <= ?");
        values << sqlv::date(*m_filter.soldTo);
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString LicenseQuery::sortExpression() const {
    switch (m_sort.column) {
    case LicenseColumn::Model:
        return QStringLiteral("lower(m.name)");
    case LicenseColumn::Buyer:
        return QStringLiteral("lower(b.name)");
    case LicenseColumn::Tier:
        return ListingQuery::tierOrderSql(QStringLiteral("li.tier"));
    case LicenseColumn::SoldOn:
        return QStringLiteral("li.sold_on");
    case LicenseColumn::Fee:
        return QStringLiteral("li.fee_cents");
    case LicenseColumn::Deployments:
        return QStringLiteral("COALESCE(li.deployments, 2147483647)"); // unlimited is the most
    case LicenseColumn::MonthlyCalls:
        return QStringLiteral("li.monthly_api_calls");
    case LicenseColumn::UsageToDate:
        return usageSql(QStringLiteral("li"));
    case LicenseColumn::State:
        return QStringLiteral("li.status");
    case LicenseColumn::Expires:
        return QStringLiteral("COALESCE(li.expires_on, '9999-12-31')"); // perpetual is the latest
    }
    return QStringLiteral("li.id");
}

SqlStatement LicenseQuery::pageStatement(const SqlDialect& dialect) const {
    SqlStatement statement;
    const QString where = whereClause(dialect, statement.values);
    const QString direction =
        m_sort.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    statement.sql =
        QStringLiteral(
            "SELECT p.id, p.model_id, p.buyer_id, p.model_name, p.buyer_name, p.tier, "
            "p.intended_use, p.sold_on, p.fee_cents, p.deployments, p.monthly_api_calls, "
            "p.status, p.expires_on, p.revoked_on, p.revoked_reason, %1 FROM ("
            "SELECT li.id AS id, li.model_id AS model_id, li.buyer_id AS buyer_id, "
            "m.name AS model_name, b.name AS buyer_name, li.tier AS tier, "
            "li.intended_use AS intended_use, li.sold_on AS sold_on, li.fee_cents AS fee_cents, "
            "li.deployments AS deployments, li.monthly_api_calls AS monthly_api_calls, "
            "li.status AS status, li.expires_on AS expires_on, li.revoked_on AS revoked_on, "
            "li.revoked_reason AS revoked_reason, %2 AS sort_key FROM licenses li "
            "JOIN models m ON m.id = li.model_id JOIN buyers b ON b.id = li.buyer_id%3 "
            "ORDER BY sort_key %4, li.id %4 LIMIT ?) p ORDER BY p.sort_key %4, p.id %4")
            .arg(usageSql(QStringLiteral("p")), sortExpression(), where, direction);
    statement.values << (m_rowLimit < 0 ? -1 : m_rowLimit);
    return statement;
}

SqlStatement LicenseQuery::countStatement(const SqlDialect& dialect) const {
    SqlStatement statement;
    const QString where = whereClause(dialect, statement.values);
    statement.sql = QStringLiteral("SELECT COUNT(*) FROM licenses li JOIN models m ON m.id = "
                                   "li.model_id JOIN buyers b ON b.id = li.buyer_id%1")
                        .arg(where);
    return statement;
}

Status LicenseQuery::forEachRow(Database& db,
                                const std::function<bool(const LicenseRow&)>& visit) const {
    const SqlStatement select = pageStatement(db.dialect());
    auto rows = db.query(select.sql, select.values, Tr::tr("reading licenses"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        if (!visit(readRow(*rows)))
            break;
    }
    return Ok{};
}

Result<LicensePage> LicenseQuery::fetch(Database& db) const {
    LicensePage page;
    if (auto read = forEachRow(db,
                               [&page](const LicenseRow& row) {
                                   page.rows.append(row);
                                   return true;
                               });
        !read)
        return read.error();
    const SqlStatement count = countStatement(db.dialect());
    auto counted = db.query(count.sql, count.values, Tr::tr("counting licenses"));
    if (!counted)
        return counted.error();
    page.totalMatching = counted->next() ? counted->value(0).toLongLong() : 0;
    return page;
}

} // namespace mm
