#pragma once

#include "core/Result.h"
#include "data/Records.h"

#include <optional>

class QSqlQuery;

namespace mm {

class Database;

// The `listings` table: a model offered in a tier at a price. One row per (model, tier).
//
// The repository stores what it is given; whether the price lies inside the tier's range and the
// model may be listed at all is the license policy's business, checked before calling here.
class ListingRepository {
public:
    explicit ListingRepository(Database& db)
        : m_db(db) {}

    // Lists the model in the tier, or changes the price and listing date of the existing listing
    // (INSERT ... ON CONFLICT (model_id, tier) DO UPDATE). Returns the row as saved.
    Result<ListingRecord> upsert(qint64 modelId, LicenseTier tier, Money price,
                                 const QDate& listedOn);
    // True when a listing was removed, false when there was none.
    Result<bool> remove(qint64 modelId, LicenseTier tier);

    // The model's listings in tier order (open source first).
    Result<QList<ListingRecord>> forModel(qint64 modelId);
    Result<std::optional<ListingRecord>> find(qint64 modelId, LicenseTier tier);

    static ListingRecord read(const QSqlQuery& query);

private:
    Database& m_db;
};

} // namespace mm
