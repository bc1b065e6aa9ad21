#pragma once

#include "core/ForecastReport.h"
#include "data/RevenueQueries.h"
#include "ui/shell/EditableArea.h"

#include <QFutureWatcher>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace mm {

class ExportableChartView;
class ForecastTableModel;
class Workspace;

// What a forecast run on a worker brings back.
struct ForecastOutcome {
    ForecastResult result;
    QList<TierMonthRevenue> history; // the stored months, for the history line
    QString error;                   // empty when it ran
};

// The Monte Carlo forecast: run settings (months, runs, seed), fan charts of revenue per tier
// and of total revenue after the stored history, and the numbers as a table grouped by tier,
// month, lab or size class -- the same table `modelmarket simulate --by ...` prints.
//
// A forecast reads the file on a worker thread (its own connection) and plays its runs on the
// other cores; the window stays responsive, shows progress and can cancel. It never writes. The
// settings are remembered (QSettings); the result stays until the next run.
class ForecastArea : public QWidget, public EditableArea {
    Q_OBJECT
public:
    explicit ForecastArea(Workspace& workspace, QWidget* parent = nullptr);
    ~ForecastArea() override;

    // Starts a forecast with the settings shown (Ctrl+Return); false while one runs.
    bool runForecast();
    void cancelForecast();
    bool isRunning() const;

    void setMonths(int months);
    void setRuns(int runs);
    // Empty: the economy's own market seed (run 0 then replays the game clock).
    void setSeed(const QString& seed);
    void setGrouping(ForecastGrouping grouping);

    const ForecastResult& result() const { return m_outcome.result; }
    ForecastTableModel* tableModel() const { return m_model; }
    QList<ExportableChartView*> chartViews() const;
    int forecastsShown() const { return m_forecastsShown; }

    // Copy puts the selected table cells on the clipboard; nothing here can be edited.
    EditOperations supportedEdits() const override { return EditOperation::Copy; }
    void copySelection() override;

signals:
    void forecastFinished();
    void statusMessage(const QString& message);

private:
    void buildControls();
    void finishForecast();
    void showOutcome();
    void showTable();
    void drawCharts();
    void updateControls();
    void exportTable();
    void saveSettings() const;

    Workspace& m_workspace;
    QFutureWatcher<ForecastOutcome>* m_watcher = nullptr;
    ForecastOutcome m_outcome;
    int m_forecastsShown = 0;

    QSpinBox* m_months = nullptr;
    QSpinBox* m_runs = nullptr;
    QLineEdit* m_seed = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_summary = nullptr;
    QComboBox* m_grouping = nullptr;
    QCheckBox* m_logarithmic = nullptr;
    QPushButton* m_exportTable = nullptr;
    QTableView* m_table = nullptr;
    ForecastTableModel* m_model = nullptr;
    ExportableChartView* m_tierFans = nullptr;
    ExportableChartView* m_total = nullptr;
};

} // namespace mm
