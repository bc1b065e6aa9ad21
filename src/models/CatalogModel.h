#pragma once

#include "core/EconomyConfig.h"
#include "core/Result.h"
#include "data/Records.h"
#include "models/CatalogColumns.h"
#include "models/CatalogQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QMap>
#include <QTimer>
#include <optional>

namespace mm {

class Database;
class RowLoader;
struct LoadResult;

// The catalog workspace's table: every row of `models` (up to millions), filtered and sorted in
// SQL, with listings and sales aggregated per row.
//
// Windowed, and never reading on the GUI thread: data() only answers from a cache of pages of
// kPageSize rows and never touches the database. A missing row shows "…" and makes the model
// schedule (on a zero timer, not inside data()) a load of its page on the RowLoader's worker
// thread. Pages are read by key — "(sort key, id) after the last row of the page before" — or, with
// no key nearby, by an OFFSET from the nearest known key or from either end
// (CatalogQuery::planWindow), counting through an index of the order (fetchPlan). At most
// kMaxCachedPages pages stay cached (least recently used go first), so scrolling through a million
// rows keeps a few thousand in memory.
//
// The row count is computed on its own worker and arrives later: until then rowCount() is 0
// after a filter change (then rows are inserted) or the last known count after a sort or
// refresh. Every sort, filter or refresh starts a new generation; answers of older generations
// are dropped, and among pending page wishes the newest is served first.
//
// Editing: the model never writes. flags() marks the editable columns; setData() only emits
// editRequested() and returns false. The UI's undo command converts and validates the value with
// applyValue(), saves the record through ModelRepository and then calls refreshRows(): models
// show, commands write. An edited row keeps its place until refresh(), like a spreadsheet.
class CatalogModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1, // the model's id (qlonglong); invalid while not loaded
        SortKeyRole,                     // a value that orders like the SQL does (see sortValue())
    };

    static constexpr int kPageSize = 200;
    static constexpr int kMaxCachedPages = 50;

    // `database` is only used to open the loader's own connections (on its threads); it must
    // outlive the model. Loading the first page and counting start right away.
    explicit CatalogModel(const Database& database, QObject* parent = nullptr);
    ~CatalogModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Changes nothing: emits editRequested(id, column, value) for a loaded row of an editable
    // column and returns false. The UI turns the request into an undo command.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    // Sorts in SQL on the indexed columns (isCatalogColumnSortable()); for any other column this
    // is a no-op that leaves the order unchanged. Column -1 returns to creation order. NULL
    // composites come first ascending, last descending. A sort invalidates every persistent
    // index (the new rows of their models are not known until loaded); views re-select by id.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    QHash<int, QByteArray> roleNames() const override;

    const CatalogFilter& filter() const { return m_filter; }
    // Resets the model: rowCount() is 0 until the new count arrives.
    void setFilter(const CatalogFilter& filter);
    const CatalogSort& currentSort() const { return m_sort; }

    // Reloads everything (new generation) and recounts; cached rows stay visible until their
    // fresh copies arrive.
    void refresh();
    // Reloads these models' cached rows on the worker and emits dataChanged for them. If one of
    // them no longer exists, refresh() follows.
    void refreshRows(const QList<qint64>& modelIds);

    // Cached rows only; nothing is loaded.
    std::optional<qint64> idAt(int row) const;
    std::optional<int> rowOf(qint64 modelId) const;
    // True when the row is cached from the current generation (data() returns real values).
    bool isRowLoaded(int row) const;
    bool isLoading() const { return m_loading; }
    bool isRowCountKnown() const { return m_countKnown; }
    int cachedPageCount() const { return static_cast<int>(m_pages.size()); }
    // The cache's cap in pages (default kMaxCachedPages, at least 2); the oldest go first.
    void setMaxCachedPages(int pages);
    int maxCachedPages() const { return m_maxCachedPages; }
    // Answers thrown away because a newer sort, filter or refresh had started (diagnostics).
    quint64 staleResultsDropped() const { return m_staleDropped; }

    // Converts and checks a value typed or pasted into `column` and returns the record with it
    // applied, or an Error saying what is wrong ("accuracy must be between 0 and 100"). Changing
    // a metric recomputes the composite with the config's weights. Read-only columns are refused.
    static Result<ModelRecord> applyValue(ModelRecord record, CatalogColumn column,
                                          const QVariant& value);
    static Result<ModelRecord> applyValue(ModelRecord record, CatalogColumn column,
                                          const QVariant& value, const EconomyConfig& config);

    // What each role shows for a loaded row (used by data(); exposed for copy/export code).
    static QVariant displayValue(const CatalogRow& row, CatalogColumn column);
    static QVariant editValue(const CatalogRow& row, CatalogColumn column);
    // Orders like the SQL: enum keys, cents, ISO dates, lower-case names, -1 for a missing metric.
    static QVariant sortValue(const CatalogRow& row, CatalogColumn column);

signals:
    void loadingChanged(bool loading);
    void rowCountKnown(qint64 rows);
    // A read failed (the file vanished, is locked...). Nothing more is loaded until refresh(),
    // setFilter() or sort().
    void loadFailed(const mm::Error& error);
    void editRequested(qint64 modelId, mm::CatalogColumn column, const QVariant& newValue);

private:
    struct Page {
        quint64 generation = 0;
        QList<CatalogRow> rows;
        mutable quint64 lastUse = 0;
    };
    enum class Job { None, Page, Rows };

    const CatalogRow* cachedRow(int row, bool* stale = nullptr) const;
    void wantPage(qint64 page) const;
    void dispatch();
    void startGeneration();
    void clearCache();
    void requestCount();
    void sendCount();
    void onLoaded(const LoadResult& result);
    void storePage(qint64 page, QList<CatalogRow> rows);
    void evictPages(qint64 keep);
    void applyRows(const LoadResult& result);
    void applyCount(qint64 count);
    void updateLoading();

    RowLoader* m_loader = nullptr;
    CatalogFilter m_filter;
    CatalogSort m_sort;
    CatalogQuery m_query;
    quint64 m_generation = 1;
    int m_rowCount = 0;
    bool m_countKnown = false;
    bool m_failed = false;

    QHash<qint64, Page> m_pages;
    mutable quint64 m_useClock = 0;
    QMap<qint64, SortKey> m_anchors; // row -> key, current generation only

    mutable QList<qint64> m_wanted; // page indexes, newest wish first
    mutable QTimer m_dispatchTimer;
    QList<qint64> m_rowsToRefresh;

    Job m_job = Job::None;
    qint64 m_jobPage = -1;
    quint64 m_jobGeneration = 0;
    bool m_countInFlight = false;
    bool m_countWanted = false;
    bool m_loading = false;
    int m_maxCachedPages = kMaxCachedPages;
    quint64 m_staleDropped = 0;
};

} // namespace mm
