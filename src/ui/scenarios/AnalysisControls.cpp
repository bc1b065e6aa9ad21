#include "ui/scenarios/AnalysisControls.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSettings>
#include <QSpinBox>

namespace mm {

AnalysisControls::AnalysisControls(const QString& settingsGroup, int defaultRuns,
                                   const QString& runText, QWidget* parent)
    : QWidget(parent)
    , m_group(settingsGroup) {
    QSettings stored;
    m_months = new QSpinBox;
    m_months->setObjectName(settingsGroup + QStringLiteral("Months"));
    m_months->setRange(1, ForecastSettings::kMaxMonths);
    m_months->setSuffix(tr(" months"));
    m_months->setValue(stored.value(settingsGroup + QStringLiteral("/months"), 36).toInt());
    m_runs = new QSpinBox;
    m_runs->setObjectName(settingsGroup + QStringLiteral("Runs"));
    m_runs->setRange(1, ForecastSettings::kMaxRuns);
    m_runs->setSingleStep(100);
    m_runs->setGroupSeparatorShown(true);
    m_runs->setSuffix(tr(" runs"));
    m_runs->setValue(stored.value(settingsGroup + QStringLiteral("/runs"), defaultRuns).toInt());
    m_seed = new QLineEdit;
    m_seed->setObjectName(settingsGroup + QStringLiteral("Seed"));
    m_seed->setPlaceholderText(tr("economy's seed"));
    m_seed->setMaximumWidth(160);
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,19}")), m_seed));
    m_seed->setToolTip(tr("Every variant is forecast with this seed (common random numbers), so "
                          "a difference is the change's effect, not chance. Empty: the economy's "
                          "own market seed."));
    m_run = new QPushButton(runText);
    m_run->setObjectName(settingsGroup + QStringLiteral("Run"));
    m_run->setToolTip(tr("Runs in the background; nothing is written (Ctrl+Return)"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(settingsGroup + QStringLiteral("Cancel"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(settingsGroup + QStringLiteral("Progress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->setFormat(QStringLiteral("%p%"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* horizon = new QLabel(tr("&Horizon:"));
    horizon->setBuddy(m_months);
    auto* seedLabel = new QLabel(tr("S&eed:"));
    seedLabel->setBuddy(m_seed);
    layout->addWidget(horizon);
    layout->addWidget(m_months);
    layout->addWidget(m_runs);
    layout->addWidget(seedLabel);
    layout->addWidget(m_seed);
    layout->addWidget(m_run);
    layout->addWidget(m_cancel);
    layout->addWidget(m_progress, 1);

    connect(m_run, &QPushButton::clicked, this, [this] {
        save();
        emit runRequested();
    });
    connect(m_cancel, &QPushButton::clicked, this, &AnalysisControls::cancelRequested);
    setRunning(false);
}

ForecastSettings AnalysisControls::settings() const {
    ForecastSettings settings;
    settings.months = m_months->value();
    settings.runs = m_runs->value();
    return settings;
}

std::optional<quint64> AnalysisControls::seed() const {
    if (m_seed->text().isEmpty())
        return std::nullopt;
    return m_seed->text().toULongLong();
}

void AnalysisControls::setRuns(int runs) {
    m_runs->setValue(runs);
}

void AnalysisControls::setMonths(int months) {
    m_months->setValue(months);
}

void AnalysisControls::setRunning(bool running) {
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_months->setEnabled(!running);
    m_runs->setEnabled(!running);
    m_seed->setEnabled(!running);
    if (running)
        m_progress->setValue(0);
}

void AnalysisControls::setProgress(int thousandths) {
    m_progress->setValue(thousandths);
}

void AnalysisControls::save() const {
    QSettings stored;
    stored.setValue(m_group + QStringLiteral("/months"), m_months->value());
    stored.setValue(m_group + QStringLiteral("/runs"), m_runs->value());
}

} // namespace mm
