#include "data/ModelRepository.h"

#include "data/Database.h"
#include "data/SqlValues.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::ModelRepository)
};

const QString kInsertHead = QStringLiteral(
    "INSERT INTO models (id, name, architecture, size_class, parameters, dataset_tokens, status, "
    "performance, "
    "accuracy, efficiency, composite, benchmarks, training_cost_cents, training_days, "
    "research_points, "
    "created_on, revision, lab_id) VALUES ");
const QString kInsertRow = QStringLiteral(
    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, "
    // New models belong to the studio. The schema's trigger does the same for other writers;
    // writing it here lets bulk paths suspend the trigger (see DeferredIndexes).
    "(SELECT id FROM labs WHERE is_studio = 1))");
const QString kInsert = kInsertHead + kInsertRow;

const QString kUpdate = QStringLiteral(
    "UPDATE models SET name = ?, architecture = ?, size_class = ?, parameters = ?, dataset_tokens "
    "= ?, "
    "status = ?, performance = ?, accuracy = ?, efficiency = ?, composite = ?, benchmarks = ?, "
    "training_cost_cents = ?, training_days = ?, research_points = ?, created_on = ?, revision = "
    "revision + 1 "
    "WHERE id = ? AND revision = ?");

QVariantList fieldValues(const ModelRecord& r) {
    return {r.name,
            sqlv::key(r.architecture),
            sqlv::key(r.sizeClass),
            r.parameters,
            r.datasetTokens,
            sqlv::key(r.status),
            sqlv::optionalReal(r.performance),
            sqlv::optionalReal(r.accuracy),
            sqlv::optionalReal(r.efficiency),
            sqlv::optionalReal(r.composite),
            sqlv::scores(r.benchmarks),
            sqlv::money(r.trainingCost),
            r.trainingDays,
            r.researchPoints,
            sqlv::date(r.createdOn)};
}

Error staleError(const QString& name) {
    return makeError(
        Tr::tr("'%1' was changed by someone else since you loaded it; reload and try again")
            .arg(name),
        name, QStringLiteral("stale-edit"));
}

bool inMetricRange(const std::optional<double>& value) {
    return !value || (*value >= 0.0 && *value <= 100.0);
}

} // namespace

QString ModelRepository::columns() {
    return QStringLiteral(
        "id, name, architecture, size_class, parameters, dataset_tokens, status, performance, "
        "accuracy, efficiency, composite, benchmarks, training_cost_cents, training_days, "
        "research_points, created_on, revision");
}

ModelRecord ModelRepository::read(const QSqlQuery& q, int c) {
    ModelRecord r;
    r.id = q.value(c + 0).toLongLong();
    r.name = q.value(c + 1).toString();
    r.architecture = sqlv::toEnum<Architecture>(q.value(c + 2));
    r.sizeClass = sqlv::toEnum<SizeClass>(q.value(c + 3));
    r.parameters = q.value(c + 4).toLongLong();
    r.datasetTokens = q.value(c + 5).toLongLong();
    r.status = sqlv::toEnum<ModelStatus>(q.value(c + 6));
    r.performance = sqlv::toOptionalReal(q.value(c + 7));
    r.accuracy = sqlv::toOptionalReal(q.value(c + 8));
    r.efficiency = sqlv::toOptionalReal(q.value(c + 9));
    r.composite = sqlv::toOptionalReal(q.value(c + 10));
    r.benchmarks = sqlv::toScores(q.value(c + 11));
    r.trainingCost = sqlv::toMoney(q.value(c + 12));
    r.trainingDays = q.value(c + 13).toDouble();
    r.researchPoints = q.value(c + 14).toLongLong();
    r.createdOn = sqlv::toDate(q.value(c + 15));
    r.revision = q.value(c + 16).toLongLong();
    return r;
}

QStringList ModelRepository::missingMetrics(const ModelRecord& r) {
    if (!isTrained(r.status))
        return {};
    QStringList missing;
    if (!r.performance)
        missing.append(QStringLiteral("performance"));
    if (!r.accuracy)
        missing.append(QStringLiteral("accuracy"));
    if (!r.efficiency)
        missing.append(QStringLiteral("efficiency"));
    if (!r.composite)
        missing.append(QStringLiteral("composite"));
    return missing;
}

Status ModelRepository::validate(const ModelRecord& r) {
    const QString where = r.name.isEmpty() ? Tr::tr("model") : r.name;
    if (r.name.trimmed().isEmpty())
        return makeError(Tr::tr("a model needs a name"), QStringLiteral("name"),
                         QStringLiteral("model-name"));
    if (r.name.size() > 200)
        return makeError(Tr::tr("the name is longer than 200 characters"), QStringLiteral("name"),
                         QStringLiteral("model-name"));
    if (r.parameters <= 0)
        return makeError(Tr::tr("the parameter count must be positive"), where,
                         QStringLiteral("model-parameters"));
    if (r.datasetTokens < 0)
        return makeError(Tr::tr("the dataset size cannot be negative"), where,
                         QStringLiteral("model-dataset"));
    if (!inMetricRange(r.performance) || !inMetricRange(r.accuracy) ||
        !inMetricRange(r.efficiency) || !inMetricRange(r.composite))
        return makeError(Tr::tr("quality metrics must be between 0 and 100"), where,
                         QStringLiteral("model-metric"));
    if (const QStringList missing = missingMetrics(r); !missing.isEmpty())
        return makeError(
            Tr::tr("a %1 model needs performance, accuracy, efficiency and composite "
                   "(%2 missing); fill them in, or set its status to draft, training or "
                   "failed")
                .arg(enumKey(r.status), missing.join(QStringLiteral(", "))),
            where, QStringLiteral("model-metrics-required"));
    if (r.trainingCost.isNegative())
        return makeError(Tr::tr("the training cost cannot be negative"), where,
                         QStringLiteral("model-cost"));
    if (r.trainingDays < 0 || r.researchPoints < 0)
        return makeError(Tr::tr("training days and research points cannot be negative"), where,
                         QStringLiteral("model-training"));
    if (!r.createdOn.isValid())
        return makeError(Tr::tr("the creation date is missing"), where,
                         QStringLiteral("model-date"));
    return Ok{};
}

Status ModelRepository::insertOne(ModelRecord& record, QSqlQuery& statement) {
    if (auto valid = validate(record); !valid)
        return valid;
    QVariantList values{record.id > 0 ? QVariant(record.id)
                                      : QVariant(QMetaType(QMetaType::LongLong))};
    values += fieldValues(record);
    const QString operation = Tr::tr("adding model '%1'").arg(record.name);
    if (auto done = m_db.execPrepared(statement, values, operation); !done)
        return done;
    auto id = m_db.insertedId(statement, operation);
    if (!id)
        return id.error();
    record.id = *id;
    record.revision = 1;
    return Ok{};
}

Status ModelRepository::insert(ModelRecord& record) {
    QList<ModelRecord> one{record};
    auto done = insertMany(one);
    if (done)
        record = one.front();
    return done;
}

Status ModelRepository::insertMany(QList<ModelRecord>& records) {
    Transaction transaction(m_db, Tr::tr("adding models"));
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto statement = m_db.prepare(kInsert + m_db.dialect().returningId(), Tr::tr("adding models"));
    if (!statement)
        return statement.error();
    for (ModelRecord& record : records) {
        if (auto done = insertOne(record, *statement); !done)
            return done;
    }
    return transaction.commit();
}

Status ModelRepository::updateOne(ModelRecord& record, QSqlQuery& statement) {
    if (auto valid = validate(record); !valid)
        return valid;
    QVariantList values = fieldValues(record);
    values << record.id << record.revision;
    if (auto done =
            m_db.execPrepared(statement, values, Tr::tr("saving model '%1'").arg(record.name));
        !done)
        return done;
    if (statement.numRowsAffected() != 1)
        return staleError(record.name);
    ++record.revision;
    return Ok{};
}

Status ModelRepository::update(ModelRecord& record) {
    QList<ModelRecord> one{record};
    auto done = updateMany(one);
    if (done)
        record = one.front();
    return done;
}

Status ModelRepository::updateMany(QList<ModelRecord>& records) {
    Transaction transaction(m_db, Tr::tr("saving models"));
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto statement = m_db.prepare(kUpdate, Tr::tr("saving models"));
    if (!statement)
        return statement.error();
    for (ModelRecord& record : records) {
        if (auto done = updateOne(record, *statement); !done)
            return done;
    }
    return transaction.commit();
}

ModelRepository::Writer::EncodedTexts
ModelRepository::Writer::EncodedTexts::of(const ModelRecord& record) {
    return {record.name.toUtf8(), sqlv::scoresUtf8(record.benchmarks),
            sqlv::isoDateUtf8(record.createdOn)};
}

Status ModelRepository::Writer::insert(ModelRecord& record) {
    // The server binds QStrings; only SQLite's own statement wants the texts encoded.
    if (m_db.isServer())
        return insertOnServer(record);
    return insert(record, EncodedTexts::of(record));
}

Status ModelRepository::Writer::insertOnServer(ModelRecord& record) {
    // SqliteStatement is SQLite's own API; a server takes the QtSql statement.
    if (!m_serverInsert) {
        auto statement =
            m_db.prepare(kInsert + m_db.dialect().returningId(), Tr::tr("adding models"));
        if (!statement)
            return statement.error();
        m_serverInsert = std::move(statement).value();
    }
    return ModelRepository(m_db).insertOne(record, *m_serverInsert);
}

Status ModelRepository::Writer::insertBatch(const QList<ModelRecord*>& records) {
    if (!m_db.isServer()) {
        for (ModelRecord* record : records) {
            if (auto done = insert(*record); !done)
                return done;
        }
        return Ok{};
    }
    QList<QVariantList> rows;
    rows.reserve(records.size());
    for (const ModelRecord* record : records) {
        if (auto valid = validate(*record); !valid)
            return valid;
        QVariantList values{record->id > 0 ? QVariant(record->id)
                                           : QVariant(QMetaType(QMetaType::LongLong))};
        values += fieldValues(*record);
        rows.append(values);
    }
    if (!m_batch)
        m_batch.emplace(m_db, kInsertHead, kInsertRow, Tr::tr("adding models"));
    QList<qint64> ids;
    ids.reserve(records.size());
    if (auto done = m_batch->insert(rows, &ids); !done)
        return done;
    for (qsizetype i = 0; i < records.size(); ++i) {
        records[i]->id = ids.at(i);
        records[i]->revision = 1;
    }
    return Ok{};
}

Status ModelRepository::Writer::insert(ModelRecord& record, const EncodedTexts& texts) {
    if (m_db.isServer())
        return insertOnServer(record);
    if (auto valid = validate(record); !valid)
        return valid;
    if (!m_insert) {
        auto statement = SqliteStatement::prepare(m_db, kInsert, Tr::tr("adding models"));
        if (!statement)
            return statement.error();
        m_insert = std::move(statement).value();
    }
    SqliteStatement& q = *m_insert;
    const auto optionalReal = [&q](int parameter, const std::optional<double>& value) {
        if (value)
            q.bindDouble(parameter, *value);
        else
            q.bindNull(parameter);
    };
    if (record.id > 0)
        q.bindInt64(1, record.id);
    else
        q.bindNull(1);
    q.bindText(2, QByteArrayView(texts.name));
    q.bindText(3, QByteArrayView(enumKeyUtf8(record.architecture)));
    q.bindText(4, QByteArrayView(enumKeyUtf8(record.sizeClass)));
    q.bindInt64(5, record.parameters);
    q.bindInt64(6, record.datasetTokens);
    q.bindText(7, QByteArrayView(enumKeyUtf8(record.status)));
    optionalReal(8, record.performance);
    optionalReal(9, record.accuracy);
    optionalReal(10, record.efficiency);
    optionalReal(11, record.composite);
    q.bindText(12, QByteArrayView(texts.benchmarks));
    q.bindInt64(13, record.trainingCost.cents());
    q.bindDouble(14, record.trainingDays);
    q.bindInt64(15, record.researchPoints);
    q.bindText(16, QByteArrayView(texts.createdOn));
    if (auto done = q.run([&record] { return Tr::tr("adding model '%1'").arg(record.name); });
        !done)
        return done;
    record.id = q.lastInsertId();
    record.revision = 1;
    return Ok{};
}

Status ModelRepository::Writer::update(ModelRecord& record) {
    if (!m_update) {
        auto statement = m_db.prepare(kUpdate, Tr::tr("saving models"));
        if (!statement)
            return statement.error();
        m_update = std::move(statement).value();
    }
    return ModelRepository(m_db).updateOne(record, *m_update);
}

Status ModelRepository::remove(qint64 id) {
    return removeMany({id});
}

Status ModelRepository::removeMany(const QList<qint64>& ids) {
    Transaction transaction(m_db, Tr::tr("deleting models"));
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto statement =
        m_db.prepare(QStringLiteral("DELETE FROM models WHERE id = ?"), Tr::tr("deleting models"));
    if (!statement)
        return statement.error();
    for (qint64 id : ids) {
        auto licenses = licenseCount(id);
        if (!licenses)
            return licenses.error();
        if (*licenses > 0) {
            auto model = find(id);
            const QString name =
                model && model->has_value() ? model->value().name : QString::number(id);
            return makeError(
                Tr::tr("'%1' has %n license(s); revoke or delete them before deleting the model",
                       nullptr, static_cast<int>(*licenses))
                    .arg(name),
                name, QStringLiteral("model-has-licenses"));
        }
        if (auto done = m_db.execPrepared(*statement, {id}, Tr::tr("deleting model %1").arg(id));
            !done)
            return done;
    }
    return transaction.commit();
}

Result<std::optional<ModelRecord>> ModelRepository::find(qint64 id) {
    auto q = m_db.query(QStringLiteral("SELECT %1 FROM models WHERE id = ?").arg(columns()), {id},
                        Tr::tr("reading model %1").arg(id));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ModelRecord>();
    return std::optional<ModelRecord>(read(*q));
}

Result<std::optional<ModelRecord>> ModelRepository::findByName(const QString& name) {
    auto q = m_db.query(QStringLiteral("SELECT %1 FROM models WHERE %2")
                            .arg(columns(), m_db.dialect().nocaseEquals(QStringLiteral("name"))),
                        {name}, Tr::tr("looking up model '%1'").arg(name));
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<ModelRecord>();
    return std::optional<ModelRecord>(read(*q));
}

Result<QList<ModelRecord>> ModelRepository::findMany(const QList<qint64>& ids) {
    auto statement =
        m_db.prepare(QStringLiteral("SELECT %1 FROM models WHERE id = ?").arg(columns()),
                     Tr::tr("reading models"));
    if (!statement)
        return statement.error();
    QList<ModelRecord> records;
    records.reserve(ids.size());
    for (qint64 id : ids) {
        if (auto done = m_db.execPrepared(*statement, {id}, Tr::tr("reading model %1").arg(id));
            !done)
            return done.error();
        if (statement->next())
            records.append(read(*statement));
    }
    return records;
}

Result<QList<QMap<QString, double>>> ModelRepository::benchmarkSample(SizeClass sizeClass,
                                                                      int limit) {
    auto q = m_db.query(QStringLiteral("SELECT benchmarks FROM models WHERE size_class = ? "
                                       "AND benchmarks <> '{}' ORDER BY id LIMIT ?"),
                        {sqlv::key(sizeClass), limit}, Tr::tr("reading benchmark scores"));
    if (!q)
        return q.error();
    QList<QMap<QString, double>> sample;
    while (q->next())
        sample.append(sqlv::toScores(q->value(0)));
    return sample;
}

Result<QList<ModelRepository::Choice>> ModelRepository::listableChoices(int limit) {
    auto q = m_db.query(QStringLiteral("SELECT id, name, status FROM models WHERE status IN (?, ?) "
                                       "ORDER BY status = ?, %1 LIMIT ?")
                            .arg(m_db.dialect().nocaseOrder(QStringLiteral("name"))),
                        {sqlv::key(ModelStatus::Completed), sqlv::key(ModelStatus::Listed),
                         sqlv::key(ModelStatus::Listed), limit},
                        Tr::tr("reading the models that can be listed"));
    if (!q)
        return q.error();
    QList<Choice> choices;
    while (q->next())
        choices.append({q->value(0).toLongLong(), q->value(1).toString(),
                        sqlv::toEnum<ModelStatus>(q->value(2))});
    return choices;
}

Result<qint64> ModelRepository::count() {
    auto q =
        m_db.query(QStringLiteral("SELECT COUNT(*) FROM models"), {}, Tr::tr("counting models"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<qint64> ModelRepository::licenseCount(qint64 modelId) {
    auto q = m_db.query(QStringLiteral("SELECT COUNT(*) FROM licenses WHERE model_id = ?"),
                        {modelId}, Tr::tr("counting licenses of model %1").arg(modelId));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Status ModelRepository::forEach(const std::function<bool(const ModelRecord&)>& visit) {
    auto q = m_db.query(QStringLiteral("SELECT %1 FROM models ORDER BY id").arg(columns()), {},
                        Tr::tr("reading the catalog"));
    if (!q)
        return q.error();
    while (q->next()) {
        if (!visit(read(*q)))
            break;
    }
    return Ok{};
}

} // namespace mm
