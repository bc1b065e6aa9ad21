#include "ui/scenarios/SensitivityPage.h"

#include "models/ForecastTableModel.h"
#include "ui/forecast/ForecastCharts.h"
#include "ui/scenarios/AnalysisControls.h"
#include "ui/scenarios/MetricEdit.h"
#include "ui/shell/AreaWidgets.h"
#include "ui/shell/ChartExport.h"
#include "ui/shell/Workspace.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace mm {

SensitivityPage::SensitivityPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_watcher(new QFutureWatcher<AnalysisOutcome<SensitivityResult>>(this))
    , m_model(new ForecastTableModel(this)) {
    setObjectName(QStringLiteral("sensitivityPage"));
    m_controls = new AnalysisControls(QStringLiteral("sensitivity"), 200, tr("&Run Sensitivity"));
    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("sensitivityFilter"));
    m_filter->setPlaceholderText(tr("Filter parameters"));
    m_filter->setClearButtonEnabled(true);
    m_parameters = new QListWidget;
    m_parameters->setObjectName(QStringLiteral("sensitivityParameters"));
    m_parameters->setAccessibleName(tr("Parameters to move"));
    m_percent = new QDoubleSpinBox;
    m_percent->setObjectName(QStringLiteral("sensitivityPercent"));
    m_percent->setRange(0.5, 100);
    m_percent->setValue(10);
    m_percent->setPrefix(QStringLiteral("± "));
    m_percent->setSuffix(QStringLiteral(" %"));
    m_metric = new MetricEdit;
    m_metric->setMetric(QStringLiteral("revenue"));
    auto* seek = new QPushButton(tr("&Goal Seek…"));
    seek->setObjectName(QStringLiteral("sensitivityGoalSeek"));
    seek->setToolTip(tr("Find the value of the selected parameter that reaches a target"));
    m_summary = new QLabel(tr("Tick the parameters to move (20 common ones are ticked), choose the "
                              "metric, then Run. Each parameter is moved down and up from the "
                              "scenario's value with the same seed, so each bar is that "
                              "parameter's effect alone."));
    m_summary->setObjectName(QStringLiteral("sensitivitySummary"));
    m_summary->setWordWrap(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 3);
    m_table = new QTableView;
    areaWidgets::configureRecordTable(m_table, QStringLiteral("sensitivityTable"),
                                      tr("Sensitivity of the metric to each parameter"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_chart = new ExportableChartView(QStringLiteral("sensitivity-tornado"),
                                      tr("Tornado chart of the parameters' effects"));
    m_chart->setMinimumSize(420, 300);
    connect(m_chart, &ExportableChartView::exported, this, [this](const QString& path) {
        emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
    });

    auto* choose = new QVBoxLayout;
    choose->addWidget(m_filter);
    choose->addWidget(m_parameters, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Move by:"), m_percent);
    form->addRow(tr("&Metric:"), m_metric);
    choose->addLayout(form);
    choose->addWidget(seek, 0, Qt::AlignLeft);
    auto* chooser = new QWidget;
    chooser->setLayout(choose);
    auto* results = new QSplitter(Qt::Horizontal);
    results->addWidget(m_chart);
    results->addWidget(m_table);
    results->setStretchFactor(0, 3);
    results->setStretchFactor(1, 1);
    results->setSizes({700, 300});
    auto* right = new QVBoxLayout;
    right->addWidget(m_summary);
    right->addWidget(results, 1);
    auto* rightWidget = new QWidget;
    rightWidget->setLayout(right);
    auto* body = new QSplitter(Qt::Horizontal);
    body->addWidget(chooser);
    body->addWidget(rightWidget);
    body->setStretchFactor(1, 1);
    body->setSizes({250, 950});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addWidget(body, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int row = 0; row < m_parameters->count(); ++row)
            m_parameters->item(row)->setHidden(
                !m_parameters->item(row)->text().contains(text, Qt::CaseInsensitive));
    });
    connect(seek, &QPushButton::clicked, this, [this] {
        QString path;
        if (QListWidgetItem* item = m_parameters->currentItem())
            path = item->text();
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid() && m_result && current.row() < m_result->rows.size())
            path = m_result->rows.at(current.row()).path;
        emit goalSeekRequested(path, m_metric->metricBox()->currentText(), m_metric->statistic());
    });
    connect(m_controls, &AnalysisControls::runRequested, this, &SensitivityPage::run);
    connect(m_controls, &AnalysisControls::cancelRequested, m_watcher, &QFutureWatcherBase::cancel);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_controls,
            &AnalysisControls::setProgress);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &SensitivityPage::finish);
}

SensitivityPage::~SensitivityPage() {
    m_watcher->cancel();
    m_watcher->waitForFinished();
}

void SensitivityPage::setBase(const EconomyConfig& config) {
    QStringList chosen = chosenParameters();
    if (m_parameters->count() == 0)
        chosen = defaultSensitivityParameters();
    m_parameters->clear();
    for (const ScenarioParameter& parameter : scenarioParameters(config)) {
        auto* item = new QListWidgetItem(parameter.path, m_parameters);
        item->setToolTip(parameterLabel(parameter.path));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(parameter.path) ? Qt::Checked : Qt::Unchecked);
    }
}

void SensitivityPage::setScenario(const std::optional<Scenario>& scenario) {
    m_scenario = scenario;
}

void SensitivityPage::setParameters(const QStringList& paths) {
    for (int row = 0; row < m_parameters->count(); ++row) {
        QListWidgetItem* item = m_parameters->item(row);
        item->setCheckState(paths.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList SensitivityPage::chosenParameters() const {
    QStringList paths;
    for (int row = 0; row < m_parameters->count(); ++row) {
        if (m_parameters->item(row)->checkState() == Qt::Checked)
            paths.append(m_parameters->item(row)->text());
    }
    return paths;
}

bool SensitivityPage::isRunning() const {
    return m_watcher->isRunning();
}

bool SensitivityPage::run() {
    if (isRunning())
        return false;
    auto metric = m_metric->metric();
    if (!metric) {
        m_summary->setText(metric.error().toString());
        return false;
    }
    SensitivitySettings settings;
    settings.parameters = chosenParameters();
    if (settings.parameters.isEmpty()) {
        m_summary->setText(tr("Tick at least one parameter to move."));
        return false;
    }
    settings.percent = m_percent->value();
    settings.metric = *metric;
    settings.statistic = m_metric->statistic();
    const QList<ParameterOverride> overrides =
        m_scenario ? m_scenario->overrides : QList<ParameterOverride>{};
    m_controls->setRunning(true);
    m_summary->setText(tr("Moving %n parameter(s) down and up…", nullptr,
                          static_cast<int>(settings.parameters.size())));
    m_watcher->setFuture(startAnalysis<SensitivityResult>(
        m_workspace.database(), m_controls->settings(), m_controls->seed(),
        [settings, overrides](const MarketState& state, const ForecastSettings& forecast,
                              const AnalysisProgress& progress) mutable {
            settings.forecast = forecast;
            return runSensitivity(state, overrides, settings, progress);
        }));
    return true;
}

void SensitivityPage::finish() {
    m_controls->setRunning(false);
    auto result = takeOutcome(m_watcher->future(), m_summary, tr("The sensitivity run"));
    if (!result)
        return;
    m_result = std::move(*result);
    m_summary->setText(
        tr("%1 (%2) is %3 on %4. Bars: the change when each parameter is %5% lower (red) or "
           "higher (blue); %6 forecasts.")
            .arg(m_result->metric.label(), statisticKey(m_result->statistic),
                 ForecastTableModel::displayText(m_result->metric.unit(), m_result->baseMetric),
                 m_scenario ? m_scenario->name : tr("the stored economy"))
            .arg(m_result->percent)
            .arg(m_result->forecasts));
    m_model->setTable(sensitivityTable(*m_result));
    BuiltChart built = forecastcharts::tornado(*m_result, locale());
    m_chart->setChartAndTable(built.chart.release(), std::move(built.table));
    emit finished();
}

} // namespace mm
