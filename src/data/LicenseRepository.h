#pragma once

#include "core/Result.h"
#include "data/Records.h"

#include <optional>

class QSqlQuery;

namespace mm {

class Database;
class SqlDialect;

// The `licenses` table (sales) and the `usage_charges` that accrue on them every month.
//
// A license carries a snapshot of the terms it was sold under (usage rate, term, the tier policy
// as JSON in `terms`); everything here works from that snapshot, never from today's tier policy,
// so editing a tier does not rewrite history.
class LicenseRepository {
public:
    explicit LicenseRepository(Database& db)
        : m_db(db) {}

    // Inserts and sets record.id. A non-zero id is kept (undo of a delete, imports).
    Status insert(LicenseRecord& record);
    // Many licenses in one transaction through one prepared statement; sets every id. All or
    // nothing: the first invalid record or failed row rolls the whole batch back.
    Status insertMany(QList<LicenseRecord>& records);

    Result<std::optional<LicenseRecord>> find(qint64 id);
    Result<QList<LicenseRecord>> forModel(qint64 modelId); // by sale date, then id
    Result<QList<LicenseRecord>> forBuyer(qint64 buyerId); // by sale date, then id
    Result<qint64> count();

    // Marks the license revoked on `date` for `reason`. Refuses an empty reason
    // ("license-revoke-reason"), a license that is already revoked ("license-already-revoked"),
    // a date before the sale ("license-revoke-date") and an unknown id ("license-not-found").
    Status revoke(qint64 id, const QString& reason, const QDate& date);

    // Applies the terms as of `today`: an active license whose expires_on lies before `today`
    // expires, unless its snapshot says renewable (terms.renewable, with a term of at least one
    // month), in which case expires_on moves forward by whole terms until it is on or after
    // `today`. Renewal only extends the expiry; no renewal fee is charged (the fee was paid at
    // the sale, usage keeps accruing monthly). Returns how many licenses were expired or renewed.
    // Run it before accrueUsage() for the months up to `today`, so renewed licenses are charged.
    // With renewAutomatically false (the market plays), renewable licenses are left as they are:
    // the market decides at their term's end whether the buyer renews and pays again.
    Result<int> applyTerms(QDate today, bool renewAutomatically = true);
    // The SQL condition, over a licenses row, that its terms let it renew.
    static QString renewableCondition(const SqlDialect& dialect);

    // Adds the usage charge of `month` ("yyyy-MM") for every license active during that month:
    // sold on or before the month's last day, not revoked before its first day, not expired
    // before its first day. api_calls = monthly_api_calls, amount = calls x rate / 1000 rounded
    // half up to the cent (the same as Pricing::usageCharge). A license already charged for the
    // month is skipped, so running a month twice adds nothing. Returns the number of rows added.
    Result<int> accrueUsage(const QString& month);

    Result<QList<UsageChargeRecord>> chargesFor(qint64 licenseId); // by month
    // Many charges in one transaction; sets every id. A (license, month) pair that is already
    // charged is an error (db.constraint.unique) and nothing is written.
    Status insertCharges(QList<UsageChargeRecord>& charges);

    static Status validate(const LicenseRecord& record);
    static Status validate(const UsageChargeRecord& charge);
    static QString columns(); // in the order read() expects
    static LicenseRecord read(const QSqlQuery& query, int firstColumn = 0);
    static UsageChargeRecord readCharge(const QSqlQuery& query);

private:
    Result<QList<LicenseRecord>> select(const QString& condition, qint64 value,
                                        const QString& operation);

    Database& m_db;
};

} // namespace mm
