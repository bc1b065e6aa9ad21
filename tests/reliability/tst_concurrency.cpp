// Two programs on one file at once, as when a designer scripts `modelmarket sell` while the
// window (or a second script) edits the catalog:
//
// - two lanes of `modelmarket sell` processes, each selling kSells licenses one after the other,
//   alternating buyers and models that both lanes share, while two lanes of reliability_writer
//   edit-loop processes keep incrementing the same models' research points through
//   ModelRepository::update (revision-checked, stale edits reloaded and retried);
// - afterwards: no process failed with a locked database (writers wait up to the busy timeout),
//   every successful sale is recorded exactly once, every buyer's budget went down by exactly the
//   fees of its licenses, no increment of the editors was lost, and each side sees the other's
//   changes;
// - two editors that loaded the same revision both save: exactly one wins, the other is refused
//   with rule "stale-edit" and, on re-reading, sees the winner's value.

#include "ReliabilitySupport.h"
#include "TestStore.h"
#include "core/EconomyConfig.h"
#include "data/Csv.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/IntegrityCheck.h"
#include "data/MarketplaceService.h"
#include "data/ModelRepository.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <memory>

using namespace mm;
using namespace mm::reliability;
using namespace Qt::StringLiterals;

namespace {

constexpr int kDefaultSells = 200; // per lane; MM_RELIABILITY_SELLS overrides
constexpr int kEditsPerRun = 60;   // per edit-loop process; a multiple of kModels
// SQLite's busy handler is not a queue: a writer committing in a tight loop can keep a waiting
// one out past the busy timeout. People and the GUI pause between edits; so do the editors.
constexpr int kEditPauseMs = 2;
constexpr int kModels = 4;
constexpr int kBuyers = 4;
constexpr qint64 kRichBudgetCents = 10'000'000'000'000LL; // $100 billion: no sale runs short
constexpr int kLaneTimeoutMs = 600'000;

struct Run {
    QStringList arguments;
    int exitCode = -1;
    bool crashed = false;
    QString out;
    QString err;
    qint64 elapsedMs = 0;
};

// Processes of one program started one after the other; lanes run side by side.
class Lane {
public:
    Lane(QString program, std::function<std::optional<QStringList>(int)> nextArguments)
        : m_program(std::move(program))
        , m_next(std::move(nextArguments)) {}

    void start() { startNext(); }
    bool isDone() const { return m_done; }
    const QList<Run>& runs() const { return m_runs; }

private:
    void startNext() {
        const auto arguments = m_next(static_cast<int>(m_runs.size()));
        if (!arguments) {
            m_done = true;
            return;
        }
        Run started;
        started.arguments = *arguments;
        m_runs.append(started);
        m_process = std::make_unique<QProcess>();
        m_process->setProcessEnvironment(childEnvironment());
        QObject::connect(m_process.get(), &QProcess::finished, m_process.get(),
                         [this](int exitCode, QProcess::ExitStatus status) {
                             Run& run = m_runs.last();
                             run.exitCode = exitCode;
                             run.crashed = status != QProcess::NormalExit;
                             run.out = QString::fromUtf8(m_process->readAllStandardOutput());
                             run.err = QString::fromUtf8(m_process->readAllStandardError());
                             run.elapsedMs = m_timer.elapsed();
                             m_process.release()->deleteLater();
                             startNext();
                         });
        QObject::connect(m_process.get(), &QProcess::errorOccurred, m_process.get(),
                         [this](QProcess::ProcessError error) {
                             if (error != QProcess::FailedToStart)
                                 return;
                             m_runs.last().crashed = true;
                             m_runs.last().err = m_process->errorString();
                             m_process.release()->deleteLater();
                             m_done = true;
                         });
        m_timer.start();
        m_process->start(m_program, *arguments);
    }

    QString m_program;
    std::function<std::optional<QStringList>(int)> m_next;
    std::unique_ptr<QProcess> m_process;
    QElapsedTimer m_timer;
    QList<Run> m_runs;
    bool m_done = false;
};

QString describe(const Run& run) {
    return u"%1 -> exit %2%3\n%4%5"_s.arg(run.arguments.join(u' '))
        .arg(run.exitCode)
        .arg(run.crashed ? u" (crashed)"_s : QString())
        .arg(run.out, run.err);
}

int sellCount() {
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("MM_RELIABILITY_SELLS", &ok);
    return ok && fromEnvironment > 0 ? fromEnvironment : kDefaultSells;
}

// "license,model,...\r\n17,Atlas,...\r\n" -> 17
std::optional<qint64> soldLicenseId(const QString& csvOutput) {
    auto parsed = csv::parseText(csvOutput);
    if (!parsed || parsed->size() != 2)
        return std::nullopt;
    const qsizetype column = parsed->at(0).fields.indexOf(u"license"_s);
    if (column < 0 || column >= parsed->at(1).fields.size())
        return std::nullopt;
    bool ok = false;
    const qint64 id = parsed->at(1).fields.at(column).toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

class TestConcurrency : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void sellsAndEditsInParallel();
    void staleEditIsRefused();

private:
    QString cli() const { return QStringLiteral(MM_APP_BINARY); }
    QString writer() const { return QStringLiteral(MM_WRITER_BINARY); }
    QStringList sellArguments(int lane, int index) const;

    testing::TestStore m_store;
    QString m_db;
    QStringList m_models; // listed in the commercial tier
    QStringList m_buyers; // allowed to buy them there
};

void TestConcurrency::initTestCase() {
    MM_REQUIRE_STORE(m_store);
    m_db =
        m_store.made(u"shared.sqlite"_s, {u"generate"_s, u"--models"_s, u"60"_s, u"--buyers"_s,
                                          u"24"_s, u"--licenses"_s, u"0"_s, u"--seed"_s, u"3"_s});
    QVERIFY2(!m_db.isEmpty(), qPrintable(m_store.error()));

    auto db = Database::open(m_db);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().toString()));
    auto config = EconomyRepository(**db).loadConfig();
    QVERIFY(config);
    QList<QPair<qint64, QString>> models;
    {
        auto q = (*db)->query(u"SELECT m.id, m.name FROM listings l JOIN models m ON m.id = "
                              "l.model_id WHERE l.tier = 'commercial' AND m.status = 'listed' "
                              "ORDER BY m.id"_s,
                              {}, u"choosing models"_s);
        QVERIFY(q);
        while (q->next())
            models.append({q->value(0).toLongLong(), q->value(1).toString()});
    }
    QList<QPair<qint64, QString>> buyers;
    {
        auto q = (*db)->query(u"SELECT id, name FROM buyers WHERE type IN ('commercial', "
                              "'enterprise') ORDER BY id"_s,
                              {}, u"choosing buyers"_s);
        QVERIFY(q);
        while (q->next())
            buyers.append({q->value(0).toLongLong(), q->value(1).toString()});
    }
    {
        auto rich = (*db)->query(u"UPDATE buyers SET budget_cents = ?"_s, {kRichBudgetCents},
                                 u"raising budgets"_s);
        QVERIFY2(rich, qPrintable(rich ? QString() : rich.error().toString()));
    }
    // Keep the buyers every chosen model may be sold to, as the CLI will ask (its defaults).
    MarketplaceService market(**db);
    for (const auto& buyer : std::as_const(buyers)) {
        if (m_buyers.size() == kBuyers)
            break;
        bool allowedForAll = true;
        QStringList chosenModels;
        for (const auto& model : std::as_const(models)) {
            if (chosenModels.size() == kModels)
                break;
            SaleRequest request;
            request.modelId = model.first;
            request.buyerId = buyer.first;
            request.tier = LicenseTier::Commercial;
            request.use = IntendedUse::Business;
            request.deployments =
                MarketplaceService::defaultDeployments(config->tier(LicenseTier::Commercial));
            auto quote = market.quote(request);
            QVERIFY2(quote, qPrintable(quote ? QString() : quote.error().toString()));
            if (quote->decision.allowed)
                chosenModels.append(model.second);
        }
        if (chosenModels.size() < kModels)
            allowedForAll = false;
        if (!allowedForAll)
            continue;
        if (m_models.isEmpty())
            m_models = chosenModels;
        else if (m_models != chosenModels)
            continue;
        m_buyers.append(buyer.second);
    }
    QVERIFY2(m_models.size() == kModels && m_buyers.size() == kBuyers,
             "the generated economy should list enough commercial models for enough buyers");
}

QStringList TestConcurrency::sellArguments(int lane, int index) const {
    // The lanes walk the pairs in opposite directions, so they often hit the same buyer at once.
    const int step = lane == 0 ? index : 1000 * kModels * kBuyers - 1 - index;
    const QString& model = m_models.at(step % kModels);
    const QString& buyer = m_buyers.at((step / kModels) % kBuyers);
    return {u"--db"_s, m_db,         u"--format"_s, u"csv"_s,    u"sell"_s,      u"--model"_s,
            model,     u"--buyer"_s, buyer,         u"--tier"_s, u"commercial"_s};
}

void TestConcurrency::sellsAndEditsInParallel() {
    const int sells = sellCount();
    QHash<QString, qint64> budgetBefore;
    QHash<QString, qint64> pointsBefore;
    {
        auto db = Database::open(m_db);
        QVERIFY(db);
        for (const QString& buyer : std::as_const(m_buyers)) {
            auto q = (*db)->query(u"SELECT budget_cents FROM buyers WHERE name = ?"_s, {buyer},
                                  u"budget"_s);
            QVERIFY(q && q->next());
            budgetBefore.insert(buyer, q->value(0).toLongLong());
        }
        for (const QString& model : std::as_const(m_models)) {
            auto found = ModelRepository(**db).findByName(model);
            QVERIFY(found && found->has_value());
            pointsBefore.insert(model, found->value().researchPoints);
        }
        auto licenses = (*db)->query(u"SELECT COUNT(*) FROM licenses"_s, {}, u"count"_s);
        QVERIFY(licenses && licenses->next());
        QCOMPARE(licenses->value(0).toLongLong(), 0);
    }

    QElapsedTimer timer;
    timer.start();
    std::vector<std::unique_ptr<Lane>> sellers;
    for (int lane = 0; lane < 2; ++lane) {
        sellers.push_back(std::make_unique<Lane>(
            cli(), [this, lane, sells](int index) -> std::optional<QStringList> {
                if (index >= sells)
                    return std::nullopt;
                return sellArguments(lane, index);
            }));
    }
    auto sellingDone = [&sellers] { return sellers[0]->isDone() && sellers[1]->isDone(); };
    // Editors keep going while the sellers sell (at least one run each).
    std::vector<std::unique_ptr<Lane>> editors;
    for (int lane = 0; lane < 2; ++lane) {
        editors.push_back(std::make_unique<Lane>(
            writer(), [this, &sellingDone](int index) -> std::optional<QStringList> {
                if (index > 0 && sellingDone())
                    return std::nullopt;
                return QStringList{u"edit-loop"_s,  m_db,
                                   u"--count"_s,    QString::number(kEditsPerRun),
                                   u"--models"_s,   m_models.join(u','),
                                   u"--pause-ms"_s, QString::number(kEditPauseMs)};
            }));
    }
    for (auto& lane : sellers)
        lane->start();
    for (auto& lane : editors)
        lane->start();
    QVERIFY(QTest::qWaitFor(
        [&] { return sellingDone() && editors[0]->isDone() && editors[1]->isDone(); },
        kLaneTimeoutMs));
    const qint64 elapsedMs = timer.elapsed();

    // Nobody failed: no locked database, no refusal, no crash.
    QSet<qint64> licenseIds;
    int soldOk = 0;
    qint64 slowestSellMs = 0;
    for (const auto& lane : sellers) {
        QCOMPARE(lane->runs().size(), sells);
        for (const Run& run : lane->runs()) {
            QVERIFY2(!run.err.contains(u"locked"_s, Qt::CaseInsensitive),
                     qPrintable(describe(run)));
            QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(describe(run)));
            const auto id = soldLicenseId(run.out);
            QVERIFY2(id, qPrintable(describe(run)));
            QVERIFY2(!licenseIds.contains(*id),
                     qPrintable(u"license %1 reported twice"_s.arg(*id)));
            licenseIds.insert(*id);
            ++soldOk;
            slowestSellMs = std::max(slowestSellMs, run.elapsedMs);
        }
    }
    int editRuns = 0;
    int staleRetries = 0;
    for (const auto& lane : editors) {
        for (const Run& run : lane->runs()) {
            QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(describe(run)));
            QVERIFY2(run.out.startsWith(u"edits=%1 "_s.arg(kEditsPerRun)),
                     qPrintable(describe(run)));
            const qsizetype at = run.out.indexOf(u"stale="_s);
            staleRetries += QStringView(run.out).mid(at + 6).split(u' ').first().toInt();
            ++editRuns;
        }
    }

    auto db = Database::open(m_db);
    QVERIFY(db);
    // Every successful sale exactly once, and nothing else.
    {
        QSet<qint64> stored;
        auto q = (*db)->query(u"SELECT id FROM licenses"_s, {}, u"licenses"_s);
        QVERIFY(q);
        while (q->next())
            stored.insert(q->value(0).toLongLong());
        QCOMPARE(stored.size(), soldOk);
        QCOMPARE(stored, licenseIds);
    }
    // Budgets: before - fees == after, per buyer; each fee is the listing's price.
    for (const QString& buyer : std::as_const(m_buyers)) {
        auto q = (*db)->query(
            u"SELECT b.budget_cents, (SELECT COALESCE(SUM(fee_cents), 0) FROM licenses WHERE "
            "buyer_id = b.id), (SELECT COUNT(*) FROM licenses l JOIN listings s ON s.model_id = "
            "l.model_id AND s.tier = l.tier WHERE l.buyer_id = b.id AND l.fee_cents <> "
            "s.price_cents) FROM buyers b WHERE b.name = ?"_s,
            {buyer}, u"budget"_s);
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toLongLong(), budgetBefore.value(buyer) - q->value(1).toLongLong());
        QCOMPARE(q->value(2).toLongLong(), 0);
    }
    // No lost update: every increment of both editors arrived, and each save bumped the revision.
    const int editsPerModel = editRuns * kEditsPerRun / kModels;
    for (const QString& model : std::as_const(m_models)) {
        auto found = ModelRepository(**db).findByName(model);
        QVERIFY(found && found->has_value());
        QCOMPARE(found->value().researchPoints, pointsBefore.value(model) + editsPerModel);
    }
    auto problems = checkEconomy(**db);
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u"\n"_s)));
    db->reset();

    // Each side sees the other's writes: the editor counts the CLI's sales, the CLI exports the
    // editors' research points.
    QProcess editor;
    editor.start(writer(),
                 {u"edit-loop"_s, m_db, u"--count"_s, u"1"_s, u"--models"_s, m_models.first()});
    QVERIFY(editor.waitForFinished(60'000));
    QCOMPARE(editor.exitCode(), 0);
    const QString editorOut = QString::fromUtf8(editor.readAllStandardOutput());
    QVERIFY2(editorOut.contains(u"licenses=%1"_s.arg(soldOk)), qPrintable(editorOut));
    QProcess exporter;
    exporter.setProcessEnvironment(childEnvironment());
    exporter.start(cli(), {u"--db"_s, m_db, u"export"_s, u"catalog"_s});
    QVERIFY(exporter.waitForFinished(60'000));
    QCOMPARE(exporter.exitCode(), 0);
    auto exported = csv::parse(exporter.readAllStandardOutput());
    QVERIFY(exported);
    const csv::HeaderMap header =
        csv::mapHeader(exported->at(0).fields, {u"name"_s, u"research_points"_s});
    bool seen = false;
    for (const csv::Record& row : std::as_const(*exported)) {
        if (row.fields.value(header.column(u"name"_s)) != m_models.first())
            continue;
        seen = true;
        QCOMPARE(row.fields.value(header.column(u"research_points"_s)).toLongLong(),
                 pointsBefore.value(m_models.first()) + editsPerModel + 1);
    }
    QVERIFY(seen);

    qInfo("two sellers x %d sales and %d edit-loop runs (%d increments, %d stale edits reloaded "
          "and retried) on one file in %.1f s; slowest sale %lld ms; 0 locked, 0 lost",
          sells, editRuns, editRuns * kEditsPerRun, staleRetries, double(elapsedMs) / 1000.0,
          slowestSellMs);
}

void TestConcurrency::staleEditIsRefused() {
    for (int round = 0; round < 5; ++round) {
        const QString& model = m_models.at(round % kModels);
        const double values[2] = {10.0 + round, 90.0 - round};
        QProcess editors[2];
        for (int i = 0; i < 2; ++i) {
            editors[i].setProcessEnvironment(childEnvironment());
            editors[i].start(writer(), {u"stale-race"_s, m_db, u"--model"_s, model,
                                        u"--efficiency"_s, QString::number(values[i])});
        }
        // Both hold the same revision before either saves.
        for (auto& editor : editors) {
            QVERIFY(QTest::qWaitFor(
                [&editor] {
                    return editor.canReadLine() || editor.state() == QProcess::NotRunning;
                },
                60'000));
            const QString line = QString::fromUtf8(editor.readLine()).trimmed();
            QVERIFY2(line.startsWith(u"loaded "_s),
                     qPrintable(line + QString::fromUtf8(editor.readAllStandardError())));
        }
        for (auto& editor : editors) {
            editor.write("go\n");
            editor.closeWriteChannel();
        }
        QString output[2];
        for (int i = 0; i < 2; ++i) {
            QVERIFY(editors[i].waitForFinished(60'000));
            output[i] = QString::fromUtf8(editors[i].readAllStandardOutput());
        }
        const int codes[2] = {editors[0].exitCode(), editors[1].exitCode()};
        QVERIFY2((codes[0] == 0 && codes[1] == 1) || (codes[0] == 1 && codes[1] == 0),
                 qPrintable(u"exit codes %1 and %2:\n%3\n%4"_s.arg(codes[0]).arg(codes[1]).arg(
                     output[0], output[1])));
        const int winner = codes[0] == 0 ? 0 : 1;
        const int loser = 1 - winner;
        QVERIFY2(output[winner].contains(u"result ok"_s), qPrintable(output[winner]));
        QVERIFY2(output[loser].contains(u"result stale-edit"_s), qPrintable(output[loser]));
        // The loser re-reads and sees the winner's value.
        const QString winnerValue = QString::number(values[winner]);
        QVERIFY2(output[loser].contains(u"reread "_s + winnerValue + u' '),
                 qPrintable(output[loser]));
        QVERIFY2(output[winner].contains(u"reread "_s + winnerValue + u' '),
                 qPrintable(output[winner]));
    }
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
