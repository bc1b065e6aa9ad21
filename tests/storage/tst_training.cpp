// TrainingService against a real SQLite file: queuing with estimates, the game clock, GPU
// capacity, pause/resume/cancel, seeded failures, research points, persistence and the monthly
// usage accrual that runs with the clock.

#include "FailureInjection.h"
#include "ResultChecks.h"
#include "TestStore.h"
#include "core/TrainingEstimator.h"
#include "data/BuyerRepository.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/JobRepository.h"
#include "data/LicenseRepository.h"
#include "data/MarketStore.h"
#include "data/ModelRepository.h"
#include "data/ResearchRepository.h"
#include "data/TrainingService.h"

#include <QSqlQuery>
#include <QTest>
#include <cmath>
#include <memory>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kResearchPoints = 1000;

QDate day(const char* iso) {
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The defaults without random failures, so schedules in the tests are certain.
EconomyConfig reliableConfig() {
    EconomyConfig config = EconomyConfig::defaults();
    for (SizeClassSpec& spec : config.sizeClasses)
        spec.failureChance = 0.0;
    return config;
}

} // namespace

class TestTraining : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void queueSmallPresetStoresTheEstimate();
    void advanceMovesProgressAndCost();
    void finishedRunBecomesExactlyOneModel();
    void capacityMakesJobsWaitInOrder();
    void queueIsStrictlyFirstInFirstOut();
    void cancelChargesFeeAndFreesCapacity();
    void pauseAndResume();
    void invalidTransitionsAreRefused();
    void forcedFailureLeavesNoModel();
    void researchPointsAreLimitedAndRaiseQuality();
    void refusedInputsWriteNothing();
    void namesMustBeFree();
    void takenNameGetsSuffixAtCompletion();
    void stateSurvivesReopen();
    void monthBoundaryAccruesUsage();
    void advanceRangeIsChecked();
    void failedAdvanceLeavesDatabaseAsBefore();
    void snapshotSummarizesTheQueue();
    void advanceYearWithFiftyJobs();

private:
    Database& db() { return *m_db; }
    void useConfig(const EconomyConfig& config);
    TrainingInputs small(const QString& name, quint64 seed = 5) const;
    TrainingJobRecord queue(const TrainingInputs& inputs);
    TrainingJobRecord job(qint64 id);
    qint64 scalar(const QString& sql, const QVariantList& values = {});

    std::unique_ptr<testing::TestStore> m_store;
    std::unique_ptr<Database> m_db;
    EconomyConfig m_config;
};

void TestTraining::init() {
    m_store = std::make_unique<testing::TestStore>();
    MM_REQUIRE_STORE(*m_store);
    MM_STORE_LOCATION(location, *m_store, location(u"training.sqlite"_s));
    auto opened = Database::open(location);
    MM_VERIFY_OK(opened);
    m_db = std::move(opened).value();
    useConfig(reliableConfig());
    // These tests count the models training makes; rival labs' releases would add others.
    MM_VERIFY_OK(MarketStore(db()).setEnabled(false));

    ResearchProjectRecord research;
    research.name = u"Scaling laws"_s;
    research.field = u"training"_s;
    research.points = kResearchPoints;
    research.startedOn = day("2024-06-01");
    research.completedOn = day("2024-12-01");
    MM_VERIFY_OK(ResearchRepository(db()).insert(research));
}

void TestTraining::cleanup() {
    m_db.reset();
    m_store.reset();
}

void TestTraining::useConfig(const EconomyConfig& config) {
    m_config = config;
    MM_VERIFY_OK(EconomyRepository(db()).saveConfig(config));
}

TrainingInputs TestTraining::small(const QString& name, quint64 seed) const {
    TrainingInputs inputs = TrainingInputs::preset(m_config, SizeClass::Small);
    inputs.modelName = name;
    inputs.seed = seed;
    return inputs;
}

TrainingJobRecord TestTraining::queue(const TrainingInputs& inputs) {
    auto queued = TrainingService(db()).queueJob(inputs);
    if (!queued) {
        qWarning() << queued.error().toString();
        return {};
    }
    return *queued;
}

TrainingJobRecord TestTraining::job(qint64 id) {
    auto found = JobRepository(db()).find(id);
    if (!found || !found->has_value()) {
        qWarning() << "no job" << id;
        return {};
    }
    return **found;
}

qint64 TestTraining::scalar(const QString& sql, const QVariantList& values) {
    auto q = db().query(sql, values, u"test query"_s);
    if (!q) {
        qWarning() << q.error().toString();
        return -1;
    }
    return q->next() ? q->value(0).toLongLong() : -1;
}

void TestTraining::queueSmallPresetStoresTheEstimate() {
    const TrainingInputs inputs = small(u"Atlas"_s);
    const TrainingJobRecord queued = queue(inputs);
    QVERIFY(queued.id > 0);

    auto expected = TrainingEstimator(m_config).estimate(inputs);
    MM_VERIFY_OK(expected);
    const TrainingJobRecord stored = job(queued.id);
    QCOMPARE(stored.estimate.compute, expected->cost.compute);
    QCOMPARE(stored.estimate.data, expected->cost.data);
    QCOMPARE(stored.estimate.talent, expected->cost.talent);
    QCOMPARE(stored.estimate.total(), expected->cost.total());
    QCOMPARE(stored.estimatedDays, expected->days);
    QCOMPARE(stored.inputs.seed, quint64(5));
    QCOMPARE(stored.queuedOn, EconomyRepository::defaultGameDate());
    // 16 of 512 A100s are free, so it starts the day it is queued.
    QCOMPARE(stored.status, JobStatus::Running);
    QCOMPARE(stored.startedOn, std::optional<QDate>(EconomyRepository::defaultGameDate()));
    QCOMPARE(queued.status, JobStatus::Running);

    auto viaService = TrainingService(db()).estimate(inputs);
    MM_VERIFY_OK(viaService);
    QCOMPARE(viaService->cost.total(), expected->cost.total());
}

void TestTraining::advanceMovesProgressAndCost() {
    const TrainingInputs inputs = small(u"Atlas"_s);
    const qint64 id = queue(inputs).id;
    auto outcome = TrainingEstimator(m_config).roll(inputs);
    MM_VERIFY_OK(outcome);
    QVERIFY2(outcome->actualDays > 1.0, "the Small preset takes more than a day");

    auto report = TrainingService(db()).advance(1);
    MM_VERIFY_OK(report);
    QCOMPARE(report->fromDate, day("2025-01-01"));
    QCOMPARE(report->gameDate, day("2025-01-02"));
    QVERIFY(report->completed.isEmpty());
    QCOMPARE(EconomyRepository(db()).gameDate().value(), day("2025-01-02"));

    const TrainingJobRecord running = job(id);
    QCOMPARE(running.status, JobStatus::Running);
    QCOMPARE(running.progressDays, 1.0);
    // The estimate in proportion to the schedule, never above the final cost.
    const qint64 proportional = std::llround(static_cast<double>(running.estimate.total().cents()) *
                                             std::min(1.0, 1.0 / running.estimatedDays));
    QCOMPARE(running.costSpent.cents(), std::min(proportional, outcome->actualCost.cents()));
    QVERIFY(running.costSpent > Money());
}

void TestTraining::finishedRunBecomesExactlyOneModel() {
    TrainingInputs inputs = small(u"Atlas"_s, 11);
    inputs.researchPoints = 200;
    const qint64 id = queue(inputs).id;
    auto outcome = TrainingEstimator(m_config).roll(inputs);
    MM_VERIFY_OK(outcome);
    QVERIFY(!outcome->failed);

    auto report = TrainingService(db()).advance(10);
    MM_VERIFY_OK(report);
    QCOMPARE(report->completed.size(), 1);
    QCOMPARE(report->completed.front().modelName, u"Atlas"_s);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM models"_s), 1);

    const TrainingJobRecord done = job(id);
    QCOMPARE(done.status, JobStatus::Completed);
    QVERIFY(done.modelId.has_value());
    QCOMPARE(report->completed.front().modelId, done.modelId);
    QCOMPARE(done.costSpent, outcome->actualCost);
    QCOMPARE(done.progressDays, outcome->actualDays);
    // Started on Jan 1; it needs ceil(actualDays) whole days, finishing the morning after.
    const QDate finished =
        day("2025-01-01").addDays(static_cast<qint64>(std::ceil(outcome->actualDays)));
    QCOMPARE(done.finishedOn, std::optional<QDate>(finished));

    auto model = ModelRepository(db()).find(*done.modelId);
    MM_VERIFY_OK(model);
    QVERIFY(model->has_value());
    const ModelRecord& m = **model;
    QCOMPARE(m.name, u"Atlas"_s);
    QCOMPARE(m.status, ModelStatus::Completed);
    QCOMPARE(m.sizeClass, SizeClass::Small);
    QCOMPARE(m.parameters, inputs.parameters);
    QCOMPARE(m.datasetTokens, inputs.datasetTokens);
    QCOMPARE(m.performance, std::optional<double>(outcome->performance));
    QCOMPARE(m.accuracy, std::optional<double>(outcome->accuracy));
    QCOMPARE(m.efficiency, std::optional<double>(outcome->efficiency));
    QCOMPARE(m.composite, std::optional<double>(outcome->composite));
    QCOMPARE(m.benchmarks, outcome->benchmarks);
    QCOMPARE(m.trainingCost, outcome->actualCost);
    QCOMPARE(m.trainingDays, outcome->actualDays);
    QCOMPARE(m.researchPoints, qint64(200));
    QCOMPARE(m.createdOn, finished);

    // Advancing further does not make a second model.
    MM_VERIFY_OK(TrainingService(db()).advance(30));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM models"_s), 1);
}

void TestTraining::capacityMakesJobsWaitInOrder() {
    EconomyConfig config = reliableConfig();
    for (GpuTypeSpec& gpu : config.gpuTypes) {
        if (gpu.key == u"a100"_s)
            gpu.capacity = 32;
    }
    useConfig(config);

    const qint64 first = queue(small(u"First"_s, 1)).id;
    const qint64 second = queue(small(u"Second"_s, 2)).id;
    const qint64 third = queue(small(u"Third"_s, 3)).id;
    QCOMPARE(job(first).status, JobStatus::Running);
    QCOMPARE(job(second).status, JobStatus::Running);
    QCOMPARE(job(third).status, JobStatus::Queued);
    QVERIFY(!job(third).startedOn.has_value());

    // Day by day: the third waits, making no progress, until one of the others finishes.
    TrainingService service(db());
    QDate firstFinish;
    for (int i = 0; i < 10 && job(third).status == JobStatus::Queued; ++i) {
        QCOMPARE(job(third).progressDays, 0.0);
        MM_VERIFY_OK(service.advance(1));
    }
    const TrainingJobRecord a = job(first);
    const TrainingJobRecord b = job(second);
    QVERIFY(a.status == JobStatus::Completed || b.status == JobStatus::Completed);
    if (a.status == JobStatus::Completed)
        firstFinish = *a.finishedOn;
    if (b.status == JobStatus::Completed && (!firstFinish.isValid() || *b.finishedOn < firstFinish))
        firstFinish = *b.finishedOn;
    const TrainingJobRecord waited = job(third);
    QCOMPARE(waited.status, JobStatus::Running);
    QCOMPARE(waited.startedOn, std::optional<QDate>(firstFinish));
    QCOMPARE(waited.queuedOn, day("2025-01-01"));

    MM_VERIFY_OK(service.advance(10));
    QCOMPARE(job(third).status, JobStatus::Completed);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM models"_s), 3);
}

void TestTraining::queueIsStrictlyFirstInFirstOut() {
    EconomyConfig config = reliableConfig();
    for (GpuTypeSpec& gpu : config.gpuTypes) {
        if (gpu.key == u"a100"_s)
            gpu.capacity = 32;
    }
    useConfig(config);
    TrainingService service(db());
    const qint64 running = queue(small(u"Running"_s, 1)).id;
    TrainingInputs wide = small(u"Wide"_s, 2);
    wide.gpuCount = 32;
    const qint64 head = queue(wide).id;
    const qint64 behind = queue(small(u"Behind"_s, 3)).id;
    QCOMPARE(job(running).status, JobStatus::Running);
    // 16 GPUs are free, but the head of the queue needs 32: the job behind it waits its turn.
    QCOMPARE(job(head).status, JobStatus::Queued);
    QCOMPARE(job(behind).status, JobStatus::Queued);

    // Pausing the head lets the next one in line start.
    MM_VERIFY_OK(service.pauseJob(head));
    QCOMPARE(job(behind).status, JobStatus::Running);

    // A job that asks for more GPUs than the type has (after a config change) never blocks.
    MM_VERIFY_OK(service.resumeJob(head));
    QCOMPARE(job(head).status, JobStatus::Queued);
    for (GpuTypeSpec& gpu : config.gpuTypes) {
        if (gpu.key == u"a100"_s)
            gpu.capacity = 16;
    }
    useConfig(config);
    const qint64 last = queue(small(u"Last"_s, 4)).id;
    auto report = service.advance(10);
    MM_VERIFY_OK(report);
    QCOMPARE(job(running).status, JobStatus::Completed);
    QCOMPARE(job(behind).status, JobStatus::Completed);
    QCOMPARE(job(last).status, JobStatus::Completed);
    QCOMPARE(job(head).status, JobStatus::Queued);
}

void TestTraining::cancelChargesFeeAndFreesCapacity() {
    EconomyConfig config = reliableConfig();
    config.cancellationFeePercent = 25;
    for (GpuTypeSpec& gpu : config.gpuTypes) {
        if (gpu.key == u"a100"_s)
            gpu.capacity = 16;
    }
    useConfig(config);

    TrainingInputs inputs = small(u"Doomed"_s);
    inputs.researchPoints = 300;
    const qint64 doomed = queue(inputs).id;
    const qint64 waiting = queue(small(u"Patient"_s, 9)).id;
    QCOMPARE(job(waiting).status, JobStatus::Queued);
    QCOMPARE(ResearchRepository(db()).availablePoints().value(), kResearchPoints - 300);

    MM_VERIFY_OK(TrainingService(db()).advance(1));
    const TrainingJobRecord before = job(doomed);
    QCOMPARE(before.status, JobStatus::Running);
    QVERIFY(before.costSpent > Money());

    auto cancelled = TrainingService(db()).cancelJob(doomed);
    MM_VERIFY_OK(cancelled);
    const TrainingJobRecord after = job(doomed);
    QCOMPARE(after.status, JobStatus::Cancelled);
    QCOMPARE(after.finishedOn, std::optional<QDate>(day("2025-01-02")));
    const Money remaining = before.estimate.total() - before.costSpent;
    const Money fee = remaining.scaled(25, 100).value();
    QCOMPARE(after.costSpent, before.costSpent + fee);
    QCOMPARE(cancelled->costSpent, after.costSpent);
    QCOMPARE(after.progressDays, before.progressDays);

    // Its GPUs go to the next job at once, its research points come back.
    const TrainingJobRecord next = job(waiting);
    QCOMPARE(next.status, JobStatus::Running);
    QCOMPARE(next.startedOn, std::optional<QDate>(day("2025-01-02")));
    QCOMPARE(ResearchRepository(db()).availablePoints().value(), kResearchPoints);

    // A cancelled job never finishes.
    MM_VERIFY_OK(TrainingService(db()).advance(10));
    QCOMPARE(job(doomed).status, JobStatus::Cancelled);
    QCOMPARE(job(doomed).costSpent, after.costSpent);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM models WHERE name = 'Doomed'"_s), 0);
}

void TestTraining::pauseAndResume() {
    EconomyConfig config = reliableConfig();
    for (GpuTypeSpec& gpu : config.gpuTypes) {
        if (gpu.key == u"a100"_s)
            gpu.capacity = 16;
    }
    useConfig(config);
    TrainingService service(db());
    const qint64 first = queue(small(u"First"_s, 1)).id;
    const qint64 second = queue(small(u"Second"_s, 2)).id;
    QCOMPARE(job(second).status, JobStatus::Queued);

    auto paused = service.pauseJob(first);
    MM_VERIFY_OK(paused);
    QCOMPARE(paused->status, JobStatus::Paused);
    // The paused job holds no GPUs: the second starts.
    QCOMPARE(job(second).status, JobStatus::Running);

    MM_VERIFY_OK(service.advance(1));
    QCOMPARE(job(first).progressDays, 0.0);
    QCOMPARE(job(first).costSpent, Money());
    QCOMPARE(job(second).progressDays, 1.0);

    // Resumed while the GPUs are busy: back in the queue.
    auto resumed = service.resumeJob(first);
    MM_VERIFY_OK(resumed);
    QCOMPARE(resumed->status, JobStatus::Queued);
    auto report = service.advance(10);
    MM_VERIFY_OK(report);
    QCOMPARE(job(second).status, JobStatus::Completed);
    QCOMPARE(job(first).status, JobStatus::Completed);
    // It goes on when the GPUs come free; started_on keeps the day training first began.
    QCOMPARE(report->started.size(), 1);
    QCOMPARE(report->started.front().jobId, first);
    QCOMPARE(std::optional<QDate>(report->started.front().date), job(second).finishedOn);
    QCOMPARE(job(first).startedOn, std::optional<QDate>(day("2025-01-01")));
}

void TestTraining::invalidTransitionsAreRefused() {
    TrainingService service(db());
    const qint64 id = queue(small(u"Atlas"_s)).id;
    MM_VERIFY_RULE(service.resumeJob(id), "job-transition");
    MM_VERIFY_OK(service.advance(10));
    QCOMPARE(job(id).status, JobStatus::Completed);
    MM_VERIFY_RULE(service.cancelJob(id), "job-transition");
    MM_VERIFY_RULE(service.pauseJob(id), "job-transition");
    MM_VERIFY_RULE(service.resumeJob(id), "job-transition");
    MM_VERIFY_RULE(service.cancelJob(999), "job-not-found");
    QCOMPARE(job(id).status, JobStatus::Completed);

    const qint64 other = queue(small(u"Other"_s)).id;
    MM_VERIFY_OK(service.cancelJob(other));
    MM_VERIFY_RULE(service.cancelJob(other), "job-transition");
    MM_VERIFY_RULE(service.pauseJob(other), "job-transition");
}

void TestTraining::forcedFailureLeavesNoModel() {
    EconomyConfig config = reliableConfig();
    for (SizeClassSpec& spec : config.sizeClasses) {
        if (spec.sizeClass == SizeClass::Small)
            spec.failureChance = 1.0;
    }
    useConfig(config);
    const TrainingInputs inputs = small(u"Icarus"_s);
    const qint64 id = queue(inputs).id;
    auto outcome = TrainingEstimator(m_config).roll(inputs);
    MM_VERIFY_OK(outcome);
    QVERIFY(outcome->failed);

    auto report = TrainingService(db()).advance(10);
    MM_VERIFY_OK(report);
    QCOMPARE(report->failed.size(), 1);
    QCOMPARE(report->failed.front().reason, outcome->failureReason);
    QVERIFY(report->completed.isEmpty());

    const TrainingJobRecord failed = job(id);
    QCOMPARE(failed.status, JobStatus::Failed);
    QCOMPARE(failed.failureReason, outcome->failureReason);
    QVERIFY(!failed.failureReason.isEmpty());
    QCOMPARE(failed.costSpent, outcome->actualCost);
    QVERIFY(failed.finishedOn.has_value());
    QVERIFY(!failed.modelId.has_value());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM models"_s), 0);

    // The name is free again after a failure.
    QVERIFY(queue(small(u"Icarus"_s, 6)).id > 0);
}

void TestTraining::researchPointsAreLimitedAndRaiseQuality() {
    TrainingService service(db());
    TrainingInputs greedy = small(u"Greedy"_s);
    greedy.researchPoints = kResearchPoints + 1;
    auto refused = service.queueJob(greedy);
    MM_VERIFY_RULE(refused, "training-research-points");
    QVERIFY2(refused.error().message.contains(QString::number(kResearchPoints)),
             qPrintable(refused.error().message));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_jobs"_s), 0);

    TrainingInputs half = small(u"Half"_s);
    half.researchPoints = 600;
    QVERIFY(queue(half).id > 0);
    QCOMPARE(ResearchRepository(db()).availablePoints().value(), kResearchPoints - 600);
    TrainingInputs more = small(u"More"_s);
    more.researchPoints = 500;
    auto tooMany = service.queueJob(more);
    MM_VERIFY_RULE(tooMany, "training-research-points");
    QVERIFY2(tooMany.error().message.contains(u"400"_s), qPrintable(tooMany.error().message));
    more.researchPoints = 400;
    MM_VERIFY_OK(service.queueJob(more));
    QCOMPARE(ResearchRepository(db()).availablePoints().value(), 0);

    // Expected quality follows the research curve: the p50 difference is the bonus difference.
    const ResearchCurve& curve = m_config.research;
    TrainingInputs none = small(u"None"_s);
    auto base = service.estimate(none);
    MM_VERIFY_OK(base);
    double previous = base->composite.p50;
    for (qint64 points : {100LL, 400LL, 1000LL, 5000LL}) {
        TrainingInputs withResearch = none;
        withResearch.researchPoints = points;
        auto lifted = service.estimate(withResearch);
        MM_VERIFY_OK(lifted);
        QVERIFY(lifted->composite.p50 > previous);
        previous = lifted->composite.p50;
        const double expected =
            std::min(100.0, base->composite.p50 + curve.bonus(points) - curve.bonus(0));
        QVERIFY2(std::abs(lifted->composite.p50 - expected) < 1e-9,
                 qPrintable(u"%1 points: p50 %2, expected %3"_s.arg(points)
                                .arg(lifted->composite.p50)
                                .arg(expected)));
        QCOMPARE(lifted->researchBonus, curve.bonus(points));
    }
}

void TestTraining::refusedInputsWriteNothing() {
    TrainingService service(db());
    TrainingInputs noGpus = small(u"NoGpus"_s);
    noGpus.gpuCount = 0;
    MM_VERIFY_RULE(service.queueJob(noGpus), "training-input");

    TrainingInputs tooMany = small(u"TooMany"_s);
    tooMany.gpuCount = 513; // the studio has 512 A100s
    auto refused = service.queueJob(tooMany);
    MM_VERIFY_RULE(refused, "training-gpu-capacity");
    QVERIFY(refused.error().message.contains(u"512"_s));

    TrainingInputs unknownGpu = small(u"Unknown"_s);
    unknownGpu.gpuType = u"tpu"_s;
    MM_VERIFY_RULE(service.queueJob(unknownGpu), "training-input");

    TrainingInputs hugeSmall = small(u"Huge"_s);
    hugeSmall.parameters = 100'000'000'000;
    MM_VERIFY_RULE(service.queueJob(hugeSmall), "training-input");

    MM_VERIFY_RULE(service.queueJob(small(u"   "_s)), "training-name");
    MM_VERIFY_RULE(service.queueJob(small(QString(201, u'x'))), "training-name");
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_jobs"_s), 0);
}

void TestTraining::namesMustBeFree() {
    TrainingService service(db());
    ModelRecord existing;
    existing.name = u"Existing"_s;
    existing.parameters = 1'000'000'000;
    existing.createdOn = day("2024-01-01");
    MM_VERIFY_OK(ModelRepository(db()).insert(existing));

    MM_VERIFY_RULE(service.queueJob(small(u"existing"_s)), "training-name");
    QVERIFY(queue(small(u"Atlas"_s)).id > 0);
    MM_VERIFY_RULE(service.queueJob(small(u"ATLAS"_s)), "training-name");
    // Names are trimmed like the catalog trims them.
    MM_VERIFY_RULE(service.queueJob(small(u"  Atlas "_s)), "training-name");
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_jobs"_s), 1);

    // A cancelled job frees its name.
    const qint64 id = queue(small(u"Brief"_s)).id;
    MM_VERIFY_OK(service.cancelJob(id));
    QVERIFY(queue(small(u"Brief"_s)).id > id);
}

void TestTraining::takenNameGetsSuffixAtCompletion() {
    const qint64 id = queue(small(u"Atlas"_s)).id;
    ModelRecord sneaky;
    sneaky.name = u"Atlas"_s;
    sneaky.parameters = 1'000'000'000;
    sneaky.createdOn = day("2025-01-01");
    MM_VERIFY_OK(ModelRepository(db()).insert(sneaky));

    auto report = TrainingService(db()).advance(5);
    MM_VERIFY_OK(report);
    QCOMPARE(report->completed.size(), 1);
    QCOMPARE(report->completed.front().modelName, u"Atlas (2)"_s);
    auto model = ModelRepository(db()).find(*job(id).modelId);
    MM_VERIFY_OK(model);
    QCOMPARE((*model)->name, u"Atlas (2)"_s);
}

void TestTraining::stateSurvivesReopen() {
    EconomyConfig config = reliableConfig();
    for (GpuTypeSpec& gpu : config.gpuTypes) {
        if (gpu.key == u"a100"_s)
            gpu.capacity = 16;
    }
    useConfig(config);
    const qint64 first = queue(small(u"First"_s, 1)).id;
    const qint64 second = queue(small(u"Second"_s, 2)).id;
    MM_VERIFY_OK(TrainingService(db()).advance(1));

    const QString path = db().path();
    m_db.reset();
    auto reopened = Database::open(path);
    MM_VERIFY_OK(reopened);
    m_db = std::move(reopened).value();

    QCOMPARE(EconomyRepository(db()).gameDate().value(), day("2025-01-02"));
    QCOMPARE(job(first).status, JobStatus::Running);
    QCOMPARE(job(first).progressDays, 1.0);
    QVERIFY(job(first).costSpent > Money());
    QCOMPARE(job(second).status, JobStatus::Queued);

    auto report = TrainingService(db()).advance(10);
    MM_VERIFY_OK(report);
    QCOMPARE(report->completed.size(), 2);
    QCOMPARE(job(first).status, JobStatus::Completed);
    QCOMPARE(job(second).status, JobStatus::Completed);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM models"_s), 2);
}

void TestTraining::monthBoundaryAccruesUsage() {
    ModelRecord model;
    model.name = u"Sold"_s;
    model.parameters = 1'000'000'000;
    model.status = ModelStatus::Listed;
    model.performance = model.accuracy = model.efficiency = model.composite = 60.0;
    model.createdOn = day("2024-10-01");
    MM_VERIFY_OK(ModelRepository(db()).insert(model));
    BuyerRecord buyer;
    buyer.name = u"Acme"_s;
    buyer.type = BuyerType::Commercial;
    buyer.size = 500;
    MM_VERIFY_OK(BuyerRepository(db()).insert(buyer));
    LicenseRecord license;
    license.modelId = model.id;
    license.buyerId = buyer.id;
    license.tier = LicenseTier::Commercial;
    license.use = IntendedUse::Business;
    license.soldOn = day("2025-01-15");
    license.fee = Money::fromCents(100'000'00);
    license.monthlyApiCalls = 2'500'000;
    license.usageRatePer1000Calls = Money::fromCents(50);
    license.terms = m_config.tier(LicenseTier::Commercial).toJson();
    license.terms.insert(u"renewable"_s, false);
    MM_VERIFY_OK(LicenseRepository(db()).insert(license));

    TrainingService service(db());
    auto inJanuary = service.advance(30); // Jan 1 → Jan 31: no month finished yet
    MM_VERIFY_OK(inJanuary);
    QVERIFY(inJanuary->monthsAccrued.isEmpty());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM usage_charges"_s), 0);

    auto intoFebruary = service.advance(1);
    MM_VERIFY_OK(intoFebruary);
    QCOMPARE(intoFebruary->gameDate, day("2025-02-01"));
    QCOMPARE(intoFebruary->monthsAccrued, QStringList{u"2025-01"_s});
    QCOMPARE(intoFebruary->usageRowsAdded, 1);
    // 2,500,000 calls at $0.50 per 1,000 = $1,250.00.
    QCOMPARE(scalar(u"SELECT amount_cents FROM usage_charges WHERE license_id = ? AND month = ?"_s,
                    {license.id, u"2025-01"_s}),
             125'000);
    QCOMPARE(scalar(u"SELECT api_calls FROM usage_charges WHERE month = '2025-01'"_s), 2'500'000);

    // Three more month boundaries in one go, each charged once.
    auto quarter = service.advance(90); // Feb 1 → May 2
    MM_VERIFY_OK(quarter);
    QCOMPARE(quarter->monthsAccrued, (QStringList{u"2025-02"_s, u"2025-03"_s, u"2025-04"_s}));
    QCOMPARE(quarter->usageRowsAdded, 3);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM usage_charges"_s), 4);
}

void TestTraining::advanceRangeIsChecked() {
    TrainingService service(db());
    MM_VERIFY_RULE(service.advance(0), "clock-days");
    MM_VERIFY_RULE(service.advance(-3), "clock-days");
    MM_VERIFY_RULE(service.advance(TrainingService::kMaxAdvanceDays + 1), "clock-days");
    QCOMPARE(EconomyRepository(db()).gameDate().value(), EconomyRepository::defaultGameDate());
    auto longest = service.advance(TrainingService::kMaxAdvanceDays);
    MM_VERIFY_OK(longest);
    QCOMPARE(longest->gameDate, day("2025-01-01").addDays(TrainingService::kMaxAdvanceDays));
}

void TestTraining::failedAdvanceLeavesDatabaseAsBefore() {
    const qint64 first = queue(small(u"First"_s, 1)).id;
    const qint64 second = queue(small(u"Second"_s, 2)).id;
    MM_VERIFY_OK(TrainingService(db()).advance(1));
    const TrainingJobRecord before = job(first);
    MM_VERIFY_OK(testing::injectFailure(db(), u"no_models"_s, u"BEFORE"_s, u"INSERT"_s, u"models"_s,
                                        u"models are frozen"_s));

    auto failed = TrainingService(db()).advance(40);
    QVERIFY(!failed.ok());
    QVERIFY2(failed.error().toString().contains(u"frozen"_s),
             qPrintable(failed.error().toString()));
    QCOMPARE(db().transactionDepth(), 0);
    QCOMPARE(EconomyRepository(db()).gameDate().value(), day("2025-01-02"));
    QCOMPARE(job(first).status, JobStatus::Running);
    QCOMPARE(job(first).progressDays, before.progressDays);
    QCOMPARE(job(first).costSpent, before.costSpent);
    QCOMPARE(job(second).status, JobStatus::Running);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM models"_s), 0);

    MM_VERIFY_OK(testing::removeFailure(db(), u"no_models"_s, u"models"_s));
    MM_VERIFY_OK(TrainingService(db()).advance(40));
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM models"_s), 2);
}

void TestTraining::snapshotSummarizesTheQueue() {
    EconomyConfig config = reliableConfig();
    for (GpuTypeSpec& gpu : config.gpuTypes) {
        if (gpu.key == u"a100"_s)
            gpu.capacity = 32;
    }
    useConfig(config);
    TrainingService service(db());
    queue(small(u"A"_s, 1));
    queue(small(u"B"_s, 2));
    const qint64 c = queue(small(u"C"_s, 3)).id;
    const qint64 d = queue(small(u"D"_s, 4)).id;
    MM_VERIFY_OK(service.pauseJob(d));
    MM_VERIFY_OK(service.cancelJob(c));

    auto snapshot = service.snapshot();
    MM_VERIFY_OK(snapshot);
    QCOMPARE(snapshot->gameDate, day("2025-01-01"));
    QCOMPARE(snapshot->counts.value(JobStatus::Running), 2);
    QCOMPARE(snapshot->counts.value(JobStatus::Paused), 1);
    QCOMPARE(snapshot->counts.value(JobStatus::Cancelled), 1);
    QCOMPARE(snapshot->counts.value(JobStatus::Queued), 0);
    QCOMPARE(snapshot->activeJobs.size(), 3);
    for (const GpuUsage& gpu : snapshot->gpus) {
        if (gpu.gpuType == u"a100"_s) {
            QCOMPARE(gpu.inUse, 32);
            QCOMPARE(gpu.capacity, 32);
        }
    }
}

void TestTraining::advanceYearWithFiftyJobs() {
    useConfig(EconomyConfig::defaults()); // with the real failure chances
    TrainingService service(db());
    const QList<SizeClass> sizes{SizeClass::Small, SizeClass::Small, SizeClass::Medium};
    for (int i = 0; i < 50; ++i) {
        TrainingInputs inputs = TrainingInputs::preset(m_config, sizes.at(i % sizes.size()));
        inputs.modelName = u"Batch %1"_s.arg(i);
        inputs.seed = static_cast<quint64>(1000 + i);
        MM_VERIFY_OK(service.queueJob(inputs));
    }
    // How long this takes is bench_training's business; here only what it does counts.
    auto report = service.advance(365);
    MM_VERIFY_OK(report);
    QCOMPARE(report->completed.size() + report->failed.size(), 50);
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM models"_s), report->completed.size());
    QCOMPARE(scalar(u"SELECT COUNT(*) FROM training_jobs WHERE status IN ('queued', 'running')"_s),
             0);
    QCOMPARE(report->monthsAccrued.size(), 12);
}

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
