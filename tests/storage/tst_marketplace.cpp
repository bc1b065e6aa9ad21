// The marketplace service against real SQLite files and the test server (TestStore.h): listing
// models, every tier rule accepted and refused by its key, atomic sales (a refusal or a failure
// writes nothing), usage charges from the terms snapshot, policy edits that leave history alone,
// and revenue totals.

#include "DatabaseTables.h"
#include "FailureInjection.h"
#include "ResultChecks.h"
#include "TestStore.h"
#include "core/LicensePolicy.h"
#include "core/Pricing.h"
#include "data/BuyerRepository.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/LicenseRepository.h"
#include "data/ListingRepository.h"
#include "data/MarketplaceService.h"
#include "data/ModelRepository.h"
#include "data/RevenueReport.h"

#include <QLocale>
#include <QMap>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <memory>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

using Dump = QMap<QString, QStringList>;

QDate day(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

Money dollars(qint64 value) {
    return Money::fromCents(value * 100);
}

QString money(Money value) {
    return value.toDisplayString(QLocale());
}

const QDate kGameDate = QDate(2025, 3, 1);

} // namespace

class TestMarketplace : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listingUsesRecommendedAndGivenPrices();
    void listingRefusesModelThatIsNotCompleted_data();
    void listingRefusesModelThatIsNotCompleted();
    void listingRefusesPriceOutsideRange();
    void changePriceAndUnlist();
    void tierRules_data();
    void tierRules();
    void messagesNameWhatIsWrong();
    void priceOutsideEditedRangeIsRefusedAtSale();
    void missingRowsAndBadInput();
    void failedSaleWritesNothing_data();
    void failedSaleWritesNothing();
    void usageChargesForMonthsEqualCallsTimesRate();
    void termsSnapshotSurvivesPolicyEdit();
    void updateTierPolicyValidates();
    void revokeOnGameDate();
    void revenueTotalsEqualIndependentSums();
    void saleDefaults();

private:
    Database& db() { return *m_db; }
    qint64 scalar(const QString& sql, const QVariantList& values = {});
    Dump dump();
    qint64 addModel(const QString& name, ModelStatus status, double composite = 70.0,
                    SizeClass sizeClass = SizeClass::Medium);
    qint64 addBuyer(const QString& name, BuyerType type, int size = 5000,
                    Money budget = dollars(50'000'000));
    // A Completed model listed in every tier at fixed prices.
    qint64 addListedModel(const QString& name);
    Money budgetOf(qint64 buyerId);
    SaleRequest sale(qint64 modelId, qint64 buyerId, LicenseTier tier) const;

    std::unique_ptr<testing::TestStore> m_store;
    std::unique_ptr<Database> m_db;
};

void TestMarketplace::init() {
    m_store = std::make_unique<testing::TestStore>();
    MM_REQUIRE_STORE(*m_store);
    MM_STORE_LOCATION(location, *m_store, location(u"marketplace.sqlite"_s));
    auto opened = Database::open(location);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().toString()));
    m_db = std::move(opened).value();
    EconomyRepository economy(db());
    MM_VERIFY_OK(economy.saveConfig(EconomyConfig::defaults()));
    MM_VERIFY_OK(economy.setGameDate(kGameDate));
}

void TestMarketplace::cleanup() {
    m_db.reset();
    m_store.reset();
}

qint64 TestMarketplace::scalar(const QString& sql, const QVariantList& values) {
    auto q = db().query(sql, values, u"test query"_s);
    if (!q) {
        qWarning() << q.error().toString();
        return -1;
    }
    return q->next() ? q->value(0).toLongLong() : -1;
}

// Every row of every table, as text, so "nothing was written" can be checked exactly. A dump
// that cannot be taken fails the test: two failed dumps would compare equal and prove nothing.
Dump TestMarketplace::dump() {
    Dump result;
    const QStringList tables = testing::tableNames(db());
    if (tables.isEmpty())
        QTest::qFail("the database has no tables to compare", __FILE__, __LINE__);
    for (const QString& table : tables) {
        QSqlQuery q(db().sql());
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT * FROM \"%1\""_s.arg(table))) {
            QTest::qFail(qPrintable(u"cannot read table "_s + table), __FILE__, __LINE__);
            continue;
        }
        QStringList rows;
        while (q.next()) {
            QStringList cells;
            const QSqlRecord record = q.record();
            for (int i = 0; i < record.count(); ++i)
                cells.append(q.value(i).isNull() ? u"NULL"_s : q.value(i).toString());
            rows.append(cells.join(u'\x1f'));
        }
        rows.sort();
        result.insert(table, rows);
    }
    return result;
}

qint64 TestMarketplace::addModel(const QString& name, ModelStatus status, double composite,
                                 SizeClass sizeClass) {
    ModelRecord model;
    model.name = name;
    model.sizeClass = sizeClass;
    model.parameters = 7'000'000'000;
    model.datasetTokens = 140'000'000'000;
    model.status = status;
    model.performance = composite;
    model.accuracy = composite;
    model.efficiency = composite;
    model.composite = composite;
    model.trainingCost = dollars(250'000);
    model.trainingDays = 10;
    model.createdOn = day("2024-12-01");
    auto done = ModelRepository(db()).insert(model);
    if (!done)
        qWarning() << done.error().toString();
    return model.id;
}

qint64 TestMarketplace::addBuyer(const QString& name, BuyerType type, int size, Money budget) {
    BuyerRecord buyer;
    buyer.name = name;
    buyer.type = type;
    buyer.size = size;
    buyer.budget = budget;
    auto done = BuyerRepository(db()).insert(buyer);
    if (!done)
        qWarning() << done.error().toString();
    return buyer.id;
}

qint64 TestMarketplace::addListedModel(const QString& name) {
    const qint64 id = addModel(name, ModelStatus::Completed);
    auto listed =
        MarketplaceService(db()).listModel(id, {{LicenseTier::OpenSource, Money()},
                                                {LicenseTier::Academic, dollars(5'000)},
                                                {LicenseTier::Commercial, dollars(100'000)},
                                                {LicenseTier::Enterprise, dollars(2'000'000)}});
    if (!listed)
        qWarning() << listed.error().toString();
    return id;
}

Money TestMarketplace::budgetOf(qint64 buyerId) {
    return Money::fromCents(scalar(u"SELECT budget_cents FROM buyers WHERE id = ?"_s, {buyerId}));
}

SaleRequest TestMarketplace::sale(qint64 modelId, qint64 buyerId, LicenseTier tier) const {
    SaleRequest request;
    request.modelId = modelId;
    request.buyerId = buyerId;
    request.tier = tier;
    request.use = tier == LicenseTier::Academic ? IntendedUse::Research : IntendedUse::Business;
    request.deployments = tier == LicenseTier::Enterprise ? std::nullopt : std::optional<int>(1);
    request.monthlyApiCalls = 100'000;
    return request;
}

// ---------------------------------------------------------------------------------------------

void TestMarketplace::listingUsesRecommendedAndGivenPrices() {
    const qint64 id = addModel(u"Atlas"_s, ModelStatus::Completed, 82.5, SizeClass::Large);
    const qint64 revision = scalar(u"SELECT revision FROM models WHERE id = ?"_s, {id});

    MarketplaceService market(db());
    auto listed = market.listModel(
        id, {{LicenseTier::Academic, std::nullopt}, {LicenseTier::Commercial, dollars(120'000)}});
    MM_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 2);

    const Money recommended = Pricing(EconomyConfig::defaults())
                                  .recommendedPrice(LicenseTier::Academic, 82.5, SizeClass::Large);
    QCOMPARE(listed->at(0).tier, LicenseTier::Academic);
    QCOMPARE(listed->at(0).price, recommended);
    QCOMPARE(listed->at(0).listedOn, kGameDate);
    QCOMPARE(listed->at(1).tier, LicenseTier::Commercial);
    QCOMPARE(listed->at(1).price, dollars(120'000));

    auto model = ModelRepository(db()).find(id);
    MM_VERIFY_OK(model);
    QCOMPARE(model->value().status, ModelStatus::Listed);
    QCOMPARE(model->value().revision, revision + 1);

    // Listing a Listed model in one more tier keeps the others and does not touch the model.
    MM_VERIFY_OK(market.listModel(id, {{LicenseTier::OpenSource, std::nullopt}}));
    auto all = ListingRepository(db()).forModel(id);
    MM_VERIFY_OK(all);
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).price, Money());
    QCOMPARE(scalar(u"SELECT revision FROM models WHERE id = ?"_s, {id}), revision + 1);
}

void TestMarketplace::listingRefusesModelThatIsNotCompleted_data() {
    QTest::addColumn<ModelStatus>("status");
    QTest::newRow("draft") << ModelStatus::Draft;
    QTest::newRow("training") << ModelStatus::Training;
    QTest::newRow("retired") << ModelStatus::Retired;
    QTest::newRow("failed") << ModelStatus::Failed;
}

void TestMarketplace::listingRefusesModelThatIsNotCompleted() {
    QFETCH(ModelStatus, status);
    const qint64 id = addModel(u"Sketch"_s, status);
    const Dump before = dump();
    auto listed = MarketplaceService(db()).listModel(id, {{LicenseTier::Academic, dollars(2'000)}});
    MM_VERIFY_RULE(listed, rules::kModelNotCompleted);
    QVERIFY2(listed.error().message.contains(enumLabel(status)),
             qPrintable(listed.error().message));
    QVERIFY(listed.error().where.contains(u"Sketch"_s));
    QCOMPARE(dump(), before);
}

void TestMarketplace::listingRefusesPriceOutsideRange() {
    const qint64 id = addModel(u"Atlas"_s, ModelStatus::Completed);
    MarketplaceService market(db());
    const Dump before = dump();

    auto above = market.listModel(id, {{LicenseTier::Academic, dollars(12'000)}});
    MM_VERIFY_RULE(above, rules::kPriceAboveCeiling);
    for (const QString& part :
         {u"Academic"_s, money(dollars(12'000)), money(dollars(1'000)), money(dollars(10'000))})
        QVERIFY2(above.error().message.contains(part), qPrintable(above.error().message));

    auto below = market.listModel(id, {{LicenseTier::Commercial, dollars(49'999)}});
    MM_VERIFY_RULE(below, rules::kPriceBelowFloor);
    QVERIFY(below.error().message.contains(u"Commercial"_s));
    QVERIFY(below.error().message.contains(money(dollars(49'999))));

    // Enterprise has no ceiling: the range reads "and up".
    auto enterprise = market.listModel(id, {{LicenseTier::Enterprise, dollars(999'999)}});
    MM_VERIFY_RULE(enterprise, rules::kPriceBelowFloor);
    QVERIFY(enterprise.error().message.contains(money(dollars(1'000'000))));

    // One bad tier refuses the whole listing, even after a good one was written.
    auto mixed = market.listModel(
        id, {{LicenseTier::Academic, dollars(5'000)}, {LicenseTier::Commercial, dollars(1)}});
    MM_VERIFY_RULE(mixed, rules::kPriceBelowFloor);
    MM_VERIFY_RULE(market.listModel(id, {}), rules::kNoTiers);
    MM_VERIFY_RULE(market.listModel(id + 1000, {{LicenseTier::OpenSource, std::nullopt}}),
                   rules::kModelNotFound);
    QCOMPARE(dump(), before);

    // The edges of the range are inside it.
    MM_VERIFY_OK(market.listModel(id, {{LicenseTier::Academic, dollars(10'000)},
                                       {LicenseTier::Commercial, dollars(50'000)}}));
}

void TestMarketplace::changePriceAndUnlist() {
    const qint64 id = addModel(u"Atlas"_s, ModelStatus::Completed);
    MarketplaceService market(db());
    MM_VERIFY_OK(market.listModel(
        id, {{LicenseTier::Academic, dollars(5'000)}, {LicenseTier::Commercial, dollars(80'000)}}));
    MM_VERIFY_OK(EconomyRepository(db()).setGameDate(kGameDate.addDays(10)));

    auto changed = market.changePrice(id, LicenseTier::Academic, dollars(7'500));
    MM_VERIFY_OK(changed);
    QCOMPARE(changed->price, dollars(7'500));
    QCOMPARE(changed->listedOn, kGameDate); // the listing date stays

    const Dump before = dump();
    MM_VERIFY_RULE(market.changePrice(id, LicenseTier::Academic, dollars(10'001)),
                   rules::kPriceAboveCeiling);
    MM_VERIFY_RULE(market.changePrice(id, LicenseTier::Enterprise, dollars(2'000'000)),
                   rules::kNotListed);
    MM_VERIFY_RULE(market.unlist(id, LicenseTier::OpenSource), rules::kNotListed);
    QCOMPARE(dump(), before);

    MM_VERIFY_OK(market.unlist(id, LicenseTier::Academic));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM listings WHERE model_id = ?"_s, {id}), 1);
    auto model = ModelRepository(db()).find(id);
    MM_VERIFY_OK(model);
    QCOMPARE(model->value().status, ModelStatus::Listed);

    MM_VERIFY_OK(market.unlist(id, LicenseTier::Commercial));
    model = ModelRepository(db()).find(id);
    MM_VERIFY_OK(model);
    QCOMPARE(model->value().status, ModelStatus::Completed);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM listings WHERE model_id = ?"_s, {id}), 0);
}

void TestMarketplace::tierRules_data() {
    QTest::addColumn<LicenseTier>("tier");
    QTest::addColumn<BuyerType>("buyerType");
    QTest::addColumn<int>("buyerSize");
    QTest::addColumn<qint64>("budgetDollars");
    QTest::addColumn<IntendedUse>("use");
    QTest::addColumn<int>("deployments"); // 0: unlimited, -1: zero deployments
    QTest::addColumn<bool>("attribution");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<QString>("rule"); // empty: accepted

    const auto os = LicenseTier::OpenSource;
    const auto ac = LicenseTier::Academic;
    const auto co = LicenseTier::Commercial;
    const auto en = LicenseTier::Enterprise;
    const auto research = IntendedUse::Research;
    const auto business = IntendedUse::Business;
    const qint64 rich = 50'000'000;
    // clang-format off
    QTest::newRow("open source ok")        << os << BuyerType::Startup    << 10   << rich << business << 1  << true  << true  << QString();
    QTest::newRow("open source no attrib") << os << BuyerType::Startup    << 10   << rich << business << 1  << false << true  << rules::kAttribution;
    QTest::newRow("open source no budget") << os << BuyerType::Academic   << 10   << qint64(0) << research << 1 << true << true << QString();
    QTest::newRow("academic ok")           << ac << BuyerType::Academic   << 300  << rich << research << 2  << true  << true  << QString();
    QTest::newRow("academic startup")      << ac << BuyerType::Startup    << 300  << rich << research << 1  << true  << true  << rules::kBuyerType;
    QTest::newRow("academic business use") << ac << BuyerType::Academic   << 300  << rich << business << 1  << true  << true  << rules::kResearchOnly;
    QTest::newRow("academic over cap")     << ac << BuyerType::Academic   << 300  << rich << research << 3  << true  << true  << rules::kDeploymentCap;
    QTest::newRow("academic unlimited")    << ac << BuyerType::Academic   << 300  << rich << research << 0  << true  << true  << rules::kDeploymentCap;
    QTest::newRow("academic budget")       << ac << BuyerType::Academic   << 300  << qint64(4'999) << research << 1 << true << true << rules::kBudget;
    QTest::newRow("commercial ok")         << co << BuyerType::Startup    << 12   << rich << business << 10 << true  << true  << QString();
    QTest::newRow("commercial research")   << co << BuyerType::Commercial << 400  << rich << research << 1  << true  << true  << rules::kRequiredUse;
    QTest::newRow("commercial academic")   << co << BuyerType::Academic   << 400  << rich << business << 1  << true  << true  << rules::kBuyerType;
    QTest::newRow("commercial over cap")   << co << BuyerType::Commercial << 400  << rich << business << 11 << true  << true  << rules::kDeploymentCap;
    QTest::newRow("commercial zero")       << co << BuyerType::Commercial << 400  << rich << business << -1 << true  << true  << rules::kDeployments;
    QTest::newRow("commercial budget")     << co << BuyerType::Commercial << 400  << qint64(99'999) << business << 1 << true << true << rules::kBudget;
    QTest::newRow("commercial exact budget") << co << BuyerType::Commercial << 400 << qint64(100'000) << business << 1 << true << true << QString();
    QTest::newRow("enterprise ok")         << en << BuyerType::Enterprise << 5000 << rich << business << 0  << true  << true  << QString();
    QTest::newRow("enterprise commercial") << en << BuyerType::Commercial << 1000 << rich << business << 0  << true  << true  << QString();
    QTest::newRow("enterprise small")      << en << BuyerType::Enterprise << 999  << rich << business << 0  << true  << true  << rules::kMinBuyerSize;
    QTest::newRow("enterprise capped")     << en << BuyerType::Enterprise << 5000 << rich << business << 50 << true  << true  << rules::kUnlimitedDeployments;
    QTest::newRow("enterprise startup")    << en << BuyerType::Startup    << 5000 << rich << business << 0  << true  << true  << rules::kBuyerType;
    QTest::newRow("enterprise research")   << en << BuyerType::Enterprise << 5000 << rich << research << 0  << true  << true  << rules::kRequiredUse;
    QTest::newRow("enterprise budget")     << en << BuyerType::Enterprise << 5000 << qint64(1'999'999) << business << 0 << true << true << rules::kBudget;
    QTest::newRow("not listed")            << co << BuyerType::Commercial << 400  << rich << business << 1  << true  << false << rules::kNotListed;
    // clang-format on
}

void TestMarketplace::tierRules() {
    QFETCH(LicenseTier, tier);
    QFETCH(BuyerType, buyerType);
    QFETCH(int, buyerSize);
    QFETCH(qint64, budgetDollars);
    QFETCH(IntendedUse, use);
    QFETCH(int, deployments);
    QFETCH(bool, attribution);
    QFETCH(bool, listed);
    QFETCH(QString, rule);

    const qint64 modelId = addListedModel(u"Atlas"_s);
    QVERIFY(modelId > 0);
    if (!listed)
        MM_VERIFY_OK(MarketplaceService(db()).unlist(modelId, tier));
    const qint64 buyerId = addBuyer(u"Buyer"_s, buyerType, buyerSize, dollars(budgetDollars));
    QVERIFY(buyerId > 0);

    SaleRequest request;
    request.modelId = modelId;
    request.buyerId = buyerId;
    request.tier = tier;
    request.use = use;
    request.deployments =
        deployments == 0 ? std::nullopt : std::optional<int>(deployments < 0 ? 0 : deployments);
    request.monthlyApiCalls = 250'000;
    request.attributionAccepted = attribution;

    const Dump before = dump();
    const qint64 revisionBefore = scalar(u"SELECT revision FROM buyers WHERE id = ?"_s, {buyerId});
    MarketplaceService market(db());
    auto sold = market.sell(request);
    QCOMPARE(db().transactionDepth(), 0);

    if (!rule.isEmpty()) {
        MM_VERIFY_RULE(sold, rule);
        QVERIFY(!sold.error().message.isEmpty());
        QVERIFY2(sold.error().where.contains(u"Atlas"_s) && sold.error().where.contains(u"Buyer"_s),
                 qPrintable(sold.error().where));
        QCOMPARE(dump(), before);
        // quote() agrees and writes nothing either.
        auto quoted = market.quote(request);
        MM_VERIFY_OK(quoted);
        QVERIFY(!quoted->decision.allowed);
        QCOMPARE(quoted->decision.rule, rule);
        QCOMPARE(dump(), before);
        return;
    }

    MM_VERIFY_OK(sold);
    const TierPolicy policy = EconomyConfig::defaults().tier(tier);
    auto listing = ListingRepository(db()).find(modelId, tier);
    MM_VERIFY_OK(listing);
    const Money fee = listing->value().price;
    QVERIFY(sold->id > 0);
    QCOMPARE(sold->fee, fee);
    QCOMPARE(sold->soldOn, kGameDate);
    QCOMPARE(sold->use, use);
    QCOMPARE(sold->deployments, request.deployments);
    QCOMPARE(sold->usageRatePer1000Calls, policy.usageRatePer1000Calls);
    QCOMPARE(sold->termMonths, policy.termMonths);
    QCOMPARE(sold->terms, policy.toJson());
    QCOMPARE(sold->expiresOn, policy.isPerpetual()
                                  ? std::optional<QDate>()
                                  : std::optional<QDate>(kGameDate.addMonths(policy.termMonths)));

    // What was stored is what sell() returned, and the buyer paid the fee.
    auto stored = LicenseRepository(db()).find(sold->id);
    MM_VERIFY_OK(stored);
    QVERIFY(stored->has_value());
    QCOMPARE(stored->value(), *sold);
    QCOMPARE(budgetOf(buyerId), dollars(budgetDollars) - fee);
    QCOMPARE(scalar(u"SELECT revision FROM buyers WHERE id = ?"_s, {buyerId}), revisionBefore + 1);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM licenses"_s), 1);
}

void TestMarketplace::messagesNameWhatIsWrong() {
    const qint64 modelId = addListedModel(u"Atlas"_s);
    const qint64 startup = addBuyer(u"Rocket Labs"_s, BuyerType::Startup, 12);
    MarketplaceService market(db());
    auto refused = market.sell(sale(modelId, startup, LicenseTier::Academic));
    MM_VERIFY_RULE(refused, rules::kBuyerType);
    QVERIFY2(refused.error().message.contains(
                 u"Academic licenses are not sold to buyers of type Startup"_s),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().toString().contains(u"'Atlas'"_s) &&
                 refused.error().toString().contains(u"'Rocket Labs'"_s),
             qPrintable(refused.error().toString()));

    const qint64 university =
        addBuyer(u"Old University"_s, BuyerType::Academic, 3000, dollars(100));
    auto poor = market.sell(sale(modelId, university, LicenseTier::Academic));
    MM_VERIFY_RULE(poor, rules::kBudget);
    QVERIFY(poor.error().message.contains(money(dollars(100))));
    QVERIFY(poor.error().message.contains(money(dollars(5'000))));
}

void TestMarketplace::priceOutsideEditedRangeIsRefusedAtSale() {
    const qint64 modelId = addListedModel(u"Atlas"_s); // commercial at $100,000
    const qint64 buyerId = addBuyer(u"Acme"_s, BuyerType::Commercial, 400);
    MarketplaceService market(db());

    TierPolicy commercial = EconomyConfig::defaults().tier(LicenseTier::Commercial);
    commercial.priceFloor = dollars(150'000);
    MM_VERIFY_OK(market.updateTierPolicy(commercial));
    // The listing keeps its price; the sale is what the new range refuses.
    auto listing = ListingRepository(db()).find(modelId, LicenseTier::Commercial);
    MM_VERIFY_OK(listing);
    QCOMPARE(listing->value().price, dollars(100'000));
    Dump before = dump();
    MM_VERIFY_RULE(market.sell(sale(modelId, buyerId, LicenseTier::Commercial)),
                   rules::kPriceBelowFloor);
    QCOMPARE(dump(), before);

    commercial.priceFloor = dollars(10'000);
    commercial.priceCeiling = dollars(90'000);
    commercial.pricingReferenceCeiling = dollars(90'000);
    MM_VERIFY_OK(market.updateTierPolicy(commercial));
    before = dump();
    MM_VERIFY_RULE(market.sell(sale(modelId, buyerId, LicenseTier::Commercial)),
                   rules::kPriceAboveCeiling);
    QCOMPARE(dump(), before);

    // Bringing the price back into the range makes it sellable again.
    MM_VERIFY_OK(market.changePrice(modelId, LicenseTier::Commercial, dollars(90'000)));
    auto sold = market.sell(sale(modelId, buyerId, LicenseTier::Commercial));
    MM_VERIFY_OK(sold);
    QCOMPARE(sold->fee, dollars(90'000));
    QCOMPARE(sold->terms, commercial.toJson());
}

void TestMarketplace::missingRowsAndBadInput() {
    const qint64 modelId = addListedModel(u"Atlas"_s);
    const qint64 buyerId = addBuyer(u"Acme"_s, BuyerType::Commercial, 400);
    const qint64 draft = addModel(u"Draft"_s, ModelStatus::Draft);
    MarketplaceService market(db());
    const Dump before = dump();
    MM_VERIFY_RULE(market.sell(sale(modelId + 1000, buyerId, LicenseTier::Commercial)),
                   rules::kModelNotFound);
    MM_VERIFY_RULE(market.sell(sale(modelId, buyerId + 1000, LicenseTier::Commercial)),
                   rules::kBuyerNotFound);
    MM_VERIFY_RULE(market.sell(sale(draft, buyerId, LicenseTier::Commercial)), rules::kNotListed);
    SaleRequest negative = sale(modelId, buyerId, LicenseTier::Commercial);
    negative.monthlyApiCalls = -1;
    MM_VERIFY_RULE(market.sell(negative), rules::kApiCalls);
    QCOMPARE(dump(), before);

    // A listing that outlived its model's status (retired by hand in the catalog) does not sell.
    auto model = ModelRepository(db()).find(modelId);
    MM_VERIFY_OK(model);
    ModelRecord retired = model->value();
    retired.status = ModelStatus::Retired;
    MM_VERIFY_OK(ModelRepository(db()).update(retired));
    auto refused = market.sell(sale(modelId, buyerId, LicenseTier::Commercial));
    MM_VERIFY_RULE(refused, rules::kNotListed);
    QVERIFY(refused.error().message.contains(enumLabel(ModelStatus::Retired)));

    // An explicit date is used as given.
    retired.status = ModelStatus::Listed;
    MM_VERIFY_OK(ModelRepository(db()).update(retired));
    SaleRequest dated = sale(modelId, buyerId, LicenseTier::Commercial);
    dated.date = day("2024-06-15");
    auto sold = market.sell(dated);
    MM_VERIFY_OK(sold);
    QCOMPARE(sold->soldOn, day("2024-06-15"));
    QCOMPARE(sold->expiresOn, std::optional<QDate>(day("2025-06-15")));
}

void TestMarketplace::failedSaleWritesNothing_data() {
    QTest::addColumn<QString>("timing");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("table");
    QTest::newRow("license insert fails") << u"BEFORE"_s << u"INSERT"_s << u"licenses"_s;
    QTest::newRow("budget update fails") << u"BEFORE"_s << u"UPDATE"_s << u"buyers"_s;
    QTest::newRow("fails after both writes") << u"AFTER"_s << u"INSERT"_s << u"licenses"_s;
}

void TestMarketplace::failedSaleWritesNothing() {
    QFETCH(QString, timing);
    QFETCH(QString, event);
    QFETCH(QString, table);
    const qint64 modelId = addListedModel(u"Atlas"_s);
    const qint64 buyerId = addBuyer(u"Acme"_s, BuyerType::Commercial, 400, dollars(1'000'000));
    MM_VERIFY_OK(testing::injectFailure(db(), u"boom"_s, timing, event, table, u"boom"_s));

    const Dump before = dump();
    QCOMPARE(before.value(u"buyers"_s).size(), 1); // the dump sees the rows
    QCOMPARE(before.value(u"listings"_s).size(), 4);
    MarketplaceService market(db());
    auto sold = market.sell(sale(modelId, buyerId, LicenseTier::Commercial));
    QVERIFY2(!sold.ok(), "the injected failure should fail the sale");
    QVERIFY2(sold.error().rule.startsWith(u"db."_s), qPrintable(sold.error().rule));
    QVERIFY2(sold.error().toString().contains(u"boom"_s), qPrintable(sold.error().toString()));
    QCOMPARE(db().transactionDepth(), 0);
    QCOMPARE(dump(), before);
    QCOMPARE(budgetOf(buyerId), dollars(1'000'000));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM licenses"_s), 0);

    // The connection is still good: without the trigger the same sale goes through.
    MM_VERIFY_OK(testing::removeFailure(db(), u"boom"_s, table));
    MM_VERIFY_OK(market.sell(sale(modelId, buyerId, LicenseTier::Commercial)));
    QCOMPARE(budgetOf(buyerId), dollars(900'000));
    const Dump after = dump();
    QCOMPARE(after.value(u"licenses"_s).size(), 1);
    QVERIFY(after.value(u"buyers"_s) != before.value(u"buyers"_s));
}

void TestMarketplace::usageChargesForMonthsEqualCallsTimesRate() {
    const qint64 modelId = addListedModel(u"Atlas"_s);
    const qint64 buyerId = addBuyer(u"Acme"_s, BuyerType::Commercial, 400);
    SaleRequest request = sale(modelId, buyerId, LicenseTier::Commercial);
    request.monthlyApiCalls = 1'234'567;
    auto sold = MarketplaceService(db()).sell(request);
    MM_VERIFY_OK(sold);

    const int months = 7;
    LicenseRepository licenses(db());
    for (int i = 0; i < months; ++i) {
        auto added = licenses.accrueUsage(kGameDate.addMonths(i).toString(u"yyyy-MM"_s));
        MM_VERIFY_OK(added);
        QCOMPARE(*added, 1);
    }
    auto charges = licenses.chargesFor(sold->id);
    MM_VERIFY_OK(charges);
    QCOMPARE(charges->size(), months);

    const auto monthly = Pricing::usageCharge(1'234'567, Money::fromCents(50));
    MM_VERIFY_OK(monthly);
    QCOMPARE(*monthly, Money::fromCents(61'728)); // 1,234,567 × $0.50 / 1000 = $617.2835
    Money total;
    for (const UsageChargeRecord& charge : *charges) {
        QCOMPARE(charge.apiCalls, qint64(1'234'567));
        QCOMPARE(charge.amount, *monthly);
        total += charge.amount;
    }
    QCOMPARE(total, *monthly * months);
    auto revenue = Pricing::licenseRevenue(sold->fee, 1'234'567, Money::fromCents(50), months);
    MM_VERIFY_OK(revenue);
    auto reported = totalRevenue(db());
    MM_VERIFY_OK(reported);
    QCOMPARE(*reported, *revenue);
}

void TestMarketplace::termsSnapshotSurvivesPolicyEdit() {
    const qint64 modelId = addListedModel(u"Atlas"_s);
    const qint64 buyerId = addBuyer(u"Acme"_s, BuyerType::Commercial, 400);
    MarketplaceService market(db());
    SaleRequest request = sale(modelId, buyerId, LicenseTier::Commercial);
    request.monthlyApiCalls = 2'000'000;
    auto first = market.sell(request);
    MM_VERIFY_OK(first);
    const TierPolicy old = EconomyConfig::defaults().tier(LicenseTier::Commercial);

    auto licensesBefore = dump().value(u"licenses"_s);
    TierPolicy edited = old;
    edited.usageRatePer1000Calls = Money::fromCents(200);
    edited.termMonths = 24;
    edited.deploymentCap = 20;
    MM_VERIFY_OK(market.updateTierPolicy(edited));

    // The config and the license_tiers table say the new terms; no license row changed.
    auto config = EconomyRepository(db()).loadConfig();
    MM_VERIFY_OK(config);
    QCOMPARE(config->tier(LicenseTier::Commercial), edited);
    QCOMPARE(
        scalar(u"SELECT usage_rate_cents_per_1000 FROM license_tiers WHERE key = 'commercial'"_s),
        qint64(200));
    QCOMPARE(dump().value(u"licenses"_s), licensesBefore);
    auto stored = LicenseRepository(db()).find(first->id);
    MM_VERIFY_OK(stored);
    QCOMPARE(stored->value(), *first);
    QCOMPARE(stored->value().terms, old.toJson());

    // A later sale is made under the new terms.
    auto second = market.sell(request);
    MM_VERIFY_OK(second);
    QCOMPARE(second->usageRatePer1000Calls, Money::fromCents(200));
    QCOMPARE(second->terms, edited.toJson());
    QCOMPARE(second->expiresOn, std::optional<QDate>(kGameDate.addMonths(24)));

    // Each license is charged at the rate it was sold under.
    MM_VERIFY_OK(LicenseRepository(db()).accrueUsage(kGameDate.toString(u"yyyy-MM"_s)));
    auto oldCharges = LicenseRepository(db()).chargesFor(first->id);
    auto newCharges = LicenseRepository(db()).chargesFor(second->id);
    MM_VERIFY_OK(oldCharges);
    MM_VERIFY_OK(newCharges);
    QCOMPARE(oldCharges->size(), 1);
    QCOMPARE(newCharges->size(), 1);
    QCOMPARE(oldCharges->front().amount,
             Pricing::usageCharge(2'000'000, old.usageRatePer1000Calls).value());
    QCOMPARE(newCharges->front().amount, Money::fromCents(4'000'00));
}

void TestMarketplace::updateTierPolicyValidates() {
    MarketplaceService market(db());
    const Dump before = dump();

    TierPolicy openSource = EconomyConfig::defaults().tier(LicenseTier::OpenSource);
    openSource.priceFloor = dollars(100);
    openSource.priceCeiling = dollars(100);
    auto free = market.updateTierPolicy(openSource);
    MM_VERIFY_RULE(free, u"config-invalid"_s);
    QVERIFY(free.error().toString().contains(u"Open Source"_s));

    TierPolicy academic = EconomyConfig::defaults().tier(LicenseTier::Academic);
    academic.priceFloor = dollars(20'000);
    auto inverted = market.updateTierPolicy(academic);
    MM_VERIFY_RULE(inverted, u"config-invalid"_s);
    QVERIFY(inverted.error().toString().contains(u"Academic"_s));
    QCOMPARE(dump(), before);
}

void TestMarketplace::revokeOnGameDate() {
    const qint64 modelId = addListedModel(u"Atlas"_s);
    const qint64 buyerId = addBuyer(u"Acme"_s, BuyerType::Commercial, 400);
    MarketplaceService market(db());
    auto sold = market.sell(sale(modelId, buyerId, LicenseTier::Commercial));
    MM_VERIFY_OK(sold);
    MM_VERIFY_OK(EconomyRepository(db()).setGameDate(kGameDate.addDays(45)));

    MM_VERIFY_RULE(market.revoke(sold->id, u"  "_s), u"license-revoke-reason"_s);
    MM_VERIFY_OK(market.revoke(sold->id, u"breach of the deployment cap"_s));
    auto stored = LicenseRepository(db()).find(sold->id);
    MM_VERIFY_OK(stored);
    QCOMPARE(stored->value().status, LicenseStatus::Revoked);
    QCOMPARE(stored->value().revokedOn, std::optional<QDate>(kGameDate.addDays(45)));
    QCOMPARE(stored->value().revokedReason, u"breach of the deployment cap"_s);
    MM_VERIFY_RULE(market.revoke(sold->id, u"again"_s), u"license-already-revoked"_s);
    MM_VERIFY_RULE(market.revoke(sold->id + 99, u"why not"_s), u"license-not-found"_s);
}

void TestMarketplace::revenueTotalsEqualIndependentSums() {
    MarketplaceService market(db());
    const qint64 atlas = addListedModel(u"Atlas"_s);
    const qint64 borealis = addListedModel(u"Borealis"_s);
    MM_VERIFY_OK(market.changePrice(borealis, LicenseTier::Commercial, dollars(275'500)));
    const qint64 uni = addBuyer(u"Uni"_s, BuyerType::Academic, 3000);
    const qint64 acme = addBuyer(u"Acme"_s, BuyerType::Commercial, 400);
    const qint64 mega = addBuyer(u"Mega"_s, BuyerType::Enterprise, 90'000);

    struct Planned {
        qint64 model;
        qint64 buyer;
        LicenseTier tier;
        qint64 calls;
        const char* date;
    };
    const Planned planned[] = {
        {atlas, uni, LicenseTier::Academic, 10'001, "2025-01-10"},
        {borealis, uni, LicenseTier::OpenSource, 77'777, "2025-01-20"},
        {atlas, acme, LicenseTier::Commercial, 1'500'333, "2025-02-03"},
        {borealis, acme, LicenseTier::Commercial, 999, "2025-03-31"},
        {borealis, mega, LicenseTier::Enterprise, 40'000'001, "2025-02-14"},
    };
    const QStringList months{u"2025-01"_s, u"2025-02"_s, u"2025-03"_s, u"2025-04"_s};

    QMap<LicenseTier, Money> expected;
    Money expectedTotal;
    const EconomyConfig config = EconomyConfig::defaults();
    for (const Planned& p : planned) {
        SaleRequest request = sale(p.model, p.buyer, p.tier);
        request.monthlyApiCalls = p.calls;
        request.date = day(p.date);
        auto sold = market.sell(request);
        MM_VERIFY_OK(sold);
        // Months from the sale's month through April, at the tier's rate, computed here.
        const QString soldMonth = sold->soldOn.toString(u"yyyy-MM"_s);
        const int charged = static_cast<int>(months.size() - months.indexOf(soldMonth));
        auto revenue = Pricing::licenseRevenue(sold->fee, p.calls,
                                               config.tier(p.tier).usageRatePer1000Calls, charged);
        MM_VERIFY_OK(revenue);
        expected[p.tier] += *revenue;
        expectedTotal += *revenue;
    }
    for (const QString& month : months)
        MM_VERIFY_OK(LicenseRepository(db()).accrueUsage(month));

    auto byTier = revenue(db(), RevenueGrouping::Tier);
    MM_VERIFY_OK(byTier);
    QCOMPARE(byTier->size(), 4);
    for (const RevenueRow& row : *byTier) {
        const auto tier = enumFromKey<LicenseTier>(row.key);
        QVERIFY(tier.has_value());
        QCOMPARE(row.total, expected.value(*tier));
        QCOMPARE(row.fees + row.usage, row.total);
    }
    auto total = totalRevenue(db());
    MM_VERIFY_OK(total);
    QCOMPARE(*total, expectedTotal);

    // And the budgets shrank by exactly the fees.
    const Money rich = dollars(50'000'000);
    QCOMPARE(budgetOf(uni), rich - dollars(5'000));
    QCOMPARE(budgetOf(acme), rich - dollars(100'000) - dollars(275'500));
    QCOMPARE(budgetOf(mega), rich - dollars(2'000'000));
}

void TestMarketplace::saleDefaults() {
    QCOMPARE(MarketplaceService::defaultUse(BuyerType::Academic), IntendedUse::Research);
    QCOMPARE(MarketplaceService::defaultUse(BuyerType::Startup), IntendedUse::Business);
    QCOMPARE(MarketplaceService::defaultUse(BuyerType::Enterprise), IntendedUse::Business);
    const EconomyConfig config = EconomyConfig::defaults();
    QCOMPARE(MarketplaceService::defaultDeployments(config.tier(LicenseTier::Enterprise)),
             std::optional<int>());
    QCOMPARE(MarketplaceService::defaultDeployments(config.tier(LicenseTier::Academic)),
             std::optional<int>(1));
    QVERIFY(MarketplaceService::rangeText(config.tier(LicenseTier::Enterprise))
                .contains(money(dollars(1'000'000))));
}

QTEST_GUILESS_MAIN(TestMarketplace)
#include "tst_marketplace.moc"
