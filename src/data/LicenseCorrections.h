#pragma once

#include "core/Result.h"
#include "data/Records.h"

#include <optional>

namespace mm {

class Database;

// Taking back what the marketplace just did to a license, for undo. These are corrections, not
// business operations: the marketplace itself never deletes a license (licenses are history) and
// never un-revokes one. Each call is one transaction.
class LicenseCorrections {
public:
    explicit LicenseCorrections(Database& db)
        : m_db(db) {}

    // Deletes a license that has not been charged any usage yet (a sale taken back right after it
    // was made). Refuses one with usage charges ("license-has-usage"): by then it is revenue
    // history and must be revoked instead. The buyer's budget is the caller's business.
    Status removeUncharged(qint64 licenseId);

    // Puts back a status with its revocation date and reason exactly (empty reason: none).
    Status restoreStatus(qint64 licenseId, LicenseStatus status,
                         const std::optional<QDate>& revokedOn, const QString& revokedReason);

    // How many months of usage were charged to the license.
    Result<qint64> usageMonths(qint64 licenseId);

private:
    Database& m_db;
};

} // namespace mm
