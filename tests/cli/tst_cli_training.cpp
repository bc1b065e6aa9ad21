// `modelmarket train` and `modelmarket clock`, end to end through the real binary.

#include "CliRunner.h"
#include "TestStore.h"
#include "core/TrainingEstimator.h"
#include "data/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

qint64 count(const QString& path, const QString& sql) {
    auto db = Database::open(path, Database::ReadOnly);
    if (!db)
        return -1;
    qint64 value = -1;
    {
        auto q = (*db)->query(sql, {}, u"test query"_s);
        if (q && q->next())
            value = q->value(0).toLongLong();
    }
    return value;
}

QString describe(const CliResult& result) {
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(result.exitCode).arg(result.out, result.err);
}

TrainingInputs smallPreset(const QString& name, quint64 seed) {
    TrainingInputs inputs = TrainingInputs::preset(EconomyConfig::defaults(), SizeClass::Small);
    inputs.modelName = name;
    inputs.seed = seed;
    return inputs;
}

} // namespace

class TestCliTraining : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { MM_REQUIRE_STORE(m_store); }
    void trainAdvanceExport();
    void refusedTrainingWritesNothing();
    void jsonOutput();
    void cancelAndClockShow();

private:
    QString freshDatabase(const QString& name);

    testing::TestStore m_store;
};

QString TestCliTraining::freshDatabase(const QString& name) {
    const QString path = m_store.location(name);
    if (path.isEmpty())
        qWarning() << m_store.error();
    const CliResult init = runCli({u"--db"_s, path, u"init"_s, u"--empty"_s});
    if (init.exitCode != 0)
        qWarning() << describe(init);
    return path;
}

void TestCliTraining::trainAdvanceExport() {
    const QString db = freshDatabase(u"train.sqlite"_s);
    const TrainingInputs inputs = smallPreset(u"X"_s, 5);
    const TrainingEstimator estimator(EconomyConfig::defaults());
    auto estimate = estimator.estimate(inputs);
    QVERIFY(estimate.ok());
    auto outcome = estimator.roll(inputs);
    QVERIFY(outcome.ok());
    QVERIFY2(!outcome->failed, "seed 5 must give a successful Small run");

    const CliResult train = runCli({u"--db"_s, db, u"train"_s, u"--name"_s, u"X"_s, u"--size"_s,
                                    u"small"_s, u"--seed"_s, u"5"_s});
    QVERIFY2(train.exitCode == 0, qPrintable(describe(train)));
    QVERIFY2(train.out.contains(estimate->cost.total().toPlainString()), qPrintable(train.out));
    QVERIFY(train.out.contains(estimate->cost.compute.toPlainString()));
    QVERIFY(train.out.contains(u"p50"_s));
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM training_jobs"_s), 1);

    const CliResult advance =
        runCli({u"--db"_s, db, u"clock"_s, u"advance"_s, u"--days"_s, u"10"_s});
    QVERIFY2(advance.exitCode == 0, qPrintable(describe(advance)));
    QVERIFY2(advance.out.contains(u"2025-01-11"_s), qPrintable(advance.out));
    QVERIFY2(advance.out.contains(u"completed"_s) && advance.out.contains(u" X "_s),
             qPrintable(advance.out));
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM models WHERE name = 'X' AND status = 'completed'"_s),
             1);

    const CliResult exported = runCli({u"--db"_s, db, u"export"_s, u"catalog"_s});
    QVERIFY2(exported.exitCode == 0, qPrintable(describe(exported)));
    QVERIFY2(exported.out.contains(u"X"_s), qPrintable(exported.out));

    // The same name again is refused: the model exists.
    const CliResult again =
        runCli({u"--db"_s, db, u"train"_s, u"--name"_s, u"X"_s, u"--size"_s, u"small"_s});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains(u"X"_s));
}

void TestCliTraining::refusedTrainingWritesNothing() {
    const QString db = freshDatabase(u"refused.sqlite"_s);
    const CliResult huge =
        runCli({u"--db"_s, db, u"train"_s, u"--name"_s, u"Y"_s, u"--size"_s, u"huge"_s});
    QVERIFY2(huge.exitCode == 2, qPrintable(describe(huge)));
    QVERIFY2(huge.err.contains(u"huge"_s) && huge.err.contains(u"frontier"_s),
             qPrintable(huge.err));

    const CliResult noGpus = runCli({u"--db"_s, db, u"train"_s, u"--name"_s, u"Y"_s, u"--size"_s,
                                     u"small"_s, u"--gpus"_s, u"0"_s});
    QVERIFY2(noGpus.exitCode == 1, qPrintable(describe(noGpus)));
    QVERIFY2(noGpus.err.contains(u"GPU"_s), qPrintable(noGpus.err));

    const CliResult tooMuchResearch = runCli({u"--db"_s, db, u"train"_s, u"--name"_s, u"Y"_s,
                                              u"--size"_s, u"small"_s, u"--research"_s, u"10"_s});
    QVERIFY2(tooMuchResearch.exitCode == 1, qPrintable(describe(tooMuchResearch)));
    QVERIFY2(tooMuchResearch.err.contains(u"only 0"_s), qPrintable(tooMuchResearch.err));

    QCOMPARE(runCli({u"--db"_s, db, u"train"_s, u"--size"_s, u"small"_s}).exitCode, 2);
    QCOMPARE(runCli({u"--db"_s, db, u"train"_s, u"--name"_s, u"Y"_s, u"--size"_s, u"small"_s,
                     u"--gpus"_s, u"many"_s})
                 .exitCode,
             2);
    QCOMPARE(runCli({u"--db"_s, db, u"train"_s, u"--name"_s, u"Y"_s, u"--size"_s, u"small"_s,
                     u"--gpu"_s, u"8"_s})
                 .exitCode,
             2);
    QCOMPARE(runCli({u"--db"_s, db, u"clock"_s, u"advance"_s, u"--days"_s, u"soon"_s}).exitCode, 2);
    QCOMPARE(runCli({u"--db"_s, db, u"clock"_s, u"advance"_s}).exitCode, 2);
    QCOMPARE(runCli({u"--db"_s, db, u"clock"_s, u"advance"_s, u"--days"_s, u"0"_s}).exitCode, 1);
    QCOMPARE(runCli({u"--db"_s, db, u"clock"_s, u"rewind"_s}).exitCode, 2);

    QCOMPARE(count(db, u"SELECT COUNT(*) FROM training_jobs"_s), 0);
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM settings WHERE key = 'clock.date'"_s), 0);
}

void TestCliTraining::jsonOutput() {
    const QString db = freshDatabase(u"json.sqlite"_s);
    const CliResult train = runCli({u"--db"_s, db, u"--format"_s, u"json"_s, u"train"_s,
                                    u"--name"_s, u"Jason"_s, u"--size"_s, u"medium"_s, u"--seed"_s,
                                    u"3"_s, u"--architecture"_s, u"mixture_of_experts"_s});
    QVERIFY2(train.exitCode == 0, qPrintable(describe(train)));
    const QJsonObject object = QJsonDocument::fromJson(train.out.toUtf8()).object();
    QCOMPARE(object.value(u"name"_s).toString(), u"Jason"_s);
    QCOMPARE(object.value(u"sizeClass"_s).toString(), u"medium"_s);
    QCOMPARE(object.value(u"architecture"_s).toString(), u"mixture_of_experts"_s);
    QCOMPARE(object.value(u"seed"_s).toString(), u"3"_s);
    QCOMPARE(object.value(u"status"_s).toString(), u"running"_s);

    TrainingInputs inputs = TrainingInputs::preset(EconomyConfig::defaults(), SizeClass::Medium);
    inputs.architecture = Architecture::MixtureOfExperts;
    auto estimate = TrainingEstimator(EconomyConfig::defaults()).estimate(inputs);
    QVERIFY(estimate.ok());
    QCOMPARE(object.value(u"cost"_s).toObject().value(u"total"_s).toString(),
             estimate->cost.total().toPlainString());
    QCOMPARE(object.value(u"composite"_s).toObject().value(u"p50"_s).toDouble(),
             estimate->composite.p50);

    const CliResult advance = runCli(
        {u"--db"_s, db, u"clock"_s, u"advance"_s, u"--days"_s, u"40"_s, u"--format"_s, u"json"_s});
    QVERIFY2(advance.exitCode == 0, qPrintable(describe(advance)));
    const QJsonObject report = QJsonDocument::fromJson(advance.out.toUtf8()).object();
    QCOMPARE(report.value(u"gameDate"_s).toString(), u"2025-02-10"_s);
    QCOMPARE(report.value(u"monthsAccrued"_s).toArray().size(), 1);
    QCOMPARE(report.value(u"completed"_s).toArray().size() +
                 report.value(u"failed"_s).toArray().size(),
             1);
}

void TestCliTraining::cancelAndClockShow() {
    const QString db = freshDatabase(u"cancel.sqlite"_s);
    QCOMPARE(runCli({u"--db"_s, db, u"train"_s, u"--name"_s, u"Keep"_s, u"--size"_s, u"small"_s,
                     u"--seed"_s, u"1"_s})
                 .exitCode,
             0);
    QCOMPARE(runCli({u"--db"_s, db, u"train"_s, u"--name"_s, u"Drop"_s, u"--size"_s, u"large"_s,
                     u"--seed"_s, u"1"_s})
                 .exitCode,
             0);
    const CliResult show = runCli({u"--db"_s, db, u"clock"_s});
    QVERIFY2(show.exitCode == 0, qPrintable(describe(show)));
    QVERIFY2(show.out.contains(u"2025-01-01"_s) && show.out.contains(u"2 running"_s),
             qPrintable(show.out));
    QVERIFY(show.out.contains(u"Keep"_s) && show.out.contains(u"Drop"_s));

    const CliResult cancel = runCli({u"--db"_s, db, u"train"_s, u"cancel"_s, u"2"_s});
    QVERIFY2(cancel.exitCode == 0, qPrintable(describe(cancel)));
    QVERIFY(cancel.out.contains(u"Drop"_s));
    const CliResult twice = runCli({u"--db"_s, db, u"train"_s, u"cancel"_s, u"2"_s});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(u"cancelled"_s), qPrintable(twice.err));
    QCOMPARE(runCli({u"--db"_s, db, u"train"_s, u"cancel"_s, u"77"_s}).exitCode, 1);
    QCOMPARE(runCli({u"--db"_s, db, u"train"_s, u"cancel"_s, u"two"_s}).exitCode, 2);

    const CliResult shown = runCli({u"--db"_s, db, u"clock"_s, u"show"_s});
    QVERIFY2(shown.out.contains(u"1 cancelled"_s), qPrintable(shown.out));
    QCOMPARE(count(db, u"SELECT COUNT(*) FROM training_jobs WHERE status = 'cancelled'"_s), 1);
}

QTEST_GUILESS_MAIN(TestCliTraining)
#include "tst_cli_training.moc"
