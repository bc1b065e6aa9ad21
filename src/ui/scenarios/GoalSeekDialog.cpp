#include "ui/scenarios/GoalSeekDialog.h"

#include "ui/scenarios/AnalysisControls.h"
#include "ui/scenarios/MetricEdit.h"
#include "ui/scenarios/ScenarioCommands.h"
#include "ui/shell/Workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mm {

GoalSeekDialog::GoalSeekDialog(Workspace& workspace, const EconomyConfig& base,
                               std::optional<Scenario> scenario, QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_scenario(std::move(scenario))
    , m_watcher(new QFutureWatcher<AnalysisOutcome<GoalSeekResult>>(this)) {
    setObjectName(QStringLiteral("goalSeekDialog"));
    setWindowTitle(m_scenario ? tr("Goal Seek in %1").arg(m_scenario->name)
                              : tr("Goal Seek on the Stored Economy"));
    m_parameter = new QComboBox;
    m_parameter->setObjectName(QStringLiteral("goalSeekParameter"));
    m_parameter->setEditable(true);
    m_parameter->setInsertPolicy(QComboBox::NoInsert);
    for (const ScenarioParameter& parameter : scenarioParameters(base))
        m_parameter->addItem(parameter.path);
    m_parameter->completer()->setFilterMode(Qt::MatchContains);
    m_parameter->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_parameter->setCurrentText(QStringLiteral("listingPricePercent.commercial"));
    m_metric = new MetricEdit;
    m_metric->setMetric(QStringLiteral("tier-share:enterprise@24"));
    m_target = new QLineEdit;
    m_target->setObjectName(QStringLiteral("goalSeekTarget"));
    m_target->setPlaceholderText(tr("dollars 1234.56, percent 55, or months 12"));
    m_from = new QLineEdit;
    m_from->setObjectName(QStringLiteral("goalSeekFrom"));
    m_from->setPlaceholderText(tr("half the current value"));
    m_to = new QLineEdit;
    m_to->setObjectName(QStringLiteral("goalSeekTo"));
    m_to->setPlaceholderText(tr("one and a half times the current value"));
    m_controls = new AnalysisControls(QStringLiteral("goalSeek"), 200, tr("&Seek"));
    m_message = new QLabel(tr("Each step is a forecast with the same seed; at most 12."));
    m_message->setObjectName(QStringLiteral("goalSeekMessage"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 3);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_steps = new QTableWidget(0, 2);
    m_steps->setObjectName(QStringLiteral("goalSeekSteps"));
    m_steps->setHorizontalHeaderLabels({tr("Value tried"), tr("Metric")});
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->verticalHeader()->setVisible(true);
    m_steps->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_steps->setMinimumHeight(150);

    auto* form = new QFormLayout;
    form->addRow(tr("&Parameter:"), m_parameter);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("T&o:"), m_to);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_apply = buttons->addButton(tr("&Apply to Scenario"), QDialogButtonBox::ApplyRole);
    m_apply->setObjectName(QStringLiteral("goalSeekApply"));
    m_apply->setEnabled(false);
    m_apply->setToolTip(
        m_scenario ? tr("Write the value found into %1 (one undo step)").arg(m_scenario->name)
                   : tr("Choose a scenario in the Scenarios area to apply to"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_apply, &QPushButton::clicked, this, &GoalSeekDialog::applyToScenario);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_controls);
    layout->addWidget(m_message);
    layout->addWidget(m_steps, 1);
    layout->addWidget(buttons);
    resize(720, 520);

    connect(m_controls, &AnalysisControls::runRequested, this, &GoalSeekDialog::run);
    connect(m_controls, &AnalysisControls::cancelRequested, m_watcher, &QFutureWatcherBase::cancel);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_controls,
            &AnalysisControls::setProgress);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &GoalSeekDialog::finish);
}

GoalSeekDialog::~GoalSeekDialog() {
    m_watcher->cancel();
    m_watcher->waitForFinished();
}

void GoalSeekDialog::setParameter(const QString& path) {
    if (!path.isEmpty())
        m_parameter->setCurrentText(path);
}

void GoalSeekDialog::setTarget(const QString& target) {
    m_target->setText(target);
}

void GoalSeekDialog::setRange(const QString& from, const QString& to) {
    m_from->setText(from);
    m_to->setText(to);
}

bool GoalSeekDialog::isRunning() const {
    return m_watcher->isRunning();
}

bool GoalSeekDialog::run() {
    if (isRunning())
        return false;
    auto metric = m_metric->metric();
    if (!metric) {
        m_message->setText(metric.error().toString());
        return false;
    }
    auto target = parseMetricValue(*metric, m_target->text());
    if (!target) {
        m_message->setText(tr("Target: %1").arg(target.error().toString()));
        m_target->setFocus();
        return false;
    }
    GoalSeekSettings settings;
    settings.parameter = m_parameter->currentText().trimmed();
    settings.metric = *metric;
    settings.statistic = m_metric->statistic();
    settings.target = *target;
    settings.from = m_from->text().trimmed();
    settings.to = m_to->text().trimmed();
    const QList<ParameterOverride> overrides =
        m_scenario ? m_scenario->overrides : QList<ParameterOverride>{};
    m_result.reset();
    m_apply->setEnabled(false);
    m_steps->setRowCount(0);
    m_controls->setRunning(true);
    m_message->setText(tr("Seeking…"));
    m_resultPath = settings.parameter;
    m_watcher->setFuture(startAnalysis<GoalSeekResult>(
        m_workspace.database(), m_controls->settings(), m_controls->seed(),
        [settings, overrides](const MarketState& state, const ForecastSettings& forecast,
                              const AnalysisProgress& progress) mutable {
            settings.forecast = forecast;
            return goalSeek(state, overrides, settings, progress);
        }));
    return true;
}

void GoalSeekDialog::finish() {
    m_controls->setRunning(false);
    auto result = takeOutcome(m_watcher->future(), m_message, tr("Goal seek"));
    if (!result)
        return;
    m_result = std::move(*result);
    m_controls->setProgress(1000); // it stopped early: fewer forecasts than it was allowed
    const auto metric = m_metric->metric();
    const auto text = [&](qint64 value) {
        return metric ? metricValueText(*metric, value) : QString::number(value);
    };
    m_message->setText(
        (m_result->reached ? QString() : tr("Not reached. ")) + m_result->message +
        tr("\nBand at that value: p10 %1, p50 %2, p90 %3.")
            .arg(text(m_result->band.p10), text(m_result->band.p50), text(m_result->band.p90)));
    m_steps->setRowCount(static_cast<int>(m_result->steps.size()));
    for (int row = 0; row < m_result->steps.size(); ++row) {
        m_steps->setItem(row, 0, new QTableWidgetItem(m_result->steps.at(row).value));
        m_steps->setItem(row, 1, new QTableWidgetItem(text(m_result->steps.at(row).measured)));
    }
    m_apply->setEnabled(m_result->reached && m_scenario.has_value() && !m_workspace.isReadOnly());
}

bool GoalSeekDialog::applyToScenario() {
    if (!m_result || !m_result->reached || !m_scenario)
        return false;
    Scenario after = *m_scenario;
    after.setOverride(m_resultPath, m_result->value);
    auto* command = new ScenarioCommand(
        m_workspace,
        tr("set %1 to %2 in %3 (goal seek)").arg(m_resultPath, m_result->value, m_scenario->name),
        m_scenario, after);
    if (auto pushed = WorkspaceCommand::push(m_workspace, command); !pushed) {
        m_message->setText(pushed.error().toString());
        return false;
    }
    m_scenario = after;
    m_apply->setEnabled(false);
    m_message->setText(m_message->text() + tr("\nApplied to %1.").arg(after.name));
    return true;
}

} // namespace mm
