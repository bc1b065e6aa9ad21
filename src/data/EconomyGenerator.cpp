#include "data/EconomyGenerator.h"

#include "core/BoundedQueue.h"
#include "core/LicensePolicy.h"
#include "core/Pricing.h"
#include "core/SeededRandom.h"
#include "core/TrainingEstimator.h"
#include "data/BatchInsert.h"
#include "data/BuyerRepository.h"
#include "data/Database.h"
#include "data/DeferredIndexes.h"
#include "data/EconomyRepository.h"
#include "data/JobRepository.h"
#include "data/LicenseRepository.h"
#include "data/MarketStore.h"
#include "data/ModelRepository.h"
#include "data/ResearchRepository.h"
#include "data/ScenarioRepository.h"
#include "data/SqlValues.h"
#include "data/SqliteStatement.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QVarLengthArray>
#include <algorithm>
#include <array>
#include <optional>
#include <thread>
#include <vector>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::EconomyGenerator)
};

constexpr std::array kModelPrefixes{"Atlas",  "Nova",   "Orion",  "Helix",  "Quasar", "Zephyr",
                                    "Aurora", "Vertex", "Nimbus", "Cobalt", "Lumen",  "Sable",
                                    "Titan",  "Echo",   "Pulsar", "Cirrus"};
constexpr std::array kModelSuffixes{"Coder", "Vision", "Chat", "Reason", "Scribe", "Sense",
                                    "Forge", "Mind",   "Lens", "Voice",  "Sage",   "Draft"};
constexpr std::array kBuyerStems{"Northwind",  "Bluefield", "Kestrel",   "Ironbark",
                                 "Silverline", "Redwood",   "Lakeshore", "Granite",
                                 "Meridian",   "Harbor",    "Summit",    "Brightwater"};

class Generator {
public:
    Generator(Database& db, const EconomyConfig& config, const GeneratorOptions& options,
              const GeneratorProgress& progress)
        : m_db(db)
        , m_config(config)
        , m_options(options)
        , m_progress(progress)
        , m_random(options.seed)
        , m_estimator(config)
        , m_pricing(config) {}

    Status run() {
        Transaction transaction(m_db, Tr::tr("generating an economy"));
        if (auto begun = transaction.status(); !begun)
            return begun;
        if (auto done = EconomyRepository(m_db).saveConfig(m_config); !done)
            return done;
        m_lastDay = m_options.firstMonth.addMonths(m_options.months).addDays(-1);
        if (auto done = EconomyRepository(m_db).setGameDate(m_lastDay.addDays(1)); !done)
            return done;
        for (auto step : {&Generator::research, &Generator::buyers, &Generator::models,
                          &Generator::licenses, &Generator::usage, &Generator::jobs}) {
            if (auto done = (this->*step)(); !done)
                return done;
        }
        return transaction.commit();
    }

private:
    qint64 between(qint64 low, qint64 high) // inclusive
    {
        return low + static_cast<qint64>(m_random.next() % static_cast<quint64>(high - low + 1));
    }

    template <typename T, std::size_t N>
    T pick(const std::array<T, N>& items) {
        return items[static_cast<std::size_t>(between(0, N - 1))];
    }

    Status report(double share, const QString& stage) {
        if (m_progress && !m_progress(share, stage))
            return makeError(Tr::tr("generation cancelled"), {}, QStringLiteral("cancelled"));
        return Ok{};
    }

    Status research() {
        if (!m_options.researchProjects)
            return Ok{};
        static constexpr std::array kProjects{
            std::pair{"Sparse attention", "Architecture"},
            std::pair{"Curriculum learning", "Training"},
            std::pair{"Synthetic data", "Data"},
            std::pair{"Quantisation", "Efficiency"},
            std::pair{"Long context", "Architecture"},
            std::pair{"Reward modelling", "Alignment"},
            std::pair{"Multilingual corpus", "Data"},
            std::pair{"Distillation", "Efficiency"},
        };
        ResearchRepository repository(m_db);
        int index = 0;
        for (const auto& [name, field] : kProjects) {
            ResearchProjectRecord project;
            project.name = QString::fromLatin1(name);
            project.field = QString::fromLatin1(field);
            project.points = between(2, 12) * 25;
            project.cost = Money::fromCents(project.points * between(800, 1500) * 100);
            project.startedOn = m_options.firstMonth.addDays(index * 60);
            // The last two are still running, so designers see both kinds.
            if (index < static_cast<int>(kProjects.size()) - 2)
                project.completedOn = project.startedOn.addDays(between(60, 240));
            if (auto done = repository.insert(project); !done)
                return done;
            ++index;
        }
        return Ok{};
    }

    Status buyers() {
        QList<BuyerRecord> batch;
        for (qint64 i = 0; i < m_options.buyers; ++i) {
            BuyerRecord buyer;
            buyer.type = static_cast<BuyerType>(i % enumCount<BuyerType>());
            const QString stem = QString::fromLatin1(pick(kBuyerStems));
            switch (buyer.type) {
            case BuyerType::Academic:
                buyer.name = Tr::tr("%1 University %2").arg(stem).arg(i + 1);
                buyer.size = static_cast<int>(between(50, 5'000));
                buyer.budget = Money::fromCents(between(20'000, 200'000) * 100);
                break;
            case BuyerType::Startup:
                buyer.name = Tr::tr("%1 Labs %2").arg(stem).arg(i + 1);
                buyer.size = static_cast<int>(between(5, 200));
                buyer.budget = Money::fromCents(between(200'000, 2'000'000) * 100);
                break;
            case BuyerType::Commercial:
                buyer.name = Tr::tr("%1 Corp %2").arg(stem).arg(i + 1);
                buyer.size = static_cast<int>(between(200, 20'000));
                buyer.budget = Money::fromCents(between(2'000'000, 30'000'000) * 100);
                break;
            case BuyerType::Enterprise:
                buyer.name = Tr::tr("%1 Holdings %2").arg(stem).arg(i + 1);
                buyer.size = static_cast<int>(between(2'000, 200'000));
                buyer.budget = Money::fromCents(between(50'000'000, 500'000'000) * 100);
                break;
            }
            batch.append(buyer);
        }
        if (auto done = BuyerRepository(m_db).insertMany(batch); !done)
            return done;
        m_buyers = batch;
        return Ok{};
    }

    SizeClass randomSizeClass() {
        const qint64 roll = between(0, 99);
        return roll < 40   ? SizeClass::Small
               : roll < 70 ? SizeClass::Medium
               : roll < 90 ? SizeClass::Large
                           : SizeClass::Frontier;
    }

    // A model as drawn, with the tiers and prices it is listed at; the database gives it its id.
    struct DrawnListing {
        LicenseTier tier;
        Money price;
    };
    struct DrawnModel {
        ModelRecord model;
        ModelRepository::Writer::EncodedTexts texts;
        QVarLengthArray<DrawnListing, enumCount<LicenseTier>()> listings;
    };
    using DrawnBatch = std::vector<DrawnModel>;

    Status models() {
        // SQLite's own statement API on a file; a server gets many rows per statement.
        std::optional<SqliteStatement> listingStatement;
        if (!m_db.isServer()) {
            auto prepared = SqliteStatement::prepare(
                m_db,
                QStringLiteral("INSERT INTO listings (model_id, tier, price_cents, listed_on) "
                               "VALUES (?, ?, ?, ?)"),
                Tr::tr("listing generated models"));
            if (!prepared)
                return prepared.error();
            listingStatement = std::move(prepared).value();
        }
        // An empty catalog filled with many models: each index is built once after the rows
        // instead of row by row (inside this transaction, so the file never lacks them).
        std::optional<DeferredIndexes> modelIndexes;
        std::optional<DeferredIndexes> listingIndexes;
        auto existing = ModelRepository(m_db).count();
        if (!existing)
            return existing.error();
        if (DeferredIndexes::worthwhile(m_options.models, *existing)) {
            auto models = DeferredIndexes::drop(m_db, QStringLiteral("models"));
            if (!models)
                return models.error();
            modelIndexes = std::move(models).value();
            auto listings = DeferredIndexes::drop(m_db, QStringLiteral("listings"));
            if (!listings)
                return listings.error();
            listingIndexes = std::move(listings).value();
        }
        // Rows written through the indexes touch pages all over them; in id order with the
        // indexes deferred, the usual cache serves as well and memory stays flat.
        std::optional<Database::BulkWork> bulkCache;
        if (!modelIndexes)
            bulkCache.emplace(m_db);

        // Drawing models costs about as much as SQLite's insert, so one thread draws while this
        // one writes. Only that thread touches the random stream until it ends, and it draws in
        // the order a single thread would, so a seed still gives the same economy.
        BoundedQueue<DrawnBatch> drawn(4);
        std::thread drawer([this, &drawn] { drawModels(drawn); });
        const auto stopDrawing = qScopeGuard([&drawn, &drawer] {
            drawn.close();
            drawer.join();
        });
        ModelRepository::Writer writer(m_db);
        qint64 written = 0;
        while (std::optional<DrawnBatch> batch = drawn.pop()) {
            if (!listingStatement) {
                if (auto done = writeOnServer(writer, *batch); !done)
                    return done;
            } else {
                for (DrawnModel& item : *batch) {
                    if (auto done = writer.insert(item.model, item.texts); !done)
                        return done;
                    for (const DrawnListing& listing : std::as_const(item.listings)) {
                        if (auto done = writeListing(item, listing, *listingStatement); !done)
                            return done;
                    }
                }
            }
            written += static_cast<qint64>(batch->size());
            if (auto done = report(0.4 * static_cast<double>(written) /
                                       static_cast<double>(m_options.models),
                                   Tr::tr("models"));
                !done)
                return done;
        }
        for (auto* deferred : {&modelIndexes, &listingIndexes}) {
            if (*deferred) {
                if (auto done = (*deferred)->rebuild(); !done)
                    return done;
            }
        }
        return Ok{};
    }

    // Runs on the drawing thread: every model, in batches, each batch's listings drawn after its
    // models (the order of draws is what makes a seed give the same economy).
    void drawModels(BoundedQueue<DrawnBatch>& drawn) {
        constexpr qint64 kBatch = 5'000;
        const int firstDayOffset = -180;
        const qint64 span = m_options.firstMonth.daysTo(m_lastDay);
        for (qint64 start = 0; start < m_options.models; start += kBatch) {
            const qint64 end = std::min(m_options.models, start + kBatch);
            DrawnBatch batch;
            batch.reserve(static_cast<std::size_t>(end - start));
            for (qint64 i = start; i < end; ++i)
                batch.push_back({makeModel(i, firstDayOffset, span), {}, {}});
            for (DrawnModel& item : batch) {
                drawListings(item);
                item.texts = ModelRepository::Writer::EncodedTexts::of(item.model);
            }
            if (!drawn.push(std::move(batch)))
                return;
        }
        drawn.finish();
    }

    ModelRecord makeModel(qint64 index, int firstDayOffset, qint64 span) {
        const SizeClass sizeClass = randomSizeClass();
        TrainingInputs inputs = TrainingInputs::preset(m_config, sizeClass);
        const SizeClassSpec& spec = m_config.sizeClass(sizeClass);
        inputs.architecture = static_cast<Architecture>(between(0, enumCount<Architecture>() - 1));
        inputs.parameters =
            std::clamp(inputs.parameters / 2 + inputs.parameters / 100 * between(0, 150),
                       spec.parametersMin, spec.parametersMax);
        inputs.datasetTokens = inputs.datasetTokens / 100 * between(60, 160);
        inputs.gpuCount = std::max(1, static_cast<int>(inputs.gpuCount * between(70, 130) / 100));
        inputs.researchPoints = between(0, 4) * 50;
        inputs.seed = m_random.next();

        ModelRecord model;
        model.name = QStringLiteral("%1-%2 %3")
                         .arg(QString::fromLatin1(pick(kModelPrefixes)),
                              QString::fromLatin1(pick(kModelSuffixes)))
                         .arg(index + 1);
        model.architecture = inputs.architecture;
        model.sizeClass = sizeClass;
        model.parameters = inputs.parameters;
        model.datasetTokens = inputs.datasetTokens;
        model.researchPoints = inputs.researchPoints;
        model.createdOn = m_options.firstMonth.addDays(firstDayOffset +
                                                       between(0, std::max<qint64>(1, span / 2)));

        const qint64 statusRoll = between(0, 99);
        if (statusRoll < 6) {
            model.status = ModelStatus::Draft;
            model.researchPoints = 0;
            return model;
        }
        auto outcome = m_estimator.roll(inputs);
        if (!outcome || outcome->failed) {
            model.status = ModelStatus::Failed;
            if (outcome) {
                model.trainingCost = outcome->actualCost;
                model.trainingDays = outcome->actualDays;
            }
            return model;
        }
        model.performance = outcome->performance;
        model.accuracy = outcome->accuracy;
        model.efficiency = outcome->efficiency;
        model.composite = outcome->composite;
        model.benchmarks = outcome->benchmarks;
        model.trainingCost = outcome->actualCost;
        model.trainingDays = outcome->actualDays;
        model.status = statusRoll < 20   ? ModelStatus::Completed
                       : statusRoll < 96 ? ModelStatus::Listed
                                         : ModelStatus::Retired;
        return model;
    }

    void drawListings(DrawnModel& item) {
        if (item.model.status != ModelStatus::Listed)
            return;
        // Each listed model is offered in a random non-empty subset of tiers.
        const qint64 mask = between(1, 15);
        for (LicenseTier tier : enumValues<LicenseTier>()) {
            if (!(mask & (qint64(1) << static_cast<int>(tier))))
                continue;
            item.listings.append(
                {tier, m_pricing.recommendedPrice(tier, item.model.composite.value_or(0),
                                                  item.model.sizeClass)});
        }
    }

    Status writeListing(const DrawnModel& item, const DrawnListing& listing,
                        SqliteStatement& statement) {
        const ModelRecord& model = item.model;
        statement.bindInt64(1, model.id);
        statement.bindText(2, QByteArrayView(enumKeyUtf8(listing.tier)));
        statement.bindInt64(3, listing.price.cents());
        statement.bindText(4, QByteArrayView(item.texts.createdOn)); // listed when made
        if (auto done =
                statement.run([&model] { return Tr::tr("listing model '%1'").arg(model.name); });
            !done)
            return done;
        m_listings.append({model.id, listing.tier, listing.price, model.createdOn});
        return Ok{};
    }

    // A batch of models and then their listings, many rows per statement.
    Status writeOnServer(ModelRepository::Writer& writer, DrawnBatch& batch) {
        QList<ModelRecord*> models;
        models.reserve(static_cast<qsizetype>(batch.size()));
        for (DrawnModel& item : batch)
            models.append(&item.model);
        if (auto done = writer.insertBatch(models); !done)
            return done;
        if (!m_listingBatch)
            m_listingBatch.emplace(
                m_db,
                QStringLiteral("INSERT INTO listings (model_id, tier, price_cents, "
                               "listed_on) VALUES "),
                QStringLiteral("(?, ?, ?, ?)"), Tr::tr("listing generated models"));
        QList<QVariantList> rows;
        for (const DrawnModel& item : batch) {
            for (const DrawnListing& listing : std::as_const(item.listings)) {
                rows.append({item.model.id, sqlv::key(listing.tier), sqlv::money(listing.price),
                             sqlv::date(item.model.createdOn)});
                m_listings.append(
                    {item.model.id, listing.tier, listing.price, item.model.createdOn});
            }
        }
        return m_listingBatch->insert(rows);
    }

    struct Offer {
        qint64 modelId;
        LicenseTier tier;
        Money price;
        QDate listedOn;
    };

    // A buyer the tier's policy accepts, or nullptr.
    const BuyerRecord* buyerFor(const TierPolicy& policy, Money price) {
        for (int attempt = 0; attempt < 32 && !m_buyers.isEmpty(); ++attempt) {
            const BuyerRecord& buyer = m_buyers[between(0, m_buyers.size() - 1)];
            if (policy.allowsBuyer(buyer.type) && buyer.size >= policy.minBuyerSize &&
                buyer.budget >= price)
                return &buyer;
        }
        return nullptr;
    }

    Status licenses() {
        if (m_listings.isEmpty() || m_buyers.isEmpty() || m_options.licenses <= 0)
            return Ok{};
        const Database::BulkWork bulkCache(m_db); // licenses go through their indexes row by row
        LicenseRepository repository(m_db);
        const QDate gameDate = m_lastDay.addDays(1);
        constexpr qint64 kBatch = 50'000;
        QList<LicenseRecord> batch;
        qint64 made = 0;
        qint64 attempts = 0;
        while (made < m_options.licenses && attempts < m_options.licenses * 4) {
            ++attempts;
            const Offer& offer = m_listings[between(0, m_listings.size() - 1)];
            const TierPolicy& policy = m_config.tier(offer.tier);
            const BuyerRecord* buyer = buyerFor(policy, offer.price);
            if (!buyer)
                continue;
            PurchaseRequest request;
            request.tier = offer.tier;
            request.buyerType = buyer->type;
            request.buyerSize = buyer->size;
            request.buyerBudget = buyer->budget;
            request.use = policy.requiredUse.value_or(
                buyer->type == BuyerType::Academic ? IntendedUse::Research : IntendedUse::Business);
            request.price = offer.price;
            if (policy.deploymentCap)
                request.deployments = static_cast<int>(between(1, *policy.deploymentCap));
            else if (!policy.unlimitedDeploymentsOnly)
                request.deployments = static_cast<int>(between(1, 50));
            if (!LicensePolicy(policy).check(request).allowed)
                continue;

            LicenseRecord license;
            license.modelId = offer.modelId;
            license.buyerId = buyer->id;
            license.tier = offer.tier;
            license.use = request.use;
            const QDate earliest = std::max(offer.listedOn, m_options.firstMonth);
            if (earliest > m_lastDay)
                continue;
            license.soldOn = earliest.addDays(between(0, earliest.daysTo(m_lastDay)));
            license.fee = offer.price;
            license.deployments = request.deployments;
            license.monthlyApiCalls = monthlyCalls(offer.tier);
            license.usageRatePer1000Calls = policy.usageRatePer1000Calls;
            license.termMonths = policy.termMonths;
            license.terms = policy.toJson();
            if (!policy.isPerpetual()) {
                QDate expires = license.soldOn.addMonths(policy.termMonths);
                if (policy.renewable) {
                    while (expires < gameDate)
                        expires = expires.addMonths(policy.termMonths);
                }
                license.expiresOn = expires;
                license.status =
                    expires < gameDate ? LicenseStatus::Expired : LicenseStatus::Active;
            }
            batch.append(license);
            ++made;
            if (batch.size() >= kBatch) {
                if (auto done = repository.insertMany(batch); !done)
                    return done;
                batch.clear();
                if (auto done = report(0.4 + 0.4 * static_cast<double>(made) / m_options.licenses,
                                       Tr::tr("licenses"));
                    !done)
                    return done;
            }
        }
        if (!batch.isEmpty()) {
            if (auto done = repository.insertMany(batch); !done)
                return done;
        }
        return Ok{};
    }

    qint64 monthlyCalls(LicenseTier tier) {
        switch (tier) {
        case LicenseTier::OpenSource:
            return 0;
        case LicenseTier::Academic:
            return between(10, 500) * 1'000;
        case LicenseTier::Commercial:
            return between(1, 50) * 1'000'000;
        case LicenseTier::Enterprise:
            return between(10, 500) * 1'000'000;
        }
        return 0;
    }

    Status usage() {
        if (!m_options.usageCharges)
            return Ok{};
        LicenseRepository repository(m_db);
        for (int month = 0; month < m_options.months; ++month) {
            const QString key =
                m_options.firstMonth.addMonths(month).toString(QStringLiteral("yyyy-MM"));
            if (auto added = repository.accrueUsage(key); !added)
                return added.error();
            if (auto done =
                    report(0.8 + 0.2 * (month + 1) / m_options.months, Tr::tr("usage charges"));
                !done)
                return done;
        }
        return Ok{};
    }

    Status jobs() {
        JobRepository repository(m_db);
        const QDate gameDate = m_lastDay.addDays(1);
        for (int i = 0; i < m_options.jobsInTraining; ++i) {
            const SizeClass sizeClass = i % 2 == 0 ? SizeClass::Small : SizeClass::Medium;
            TrainingJobRecord job;
            job.inputs = TrainingInputs::preset(m_config, sizeClass);
            job.inputs.modelName = QStringLiteral("%1-%2 Next %3")
                                       .arg(QString::fromLatin1(pick(kModelPrefixes)),
                                            QString::fromLatin1(pick(kModelSuffixes)))
                                       .arg(i + 1);
            job.inputs.architecture =
                static_cast<Architecture>(between(0, enumCount<Architecture>() - 1));
            job.inputs.seed = m_random.next();
            auto estimate = m_estimator.estimate(job.inputs);
            if (!estimate)
                return estimate.error();
            job.estimate = estimate->cost;
            job.estimatedDays = estimate->days;
            job.queuedOn = gameDate.addDays(-static_cast<int>(between(0, 3)));
            // The last one waits, the others are part-way through.
            if (i + 1 < m_options.jobsInTraining) {
                job.status = JobStatus::Running;
                job.startedOn = job.queuedOn;
                job.progressDays = estimate->days * static_cast<double>(between(10, 80)) / 100.0;
                job.costSpent = estimate->cost.total()
                                    .scaled(static_cast<qint64>(job.progress() * 1000), 1000)
                                    .value();
            }
            if (auto done = repository.insert(job); !done)
                return done;
        }
        return Ok{};
    }

    Database& m_db;
    const EconomyConfig& m_config;
    const GeneratorOptions& m_options;
    const GeneratorProgress& m_progress;
    SeededRandom m_random;
    TrainingEstimator m_estimator;
    Pricing m_pricing;
    QDate m_lastDay;
    QList<BuyerRecord> m_buyers;
    QList<Offer> m_listings;
    std::optional<BatchInsert> m_listingBatch; // on a server
};

} // namespace

Status generateEconomy(Database& db, const EconomyConfig& config, const GeneratorOptions& options,
                       const GeneratorProgress& progress) {
    if (options.models < 0 || options.buyers < 0 || options.licenses < 0 || options.months < 1)
        return makeError(Tr::tr("counts cannot be negative and at least one month is needed"), {},
                         QStringLiteral("generate-options"));
    if (auto valid = config.validate(); !valid)
        return valid;
    return Generator(db, config, options, progress).run();
}

namespace {

// Balance rules the demo meets at its market seed (checked by tests/cli/tst_cli_balancing.cpp),
// with room to spare, so `balance check` starts green and a designer sees what a rule looks like;
// and one scenario to compare against.
Status addDemoBalancing(Database& db) {
    struct DemoRule {
        const char* name;
        const char* metric;
        std::optional<qint64> minimum;
        std::optional<qint64> maximum;
    };
    // Whole-horizon shares: one month's share swings with a few large enterprise deals.
    const DemoRule rules[] = {
        {QT_TRANSLATE_NOOP("mm::EconomyGenerator", "Enterprise share of revenue"),
         "tier-share:enterprise", 4'000, 7'000},
        {QT_TRANSLATE_NOOP("mm::EconomyGenerator", "Medium models pay back"), "payback:medium",
         std::nullopt, 48},
        {QT_TRANSLATE_NOOP("mm::EconomyGenerator", "Academic revenue exists"),
         "tier-share:academic", 200, std::nullopt},
    };
    BalanceRuleRepository balance(db);
    for (const DemoRule& demo : rules) {
        BalanceRule rule;
        rule.name = QCoreApplication::translate("mm::EconomyGenerator", demo.name);
        auto metric = ForecastMetric::parse(QString::fromLatin1(demo.metric));
        if (!metric)
            return metric.error();
        rule.metric = *metric;
        rule.minimum = demo.minimum;
        rule.maximum = demo.maximum;
        if (auto added = balance.add(rule); !added)
            return added.error();
    }
    ScenarioRepository scenarios(db);
    auto cheaper = scenarios.create(Tr::tr("Cheaper Commercial"),
                                    Tr::tr("Commercial listings 15% below their current prices"));
    if (!cheaper)
        return cheaper.error();
    return scenarios.setOverride(*cheaper, QStringLiteral("listingPricePercent.commercial"),
                                 QStringLiteral("85"));
}

} // namespace

Status createDemoEconomy(Database& db) {
    GeneratorOptions options;
    options.models = 240;
    options.buyers = 160; // 40 of each type
    options.licenses = 0; // the market sells them, month by month, below
    options.usageCharges = false;
    options.seed = 20251115;
    const EconomyConfig config = EconomyConfig::defaults();
    Transaction transaction(db, Tr::tr("creating the demo economy"));
    if (auto begun = transaction.status(); !begun)
        return begun;
    if (auto done = generateEconomy(db, config, options); !done)
        return done;
    // Half the catalog belongs to the rival labs the schema starts with, so the market has
    // competition from the first month.
    if (auto done = db.query(
            QStringLiteral("UPDATE models SET lab_id = CASE id % 6 "
                           "WHEN 0 THEN (SELECT id FROM labs WHERE is_studio = 0 ORDER BY id "
                           "LIMIT 1 OFFSET 0) "
                           "WHEN 2 THEN (SELECT id FROM labs WHERE is_studio = 0 ORDER BY id "
                           "LIMIT 1 OFFSET 1) "
                           "ELSE (SELECT id FROM labs WHERE is_studio = 0 ORDER BY id LIMIT 1 "
                           "OFFSET 2) END WHERE id % 2 = 0"),
            {}, Tr::tr("giving demo models to the rival labs"));
        !done)
        return done.error();
    // Labs do not all price at the recommendation: spread list prices by -35% to +35% (kept in
    // each tier's range), so value for money differs between listings as it does in a market.
    const SqlDialect& sql = db.dialect();
    const QString spread = sql.greatest(
        QStringLiteral("t.floor_cents"),
        sql.least(QStringLiteral("COALESCE(t.ceiling_cents, 9000000000000000000)"),
                  QStringLiteral("listings.price_cents * (65 + (listings.id * 37) % 71) / 100")));
    if (auto done = db.query(QStringLiteral("UPDATE listings SET price_cents = (SELECT %1 FROM "
                                            "license_tiers t WHERE t.key = listings.tier)")
                                 .arg(spread),
                             {}, Tr::tr("spreading the demo's list prices"));
        !done)
        return done.error();
    // The 24 months of history are played by the same engine as the game clock.
    MarketStore market(db);
    const int first = monthNumber(options.firstMonth);
    for (int month = first; month < first + options.months; ++month) {
        if (auto closed = market.closeMonth(config, month, true); !closed)
            return closed.error();
    }
    if (auto done = addDemoBalancing(db); !done)
        return done;
    return transaction.commit();
}

} // namespace mm
