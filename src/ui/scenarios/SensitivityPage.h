#pragma once

#include "core/Sensitivity.h"
#include "ui/scenarios/AnalysisTask.h"

#include <QFutureWatcher>
#include <QWidget>

class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;

namespace mm {

class AnalysisControls;
class ExportableChartView;
class ForecastTableModel;
class MetricEdit;
class Workspace;

// Sensitivity: the chosen parameters of the current scenario (or of the base) each moved by ±N%,
// the effect on one metric as a tornado chart, largest first, with the numbers beside it.
class SensitivityPage : public QWidget {
    Q_OBJECT
public:
    explicit SensitivityPage(Workspace& workspace, QWidget* parent = nullptr);
    ~SensitivityPage() override;

    void setBase(const EconomyConfig& config);
    // The scenario whose values are moved; none: the stored economy.
    void setScenario(const std::optional<Scenario>& scenario);
    void setParameters(const QStringList& paths);
    QStringList chosenParameters() const;
    MetricEdit* metricEdit() const { return m_metric; }
    AnalysisControls* controls() const { return m_controls; }
    bool run();
    bool isRunning() const;
    const std::optional<SensitivityResult>& result() const { return m_result; }
    ForecastTableModel* tableModel() const { return m_model; }
    ExportableChartView* chartView() const { return m_chart; }

signals:
    void finished();
    void statusMessage(const QString& message);
    // Goal Seek… on the selected parameter and the page's metric.
    void goalSeekRequested(const QString& path, const QString& metric, Statistic statistic);

private:
    void finish();

    Workspace& m_workspace;
    std::optional<Scenario> m_scenario;
    std::optional<SensitivityResult> m_result;
    QFutureWatcher<AnalysisOutcome<SensitivityResult>>* m_watcher = nullptr;
    AnalysisControls* m_controls = nullptr;
    QLineEdit* m_filter = nullptr;
    QListWidget* m_parameters = nullptr;
    QDoubleSpinBox* m_percent = nullptr;
    MetricEdit* m_metric = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    ForecastTableModel* m_model = nullptr;
    ExportableChartView* m_chart = nullptr;
};

} // namespace mm
