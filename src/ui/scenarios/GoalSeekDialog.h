#pragma once

#include "core/GoalSeek.h"
#include "ui/scenarios/AnalysisTask.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace mm {

class AnalysisControls;
class MetricEdit;
class Workspace;

// Goal seek: the value of one parameter at which a metric's statistic reaches a target, found on
// seeded forecasts in the background. "Apply to Scenario" writes the value into the scenario as
// one undo step, and only when the target was reached.
class GoalSeekDialog : public QDialog {
    Q_OBJECT
public:
    GoalSeekDialog(Workspace& workspace, const EconomyConfig& base,
                   std::optional<Scenario> scenario, QWidget* parent = nullptr);
    ~GoalSeekDialog() override;

    void setParameter(const QString& path);
    void setTarget(const QString& target);
    void setRange(const QString& from, const QString& to);
    MetricEdit* metricEdit() const { return m_metric; }
    AnalysisControls* controls() const { return m_controls; }
    bool run();
    bool isRunning() const;
    const std::optional<GoalSeekResult>& result() const { return m_result; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* applyButton() const { return m_apply; }
    // Writes the value found into the scenario (one undo step).
    bool applyToScenario();

private:
    void finish();

    Workspace& m_workspace;
    std::optional<Scenario> m_scenario;
    std::optional<GoalSeekResult> m_result;
    QString m_resultPath;
    QFutureWatcher<AnalysisOutcome<GoalSeekResult>>* m_watcher = nullptr;
    QComboBox* m_parameter = nullptr;
    MetricEdit* m_metric = nullptr;
    QLineEdit* m_target = nullptr;
    QLineEdit* m_from = nullptr;
    QLineEdit* m_to = nullptr;
    AnalysisControls* m_controls = nullptr;
    QLabel* m_message = nullptr;
    QTableWidget* m_steps = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace mm
