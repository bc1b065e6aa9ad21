// Scenarios and balancing on hand-made markets: parameters and overrides, common random numbers,
// sensitivity, goal seek and balance rules.

#include "MarketFixtures.h"
#include "ResultChecks.h"
#include "core/BalanceRule.h"
#include "core/GoalSeek.h"
#include "core/Scenario.h"
#include "core/ScenarioComparison.h"
#include "core/Sensitivity.h"

#include <QJsonDocument>
#include <QTest>

using namespace mm;
using namespace mm::test;

namespace {

// The varied market with the default budget inflow, so buyers keep buying all horizon long.
MarketState livelyMarket() {
    MarketState state = variedMarket();
    const DemandConfig defaults = DemandConfig::defaults();
    for (BuyerType type : enumValues<BuyerType>())
        state.config.demand.of(type).budgetCap = defaults.of(type).budgetCap;
    return state;
}

ForecastSettings smallForecast() {
    ForecastSettings settings;
    settings.months = 12;
    settings.runs = 40;
    settings.seed = 77;
    settings.threads = 2;
    return settings;
}

ForecastMetric metric(const char* text) {
    auto parsed = ForecastMetric::parse(QString::fromLatin1(text));
    if (!parsed)
        qFatal("bad metric %s: %s", text, qPrintable(parsed.error().toString()));
    return *parsed;
}

} // namespace

class TestScenarios : public QObject {
    Q_OBJECT

private slots:
    void parametersNameEveryNumberOnce() {
        const QList<ScenarioParameter> parameters = scenarioParameters(EconomyConfig::defaults());
        QStringList paths;
        for (const ScenarioParameter& parameter : parameters)
            paths.append(parameter.path);
        QCOMPARE(paths.removeDuplicates(), 0);
        const auto floor =
            findScenarioParameter(EconomyConfig::defaults(), u"tiers.commercial.priceFloor");
        QVERIFY(floor);
        QCOMPARE(floor->unit, ParameterUnit::Money);
        QCOMPARE(floor->value, QStringLiteral("50000.00"));
        const auto need = findScenarioParameter(EconomyConfig::defaults(),
                                                u"demand.buyerTypes.startup.needPerMonth");
        QVERIFY(need);
        QCOMPARE(need->unit, ParameterUnit::Real);
        QCOMPARE(need->value, QStringLiteral("0.12"));
        const auto term =
            findScenarioParameter(EconomyConfig::defaults(), u"tiers.enterprise.termMonths");
        QVERIFY(term);
        QCOMPARE(term->unit, ParameterUnit::Integer);
        QVERIFY(paths.contains(QStringLiteral("sizeClasses.medium.costMin")));
        QVERIFY(paths.contains(QStringLiteral("gpuTypes.h100.hourlyRate")));
        QVERIFY(paths.contains(QStringLiteral("listingPricePercent.commercial")));
        // Names, keys, the seed and team make-up are not tuning knobs.
        QVERIFY(!paths.contains(QStringLiteral("marketSeed")));
        QVERIFY(!paths.contains(QStringLiteral("gpuTypes.h100.name")));
        QVERIFY(std::none_of(paths.begin(), paths.end(),
                             [](const QString& p) { return p.contains(u"presetTeam"); }));
    }

    void everyParameterCanBeSetToItsOwnValue() {
        const EconomyConfig base = EconomyConfig::defaults();
        for (const ScenarioParameter& parameter : scenarioParameters(base)) {
            auto applied = applyOverrides(base, {{parameter.path, parameter.value}});
            QVERIFY2(applied, qPrintable(parameter.path));
            QVERIFY2(*applied == base, qPrintable(parameter.path));
        }
    }

    void overridesChangeTheConfig() {
        const EconomyConfig base = EconomyConfig::defaults();
        auto applied = applyOverrides(
            base, {{QStringLiteral("tiers.commercial.priceFloor"), QStringLiteral("$60,000")},
                   {QStringLiteral("demand.outsideUtility"), QStringLiteral("1.5")},
                   {QStringLiteral("sizeClasses.medium.daysMax"), QStringLiteral("20")}});
        MM_VERIFY_OK(applied);
        QCOMPARE(applied->tier(LicenseTier::Commercial).priceFloor, dollars(60'000));
        QCOMPARE(applied->demand.outsideUtility, 1.5);
        QCOMPARE(applied->sizeClass(SizeClass::Medium).daysMax, 20);
        QCOMPARE(applied->tier(LicenseTier::Enterprise), base.tier(LicenseTier::Enterprise));
    }

    void badOverridesAreNamed() {
        const EconomyConfig base = EconomyConfig::defaults();
        auto unknown = applyOverrides(
            base, {{QStringLiteral("tiers.premium.priceFloor"), QStringLiteral("1")}});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().rule, QStringLiteral("scenario-unknown-parameter"));
        QVERIFY(unknown.error().toString().contains(u"tiers.premium.priceFloor"));

        auto notNumber = applyOverrides(
            base, {{QStringLiteral("demand.outsideUtility"), QStringLiteral("lots")}});
        QVERIFY(!notNumber);
        QCOMPARE(notNumber.error().rule, QStringLiteral("scenario-value-invalid"));
        QVERIFY(notNumber.error().toString().contains(u"demand.outsideUtility"));

        auto aboveCeiling = applyOverrides(
            base, {{QStringLiteral("tiers.commercial.priceFloor"), QStringLiteral("600000")}});
        QVERIFY(!aboveCeiling);
        QCOMPARE(aboveCeiling.error().rule, QStringLiteral("scenario-value-range"));
        QVERIFY(aboveCeiling.error().toString().contains(u"ceiling"));

        auto chance = applyOverrides(
            base,
            {{QStringLiteral("demand.buyerTypes.startup.needPerMonth"), QStringLiteral("1.5")}});
        QVERIFY(!chance);
        QVERIFY(chance.error().toString().contains(u"needPerMonth"));

        auto percent = applyOverrides(
            base, {{QStringLiteral("listingPricePercent.academic"), QStringLiteral("0")}});
        QVERIFY(!percent);
        QCOMPARE(percent.error().rule, QStringLiteral("scenario-value-range"));
    }

    void scaledValuesKeepTheirUnit() {
        const EconomyConfig base = EconomyConfig::defaults();
        const auto floor = *findScenarioParameter(base, u"tiers.academic.priceFloor");
        QCOMPARE(scaledParameterValue(floor, 10), QStringLiteral("1100.00"));
        QCOMPARE(scaledParameterValue(floor, -10), QStringLiteral("900.00"));
        const auto rate = *findScenarioParameter(base, u"tiers.academic.usageRatePer1000Calls");
        QCOMPARE(scaledParameterValue(rate, 10), QStringLiteral("0.06")); // 5.5 cents, half up
        const auto term = *findScenarioParameter(base, u"tiers.commercial.termMonths");
        QCOMPARE(scaledParameterValue(term, 10), QStringLiteral("13"));
    }

    void anIdenticalScenarioShowsExactlyZeroDifference() {
        const MarketState base = livelyMarket();
        const QList<ScenarioVariant> variants{
            {QStringLiteral("Same"),
             {{QStringLiteral("tiers.commercial.priceFloor"), QStringLiteral("50000.00")},
              {QStringLiteral("listingPricePercent.enterprise"), QStringLiteral("100")}}},
            {QStringLiteral("Cheaper"),
             {{QStringLiteral("listingPricePercent.commercial"), QStringLiteral("60")}}},
        };
        auto outcomes = runScenarios(base, variants, smallForecast());
        MM_VERIFY_OK(outcomes);
        QCOMPARE(outcomes->size(), 3);
        for (ComparisonGrouping grouping : {ComparisonGrouping::Tier, ComparisonGrouping::Year}) {
            const ForecastTable table = comparisonTable(*outcomes, grouping);
            const auto scenario = table.keys.indexOf(QStringLiteral("scenario"));
            const auto change = table.keys.indexOf(QStringLiteral("change_p50"));
            const auto percent = table.keys.indexOf(QStringLiteral("change_percent"));
            int sameRows = 0;
            for (const QVariantList& row : table.rows) {
                if (row.at(scenario).toString() != QStringLiteral("Same"))
                    continue;
                ++sameRows;
                QCOMPARE(row.at(change).toLongLong(), 0);
                QCOMPARE(row.at(percent).toLongLong(), 0);
            }
            QCOMPARE(sameRows, grouping == ComparisonGrouping::Tier ? 5 : 5);
        }
        // Exactly: every month's band of every tier.
        for (int month = 0; month < 12; ++month) {
            for (int tier = 0; tier < 4; ++tier)
                QCOMPARE(outcomes->at(1).result.monthly(ForecastSeries::Revenue, tier, month),
                         outcomes->at(0).result.monthly(ForecastSeries::Revenue, tier, month));
        }
        // And a real change does show: cheaper Commercial licenses sell more of them.
        QVERIFY(outcomes->at(2).result.overHorizon(ForecastSeries::Licenses, 2).p50 >
                outcomes->at(0).result.overHorizon(ForecastSeries::Licenses, 2).p50);
    }

    void priceLevelsMoveAndClampListings() {
        const MarketState base = livelyMarket();
        auto state = scenarioState(
            base, {{QStringLiteral("listingPricePercent.commercial"), QStringLiteral("50")}});
        QVERIFY(state);
        for (std::size_t i = 0; i < base.listings.size(); ++i) {
            const MarketListing& before = base.listings[i];
            const MarketListing& after = state->listings[i];
            if (before.tier != LicenseTier::Commercial) {
                QCOMPARE(after.price, before.price);
                continue;
            }
            // Half the price, but never below the tier's floor.
            QCOMPARE(after.price, std::max(*before.price.scaled(50, 100), dollars(50'000)));
        }
        auto none = scenarioState(base, {});
        QVERIFY(none);
        for (std::size_t i = 0; i < base.listings.size(); ++i)
            QCOMPARE(none->listings[i].price, base.listings[i].price);
    }

    void theTornadoRanksAParameterWithNoEffectLastWithZero() {
        SensitivitySettings settings;
        settings.parameters = {QStringLiteral("gpuTypes.a100.capacity"),
                               QStringLiteral("listingPricePercent.commercial"),
                               QStringLiteral("demand.buyerTypes.commercial.needPerMonth")};
        settings.metric = metric("tier-revenue:commercial");
        settings.forecast = smallForecast();
        qint64 lastDone = 0;
        auto result = runSensitivity(livelyMarket(), {}, settings, [&](qint64 done, qint64 total) {
            lastDone = done;
            return done <= total;
        });
        MM_VERIFY_OK(result);
        QCOMPARE(result->forecasts, 7);
        QCOMPARE(lastDone, qint64(7) * settings.forecast.runs);
        QCOMPARE(result->rows.size(), 3);
        const SensitivityRow& last = result->rows.last();
        QCOMPARE(last.path, QStringLiteral("gpuTypes.a100.capacity"));
        QCOMPARE(last.swing(result->baseMetric), 0);
        QVERIFY(result->rows.first().swing(result->baseMetric) > 0);
        QVERIFY(result->rows.at(0).swing(result->baseMetric) >=
                result->rows.at(1).swing(result->baseMetric));
        const ForecastTable table = sensitivityTable(*result);
        QCOMPARE(table.rows.size(), 3);
        QCOMPARE(table.rows.last().at(0).toString(), QStringLiteral("gpuTypes.a100.capacity"));
    }

    void aMoveThatBreaksARuleIsReportedNotRun() {
        SensitivitySettings settings;
        settings.parameters = {QStringLiteral("tiers.commercial.priceFloor")};
        settings.percent = 50; // 75,000 is fine, but the ceiling stays 500,000: both valid
        settings.metric = metric("revenue");
        settings.forecast = smallForecast();
        MarketState base = livelyMarket();
        base.config.tier(LicenseTier::Commercial).priceCeiling = dollars(60'000);
        auto result = runSensitivity(base, {}, settings);
        MM_VERIFY_OK(result);
        QVERIFY(result->rows.first().lowProblem.isEmpty());
        QVERIFY(result->rows.first().highProblem.contains(u"ceiling"));
        QCOMPARE(result->rows.first().highMetric, result->baseMetric);
    }

    void goalSeekLandsWithinTolerance() {
        const MarketState base = livelyMarket();
        const ForecastMetric revenue = metric("tier-revenue:commercial");
        // The target is what a known value gives, so it is reachable by construction.
        auto known = runScenarios(base,
                                  {{QStringLiteral("known"),
                                    {{QStringLiteral("demand.buyerTypes.commercial.needPerMonth"),
                                      QStringLiteral("0.13")}}}},
                                  smallForecast());
        QVERIFY(known);
        GoalSeekSettings settings;
        settings.parameter = QStringLiteral("demand.buyerTypes.commercial.needPerMonth");
        settings.metric = revenue;
        settings.target = revenue.evaluate(known->at(1).result)->p50;
        settings.forecast = smallForecast();
        auto result = goalSeek(base, {}, settings);
        MM_VERIFY_OK(result);
        QVERIFY2(result->reached, qPrintable(result->message));
        QVERIFY(std::abs(result->measured - settings.target) <= result->tolerance);
        QVERIFY(result->steps.size() <= 12);
        QCOMPARE(result->tolerance, std::max<qint64>(1, std::llround(settings.target / 100.0)));
    }

    void anUnreachableTargetIsSaidClearly() {
        GoalSeekSettings settings;
        settings.parameter = QStringLiteral("demand.buyerTypes.commercial.needPerMonth");
        settings.metric = metric("tier-revenue:commercial");
        settings.target = 1'000'000'000'000'000LL;
        settings.forecast = smallForecast();
        auto result = goalSeek(livelyMarket(), {}, settings);
        MM_VERIFY_OK(result);
        QVERIFY(!result->reached);
        QCOMPARE(result->steps.size(), 2);
        QVERIFY2(result->message.contains(u"out of reach"), qPrintable(result->message));
    }

    void metricsReadBackTheirText() {
        for (const char* text : {"revenue@24", "cumulative-revenue@36",
                                 "tier-revenue:enterprise@12", "tier-share:academic",
                                 "payback:medium", "lab-revenue:Studio@6", "lab-share:Studio"}) {
            const ForecastMetric parsed = metric(text);
            QCOMPARE(parsed.toText(), QString::fromLatin1(text));
        }
        QVERIFY(!ForecastMetric::parse(u"tier-share:platinum@24"));
        QVERIFY(!ForecastMetric::parse(u"revenue@0"));
        QVERIFY(!ForecastMetric::parse(u"payback:medium@12"));
        QVERIFY(!ForecastMetric::parse(u"profit"));
        QVERIFY(!ForecastMetric::parse(u"cumulative-revenue"));
        QCOMPARE(*parseMetricValue(metric("tier-share:enterprise"), u"40"), 4000);
        QCOMPARE(*parseMetricValue(metric("revenue"), u"$1234.5"), 123450);
        QVERIFY(!parseMetricValue(metric("tier-share:enterprise"), u"140"));
    }

    void balanceRulesPassFailAndRoundTrip() {
        ForecastSettings settings = smallForecast();
        const ForecastResult result = runForecast(livelyMarket(), settings);
        const ForecastMetric share = metric("tier-share:commercial@12");
        const qint64 measured = share.evaluate(result)->p50;

        BalanceRule inside{
            0, QStringLiteral("inside"), share, Statistic::P50, measured - 1, measured + 1};
        BalanceRule above{0, QStringLiteral("above"), share, Statistic::P50, measured + 1, {}};
        BalanceRule lab{0,   QStringLiteral("lab"), metric("lab-share:Nobody"), Statistic::P50, {},
                        5000};
        const QList<BalanceOutcome> outcomes = checkBalance({inside, above, lab}, result);
        QVERIFY(outcomes.at(0).passed);
        QCOMPARE(outcomes.at(0).measured, measured);
        QVERIFY(!outcomes.at(1).passed);
        QVERIFY(!outcomes.at(2).passed);
        QVERIFY(outcomes.at(2).problem.contains(u"Nobody"));

        auto back = BalanceRule::fromJson(inside.toJson());
        MM_VERIFY_OK(back);
        QCOMPARE(*back, inside);
        BalanceRule empty{0, QStringLiteral("none"), share, Statistic::P50, {}, {}};
        QVERIFY(!empty.validate());
        BalanceRule backwards{0, QStringLiteral("backwards"), share, Statistic::P50, 5000, 4000};
        QVERIFY(!backwards.validate());
        QCOMPARE(balanceHorizon({inside, lab}, 36), 36);
        QCOMPARE(balanceHorizon({inside}, 36), 12);
    }

    void scenariosSurviveTheirJson() {
        const EconomyConfig config = EconomyConfig::defaults();
        Scenario scenario;
        scenario.name = QStringLiteral("Dearer enterprise");
        scenario.notes = QStringLiteral("what if");
        scenario.setOverride(QStringLiteral("tiers.enterprise.priceFloor"),
                             QStringLiteral("1500000.00"));
        scenario.setOverride(QStringLiteral("demand.renewalLoyalty"), QStringLiteral("2.5"));
        scenario.setOverride(QStringLiteral("listingPricePercent.academic"), QStringLiteral("90"));
        const QJsonObject document = scenariosDocument({scenario});
        const QJsonObject reread =
            QJsonDocument::fromJson(QJsonDocument(document).toJson()).object();
        auto back = scenariosFromDocument(reread, config);
        MM_VERIFY_OK(back);
        QCOMPARE(back->size(), 1);
        QCOMPARE(back->first(), scenario);

        QJsonObject newer = document;
        newer.insert(QStringLiteral("version"), 99);
        auto refused = scenariosFromDocument(newer, config);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(u"newer"));

        QJsonObject bad = scenarioToJson(scenario);
        QJsonObject overrides = bad.value(QStringLiteral("overrides")).toObject();
        overrides.insert(QStringLiteral("tiers.enterprise.pricefloor"), QStringLiteral("1"));
        bad.insert(QStringLiteral("overrides"), overrides);
        auto unknown = scenarioFromJson(bad, config);
        QVERIFY(!unknown);
        QVERIFY(unknown.error().toString().contains(u"tiers.enterprise.pricefloor"));
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
