// EconomyConfig: the defaults carry the seed's figures, survive a JSON round trip bit for bit,
// and every broken edit is refused with a path a person can follow.
#include "core/EconomyConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;
using mm::EconomyConfig;
using mm::Money;

Q_DECLARE_METATYPE(std::function<void(EconomyConfig&)>)
Q_DECLARE_METATYPE(std::function<void(QJsonObject&)>)

// Failed comparisons print amounts, not "<no string>".
namespace QTest {
template <>
char* toString(const mm::Money& money) {
    return qstrdup(qPrintable(money.toPlainString()));
}
} // namespace QTest

namespace {

using ConfigEdit = std::function<void(EconomyConfig&)>;
using JsonEdit = std::function<void(QJsonObject&)>;

Money dollars(qint64 units) {
    return Money::fromCents(units * 100);
}

// What a file on disk goes through: serialised to bytes and parsed back.
mm::Result<EconomyConfig> throughBytes(const EconomyConfig& config,
                                       QJsonDocument::JsonFormat format) {
    const QByteArray bytes = QJsonDocument(config.toJson()).toJson(format);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return mm::makeError(parseError.errorString(), u"bytes"_s);
    return EconomyConfig::fromJson(document.object());
}

// Edits one element of a JSON array held in `object[name]` (QJsonValueRef does not nest).
void editArrayItem(QJsonObject& object, const QString& name, qsizetype index,
                   const std::function<void(QJsonObject&)>& edit) {
    QJsonArray array = object.value(name).toArray();
    QJsonObject item = array.at(index).toObject();
    edit(item);
    array.replace(index, item);
    object.insert(name, array);
}

} // namespace

class TestEconomyConfig : public QObject {
    Q_OBJECT

private slots:
    void defaultsValidate();
    void defaultsCarryTheSeedFigures();
    void lookups();
    void teamAndCurves();

    void jsonRoundTripIsExact_data();
    void jsonRoundTripIsExact();
    void modifiedConfigRoundTrips();
    void tierPolicyRoundTrip();

    void brokenJsonNamesThePath_data();
    void brokenJsonNamesThePath();
    void newerVersionRefused();
    void olderOrUnversionedAccepted();

    void invalidEditsRefused_data();
    void invalidEditsRefused();
    void invalidEditRefusedOnLoad();
};

void TestEconomyConfig::defaultsValidate() {
    const EconomyConfig config = EconomyConfig::defaults();
    const mm::Status valid = config.validate();
    QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().toString()));
    QCOMPARE(config.sizeClasses.size(), 4);
    QCOMPARE(config.tiers.size(), 4);
    QVERIFY(!config.gpuTypes.isEmpty());
    QVERIFY(!config.benchmarks.isEmpty());
    QCOMPARE(config.architectureModifiers.size(), mm::enumCount<mm::Architecture>());
    // defaults() is a pure function.
    QVERIFY(config == EconomyConfig::defaults());
}

void TestEconomyConfig::defaultsCarryTheSeedFigures() {
    const EconomyConfig config = EconomyConfig::defaults();

    // Training costs and times from the seed feature.
    const auto& small = config.sizeClass(mm::SizeClass::Small);
    QCOMPARE(small.costMin, dollars(10'000));
    QCOMPARE(small.costMax, std::optional<Money>(dollars(50'000)));
    QCOMPARE(small.daysMin, 1);
    QCOMPARE(small.daysMax, 3);
    const auto& medium = config.sizeClass(mm::SizeClass::Medium);
    QCOMPARE(medium.costMin, dollars(100'000));
    QCOMPARE(medium.costMax, std::optional<Money>(dollars(500'000)));
    QCOMPARE(medium.daysMin, 7);
    QCOMPARE(medium.daysMax, 14);
    const auto& large = config.sizeClass(mm::SizeClass::Large);
    QCOMPARE(large.costMin, dollars(1'000'000));
    QCOMPARE(large.costMax, std::optional<Money>(dollars(5'000'000)));
    QCOMPARE(large.daysMin, 30);
    QCOMPARE(large.daysMax, 60);
    const auto& frontier = config.sizeClass(mm::SizeClass::Frontier);
    QCOMPARE(frontier.costMin, dollars(10'000'000));
    QVERIFY(!frontier.costMax.has_value());
    QCOMPARE(frontier.daysMin, 90);
    QCOMPARE(frontier.daysMax, 180);

    // The four license tiers.
    const auto& openSource = config.tier(mm::LicenseTier::OpenSource);
    QCOMPARE(openSource.priceFloor, Money());
    QCOMPARE(openSource.priceCeiling, std::optional<Money>(Money()));
    QVERIFY(openSource.attributionRequired);
    const auto& academic = config.tier(mm::LicenseTier::Academic);
    QCOMPARE(academic.priceFloor, dollars(1'000));
    QCOMPARE(academic.priceCeiling, std::optional<Money>(dollars(10'000)));
    QVERIFY(academic.researchOnly);
    QCOMPARE(academic.allowedBuyerTypes, QList<mm::BuyerType>{mm::BuyerType::Academic});
    const auto& commercial = config.tier(mm::LicenseTier::Commercial);
    QCOMPARE(commercial.priceFloor, dollars(50'000));
    QCOMPARE(commercial.priceCeiling, std::optional<Money>(dollars(500'000)));
    QCOMPARE(commercial.requiredUse, std::optional<mm::IntendedUse>(mm::IntendedUse::Business));
    const auto& enterprise = config.tier(mm::LicenseTier::Enterprise);
    QCOMPARE(enterprise.priceFloor, dollars(1'000'000));
    QVERIFY(!enterprise.priceCeiling.has_value());
    QVERIFY(enterprise.unlimitedDeploymentsOnly);
    QVERIFY(!enterprise.deploymentCap.has_value());
    QVERIFY(enterprise.pricingReferenceCeiling >= enterprise.priceFloor);
}

void TestEconomyConfig::lookups() {
    EconomyConfig config = EconomyConfig::defaults();
    for (mm::SizeClass id : mm::enumValues<mm::SizeClass>())
        QCOMPARE(config.sizeClass(id).sizeClass, id);
    for (mm::LicenseTier id : mm::enumValues<mm::LicenseTier>())
        QCOMPARE(config.tier(id).tier, id);

    // The mutable tier() edits the config itself.
    config.tier(mm::LicenseTier::Commercial).termMonths = 24;
    QCOMPARE(config.tier(mm::LicenseTier::Commercial).termMonths, 24);
    QVERIFY(!config.tier(mm::LicenseTier::Commercial).isPerpetual());
    QVERIFY(config.tier(mm::LicenseTier::OpenSource).isPerpetual());

    QVERIFY(config.gpuType(u"a100"_s) != nullptr);
    QCOMPARE(config.gpuType(u"a100"_s)->key, u"a100"_s);
    QCOMPARE(config.gpuType(u"no-such-gpu"_s), nullptr);
    for (const auto& spec : config.sizeClasses)
        QVERIFY2(config.gpuType(spec.presetGpuType) != nullptr, qPrintable(spec.presetGpuType));

    QCOMPARE(config.modifier(mm::Architecture::MixtureOfExperts).architecture,
             mm::Architecture::MixtureOfExperts);
    config.architectureModifiers.clear();
    const mm::ArchitectureModifier neutral = config.modifier(mm::Architecture::Rnn);
    QCOMPARE(neutral.architecture, mm::Architecture::Rnn);
    QCOMPARE(neutral.performance, 0.0);
    QCOMPARE(neutral.accuracy, 0.0);
    QCOMPARE(neutral.efficiency, 0.0);

    // A config without a size class or tier is a programming error, reported loudly.
    config.sizeClasses.clear();
    config.tiers.clear();
    QVERIFY_THROWS_EXCEPTION(std::logic_error, (void)config.sizeClass(mm::SizeClass::Small));
    QVERIFY_THROWS_EXCEPTION(std::logic_error,
                             (void)std::as_const(config).tier(mm::LicenseTier::Academic));
}

void TestEconomyConfig::teamAndCurves() {
    const EconomyConfig config = EconomyConfig::defaults();
    mm::Team team;
    QCOMPARE(team.headcount(), 0);
    QCOMPARE(config.dailyTeamRate(team), Money());
    team.researchers = {1, 0, 2, 0};
    team.engineers = {0, 3, 0, 1};
    QCOMPARE(team.headcount(), 7);
    const auto& rate = config.dailyRateBySeniority;
    QCOMPARE(config.dailyTeamRate(team), rate[0] + rate[1] * 3 + rate[2] * 2 + rate[3]);

    const auto json = team.toJson();
    const auto back = mm::Team::fromJson(json);
    QVERIFY(back.ok());
    QVERIFY(*back == team);

    mm::Team negative = team;
    negative.engineers[2] = -1;
    const auto refused = mm::Team::fromJson(negative.toJson());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().rule, u"config-invalid"_s);

    const mm::ResearchCurve curve{15.0, 400.0};
    QCOMPARE(curve.bonus(0), 0.0);
    QCOMPARE(curve.bonus(-100), 0.0);
    QCOMPARE(curve.bonus(400), 7.5);
    QVERIFY(curve.bonus(1'000'000'000) < 15.0);
    QVERIFY(curve.bonus(std::numeric_limits<qint64>::max()) <= 15.0);
    QVERIFY(curve.bonus(100) - curve.bonus(0) > curve.bonus(200) - curve.bonus(100));
}

void TestEconomyConfig::jsonRoundTripIsExact_data() {
    QTest::addColumn<int>("format");
    QTest::newRow("indented") << int(QJsonDocument::Indented);
    QTest::newRow("compact") << int(QJsonDocument::Compact);
}

void TestEconomyConfig::jsonRoundTripIsExact() {
    QFETCH(int, format);
    const auto jsonFormat = static_cast<QJsonDocument::JsonFormat>(format);

    const EconomyConfig original = EconomyConfig::defaults();
    const QJsonObject json = original.toJson();
    QCOMPARE(json.value(u"format"_s).toString(), u"modelmarket-economy-config"_s);
    QCOMPARE(json.value(u"version"_s).toInt(), 1);

    const auto loaded = throughBytes(original, jsonFormat);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QVERIFY(*loaded == original);
    // And writing it again gives the same bytes.
    QCOMPARE(QJsonDocument(loaded->toJson()).toJson(jsonFormat),
             QJsonDocument(json).toJson(jsonFormat));
}

void TestEconomyConfig::modifiedConfigRoundTrips() {
    EconomyConfig config = EconomyConfig::defaults();
    // Doubles that have no short decimal form must come back bit for bit.
    config.engineerQualityWeight = 0.1 + 0.2; // 0.30000000000000004
    config.teamHalfSaturation = 1.0 / 3.0;
    config.actualCostSpread = 0.07000000000000001;
    config.performanceWeight = 0.1;
    config.accuracyWeight = 0.2;
    config.efficiencyWeight = 0.7; // adds up to 1.0000000000000002
    config.research.halfSaturationPoints = 123.456789012345678;
    config.sizeClasses[0].failureChance = 2.0 / 3.0;
    config.sizeClasses[1].efficiencyOffset = -0.1 - 0.2;
    config.benchmarks[0].noise = 5e-324; // the smallest subnormal
    config.architectureModifiers[2].accuracy = -1.7976931348623157e308;
    // Money and counts beyond 2^53, where doubles would lose cents.
    config.sizeClasses[3].costMax = Money::fromCents(std::numeric_limits<qint64>::max());
    config.sizeClasses[3].costMin = Money::fromCents(9'007'199'254'740'993);
    config.sizeClasses[3].parametersMax = std::numeric_limits<qint64>::max();
    config.sizeClasses[3].presetDatasetTokens = 9'007'199'254'740'993;
    config.dataCostPerMillionTokens = Money::fromCents(1);
    config.tier(mm::LicenseTier::Enterprise).pricingReferenceCeiling =
        Money::fromCents(std::numeric_limits<qint64>::max() - 1);
    // Optional fields flipped both ways.
    config.tier(mm::LicenseTier::Academic).deploymentCap = std::nullopt;
    config.tier(mm::LicenseTier::Academic).requiredUse = std::nullopt;
    config.tier(mm::LicenseTier::Commercial).priceCeiling = std::nullopt;
    config.tier(mm::LicenseTier::OpenSource).deploymentCap = 7;
    config.tier(mm::LicenseTier::OpenSource).requiredUse = mm::IntendedUse::Research;
    config.tier(mm::LicenseTier::Commercial).allowedBuyerTypes = {mm::BuyerType::Enterprise,
                                                                  mm::BuyerType::Startup};
    config.sizeClasses[0].presetTeam.engineers = {0, 0, 0, 9};
    config.gpuTypes.append({u"tpu"_s, u"Tensor unit ✓"_s, 333.25, Money::fromCents(12345), 0});
    config.cancellationFeePercent = 100;
    const mm::Status valid = config.validate();
    QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().toString()));
    QVERIFY(!(config == EconomyConfig::defaults()));

    const auto loaded = throughBytes(config, QJsonDocument::Indented);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->engineerQualityWeight, 0.1 + 0.2);
    QCOMPARE(loaded->sizeClasses[3].costMax->cents(), std::numeric_limits<qint64>::max());
    QCOMPARE(loaded->sizeClasses[3].costMin.cents(), 9'007'199'254'740'993);
    QCOMPARE(loaded->sizeClasses[3].presetDatasetTokens, 9'007'199'254'740'993);
    QCOMPARE(loaded->benchmarks[0].noise, 5e-324);
    QVERIFY(*loaded == config);
}

void TestEconomyConfig::tierPolicyRoundTrip() {
    for (const mm::TierPolicy& policy : EconomyConfig::defaults().tiers) {
        const auto back = mm::TierPolicy::fromJson(policy.toJson());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
        QVERIFY(*back == policy);
    }
}

void TestEconomyConfig::brokenJsonNamesThePath_data() {
    QTest::addColumn<JsonEdit>("edit");
    QTest::addColumn<QString>("where");

    QTest::newRow("size class cost missing") << JsonEdit([](QJsonObject& json) {
        editArrayItem(json, u"sizeClasses"_s, 0,
                      [](QJsonObject& item) { item.remove(u"costMin"_s); });
    }) << u"sizeClasses[0].costMin"_s;
    QTest::newRow("size class cost not text") << JsonEdit([](QJsonObject& json) {
        editArrayItem(json, u"sizeClasses"_s, 2,
                      [](QJsonObject& item) { item.insert(u"costMin"_s, 100); });
    }) << u"sizeClasses[2].costMin"_s;
    QTest::newRow("size class cost with three decimals") << JsonEdit([](QJsonObject& json) {
        editArrayItem(json, u"sizeClasses"_s, 1,
                      [](QJsonObject& item) { item.insert(u"costMax"_s, u"10.005"_s); });
    }) << u"sizeClasses[1].costMax"_s;
    QTest::newRow("size class unknown key") << JsonEdit([](QJsonObject& json) {
        editArrayItem(json, u"sizeClasses"_s, 3,
                      [](QJsonObject& item) { item.insert(u"sizeClass"_s, u"gigantic"_s); });
    }) << u"sizeClasses[3].sizeClass"_s;
    QTest::newRow("size class days fractional") << JsonEdit([](QJsonObject& json) {
        editArrayItem(json, u"sizeClasses"_s, 0,
                      [](QJsonObject& item) { item.insert(u"daysMax"_s, 2.5); });
    }) << u"sizeClasses[0].daysMax"_s;
    QTest::newRow("size class team missing") << JsonEdit([](QJsonObject& json) {
        editArrayItem(json, u"sizeClasses"_s, 1,
                      [](QJsonObject& item) { item.remove(u"presetTeam"_s); });
    }) << u"sizeClasses[1].presetTeam"_s;
    QTest::newRow("size class team incomplete") << JsonEdit([](QJsonObject& json) {
        editArrayItem(json, u"sizeClasses"_s, 1, [](QJsonObject& item) {
            QJsonObject team = item.value(u"presetTeam"_s).toObject();
            QJsonObject researchers = team.value(u"researchers"_s).toObject();
            researchers.remove(u"senior"_s);
            team.insert(u"researchers"_s, researchers);
            item.insert(u"presetTeam"_s, team);
        });
    }) << u"sizeClasses[1].presetTeam"_s;
    QTest::newRow("tier floor missing") << JsonEdit([](QJsonObject& json) {
        editArrayItem(json, u"tiers"_s, 1, [](QJsonObject& item) { item.remove(u"priceFloor"_s); });
    }) << u"tiers[1]"_s;
    QTest::newRow("tier unknown buyer type") << JsonEdit([](QJsonObject& json) {
        editArrayItem(json, u"tiers"_s, 2, [](QJsonObject& item) {
            item.insert(u"allowedBuyerTypes"_s, QJsonArray{u"startup"_s, u"government"_s});
        });
    }) << u"tiers[2]"_s;
    QTest::newRow("tier ceiling missing (null means none)") << JsonEdit([](QJsonObject& json) {
        editArrayItem(json, u"tiers"_s, 3,
                      [](QJsonObject& item) { item.remove(u"priceCeiling"_s); });
    }) << u"tiers[3]"_s;
    QTest::newRow("gpu rate missing") << JsonEdit([](QJsonObject& json) {
        editArrayItem(json, u"gpuTypes"_s, 1,
                      [](QJsonObject& item) { item.remove(u"hourlyRate"_s); });
    }) << u"gpuTypes[1].hourlyRate"_s;
    QTest::newRow("benchmark noise not a number") << JsonEdit([](QJsonObject& json) {
        editArrayItem(json, u"benchmarks"_s, 0,
                      [](QJsonObject& item) { item.insert(u"noise"_s, u"loud"_s); });
    }) << u"benchmarks[0].noise"_s;
    QTest::newRow("modifier missing") << JsonEdit([](QJsonObject& json) {
        editArrayItem(json, u"architectureModifiers"_s, 4,
                      [](QJsonObject& item) { item.remove(u"efficiency"_s); });
    }) << u"architectureModifiers[4].efficiency"_s;
    QTest::newRow("daily rate missing") << JsonEdit([](QJsonObject& json) {
        QJsonObject rates = json.value(u"dailyRateBySeniority"_s).toObject();
        rates.remove(u"principal"_s);
        json.insert(u"dailyRateBySeniority"_s, rates);
    }) << u"dailyRateBySeniority.principal"_s;
    QTest::newRow("research curve missing") << JsonEdit([](QJsonObject& json) {
        QJsonObject curve = json.value(u"research"_s).toObject();
        curve.remove(u"halfSaturationPoints"_s);
        json.insert(u"research"_s, curve);
    }) << u"research.halfSaturationPoints"_s;
    QTest::newRow("top-level number missing")
        << JsonEdit([](QJsonObject& json) { json.remove(u"engineerQualityWeight"_s); })
        << u"engineerQualityWeight"_s;
    QTest::newRow("top-level list missing")
        << JsonEdit([](QJsonObject& json) { json.remove(u"tiers"_s); }) << u"tiers"_s;
    QTest::newRow("top-level list is an object")
        << JsonEdit([](QJsonObject& json) { json.insert(u"gpuTypes"_s, QJsonObject()); })
        << u"gpuTypes"_s;
}

void TestEconomyConfig::brokenJsonNamesThePath() {
    QFETCH(JsonEdit, edit);
    QFETCH(QString, where);

    QJsonObject json = EconomyConfig::defaults().toJson();
    edit(json);
    const auto loaded = EconomyConfig::fromJson(json);
    QVERIFY(!loaded.ok());
    QVERIFY2(loaded.error().where.startsWith(where),
             qPrintable(u"where is '%1', expected it to start with '%2'"_s.arg(loaded.error().where,
                                                                               where)));
    QVERIFY(!loaded.error().message.isEmpty());
    QVERIFY(!loaded.error().rule.isEmpty());
}

void TestEconomyConfig::newerVersionRefused() {
    QJsonObject json = EconomyConfig::defaults().toJson();
    json.insert(u"version"_s, 2);
    const auto loaded = EconomyConfig::fromJson(json);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().rule, u"config-newer"_s);
    QCOMPARE(loaded.error().where, u"version"_s);
    QVERIFY(!loaded.error().message.isEmpty());

    json.insert(u"version"_s, u"99"_s); // a version written as text counts too
    QVERIFY(!EconomyConfig::fromJson(json).ok());
}

void TestEconomyConfig::olderOrUnversionedAccepted() {
    QJsonObject json = EconomyConfig::defaults().toJson();
    json.insert(u"version"_s, 1);
    QVERIFY(EconomyConfig::fromJson(json).ok());
    json.remove(u"version"_s);
    QVERIFY(EconomyConfig::fromJson(json).ok());
}

void TestEconomyConfig::invalidEditsRefused_data() {
    QTest::addColumn<ConfigEdit>("edit");
    QTest::addColumn<QString>("where");

    const auto tierEdit = [](mm::LicenseTier tier, std::function<void(mm::TierPolicy&)> change) {
        return ConfigEdit([tier, change](EconomyConfig& config) { change(config.tier(tier)); });
    };
    QTest::newRow("floor above ceiling")
        << tierEdit(mm::LicenseTier::Commercial,
                    [](mm::TierPolicy& tier) { tier.priceFloor = dollars(600'000); })
        << u"Commercial"_s;
    QTest::newRow("negative floor")
        << tierEdit(mm::LicenseTier::Academic,
                    [](mm::TierPolicy& tier) { tier.priceFloor = Money::fromCents(-1); })
        << u"Academic"_s;
    QTest::newRow("open source with a price")
        << tierEdit(mm::LicenseTier::OpenSource,
                    [](mm::TierPolicy& tier) { tier.priceCeiling = dollars(1); })
        << u"Open Source"_s;
    QTest::newRow("open source with a floor")
        << tierEdit(mm::LicenseTier::OpenSource,
                    [](mm::TierPolicy& tier) {
                        tier.priceFloor = Money::fromCents(1);
                        tier.priceCeiling = Money::fromCents(1);
                    })
        << u"Open Source"_s;
    QTest::newRow("open source without a ceiling")
        << tierEdit(mm::LicenseTier::OpenSource,
                    [](mm::TierPolicy& tier) { tier.priceCeiling = std::nullopt; })
        << u"Open Source"_s;
    QTest::newRow("negative usage rate")
        << tierEdit(
               mm::LicenseTier::Commercial,
               [](mm::TierPolicy& tier) { tier.usageRatePer1000Calls = Money::fromCents(-50); })
        << u"Commercial"_s;
    QTest::newRow("reference below floor")
        << tierEdit(mm::LicenseTier::Enterprise,
                    [](mm::TierPolicy& tier) { tier.pricingReferenceCeiling = dollars(999'999); })
        << u"Enterprise"_s;
    QTest::newRow("zero deployment cap")
        << tierEdit(mm::LicenseTier::Academic, [](mm::TierPolicy& tier) { tier.deploymentCap = 0; })
        << u"Academic"_s;
    QTest::newRow("unlimited-only with a cap")
        << tierEdit(mm::LicenseTier::Enterprise,
                    [](mm::TierPolicy& tier) { tier.deploymentCap = 5; })
        << u"Enterprise"_s;
    QTest::newRow("negative term")
        << tierEdit(mm::LicenseTier::Academic, [](mm::TierPolicy& tier) { tier.termMonths = -1; })
        << u"Academic"_s;
    QTest::newRow("negative buyer size")
        << tierEdit(mm::LicenseTier::Enterprise,
                    [](mm::TierPolicy& tier) { tier.minBuyerSize = -5; })
        << u"Enterprise"_s;
    QTest::newRow("no buyer types")
        << tierEdit(mm::LicenseTier::Commercial,
                    [](mm::TierPolicy& tier) { tier.allowedBuyerTypes.clear(); })
        << u"Commercial"_s;

    QTest::newRow("duplicate tier") << ConfigEdit([](EconomyConfig& config) {
        config.tiers.append(config.tier(mm::LicenseTier::Commercial));
    }) << u"tiers"_s;
    QTest::newRow("tier replaced by a duplicate")
        << ConfigEdit([](EconomyConfig& config) { config.tiers[3] = config.tiers[2]; })
        << u"tiers"_s;
    QTest::newRow("missing tier") << ConfigEdit([](EconomyConfig& config) {
        config.tiers.removeAt(0);
    }) << u"tiers"_s;

    QTest::newRow("weights add up to 1.1")
        << ConfigEdit([](EconomyConfig& config) { config.performanceWeight = 0.5; })
        << u"weights"_s;
    QTest::newRow("weights add up to 0.9")
        << ConfigEdit([](EconomyConfig& config) { config.efficiencyWeight = 0.15; })
        << u"weights"_s;
    QTest::newRow("negative weight") << ConfigEdit([](EconomyConfig& config) {
        config.performanceWeight = -0.1;
        config.accuracyWeight = 0.85;
    }) << u"weights"_s;

    QTest::newRow("negative daily rate") << ConfigEdit([](EconomyConfig& config) {
        config.dailyRateBySeniority[2] = Money::fromCents(-1);
    }) << u"dailyRateBySeniority"_s;
    QTest::newRow("negative data cost") << ConfigEdit([](EconomyConfig& config) {
        config.dataCostPerMillionTokens = Money::fromCents(-20);
    }) << u"dataCostPerMillionTokens"_s;
    QTest::newRow("negative gpu rate") << ConfigEdit([](EconomyConfig& config) {
        config.gpuTypes[0].hourlyRate = Money::fromCents(-200);
    }) << u"a100"_s;
    QTest::newRow("gpu without throughput")
        << ConfigEdit([](EconomyConfig& config) { config.gpuTypes[1].effectiveTflops = 0; })
        << u"h100"_s;
    QTest::newRow("no gpu types") << ConfigEdit([](EconomyConfig& config) {
        config.gpuTypes.clear();
    }) << u"Small"_s; // the first preset's GPU type is reported unknown before the empty list

    QTest::newRow("duplicate size class")
        << ConfigEdit([](EconomyConfig& config) { config.sizeClasses[1] = config.sizeClasses[0]; })
        << u"sizeClasses"_s;
    QTest::newRow("cost range inverted") << ConfigEdit([](EconomyConfig& config) {
        config.sizeClasses[1].costMax = dollars(99'999);
    }) << u"Medium"_s;
    QTest::newRow("days range inverted")
        << ConfigEdit([](EconomyConfig& config) { config.sizeClasses[2].daysMax = 29; })
        << u"Large"_s;
    QTest::newRow("zero days") << ConfigEdit([](EconomyConfig& config) {
        config.sizeClasses[0].daysMin = 0;
    }) << u"Small"_s;
    QTest::newRow("failure chance above 1")
        << ConfigEdit([](EconomyConfig& config) { config.sizeClasses[3].failureChance = 1.5; })
        << u"Frontier"_s;
    QTest::newRow("base quality above 100")
        << ConfigEdit([](EconomyConfig& config) { config.sizeClasses[3].baseQuality = 101; })
        << u"Frontier"_s;
    QTest::newRow("preset outside the class") << ConfigEdit([](EconomyConfig& config) {
        config.sizeClasses[0].presetParameters = config.sizeClasses[0].parametersMax + 1;
    }) << u"Small"_s;
    QTest::newRow("preset with unknown gpu")
        << ConfigEdit([](EconomyConfig& config) { config.sizeClasses[2].presetGpuType = u"tpu"_s; })
        << u"Large"_s;
    QTest::newRow("research curve without half-point")
        << ConfigEdit([](EconomyConfig& config) { config.research.halfSaturationPoints = 0; })
        << u"research"_s;
    QTest::newRow("cancellation fee above 100")
        << ConfigEdit([](EconomyConfig& config) { config.cancellationFeePercent = 101; })
        << u"cancellationFeePercent"_s;
}

void TestEconomyConfig::invalidEditsRefused() {
    QFETCH(ConfigEdit, edit);
    QFETCH(QString, where);

    EconomyConfig config = EconomyConfig::defaults();
    edit(config);
    const mm::Status valid = config.validate();
    QVERIFY(!valid.ok());
    QCOMPARE(valid.error().where, where);
    QCOMPARE(valid.error().rule, u"config-invalid"_s);
    QVERIFY(!valid.error().message.isEmpty());
}

void TestEconomyConfig::invalidEditRefusedOnLoad() {
    // A file that parses but breaks a rule is refused the same way as an edit.
    EconomyConfig config = EconomyConfig::defaults();
    config.tier(mm::LicenseTier::Academic).priceFloor = dollars(20'000);
    const auto fromFile = EconomyConfig::fromJson(config.toJson());
    QVERIFY(!fromFile.ok());
    QCOMPARE(fromFile.error().rule, u"config-invalid"_s);
    QVERIFY(fromFile.error().where.startsWith(u"tiers[1]"_s));

    config = EconomyConfig::defaults();
    config.accuracyWeight = 0.5;
    const auto weights = EconomyConfig::fromJson(config.toJson());
    QVERIFY(!weights.ok());
    QCOMPARE(weights.error().where, u"weights"_s);
}

QTEST_GUILESS_MAIN(TestEconomyConfig)
#include "tst_economyconfig.moc"
