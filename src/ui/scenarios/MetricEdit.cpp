#include "ui/scenarios/MetricEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>

namespace mm {

MetricEdit::MetricEdit(QWidget* parent)
    : QWidget(parent) {
    m_metric = new QComboBox;
    m_metric->setObjectName(QStringLiteral("metricText"));
    m_metric->setEditable(true);
    m_metric->setInsertPolicy(QComboBox::NoInsert);
    m_metric->setMinimumContentsLength(26);
    m_metric->addItems({
        QStringLiteral("revenue"),
        QStringLiteral("revenue@36"),
        QStringLiteral("cumulative-revenue@36"),
        QStringLiteral("tier-revenue:enterprise"),
        QStringLiteral("tier-revenue:commercial"),
        QStringLiteral("tier-share:enterprise@24"),
        QStringLiteral("tier-share:commercial@24"),
        QStringLiteral("tier-share:academic@24"),
        QStringLiteral("payback:medium"),
        QStringLiteral("payback:large"),
    });
    m_metric->setToolTip(
        tr("What to measure: revenue@M (month M), cumulative-revenue@M, tier-revenue:TIER@M, "
           "tier-share:TIER@M, payback:SIZE, lab-revenue:LAB@M or lab-share:LAB@M. Without @M "
           "the whole horizon counts."));
    m_metric->setAccessibleName(tr("Metric"));
    m_statistic = new QComboBox;
    m_statistic->setObjectName(QStringLiteral("metricStatistic"));
    m_statistic->setAccessibleName(tr("Statistic"));
    for (Statistic statistic : {Statistic::P10, Statistic::P50, Statistic::P90})
        m_statistic->addItem(statisticKey(statistic), static_cast<int>(statistic));
    m_statistic->setCurrentIndex(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_metric, 1);
    layout->addWidget(m_statistic);
    connect(m_metric, &QComboBox::currentTextChanged, this, &MetricEdit::changed);
    connect(m_statistic, &QComboBox::currentIndexChanged, this, &MetricEdit::changed);
}

Result<ForecastMetric> MetricEdit::metric() const {
    return ForecastMetric::parse(m_metric->currentText());
}

Statistic MetricEdit::statistic() const {
    return static_cast<Statistic>(m_statistic->currentData().toInt());
}

void MetricEdit::setMetric(const QString& text) {
    m_metric->setCurrentText(text);
}

void MetricEdit::setStatistic(Statistic statistic) {
    m_statistic->setCurrentIndex(m_statistic->findData(static_cast<int>(statistic)));
}

} // namespace mm
