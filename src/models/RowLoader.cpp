#include "models/RowLoader.h"

#include "data/BackgroundDatabase.h"
#include "data/Database.h"

#include <QElapsedTimer>
#include <QFutureWatcher>

namespace mm {

RowLoader::RowLoader(const Database& source, QObject* parent)
    : QObject(parent)
    , m_background(BackgroundDatabase::of(source)) {
}

RowLoader::~RowLoader() {
    // The watchers are our children and go with us: no answer is delivered after this.
    for (LaneState& lane : m_lanes) {
        lane.waiting.clear();
        if (lane.running)
            lane.running->interrupt();
    }
}

void RowLoader::post(Lane lane, LoadResult header, Job job) {
    m_lanes[static_cast<std::size_t>(lane)].waiting.push_back({std::move(header), std::move(job)});
    runNext(lane);
}

void RowLoader::runNext(Lane lane) {
    LaneState& state = m_lanes[static_cast<std::size_t>(lane)];
    if (state.running || state.waiting.empty())
        return;
    Queued next = std::move(state.waiting.front());
    state.waiting.pop_front();
    state.running = std::make_shared<StatementInterrupt>();
    auto* watcher = new QFutureWatcher<Result<LoadResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, lane, header = next.header] {
                watcher->deleteLater();
                m_lanes[static_cast<std::size_t>(lane)].running.reset();
                const Result<LoadResult> answer = watcher->result();
                LoadResult result = answer ? *answer : header;
                if (!answer)
                    result.error = answer.error(); // no connection could be opened
                emit loaded(result);
                runNext(lane);
            });
    watcher->setFuture(m_background->run<LoadResult>(
        [header = std::move(next.header), job = std::move(next.job)](Database& db) {
            QElapsedTimer timer;
            timer.start();
            LoadResult result = header;
            job(db, result);
            result.elapsedMicroseconds = timer.nsecsElapsed() / 1000;
            return Result<LoadResult>(std::move(result));
        },
        state.running));
}

void RowLoader::loadPage(quint64 generation, qint64 page, const CatalogQuery& query,
                         const PagePlan& plan) {
    LoadResult header;
    header.kind = LoadResult::Kind::Page;
    header.generation = generation;
    header.page = page;
    post(RowsLane, std::move(header), [query, plan](Database& db, LoadResult& result) {
        auto rows = query.fetch(db, plan);
        if (rows)
            result.rows = std::move(rows).value();
        else
            result.error = rows.error();
    });
}

void RowLoader::loadRows(quint64 generation, const CatalogQuery& query, const QList<qint64>& ids) {
    LoadResult header;
    header.kind = LoadResult::Kind::Rows;
    header.generation = generation;
    header.ids = ids;
    post(RowsLane, std::move(header), [query, ids](Database& db, LoadResult& result) {
        auto rows = query.fetchByIds(db, ids);
        if (rows)
            result.rows = std::move(rows).value();
        else
            result.error = rows.error();
    });
}

void RowLoader::countRows(quint64 generation, const CatalogQuery& query) {
    LoadResult header;
    header.kind = LoadResult::Kind::Count;
    header.generation = generation;
    post(CountLane, std::move(header), [query](Database& db, LoadResult& result) {
        auto counted = query.count(db);
        if (counted)
            result.count = *counted;
        else
            result.error = counted.error();
    });
}

} // namespace mm
