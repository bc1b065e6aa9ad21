#pragma once

#include "core/Result.h"
#include "data/Records.h"

#include <optional>

class QSqlQuery;

namespace mm {

class Database;

// The `research_projects` table and the research-point balance that training jobs draw on.
class ResearchRepository {
public:
    explicit ResearchRepository(Database& db)
        : m_db(db) {}

    // Inserts and sets record.id; a non-zero id is kept (undo of a delete).
    Status insert(ResearchProjectRecord& record);
    // Saves every field. Refused ("research-points-spent") when it would take back points that
    // jobs already spend (fewer points, or un-completing a completed project), and
    // ("research-not-found") for an unknown id.
    Status update(const ResearchProjectRecord& record);
    // Marks the project completed on `date`; its points become available. Refuses a project that
    // is already completed ("research-already-completed") or a date before its start.
    Status complete(qint64 id, const QDate& date);
    // Refused ("research-points-spent") when the project's points are already spent by jobs,
    // i.e. removing it would make availablePoints() negative.
    Status remove(qint64 id);

    Result<std::optional<ResearchProjectRecord>> find(qint64 id);
    Result<QList<ResearchProjectRecord>> all(); // by start date, then id

    // Points of completed projects minus the points that training jobs hold. Every job that is
    // not cancelled holds its points (queued, running, paused, and also completed and failed
    // ones, whose points were spent); cancelling a job gives its points back.
    Result<qint64> availablePoints();

    static Status validate(const ResearchProjectRecord& record);
    static ResearchProjectRecord read(const QSqlQuery& query);

private:
    // Inside an open transaction: fails with "research-points-spent" when the balance is negative.
    Status checkBalance(const QString& where);

    Database& m_db;
};

} // namespace mm
