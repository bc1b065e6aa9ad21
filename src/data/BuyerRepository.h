#pragma once

#include "core/Result.h"
#include "data/Records.h"

#include <optional>

class QSqlQuery;

namespace mm {

class Database;

// The `buyers` table: companies and institutions that buy licenses.
class BuyerRepository {
public:
    explicit BuyerRepository(Database& db)
        : m_db(db) {}

    Status insert(BuyerRecord& record);
    Status insertMany(QList<BuyerRecord>& records);
    Status update(BuyerRecord& record); // refused when the row changed since record.revision
    Status remove(qint64 id);           // refused while licenses reference the buyer

    Result<std::optional<BuyerRecord>> find(qint64 id);
    Result<std::optional<BuyerRecord>> findByName(const QString& name);
    Result<QList<BuyerRecord>> all();

    static Status validate(const BuyerRecord& record);
    static BuyerRecord read(const QSqlQuery& query);

private:
    Database& m_db;
};

} // namespace mm
