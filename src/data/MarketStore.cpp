#include "data/MarketStore.h"

#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/LicenseRepository.h"
#include "data/ListingRepository.h"
#include "data/MarketplaceService.h"
#include "data/ModelRepository.h"
#include "data/SqlValues.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::MarketStore)
};

Error outOfStep(const QString& what, qint64 expected, qint64 got) {
    // The engine numbers new rows as SQLite will; if they differ, the clock and a forecast would
    // no longer replay each other, so refuse rather than store a month that cannot be replayed.
    return makeError(Tr::tr("the market expected the new %1 to get id %2, but it got %3")
                         .arg(what)
                         .arg(expected)
                         .arg(got),
                     Tr::tr("playing the market"), QStringLiteral("market-out-of-step"));
}

Result<qint64> nextId(Database& db, const QString& table, const QString& operation) {
    auto q = db.query(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(table), {},
                      operation);
    if (!q)
        return q.error();
    q->next();
    return q->value(0).toLongLong();
}

} // namespace

const QString MarketStore::kEnabledKey = QStringLiteral("market.enabled");

Result<bool> MarketStore::isEnabled() {
    auto value = EconomyRepository(m_db).setting(kEnabledKey);
    if (!value)
        return value.error();
    return !value->has_value() || **value != QStringLiteral("0");
}

Status MarketStore::setEnabled(bool enabled) {
    return EconomyRepository(m_db).setSetting(kEnabledKey,
                                              enabled ? QStringLiteral("1") : QStringLiteral("0"));
}

Result<MarketState> MarketStore::loadState(const EconomyConfig& config, int month) {
    const QString operation = Tr::tr("reading the market");
    const QVariant firstDay = sqlv::date(firstDayOfMonth(month));
    const QVariant lastDay = sqlv::date(firstDayOfMonth(month + 1).addDays(-1));
    MarketState state;
    state.config = config;
    state.month = month;

    QHash<qint64, int> labIndex;
    {
        auto q = m_db.query(QStringLiteral("SELECT id, name, is_studio, releases_per_month, "
                                           "focus_size_class, price_percent, quality_bonus, "
                                           "open_source FROM labs ORDER BY id"),
                            {}, operation);
        if (!q)
            return q.error();
        while (q->next()) {
            MarketLab lab;
            lab.id = q->value(0).toLongLong();
            lab.name = q->value(1).toString();
            lab.studio = q->value(2).toBool();
            lab.releasesPerMonth = q->value(3).toDouble();
            lab.focus = enumFromKey<SizeClass>(q->value(4).toString()).value_or(SizeClass::Medium);
            lab.pricePercent = q->value(5).toInt();
            lab.qualityBonus = q->value(6).toDouble();
            lab.openSource = q->value(7).toBool();
            labIndex.insert(lab.id, static_cast<int>(state.labs.size()));
            state.labs.push_back(lab);
        }
    }

    // Models in the market: listed ones (listed by the start of the month's end) and any that
    // still has a running license.
    QHash<qint64, int> modelIndex;
    {
        auto q = m_db.query(
            QStringLiteral(
                "SELECT m.id, m.lab_id, m.size_class, m.performance, m.accuracy, m.efficiency, "
                "m.composite, m.training_cost_cents, "
                "(SELECT MIN(listed_on) FROM listings l WHERE l.model_id = m.id), m.created_on "
                "FROM models m WHERE m.composite IS NOT NULL AND ("
                "(m.status = 'listed' AND EXISTS (SELECT 1 FROM listings l WHERE l.model_id = "
                "m.id AND l.listed_on <= ?)) OR EXISTS (SELECT 1 FROM licenses c WHERE "
                "c.model_id = m.id AND c.status = 'active' AND c.sold_on <= ?)) ORDER BY m.id"),
            {lastDay, lastDay}, operation);
        if (!q)
            return q.error();
        while (q->next()) {
            MarketModel model;
            model.id = q->value(0).toLongLong();
            model.lab = labIndex.value(q->value(1).toLongLong(), 0);
            model.sizeClass =
                enumFromKey<SizeClass>(q->value(2).toString()).value_or(SizeClass::Small);
            model.performance = q->value(3).toDouble();
            model.accuracy = q->value(4).toDouble();
            model.efficiency = q->value(5).toDouble();
            model.composite = q->value(6).toDouble();
            model.trainingCost = sqlv::toMoney(q->value(7));
            const QDate listed =
                q->value(8).isNull() ? sqlv::toDate(q->value(9)) : sqlv::toDate(q->value(8));
            model.listedMonth = monthNumber(listed);
            modelIndex.insert(model.id, static_cast<int>(state.models.size()));
            state.models.push_back(model);
        }
    }
    {
        auto q = m_db.query(
            QStringLiteral("SELECT model_id, SUM(CASE tier WHEN 'open_source' THEN ? ELSE 1 END) "
                           "FROM licenses WHERE sold_on < ? GROUP BY model_id"),
            {config.demand.openSourceAdoptionWeight, firstDay}, operation);
        if (!q)
            return q.error();
        while (q->next()) {
            const auto found = modelIndex.constFind(q->value(0).toLongLong());
            if (found != modelIndex.constEnd())
                state.models[static_cast<std::size_t>(*found)].adoptions = q->value(1).toLongLong();
        }
    }
    {
        // Revenue so far, month by month, to find when each model paid back its training.
        auto q = m_db.query(QStringLiteral("SELECT model_id, month, SUM(fees_cents + usage_cents) "
                                           "FROM revenue_monthly WHERE month < ? GROUP BY "
                                           "model_id, month ORDER BY model_id, month"),
                            {monthKey(month)}, operation);
        if (!q)
            return q.error();
        while (q->next()) {
            const auto found = modelIndex.constFind(q->value(0).toLongLong());
            if (found == modelIndex.constEnd())
                continue;
            MarketModel& model = state.models[static_cast<std::size_t>(*found)];
            model.revenue += Money::fromCents(q->value(2).toLongLong());
            if (model.paidBackMonth < 0 && model.revenue >= model.trainingCost)
                model.paidBackMonth = monthNumber(
                    QDate::fromString(q->value(1).toString() + QStringLiteral("-01"), Qt::ISODate));
        }
    }
    {
        auto q = m_db.query(QStringLiteral("SELECT l.id, l.model_id, l.tier, l.price_cents, "
                                           "l.listed_on FROM listings l JOIN models m ON m.id = "
                                           "l.model_id WHERE m.status = 'listed' AND l.listed_on "
                                           "<= ? ORDER BY l.id"),
                            {lastDay}, operation);
        if (!q)
            return q.error();
        while (q->next()) {
            const auto found = modelIndex.constFind(q->value(1).toLongLong());
            if (found == modelIndex.constEnd())
                continue;
            MarketListing listing;
            listing.id = q->value(0).toLongLong();
            listing.model = *found;
            listing.tier =
                enumFromKey<LicenseTier>(q->value(2).toString()).value_or(LicenseTier::OpenSource);
            listing.price = sqlv::toMoney(q->value(3));
            const QDate listedOn = sqlv::toDate(q->value(4));
            listing.listedMonth = monthNumber(listedOn);
            listing.listedDay = listedOn.day();
            state.listings.push_back(listing);
        }
    }
    QHash<qint64, int> buyerIndex;
    {
        auto q = m_db.query(
            QStringLiteral("SELECT id, type, size, budget_cents FROM buyers ORDER BY id"), {},
            operation);
        if (!q)
            return q.error();
        while (q->next()) {
            MarketBuyer buyer;
            buyer.id = q->value(0).toLongLong();
            buyer.type =
                enumFromKey<BuyerType>(q->value(1).toString()).value_or(BuyerType::Startup);
            buyer.size = q->value(2).toInt();
            buyer.budget = sqlv::toMoney(q->value(3));
            buyerIndex.insert(buyer.id, static_cast<int>(state.buyers.size()));
            state.buyers.push_back(buyer);
        }
    }
    {
        auto q = m_db.query(
            QStringLiteral("SELECT id, buyer_id, model_id, tier, sold_on, expires_on, "
                           "monthly_api_calls, usage_rate_cents_per_1000, term_months, %1 "
                           "FROM licenses WHERE status = 'active' AND sold_on <= ? ORDER BY id")
                .arg(LicenseRepository::renewableCondition(m_db.dialect())),
            {lastDay}, operation);
        if (!q)
            return q.error();
        while (q->next()) {
            const auto buyer = buyerIndex.constFind(q->value(1).toLongLong());
            const auto model = modelIndex.constFind(q->value(2).toLongLong());
            if (buyer == buyerIndex.constEnd() || model == modelIndex.constEnd())
                continue;
            MarketLicense license;
            license.id = q->value(0).toLongLong();
            license.buyer = *buyer;
            license.model = *model;
            license.tier =
                enumFromKey<LicenseTier>(q->value(3).toString()).value_or(LicenseTier::OpenSource);
            license.soldMonth = monthNumber(sqlv::toDate(q->value(4)));
            license.expiresMonth =
                q->value(5).isNull() ? -1 : monthNumber(sqlv::toDate(q->value(5)));
            license.monthlyCalls = q->value(6).toLongLong();
            license.usageRate = sqlv::toMoney(q->value(7));
            license.termMonths = q->value(8).toInt();
            license.renewable = q->value(9).toBool();
            state.licenses.push_back(license);
        }
    }
    for (auto [table, target] : {std::pair{QStringLiteral("models"), &state.nextModelId},
                                 std::pair{QStringLiteral("listings"), &state.nextListingId},
                                 std::pair{QStringLiteral("licenses"), &state.nextLicenseId}}) {
        auto id = nextId(m_db, table, operation);
        if (!id)
            return id.error();
        *target = *id;
    }
    return state;
}

Result<MarketState> MarketStore::loadCurrentState() {
    // One read transaction, so every table is read as of the same commit even while another
    // program writes; it takes no write lock, so it works on a read-only file too.
    const QString operation = Tr::tr("reading the market");
    if (auto begun = m_db.exec(m_db.dialect().beginReadTransaction(), operation); !begun)
        return begun.error();
    auto state = loadCurrentStateUnlocked();
    // Nothing was written: ending the read cannot lose anything, so its status does not matter.
    static_cast<void>(m_db.exec(QStringLiteral("COMMIT"), operation));
    return state;
}

Result<MarketState> MarketStore::loadCurrentStateUnlocked() {
    auto clock = EconomyRepository(m_db).loadClock();
    if (!clock)
        return clock.error();
    return loadState(clock->config, monthNumber(clock->today));
}

Result<MonthOutcome> MarketStore::playMonth(const EconomyConfig& config, int month) {
    Transaction transaction(m_db, Tr::tr("playing the market for %1").arg(monthKey(month)));
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    auto state = loadState(config, month);
    if (!state)
        return state.error();
    MarketEngine engine(std::move(state).value());
    MonthOutcome outcome = engine.playMonth(config.marketSeed, 0);
    if (auto done = store(engine, outcome); !done)
        return done.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

Status MarketStore::store(const MarketEngine& engine, const MonthOutcome& outcome) {
    const MarketState& state = engine.state();
    const QString operation = Tr::tr("storing the market's month %1").arg(monthKey(outcome.month));
    const QDate first = firstDayOfMonth(outcome.month);

    if (!outcome.budgetTopUps.empty()) {
        auto statement = m_db.prepare(QStringLiteral("UPDATE buyers SET budget_cents = "
                                                     "budget_cents + ?, revision = revision + 1 "
                                                     "WHERE id = ?"),
                                      operation);
        if (!statement)
            return statement.error();
        for (const auto& [buyer, amount] : outcome.budgetTopUps) {
            if (auto done = m_db.execPrepared(
                    *statement,
                    {sqlv::money(amount), state.buyers[static_cast<std::size_t>(buyer)].id},
                    operation);
                !done)
                return done;
        }
    }

    ModelRepository models(m_db);
    for (const ModelRelease& release : outcome.releases) {
        const MarketModel& planned = state.models[static_cast<std::size_t>(release.model)];
        ModelRecord record;
        record.name = release.name;
        record.architecture = release.inputs.architecture;
        record.sizeClass = release.inputs.sizeClass;
        record.parameters = release.inputs.parameters;
        record.datasetTokens = release.inputs.datasetTokens;
        record.status = ModelStatus::Listed;
        record.performance = release.outcome.performance;
        record.accuracy = release.outcome.accuracy;
        record.efficiency = release.outcome.efficiency;
        record.composite = release.outcome.composite;
        record.benchmarks = release.outcome.benchmarks;
        record.trainingCost = release.outcome.actualCost;
        record.trainingDays = release.outcome.actualDays;
        record.createdOn = first;
        if (auto done = models.insert(record); !done)
            return done;
        if (record.id != planned.id)
            return outOfStep(Tr::tr("model"), planned.id, record.id);
        if (auto done = m_db.query(
                QStringLiteral("UPDATE models SET lab_id = ? WHERE id = ?"),
                {state.labs[static_cast<std::size_t>(planned.lab)].id, record.id}, operation);
            !done)
            return done.error();
        auto insertListing = m_db.prepare(QStringLiteral("INSERT INTO listings (model_id, tier, "
                                                         "price_cents, listed_on) VALUES (?, ?, "
                                                         "?, ?)") +
                                              m_db.dialect().returningId(),
                                          operation);
        if (!insertListing)
            return insertListing.error();
        for (int index : release.listings) {
            const MarketListing& listing = state.listings[static_cast<std::size_t>(index)];
            if (auto done = m_db.execPrepared(*insertListing,
                                              {record.id, enumKey(listing.tier),
                                               sqlv::money(listing.price), sqlv::date(first)},
                                              operation);
                !done)
                return done;
            auto inserted = m_db.insertedId(*insertListing, operation);
            if (!inserted)
                return inserted.error();
            const qint64 id = *inserted;
            if (id != listing.id)
                return outOfStep(Tr::tr("listing"), listing.id, id);
        }
    }

    if (!outcome.endedLicenses.empty()) {
        auto statement = m_db.prepare(QStringLiteral("UPDATE licenses SET status = 'expired' "
                                                     "WHERE id = ? AND status = 'active'"),
                                      operation);
        if (!statement)
            return statement.error();
        for (qint64 id : outcome.endedLicenses) {
            if (auto done = m_db.execPrepared(*statement, {id}, operation); !done)
                return done;
        }
    }

    QList<SaleRequest> requests;
    requests.reserve(static_cast<qsizetype>(outcome.sales.size()));
    for (const MarketSale& sale : outcome.sales) {
        const MarketListing& listing = state.listings[static_cast<std::size_t>(sale.listing)];
        const MarketBuyer& buyer = state.buyers[static_cast<std::size_t>(sale.buyer)];
        SaleRequest request;
        request.modelId = state.models[static_cast<std::size_t>(listing.model)].id;
        request.buyerId = buyer.id;
        request.tier = listing.tier;
        request.use = MarketEngine::useOf(buyer.type);
        request.deployments = sale.deployments;
        request.monthlyApiCalls = sale.monthlyCalls;
        request.attributionAccepted = true;
        const int day =
            listing.listedMonth == outcome.month ? std::max(sale.day, listing.listedDay) : sale.day;
        request.date = first.addDays(day - 1);
        requests.append(request);
    }
    auto sold = MarketplaceService(m_db).sellMany(requests);
    if (!sold)
        return sold.error();
    for (qsizetype i = 0; i < sold->size(); ++i) {
        const qint64 expected = outcome.sales[static_cast<std::size_t>(i)].licenseId;
        if (sold->at(i).id != expected)
            return outOfStep(Tr::tr("license"), expected, sold->at(i).id);
    }
    return Ok{};
}

Result<MonthClosing> MarketStore::closeMonth(const EconomyConfig& config, int month,
                                             bool playMarket) {
    MonthClosing closing;
    closing.month = monthKey(month);
    Transaction transaction(m_db, Tr::tr("closing the month %1").arg(closing.month));
    if (auto begun = transaction.status(); !begun)
        return begun.error();
    if (playMarket) {
        auto outcome = playMonth(config, month);
        if (!outcome)
            return outcome.error();
        for (const MarketSale& sale : outcome->sales)
            ++(sale.renewal ? closing.renewals : closing.marketSales);
        closing.rivalReleases = static_cast<int>(outcome->releases.size());
    }
    LicenseRepository licenses(m_db);
    auto changed = licenses.applyTerms(firstDayOfMonth(month + 1), !playMarket);
    if (!changed)
        return changed.error();
    auto added = licenses.accrueUsage(closing.month);
    if (!added)
        return added.error();
    closing.licensesExpiredOrRenewed = *changed;
    closing.usageRowsAdded = *added;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return closing;
}

} // namespace mm
