#include "data/JobRepository.h"

#include "data/Database.h"
#include "data/SqlValues.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <bit>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::JobRepository)
};

const QString kUpdate = QStringLiteral(
    "UPDATE training_jobs SET status = ?, progress_days = ?, cost_spent_cents = ?, started_on = ?, "
    "finished_on = ?, model_id = ?, failure_reason = ? WHERE id = ?");

QString jobWhere(const TrainingJobRecord& r) {
    return r.inputs.modelName.isEmpty() ? Tr::tr("training job %1").arg(r.id) : r.inputs.modelName;
}

QVariant optionalText(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace

qint64 JobRepository::seedToSql(quint64 seed) {
    return std::bit_cast<qint64>(seed);
}

quint64 JobRepository::seedFromSql(qint64 stored) {
    return std::bit_cast<quint64>(stored);
}

QString JobRepository::columns() {
    return QStringLiteral(
        "id, model_id, model_name, architecture, size_class, parameters, dataset_tokens, gpu_type, "
        "gpu_count, team, research_points, seed, status, compute_cost_cents, data_cost_cents, "
        "talent_cost_cents, estimated_days, progress_days, cost_spent_cents, queued_on, "
        "started_on, finished_on, failure_reason");
}

Result<TrainingJobRecord> JobRepository::read(const QSqlQuery& q) {
    TrainingJobRecord r;
    r.id = q.value(0).toLongLong();
    r.modelId = sqlv::toOptionalId(q.value(1));
    r.inputs.modelName = q.value(2).toString();
    r.inputs.architecture = sqlv::toEnum<Architecture>(q.value(3));
    r.inputs.sizeClass = sqlv::toEnum<SizeClass>(q.value(4));
    r.inputs.parameters = q.value(5).toLongLong();
    r.inputs.datasetTokens = q.value(6).toLongLong();
    r.inputs.gpuType = q.value(7).toString();
    r.inputs.gpuCount = q.value(8).toInt();
    auto team = Team::fromJson(sqlv::toJsonObject(q.value(9)));
    if (!team)
        return makeError(team.error().toString(), jobWhere(r), QStringLiteral("job-team"));
    r.inputs.team = *team;
    r.inputs.researchPoints = q.value(10).toLongLong();
    r.inputs.seed = seedFromSql(q.value(11).toLongLong());
    r.status = sqlv::toEnum<JobStatus>(q.value(12));
    r.estimate.compute = sqlv::toMoney(q.value(13));
    r.estimate.data = sqlv::toMoney(q.value(14));
    r.estimate.talent = sqlv::toMoney(q.value(15));
    r.estimatedDays = q.value(16).toDouble();
    r.progressDays = q.value(17).toDouble();
    r.costSpent = sqlv::toMoney(q.value(18));
    r.queuedOn = sqlv::toDate(q.value(19));
    r.startedOn = sqlv::toOptionalDate(q.value(20));
    r.finishedOn = sqlv::toOptionalDate(q.value(21));
    r.failureReason = q.value(22).toString();
    return r;
}

Status JobRepository::validate(const TrainingJobRecord& r) {
    const QString where = jobWhere(r);
    const TrainingInputs& in = r.inputs;
    if (in.modelName.trimmed().isEmpty())
        return makeError(Tr::tr("a training job needs the name of the model it trains"), where,
                         QStringLiteral("job-name"));
    if (in.parameters <= 0)
        return makeError(Tr::tr("the parameter count must be positive"), where,
                         QStringLiteral("job-parameters"));
    if (in.datasetTokens < 0)
        return makeError(Tr::tr("the dataset size cannot be negative"), where,
                         QStringLiteral("job-dataset"));
    if (in.gpuType.isEmpty() || in.gpuCount <= 0)
        return makeError(Tr::tr("a training job needs a GPU type and at least one GPU"), where,
                         QStringLiteral("job-gpus"));
    if (in.researchPoints < 0)
        return makeError(Tr::tr("research points cannot be negative"), where,
                         QStringLiteral("job-research"));
    if (r.estimate.compute.isNegative() || r.estimate.data.isNegative() ||
        r.estimate.talent.isNegative() || r.costSpent.isNegative())
        return makeError(Tr::tr("costs cannot be negative"), where, QStringLiteral("job-cost"));
    if (!(r.estimatedDays > 0) || !(r.progressDays >= 0))
        return makeError(
            Tr::tr("the estimated duration must be positive and the progress not negative"), where,
            QStringLiteral("job-days"));
    if (!r.queuedOn.isValid())
        return makeError(Tr::tr("the queue date is missing"), where, QStringLiteral("job-date"));
    if ((r.startedOn && (!r.startedOn->isValid() || *r.startedOn < r.queuedOn)) ||
        (r.finishedOn && (!r.finishedOn->isValid() || *r.finishedOn < r.queuedOn)))
        return makeError(Tr::tr("a job cannot start or finish before it was queued"), where,
                         QStringLiteral("job-date"));
    return Ok{};
}

Status JobRepository::insert(TrainingJobRecord& r) {
    if (auto valid = validate(r); !valid)
        return valid;
    const TrainingInputs& in = r.inputs;
    const QVariant id = r.id > 0 ? QVariant(r.id) : QVariant(QMetaType(QMetaType::LongLong));
    auto q = m_db.query(
        QStringLiteral("INSERT INTO training_jobs (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)%2")
            .arg(columns(), m_db.dialect().returningId()),
        {id,
         sqlv::optionalId(r.modelId),
         in.modelName,
         sqlv::key(in.architecture),
         sqlv::key(in.sizeClass),
         in.parameters,
         in.datasetTokens,
         in.gpuType,
         in.gpuCount,
         sqlv::json(in.team.toJson()),
         in.researchPoints,
         seedToSql(in.seed),
         sqlv::key(r.status),
         sqlv::money(r.estimate.compute),
         sqlv::money(r.estimate.data),
         sqlv::money(r.estimate.talent),
         r.estimatedDays,
         r.progressDays,
         sqlv::money(r.costSpent),
         sqlv::date(r.queuedOn),
         sqlv::optionalDate(r.startedOn),
         sqlv::optionalDate(r.finishedOn),
         optionalText(r.failureReason)},
        Tr::tr("queuing the training of '%1'").arg(in.modelName));
    if (!q)
        return q.error();
    auto inserted = m_db.insertedId(*q, Tr::tr("queuing the training of '%1'").arg(in.modelName));
    if (!inserted)
        return inserted.error();
    r.id = *inserted;
    return Ok{};
}

Status JobRepository::update(const TrainingJobRecord& record) {
    return updateMany({record});
}

Status JobRepository::updateMany(const QList<TrainingJobRecord>& records) {
    const QString operation = Tr::tr("saving training jobs");
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto statement = m_db.prepare(kUpdate, operation);
    if (!statement)
        return statement.error();
    for (const TrainingJobRecord& r : records) {
        if (auto valid = validate(r); !valid)
            return valid;
        if (auto done = m_db.execPrepared(
                *statement,
                {sqlv::key(r.status), r.progressDays, sqlv::money(r.costSpent),
                 sqlv::optionalDate(r.startedOn), sqlv::optionalDate(r.finishedOn),
                 sqlv::optionalId(r.modelId), optionalText(r.failureReason), r.id},
                Tr::tr("saving the training job of '%1'").arg(r.inputs.modelName));
            !done)
            return done;
        if (statement->numRowsAffected() != 1)
            return makeError(Tr::tr("there is no such training job"), jobWhere(r),
                             QStringLiteral("job-not-found"));
    }
    return transaction.commit();
}

Result<QList<TrainingJobRecord>>
JobRepository::select(const QString& sql, const QVariantList& values, const QString& operation) {
    auto q = m_db.query(sql, values, operation);
    if (!q)
        return q.error();
    QList<TrainingJobRecord> records;
    while (q->next()) {
        auto record = read(*q);
        if (!record)
            return record.error();
        records.append(std::move(record).value());
    }
    return records;
}

Result<std::optional<TrainingJobRecord>> JobRepository::find(qint64 id) {
    auto found = select(QStringLiteral("SELECT %1 FROM training_jobs WHERE id = ?").arg(columns()),
                        {id}, Tr::tr("reading training job %1").arg(id));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<TrainingJobRecord>();
    return std::optional<TrainingJobRecord>(found->front());
}

Result<QList<TrainingJobRecord>> JobRepository::all() {
    return select(QStringLiteral("SELECT %1 FROM training_jobs ORDER BY id").arg(columns()), {},
                  Tr::tr("reading training jobs"));
}

Result<QList<TrainingJobRecord>> JobRepository::byStatus(JobStatus status) {
    return select(
        QStringLiteral("SELECT %1 FROM training_jobs WHERE status = ? ORDER BY id").arg(columns()),
        {sqlv::key(status)}, Tr::tr("reading %1 training jobs").arg(enumLabel(status)));
}

} // namespace mm
