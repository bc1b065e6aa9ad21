#include "data/LicenseRepository.h"

#include "data/BatchInsert.h"
#include "data/Database.h"
#include "data/SqlValues.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <algorithm>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::LicenseRepository)
};

const QString kInsertHead = QStringLiteral(
    "INSERT INTO licenses (id, model_id, buyer_id, tier, intended_use, sold_on, fee_cents, "
    "deployments, monthly_api_calls, usage_rate_cents_per_1000, term_months, terms, expires_on, "
    "status, revoked_on, revoked_reason) VALUES ");
const QString kInsertRow = QStringLiteral("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

const QString kChargeColumns = QStringLiteral("id, license_id, month, api_calls, amount_cents");

// True for a license whose snapshot lets it renew: the tier policy said renewable (TierPolicy's
// JSON key "renewable", stored as JSON true) and the term is a number of months (a perpetual
// license has nothing to renew).
QString renewable(const SqlDialect& dialect) {
    return QStringLiteral("(term_months > 0 AND %1)")
        .arg(dialect.jsonFlag(QStringLiteral("terms"), QStringLiteral("renewable")));
}

QString licenseWhere(qint64 id) {
    return Tr::tr("license %1").arg(id);
}

QVariant optionalText(const QString& text) {
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// "2024-03" → 2024-03-01; invalid when the text is not exactly yyyy-MM.
QDate firstDayOf(const QString& month) {
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}$"));
    if (!pattern.match(month).hasMatch())
        return {};
    return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
}

// The smallest number of whole terms that brings `expiresOn` to `today` or later (at least one).
// Each candidate is computed from the original date, so a 31st does not drift to the 28th.
QDate renewedExpiry(const QDate& expiresOn, int termMonths, const QDate& today) {
    const int monthsBehind =
        (today.year() - expiresOn.year()) * 12 + today.month() - expiresOn.month();
    int terms = std::max(1, monthsBehind / termMonths);
    QDate next = expiresOn.addMonths(terms * termMonths);
    while (next < today) {
        ++terms;
        next = expiresOn.addMonths(terms * termMonths);
    }
    return next;
}

} // namespace

QString LicenseRepository::columns() {
    return QStringLiteral("id, model_id, buyer_id, tier, intended_use, sold_on, fee_cents, "
                          "deployments, monthly_api_calls, usage_rate_cents_per_1000, "
                          "term_months, terms, expires_on, status, revoked_on, revoked_reason");
}

LicenseRecord LicenseRepository::read(const QSqlQuery& q, int c) {
    LicenseRecord r;
    r.id = q.value(c + 0).toLongLong();
    r.modelId = q.value(c + 1).toLongLong();
    r.buyerId = q.value(c + 2).toLongLong();
    r.tier = sqlv::toEnum<LicenseTier>(q.value(c + 3));
    r.use = sqlv::toEnum<IntendedUse>(q.value(c + 4));
    r.soldOn = sqlv::toDate(q.value(c + 5));
    r.fee = sqlv::toMoney(q.value(c + 6));
    r.deployments = sqlv::toOptionalInt(q.value(c + 7));
    r.monthlyApiCalls = q.value(c + 8).toLongLong();
    r.usageRatePer1000Calls = sqlv::toMoney(q.value(c + 9));
    r.termMonths = q.value(c + 10).toInt();
    r.terms = sqlv::toJsonObject(q.value(c + 11));
    r.expiresOn = sqlv::toOptionalDate(q.value(c + 12));
    r.status = sqlv::toEnum<LicenseStatus>(q.value(c + 13));
    r.revokedOn = sqlv::toOptionalDate(q.value(c + 14));
    r.revokedReason = q.value(c + 15).toString();
    return r;
}

UsageChargeRecord LicenseRepository::readCharge(const QSqlQuery& q) {
    UsageChargeRecord r;
    r.id = q.value(0).toLongLong();
    r.licenseId = q.value(1).toLongLong();
    r.month = q.value(2).toString();
    r.apiCalls = q.value(3).toLongLong();
    r.amount = sqlv::toMoney(q.value(4));
    return r;
}

Status LicenseRepository::validate(const LicenseRecord& r) {
    const QString where = r.id > 0 ? licenseWhere(r.id) : Tr::tr("license");
    if (r.modelId <= 0 || r.buyerId <= 0)
        return makeError(Tr::tr("a license needs a model and a buyer"), where,
                         QStringLiteral("license-parties"));
    if (!r.soldOn.isValid())
        return makeError(Tr::tr("the sale date is missing"), where, QStringLiteral("license-date"));
    if (r.fee.isNegative())
        return makeError(Tr::tr("the fee cannot be negative"), where,
                         QStringLiteral("license-fee"));
    if (r.deployments && *r.deployments < 1)
        return makeError(Tr::tr("a license allows at least one deployment, or unlimited"), where,
                         QStringLiteral("license-deployments"));
    if (r.monthlyApiCalls < 0)
        return makeError(Tr::tr("the monthly API calls cannot be negative"), where,
                         QStringLiteral("license-api-calls"));
    if (r.usageRatePer1000Calls.isNegative())
        return makeError(Tr::tr("the usage rate cannot be negative"), where,
                         QStringLiteral("license-usage-rate"));
    if (r.termMonths < 0)
        return makeError(Tr::tr("the term cannot be negative"), where,
                         QStringLiteral("license-term"));
    if (r.expiresOn && (!r.expiresOn->isValid() || *r.expiresOn < r.soldOn))
        return makeError(Tr::tr("the expiry date must be on or after the sale date"), where,
                         QStringLiteral("license-expiry"));
    if (r.revokedOn && (!r.revokedOn->isValid() || *r.revokedOn < r.soldOn))
        return makeError(Tr::tr("the revocation date must be on or after the sale date"), where,
                         QStringLiteral("license-revoke-date"));
    // ISO dates have four-digit years: a later one would be stored as no date at all (a
    // perpetual license, say, when a term pushes the expiry past 9999).
    const QDate lastStorableDay(9999, 12, 31);
    if (r.soldOn > lastStorableDay || (r.expiresOn && *r.expiresOn > lastStorableDay) ||
        (r.revokedOn && *r.revokedOn > lastStorableDay))
        return makeError(Tr::tr("dates after 31 December 9999 cannot be stored"), where,
                         QStringLiteral("license-date"));
    if (r.status == LicenseStatus::Revoked && r.revokedReason.trimmed().isEmpty())
        return makeError(Tr::tr("a revoked license must say why it was revoked"), where,
                         QStringLiteral("license-revoke-reason"));
    return Ok{};
}

Status LicenseRepository::validate(const UsageChargeRecord& c) {
    const QString where = licenseWhere(c.licenseId);
    if (!firstDayOf(c.month).isValid())
        return makeError(Tr::tr("'%1' is not a month (yyyy-MM)").arg(c.month), where,
                         QStringLiteral("usage-month"));
    if (c.apiCalls < 0)
        return makeError(Tr::tr("API calls cannot be negative"), where,
                         QStringLiteral("usage-calls"));
    if (c.amount.isNegative())
        return makeError(Tr::tr("a usage charge cannot be negative"), where,
                         QStringLiteral("usage-amount"));
    return Ok{};
}

Status LicenseRepository::insert(LicenseRecord& record) {
    QList<LicenseRecord> one{record};
    auto done = insertMany(one);
    if (done)
        record = one.front();
    return done;
}

Status LicenseRepository::insertMany(QList<LicenseRecord>& records) {
    const QString operation = Tr::tr("adding licenses");
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun;
    // On a server, many licenses per statement: one round trip per license was most of the time.
    BatchInsert batch(m_db, kInsertHead, kInsertRow, operation);
    QList<QVariantList> rows;
    rows.reserve(std::min<qsizetype>(records.size(), BatchInsert::kDefaultRowsPerStatement));
    QList<qint64> ids;
    qsizetype written = 0; // records before this one whose ids are set
    const auto flush = [&]() -> Status {
        ids.clear();
        if (auto done = batch.insert(rows, &ids); !done)
            return done;
        for (const qint64 id : std::as_const(ids))
            records[written++].id = id;
        rows.clear();
        return Ok{};
    };
    // Bulk sales usually share one terms snapshot per tier; serialize each distinct one once.
    // (QJsonObject compares shared copies by pointer, so the check is cheap.)
    QJsonObject lastTerms;
    QVariant lastTermsText = sqlv::json(lastTerms);
    const QVariant nullId{QMetaType(QMetaType::LongLong)};
    QVariantList values;
    values.reserve(16);
    for (LicenseRecord& r : records) {
        if (auto valid = validate(r); !valid)
            return valid;
        if (r.terms != lastTerms) {
            lastTerms = r.terms;
            lastTermsText = sqlv::json(lastTerms);
        }
        values.clear();
        values << (r.id > 0 ? QVariant(r.id) : nullId) << r.modelId << r.buyerId
               << sqlv::key(r.tier) << sqlv::key(r.use) << sqlv::date(r.soldOn)
               << sqlv::money(r.fee) << sqlv::optionalInt(r.deployments) << r.monthlyApiCalls
               << sqlv::money(r.usageRatePer1000Calls) << r.termMonths << lastTermsText
               << sqlv::optionalDate(r.expiresOn) << sqlv::key(r.status)
               << sqlv::optionalDate(r.revokedOn) << optionalText(r.revokedReason);
        rows.append(values);
        if (rows.size() >= BatchInsert::kDefaultRowsPerStatement) {
            if (auto done = flush(); !done)
                return done;
        }
    }
    if (auto done = flush(); !done)
        return done;
    return transaction.commit();
}

Result<std::optional<LicenseRecord>> LicenseRepository::find(qint64 id) {
    auto q = m_db.query(QStringLiteral("SELECT %1 FROM licenses WHERE id = ?").arg(columns()), {id},
                        Tr::tr("reading license %1").arg(id));
    if (!q)
        return q.error();
    return q->next() ? std::optional<LicenseRecord>(read(*q)) : std::nullopt;
}

Result<QList<LicenseRecord>> LicenseRepository::select(const QString& condition, qint64 value,
                                                       const QString& operation) {
    // `condition` is one of our own fixed fragments; the value is bound.
    auto q = m_db.query(QStringLiteral("SELECT %1 FROM licenses WHERE %2 ORDER BY sold_on, id")
                            .arg(columns(), condition),
                        {value}, operation);
    if (!q)
        return q.error();
    QList<LicenseRecord> records;
    while (q->next())
        records.append(read(*q));
    return records;
}

Result<QList<LicenseRecord>> LicenseRepository::forModel(qint64 modelId) {
    return select(QStringLiteral("model_id = ?"), modelId,
                  Tr::tr("reading the licenses of model %1").arg(modelId));
}

Result<QList<LicenseRecord>> LicenseRepository::forBuyer(qint64 buyerId) {
    return select(QStringLiteral("buyer_id = ?"), buyerId,
                  Tr::tr("reading the licenses of buyer %1").arg(buyerId));
}

Result<qint64> LicenseRepository::count() {
    auto q = m_db.query(QStringLiteral("SELECT COUNT(*) FROM licenses"), {},
                        Tr::tr("counting licenses"));
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toLongLong() : 0;
}

Status LicenseRepository::revoke(qint64 id, const QString& reason, const QDate& date) {
    const QString where = licenseWhere(id);
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return makeError(Tr::tr("say why the license is revoked"), where,
                         QStringLiteral("license-revoke-reason"));
    if (!date.isValid())
        return makeError(Tr::tr("the revocation date is missing"), where,
                         QStringLiteral("license-revoke-date"));

    const QString operation = Tr::tr("revoking license %1").arg(id);
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto current = find(id);
    if (!current)
        return current.error();
    if (!current->has_value())
        return makeError(Tr::tr("there is no such license"), where,
                         QStringLiteral("license-not-found"));
    const LicenseRecord& license = current->value();
    if (license.status == LicenseStatus::Revoked)
        return makeError(Tr::tr("the license was already revoked on %1 (%2)")
                             .arg(license.revokedOn ? license.revokedOn->toString(Qt::ISODate)
                                                    : Tr::tr("unknown date"),
                                  license.revokedReason),
                         where, QStringLiteral("license-already-revoked"));
    if (date < license.soldOn)
        return makeError(Tr::tr("a license cannot be revoked before it was sold (%1)")
                             .arg(license.soldOn.toString(Qt::ISODate)),
                         where, QStringLiteral("license-revoke-date"));
    auto q = m_db.query(QStringLiteral("UPDATE licenses SET status = 'revoked', revoked_on = ?, "
                                       "revoked_reason = ? WHERE id = ?"),
                        {sqlv::date(date), why, id}, operation);
    if (!q)
        return q.error();
    return transaction.commit();
}

QString LicenseRepository::renewableCondition(const SqlDialect& dialect) {
    return renewable(dialect);
}

Result<int> LicenseRepository::applyTerms(QDate today, bool renewAutomatically) {
    if (!today.isValid())
        return makeError(Tr::tr("the date is missing"), Tr::tr("license terms"),
                         QStringLiteral("license-terms-date"));
    const QString operation =
        Tr::tr("applying license terms as of %1").arg(today.toString(Qt::ISODate));
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun.error();

    const QVariant todayText = sqlv::date(today);
    auto expired =
        m_db.query(QStringLiteral("UPDATE licenses SET status = 'expired' WHERE status = 'active' "
                                  "AND expires_on < ? AND NOT %1")
                       .arg(renewable(m_db.dialect())),
                   {todayText}, operation);
    if (!expired)
        return expired.error();
    int changed = expired->numRowsAffected();

    // Collect first, then write: the renewals change the rows the SELECT walks.
    struct Renewal {
        qint64 id;
        QDate expiresOn;
    };
    QList<Renewal> renewals;
    if (renewAutomatically) {
        auto due = m_db.query(QStringLiteral("SELECT id, expires_on, term_months FROM licenses "
                                             "WHERE status = 'active' AND expires_on < ? AND %1")
                                  .arg(renewable(m_db.dialect())),
                              {todayText}, operation);
        if (!due)
            return due.error();
        while (due->next())
            renewals.append(
                {due->value(0).toLongLong(),
                 renewedExpiry(sqlv::toDate(due->value(1)), due->value(2).toInt(), today)});
    }
    if (!renewals.isEmpty()) {
        auto statement = m_db.prepare(
            QStringLiteral("UPDATE licenses SET expires_on = ? WHERE id = ?"), operation);
        if (!statement)
            return statement.error();
        for (const Renewal& renewal : renewals) {
            if (auto done = m_db.execPrepared(
                    *statement, {sqlv::date(renewal.expiresOn), renewal.id}, operation);
                !done)
                return done.error();
        }
        changed += static_cast<int>(renewals.size());
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return changed;
}

Result<int> LicenseRepository::accrueUsage(const QString& month) {
    const QDate first = firstDayOf(month);
    if (!first.isValid())
        return makeError(Tr::tr("'%1' is not a month (yyyy-MM)").arg(month),
                         Tr::tr("usage charges"), QStringLiteral("usage-month"));
    const QDate last = first.addMonths(1).addDays(-1);
    const QString operation = Tr::tr("charging usage for %1").arg(month);

    // One set-based statement. The rounding (x + 500) / 1000 is half up on non-negative integers,
    // exactly Pricing::usageCharge. "WHERE" is required before ON CONFLICT in INSERT ... SELECT.
    // A revoked or expired license without a date cannot say when it stopped: it is not charged.
    // ORDER BY id: the charges take their ids in license order, whichever index the backend
    // scans, so one seed gives the same economy in a file and on a server.
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    auto q = m_db.query(
        QStringLiteral("INSERT INTO usage_charges (license_id, month, api_calls, amount_cents) "
                       "SELECT id, ?, monthly_api_calls, "
                       "(monthly_api_calls * usage_rate_cents_per_1000 + 500) / 1000 FROM licenses "
                       "WHERE sold_on <= ? "
                       "AND (revoked_on >= ? OR (revoked_on IS NULL AND status <> 'revoked')) "
                       "AND (expires_on >= ? OR (expires_on IS NULL AND status <> 'expired')) "
                       "ORDER BY id ON CONFLICT (license_id, month) DO NOTHING"),
        {month, sqlv::date(last), sqlv::date(first), sqlv::date(first)}, operation);
    if (!q)
        return q.error();
    const int added = q->numRowsAffected();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return added;
}

Result<QList<UsageChargeRecord>> LicenseRepository::chargesFor(qint64 licenseId) {
    auto q = m_db.query(
        QStringLiteral("SELECT %1 FROM usage_charges WHERE license_id = ? ORDER BY month")
            .arg(kChargeColumns),
        {licenseId}, Tr::tr("reading the usage charges of license %1").arg(licenseId));
    if (!q)
        return q.error();
    QList<UsageChargeRecord> charges;
    while (q->next())
        charges.append(readCharge(*q));
    return charges;
}

Status LicenseRepository::insertCharges(QList<UsageChargeRecord>& charges) {
    const QString operation = Tr::tr("adding usage charges");
    for (const UsageChargeRecord& c : std::as_const(charges))
        if (auto valid = validate(c); !valid)
            return valid;
    Transaction transaction(m_db, operation);
    if (auto begun = transaction.status(); !begun)
        return begun;
    // Many charges per statement on a server, as insertMany does for licenses. Ids are asked back
    // only when a charge has none yet (imports give them all).
    const bool needIds = std::any_of(charges.cbegin(), charges.cend(),
                                     [](const UsageChargeRecord& c) { return c.id <= 0; });
    BatchInsert batch(m_db,
                      QStringLiteral("INSERT INTO usage_charges (id, license_id, month, api_calls, "
                                     "amount_cents) VALUES "),
                      QStringLiteral("(?, ?, ?, ?, ?)"), operation);
    const QVariant nullId{QMetaType(QMetaType::LongLong)};
    QList<QVariantList> rows;
    QList<qint64> ids;
    for (qsizetype start = 0; start < charges.size();
         start += BatchInsert::kDefaultRowsPerStatement) {
        const qsizetype end =
            std::min(charges.size(), start + BatchInsert::kDefaultRowsPerStatement);
        rows.clear();
        for (qsizetype i = start; i < end; ++i) {
            const UsageChargeRecord& c = charges[i];
            rows << QVariantList{c.id > 0 ? QVariant(c.id) : nullId, c.licenseId, c.month,
                                 c.apiCalls, sqlv::money(c.amount)};
        }
        ids.clear();
        if (auto done = batch.insert(rows, needIds ? &ids : nullptr); !done)
            return done;
        for (qsizetype i = 0; i < ids.size(); ++i)
            charges[start + i].id = ids[i];
    }
    return transaction.commit();
}

} // namespace mm
