#include "models/RowLoader.h"

#include "data/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <memory>

namespace mm {

// Lives on one worker thread and owns that thread's connection, opened on first use (on the
// thread, as QtSql requires) and closed when the thread finishes.
class LoaderWorker : public QObject {
public:
    explicit LoaderWorker(const Database& source)
        : m_source(source) {}

    Database* connection(std::optional<Error>& error) {
        if (m_db)
            return m_db.get();
        if (m_openError) {
            error = m_openError;
            return nullptr;
        }
        auto opened = m_source.openAnotherConnection();
        if (!opened) {
            m_openError = opened.error();
            error = m_openError;
            return nullptr;
        }
        m_db = std::move(opened).value();
        // The catalog only reads; make sure of it. Failure here is harmless.
        static_cast<void>(
            m_db->exec(QStringLiteral("PRAGMA query_only = ON"),
                       QCoreApplication::translate("mm::RowLoader", "opening the catalog reader")));
        return m_db.get();
    }

private:
    const Database& m_source;
    std::unique_ptr<Database> m_db;
    std::optional<Error> m_openError;
};

RowLoader::RowLoader(const Database& source, QObject* parent)
    : QObject(parent) {
    const std::array<const char*, LaneCount> names{"CatalogRowLoader", "CatalogRowCounter"};
    for (int lane = 0; lane < LaneCount; ++lane) {
        auto* thread = new QThread(this);
        thread->setObjectName(QString::fromLatin1(names[static_cast<std::size_t>(lane)]));
        auto* worker = new LoaderWorker(source);
        worker->moveToThread(thread);
        // Deferred deletes run as the thread finishes, so the connection closes on its thread.
        connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        m_threads[static_cast<std::size_t>(lane)] = thread;
        m_workers[static_cast<std::size_t>(lane)] = worker;
        thread->start();
    }
}

RowLoader::~RowLoader() {
    m_stopping = true;
    for (QThread* thread : m_threads)
        thread->quit();
    for (QThread* thread : m_threads)
        thread->wait();
}

void RowLoader::post(Lane lane, LoadResult header, Job job) {
    LoaderWorker* worker = m_workers[static_cast<std::size_t>(lane)];
    QMetaObject::invokeMethod(
        worker,
        [this, worker, header = std::move(header), job = std::move(job)]() mutable {
            if (m_stopping)
                return;
            QElapsedTimer timer;
            timer.start();
            LoadResult result = std::move(header);
            if (Database* db = worker->connection(result.error))
                job(*db, result);
            result.elapsedMicroseconds = timer.nsecsElapsed() / 1000;
            // `this` outlives the job: the destructor waits for the workers before QObject's
            // destructor runs, and then discards any answer still queued for us.
            QMetaObject::invokeMethod(
                this, [this, result = std::move(result)]() { emit loaded(result); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
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
