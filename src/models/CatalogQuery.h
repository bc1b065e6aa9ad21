#pragma once

#include "core/Enums.h"
#include "core/Result.h"
#include "data/SqlDialect.h"
#include "models/CatalogColumns.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <array>
#include <optional>

class QSqlQuery;

namespace mm {

class Database;

// What the catalog shows: every part is optional and they combine with AND.
struct CatalogFilter {
    QString text; // plain text found anywhere in the name, case-insensitively; % and _ are literal
    std::optional<LicenseTier> tier; // listed in this tier
    std::optional<SizeClass> sizeClass;
    std::optional<ModelStatus> status;
    std::optional<Architecture> architecture;

    bool isEmpty() const;
    bool operator==(const CatalogFilter&) const = default;
};

// The order of the rows. No column: creation order (by id). Ties always break by id, so the order
// is total and keyset paging never skips or repeats a row.
struct CatalogSort {
    std::optional<CatalogColumn> column;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool operator==(const CatalogSort&) const = default;
};

// A row's place in the order: the value of the sort expression (NULL allowed) and the id.
struct SortKey {
    QVariant value;
    qint64 id = 0;
};

// One catalog row as the model caches it: the model's own columns plus the aggregates, which are
// computed only for the rows of a loaded window.
struct CatalogRow {
    qint64 id = 0;
    QString name;
    Architecture architecture = Architecture::Transformer;
    SizeClass sizeClass = SizeClass::Small;
    qint64 parameters = 0;
    qint64 datasetTokens = 0;
    ModelStatus status = ModelStatus::Draft;
    std::optional<double> performance;
    std::optional<double> accuracy;
    std::optional<double> efficiency;
    std::optional<double> composite;
    qint64 trainingCostCents = 0;
    QDate createdOn;
    qint64 revision = 0;
    std::array<std::optional<qint64>, 4> priceCents; // index = LicenseTier; none: not listed
    qint64 licensesSold = 0;
    qint64 revenueCents = 0; // fees + usage charges

    SortKey sortKey; // where the row stood in the order it was loaded in
};

// How to read the rows [firstRow, firstRow + limit) of an ordered, filtered catalog: start at a
// boundary (a row whose sort key is known, or an end of the table), skip `offset` rows, take
// `limit`. Backward plans read in reverse order from a later row or from the end, then flip.
struct PagePlan {
    qint64 firstRow = 0;
    int limit = 0;
    bool backward = false;
    std::optional<SortKey> boundary; // exclusive; none: the start (forward) or the end (backward)
    qint64 offset = 0;

    QString describe() const; // "forward from key at row 199, offset 0, 200 rows", for benchmarks
};

struct SqlStatement {
    QString sql;
    QVariantList values; // bound positionally, in the order the ? appear
};

// Builds the catalog's SQL and reads it. Pure SQL text assembly plus read functions that run on
// whichever connection they are given (the model's loader calls them on its worker thread).
// Every value is bound; only fixed fragments from this file and CatalogColumns are pasted in.
class CatalogQuery {
public:
    CatalogQuery() = default;
    CatalogQuery(CatalogFilter filter, CatalogSort sort);

    const CatalogFilter& filter() const { return m_filter; }
    const CatalogSort& sort() const { return m_sort; }

    // `text` with \ % _ escaped for LIKE ... ESCAPE '\'.
    static QString escapeLike(const QString& text);

    // SELECT COUNT(*) with the filter.
    // The SQL is written for `dialect`: the connection it will run on.
    SqlStatement countStatement(const SqlDialect& dialect = SqlDialect::sqlite()) const;

    // Picks the cheapest way to reach the window [firstRow, firstRow + limit): keyset from the
    // nearest known key before it (anchors: row -> key) or after it, or from either end when
    // `totalRows` is known; the plan with the smallest OFFSET wins.
    static PagePlan planWindow(qint64 firstRow, int limit, const QMap<qint64, SortKey>& anchors,
                               std::optional<qint64> totalRows);

    // Runs a plan: the rows in display order, aggregates included. One read transaction.
    Result<QList<CatalogRow>> fetch(Database& db, const PagePlan& plan) const;
    // The rows with these ids (any order; deleted ids are missing), aggregates included.
    Result<QList<CatalogRow>> fetchByIds(Database& db, const QList<qint64>& ids) const;
    Result<qint64> count(Database& db) const;

    // The SQL expression the rows are ordered by, ties broken by id (m.id alone unsorted).
    QString sortExpression(const SqlDialect& dialect) const;

    // The statement fetch() runs first for a plan: the keys of its first segment (tests and
    // EXPLAIN).
    SqlStatement firstStatement(const PagePlan& plan,
                                const SqlDialect& dialect = SqlDialect::sqlite()) const;

private:
    struct Segment {
        QString condition; // may be empty
        QVariantList values;
        QString orderBy;
    };

    bool sortNullable() const;
    // Filter conditions and their values; `forOrderedScan` keeps them off the indexes so the
    // sort index drives the scan and LIMIT stops it early.
    QString filterCondition(const SqlDialect& dialect, QVariantList& values,
                            bool forOrderedScan) const;
    // The order as consecutive segments, starting just past `boundary` in `direction`; each
    // segment is one range of an index. Past a key come the rows with that key and a later id,
    // then those with a later key. A nullable sort column adds a segment for its NULLs (first
    // ascending, last descending, as SQLite orders them) because no comparison with NULL is
    // true; this keeps the (column, id) index usable, which a COALESCE in ORDER BY would not.
    QList<Segment> segmentsFrom(const SqlDialect& dialect, const std::optional<SortKey>& boundary,
                                Qt::SortOrder direction) const;
    // " WHERE ..." for the filter and `segment` (empty when neither limits), adding their values.
    QString segmentWhere(const SqlDialect& dialect, const Segment& segment,
                         QVariantList& values) const;
    // The sort keys and ids of `limit` rows from `offset` rows into `segment`, in its order.
    SqlStatement windowKeysStatement(const SqlDialect& dialect, const Segment& segment,
                                     qint64 offset, int limit) const;
    SqlStatement countUpToStatement(const SqlDialect& dialect, const Segment& segment,
                                    qint64 cap) const;
    Status attachAggregates(Database& db, QList<CatalogRow>& rows) const;
    Result<QList<CatalogRow>> fetchPlan(Database& db, const PagePlan& plan) const;
    // The rows with these ids, in no particular order, without their aggregates.
    Result<QList<CatalogRow>> readRows(Database& db, const QList<qint64>& ids) const;
    static CatalogRow readRow(const QSqlQuery& query);

    CatalogFilter m_filter;
    CatalogSort m_sort;
};

} // namespace mm
