#include "ui/scenarios/BalancePanel.h"

#include "ui/scenarios/AnalysisControls.h"
#include "ui/scenarios/BalanceRuleDialog.h"
#include "ui/scenarios/ScenarioCommands.h"
#include "ui/shell/StatusStyle.h"
#include "ui/shell/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mm {

namespace {

enum Column { Name, Metric, Statistic_, Bounds, Measured, Band_, Verdict, ColumnCount };

} // namespace

BalancePanel::BalancePanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_watcher(new QFutureWatcher<AnalysisOutcome<QList<BalanceOutcome>>>(this)) {
    setObjectName(QStringLiteral("balancePanel"));
    m_controls = new AnalysisControls(QStringLiteral("balance"), 500, tr("&Check Balance"));
    m_against = new QComboBox;
    m_against->setObjectName(QStringLiteral("balanceAgainst"));
    m_against->setAccessibleName(tr("Check the rules against"));
    m_summary = new QLabel(tr("Balance rules keep the economy inside the bounds the design "
                              "wants. Check runs a forecast and measures every rule; the same "
                              "check runs in a game team's CI with `modelmarket balance check`."));
    m_summary->setObjectName(QStringLiteral("balanceSummary"));
    m_summary->setWordWrap(true);
    m_table = new QTableWidget(0, ColumnCount);
    m_table->setObjectName(QStringLiteral("balanceTable"));
    m_table->setAccessibleName(tr("Balance rules and their results"));
    m_table->setHorizontalHeaderLabels({tr("Rule"), tr("Metric"), tr("Statistic"), tr("Bounds"),
                                        tr("Measured"), tr("p10–p90"), tr("Result")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_add = new QPushButton(tr("&Add Rule…"));
    m_add->setObjectName(QStringLiteral("balanceAdd"));
    m_edit = new QPushButton(tr("&Edit Rule…"));
    m_edit->setObjectName(QStringLiteral("balanceEdit"));
    m_remove = new QPushButton(tr("&Remove Rule"));
    m_remove->setObjectName(QStringLiteral("balanceRemove"));

    auto* against = new QHBoxLayout;
    auto* againstLabel = new QLabel(tr("Check a&gainst:"));
    againstLabel->setBuddy(m_against);
    against->addWidget(againstLabel);
    against->addWidget(m_against);
    against->addStretch(1);
    against->addWidget(m_add);
    against->addWidget(m_edit);
    against->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_controls);
    layout->addLayout(against);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, [this] {
        BalanceRuleDialog dialog(BalanceRule{}, this);
        if (dialog.exec() == QDialog::Accepted)
            addRule(*dialog.rule());
    });
    connect(m_edit, &QPushButton::clicked, this, &BalancePanel::editSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &BalancePanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (auto rule = selectedRule())
            removeRule(rule->id);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool chosen = selectedRule().has_value() && !m_workspace.isReadOnly();
        m_edit->setEnabled(chosen);
        m_remove->setEnabled(chosen);
    });
    connect(m_controls, &AnalysisControls::runRequested, this, &BalancePanel::check);
    connect(m_controls, &AnalysisControls::cancelRequested, m_watcher, &QFutureWatcherBase::cancel);
    connect(m_watcher, &QFutureWatcherBase::progressValueChanged, m_controls,
            &AnalysisControls::setProgress);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &BalancePanel::finish);
    m_add->setEnabled(!m_workspace.isReadOnly());
    m_edit->setEnabled(false);
    m_remove->setEnabled(false);
    setScenarios({});
}

BalancePanel::~BalancePanel() {
    m_watcher->cancel();
    m_watcher->waitForFinished();
}

void BalancePanel::setRules(const QList<BalanceRule>& rules) {
    if (rules != m_rules)
        m_outcomes.clear(); // measured against other rules
    m_rules = rules;
    fill();
}

void BalancePanel::setScenarios(const QList<Scenario>& scenarios) {
    const QString current = m_against->currentData().toString();
    m_scenarios = scenarios;
    const QSignalBlocker blocker(m_against);
    m_against->clear();
    m_against->addItem(tr("Base (the stored economy)"), QString());
    for (const Scenario& scenario : scenarios)
        m_against->addItem(scenario.name, scenario.name);
    m_against->setCurrentIndex(std::max(0, m_against->findData(current)));
}

void BalancePanel::checkAgainst(const QString& scenarioName) {
    m_against->setCurrentIndex(std::max(0, m_against->findData(scenarioName)));
}

std::optional<BalanceRule> BalancePanel::selectedRule() const {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rules.size() || m_table->selectedItems().isEmpty())
        return std::nullopt;
    return m_rules.at(row);
}

void BalancePanel::editSelected() {
    const auto rule = selectedRule();
    if (!rule || m_workspace.isReadOnly())
        return;
    BalanceRuleDialog dialog(*rule, this);
    if (dialog.exec() == QDialog::Accepted)
        editRule(rule->id, *dialog.rule());
}

bool BalancePanel::addRule(const BalanceRule& rule) {
    auto* command = new BalanceRuleCommand(m_workspace, tr("add balance rule %1").arg(rule.name),
                                           std::nullopt, rule);
    if (auto pushed = WorkspaceCommand::push(m_workspace, command); !pushed) {
        emit statusMessage(pushed.error().toString());
        m_summary->setText(pushed.error().toString());
        return false;
    }
    return true;
}

bool BalancePanel::editRule(qint64 id, const BalanceRule& rule) {
    for (const BalanceRule& before : std::as_const(m_rules)) {
        if (before.id != id)
            continue;
        BalanceRule after = rule;
        after.id = id;
        if (after == before)
            return true;
        auto* command = new BalanceRuleCommand(
            m_workspace, tr("edit balance rule %1").arg(before.name), before, after);
        if (auto pushed = WorkspaceCommand::push(m_workspace, command); !pushed) {
            m_summary->setText(pushed.error().toString());
            return false;
        }
        return true;
    }
    return false;
}

bool BalancePanel::removeRule(qint64 id) {
    for (const BalanceRule& before : std::as_const(m_rules)) {
        if (before.id != id)
            continue;
        auto* command = new BalanceRuleCommand(
            m_workspace, tr("remove balance rule %1").arg(before.name), before, std::nullopt);
        if (auto pushed = WorkspaceCommand::push(m_workspace, command); !pushed) {
            m_summary->setText(pushed.error().toString());
            return false;
        }
        return true;
    }
    return false;
}

bool BalancePanel::isRunning() const {
    return m_watcher->isRunning();
}

bool BalancePanel::check() {
    if (isRunning())
        return false;
    if (m_rules.isEmpty()) {
        m_summary->setText(tr("There are no balance rules yet: Add Rule… first."));
        return false;
    }
    QList<ParameterOverride> overrides;
    const QString against = m_against->currentData().toString();
    for (const Scenario& scenario : std::as_const(m_scenarios)) {
        if (scenario.name == against)
            overrides = scenario.overrides;
    }
    const QList<BalanceRule> rules = m_rules;
    const ForecastSettings settings = m_controls->settings();
    m_controls->setRunning(true);
    m_summary->setText(tr("Checking %n rule(s)…", nullptr, static_cast<int>(rules.size())));
    m_watcher->setFuture(startAnalysis<QList<BalanceOutcome>>(
        m_workspace.database(), settings, m_controls->seed(),
        [rules, overrides](const MarketState& state, const ForecastSettings& forecast,
                           const AnalysisProgress& progress) {
            return runBalanceCheck(state, overrides, rules, forecast, progress);
        }));
    return true;
}

void BalancePanel::finish() {
    m_controls->setRunning(false);
    auto outcomes = takeOutcome(m_watcher->future(), m_summary, tr("The balance check"));
    if (!outcomes)
        return;
    m_outcomes = std::move(*outcomes);
    const auto failed = std::count_if(m_outcomes.begin(), m_outcomes.end(),
                                      [](const BalanceOutcome& o) { return !o.passed; });
    m_summary->setText(
        failed == 0 ? tr("All %n rule(s) pass on %1.", nullptr, static_cast<int>(m_outcomes.size()))
                          .arg(m_against->currentText())
                    : tr("%1 of %2 rules fail on %3.")
                          .arg(failed)
                          .arg(m_outcomes.size())
                          .arg(m_against->currentText()));
    fill();
    emit statusMessage(m_summary->text());
    emit finished();
}

void BalancePanel::fill() {
    m_table->setRowCount(static_cast<int>(m_rules.size()));
    for (int row = 0; row < m_rules.size(); ++row) {
        const BalanceRule& rule = m_rules.at(row);
        const BalanceOutcome* outcome = nullptr;
        for (const BalanceOutcome& candidate : std::as_const(m_outcomes)) {
            if (candidate.rule.id == rule.id && candidate.rule == rule)
                outcome = &candidate;
        }
        const auto set = [&](int column, const QString& text) {
            auto* item = new QTableWidgetItem(text);
            m_table->setItem(row, column, item);
            return item;
        };
        set(Name, rule.name);
        set(Metric, rule.metric.label())->setToolTip(rule.metric.toText());
        set(Statistic_, statisticKey(rule.statistic));
        set(Bounds, rule.boundsText());
        if (!outcome) {
            set(Measured, QString());
            set(Band_, QString());
            set(Verdict, tr("not checked"));
            continue;
        }
        const auto text = [&](qint64 value) { return metricValueText(rule.metric, value); };
        set(Measured, outcome->problem.isEmpty() ? text(outcome->measured) : QString());
        set(Band_, outcome->problem.isEmpty()
                       ? tr("%1 – %2").arg(text(outcome->band.p10), text(outcome->band.p90))
                       : QString());
        QTableWidgetItem* verdict =
            set(Verdict, outcome->passed
                             ? tr("PASS")
                             : (outcome->problem.isEmpty() ? tr("FAIL")
                                                           : tr("FAIL: %1").arg(outcome->problem)));
        verdict->setForeground(outcome->passed ? statusStyle::successColor(palette())
                                               : statusStyle::errorColor(palette()));
        QFont bold = verdict->font();
        bold.setBold(true);
        verdict->setFont(bold);
    }
}

} // namespace mm
