#pragma once

#include "core/EconomyConfig.h"
#include "core/Result.h"
#include "core/TrainingEstimator.h"
#include "data/Records.h"

#include <QDialog>
#include <QHash>
#include <QSet>
#include <memory>
#include <optional>

class QLineEdit;
class QSpinBox;

namespace Ui {
class TrainingJobDialog;
}

namespace mm {

class Workspace;

// New Training Job: the inputs of a run on the left, its estimate on the right, recomputed on
// every change with the stored economy config (the same TrainingEstimator TrainingService uses,
// so the preview is exactly what the job will be queued with).
//
// OK stays disabled while the job could not be queued, and the reason is shown under the
// estimate: the estimator's error, a missing or taken name, more GPUs than the studio has of the
// type, or more research points than are available. Accepting pushes a QueueJobCommand; when
// that is refused anyway (another program queued a job meanwhile) the dialog says why and stays.
class TrainingJobDialog : public QDialog {
    Q_OBJECT

public:
    explicit TrainingJobDialog(Workspace& workspace, QWidget* parent = nullptr);
    ~TrainingJobDialog() override;

    // Fills every input (e.g. from a job to duplicate). The seed is kept as given.
    void setInputs(const TrainingInputs& inputs);
    // Fills from the size class's template; keeps the name, architecture, research points and
    // seed already entered.
    void applyTemplate(SizeClass sizeClass);

    // What the inputs say now, or why they cannot be read ("13X" is not a count).
    Result<TrainingInputs> currentInputs() const;
    // The estimate shown; empty while the inputs are invalid.
    const std::optional<TrainingEstimate>& estimate() const { return m_estimate; }
    // Why OK is disabled; empty when it is enabled.
    QString refusalReason() const { return m_reason; }
    // After accept(): the job as queued.
    const std::optional<TrainingJobRecord>& queuedJob() const { return m_queued; }

    void accept() override;

private:
    void populateChoices();
    void updateGpuTexts();
    void loadEconomy();
    void recompute();
    void showEstimate(const TrainingEstimate& estimate);
    void clearEstimate();
    void fitWarnings();
    void setReason(const QString& reason);
    void updateHints();
    void normalizeCount(QLineEdit* edit);
    QString nameProblem(const QString& name) const;
    QList<QSpinBox*> teamSpins(bool researchers) const;

    Workspace& m_workspace;
    std::unique_ptr<Ui::TrainingJobDialog> m_ui;
    EconomyConfig m_config;
    std::optional<TrainingEstimator> m_estimator;
    QString m_loadError;
    qint64 m_availablePoints = 0;
    QHash<QString, int> m_gpusInUse; // by GPU type key: held by running jobs
    QSet<QString> m_unfinishedNames; // lower-cased names of queued, running and paused jobs
    std::optional<TrainingEstimate> m_estimate;
    QString m_reason;
    std::optional<TrainingJobRecord> m_queued;
    bool m_filling = false; // setInputs() is writing the widgets: recompute once at the end
};

} // namespace mm
