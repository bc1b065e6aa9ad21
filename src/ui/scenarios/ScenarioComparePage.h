#pragma once

#include "core/ScenarioComparison.h"
#include "ui/scenarios/AnalysisTask.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTableView;

namespace mm {

class AnalysisControls;
class ExportableChartView;
class ForecastTableModel;
class Workspace;

// Compare: the base and up to four scenarios forecast with the same seed, side by side -- p50 with
// p10–p90 per tier (or per year), the change against the base, whether the bands overlap -- and
// their total revenue fans overlaid.
class ScenarioComparePage : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxScenarios = 4;

    explicit ScenarioComparePage(Workspace& workspace, QWidget* parent = nullptr);
    ~ScenarioComparePage() override;

    void setScenarios(const QList<Scenario>& scenarios);
    // Ticks the scenarios with these names (at most four) for the next comparison.
    void choose(const QStringList& names);
    bool run();
    bool isRunning() const;
    ForecastTableModel* tableModel() const { return m_model; }
    ExportableChartView* chartView() const { return m_chart; }
    QTableView* tableView() const { return m_table; }

signals:
    void finished();
    void statusMessage(const QString& message);

private:
    void finish();
    void showTable();
    QStringList chosenNames() const;

    Workspace& m_workspace;
    QList<Scenario> m_scenarios;
    QFutureWatcher<AnalysisOutcome<QList<ScenarioOutcome>>>* m_watcher = nullptr;
    QList<ScenarioOutcome> m_outcomes;
    AnalysisControls* m_controls = nullptr;
    QListWidget* m_choice = nullptr;
    QComboBox* m_grouping = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    ForecastTableModel* m_model = nullptr;
    ExportableChartView* m_chart = nullptr;
};

} // namespace mm
