// The market on a real file and (storage.market.postgres) on the test server: the game clock and
// the forecast are one engine (same seed and months, same sales), the demo economy's history is
// the market's own, and its numbers make sense.

#include "ResultChecks.h"
#include "TestStore.h"
#include "core/Forecast.h"
#include "core/MarketRandom.h"
#include "data/Database.h"
#include "data/EconomyGenerator.h"
#include "data/EconomyRepository.h"
#include "data/Exchange.h"
#include "data/IntegrityCheck.h"
#include "data/MarketStore.h"
#include "data/TrainingService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

struct Sold {
    qint64 id;
    qint64 modelId;
    qint64 buyerId;
    QString tier;
    qint64 fee;
    bool operator==(const Sold&) const = default;
};

QList<Sold> licensesAfter(Database& db, qint64 lastId) {
    QList<Sold> sold;
    auto q = db.query(u"SELECT id, model_id, buyer_id, tier, fee_cents FROM licenses WHERE id > ? "
                      u"ORDER BY id"_s,
                      {lastId}, u"test"_s);
    while (q && q->next())
        sold.append({q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toLongLong(),
                     q->value(3).toString(), q->value(4).toLongLong()});
    return sold;
}

qint64 scalar(Database& db, const QString& sql, const QVariantList& values = {}) {
    auto q = db.query(sql, values, u"test"_s);
    if (!q || !q->next())
        return -1;
    return q->value(0).toLongLong();
}

// Spearman's rank correlation (average ranks for ties).
double spearman(const std::vector<double>& x, const std::vector<double>& y) {
    const auto ranks = [](const std::vector<double>& values) {
        std::vector<std::size_t> order(values.size());
        for (std::size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(),
                  [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
        std::vector<double> rank(values.size());
        for (std::size_t i = 0; i < order.size();) {
            std::size_t j = i;
            while (j + 1 < order.size() && values[order[j + 1]] == values[order[i]])
                ++j;
            for (std::size_t k = i; k <= j; ++k)
                rank[order[k]] = (static_cast<double>(i) + static_cast<double>(j)) / 2.0;
            i = j + 1;
        }
        return rank;
    };
    const std::vector<double> rx = ranks(x);
    const std::vector<double> ry = ranks(y);
    const double n = static_cast<double>(x.size());
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        mx += rx[i] / n;
        my += ry[i] / n;
    }
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxy += (rx[i] - mx) * (ry[i] - my);
        sxx += (rx[i] - mx) * (rx[i] - mx);
        syy += (ry[i] - my) * (ry[i] - my);
    }
    return sxy / std::sqrt(sxx * syy);
}

} // namespace

class TestMarketStore : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<testing::TestStore> m_store; // SQLite files, or the test server's databases
    std::unique_ptr<Database> m_demo;

    std::unique_ptr<Database> open(const QString& name) {
        const QString location = m_store->location(name);
        if (location.isEmpty())
            qFatal("%s", qPrintable(m_store->error()));
        auto opened = Database::open(location);
        if (!opened)
            qFatal("%s", qPrintable(opened.error().toString()));
        return std::move(opened).value();
    }

private slots:
    void initTestCase() {
        m_store = std::make_unique<testing::TestStore>();
        MM_REQUIRE_STORE(*m_store);
        m_demo = open(u"demo.sqlite"_s);
        QVERIFY(createDemoEconomy(*m_demo));
    }

    void theDemoHistoryIsPlayedByTheMarket() {
        Database& db = *m_demo;
        const qint64 licenses = scalar(db, u"SELECT COUNT(*) FROM licenses"_s);
        QVERIFY2(licenses > 300, qPrintable(QString::number(licenses)));
        // Every month of the 24 has sales, and every lab has a model in the market.
        QCOMPARE(scalar(db, u"SELECT COUNT(DISTINCT substr(sold_on, 1, 7)) FROM licenses WHERE "
                            u"sold_on < '2025-01-01'"_s),
                 24);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM labs WHERE id NOT IN (SELECT lab_id FROM "
                            u"models)"_s),
                 0);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM models WHERE lab_id IS NULL"_s), 0);
        auto problems = checkEconomy(db);
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    }

    void everyPaidTierEarnsBetweenFiveAndSeventyPercent() {
        Database& db = *m_demo;
        const qint64 total =
            scalar(db, u"SELECT SUM(fees_cents + usage_cents) FROM revenue_monthly"_s);
        QVERIFY(total > 0);
        QStringList split;
        for (const QString& tier : {u"academic"_s, u"commercial"_s, u"enterprise"_s}) {
            const qint64 revenue = scalar(db,
                                          u"SELECT SUM(fees_cents + usage_cents) FROM "
                                          u"revenue_monthly WHERE tier = ?"_s,
                                          {tier});
            const double share = 100.0 * static_cast<double>(revenue) / static_cast<double>(total);
            split.append(u"%1 %2%"_s.arg(tier).arg(share, 0, 'f', 1));
            QVERIFY2(share >= 5.0 && share <= 70.0, qPrintable(split.join(u", "_s)));
        }
        qInfo("demo revenue split over 24 months: %s", qPrintable(split.join(u", "_s)));
    }

    void salesFollowValue() {
        Database& db = *m_demo;
        // Within each paid tier: a listing's sales against its quality per dollar.
        for (const QString& tier : {u"academic"_s, u"commercial"_s, u"enterprise"_s}) {
            auto q = db.query(u"SELECT m.composite / l.price_cents, (SELECT COUNT(*) FROM licenses "
                              u"c WHERE c.model_id = l.model_id AND c.tier = l.tier) FROM "
                              u"listings l JOIN models m ON m.id = l.model_id WHERE l.tier = ? "
                              u"AND l.listed_on < '2024-07-01'"_s,
                              {tier}, u"test"_s);
            QVERIFY(q);
            std::vector<double> value, sales;
            while (q->next()) {
                value.push_back(q->value(0).toDouble());
                sales.push_back(q->value(1).toDouble());
            }
            QVERIFY(value.size() > 10);
            const double rho = spearman(value, sales);
            qInfo("%s: Spearman rank correlation of sales with quality per dollar %.2f over %d "
                  "listings",
                  qPrintable(tier), rho, int(value.size()));
            QVERIFY2(rho > 0.05, qPrintable(u"%1: %2"_s.arg(tier).arg(rho)));
        }
        // Enterprise buyers license better models than academic buyers do (median composite).
        const auto medianComposite = [&db](const QString& type) {
            auto q = db.query(u"SELECT m.composite FROM licenses c JOIN buyers b ON b.id = "
                              u"c.buyer_id JOIN models m ON m.id = c.model_id WHERE b.type = ? "
                              u"ORDER BY m.composite"_s,
                              {type}, u"test"_s);
            std::vector<double> values;
            while (q && q->next())
                values.push_back(q->value(0).toDouble());
            return values.empty() ? 0.0 : values[values.size() / 2];
        };
        const double enterprise = medianComposite(u"enterprise"_s);
        const double academic = medianComposite(u"academic"_s);
        qInfo("median composite licensed: enterprise %.1f, academic %.1f", enterprise, academic);
        QVERIFY2(enterprise > academic, qPrintable(u"%1 vs %2"_s.arg(enterprise).arg(academic)));
    }

    void theClockReplaysForecastRunZero() {
        auto db = open(u"replay.sqlite"_s);
        GeneratorOptions options;
        options.models = 120;
        options.buyers = 80;
        options.licenses = 0;
        options.usageCharges = false;
        options.jobsInTraining = 0; // finished training would take model ids the forecast expects
        options.months = 6;
        options.seed = 77;
        const EconomyConfig config = EconomyConfig::defaults();
        QVERIFY(generateEconomy(*db, config, options));
        MarketStore store(*db);
        const int first = monthNumber(options.firstMonth);
        for (int month = first; month < first + options.months; ++month)
            QVERIFY(store.closeMonth(config, month, true));

        auto state = store.loadCurrentState();
        QVERIFY(state);
        constexpr int kMonths = 5;
        // The forecast's run 0, month by month, with the economy's seed.
        MarketEngine engine(*state);
        QList<QList<Sold>> forecast;
        for (int month = 0; month < kMonths; ++month) {
            const MonthOutcome outcome = engine.playMonth(config.marketSeed, 0);
            QList<Sold> sold;
            for (const MarketSale& sale : outcome.sales) {
                const MarketListing& listing = engine.state().listings[std::size_t(sale.listing)];
                sold.append({sale.licenseId, engine.state().models[std::size_t(listing.model)].id,
                             engine.state().buyers[std::size_t(sale.buyer)].id,
                             enumKey(listing.tier), sale.fee.cents()});
            }
            forecast.append(sold);
        }
        ForecastSettings settings;
        settings.months = kMonths;
        settings.runs = 3;
        settings.seed = config.marketSeed;
        const ForecastResult result = runForecast(*state, settings);

        // The game clock, one month at a time.
        int totalSales = 0;
        for (int month = 0; month < kMonths; ++month) {
            const qint64 lastId = scalar(*db, u"SELECT COALESCE(MAX(id), 0) FROM licenses"_s);
            auto today = EconomyRepository(*db).gameDate();
            QVERIFY(today);
            auto advanced = TrainingService(*db).advance(today->daysInMonth());
            QVERIFY2(advanced, qPrintable(advanced ? QString() : advanced.error().toString()));
            QCOMPARE(licensesAfter(*db, lastId), forecast.at(month));
            totalSales += int(forecast.at(month).size());
            // The forecast's run 0 revenue of the month equals what the clock stored.
            const QString key = monthKey(state->month + month);
            const qint64 stored =
                scalar(*db,
                       u"SELECT COALESCE(SUM(fees_cents + usage_cents), 0) FROM revenue_monthly "
                       u"WHERE month = ?"_s,
                       {key});
            const ForecastResult runZero =
                runForecast(*state, ForecastSettings{kMonths, 1, config.marketSeed, 1});
            QCOMPARE(runZero.monthly(ForecastSeries::Total, 0, month).p50, stored);
        }
        QVERIFY(totalSales > 20);
        QCOMPARE(result.runsDone(), 3);
    }

    void labsSurviveExportAndImport() {
        auto exported = exchange::exportEconomy(*m_demo);
        QVERIFY(exported);
        QCOMPARE(exported->value(u"labs"_s).toArray().size(), 4);
        auto copy = open(u"copy.sqlite"_s);
        auto imported = exchange::importEconomy(*copy, *exported);
        QVERIFY2(imported, qPrintable(imported ? QString() : imported.error().toString()));
        auto again = exchange::exportEconomy(*copy);
        QVERIFY(again);
        QCOMPARE(QJsonDocument(*again).toJson(), QJsonDocument(*exported).toJson());
        QCOMPARE(scalar(*copy, u"SELECT COUNT(*) FROM models WHERE lab_id <> 1"_s),
                 scalar(*m_demo, u"SELECT COUNT(*) FROM models WHERE lab_id <> 1"_s));

        // A model claimed by two labs, or no studio, is refused by name and nothing is written.
        QJsonObject broken = *exported;
        QJsonArray labs = broken.value(u"labs"_s).toArray();
        QJsonObject rival = labs.at(1).toObject();
        rival.insert(u"models"_s, labs.at(2).toObject().value(u"models"_s));
        labs.replace(1, rival);
        broken.insert(u"labs"_s, labs);
        auto refused = exchange::importEconomy(*copy, broken, true);
        QVERIFY(!refused);
        QVERIFY2(refused.error().where.startsWith(u"labs[2]"_s),
                 qPrintable(refused.error().toString()));
        QCOMPARE(QJsonDocument(*exchange::exportEconomy(*copy)).toJson(),
                 QJsonDocument(*exported).toJson());
    }

    void switchedOffTheClockSellsNothing() {
        auto db = open(u"off.sqlite"_s);
        QVERIFY(createDemoEconomy(*db));
        MarketStore store(*db);
        QVERIFY(*store.isEnabled());
        QVERIFY(store.setEnabled(false));
        QVERIFY(!*store.isEnabled());
        const qint64 before = scalar(*db, u"SELECT COUNT(*) FROM licenses"_s);
        const qint64 modelsBefore = scalar(*db, u"SELECT COUNT(*) FROM models"_s);
        QVERIFY(TrainingService(*db).advance(62));
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM licenses"_s), before);
        // Only training jobs add models when the market is off (no rival releases).
        QCOMPARE(scalar(*db, u"SELECT COUNT(*) FROM models WHERE lab_id <> 1"_s),
                 scalar(*m_demo, u"SELECT COUNT(*) FROM models WHERE lab_id <> 1"_s));
        QVERIFY(scalar(*db, u"SELECT COUNT(*) FROM models"_s) >= modelsBefore);
        QVERIFY(store.setEnabled(true));
        QVERIFY(TrainingService(*db).advance(62));
        QVERIFY(scalar(*db, u"SELECT COUNT(*) FROM licenses"_s) > before);
    }
};

QTEST_GUILESS_MAIN(TestMarketStore)
#include "tst_market.moc"
