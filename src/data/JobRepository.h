#pragma once

#include "core/Result.h"
#include "data/Records.h"

#include <optional>

class QSqlQuery;

namespace mm {

class Database;

// The `training_jobs` table. The inputs (with the team as JSON and the seed) and the estimate are
// fixed when the job is queued; update() writes only what changes while it runs.
class JobRepository {
public:
    explicit JobRepository(Database& db)
        : m_db(db) {}

    // Inserts and sets record.id; a non-zero id is kept (undo of a delete).
    Status insert(TrainingJobRecord& record);
    // Saves the mutable fields: status, progress_days, cost_spent_cents, started_on,
    // finished_on, model_id and failure_reason. "job-not-found" for an unknown id.
    Status update(const TrainingJobRecord& record);
    // The same for many jobs in one transaction (a clock tick advances every running job).
    Status updateMany(const QList<TrainingJobRecord>& records);

    Result<std::optional<TrainingJobRecord>> find(qint64 id);
    Result<QList<TrainingJobRecord>> all();                      // by id
    Result<QList<TrainingJobRecord>> byStatus(JobStatus status); // by id

    static Status validate(const TrainingJobRecord& record);
    static QString columns(); // in the order read() expects
    // Fails only when the stored team is not a team (a file edited by hand).
    static Result<TrainingJobRecord> read(const QSqlQuery& query);

    // The seed is a quint64 in the domain and a signed 64-bit INTEGER in SQLite: the bits are
    // stored unchanged, so seeds of 2^63 and more read back exactly (as negative numbers in SQL).
    static qint64 seedToSql(quint64 seed);
    static quint64 seedFromSql(qint64 stored);

private:
    Result<QList<TrainingJobRecord>> select(const QString& sql, const QVariantList& values,
                                            const QString& operation);

    Database& m_db;
};

} // namespace mm
