#pragma once

#include "core/BalanceRule.h"
#include "core/Scenario.h"
#include "ui/scenarios/AnalysisTask.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace mm {

class AnalysisControls;
class Workspace;

// Balance: the economy's balance rules, each passing or failing with the value measured on a
// forecast of the base or of a scenario -- what `modelmarket balance check` prints. Rules are
// added, edited and removed here, each change one undo step.
class BalancePanel : public QWidget {
    Q_OBJECT
public:
    explicit BalancePanel(Workspace& workspace, QWidget* parent = nullptr);
    ~BalancePanel() override;

    void setRules(const QList<BalanceRule>& rules);
    void setScenarios(const QList<Scenario>& scenarios);
    // Checks against this scenario next (empty: the base).
    void checkAgainst(const QString& scenarioName);
    bool check();
    bool isRunning() const;
    QTableWidget* table() const { return m_table; }
    const QList<BalanceOutcome>& outcomes() const { return m_outcomes; }
    QLabel* summary() const { return m_summary; }

    bool addRule(const BalanceRule& rule);
    bool editRule(qint64 id, const BalanceRule& rule);
    bool removeRule(qint64 id);

signals:
    void finished();
    void statusMessage(const QString& message);

private:
    void finish();
    void fill();
    void editSelected();
    std::optional<BalanceRule> selectedRule() const;

    Workspace& m_workspace;
    QList<BalanceRule> m_rules;
    QList<Scenario> m_scenarios;
    QList<BalanceOutcome> m_outcomes;
    QFutureWatcher<AnalysisOutcome<QList<BalanceOutcome>>>* m_watcher = nullptr;
    AnalysisControls* m_controls = nullptr;
    QComboBox* m_against = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace mm
