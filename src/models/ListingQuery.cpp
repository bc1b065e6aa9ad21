#include "models/ListingQuery.h"

#include "data/Database.h"
#include "data/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::ListingQuery)
};

template <typename E>
QString enumOrderSql(const QString& column) {
    QString sql = QStringLiteral("CASE %1").arg(column);
    int position = 0;
    for (E value : enumValues<E>())
        sql += QStringLiteral(" WHEN '%1' THEN %2").arg(enumKey(value)).arg(position++);
    return sql + QStringLiteral(" END");
}

// Sales of the listing's model in the listing's tier; `listing` names the row source.
QString soldSql(const QString& listing) {
    return QStringLiteral("(SELECT COUNT(*) FROM licenses s WHERE s.model_id = %1.model_id AND "
                          "s.tier = %1.tier)")
        .arg(listing);
}

QString revenueSql(const QString& listing) {
    return QStringLiteral(
               "((SELECT COALESCE(SUM(s.fee_cents), 0) FROM licenses s WHERE s.model_id = "
               "%1.model_id AND s.tier = %1.tier) + (SELECT COALESCE(SUM(c.amount_cents), 0) FROM "
               "usage_charges c JOIN licenses s ON s.id = c.license_id WHERE s.model_id = "
               "%1.model_id AND s.tier = %1.tier))")
        .arg(listing);
}

} // namespace

std::optional<double> ListingRow::qualityPerThousandDollars() const {
    if (price.isZero())
        return std::nullopt;
    return composite.value_or(0.0) * 100'000.0 / static_cast<double>(price.cents());
}

ListingQuery::ListingQuery(ListingFilter filter, ListingSort sort, int rowLimit)
    : m_filter(std::move(filter))
    , m_sort(sort)
    , m_rowLimit(rowLimit) {
}

QString ListingQuery::tierOrderSql(const QString& column) {
    return enumOrderSql<LicenseTier>(column);
}

QString ListingQuery::sizeClassOrderSql(const QString& column) {
    return enumOrderSql<SizeClass>(column);
}

QString ListingQuery::whereClause(const SqlDialect& dialect, QVariantList& values) const {
    QStringList conditions;
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty()) {
        conditions << dialect.containsNocase(QStringLiteral("m.name"));
        values << CatalogQuery::escapeLike(text);
    }
    if (m_filter.tier) {
        conditions << QStringLiteral("l.tier = ?");
        values << sqlv::key(*m_filter.tier);
    }
    if (m_filter.sizeClass) {
        conditions << QStringLiteral("m.size_class = ?");
        values << sqlv::key(*m_filter.sizeClass);
    }
    if (m_filter.architecture) {
        conditions << QStringLiteral("m.architecture = ?");
        values << sqlv::key(*m_filter.architecture);
    }
    if (m_filter.minQuality) {
        conditions << QStringLiteral("m.composite >= ?");
        values << *m_filter.minQuality;
    }
    if (m_filter.maxPrice) {
        conditions << QStringLiteral("l.price_cents <= ?");
        values << sqlv::money(*m_filter.maxPrice);
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString ListingQuery::sortExpression() const {
    switch (m_sort.column) {
    case ListingColumn::Model:
        return QStringLiteral("lower(m.name)");
    case ListingColumn::Tier:
        return tierOrderSql(QStringLiteral("l.tier"));
    case ListingColumn::Price:
        return QStringLiteral("l.price_cents");
    case ListingColumn::SizeClass:
        return sizeClassOrderSql(QStringLiteral("m.size_class"));
    case ListingColumn::Architecture:
        return QStringLiteral("m.architecture");
    case ListingColumn::Quality:
        return QStringLiteral("m.composite");
    case ListingColumn::Value:
        // Free listings are infinitely good value: above every priced one.
        return QStringLiteral("CASE WHEN l.price_cents = 0 THEN 1e300 ELSE "
                              "COALESCE(m.composite, 0) * 100000.0 / l.price_cents END");
    case ListingColumn::LicensesSold:
        return soldSql(QStringLiteral("l"));
    case ListingColumn::Revenue:
        return revenueSql(QStringLiteral("l"));
    }
    return QStringLiteral("l.id");
}

SqlStatement ListingQuery::pageStatement(const SqlDialect& dialect) const {
    SqlStatement statement;
    const QString where = whereClause(dialect, statement.values);
    const QString direction =
        m_sort.order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    statement.sql =
        QStringLiteral(
            "SELECT p.id, p.model_id, p.name, p.tier, p.price_cents, p.listed_on, p.size_class, "
            "p.architecture, p.status, p.composite, %1, %2 FROM ("
            "SELECT l.id AS id, l.model_id AS model_id, m.name AS name, l.tier AS tier, "
            "l.price_cents AS price_cents, l.listed_on AS listed_on, m.size_class AS size_class, "
            "m.architecture AS architecture, m.status AS status, m.composite AS composite, "
            "%3 AS sort_key FROM listings l JOIN models m ON m.id = l.model_id%4 "
            "ORDER BY sort_key %5, l.id %5 LIMIT ?) p ORDER BY p.sort_key %5, p.id %5")
            .arg(soldSql(QStringLiteral("p")), revenueSql(QStringLiteral("p")), sortExpression(),
                 where, direction);
    statement.values << m_rowLimit;
    return statement;
}

SqlStatement ListingQuery::countStatement(const SqlDialect& dialect) const {
    SqlStatement statement;
    const QString where = whereClause(dialect, statement.values);
    statement.sql =
        QStringLiteral("SELECT COUNT(*) FROM listings l JOIN models m ON m.id = l.model_id%1")
            .arg(where);
    return statement;
}

Result<ListingPage> ListingQuery::fetch(Database& db) const {
    ListingPage page;
    const SqlStatement select = pageStatement(db.dialect());
    auto rows = db.query(select.sql, select.values, Tr::tr("reading the marketplace listings"));
    if (!rows)
        return rows.error();
    while (rows->next()) {
        const QSqlQuery& q = *rows;
        ListingRow row;
        row.listingId = q.value(0).toLongLong();
        row.modelId = q.value(1).toLongLong();
        row.modelName = q.value(2).toString();
        row.tier = sqlv::toEnum<LicenseTier>(q.value(3));
        row.price = sqlv::toMoney(q.value(4));
        row.listedOn = sqlv::toDate(q.value(5));
        row.sizeClass = sqlv::toEnum<SizeClass>(q.value(6));
        row.architecture = sqlv::toEnum<Architecture>(q.value(7));
        row.modelStatus = sqlv::toEnum<ModelStatus>(q.value(8));
        row.composite = sqlv::toOptionalReal(q.value(9));
        row.licensesSold = q.value(10).toLongLong();
        row.revenue = sqlv::toMoney(q.value(11));
        page.rows.append(row);
    }
    const SqlStatement count = countStatement(db.dialect());
    auto counted = db.query(count.sql, count.values, Tr::tr("counting the marketplace listings"));
    if (!counted)
        return counted.error();
    page.totalMatching = counted->next() ? counted->value(0).toLongLong() : 0;
    return page;
}

} // namespace mm
