#include "models/CatalogRowLocator.h"

#include "data/Database.h"

#include <QCoreApplication>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::CatalogRowLocator)
};

// The query's filtered COUNT with one more condition.
SqlStatement countWith(const SqlDialect& dialect, const CatalogQuery& query,
                       const QString& condition, const QVariantList& values) {
    SqlStatement statement = query.countStatement(dialect);
    statement.sql += statement.sql.contains(QStringLiteral(" WHERE ")) ? QStringLiteral(" AND (")
                                                                       : QStringLiteral(" WHERE (");
    statement.sql += condition + QStringLiteral(")");
    statement.values += values;
    return statement;
}

Result<qint64> count(Database& db, const SqlStatement& statement) {
    auto q = db.query(statement.sql, statement.values, Tr::tr("locating a model in the catalog"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace

Result<std::optional<qint64>> locateCatalogRow(Database& db, const CatalogQuery& query,
                                               qint64 modelId) {
    auto matches = count(db, countWith(db.dialect(), query, QStringLiteral("m.id = ?"), {modelId}));
    if (!matches)
        return matches.error();
    if (*matches == 0)
        return std::optional<qint64>();

    const CatalogSort& sort = query.sort();
    const bool ascending = sort.order == Qt::AscendingOrder;
    const QString before = ascending ? QStringLiteral("<") : QStringLiteral(">");
    // Ties break by id in the direction of the sort, as CatalogQuery pages them.
    if (!sort.column) {
        auto rows = count(db, countWith(db.dialect(), query,
                                        QStringLiteral("m.id ") + before + QStringLiteral(" ?"),
                                        {modelId}));
        if (!rows)
            return rows.error();
        return std::optional<qint64>(*rows);
    }

    const QString expression = query.sortExpression(db.dialect());
    auto key = db.query(QStringLiteral("SELECT ") + expression +
                            QStringLiteral(" FROM models m WHERE m.id = ?"),
                        {modelId}, Tr::tr("locating a model in the catalog"));
    if (!key)
        return key.error();
    if (!key->next())
        return std::optional<qint64>();
    const QVariant value = key->value(0);

    QString condition;
    QVariantList values;
    if (value.isNull()) {
        // NULLs sort first ascending and last descending, among themselves by id.
        condition =
            expression + QStringLiteral(" IS NULL AND m.id ") + before + QStringLiteral(" ?");
        values << modelId;
        if (!ascending)
            condition =
                expression + QStringLiteral(" IS NOT NULL OR (") + condition + QStringLiteral(")");
    } else {
        condition = expression + QStringLiteral(" ") + before + QStringLiteral(" ? OR (") +
                    expression + QStringLiteral(" = ? AND m.id ") + before + QStringLiteral(" ?)");
        values << value << value << modelId;
        if (ascending && isCatalogColumnNullable(*sort.column))
            condition += QStringLiteral(" OR ") + expression + QStringLiteral(" IS NULL");
    }
    auto rows = count(db, countWith(db.dialect(), query, condition, values));
    if (!rows)
        return rows.error();
    return std::optional<qint64>(*rows);
}

} // namespace mm
