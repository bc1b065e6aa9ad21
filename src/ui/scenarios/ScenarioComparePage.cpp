#include "ui/scenarios/ScenarioComparePage.h"

#include "models/ForecastTableModel.h"
#include "ui/forecast/ForecastCharts.h"
#include "ui/scenarios/AnalysisControls.h"
#include "ui/shell/AreaWidgets.h"
#include "ui/shell/ChartExport.h"
#include "ui/shell/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mm {

ScenarioComparePage::ScenarioComparePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_watcher(new QFutureWatcher<AnalysisOutcome<QList<ScenarioOutcome>>>(this))
    , m_model(new ForecastTableModel(this)) {
    setObjectName(QStringLiteral("scenarioComparePage"));
    m_controls = new AnalysisControls(QStringLiteral("compare"), 500, tr("&Compare"));
    m_choice = new QListWidget;
    m_choice->setObjectName(QStringLiteral("compareChoice"));
    m_choice->setAccessibleName(tr("Scenarios to compare with the base"));
    m_choice->setMaximumHeight(110);
    m_choice->setToolTip(
        tr("Tick up to %1 scenarios; the base is always shown").arg(kMaxScenarios));
    m_grouping = new QComboBox;
    m_grouping->setObjectName(QStringLiteral("compareGrouping"));
    m_grouping->addItem(tr("By tier, whole horizon"), static_cast<int>(ComparisonGrouping::Tier));
    m_grouping->addItem(tr("By year and tier"), static_cast<int>(ComparisonGrouping::Year));
    m_summary = new QLabel(tr("Tick the scenarios to set beside the base, then Compare. All are "
                              "forecast with the same seed, so a scenario equal to the base shows "
                              "exactly no change."));
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableView;
    areaWidgets::configureRecordTable(m_table, QStringLiteral("compareTable"),
                                      tr("Scenarios side by side"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chart = new ExportableChartView(QStringLiteral("scenario-comparison"),
                                      tr("Total revenue of the base and scenarios"));
    m_chart->setMinimumHeight(260);
    connect(m_chart, &ExportableChartView::exported, this, [this](const QString& path) {
        emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_choice, 1);
    auto* right = new QVBoxLayout;
    right->addWidget(m_summary);
    right->addWidget(m_grouping, 0, Qt::AlignLeft);
    top->addLayout(right, 2);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(m_chart);
    splitter->setSizes({280, 420});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_controls, &AnalysisControls::runRequested, this, &ScenarioComparePage::run);
    connect(m_controls, &AnalysisControls::cancelRequested, m_watcher, &QFutureWatcherBase::cancel);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_controls,
            &AnalysisControls::setProgress);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ScenarioComparePage::finish);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ScenarioComparePage::showTable);
    connect(m_choice, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        if (item->checkState() == Qt::Checked && chosenNames().size() > kMaxScenarios) {
            item->setCheckState(Qt::Unchecked);
            emit statusMessage(tr("At most %1 scenarios are compared at once").arg(kMaxScenarios));
        }
    });
}

ScenarioComparePage::~ScenarioComparePage() {
    // The worker reads the window's database: stop it first.
    m_watcher->cancel();
    m_watcher->waitForFinished();
}

void ScenarioComparePage::setScenarios(const QList<Scenario>& scenarios) {
    const QStringList chosen = chosenNames();
    m_scenarios = scenarios;
    const QSignalBlocker blocker(m_choice);
    m_choice->clear();
    for (const Scenario& scenario : scenarios) {
        auto* item = new QListWidgetItem(scenario.name, m_choice);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(scenario.name) ? Qt::Checked : Qt::Unchecked);
    }
}

void ScenarioComparePage::choose(const QStringList& names) {
    const QSignalBlocker blocker(m_choice);
    int ticked = 0;
    for (int row = 0; row < m_choice->count(); ++row) {
        QListWidgetItem* item = m_choice->item(row);
        const bool wanted = names.contains(item->text()) && ticked < kMaxScenarios;
        ticked += wanted ? 1 : 0;
        item->setCheckState(wanted ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList ScenarioComparePage::chosenNames() const {
    QStringList names;
    for (int row = 0; row < m_choice->count(); ++row) {
        if (m_choice->item(row)->checkState() == Qt::Checked)
            names.append(m_choice->item(row)->text());
    }
    return names;
}

bool ScenarioComparePage::isRunning() const {
    return m_watcher->isRunning();
}

bool ScenarioComparePage::run() {
    if (isRunning())
        return false;
    QList<ScenarioVariant> variants;
    const QStringList names = chosenNames();
    for (const Scenario& scenario : std::as_const(m_scenarios)) {
        if (names.contains(scenario.name))
            variants.append({scenario.name, scenario.overrides});
    }
    m_controls->setRunning(true);
    m_summary->setText(
        tr("Forecasting the base and %n scenario(s)…", nullptr, static_cast<int>(variants.size())));
    m_watcher->setFuture(startAnalysis<QList<ScenarioOutcome>>(
        m_workspace.database(), m_controls->settings(), m_controls->seed(),
        [variants](const MarketState& state, const ForecastSettings& settings,
                   const AnalysisProgress& progress) {
            return runScenarios(state, variants, settings, progress);
        }));
    return true;
}

void ScenarioComparePage::finish() {
    m_controls->setRunning(false);
    auto outcomes = takeOutcome(m_watcher->future(), m_summary, tr("The comparison"));
    if (!outcomes)
        return;
    m_outcomes = std::move(*outcomes);
    const ForecastResult& base = m_outcomes.first().result;
    m_summary->setText(tr("The base and %n scenario(s), %1 runs × %2 months each, same seed. "
                          "\"Bands overlap\" says whether the p10–p90 ranges meet: when they do "
                          "not, the change stands out from the market's own spread.",
                          nullptr, static_cast<int>(m_outcomes.size() - 1))
                           .arg(base.runsDone())
                           .arg(base.months()));
    showTable();
    BuiltChart built = forecastcharts::scenarioFans(m_outcomes, locale());
    m_chart->setChartAndTable(built.chart.release(), std::move(built.table));
    emit finished();
}

void ScenarioComparePage::showTable() {
    if (m_outcomes.isEmpty())
        return;
    m_model->setTable(comparisonTable(
        m_outcomes, static_cast<ComparisonGrouping>(m_grouping->currentData().toInt())));
}

} // namespace mm
