// The game clock under load: one game year with fifty jobs queued, as a designer running a busy
// economy forward would. Completing, failing and accruing a year of jobs in one advance() must
// stay under a second, or the clock's 30-days-a-second speed stutters.
//
//   bench_training
//
// Prints the figure and PASS/MISS; exits 1 when the target is missed, 3 when the database
// cannot be made.

#include "core/EconomyConfig.h"
#include "core/TrainingEstimator.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/TrainingService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace mm;

namespace {

constexpr int kJobs = 50;
constexpr int kDays = 365;
constexpr qint64 kTargetMs = 1000;

int fail(const QString& what) {
    QTextStream(stderr) << what << '\n';
    return 3;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(QStringLiteral("cannot make a temporary folder"));
    auto db = Database::open(dir.filePath(QStringLiteral("training.sqlite")));
    if (!db)
        return fail(db.error().toString());
    const EconomyConfig config = EconomyConfig::defaults(); // with the real failure chances
    if (auto saved = EconomyRepository(**db).saveConfig(config); !saved)
        return fail(saved.error().toString());

    TrainingService service(**db);
    const QList<SizeClass> sizes{SizeClass::Small, SizeClass::Small, SizeClass::Medium};
    for (int i = 0; i < kJobs; ++i) {
        TrainingInputs inputs = TrainingInputs::preset(config, sizes.at(i % sizes.size()));
        inputs.modelName = QStringLiteral("Batch %1").arg(i);
        inputs.seed = static_cast<quint64>(1000 + i);
        if (auto queued = service.queueJob(inputs); !queued)
            return fail(queued.error().toString());
    }
    QElapsedTimer timer;
    timer.start();
    auto report = service.advance(kDays);
    const qint64 elapsed = timer.elapsed();
    if (!report)
        return fail(report.error().toString());

    const bool met = elapsed < kTargetMs;
    QTextStream(stdout) << QStringLiteral("advance(%1) with %2 jobs: %3 ms (%4 completed, %5 "
                                          "failed)   %6\n")
                               .arg(kDays)
                               .arg(kJobs)
                               .arg(elapsed)
                               .arg(report->completed.size())
                               .arg(report->failed.size())
                               .arg(met ? QStringLiteral("PASS (< %1 ms)").arg(kTargetMs)
                                        : QStringLiteral("MISS (target %1 ms)").arg(kTargetMs));
    return met ? 0 : 1;
}
