#include "data/ResearchRepository.h"

#include "data/Database.h"
#include "data/SqlValues.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::ResearchRepository)
};

const QString kColumns =
    QStringLiteral("id, name, field, points, cost_cents, started_on, completed_on");

Error notFound(qint64 id) {
    return makeError(Tr::tr("there is no such research project"),
                     Tr::tr("research project %1").arg(id), QStringLiteral("research-not-found"));
}

} // namespace

ResearchProjectRecord ResearchRepository::read(const QSqlQuery& q) {
    ResearchProjectRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.field = q.value(2).toString();
    r.points = q.value(3).toLongLong();
    r.cost = sqlv::toMoney(q.value(4));
    r.startedOn = sqlv::toDate(q.value(5));
    r.completedOn = sqlv::toOptionalDate(q.value(6));
    return r;
}

Status ResearchRepository::validate(const ResearchProjectRecord& r) {
    if (r.name.trimmed().isEmpty())
        return makeError(Tr::tr("a research project needs a name"), QStringLiteral("name"),
                         QStringLiteral("research-name"));
    if (r.points < 0)
        return makeError(Tr::tr("research points cannot be negative"), r.name,
                         QStringLiteral("research-points"));
    if (r.cost.isNegative())
        return makeError(Tr::tr("the cost cannot be negative"), r.name,
                         QStringLiteral("research-cost"));
    if (!r.startedOn.isValid())
        return makeError(Tr::tr("the start date is missing"), r.name,
                         QStringLiteral("research-date"));
    if (r.completedOn && (!r.completedOn->isValid() || *r.completedOn < r.startedOn))
        return makeError(Tr::tr("a project cannot be completed before it started"), r.name,
                         QStringLiteral("research-date"));
    return Ok{};
}

Status ResearchRepository::checkBalance(const QString& where) {
    auto available = availablePoints();
    if (!available)
        return available.error();
    if (*available < 0)
        return makeError(Tr::tr("training jobs already spend these research points (%1 short); "
                                "cancel jobs first")
                             .arg(-*available),
                         where, QStringLiteral("research-points-spent"));
    return Ok{};
}

Status ResearchRepository::insert(ResearchProjectRecord& r) {
    if (auto valid = validate(r); !valid)
        return valid;
    const QVariant id = r.id > 0 ? QVariant(r.id) : QVariant(QMetaType(QMetaType::LongLong));
    auto q = m_db.query(
        QStringLiteral("INSERT INTO research_projects (%1) VALUES (?, ?, ?, ?, ?, ?, ?)%2")
            .arg(kColumns, m_db.dialect().returningId()),
        {id, r.name, r.field, r.points, sqlv::money(r.cost), sqlv::date(r.startedOn),
         sqlv::optionalDate(r.completedOn)},
        Tr::tr("adding research project '%1'").arg(r.name));
    if (!q)
        return q.error();
    auto inserted = m_db.insertedId(*q, Tr::tr("adding research project '%1'").arg(r.name));
    if (!inserted)
        return inserted.error();
    r.id = *inserted;
    return Ok{};
}

Status ResearchRepository::update(const ResearchProjectRecord& r) {
    if (auto valid = validate(r); !valid)
        return valid;
    const QString operation = Tr::tr("saving research project '%1'").arg(r.name);
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto q =
        m_db.query(QStringLiteral("UPDATE research_projects SET name = ?, field = ?, points = ?, "
                                  "cost_cents = ?, started_on = ?, completed_on = ? WHERE id = ?"),
                   {r.name, r.field, r.points, sqlv::money(r.cost), sqlv::date(r.startedOn),
                    sqlv::optionalDate(r.completedOn), r.id},
                   operation);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return notFound(r.id);
    if (auto balance = checkBalance(r.name); !balance)
        return balance;
    return transaction.commit();
}

Status ResearchRepository::complete(qint64 id, const QDate& date) {
    const QString operation = Tr::tr("completing research project %1").arg(id);
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto current = find(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return notFound(id);
    ResearchProjectRecord project = current->value();
    if (project.isCompleted())
        return makeError(Tr::tr("the project was already completed on %1")
                             .arg(project.completedOn->toString(Qt::ISODate)),
                         project.name, QStringLiteral("research-already-completed"));
    project.completedOn = date;
    if (auto valid = validate(project); !valid)
        return valid;
    auto q =
        m_db.query(QStringLiteral("UPDATE research_projects SET completed_on = ? WHERE id = ?"),
                   {sqlv::date(date), id}, operation);
    if (!q)
        return q.error();
    return transaction.commit();
}

Status ResearchRepository::remove(qint64 id) {
    const QString operation = Tr::tr("deleting research project %1").arg(id);
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto current = find(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return notFound(id);
    auto q =
        m_db.query(QStringLiteral("DELETE FROM research_projects WHERE id = ?"), {id}, operation);
    if (!q)
        return q.error();
    if (auto balance = checkBalance(current->value().name); !balance)
        return balance;
    return transaction.commit();
}

Result<std::optional<ResearchProjectRecord>> ResearchRepository::find(qint64 id) {
    auto q =
        m_db.query(QStringLiteral("SELECT %1 FROM research_projects WHERE id = ?").arg(kColumns),
                   {id}, Tr::tr("reading research project %1").arg(id));
    if (!q)
        return q.error();
    return q->next() ? std::optional<ResearchProjectRecord>(read(*q)) : std::nullopt;
}

Result<QList<ResearchProjectRecord>> ResearchRepository::all() {
    auto q = m_db.query(
        QStringLiteral("SELECT %1 FROM research_projects ORDER BY started_on, id").arg(kColumns),
        {}, Tr::tr("reading research projects"));
    if (!q)
        return q.error();
    QList<ResearchProjectRecord> records;
    while (q->next())
        records.append(read(*q));
    return records;
}

Result<qint64> ResearchRepository::availablePoints() {
    // Cancelled jobs give their points back, so they are left out of the spent sum; every other
    // job (queued, running, paused, completed, failed) keeps its points spent.
    auto q =
        m_db.query(QStringLiteral("SELECT (SELECT coalesce(SUM(points), 0) FROM research_projects "
                                  "WHERE completed_on IS NOT NULL) - "
                                  "(SELECT coalesce(SUM(research_points), 0) FROM training_jobs "
                                  "WHERE status <> 'cancelled')"),
                   {}, Tr::tr("counting available research points"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

} // namespace mm
