#include "data/BuyerRepository.h"

#include "data/Database.h"
#include "data/SqlValues.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::BuyerRepository)
};

const QString kColumns = QStringLiteral("id, name, type, size, budget_cents, revision");

} // namespace

BuyerRecord BuyerRepository::read(const QSqlQuery& q) {
    BuyerRecord r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.type = sqlv::toEnum<BuyerType>(q.value(2));
    r.size = q.value(3).toInt();
    r.budget = sqlv::toMoney(q.value(4));
    r.revision = q.value(5).toLongLong();
    return r;
}

Status BuyerRepository::validate(const BuyerRecord& r) {
    if (r.name.trimmed().isEmpty())
        return makeError(Tr::tr("a buyer needs a name"), QStringLiteral("name"),
                         QStringLiteral("buyer-name"));
    if (r.size < 1)
        return makeError(Tr::tr("a buyer has at least one employee"), r.name,
                         QStringLiteral("buyer-size"));
    if (r.budget.isNegative())
        return makeError(Tr::tr("the budget cannot be negative"), r.name,
                         QStringLiteral("buyer-budget"));
    return Ok{};
}

Status BuyerRepository::insert(BuyerRecord& record) {
    QList<BuyerRecord> one{record};
    auto done = insertMany(one);
    if (done)
        record = one.front();
    return done;
}

Status BuyerRepository::insertMany(QList<BuyerRecord>& records) {
    Transaction transaction(m_db, Tr::tr("adding buyers"));
    if (auto begun = transaction.status(); !begun)
        return begun;
    auto statement =
        m_db.prepare(QStringLiteral("INSERT INTO buyers (id, name, type, size, budget_cents, "
                                    "revision) VALUES (?, ?, ?, ?, ?, 1)") +
                         m_db.dialect().returningId(),
                     Tr::tr("adding buyers"));
    if (!statement)
        return statement.error();
    for (BuyerRecord& r : records) {
        if (auto valid = validate(r); !valid)
            return valid;
        const QVariant id = r.id > 0 ? QVariant(r.id) : QVariant(QMetaType(QMetaType::LongLong));
        if (auto done = m_db.execPrepared(
                *statement, {id, r.name, sqlv::key(r.type), r.size, sqlv::money(r.budget)},
                Tr::tr("adding buyer '%1'").arg(r.name));
            !done)
            return done;
        auto inserted = m_db.insertedId(*statement, Tr::tr("adding buyer '%1'").arg(r.name));
        if (!inserted)
            return inserted.error();
        r.id = *inserted;
        r.revision = 1;
    }
    return transaction.commit();
}

Status BuyerRepository::update(BuyerRecord& r) {
    if (auto valid = validate(r); !valid)
        return valid;
    auto q = m_db.query(
        QStringLiteral("UPDATE buyers SET name = ?, type = ?, size = ?, budget_cents = ?, "
                       "revision = revision + 1 WHERE id = ? AND revision = ?"),
        {r.name, sqlv::key(r.type), r.size, sqlv::money(r.budget), r.id, r.revision},
        Tr::tr("saving buyer '%1'").arg(r.name));
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(
            Tr::tr("'%1' was changed by someone else since you loaded it; reload and try again")
                .arg(r.name),
            r.name, QStringLiteral("stale-edit"));
    ++r.revision;
    return Ok{};
}

Status BuyerRepository::remove(qint64 id) {
    auto licenses = m_db.query(QStringLiteral("SELECT COUNT(*) FROM licenses WHERE buyer_id = ?"),
                               {id}, Tr::tr("counting licenses of buyer %1").arg(id));
    if (!licenses)
        return licenses.error();
    if (licenses->next() && licenses->value(0).toLongLong() > 0)
        return makeError(Tr::tr("this buyer holds licenses; it cannot be deleted"),
                         QString::number(id), QStringLiteral("buyer-has-licenses"));
    auto q = m_db.query(QStringLiteral("DELETE FROM buyers WHERE id = ?"), {id},
                        Tr::tr("deleting buyer %1").arg(id));
    return q ? Status(Ok{}) : Status(q.error());
}

Result<std::optional<BuyerRecord>> BuyerRepository::find(qint64 id) {
    auto q = m_db.query(QStringLiteral("SELECT %1 FROM buyers WHERE id = ?").arg(kColumns), {id},
                        Tr::tr("reading buyer %1").arg(id));
    if (!q)
        return q.error();
    return q->next() ? std::optional<BuyerRecord>(read(*q)) : std::nullopt;
}

Result<std::optional<BuyerRecord>> BuyerRepository::findByName(const QString& name) {
    auto q = m_db.query(QStringLiteral("SELECT %1 FROM buyers WHERE %2")
                            .arg(kColumns, m_db.dialect().nocaseEquals(QStringLiteral("name"))),
                        {name}, Tr::tr("looking up buyer '%1'").arg(name));
    if (!q)
        return q.error();
    return q->next() ? std::optional<BuyerRecord>(read(*q)) : std::nullopt;
}

Result<QList<BuyerRecord>> BuyerRepository::all() {
    auto q = m_db.query(QStringLiteral("SELECT %1 FROM buyers ORDER BY name").arg(kColumns), {},
                        Tr::tr("reading buyers"));
    if (!q)
        return q.error();
    QList<BuyerRecord> records;
    while (q->next())
        records.append(read(*q));
    return records;
}

} // namespace mm
