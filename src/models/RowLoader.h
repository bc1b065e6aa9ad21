#pragma once

#include "core/Result.h"
#include "models/CatalogQuery.h"

#include <QList>
#include <QObject>
#include <array>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

template <typename T>
class QFutureWatcher;

namespace mm {

class BackgroundDatabase;
class Database;
class StatementInterrupt;

// What a job of the RowLoader produced. `generation` and `page` / `ids` are copied from the
// request so the receiver can tell whether the answer is still wanted.
struct LoadResult {
    enum class Kind { Page, Rows, Count };

    Kind kind = Kind::Page;
    quint64 generation = 0;
    qint64 page = -1;       // Page: the page index asked for
    QList<qint64> ids;      // Rows: the ids asked for
    QList<CatalogRow> rows; // Page, Rows
    qint64 count = 0;       // Count
    std::optional<Error> error;
    qint64 elapsedMicroseconds = 0; // time the job spent on the worker
};

// Reads catalog rows off the GUI thread, so the window never waits for the database, on the
// shared worker pool (BackgroundDatabase: each worker thread its own connection).
//
// Two lanes: one reads pages and rows by id, the other counts, so a slow COUNT(*) over a filtered
// million rows never holds up the first window. Each lane runs its jobs one at a time in the
// order they were queued; the caller decides what to queue (CatalogModel keeps at most one page
// job outstanding and always sends the newest wish next). Results come back as `loaded` on the
// loader's own thread; the caller drops those of an old generation.
//
// The source Database must outlive the loader. Destroying the loader interrupts the job each
// lane is running and skips the queued ones; no answer arrives after that.
class RowLoader : public QObject {
    Q_OBJECT

public:
    explicit RowLoader(const Database& source, QObject* parent = nullptr);
    ~RowLoader() override;
    RowLoader(const RowLoader&) = delete;
    RowLoader& operator=(const RowLoader&) = delete;

    void loadPage(quint64 generation, qint64 page, const CatalogQuery& query, const PagePlan& plan);
    void loadRows(quint64 generation, const CatalogQuery& query, const QList<qint64>& ids);
    void countRows(quint64 generation, const CatalogQuery& query);

signals:
    void loaded(const mm::LoadResult& result);

private:
    enum Lane { RowsLane, CountLane, LaneCount };
    using Job = std::function<void(Database&, LoadResult&)>;
    struct Queued {
        LoadResult header;
        Job job;
    };
    struct LaneState {
        std::deque<Queued> waiting;
        std::shared_ptr<StatementInterrupt> running; // none while the lane is idle
    };

    void post(Lane lane, LoadResult header, Job job);
    void runNext(Lane lane);

    std::shared_ptr<BackgroundDatabase> m_background;
    std::array<LaneState, LaneCount> m_lanes;
};

} // namespace mm
