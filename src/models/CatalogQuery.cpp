#include "models/CatalogQuery.h"

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
    Q_DECLARE_TR_FUNCTIONS(mm::CatalogQuery)
};

// The model's own columns, then the sort expression (%1). Read by CatalogQuery::readRow.
const QString kBaseColumns = QStringLiteral(
    "m.id, m.name, m.architecture, m.size_class, m.parameters, m.dataset_tokens, m.status, "
    "m.performance, m.accuracy, m.efficiency, m.composite, m.training_cost_cents, "
    "m.created_on, m.revision, ");
constexpr int kSortValueColumn = 14;

// Aggregates of a window's rows, one correlated subquery each; every one is an index lookup
// (listings (model_id, tier), licenses (model_id), usage_charges (license_id, month)).
const QString kAggregates = QStringLiteral(
    "SELECT m.id, "
    "(SELECT l.price_cents FROM listings l WHERE l.model_id = m.id AND l.tier = ?), "
    "(SELECT l.price_cents FROM listings l WHERE l.model_id = m.id AND l.tier = ?), "
    "(SELECT l.price_cents FROM listings l WHERE l.model_id = m.id AND l.tier = ?), "
    "(SELECT l.price_cents FROM listings l WHERE l.model_id = m.id AND l.tier = ?), "
    "(SELECT COUNT(*) FROM licenses c WHERE c.model_id = m.id), "
    "(SELECT COALESCE(SUM(c.fee_cents), 0) FROM licenses c WHERE c.model_id = m.id), "
    "(SELECT COALESCE(SUM(u.amount_cents), 0) FROM licenses c JOIN usage_charges u "
    "ON u.license_id = c.id WHERE c.model_id = m.id) "
    "FROM models m WHERE m.id IN (");

// Ids per IN (...) list: far below SQLite's limit on bound variables.
constexpr qsizetype kIdsPerStatement = 500;

QString joinConditions(const QStringList& conditions) {
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

Qt::SortOrder flipped(Qt::SortOrder order) {
    return order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
}

// Runs a plain read transaction so the window's rows and aggregates come from one snapshot.
// Skipped when a Transaction guard already runs on the connection.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db) {
        if (m_db.transactionDepth() == 0)
            m_active =
                m_db.exec(m_db.dialect().beginReadTransaction(), Tr::tr("reading the catalog"))
                    .ok();
    }
    ~ReadSnapshot() {
        if (m_active)
            static_cast<void>(m_db.exec(QStringLiteral("COMMIT"), Tr::tr("reading the catalog")));
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
    bool m_active = false;
};

} // namespace

bool CatalogFilter::isEmpty() const {
    return text.trimmed().isEmpty() && !tier && !sizeClass && !status && !architecture;
}

QString PagePlan::describe() const {
    QString from;
    if (boundary)
        from = backward ? QStringLiteral("backward from a key after the window")
                        : QStringLiteral("forward from a key before the window");
    else
        from = backward ? QStringLiteral("backward from the end")
                        : QStringLiteral("forward from the start");
    return QStringLiteral("rows %1..%2: %3, offset %4")
        .arg(firstRow)
        .arg(firstRow + limit - 1)
        .arg(from)
        .arg(offset);
}

CatalogQuery::CatalogQuery(CatalogFilter filter, CatalogSort sort)
    : m_filter(std::move(filter))
    , m_sort(sort) {
    if (m_sort.column && !isCatalogColumnSortable(*m_sort.column))
        m_sort.column.reset();
}

QString CatalogQuery::escapeLike(const QString& text) {
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}

QString CatalogQuery::sortExpression(const SqlDialect& dialect) const {
    if (!m_sort.column)
        return QStringLiteral("m.id");
    // Names sort without case, as SQLite's NOCASE column does by itself; on a server through
    // mm_nocase(), which its unique index on names holds in that order.
    if (*m_sort.column == CatalogColumn::Name && dialect.isPostgres())
        return dialect.nocaseOrder(QStringLiteral("m.name"));
    return catalogColumnSortExpression(*m_sort.column);
}

bool CatalogQuery::sortNullable() const {
    return m_sort.column && isCatalogColumnNullable(*m_sort.column);
}

QString CatalogQuery::filterCondition(const SqlDialect& dialect, QVariantList& values,
                                      bool forOrderedScan) const {
    QStringList conditions;
    const QString text = m_filter.text.trimmed();
    if (!text.isEmpty()) {
        // Concatenated, not arg(): the SQL holds literal % signs.
        conditions << dialect.containsNocase(QStringLiteral("m.name"));
        values << escapeLike(text);
    }
    if (m_filter.tier) {
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM listings f WHERE f.model_id = m.id AND f.tier = ?)");
        values << sqlv::key(*m_filter.tier);
    }
    // A unary + keeps a term off its index. For a page read in sort order the sort index must
    // drive the scan (LIMIT then stops it after one window); SQLite without statistics would
    // otherwise pick the filter's index and sort every matching row for each page.
    auto column = [&](const char* expression, CatalogColumn filterColumn) {
        // PostgreSQL's planner has statistics (and no unary + for text).
        const bool keepOffIndex = !dialect.isPostgres() && forOrderedScan &&
                                  m_sort.column.has_value() && *m_sort.column != filterColumn;
        return (keepOffIndex ? QStringLiteral("+") : QString()) + QString::fromLatin1(expression) +
               QStringLiteral(" = ?");
    };
    if (m_filter.sizeClass) {
        conditions << column("m.size_class", CatalogColumn::SizeClass);
        values << sqlv::key(*m_filter.sizeClass);
    }
    if (m_filter.status) {
        conditions << column("m.status", CatalogColumn::ModelStatus);
        values << sqlv::key(*m_filter.status);
    }
    if (m_filter.architecture) {
        conditions << column("m.architecture", CatalogColumn::Architecture);
        values << sqlv::key(*m_filter.architecture);
    }
    return conditions.join(QStringLiteral(" AND "));
}

SqlStatement CatalogQuery::countStatement(const SqlDialect& dialect) const {
    SqlStatement statement;
    const QString condition = filterCondition(dialect, statement.values, false);
    statement.sql = QStringLiteral("SELECT COUNT(*) FROM models m") +
                    joinConditions(condition.isEmpty() ? QStringList() : QStringList{condition});
    return statement;
}

QList<CatalogQuery::Segment> CatalogQuery::segmentsFrom(const SqlDialect& dialect,
                                                        const std::optional<SortKey>& boundary,
                                                        Qt::SortOrder direction) const {
    const bool ascending = direction == Qt::AscendingOrder;
    const QString op = ascending ? QStringLiteral(">") : QStringLiteral("<");
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString expression = sortExpression(dialect);

    if (!m_sort.column) {
        Segment segment;
        segment.orderBy = QStringLiteral("m.id") + dir;
        if (boundary) {
            segment.condition = QStringLiteral("m.id ") + op + QStringLiteral(" ?");
            segment.values << boundary->id;
        }
        return {segment};
    }

    // Past a key: first the rows with the same key and a later id, then the rows with a later
    // key. Each is one range of the (column, id) index. A single row value comparison
    // "(column, id) > (?, ?)" would be simpler, but SQLite ranges it on the column alone and then
    // walks the whole group of equal keys: 70 ms per page deep inside status = 'listed' (720,000
    // rows) against well under 1 ms this way.
    auto valueSegments = [&](bool fromBoundary) {
        Segment segment;
        segment.orderBy = expression + dir + QStringLiteral(", m.id") + dir;
        if (!fromBoundary) {
            if (sortNullable())
                segment.condition = expression + QStringLiteral(" IS NOT NULL");
            return QList<Segment>{segment};
        }
        Segment sameKey = segment;
        sameKey.condition =
            expression + QStringLiteral(" = ? AND m.id ") + op + QStringLiteral(" ?");
        sameKey.values << boundary->value << boundary->id;
        segment.condition = expression + QStringLiteral(" ") + op + QStringLiteral(" ?");
        segment.values << boundary->value;
        return QList<Segment>{sameKey, segment};
    };
    if (!sortNullable())
        return valueSegments(boundary.has_value());

    auto nullSegment = [&](bool fromBoundary) {
        Segment segment;
        segment.orderBy = QStringLiteral("m.id") + dir;
        segment.condition = expression + QStringLiteral(" IS NULL");
        if (fromBoundary) {
            segment.condition += QStringLiteral(" AND m.id ") + op + QStringLiteral(" ?");
            segment.values << boundary->id;
        }
        return segment;
    };
    // NULLs come first ascending and last descending, as SQLite orders them.
    if (!boundary)
        return ascending ? QList<Segment>{nullSegment(false)} + valueSegments(false)
                         : valueSegments(false) + QList<Segment>{nullSegment(false)};
    if (boundary->value.isNull())
        return ascending ? QList<Segment>{nullSegment(true)} + valueSegments(false)
                         : QList<Segment>{nullSegment(true)};
    return ascending ? valueSegments(true)
                     : valueSegments(true) + QList<Segment>{nullSegment(false)};
}

QString CatalogQuery::segmentWhere(const SqlDialect& dialect, const Segment& segment,
                                   QVariantList& values) const {
    QStringList conditions;
    const QString filter = filterCondition(dialect, values, true);
    if (!filter.isEmpty())
        conditions << filter;
    if (!segment.condition.isEmpty())
        conditions << segment.condition;
    values += segment.values;
    return joinConditions(conditions);
}

SqlStatement CatalogQuery::windowKeysStatement(const SqlDialect& dialect, const Segment& segment,
                                               qint64 offset, int limit) const {
    SqlStatement statement;
    const QString where = segmentWhere(dialect, segment, statement.values);
    statement.sql = QStringLiteral("SELECT ") + sortExpression(dialect) +
                    QStringLiteral(", m.id FROM models m") + where + QStringLiteral(" ORDER BY ") +
                    segment.orderBy + QStringLiteral(" LIMIT ? OFFSET ?");
    statement.values << limit << offset;
    return statement;
}

SqlStatement CatalogQuery::countUpToStatement(const SqlDialect& dialect, const Segment& segment,
                                              qint64 cap) const {
    SqlStatement statement;
    const QString where = segmentWhere(dialect, segment, statement.values);
    statement.sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM models m") + where +
                    QStringLiteral(" LIMIT ?) AS capped");
    statement.values << cap;
    return statement;
}

SqlStatement CatalogQuery::firstStatement(const PagePlan& plan, const SqlDialect& dialect) const {
    const Qt::SortOrder direction = plan.backward ? flipped(m_sort.order) : m_sort.order;
    const QList<Segment> segments = segmentsFrom(dialect, plan.boundary, direction);
    return windowKeysStatement(dialect, segments.front(), plan.offset, plan.limit);
}

PagePlan CatalogQuery::planWindow(qint64 firstRow, int limit, const QMap<qint64, SortKey>& anchors,
                                  std::optional<qint64> totalRows) {
    PagePlan plan;
    plan.firstRow = std::max<qint64>(0, firstRow);
    qint64 end = plan.firstRow + std::max(0, limit);
    if (totalRows)
        end = std::clamp<qint64>(end, plan.firstRow, *totalRows);
    plan.limit = static_cast<int>(end - plan.firstRow);

    // Forward from the start.
    plan.offset = plan.firstRow;
    // Forward from the nearest known key before the window.
    auto after = anchors.lowerBound(plan.firstRow);
    if (after != anchors.begin()) {
        auto before = std::prev(after);
        const qint64 offset = plan.firstRow - before.key() - 1;
        if (offset <= plan.offset) {
            plan.offset = offset;
            plan.boundary = before.value();
        }
    }
    // Backward from the nearest known key after the window.
    auto next = anchors.lowerBound(end);
    if (next != anchors.end() && next.key() - end < plan.offset) {
        plan.offset = next.key() - end;
        plan.boundary = next.value();
        plan.backward = true;
    }
    // Backward from the end.
    if (totalRows && *totalRows - end < plan.offset) {
        plan.offset = *totalRows - end;
        plan.boundary.reset();
        plan.backward = true;
    }
    return plan;
}

CatalogRow CatalogQuery::readRow(const QSqlQuery& q) {
    CatalogRow row;
    row.id = q.value(0).toLongLong();
    row.name = q.value(1).toString();
    row.architecture = sqlv::toEnum<Architecture>(q.value(2));
    row.sizeClass = sqlv::toEnum<SizeClass>(q.value(3));
    row.parameters = q.value(4).toLongLong();
    row.datasetTokens = q.value(5).toLongLong();
    row.status = sqlv::toEnum<ModelStatus>(q.value(6));
    row.performance = sqlv::toOptionalReal(q.value(7));
    row.accuracy = sqlv::toOptionalReal(q.value(8));
    row.efficiency = sqlv::toOptionalReal(q.value(9));
    row.composite = sqlv::toOptionalReal(q.value(10));
    row.trainingCostCents = q.value(11).toLongLong();
    row.createdOn = sqlv::toDate(q.value(12));
    row.revision = q.value(13).toLongLong();
    row.sortKey = SortKey{q.value(kSortValueColumn), row.id};
    return row;
}

Status CatalogQuery::attachAggregates(Database& db, QList<CatalogRow>& rows) const {
    QHash<qint64, qsizetype> indexOf;
    indexOf.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        indexOf.insert(rows[i].id, i);
    for (qsizetype start = 0; start < rows.size(); start += kIdsPerStatement) {
        const qsizetype count = std::min(kIdsPerStatement, rows.size() - start);
        QVariantList values;
        for (LicenseTier tier : enumValues<LicenseTier>())
            values << sqlv::key(tier);
        for (qsizetype i = start; i < start + count; ++i)
            values << rows[i].id;
        auto q = db.query(kAggregates + sqlv::placeholders(count) + QStringLiteral(")"), values,
                          Tr::tr("reading the catalog's listings and sales"));
        if (!q)
            return q.error();
        while (q->next()) {
            const auto found = indexOf.constFind(q->value(0).toLongLong());
            if (found == indexOf.constEnd())
                continue;
            CatalogRow& row = rows[*found];
            for (int tier = 0; tier < 4; ++tier) {
                const QVariant price = q->value(1 + tier);
                row.priceCents[static_cast<std::size_t>(tier)] =
                    price.isNull() ? std::nullopt : std::optional<qint64>(price.toLongLong());
            }
            row.licensesSold = q->value(5).toLongLong();
            row.revenueCents = q->value(6).toLongLong() + q->value(7).toLongLong();
        }
    }
    return Ok{};
}

Result<QList<CatalogRow>> CatalogQuery::fetchPlan(Database& db, const PagePlan& plan) const {
    if (plan.limit <= 0)
        return QList<CatalogRow>{};
    const Qt::SortOrder direction = plan.backward ? flipped(m_sort.order) : m_sort.order;
    qint64 offset = plan.offset;
    int wanted = plan.limit;
    // The window's ids in the order walked, found by the sort key and id alone, which the order's
    // index holds (models_id_order for the default order, the column's own index otherwise): an
    // OFFSET deep into the list, or a filter, walks index entries, not rows (on a server, a visit
    // to the table for every entry walked made "Nova" under the name sort take over a second). The
    // rows themselves are read by id afterwards.
    QList<qint64> ids;
    ids.reserve(plan.limit);
    for (const Segment& segment : segmentsFrom(db.dialect(), plan.boundary, direction)) {
        const SqlStatement statement = windowKeysStatement(db.dialect(), segment, offset, wanted);
        auto q = db.query(statement.sql, statement.values, Tr::tr("reading the catalog"));
        if (!q)
            return q.error();
        int got = 0;
        while (q->next()) {
            ids.append(q->value(1).toLongLong());
            ++got;
        }
        wanted -= got;
        if (wanted <= 0)
            break;
        // This segment ran out; the next one continues the order. Whatever part of the offset
        // this segment could not use carries over to it.
        if (got > 0 || offset == 0) {
            offset = 0;
            continue;
        }
        const SqlStatement countUpTo = countUpToStatement(db.dialect(), segment, offset);
        auto counted = db.query(countUpTo.sql, countUpTo.values, Tr::tr("reading the catalog"));
        if (!counted)
            return counted.error();
        offset -= counted->next() ? counted->value(0).toLongLong() : 0;
    }
    if (plan.backward)
        std::reverse(ids.begin(), ids.end());

    auto read = readRows(db, ids);
    if (!read)
        return read.error();
    QHash<qint64, qsizetype> positionOf;
    positionOf.reserve(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        positionOf.insert(ids[i], i);
    QList<CatalogRow> rows = std::move(*read);
    std::sort(rows.begin(), rows.end(), [&](const CatalogRow& a, const CatalogRow& b) {
        return positionOf.value(a.id) < positionOf.value(b.id);
    });
    if (auto done = attachAggregates(db, rows); !done)
        return done.error();
    return rows;
}

Result<QList<CatalogRow>> CatalogQuery::fetch(Database& db, const PagePlan& plan) const {
    ReadSnapshot snapshot(db);
    return fetchPlan(db, plan);
}

Result<QList<CatalogRow>> CatalogQuery::readRows(Database& db, const QList<qint64>& ids) const {
    QList<CatalogRow> rows;
    rows.reserve(ids.size());
    for (qsizetype start = 0; start < ids.size(); start += kIdsPerStatement) {
        const qsizetype count = std::min(kIdsPerStatement, ids.size() - start);
        QVariantList values;
        for (qsizetype i = start; i < start + count; ++i)
            values << ids[i];
        auto q = db.query(QStringLiteral("SELECT ") + kBaseColumns + sortExpression(db.dialect()) +
                              QStringLiteral(" FROM models m WHERE m.id IN (") +
                              sqlv::placeholders(count) + QStringLiteral(")"),
                          values, Tr::tr("reading catalog rows"));
        if (!q)
            return q.error();
        while (q->next())
            rows.append(readRow(*q));
    }
    return rows;
}

Result<QList<CatalogRow>> CatalogQuery::fetchByIds(Database& db, const QList<qint64>& ids) const {
    ReadSnapshot snapshot(db);
    auto rows = readRows(db, ids);
    if (!rows)
        return rows.error();
    if (auto done = attachAggregates(db, *rows); !done)
        return done.error();
    return rows;
}

Result<qint64> CatalogQuery::count(Database& db) const {
    const SqlStatement statement = countStatement(db.dialect());
    auto q = db.query(statement.sql, statement.values, Tr::tr("counting the catalog's rows"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace mm
