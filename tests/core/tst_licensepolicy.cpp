// LicensePolicy: the default tiers accept the purchases the seed describes and refuse the others
// with the broken rule's stable name and a sentence for people.
#include "core/LicensePolicy.h"

#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using mm::BuyerType;
using mm::IntendedUse;
using mm::LicenseTier;
using mm::Money;
using mm::PurchaseRequest;

Q_DECLARE_METATYPE(std::function<void(mm::PurchaseRequest&)>)

// Failed comparisons print amounts, not "<no string>".
namespace QTest {
template <>
char* toString(const mm::Money& money) {
    return qstrdup(qPrintable(money.toPlainString()));
}
} // namespace QTest

namespace {

using RequestEdit = std::function<void(PurchaseRequest&)>;

Money dollars(qint64 units) {
    return Money::fromCents(units * 100);
}

// A purchase each default tier accepts; the rows below change one thing at a time.
PurchaseRequest acceptable(LicenseTier tier) {
    PurchaseRequest request;
    request.tier = tier;
    request.listedInTier = true;
    request.attributionAccepted = false;
    switch (tier) {
    case LicenseTier::OpenSource:
        request.buyerType = BuyerType::Startup;
        request.buyerSize = 3;
        request.use = IntendedUse::Business;
        request.price = Money();
        request.buyerBudget = Money();
        request.deployments = 1;
        request.attributionAccepted = true;
        break;
    case LicenseTier::Academic:
        request.buyerType = BuyerType::Academic;
        request.buyerSize = 40;
        request.use = IntendedUse::Research;
        request.price = dollars(5'000);
        request.buyerBudget = dollars(20'000);
        request.deployments = 1;
        break;
    case LicenseTier::Commercial:
        request.buyerType = BuyerType::Commercial;
        request.buyerSize = 300;
        request.use = IntendedUse::Business;
        request.price = dollars(100'000);
        request.buyerBudget = dollars(250'000);
        request.deployments = 4;
        break;
    case LicenseTier::Enterprise:
        request.buyerType = BuyerType::Enterprise;
        request.buyerSize = 5'000;
        request.use = IntendedUse::Business;
        request.price = dollars(2'000'000);
        request.buyerBudget = dollars(5'000'000);
        request.deployments = std::nullopt; // unlimited
        break;
    }
    return request;
}

mm::LicensePolicy defaultPolicy(LicenseTier tier) {
    return mm::LicensePolicy(mm::EconomyConfig::defaults().tier(tier));
}

} // namespace

class TestLicensePolicy : public QObject {
    Q_OBJECT

private slots:
    void decisions_data();
    void decisions();
    void boundariesAreInclusive_data();
    void boundariesAreInclusive();
    void firstBrokenRuleIsReported();
    void requestForAnotherTier();
    void decisionToError();
    void editedPolicyIsEnforced();
    void everyDefaultTierAcceptsItsTemplate();
};

void TestLicensePolicy::decisions_data() {
    QTest::addColumn<int>("tier");
    QTest::addColumn<RequestEdit>("edit");
    QTest::addColumn<QString>("rule"); // empty: accepted

    const auto none = RequestEdit([](PurchaseRequest&) {});
    const int openSource = int(LicenseTier::OpenSource);
    const int academic = int(LicenseTier::Academic);
    const int commercial = int(LicenseTier::Commercial);
    const int enterprise = int(LicenseTier::Enterprise);

    // Open Source: free, attribution required.
    QTest::newRow("open source: free with attribution") << openSource << none << QString();
    QTest::newRow("open source: any buyer, any use")
        << openSource << RequestEdit([](PurchaseRequest& r) {
               r.buyerType = BuyerType::Enterprise;
               r.buyerSize = 100'000;
               r.use = IntendedUse::Research;
               r.deployments = std::nullopt;
           })
        << QString();
    QTest::newRow("open source: academic buyer")
        << openSource << RequestEdit([](PurchaseRequest& r) { r.buyerType = BuyerType::Academic; })
        << QString();
    QTest::newRow("open source: no attribution")
        << openSource << RequestEdit([](PurchaseRequest& r) { r.attributionAccepted = false; })
        << mm::rules::kAttribution;
    QTest::newRow("open source: one cent") << openSource << RequestEdit([](PurchaseRequest& r) {
        r.price = Money::fromCents(1);
        r.buyerBudget = dollars(1);
    }) << mm::rules::kPriceAboveCeiling;
    QTest::newRow("open source: $1,000") << openSource << RequestEdit([](PurchaseRequest& r) {
        r.price = dollars(1'000);
        r.buyerBudget = dollars(10'000);
    }) << mm::rules::kPriceAboveCeiling;
    QTest::newRow("open source: not listed")
        << openSource << RequestEdit([](PurchaseRequest& r) { r.listedInTier = false; })
        << mm::rules::kNotListed;

    // Academic: $1k-10k, research use only, academic buyers.
    QTest::newRow("academic: academic buyer, research, $5k") << academic << none << QString();
    QTest::newRow("academic: startup buyer")
        << academic << RequestEdit([](PurchaseRequest& r) { r.buyerType = BuyerType::Startup; })
        << mm::rules::kBuyerType;
    QTest::newRow("academic: enterprise buyer")
        << academic << RequestEdit([](PurchaseRequest& r) { r.buyerType = BuyerType::Enterprise; })
        << mm::rules::kBuyerType;
    QTest::newRow("academic: business use")
        << academic << RequestEdit([](PurchaseRequest& r) { r.use = IntendedUse::Business; })
        << mm::rules::kResearchOnly;
    QTest::newRow("academic: $500")
        << academic << RequestEdit([](PurchaseRequest& r) { r.price = dollars(500); })
        << mm::rules::kPriceBelowFloor;
    QTest::newRow("academic: $20k") << academic << RequestEdit([](PurchaseRequest& r) {
        r.price = dollars(20'000);
        r.buyerBudget = dollars(50'000);
    }) << mm::rules::kPriceAboveCeiling;
    QTest::newRow("academic: 3 deployments over the cap of 2")
        << academic << RequestEdit([](PurchaseRequest& r) { r.deployments = 3; })
        << mm::rules::kDeploymentCap;
    QTest::newRow("academic: unlimited deployments over the cap")
        << academic << RequestEdit([](PurchaseRequest& r) { r.deployments = std::nullopt; })
        << mm::rules::kDeploymentCap;
    QTest::newRow("academic: zero deployments")
        << academic << RequestEdit([](PurchaseRequest& r) { r.deployments = 0; })
        << mm::rules::kDeployments;
    QTest::newRow("academic: budget below fee")
        << academic << RequestEdit([](PurchaseRequest& r) { r.buyerBudget = dollars(4'999); })
        << mm::rules::kBudget;
    QTest::newRow("academic: not listed")
        << academic << RequestEdit([](PurchaseRequest& r) { r.listedInTier = false; })
        << mm::rules::kNotListed;

    // Commercial: $50k-500k, business use.
    QTest::newRow("commercial: commercial buyer, business, $100k")
        << commercial << none << QString();
    QTest::newRow("commercial: startup buyer")
        << commercial << RequestEdit([](PurchaseRequest& r) { r.buyerType = BuyerType::Startup; })
        << QString();
    QTest::newRow("commercial: academic buyer")
        << commercial << RequestEdit([](PurchaseRequest& r) { r.buyerType = BuyerType::Academic; })
        << mm::rules::kBuyerType;
    QTest::newRow("commercial: research use")
        << commercial << RequestEdit([](PurchaseRequest& r) { r.use = IntendedUse::Research; })
        << mm::rules::kRequiredUse;
    QTest::newRow("commercial: $40k")
        << commercial << RequestEdit([](PurchaseRequest& r) { r.price = dollars(40'000); })
        << mm::rules::kPriceBelowFloor;
    QTest::newRow("commercial: $600k") << commercial << RequestEdit([](PurchaseRequest& r) {
        r.price = dollars(600'000);
        r.buyerBudget = dollars(1'000'000);
    }) << mm::rules::kPriceAboveCeiling;
    QTest::newRow("commercial: over the deployment cap")
        << commercial << RequestEdit([](PurchaseRequest& r) { r.deployments = 11; })
        << mm::rules::kDeploymentCap;
    QTest::newRow("commercial: budget below fee")
        << commercial << RequestEdit([](PurchaseRequest& r) { r.buyerBudget = dollars(99'999); })
        << mm::rules::kBudget;

    // Enterprise: $1M and up, unlimited deployment.
    QTest::newRow("enterprise: 5000 employees, unlimited, $2M") << enterprise << none << QString();
    QTest::newRow("enterprise: commercial buyer at the size limit")
        << enterprise << RequestEdit([](PurchaseRequest& r) {
               r.buyerType = BuyerType::Commercial;
               r.buyerSize = 1'000;
           })
        << QString();
    QTest::newRow("enterprise: no ceiling") << enterprise << RequestEdit([](PurchaseRequest& r) {
        r.price = dollars(900'000'000);
        r.buyerBudget = dollars(1'000'000'000);
    }) << QString();
    QTest::newRow("enterprise: 200 employees")
        << enterprise << RequestEdit([](PurchaseRequest& r) { r.buyerSize = 200; })
        << mm::rules::kMinBuyerSize;
    QTest::newRow("enterprise: 999 employees")
        << enterprise << RequestEdit([](PurchaseRequest& r) { r.buyerSize = 999; })
        << mm::rules::kMinBuyerSize;
    QTest::newRow("enterprise: finite deployments")
        << enterprise << RequestEdit([](PurchaseRequest& r) { r.deployments = 50; })
        << mm::rules::kUnlimitedDeployments;
    QTest::newRow("enterprise: $900k")
        << enterprise << RequestEdit([](PurchaseRequest& r) { r.price = dollars(900'000); })
        << mm::rules::kPriceBelowFloor;
    QTest::newRow("enterprise: budget below fee")
        << enterprise << RequestEdit([](PurchaseRequest& r) { r.buyerBudget = dollars(1'999'999); })
        << mm::rules::kBudget;
    QTest::newRow("enterprise: not listed")
        << enterprise << RequestEdit([](PurchaseRequest& r) { r.listedInTier = false; })
        << mm::rules::kNotListed;
    QTest::newRow("enterprise: startup buyer")
        << enterprise << RequestEdit([](PurchaseRequest& r) { r.buyerType = BuyerType::Startup; })
        << mm::rules::kBuyerType;
    QTest::newRow("enterprise: research use")
        << enterprise << RequestEdit([](PurchaseRequest& r) { r.use = IntendedUse::Research; })
        << mm::rules::kRequiredUse;
}

void TestLicensePolicy::decisions() {
    QFETCH(int, tier);
    QFETCH(RequestEdit, edit);
    QFETCH(QString, rule);

    const auto id = static_cast<LicenseTier>(tier);
    PurchaseRequest request = acceptable(id);
    edit(request);
    const mm::PolicyDecision decision = defaultPolicy(id).check(request);

    if (rule.isEmpty()) {
        QVERIFY2(decision.allowed, qPrintable(decision.rule + u": "_s + decision.message));
        QVERIFY(decision.rule.isEmpty());
        QVERIFY(decision.message.isEmpty());
    } else {
        QVERIFY2(!decision.allowed, "the purchase was accepted");
        QCOMPARE(decision.rule, rule);
        QVERIFY(!decision.message.isEmpty());
        QVERIFY(!decision.message.trimmed().isEmpty());
    }
}

void TestLicensePolicy::boundariesAreInclusive_data() {
    QTest::addColumn<int>("tier");
    QTest::addColumn<Money>("price");
    QTest::addColumn<QString>("rule");

    const int academic = int(LicenseTier::Academic);
    const int commercial = int(LicenseTier::Commercial);
    const int enterprise = int(LicenseTier::Enterprise);
    QTest::newRow("academic floor") << academic << dollars(1'000) << QString();
    QTest::newRow("academic floor - 1 cent")
        << academic << dollars(1'000) - Money::fromCents(1) << mm::rules::kPriceBelowFloor;
    QTest::newRow("academic ceiling") << academic << dollars(10'000) << QString();
    QTest::newRow("academic ceiling + 1 cent")
        << academic << dollars(10'000) + Money::fromCents(1) << mm::rules::kPriceAboveCeiling;
    QTest::newRow("commercial floor") << commercial << dollars(50'000) << QString();
    QTest::newRow("commercial floor - 1 cent")
        << commercial << dollars(50'000) - Money::fromCents(1) << mm::rules::kPriceBelowFloor;
    QTest::newRow("commercial ceiling") << commercial << dollars(500'000) << QString();
    QTest::newRow("commercial ceiling + 1 cent")
        << commercial << dollars(500'000) + Money::fromCents(1) << mm::rules::kPriceAboveCeiling;
    QTest::newRow("enterprise floor") << enterprise << dollars(1'000'000) << QString();
    QTest::newRow("enterprise floor - 1 cent")
        << enterprise << dollars(1'000'000) - Money::fromCents(1) << mm::rules::kPriceBelowFloor;
    QTest::newRow("negative price")
        << commercial << Money::fromCents(-1) << mm::rules::kPriceBelowFloor;
}

void TestLicensePolicy::boundariesAreInclusive() {
    QFETCH(int, tier);
    QFETCH(Money, price);
    QFETCH(QString, rule);

    const auto id = static_cast<LicenseTier>(tier);
    PurchaseRequest request = acceptable(id);
    request.price = price;
    request.buyerBudget = price; // a budget equal to the fee covers it
    const mm::PolicyDecision decision = defaultPolicy(id).check(request);
    QCOMPARE(decision.allowed, rule.isEmpty());
    QCOMPARE(decision.rule, rule);
}

void TestLicensePolicy::firstBrokenRuleIsReported() {
    // Several rules broken at once: the first in the documented order wins, every time.
    PurchaseRequest request = acceptable(LicenseTier::Academic);
    request.buyerType = BuyerType::Startup;
    request.use = IntendedUse::Business;
    request.price = dollars(50);
    request.deployments = 9;
    request.buyerBudget = Money();
    const mm::LicensePolicy policy = defaultPolicy(LicenseTier::Academic);
    QCOMPARE(policy.check(request).rule, mm::rules::kBuyerType);
    request.buyerType = BuyerType::Academic;
    QCOMPARE(policy.check(request).rule, mm::rules::kResearchOnly);
    request.use = IntendedUse::Research;
    QCOMPARE(policy.check(request).rule, mm::rules::kDeploymentCap);
    request.deployments = 2;
    QCOMPARE(policy.check(request).rule, mm::rules::kPriceBelowFloor);
    request.price = dollars(2'000);
    QCOMPARE(policy.check(request).rule, mm::rules::kBudget);
    request.buyerBudget = dollars(2'000);
    QVERIFY(policy.check(request).allowed);

    // Not listed comes before everything else.
    request.listedInTier = false;
    request.buyerType = BuyerType::Enterprise;
    QCOMPARE(policy.check(request).rule, mm::rules::kNotListed);
}

void TestLicensePolicy::requestForAnotherTier() {
    PurchaseRequest request = acceptable(LicenseTier::Commercial);
    request.tier = LicenseTier::Enterprise;
    const mm::PolicyDecision decision = defaultPolicy(LicenseTier::Commercial).check(request);
    QVERIFY(!decision.allowed);
    QCOMPARE(decision.rule, mm::rules::kNotListed);
    QVERIFY(!decision.message.isEmpty());
}

void TestLicensePolicy::decisionToError() {
    PurchaseRequest request = acceptable(LicenseTier::Enterprise);
    request.buyerSize = 200;
    const mm::PolicyDecision decision = defaultPolicy(LicenseTier::Enterprise).check(request);
    const mm::Error error = decision.toError();
    QCOMPARE(error.rule, mm::rules::kMinBuyerSize);
    QCOMPARE(error.message, decision.message);
    QVERIFY(error.message.contains(u"200"_s));

    const mm::PolicyDecision allowed = mm::PolicyDecision::allow();
    QVERIFY(allowed.allowed);
    const mm::PolicyDecision refused = mm::PolicyDecision::refuse(u"x"_s, u"y"_s);
    QVERIFY(!refused.allowed);
    QCOMPARE(refused.rule, u"x"_s);
}

void TestLicensePolicy::editedPolicyIsEnforced() {
    // Designers edit tiers; the policy enforces what the data says, not hard-coded figures.
    mm::TierPolicy tier = mm::EconomyConfig::defaults().tier(LicenseTier::Commercial);
    tier.priceFloor = dollars(10'000);
    tier.deploymentCap = std::nullopt;
    tier.requiredUse = std::nullopt;
    tier.allowedBuyerTypes.append(BuyerType::Academic);
    tier.minBuyerSize = 50;
    tier.attributionRequired = true;
    QVERIFY(tier.validate().ok());
    const mm::LicensePolicy policy(tier);
    QCOMPARE(policy.policy(), tier);

    PurchaseRequest request = acceptable(LicenseTier::Commercial);
    request.buyerType = BuyerType::Academic;
    request.use = IntendedUse::Research;
    request.price = dollars(20'000);
    request.deployments = std::nullopt;
    request.attributionAccepted = true;
    QVERIFY(policy.check(request).allowed);
    request.buyerSize = 49;
    QCOMPARE(policy.check(request).rule, mm::rules::kMinBuyerSize);
    request.buyerSize = 50;
    request.attributionAccepted = false;
    QCOMPARE(policy.check(request).rule, mm::rules::kAttribution);
}

void TestLicensePolicy::everyDefaultTierAcceptsItsTemplate() {
    for (LicenseTier id : mm::enumValues<LicenseTier>()) {
        const mm::PolicyDecision decision = defaultPolicy(id).check(acceptable(id));
        QVERIFY2(decision.allowed, qPrintable(mm::enumKey(id) + u": "_s + decision.message));
    }
}

QTEST_GUILESS_MAIN(TestLicensePolicy)
#include "tst_licensepolicy.moc"
