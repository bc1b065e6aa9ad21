#pragma once

#include "core/Result.h"
#include "data/BatchInsert.h"
#include "data/Records.h"
#include "data/SqliteStatement.h"

#include <QSqlQuery>
#include <functional>
#include <optional>

namespace mm {

class Database;

// The `models` table. Writes that change several rows run in one transaction.
class ModelRepository {
public:
    explicit ModelRepository(Database& db)
        : m_db(db) {}

    // Inserts and sets record.id and record.revision. A non-zero id is kept (undo of a delete
    // brings a model back under its old id, so references to it stay valid).
    Status insert(ModelRecord& record);
    Status insertMany(QList<ModelRecord>& records);
    // Saves record if nobody changed the row since record.revision was read; bumps the revision.
    Status update(ModelRecord& record);
    Status updateMany(QList<ModelRecord>& records);
    // Refused while licenses reference the model; its listings go with it.
    Status remove(qint64 id);
    Status removeMany(const QList<qint64>& ids);

    Result<std::optional<ModelRecord>> find(qint64 id);
    Result<std::optional<ModelRecord>> findByName(const QString& name);
    Result<QList<ModelRecord>> findMany(const QList<qint64>& ids);
    Result<qint64> count();
    Result<qint64> licenseCount(qint64 modelId);
    // The benchmark scores of the first `limit` models by id of a size class that have any: a
    // bounded sample for the size-class medians.
    Result<QList<QMap<QString, double>>> benchmarkSample(SizeClass sizeClass, int limit);

    // A model offered in a chooser.
    struct Choice {
        qint64 id = 0;
        QString name;
        ModelStatus status = ModelStatus::Completed;
    };
    // Completed models (by name), then listed ones: the models a listing can be made for. At
    // most `limit`.
    Result<QList<Choice>> listableChoices(int limit);

    // Streams every model in id order; return false from `visit` to stop.
    Status forEach(const std::function<bool(const ModelRecord&)>& visit);

    // insert() and update() one record at a time on statements prepared once, for writing many
    // rows inside the caller's transaction without holding them all.
    class Writer {
    public:
        explicit Writer(Database& db)
            : m_db(db) {}
        // A record's texts in the UTF-8 the insert binds. Encoding costs about a tenth of the
        // insert, so a bulk path can do it on the thread that makes the records.
        struct EncodedTexts {
            QByteArray name;
            QByteArray benchmarks;
            QByteArray createdOn;

            static EncodedTexts of(const ModelRecord& record);
        };
        Status insert(ModelRecord& record);
        Status insert(ModelRecord& record, const EncodedTexts& texts);
        Status update(ModelRecord& record);
        // insert() of each record, in order; on a server many records per statement.
        Status insertBatch(const QList<ModelRecord*>& records);

    private:
        Status insertOnServer(ModelRecord& record);

        Database& m_db;
        std::optional<SqliteStatement> m_insert; // the bulk paths' hot statement
        std::optional<QSqlQuery> m_update;
        std::optional<QSqlQuery> m_serverInsert; // on a server, in place of m_insert
        std::optional<BatchInsert> m_batch;      // insertBatch() on a server
    };

    static QString columns(); // in the order read() expects
    static ModelRecord read(const QSqlQuery& query, int firstColumn = 0);
    static Status validate(const ModelRecord& record);
    // The metric columns (performance, accuracy, efficiency, composite) a trained model
    // (completed, listed, retired) lacks; empty for other statuses. validate() refuses such a
    // model with rule "model-metrics-required", as `modelmarket check` would report it.
    static QStringList missingMetrics(const ModelRecord& record);

private:
    Status insertOne(ModelRecord& record, QSqlQuery& statement);
    Status updateOne(ModelRecord& record, QSqlQuery& statement);

    Database& m_db;
};

} // namespace mm
