// The revenue dashboard and the model comparison, driven offscreen against real SQLite files:
// the chart builders against the golden reports, the area refreshing itself after a sale, legend
// clicks, exports, a refused range, and the comparison's percentiles. Screenshots:
// tools/take_screenshots.

#include "data/Database.h"
#include "data/DefaultDatabase.h"
#include "data/Exchange.h"
#include "data/MarketplaceService.h"
#include "data/ModelComparisonQueries.h"
#include "data/RevenueQueries.h"
#include "data/RevenueReport.h"
#include "ui/catalog/ModelComparisonDialog.h"
#include "ui/revenue/RevenueArea.h"
#include "ui/revenue/RevenueCharts.h"
#include "ui/shell/ChartExport.h"
#include "ui/shell/Workspace.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QScatterSeries>
#include <QScopeGuard>
#include <QScrollArea>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <cmath>
#include <limits>
#include <memory>

using namespace mm;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 20'000;
constexpr QLatin1StringView kTierScaleKey("revenue/tierScale");

// How many values the chart's series draw: points, bar values and pie slices; guides aside.
qsizetype drawnValues(const QChart& chart) {
    qsizetype values = 0;
    for (QAbstractSeries* series : chart.series()) {
        if (series->name().startsWith(u"Paid back"_s))
            continue; // the revenue = spend guide line is drawn on every chart of that kind
        if (const auto* xy = qobject_cast<const QXYSeries*>(series))
            values += xy->count();
        else if (const auto* bars = qobject_cast<const QAbstractBarSeries*>(series))
            for (const QBarSet* set : bars->barSets())
                values += set->count();
        else if (const auto* pie = qobject_cast<const QPieSeries*>(series))
            values += pie->count();
        else
            ++values; // a kind this count does not know: never mistaken for empty
    }
    return values;
}

QVariant scalar(Database& db, const QString& sql, const QVariantList& values = {}) {
    auto q = db.query(sql, values, u"reading a test value"_s);
    return q && q->next() ? q->value(0) : QVariant();
}

// A bar value drawn in `scale` units, back in cents.
qint64 cents(double value, const MoneyScale& scale) {
    return std::llround(value * scale.dollarsPerUnit * 100.0);
}

template <typename T>
T* onlySeries(QChart* chart) {
    for (QAbstractSeries* series : chart->series()) {
        if (auto* typed = qobject_cast<T*>(series))
            return typed;
    }
    return nullptr;
}

} // namespace

class TestRevenueArea : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void chartsMatchTheGoldenReports();
    void chartsOfNothingAreEmpty();
    void areaLoadsAndRefreshesAfterSale();
    void filterChangeReloads();
    void backwardsRangeIsRefused();
    void legendClickTogglesVisibility();
    void logarithmicTierScaleShowsEveryTier();
    void tierScaleIsRemembered();
    void exportWritesFiles();
    void copyPutsTheNumbersOnTheClipboard();
    void comparisonRefusesBadSelections();
    void comparisonShowsPercentiles();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_golden;
    std::unique_ptr<Workspace> m_demo;
};

void TestRevenueArea::initTestCase() {
    QCoreApplication::setOrganizationName(u"ModelMarketTests"_s);
    QSettings().remove(kTierScaleKey); // every chart test starts from the linear default
    QVERIFY(m_dir.isValid());
    auto golden = Database::open(m_dir.filePath(u"golden.sqlite"_s));
    QVERIFY(golden);
    m_golden = std::move(golden).value();
    QFile fixture(QStringLiteral(MM_TEST_DATA_DIR) + u"/golden/economy.json"_s);
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QVERIFY(
        exchange::importEconomy(*m_golden, QJsonDocument::fromJson(fixture.readAll()).object()));

    auto demo = openOrCreate(m_dir.filePath(u"demo.sqlite"_s), true);
    QVERIFY2(demo, demo ? "" : qPrintable(demo.error().toString()));
    m_demo = std::make_unique<Workspace>(std::move(demo).value());
}

void TestRevenueArea::cleanupTestCase() {
    m_demo.reset();
    m_golden.reset();
}

void TestRevenueArea::chartsMatchTheGoldenReports() {
    auto data = loadRevenueDashboard(*m_golden, {});
    QVERIFY(data);
    auto byTier = revenue(*m_golden, RevenueGrouping::Tier);
    QVERIFY(byTier);
    const QLocale locale;

    // Stacked bars: a set per tier and kind that has money, each summing to the tier's report.
    BuiltChart bars = revenuecharts::revenueByTierAndMonth(*data, locale);
    auto* stacked = onlySeries<QStackedBarSeries>(bars.chart.get());
    QVERIFY(stacked);
    QStringList labels;
    for (QBarSet* set : stacked->barSets())
        labels.append(set->label());
    QCOMPARE(labels, QStringList({u"Academic — license fees"_s, u"Academic — usage"_s,
                                  u"Commercial — license fees"_s, u"Commercial — usage"_s,
                                  u"Enterprise — license fees"_s, u"Enterprise — usage"_s}));
    auto* months = qobject_cast<QBarCategoryAxis*>(bars.chart->axes(Qt::Horizontal).first());
    QVERIFY(months);
    QCOMPARE(months->count(), 6);
    QCOMPARE(months->at(0), locale.toString(QDate(2024, 1, 1), u"MMM yyyy"_s));
    Money largestMonth;
    for (const TierMonthRevenue& row : data->tierMonths)
        largestMonth = std::max(largestMonth, row.total());
    auto monthly = revenue(*m_golden, RevenueGrouping::Month);
    QVERIFY(monthly);
    largestMonth = Money();
    for (const RevenueRow& row : *monthly)
        largestMonth = std::max(largestMonth, row.total);
    const MoneyScale scale = moneyScaleFor(largestMonth);
    QCOMPARE(scale.suffix, u"M"_s);
    for (QBarSet* set : stacked->barSets()) {
        qint64 sum = 0;
        for (int i = 0; i < set->count(); ++i)
            sum += cents(set->at(i), scale);
        const RevenueRow* tierRow = nullptr;
        for (const RevenueRow& row : *byTier) {
            if (set->label().startsWith(row.label + u" —"_s))
                tierRow = &row;
        }
        QVERIFY(tierRow);
        const bool usage = set->label().endsWith(u"usage"_s);
        QCOMPARE(sum, usage ? tierRow->usage.cents() : tierRow->fees.cents());
        // The tip carries the exact amount in the user's currency format.
        const QString tip = hoverTip(set, 0);
        QVERIFY2(tip.contains(u"$"_s) && tip.contains(months->at(0)), qPrintable(tip));
    }
    QCOMPARE(bars.table.rows.size(), data->tierMonths.size());

    // Donut: one slice per tier with revenue, in tier order, worth the tier's total.
    BuiltChart donut = revenuecharts::tierShare(*data, locale);
    auto* pie = onlySeries<QPieSeries>(donut.chart.get());
    QVERIFY(pie);
    QVERIFY(pie->holeSize() > 0);
    QCOMPARE(pie->count(), 3); // Open Source is free
    QCOMPARE(pie->slices().at(0)->value(), byTier->at(1).total.toDouble());
    QCOMPARE(pie->slices().at(2)->value(), byTier->at(3).total.toDouble());
    QVERIFY(hoverTip(pie->slices().at(2), 0).contains(byTier->at(3).total.toDisplayString(locale)));
    QCOMPARE(donut.table.rows.at(3).at(1), byTier->at(3).total.toPlainString());

    // Running totals end at the tier totals.
    BuiltChart cumulative = revenuecharts::cumulativeRevenueByTier(*data, locale);
    const MoneyScale cumulativeScale = moneyScaleFor(byTier->at(3).total);
    int lines = 0;
    for (QAbstractSeries* series : cumulative.chart->series()) {
        auto* line = qobject_cast<QLineSeries*>(series);
        QVERIFY(line);
        ++lines;
        for (const RevenueRow& row : *byTier) {
            if (row.label == line->name())
                QCOMPARE(cents(line->points().last().y(), cumulativeScale), row.total.cents());
        }
    }
    QCOMPARE(lines, 3);

    // Licenses: every tier sold some, counts add up to the report's.
    BuiltChart licenses = revenuecharts::licensesByTierAndMonth(*data, locale);
    auto* counted = onlySeries<QStackedBarSeries>(licenses.chart.get());
    QVERIFY(counted);
    QCOMPARE(counted->count(), 4);
    for (int tier = 0; tier < 4; ++tier) {
        double sum = 0;
        for (int i = 0; i < counted->barSets().at(tier)->count(); ++i)
            sum += counted->barSets().at(tier)->at(i);
        QCOMPARE(qint64(sum), byTier->at(tier).licenses);
    }

    // Top models: the report's first ten, largest on top (category axes list bottom first).
    auto byModel = revenue(*m_golden, RevenueGrouping::Model);
    QVERIFY(byModel);
    BuiltChart top = revenuecharts::topModels(*data, locale, 10);
    auto* horizontal = onlySeries<QHorizontalStackedBarSeries>(top.chart.get());
    QVERIFY(horizontal);
    auto* names = qobject_cast<QBarCategoryAxis*>(top.chart->axes(Qt::Vertical).first());
    QVERIFY(names);
    QCOMPARE(names->count(), 10);
    QCOMPARE(names->at(9), byModel->first().key);
    QCOMPARE(names->at(0), byModel->at(9).key);
    QCOMPARE(top.table.rows.first().at(5), byModel->first().total.toPlainString());

    // Scatters: one series per paid tier; one per size class plus the paid-back line.
    BuiltChart prices = revenuecharts::priceAgainstQuality(*data, locale);
    QStringList tiers;
    for (QAbstractSeries* series : prices.chart->series()) {
        QVERIFY(qobject_cast<QScatterSeries*>(series));
        tiers.append(series->name());
    }
    QCOMPARE(tiers, QStringList({u"Academic"_s, u"Commercial"_s, u"Enterprise"_s}));
    BuiltChart payback = revenuecharts::trainingSpendAgainstRevenue(*data, locale);
    QVERIFY(qobject_cast<QLineSeries*>(payback.chart->series().first()));
    int points = 0;
    for (QAbstractSeries* series : payback.chart->series().mid(1))
        points += static_cast<int>(qobject_cast<QScatterSeries*>(series)->count());
    int earning = 0;
    for (const ModelRevenue& model : data->models)
        earning += model.total().cents() > 0 && model.trainingCost.cents() > 0 ? 1 : 0;
    QCOMPARE(points, earning);
    QCOMPARE(payback.table.rows.size(), data->models.size());
}

void TestRevenueArea::chartsOfNothingAreEmpty() {
    RevenueDashboardData nothing;
    const QLocale locale;
    using Build = BuiltChart (*)(const RevenueDashboardData&, const QLocale&);
    const auto check = [](const BuiltChart& built) {
        QVERIFY(built.chart);
        const qsizetype drawn = drawnValues(*built.chart);
        QVERIFY2(drawn == 0,
                 qPrintable(u"%1: %2 values drawn"_s.arg(built.chart->title()).arg(drawn)));
        // A table may still name its categories (every tier at 0 %), but holds no figure.
        for (const QStringList& row : std::as_const(built.table.rows)) {
            QCOMPARE(row.size(), built.table.header.size());
            for (const QString& cell : row) {
                bool isNumber = false;
                const double value = cell.toDouble(&isNumber);
                QVERIFY2(!isNumber || value == 0,
                         qPrintable(built.chart->title() + u": "_s + cell));
            }
        }
    };
    for (Build build :
         {&revenuecharts::tierShare, &revenuecharts::licensesByTierAndMonth,
          &revenuecharts::priceAgainstQuality, &revenuecharts::trainingSpendAgainstRevenue})
        check(build(nothing, locale));
    for (TierScale scale : {TierScale::Linear, TierScale::Logarithmic}) {
        check(revenuecharts::revenueByTierAndMonth(nothing, locale, scale));
        check(revenuecharts::cumulativeRevenueByTier(nothing, locale, scale));
    }
}

void TestRevenueArea::areaLoadsAndRefreshesAfterSale() {
    Workspace& ws = *m_demo;
    RevenueArea area(ws);
    area.show();
    QTRY_VERIFY_WITH_TIMEOUT(area.loadsDrawn() >= 1, kWaitMs);
    QVERIFY(!area.isLoading());
    const Money feesBefore = area.data().fees();
    const qint64 soldBefore = area.data().licenses();
    QVERIFY(feesBefore.cents() > 0);
    auto total = totalRevenue(ws.database());
    QVERIFY(total);
    QCOMPARE(area.data().fees() + area.data().usage(), *total);
    QVERIFY(area.findChild<QLabel*>(u"revenueTotals"_s)
                ->text()
                .contains(total->toDisplayString(QLocale())));
    QVERIFY(area.findChild<QComboBox*>(u"revenueFromMonth"_s)->count() >= 24);

    // A commercial sale through the marketplace, as the sale dialog makes it.
    Database& db = ws.database();
    auto listing = db.query(u"SELECT model_id, price_cents FROM listings WHERE tier = "
                            u"'commercial' ORDER BY price_cents LIMIT 1"_s,
                            {}, u"finding a listing"_s);
    QVERIFY(listing && listing->next());
    const qint64 modelId = listing->value(0).toLongLong();
    const qint64 price = listing->value(1).toLongLong();
    const qint64 buyerId =
        scalar(db,
               u"SELECT id FROM buyers WHERE type = 'commercial' AND budget_cents >= ? "
               u"ORDER BY budget_cents DESC LIMIT 1"_s,
               {price})
            .toLongLong();
    QVERIFY(buyerId > 0);
    SaleRequest request;
    request.modelId = modelId;
    request.buyerId = buyerId;
    request.tier = LicenseTier::Commercial;
    request.use = IntendedUse::Business;
    request.deployments = 1;
    auto sold = MarketplaceService(db).sell(request);
    QVERIFY2(sold, sold ? "" : qPrintable(sold.error().toString()));
    const int loads = area.loadsDrawn();
    ws.notifyEconomyChanged();
    QTRY_VERIFY_WITH_TIMEOUT(area.loadsDrawn() > loads, kWaitMs);
    QCOMPARE(area.data().fees().cents(), feesBefore.cents() + price);
    QCOMPARE(area.data().licenses(), soldBefore + 1);
}

void TestRevenueArea::filterChangeReloads() {
    RevenueArea area(*m_demo);
    area.show();
    QTRY_VERIFY_WITH_TIMEOUT(area.loadsDrawn() >= 1, kWaitMs);
    RevenueFilter large;
    large.sizeClass = SizeClass::Large;
    large.kind = RevenueKind::Fees;
    const int loads = area.loadsDrawn();
    area.setFilter(large);
    QTRY_VERIFY_WITH_TIMEOUT(area.loadsDrawn() > loads && !area.isLoading(), kWaitMs);
    QCOMPARE(area.data().filter, large);
    QCOMPARE(area.filter(), large);
    auto expected = revenueSummary(m_demo->database(), RevenueGrouping::Tier, large);
    QVERIFY(expected);
    Money fees;
    for (const RevenueRow& row : *expected)
        fees += row.fees;
    QCOMPARE(area.data().fees(), fees);
    QVERIFY(area.data().usage().isZero());
    for (const ModelRevenue& model : area.data().models)
        QCOMPARE(model.sizeClass, SizeClass::Large);

    // Keyboard: the size class picker is reachable by its mnemonic and arrows change it.
    auto* sizeClass = area.findChild<QComboBox*>(u"revenueSizeClass"_s);
    sizeClass->setFocus();
    const int before = area.loadsDrawn();
    QTest::keyClick(sizeClass, Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(area.loadsDrawn() > before && !area.isLoading(), kWaitMs);
    QCOMPARE(area.filter().sizeClass, std::optional<SizeClass>(SizeClass::Frontier));
}

void TestRevenueArea::backwardsRangeIsRefused() {
    RevenueArea area(*m_demo);
    area.show();
    QTRY_VERIFY_WITH_TIMEOUT(area.loadsDrawn() >= 1, kWaitMs);
    auto* from = area.findChild<QComboBox*>(u"revenueFromMonth"_s);
    auto* to = area.findChild<QComboBox*>(u"revenueToMonth"_s);
    auto* error = area.findChild<QLabel*>(u"revenueError"_s);
    const RevenueDashboardData before = area.data();
    from->setCurrentIndex(10);
    to->setCurrentIndex(3);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kWaitMs);
    QVERIFY2(error->text().contains(from->currentText()), qPrintable(error->text()));
    QCOMPARE(area.data().filter, before.filter); // nothing reloaded
    to->setCurrentIndex(12);
    QTRY_VERIFY_WITH_TIMEOUT(!error->isVisible() && area.data().filter.toMonth.has_value(),
                             kWaitMs);
}

void TestRevenueArea::legendClickTogglesVisibility() {
    RevenueArea area(*m_demo);
    area.show();
    QTRY_VERIFY_WITH_TIMEOUT(area.loadsDrawn() >= 1, kWaitMs);

    // A bar set: its values go to zero and come back.
    QChart* bars = area.chartViews().at(0)->chart();
    QLegendMarker* marker = bars->legend()->markers().first();
    QBarSet* set = qobject_cast<QBarLegendMarker*>(marker)->barset();
    double sum = 0;
    for (int i = 0; i < set->count(); ++i)
        sum += set->at(i);
    QVERIFY(sum > 0);
    emit marker->clicked();
    QVERIFY(!isLegendMarkerShown(marker));
    QVERIFY(marker->isVisible());
    double hiddenSum = 0;
    for (int i = 0; i < set->count(); ++i)
        hiddenSum += set->at(i);
    QCOMPARE(hiddenSum, 0.0);
    emit marker->clicked();
    QVERIFY(isLegendMarkerShown(marker));
    double shownSum = 0;
    for (int i = 0; i < set->count(); ++i)
        shownSum += set->at(i);
    QCOMPARE(shownSum, sum);

    // A line: the series hides, its marker stays to be clicked again.
    QChart* lines = area.chartViews().at(2)->chart();
    QLegendMarker* lineMarker = lines->legend()->markers().first();
    QVERIFY(lineMarker->series()->isVisible());
    emit lineMarker->clicked();
    QVERIFY(!lineMarker->series()->isVisible());
    QVERIFY(lineMarker->isVisible());

    // A donut slice: out of the ring while hidden.
    QChart* donut = area.chartViews().at(1)->chart();
    QLegendMarker* sliceMarker = donut->legend()->markers().last();
    emit sliceMarker->clicked();
    QVERIFY(!isLegendMarkerShown(sliceMarker));

    // Hidden entries stay hidden when the dashboard refreshes.
    const QString hiddenLine = lineMarker->label();
    const int loads = area.loadsDrawn();
    area.refresh();
    QTRY_VERIFY_WITH_TIMEOUT(area.loadsDrawn() > loads, kWaitMs);
    bool stillHidden = false;
    for (QLegendMarker* m : area.chartViews().at(2)->chart()->legend()->markers()) {
        if (m->label() == hiddenLine)
            stillHidden = !isLegendMarkerShown(m);
    }
    QVERIFY(stillHidden);
}

void TestRevenueArea::logarithmicTierScaleShowsEveryTier() {
    auto data = loadRevenueDashboard(m_demo->database(), {});
    QVERIFY(data);
    const QLocale locale;

    // Linear and stacked, the smallest tier's best month is a sliver of the tallest stack.
    BuiltChart linear = revenuecharts::revenueByTierAndMonth(*data, locale, TierScale::Linear);
    auto* stacked = onlySeries<QStackedBarSeries>(linear.chart.get());
    QVERIFY(stacked);
    const auto* linearAxis = qobject_cast<QValueAxis*>(linear.chart->axes(Qt::Vertical).first());
    QVERIFY(linearAxis);
    double smallestTierPeak = std::numeric_limits<double>::max();
    for (LicenseTier tier : enumValues<LicenseTier>()) {
        double peak = 0;
        for (QBarSet* set : stacked->barSets()) {
            if (!set->label().startsWith(enumLabel(tier)))
                continue;
            for (int i = 0; i < set->count(); ++i)
                peak = std::max(peak, set->at(i));
        }
        if (peak > 0)
            smallestTierPeak = std::min(smallestTierPeak, peak);
    }
    // In the demo the smallest paid tier (Academic, a few percent of revenue) barely shows.
    QVERIFY2(smallestTierPeak / linearAxis->max() < 0.1,
             qPrintable(QString::number(smallestTierPeak / linearAxis->max())));

    // Logarithmic: one bar per tier and month, side by side; every tier reaches well up the axis,
    // and each bar is its tier's revenue that month (10^(height + lowest decade) dollars).
    BuiltChart log = revenuecharts::revenueByTierAndMonth(*data, locale, TierScale::Logarithmic);
    QVERIFY(!onlySeries<QStackedBarSeries>(log.chart.get()));
    auto* side = onlySeries<QBarSeries>(log.chart.get());
    QVERIFY(side);
    QCOMPARE(log.table, linear.table); // the same numbers behind it
    auto* decadeAxis = qobject_cast<QCategoryAxis*>(log.chart->axes(Qt::Vertical).first());
    QVERIFY(decadeAxis);
    QVERIFY(decadeAxis->titleText().contains(u"log scale"_s));
    QCOMPARE(decadeAxis->min(), 0.0);
    const QStringList months = chartMonths(*data);
    QStringList tiers;
    for (QBarSet* set : side->barSets()) {
        tiers.append(set->label());
        double peak = 0;
        for (int i = 0; i < set->count(); ++i)
            peak = std::max(peak, set->at(i));
        QVERIFY2(peak / decadeAxis->max() > 0.2, qPrintable(set->label()));
        // Heights are decades: two months' bars differ by the log of their revenues' ratio.
        const std::optional<LicenseTier> tier = enumFromText<LicenseTier>(set->label());
        QVERIFY(tier);
        QList<qint64> amounts(months.size());
        for (const TierMonthRevenue& row : data->tierMonths) {
            if (row.tier == *tier)
                amounts[months.indexOf(row.month)] += row.total().cents();
        }
        QCOMPARE(set->count(), amounts.size());
        const qsizetype peakMonth =
            std::max_element(amounts.begin(), amounts.end()) - amounts.begin();
        for (qsizetype i = 0; i < amounts.size(); ++i) {
            if (amounts.at(i) <= 0) {
                QCOMPARE(set->at(i), 0.0);
                continue;
            }
            const double expected = std::log10(double(amounts.at(i)) / amounts.at(peakMonth));
            QVERIFY2(std::abs(set->at(i) - set->at(peakMonth) - expected) < 1e-9,
                     qPrintable(set->label()));
        }
    }
    // Open Source licenses are free: no revenue, no bar.
    QCOMPARE(tiers, QStringList({u"Academic"_s, u"Commercial"_s, u"Enterprise"_s}));

    // The running totals on a decade axis: one line per tier, none below the axis.
    BuiltChart running =
        revenuecharts::cumulativeRevenueByTier(*data, locale, TierScale::Logarithmic);
    auto* runningAxis = qobject_cast<QCategoryAxis*>(running.chart->axes(Qt::Vertical).first());
    QVERIFY(runningAxis);
    int lines = 0;
    for (QAbstractSeries* series : running.chart->series()) {
        auto* line = qobject_cast<QLineSeries*>(series);
        QVERIFY(line && line->count() > 0);
        ++lines;
        for (const QPointF& point : line->points())
            QVERIFY(point.y() >= runningAxis->min() && point.y() <= runningAxis->max());
    }
    QCOMPARE(lines, 3);
}

void TestRevenueArea::tierScaleIsRemembered() {
    const auto forget = qScopeGuard([] { QSettings().remove(kTierScaleKey); });
    {
        RevenueArea area(*m_demo);
        area.show();
        QTRY_VERIFY_WITH_TIMEOUT(area.loadsDrawn() >= 1, kWaitMs);
        QCOMPARE(area.tierScale(), TierScale::Linear);
        QVERIFY(onlySeries<QStackedBarSeries>(area.chartViews().at(0)->chart()));
        auto* picker = area.findChild<QComboBox*>(u"revenueTierScale"_s);
        QVERIFY(picker);
        const int loads = area.loadsDrawn();
        picker->setCurrentIndex(picker->findData(int(TierScale::Logarithmic)));
        // Redrawn at once from the numbers it has: no reload.
        QCOMPARE(area.loadsDrawn(), loads);
        QVERIFY(onlySeries<QBarSeries>(area.chartViews().at(0)->chart()));
        QVERIFY(area.chartViews()
                    .at(2)
                    ->chart()
                    ->axes(Qt::Vertical)
                    .first()
                    ->titleText()
                    .contains(u"log scale"_s));
        // The other charts have no tier axis to scale.
        QVERIFY(onlySeries<QStackedBarSeries>(area.chartViews().at(3)->chart()));
    }
    QCOMPARE(QSettings().value(kTierScaleKey).toString(), u"logarithmic"_s);
    {
        RevenueArea again(*m_demo);
        again.show();
        QCOMPARE(again.tierScale(), TierScale::Logarithmic);
        QTRY_VERIFY_WITH_TIMEOUT(again.loadsDrawn() >= 1, kWaitMs);
        QVERIFY(onlySeries<QBarSeries>(again.chartViews().at(0)->chart()));
        QVERIFY(again.chartViews()
                    .at(2)
                    ->chart()
                    ->axes(Qt::Vertical)
                    .first()
                    ->titleText()
                    .contains(u"log scale"_s));
        again.setTierScale(TierScale::Linear);
        QVERIFY(onlySeries<QStackedBarSeries>(again.chartViews().at(0)->chart()));
    }
    QCOMPARE(QSettings().value(kTierScaleKey).toString(), u"linear"_s);
}

void TestRevenueArea::exportWritesFiles() {
    RevenueArea area(*m_demo);
    area.resize(1200, 800);
    area.show();
    QTRY_VERIFY_WITH_TIMEOUT(area.loadsDrawn() >= 1, kWaitMs);
    for (ExportableChartView* view : area.chartViews()) {
        const QString stem = m_dir.filePath(view->fileStem());
        QVERIFY(exportChartPng(*view, stem + u".png"_s));
        QVERIFY(exportChartSvg(*view, stem + u".svg"_s));
        QVERIFY(exportChartCsv(view->table(), stem + u".csv"_s));
        QImage png(stem + u".png"_s);
        QVERIFY2(!png.isNull(), qPrintable(stem));
        QVERIFY(png.width() >= view->width());
        // Something besides the white background was drawn.
        bool inked = false;
        for (int y = 0; y < png.height() && !inked; y += 7) {
            for (int x = 0; x < png.width() && !inked; x += 7)
                inked = png.pixelColor(x, y).lightness() < 200;
        }
        QVERIFY2(inked, qPrintable(stem));
        QFile svg(stem + u".svg"_s);
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray drawing = svg.readAll();
        QVERIFY(drawing.contains("<svg"));
        QVERIFY(drawing.size() > 2000);
        QFile csvFile(stem + u".csv"_s);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray numbers = csvFile.readAll();
        QVERIFY(numbers.startsWith(view->table().header.first().toUtf8()));
        QVERIFY2(numbers.count('\n') > 1, qPrintable(stem));
    }
    // A folder that does not exist is an error that names the path, not a crash.
    Status refused = exportChartPng(*area.chartViews().first(), u"/nonexistent/dir/x.png"_s);
    QVERIFY(!refused);
    QVERIFY(refused.error().toString().contains(u"nonexistent"_s));
}

void TestRevenueArea::copyPutsTheNumbersOnTheClipboard() {
    RevenueArea area(*m_demo);
    area.show();
    QTRY_VERIFY_WITH_TIMEOUT(area.loadsDrawn() >= 1, kWaitMs);
    ExportableChartView* top = area.chartViews().at(4);
    top->setFocus();
    area.copySelection();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.startsWith(top->table().header.join(u'\t')), qPrintable(text.left(80)));
    QCOMPARE(text.count(u'\n'), top->table().rows.size() + 1);
}

void TestRevenueArea::comparisonRefusesBadSelections() {
    QVERIFY(!validateComparison({1}));
    QVERIFY(!validateComparison({1, 2, 3, 4, 5, 6}));
    QVERIFY(!validateComparison({1, 1}));
    QVERIFY(validateComparison({1, 2}));
    ModelComparisonDialog dialog(*m_demo, {1});
    auto* message = dialog.findChild<QLabel*>(u"comparisonMessage"_s);
    QVERIFY(message->text().contains(u"2"_s) && message->text().contains(u"5"_s));
    QVERIFY(dialog.chartView()->isHidden());
    QVERIFY(!dialog.isLoaded());
}

void TestRevenueArea::comparisonShowsPercentiles() {
    Database& db = m_demo->database();
    QList<qint64> ids;
    auto q = db.query(u"SELECT id FROM models WHERE composite IS NOT NULL ORDER BY id LIMIT 3"_s,
                      {}, u"picking models"_s);
    while (q && q->next())
        ids.append(q->value(0).toLongLong());
    QCOMPARE(ids.size(), 3);
    ModelComparisonDialog dialog(*m_demo, ids);
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.isLoaded(), kWaitMs);
    // MM_SCREENSHOTS=1 saves the dialog, to compare its layout across changes.
    if (qEnvironmentVariableIntValue("MM_SCREENSHOTS") == 1)
        QVERIFY(dialog.grab().save(u"/tmp/model_comparison.png"_s));
    QCOMPARE(dialog.data().models.size(), 3);
    QCOMPARE(dialog.percentileTable()->rowCount(), 3);
    auto* series = onlySeries<QBarSeries>(dialog.chartView()->chart());
    QVERIFY(series);
    QCOMPARE(series->count(), 3);
    auto* categories =
        qobject_cast<QBarCategoryAxis*>(dialog.chartView()->chart()->axes(Qt::Horizontal).first());
    QCOMPARE(categories->count(), 4 + 4); // three metrics, composite, four benchmarks

    // Percentiles, recounted here by brute force over every model.
    QList<std::pair<QString, double>> all;
    auto everyModel = db.query(u"SELECT size_class, composite FROM models WHERE composite IS "
                               u"NOT NULL"_s,
                               {}, u"reading composites"_s);
    while (everyModel && everyModel->next())
        all.append({everyModel->value(0).toString(), everyModel->value(1).toDouble()});
    for (const ComparedModel& compared : dialog.data().models) {
        const double mine = *compared.model.composite;
        const QString sizeClass = enumKey(compared.model.sizeClass);
        int lower = 0, lowerInClass = 0, inClass = 0;
        for (const auto& [otherClass, composite] : all) {
            lower += composite < mine ? 1 : 0;
            if (otherClass == sizeClass) {
                ++inClass;
                lowerInClass += composite < mine ? 1 : 0;
            }
        }
        QVERIFY(std::abs(*compared.percentileInCatalog - 100.0 * lower / all.size()) < 1e-9);
        QVERIFY(std::abs(*compared.percentileInSizeClass - 100.0 * lowerInClass / inClass) < 1e-9);
        QCOMPARE(compared.ratedInSizeClass, inClass);
    }
}

QTEST_MAIN(TestRevenueArea)
#include "tst_revenuearea.moc"
