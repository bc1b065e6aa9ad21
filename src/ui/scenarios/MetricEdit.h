#pragma once

#include "core/ForecastMetric.h"

#include <QWidget>

class QComboBox;

namespace mm {

// A forecast metric in its text form (tier-share:enterprise@24 …), typed or picked from common
// ones, with the statistic (p10, p50, p90) beside it.
class MetricEdit : public QWidget {
    Q_OBJECT
public:
    explicit MetricEdit(QWidget* parent = nullptr);

    Result<ForecastMetric> metric() const;
    Statistic statistic() const;
    void setMetric(const QString& text);
    void setStatistic(Statistic statistic);
    QComboBox* metricBox() const { return m_metric; }

signals:
    void changed();

private:
    QComboBox* m_metric = nullptr;
    QComboBox* m_statistic = nullptr;
};

} // namespace mm
