#pragma once

#include "core/Forecast.h"

#include <QWidget>
#include <optional>

class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace mm {

// The run settings every balancing page shares -- horizon, runs, seed -- with Run, Cancel and a
// progress bar. Settings are remembered per page (QSettings group).
class AnalysisControls : public QWidget {
    Q_OBJECT
public:
    AnalysisControls(const QString& settingsGroup, int defaultRuns, const QString& runText,
                     QWidget* parent = nullptr);

    ForecastSettings settings() const;
    // Empty seed field: the economy's own market seed.
    std::optional<quint64> seed() const;
    void setRuns(int runs);
    void setMonths(int months);

    void setRunning(bool running);
    void setProgress(int thousandths);
    QPushButton* runButton() const { return m_run; }

signals:
    void runRequested();
    void cancelRequested();

private:
    void save() const;

    QString m_group;
    QSpinBox* m_months = nullptr;
    QSpinBox* m_runs = nullptr;
    QLineEdit* m_seed = nullptr;
    QPushButton* m_run = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
};

} // namespace mm
