#pragma once

#include "core/EconomyConfig.h"
#include "core/Enums.h"
#include "core/Result.h"
#include "data/LatestRead.h"

#include <QHash>
#include <QMap>
#include <QTimer>
#include <QWidget>
#include <optional>

class QBarSet;
class QChart;
class QChartView;
class QFormLayout;
class QLabel;
class QProgressBar;
class QStackedWidget;

namespace mm {

class Workspace;

// The median benchmark scores of one size class, over a sample of its models.
struct SizeClassMedians {
    SizeClass sizeClass = SizeClass::Small;
    QMap<QString, double> medians;
    int sampled = 0;
};

// Everything about one model beside the catalog table: what it is, its quality (with bars),
// what training it took, where it is listed at which price, what it sold, and a bar chart of its
// benchmark scores next to the median score of its size class.
//
// Reading one model, its listings and its sales is a few indexed lookups, done on the GUI thread.
// The size-class medians need every model of the class, so they are computed on a worker thread
// with its own connection and cached per size class until models change (invalidateMedians(): the
// catalog area calls it when a write touches the models table, not for sales or listings).
class ModelDetailPanel : public QWidget {
    Q_OBJECT
public:
    // Medians are taken over at most this many models of a class (the first by id), so a class
    // of a million generated models costs a bounded read; the legend says when it is a sample.
    static constexpr int kMedianSampleSize = 5000;

    explicit ModelDetailPanel(Workspace& workspace, QWidget* parent = nullptr);
    ~ModelDetailPanel() override;

    // Shows this model, or the empty hint when there is none. Reading is deferred a moment so
    // holding an arrow key in the table does not read every row it passes.
    void showModel(std::optional<qint64> modelId);
    std::optional<qint64> modelId() const { return m_modelId; }

    // The cached medians of a class (empty until computed); for tests and the chart.
    QMap<QString, double> medians(SizeClass sizeClass) const { return m_medians.value(sizeClass); }
    bool isComputingMedians() const { return m_medianRead.isRunning(); }
    QChartView* chartView() const { return m_chartView; }

public slots:
    // Reads the shown model again (after an edit, a sale, a new listing).
    void reload();
    // Models were added, removed or changed: the medians are recomputed when next needed.
    void invalidateMedians();

signals:
    // A read failed; the area shows it.
    void problem(const QString& message);

private:
    void buildUi();
    void addHeading(QFormLayout* form, const QString& text);
    QWidget* buildChart();
    void load();
    void clearShown();
    void updateChart();
    void requestMedians(SizeClass sizeClass);
    void setMetric(QProgressBar* bar, const std::optional<double>& value);

    Workspace& m_workspace;
    std::optional<qint64> m_modelId;
    QTimer m_loadTimer;

    // What the chart draws for the shown model.
    std::optional<SizeClass> m_shownClass;
    QMap<QString, double> m_shownScores;
    QList<BenchmarkSpec> m_benchmarks;

    QHash<SizeClass, QMap<QString, double>> m_medians;
    QHash<SizeClass, int> m_medianSampleCounts;
    LatestRead<SizeClassMedians> m_medianRead;
    SizeClass m_requestedClass = SizeClass::Small; // of the read in flight

    QStackedWidget* m_stack = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_kind = nullptr;
    QLabel* m_parameters = nullptr;
    QLabel* m_dataset = nullptr;
    QLabel* m_createdOn = nullptr;
    QProgressBar* m_performance = nullptr;
    QProgressBar* m_accuracy = nullptr;
    QProgressBar* m_efficiency = nullptr;
    QProgressBar* m_composite = nullptr;
    QLabel* m_trainingCost = nullptr;
    QLabel* m_trainingDays = nullptr;
    QLabel* m_researchPoints = nullptr;
    QHash<LicenseTier, QLabel*> m_prices;
    QLabel* m_licensesSold = nullptr;
    QLabel* m_revenue = nullptr;
    QChart* m_chart = nullptr;
    QChartView* m_chartView = nullptr;
    QLabel* m_medianNote = nullptr;
};

} // namespace mm
