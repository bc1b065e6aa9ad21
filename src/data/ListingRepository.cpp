#include "data/ListingRepository.h"

#include "data/Database.h"
#include "data/SqlValues.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <algorithm>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::ListingRepository)
};

const QString kColumns = QStringLiteral("id, model_id, tier, price_cents, listed_on");

} // namespace

ListingRecord ListingRepository::read(const QSqlQuery& q) {
    ListingRecord r;
    r.id = q.value(0).toLongLong();
    r.modelId = q.value(1).toLongLong();
    r.tier = sqlv::toEnum<LicenseTier>(q.value(2));
    r.price = sqlv::toMoney(q.value(3));
    r.listedOn = sqlv::toDate(q.value(4));
    return r;
}

Result<ListingRecord> ListingRepository::upsert(qint64 modelId, LicenseTier tier, Money price,
                                                const QDate& listedOn) {
    const QString where = QStringLiteral("%1/%2").arg(modelId).arg(enumKey(tier));
    if (price.isNegative())
        return makeError(Tr::tr("a listing price cannot be negative"), where,
                         QStringLiteral("listing-price"));
    if (!listedOn.isValid())
        return makeError(Tr::tr("the listing date is missing"), where,
                         QStringLiteral("listing-date"));
    auto q = m_db.query(
        QStringLiteral("INSERT INTO listings (model_id, tier, price_cents, listed_on) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (model_id, tier) DO UPDATE SET "
                       "price_cents = excluded.price_cents, listed_on = excluded.listed_on"),
        {modelId, sqlv::key(tier), sqlv::money(price), sqlv::date(listedOn)},
        Tr::tr("listing model %1 in tier %2").arg(modelId).arg(enumLabel(tier)));
    if (!q)
        return q.error();
    auto saved = find(modelId, tier);
    if (!saved)
        return saved.error();
    if (!saved->has_value())
        return makeError(Tr::tr("the listing was not saved"), where,
                         QStringLiteral("listing-missing"));
    return saved->value();
}

Result<bool> ListingRepository::remove(qint64 modelId, LicenseTier tier) {
    auto q =
        m_db.query(QStringLiteral("DELETE FROM listings WHERE model_id = ? AND tier = ?"),
                   {modelId, sqlv::key(tier)},
                   Tr::tr("removing the %1 listing of model %2").arg(enumLabel(tier)).arg(modelId));
    if (!q)
        return q.error();
    return q->numRowsAffected() > 0;
}

Result<QList<ListingRecord>> ListingRepository::forModel(qint64 modelId) {
    auto q = m_db.query(QStringLiteral("SELECT %1 FROM listings WHERE model_id = ?").arg(kColumns),
                        {modelId}, Tr::tr("reading the listings of model %1").arg(modelId));
    if (!q)
        return q.error();
    QList<ListingRecord> records;
    while (q->next())
        records.append(read(*q));
    std::sort(records.begin(), records.end(), [](const ListingRecord& a, const ListingRecord& b) {
        return static_cast<int>(a.tier) < static_cast<int>(b.tier);
    });
    return records;
}

Result<std::optional<ListingRecord>> ListingRepository::find(qint64 modelId, LicenseTier tier) {
    auto q = m_db.query(
        QStringLiteral("SELECT %1 FROM listings WHERE model_id = ? AND tier = ?").arg(kColumns),
        {modelId, sqlv::key(tier)},
        Tr::tr("reading the %1 listing of model %2").arg(enumLabel(tier)).arg(modelId));
    if (!q)
        return q.error();
    return q->next() ? std::optional<ListingRecord>(read(*q)) : std::nullopt;
}

} // namespace mm
