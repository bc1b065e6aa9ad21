// Pricing: recommended list prices stay inside each tier's range and follow quality and size;
// usage charges and license revenue are exact to the cent.
#include "core/Pricing.h"

#include <QTest>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using mm::LicenseTier;
using mm::Money;
using mm::Pricing;
using mm::SizeClass;

// Failed comparisons print amounts, not "<no string>".
namespace QTest {
template <>
char* toString(const mm::Money& money) {
    return qstrdup(qPrintable(money.toPlainString()));
}
} // namespace QTest

namespace {

Money dollars(qint64 units) {
    return Money::fromCents(units * 100);
}

QList<double> qualitySteps() {
    QList<double> steps;
    for (int quality = 0; quality <= 100; quality += 5)
        steps.append(quality);
    return steps;
}

} // namespace

class TestPricing : public QObject {
    Q_OBJECT

private slots:
    void recommendedPriceStaysInRange_data();
    void recommendedPriceStaysInRange();
    void recommendedPriceRisesWithQuality();
    void recommendedPriceRisesWithSize();
    void openSourceIsFree();
    void enterpriseUsesTheReference();
    void recommendedPriceExamples_data();
    void recommendedPriceExamples();
    void recommendedPriceOddQuality();
    void recommendedPriceFollowsEdits();

    void usageCharge_data();
    void usageCharge();
    void usageChargeRefuses();
    void licenseRevenue_data();
    void licenseRevenue();
    void licenseRevenueRefuses();
};

void TestPricing::recommendedPriceStaysInRange_data() {
    QTest::addColumn<int>("tier");
    for (LicenseTier tier : mm::enumValues<LicenseTier>())
        QTest::newRow(qPrintable(mm::enumKey(tier))) << int(tier);
}

void TestPricing::recommendedPriceStaysInRange() {
    QFETCH(int, tier);

    const Pricing pricing(mm::EconomyConfig::defaults());
    const auto id = static_cast<LicenseTier>(tier);
    const mm::TierPolicy& policy = pricing.config().tier(id);
    const Money ceiling = policy.priceCeiling.value_or(policy.pricingReferenceCeiling);
    for (SizeClass size : mm::enumValues<SizeClass>()) {
        for (double quality : qualitySteps()) {
            const Money price = pricing.recommendedPrice(id, quality, size);
            const QString where = u"%1 at quality %2: %3"_s.arg(mm::enumKey(size))
                                      .arg(quality)
                                      .arg(price.toPlainString());
            QVERIFY2(price >= policy.priceFloor, qPrintable(where));
            QVERIFY2(price <= ceiling, qPrintable(where));
            if (policy.priceCeiling)
                QVERIFY2(price <= *policy.priceCeiling, qPrintable(where));
            // The result is rounded: whole $100 on wide ranges, whole dollars on narrow ones.
            const qint64 step = (ceiling - policy.priceFloor).cents() >= 1'000'000 ? 10'000 : 100;
            QVERIFY2(price.cents() % step == 0 || price == policy.priceFloor || price == ceiling,
                     qPrintable(where));
        }
    }
}

void TestPricing::recommendedPriceRisesWithQuality() {
    const Pricing pricing(mm::EconomyConfig::defaults());
    for (LicenseTier tier : mm::enumValues<LicenseTier>()) {
        for (SizeClass size : mm::enumValues<SizeClass>()) {
            Money previous = Money::fromCents(std::numeric_limits<qint64>::min());
            for (double quality : qualitySteps()) {
                const Money price = pricing.recommendedPrice(tier, quality, size);
                QVERIFY2(
                    price >= previous,
                    qPrintable(
                        u"%1 %2 at %3"_s.arg(mm::enumKey(tier), mm::enumKey(size)).arg(quality)));
                previous = price;
            }
        }
        // Across the whole range quality makes a real difference (Open Source aside).
        if (tier != LicenseTier::OpenSource)
            QVERIFY(pricing.recommendedPrice(tier, 100, SizeClass::Medium) >
                    pricing.recommendedPrice(tier, 0, SizeClass::Medium));
    }
}

void TestPricing::recommendedPriceRisesWithSize() {
    const Pricing pricing(mm::EconomyConfig::defaults());
    for (LicenseTier tier : mm::enumValues<LicenseTier>()) {
        for (double quality : qualitySteps()) {
            Money previous = Money::fromCents(std::numeric_limits<qint64>::min());
            for (SizeClass size : mm::enumValues<SizeClass>()) {
                const Money price = pricing.recommendedPrice(tier, quality, size);
                QVERIFY2(
                    price >= previous,
                    qPrintable(
                        u"%1 %2 at %3"_s.arg(mm::enumKey(tier), mm::enumKey(size)).arg(quality)));
                previous = price;
            }
        }
        if (tier != LicenseTier::OpenSource)
            QVERIFY(pricing.recommendedPrice(tier, 50, SizeClass::Frontier) >
                    pricing.recommendedPrice(tier, 50, SizeClass::Small));
    }
}

void TestPricing::openSourceIsFree() {
    const Pricing pricing(mm::EconomyConfig::defaults());
    for (SizeClass size : mm::enumValues<SizeClass>()) {
        for (double quality : qualitySteps())
            QCOMPARE(pricing.recommendedPrice(LicenseTier::OpenSource, quality, size), Money());
    }
}

void TestPricing::enterpriseUsesTheReference() {
    const Pricing pricing(mm::EconomyConfig::defaults());
    const mm::TierPolicy& enterprise = pricing.config().tier(LicenseTier::Enterprise);
    QVERIFY(!enterprise.priceCeiling.has_value());
    for (SizeClass size : mm::enumValues<SizeClass>()) {
        for (double quality : qualitySteps()) {
            const Money price = pricing.recommendedPrice(LicenseTier::Enterprise, quality, size);
            QVERIFY(price >= dollars(1'000'000));
            QVERIFY(price <= enterprise.pricingReferenceCeiling);
        }
    }
    QCOMPARE(pricing.recommendedPrice(LicenseTier::Enterprise, 0, SizeClass::Small),
             dollars(1'000'000));
    QCOMPARE(pricing.recommendedPrice(LicenseTier::Enterprise, 100, SizeClass::Frontier),
             enterprise.pricingReferenceCeiling);
}

void TestPricing::recommendedPriceExamples_data() {
    QTest::addColumn<int>("tier");
    QTest::addColumn<double>("quality");
    QTest::addColumn<int>("size");
    QTest::addColumn<Money>("price");

    // position = 0.6 × quality/100 + 0.4 × size/3, in permille, over the tier's span.
    QTest::newRow("commercial, worst")
        << int(LicenseTier::Commercial) << 0.0 << int(SizeClass::Small) << dollars(50'000);
    QTest::newRow("commercial, best")
        << int(LicenseTier::Commercial) << 100.0 << int(SizeClass::Frontier) << dollars(500'000);
    // 0.6 × 0.5 + 0.4 / 3 = 0.4333 → 433‰ of $450k = $194,850 above the floor → $244,850 →
    // $244,900.
    QTest::newRow("commercial, middling medium")
        << int(LicenseTier::Commercial) << 50.0 << int(SizeClass::Medium) << dollars(244'900);
    // Academic's $9k span is narrow: whole dollars. 433‰ of $9,000 = $3,897.
    QTest::newRow("academic, middling medium")
        << int(LicenseTier::Academic) << 50.0 << int(SizeClass::Medium) << dollars(4'897);
    // 0.6 × 0.8 + 0.4 × 2/3 = 0.7467 → 747‰ of $9M = $6,723,000 → $7,723,000.
    QTest::newRow("enterprise, good large")
        << int(LicenseTier::Enterprise) << 80.0 << int(SizeClass::Large) << dollars(7'723'000);
}

void TestPricing::recommendedPriceExamples() {
    QFETCH(int, tier);
    QFETCH(double, quality);
    QFETCH(int, size);
    QFETCH(Money, price);

    const Pricing pricing(mm::EconomyConfig::defaults());
    QCOMPARE(pricing.recommendedPrice(static_cast<LicenseTier>(tier), quality,
                                      static_cast<SizeClass>(size)),
             price);
}

void TestPricing::recommendedPriceOddQuality() {
    // Quality outside 0..100, or not a number at all, still gives a price inside the range.
    const Pricing pricing(mm::EconomyConfig::defaults());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double infinity = std::numeric_limits<double>::infinity();
    QCOMPARE(pricing.recommendedPrice(LicenseTier::Commercial, -40, SizeClass::Small),
             dollars(50'000));
    QCOMPARE(pricing.recommendedPrice(LicenseTier::Commercial, 250, SizeClass::Frontier),
             dollars(500'000));
    QCOMPARE(pricing.recommendedPrice(LicenseTier::Commercial, -infinity, SizeClass::Small),
             dollars(50'000));
    QCOMPARE(pricing.recommendedPrice(LicenseTier::Commercial, infinity, SizeClass::Frontier),
             dollars(500'000));
    for (LicenseTier tier : mm::enumValues<LicenseTier>()) {
        const Money price = pricing.recommendedPrice(tier, nan, SizeClass::Large);
        const mm::TierPolicy& policy = pricing.config().tier(tier);
        QVERIFY(price >= policy.priceFloor);
        QVERIFY(price <= policy.priceCeiling.value_or(policy.pricingReferenceCeiling));
        // Unknown quality is priced as the lowest quality.
        QCOMPARE(price, pricing.recommendedPrice(tier, 0, SizeClass::Large));
    }
}

void TestPricing::recommendedPriceFollowsEdits() {
    mm::EconomyConfig config = mm::EconomyConfig::defaults();
    // A fixed-price tier.
    config.tier(LicenseTier::Academic).priceFloor = dollars(2'500);
    config.tier(LicenseTier::Academic).priceCeiling = dollars(2'500);
    // A ceiling that is not a multiple of the rounding step is still reachable, never exceeded.
    config.tier(LicenseTier::Commercial).priceCeiling = Money::fromCents(49'999'999);
    QVERIFY(config.validate().ok());
    const Pricing pricing(config);
    for (double quality : qualitySteps())
        QCOMPARE(pricing.recommendedPrice(LicenseTier::Academic, quality, SizeClass::Large),
                 dollars(2'500));
    QCOMPARE(pricing.recommendedPrice(LicenseTier::Commercial, 100, SizeClass::Frontier),
             Money::fromCents(49'999'999));
    for (double quality : qualitySteps())
        QVERIFY(pricing.recommendedPrice(LicenseTier::Commercial, quality, SizeClass::Frontier) <=
                Money::fromCents(49'999'999));
}

void TestPricing::usageCharge_data() {
    QTest::addColumn<qint64>("calls");
    QTest::addColumn<Money>("rate");
    QTest::addColumn<Money>("charge");

    // 1,234,567 × $0.50 / 1000 = $617.2835 → $617.28.
    QTest::newRow("seed example") << qint64(1'234'567) << Money::fromCents(50)
                                  << Money::fromCents(61'728);
    QTest::newRow("zero calls") << qint64(0) << Money::fromCents(50) << Money();
    QTest::newRow("zero rate") << qint64(1'000'000) << Money() << Money();
    QTest::newRow("exactly 1000 calls")
        << qint64(1'000) << Money::fromCents(50) << Money::fromCents(50);
    // Half a cent rounds up; just under half rounds down.
    QTest::newRow("half a cent") << qint64(10) << Money::fromCents(50) << Money::fromCents(1);
    QTest::newRow("just under half a cent") << qint64(9) << Money::fromCents(50) << Money();
    QTest::newRow("2.5 cents") << qint64(50) << Money::fromCents(50) << Money::fromCents(3);
    QTest::newRow("one call") << qint64(1) << Money::fromCents(5) << Money();
    QTest::newRow("academic rate")
        << qint64(3'333'333) << Money::fromCents(5) << Money::fromCents(16'667);
    QTest::newRow("a billion calls")
        << qint64(1'000'000'000) << Money::fromCents(20) << dollars(200'000);
    QTest::newRow("huge volume") << std::numeric_limits<qint64>::max() << Money::fromCents(1)
                                 << Money::fromCents(9'223'372'036'854'776);
}

void TestPricing::usageCharge() {
    QFETCH(qint64, calls);
    QFETCH(Money, rate);
    QFETCH(Money, charge);

    const auto result = Pricing::usageCharge(calls, rate);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(*result, charge);
}

void TestPricing::usageChargeRefuses() {
    const auto negative = Pricing::usageCharge(-1, Money::fromCents(50));
    QVERIFY(!negative.ok());
    QCOMPARE(negative.error().rule, u"usage-calls"_s);
    QVERIFY(!negative.error().message.isEmpty());
    QVERIFY(!Pricing::usageCharge(std::numeric_limits<qint64>::min(), Money::fromCents(50)).ok());

    const auto overflow =
        Pricing::usageCharge(std::numeric_limits<qint64>::max(), dollars(1'000'000));
    QVERIFY(!overflow.ok());
    QCOMPARE(overflow.error().rule, u"money-overflow"_s);
}

void TestPricing::licenseRevenue_data() {
    QTest::addColumn<Money>("fee");
    QTest::addColumn<qint64>("monthlyCalls");
    QTest::addColumn<Money>("rate");
    QTest::addColumn<int>("months");

    QTest::newRow("commercial year")
        << dollars(100'000) << qint64(1'234'567) << Money::fromCents(50) << 12;
    QTest::newRow("no months") << dollars(100'000) << qint64(1'234'567) << Money::fromCents(50)
                               << 0;
    QTest::newRow("one month") << dollars(5'000) << qint64(3'333'333) << Money::fromCents(5) << 1;
    QTest::newRow("no calls") << dollars(2'000'000) << qint64(0) << Money::fromCents(20) << 36;
    QTest::newRow("open source") << Money() << qint64(10'000'000) << Money() << 24;
    QTest::newRow("long enterprise term")
        << dollars(2'000'000) << qint64(987'654'321) << Money::fromCents(20) << 1200;
}

void TestPricing::licenseRevenue() {
    QFETCH(Money, fee);
    QFETCH(qint64, monthlyCalls);
    QFETCH(Money, rate);
    QFETCH(int, months);

    const auto revenue = Pricing::licenseRevenue(fee, monthlyCalls, rate, months);
    QVERIFY2(revenue.ok(), qPrintable(revenue.ok() ? QString() : revenue.error().toString()));
    const Money monthly = *Pricing::usageCharge(monthlyCalls, rate);
    // Each month's charge is rounded to the cent before it is added up, as the invoices are.
    QCOMPARE(*revenue, fee + monthly * months);
}

void TestPricing::licenseRevenueRefuses() {
    // Worked example: $100,000 + 12 × $617.28 = $107,407.36.
    QCOMPARE(*Pricing::licenseRevenue(dollars(100'000), 1'234'567, Money::fromCents(50), 12),
             Money::fromCents(10'740'736));

    const auto negativeCalls =
        Pricing::licenseRevenue(dollars(100'000), -5, Money::fromCents(50), 12);
    QVERIFY(!negativeCalls.ok());
    QCOMPARE(negativeCalls.error().rule, u"usage-calls"_s);

    const auto negativeMonths =
        Pricing::licenseRevenue(dollars(100'000), 1'000, Money::fromCents(50), -1);
    QVERIFY(!negativeMonths.ok());
    QCOMPARE(negativeMonths.error().rule, u"usage-months"_s);
    QVERIFY(!negativeMonths.error().message.isEmpty());

    const auto overflowMonths =
        Pricing::licenseRevenue(Money(), std::numeric_limits<qint64>::max() / 1000, dollars(1'000),
                                std::numeric_limits<int>::max());
    QVERIFY(!overflowMonths.ok());
    QCOMPARE(overflowMonths.error().rule, u"money-overflow"_s);

    const auto overflowFee = Pricing::licenseRevenue(
        Money::fromCents(std::numeric_limits<qint64>::max()), 1'000'000, Money::fromCents(50), 1);
    QVERIFY(!overflowFee.ok());
    QCOMPARE(overflowFee.error().rule, u"money-overflow"_s);
}

QTEST_GUILESS_MAIN(TestPricing)
#include "tst_pricing.moc"
