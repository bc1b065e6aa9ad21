// The Scenarios area -- scenarios edited as a table, Compare, Sensitivity, Goal Seek and the
// Balance panel -- driven through its real widgets offscreen on a real demo economy file.

#include "ResultChecks.h"
#include "data/DefaultDatabase.h"
#include "data/ScenarioRepository.h"
#include "models/ForecastTableModel.h"
#include "models/ScenarioParameterModel.h"
#include "ui/scenarios/AnalysisControls.h"
#include "ui/scenarios/BalancePanel.h"
#include "ui/scenarios/GoalSeekDialog.h"
#include "ui/scenarios/MetricEdit.h"
#include "ui/scenarios/ScenarioComparePage.h"
#include "ui/scenarios/ScenariosArea.h"
#include "ui/scenarios/SensitivityPage.h"
#include "ui/shell/ChartExport.h"
#include "ui/shell/Workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QtCharts/QChart>

using namespace mm;

namespace {

constexpr int kWaitMs = 60000;

int rowOf(const ScenarioParameterModel& model, const char* path) {
    return model.rowOfPath(QString::fromLatin1(path));
}

} // namespace

class TestScenariosArea : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("ModelMarketTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_scenarios_ui"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        auto db = openOrCreate(m_template, true);
        MM_VERIFY_OK(db);
    }

    void init() {
        m_path = m_dir.filePath(QStringLiteral("economy-%1.sqlite").arg(++m_files));
        QVERIFY(QFile::copy(m_template, m_path));
        auto db = openOrCreate(m_path, false);
        MM_VERIFY_OK(db);
        m_workspace = std::make_unique<Workspace>(std::move(*db));
        m_area = std::make_unique<ScenariosArea>(*m_workspace);
        // Small forecasts: the tests check behaviour, not figures.
        for (AnalysisControls* controls : m_area->findChildren<AnalysisControls*>()) {
            controls->setRuns(20);
            controls->setMonths(12);
        }
    }

    void cleanup() {
        m_area.reset();
        m_workspace.reset();
    }

    void theParameterTableIsAProperModel() {
        QAbstractItemModelTester tester(m_area->parameterModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_area->parameterModel()->rowCount() > 100);
        QVERIFY(rowOf(*m_area->parameterModel(), "tiers.commercial.priceFloor") >= 0);
        // The demo ships with a scenario, chosen at once.
        QVERIFY(m_area->currentScenario().has_value());
    }

    void creatingAndDeletingAreOneUndoStepEach() {
        QUndoStack* undo = m_workspace->undoStack();
        const int before = static_cast<int>(m_area->scenarios().size());
        QVERIFY2(m_area->createScenario(QStringLiteral("Lean Enterprise")),
                 qPrintable(m_area->messageLabel()->text()));
        QCOMPARE(m_area->scenarios().size(), before + 1);
        QCOMPARE(m_area->currentScenario()->name, QStringLiteral("Lean Enterprise"));
        QCOMPARE(undo->count(), 1);
        // A second scenario of the same name is refused, named, and nothing is written.
        QVERIFY(!m_area->createScenario(QStringLiteral("lean enterprise")));
        QVERIFY(m_area->messageLabel()->text().contains(u"lean enterprise", Qt::CaseInsensitive));
        QCOMPARE(undo->count(), 1);

        QVERIFY(m_area->deleteScenario());
        QCOMPARE(m_area->scenarios().size(), before);
        undo->undo();
        QCOMPARE(m_area->scenarios().size(), before + 1);
        undo->undo();
        QCOMPARE(m_area->scenarios().size(), before);
        undo->redo();
        QVERIFY(m_area->selectScenario(QStringLiteral("Lean Enterprise")));
    }

    void editingACellSetsAnOverrideAsOneStep() {
        QVERIFY(m_area->createScenario(QStringLiteral("Dearer")));
        ScenarioParameterModel* model = m_area->parameterModel();
        const int row = rowOf(*model, "tiers.enterprise.priceFloor");
        const QModelIndex cell = model->index(row, ScenarioParameterModel::ScenarioValue);
        QVERIFY(model->flags(cell) & Qt::ItemIsEditable);
        QVERIFY(model->setData(cell, QStringLiteral("1,250,000")));
        auto stored = ScenarioRepository(m_workspace->database()).find(QStringLiteral("Dearer"));
        MM_VERIFY_OK(stored);
        QCOMPARE(stored->overrideOf(QStringLiteral("tiers.enterprise.priceFloor")),
                 std::optional<QString>(QStringLiteral("1250000.00")));
        QCOMPARE(model->index(row, ScenarioParameterModel::Change).data().toString(),
                 QStringLiteral("+25.0%"));
        const int steps = m_workspace->undoStack()->count();

        // Refused values are named and write nothing.
        QVERIFY(model->setData(model->index(rowOf(*model, "demand.outsideUtility"),
                                            ScenarioParameterModel::ScenarioValue),
                               QStringLiteral("lots")));
        QVERIFY(m_area->messageLabel()->text().contains(u"demand.outsideUtility"));
        QVERIFY(model->setData(model->index(rowOf(*model, "tiers.commercial.priceFloor"),
                                            ScenarioParameterModel::ScenarioValue),
                               QStringLiteral("900000")));
        QVERIFY(m_area->messageLabel()->text().contains(u"tiers.commercial.priceFloor"));
        QVERIFY(m_area->messageLabel()->text().contains(u"ceiling"));
        QCOMPARE(m_workspace->undoStack()->count(), steps);

        m_workspace->undoStack()->undo();
        stored = ScenarioRepository(m_workspace->database()).find(QStringLiteral("Dearer"));
        QVERIFY(stored->overrides.isEmpty());
        // Typing the stored value back removes the override.
        m_workspace->undoStack()->redo();
        QVERIFY(model->setData(cell, QStringLiteral("1000000.00")));
        stored = ScenarioRepository(m_workspace->database()).find(QStringLiteral("Dearer"));
        QVERIFY(stored->overrides.isEmpty());
    }

    void renameAndDuplicateKeepTheOverrides() {
        QVERIFY(m_area->createScenario(QStringLiteral("A")));
        MM_VERIFY_OK(
            m_area->setOverride(QStringLiteral("demand.renewalLoyalty"), QStringLiteral("2")));
        QVERIFY(m_area->renameScenario(QStringLiteral("B")));
        QCOMPARE(m_area->currentScenario()->name, QStringLiteral("B"));
        QVERIFY(m_area->duplicateScenario(QStringLiteral("C")));
        QCOMPARE(m_area->currentScenario()->name, QStringLiteral("C"));
        QCOMPARE(m_area->currentScenario()->overrideOf(QStringLiteral("demand.renewalLoyalty")),
                 std::optional<QString>(QStringLiteral("2")));
    }

    void scenariosSurviveExportAndImport() {
        QVERIFY(m_area->createScenario(QStringLiteral("Export me")));
        MM_VERIFY_OK(m_area->setOverride(QStringLiteral("listingPricePercent.academic"),
                                         QStringLiteral("80")));
        const Scenario exported = *m_area->currentScenario();
        const QString file = m_dir.filePath(QStringLiteral("scenarios-%1.json").arg(m_files));
        MM_VERIFY_OK(m_area->exportScenarios(file, true));
        QVERIFY(m_area->deleteScenario());
        MM_VERIFY_OK(m_area->importScenarios(file));
        QVERIFY(m_area->selectScenario(QStringLiteral("Export me")));
        QCOMPARE(m_area->currentScenario()->overrides, exported.overrides);
        // One undo step takes the whole import back.
        m_workspace->undoStack()->undo();
        QVERIFY(!m_area->selectScenario(QStringLiteral("Export me")));
    }

    void compareShowsExactlyZeroForAnIdenticalScenario() {
        QVERIFY(m_area->createScenario(QStringLiteral("Same")));
        MM_VERIFY_OK(m_area->setOverride(QStringLiteral("listingPricePercent.commercial"),
                                         QStringLiteral("70")));
        MM_VERIFY_OK(m_area->setOverride(QStringLiteral("listingPricePercent.commercial"),
                                         QStringLiteral("100"))); // back to stored: no override
        ScenarioComparePage* page = m_area->comparePage();
        page->choose({QStringLiteral("Same")});
        QSignalSpy finished(page, &ScenarioComparePage::finished);
        QVERIFY(page->run());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        const ForecastTable& table = page->tableModel()->table();
        const auto scenario = table.keys.indexOf(QStringLiteral("scenario"));
        const auto change = table.keys.indexOf(QStringLiteral("change_p50"));
        int rows = 0;
        for (const QVariantList& row : table.rows) {
            if (row.at(scenario).toString() == QStringLiteral("Same")) {
                QCOMPARE(row.at(change).toLongLong(), 0);
                ++rows;
            }
        }
        QCOMPARE(rows, 5);
        QVERIFY(!page->chartView()->chart()->series().isEmpty());
    }

    void theTornadoShowsEachChosenParameter() {
        SensitivityPage* page = m_area->sensitivityPage();
        page->setParameters({QStringLiteral("listingPricePercent.enterprise"),
                             QStringLiteral("gpuTypes.a100.capacity")});
        page->metricEdit()->setMetric(QStringLiteral("tier-revenue:enterprise"));
        QSignalSpy finished(page, &SensitivityPage::finished);
        QVERIFY(page->run());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QCOMPARE(page->result()->rows.size(), 2);
        QCOMPARE(page->result()->rows.last().path, QStringLiteral("gpuTypes.a100.capacity"));
        QCOMPARE(page->tableModel()->rowCount(), 2);
        QCOMPARE(page->chartView()->chart()->series().size(), 1);
    }

    void goalSeekAppliesTheValueAsOneStep() {
        QVERIFY(m_area->createScenario(QStringLiteral("Sought")));
        GoalSeekDialog dialog(*m_workspace, EconomyConfig::defaults(), m_area->currentScenario());
        for (AnalysisControls* controls : dialog.findChildren<AnalysisControls*>()) {
            controls->setRuns(20);
            controls->setMonths(12);
        }
        dialog.setParameter(QStringLiteral("demand.buyerTypes.enterprise.needPerMonth"));
        dialog.metricEdit()->setMetric(QStringLiteral("tier-revenue:enterprise"));
        // Out of reach first: said clearly, nothing to apply.
        dialog.setTarget(QStringLiteral("999999999999"));
        QVERIFY(dialog.run());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning() && dialog.result().has_value(), kWaitMs);
        QVERIFY(!dialog.result()->reached);
        QVERIFY(dialog.messageLabel()->text().contains(u"out of reach"));
        QVERIFY(!dialog.applyButton()->isEnabled());

        // A target between the ends is reached and applied.
        dialog.setRange(QStringLiteral("0.02"), QStringLiteral("0.08"));
        dialog.setTarget(QStringLiteral("0"));
        QVERIFY(dialog.run());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning() && dialog.result().has_value(), kWaitMs);
        const qint64 low = dialog.result()->steps.at(0).measured;
        const qint64 high = dialog.result()->steps.at(1).measured;
        dialog.setTarget(Money::fromCents((low + high) / 2).toPlainString());
        QVERIFY(dialog.run());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning() && dialog.result().has_value(), kWaitMs);
        QVERIFY2(dialog.result()->reached, qPrintable(dialog.messageLabel()->text()));
        const int steps = m_workspace->undoStack()->count();
        QVERIFY(dialog.applyToScenario());
        QCOMPARE(m_workspace->undoStack()->count(), steps + 1);
        auto stored = ScenarioRepository(m_workspace->database()).find(QStringLiteral("Sought"));
        QCOMPARE(stored->overrideOf(QStringLiteral("demand.buyerTypes.enterprise.needPerMonth")),
                 std::optional<QString>(dialog.result()->value));
    }

    void theBalancePanelChecksTheDemoRules() {
        BalancePanel* panel = m_area->balancePanel();
        QVERIFY(panel->table()->rowCount() >= 1); // the demo ships with rules
        QSignalSpy finished(panel, &BalancePanel::finished);
        QVERIFY(panel->check());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kWaitMs);
        QCOMPARE(panel->outcomes().size(), panel->table()->rowCount());
        const int steps = m_workspace->undoStack()->count();
        const int rules = panel->table()->rowCount();
        BalanceRule impossible;
        impossible.name = QStringLiteral("Impossible");
        impossible.metric = *ForecastMetric::parse(u"tier-share:academic@12");
        impossible.minimum = 9'900; // 99% of revenue
        QVERIFY(panel->addRule(impossible));
        QCOMPARE(m_workspace->undoStack()->count(), steps + 1);
        QVERIFY(panel->check());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, kWaitMs);
        const BalanceOutcome& last = panel->outcomes().last();
        QCOMPARE(last.rule.name, QStringLiteral("Impossible"));
        QVERIFY(!last.passed);
        QVERIFY(panel->summary()->text().contains(u"fail"));
        m_workspace->undoStack()->undo();
        QCOMPARE(panel->table()->rowCount(), rules);
    }

private:
    QTemporaryDir m_dir;
    QString m_template;
    QString m_path;
    int m_files = 0;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<ScenariosArea> m_area;
};

QTEST_MAIN(TestScenariosArea)
#include "tst_scenarios.moc"
