#pragma once

#include "data/LatestRead.h"
#include "data/ModelComparisonQueries.h"

#include <QDialog>
#include <QList>
#include <memory>

class QLabel;
class QTableWidget;

namespace Ui {
class ModelComparisonDialog;
}

namespace mm {

class ExportableChartView;
class Workspace;

// Two to five models side by side: grouped bars of performance, accuracy, efficiency, composite
// and every benchmark, and a table of each model's composite percentile within its size class
// and within the whole catalog (computed in SQL). The numbers are read in the background
// (LatestRead); the dialog follows edits of the models while it is open.
//
// Fewer than two or more than five models are refused: open() says so in a message box; the
// constructor shows the reason inside the dialog instead of the chart.
class ModelComparisonDialog : public QDialog {
    Q_OBJECT
public:
    ModelComparisonDialog(Workspace& workspace, QList<qint64> modelIds, QWidget* parent = nullptr);
    ~ModelComparisonDialog() override;

    // Shows the dialog (modeless, deleted on close) for a valid selection, or explains in a
    // message box why the selection cannot be compared. Returns the dialog or nullptr.
    static ModelComparisonDialog* open(Workspace& workspace, const QList<qint64>& modelIds,
                                       QWidget* parent);

    // The answer drawn last; empty until it arrives.
    const ModelComparisonData& data() const { return m_data; }
    bool isLoaded() const { return m_loaded; }
    ExportableChartView* chartView() const { return m_chart; }
    QTableWidget* percentileTable() const { return m_table; }

signals:
    void loaded();

private:
    void reload();
    void showResult(const Result<ModelComparisonData>& result);

    Workspace& m_workspace;
    QList<qint64> m_modelIds;
    ModelComparisonData m_data;
    bool m_loaded = false;
    LatestRead<ModelComparisonData> m_read;

    // The layout is forms/ModelComparisonDialog.ui; the chart view is added in code.
    std::unique_ptr<Ui::ModelComparisonDialog> m_ui;
    QLabel* m_message = nullptr;
    ExportableChartView* m_chart = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace mm
