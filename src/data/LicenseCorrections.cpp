#include "data/LicenseCorrections.h"

#include "data/Database.h"
#include "data/SqlValues.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::LicenseCorrections)
};

QString licenseWhere(qint64 id) {
    return Tr::tr("license %1").arg(id);
}

} // namespace

Result<qint64> LicenseCorrections::usageMonths(qint64 licenseId) {
    auto q =
        m_db.query(QStringLiteral("SELECT COUNT(*) FROM usage_charges WHERE license_id = ?"),
                   {licenseId}, Tr::tr("counting the usage charges of license %1").arg(licenseId));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Status LicenseCorrections::removeUncharged(qint64 licenseId) {
    const QString operation = Tr::tr("removing license %1").arg(licenseId);
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto months = usageMonths(licenseId);
    if (!months)
        return months.error();
    if (*months > 0)
        return makeError(Tr::tr("usage has been charged for %n month(s) since the sale; revoke the "
                                "license instead",
                                nullptr, static_cast<int>(*months)),
                         licenseWhere(licenseId), QStringLiteral("license-has-usage"));
    auto q =
        m_db.query(QStringLiteral("DELETE FROM licenses WHERE id = ?"), {licenseId}, operation);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(Tr::tr("there is no such license"), licenseWhere(licenseId),
                         QStringLiteral("license-not-found"));
    return transaction.commit();
}

Status LicenseCorrections::restoreStatus(qint64 licenseId, LicenseStatus status,
                                         const std::optional<QDate>& revokedOn,
                                         const QString& revokedReason) {
    const QString operation = Tr::tr("restoring the status of license %1").arg(licenseId);
    const QVariant reason =
        revokedReason.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(revokedReason);
    auto q = m_db.query(QStringLiteral("UPDATE licenses SET status = ?, revoked_on = ?, "
                                       "revoked_reason = ? WHERE id = ?"),
                        {sqlv::key(status), sqlv::optionalDate(revokedOn), reason, licenseId},
                        operation);
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(Tr::tr("there is no such license"), licenseWhere(licenseId),
                         QStringLiteral("license-not-found"));
    return Ok{};
}

} // namespace mm
