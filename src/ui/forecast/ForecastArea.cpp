#include "ui/forecast/ForecastArea.h"

#include "data/Database.h"
#include "data/MarketStore.h"
#include "models/ForecastTableModel.h"
#include "ui/forecast/ForecastCharts.h"
#include "ui/forecast/MarketParametersDialog.h"
#include "ui/shell/AreaWidgets.h"
#include "ui/shell/ChartExport.h"
#include "ui/shell/TableSelectionCopy.h"
#include "ui/shell/Workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace mm {

namespace {

const QString kMonthsKey = QStringLiteral("forecast/months");
const QString kRunsKey = QStringLiteral("forecast/runs");
const QString kGroupingKey = QStringLiteral("forecast/grouping");
const QString kLogarithmicKey = QStringLiteral("forecast/logarithmic");

// Runs on a pool thread: its own connection, opened and closed here.
void forecastOnWorker(QPromise<ForecastOutcome>& promise, const Database* source,
                      ForecastSettings settings, bool economySeed) {
    ForecastOutcome outcome;
    auto connection = source->openAnotherConnection();
    if (!connection) {
        outcome.error = connection.error().toString();
        promise.addResult(std::move(outcome));
        return;
    }
    auto state = MarketStore(**connection).loadCurrentState();
    if (!state) {
        outcome.error = state.error().toString();
        promise.addResult(std::move(outcome));
        return;
    }
    auto history = revenueByTierAndMonth(**connection, RevenueFilter{});
    if (history)
        outcome.history = std::move(history).value();
    connection->reset(); // the worker's connection closes on its own thread
    if (economySeed)
        settings.seed = state->config.marketSeed;
    promise.setProgressRange(0, settings.runs);
    outcome.result = mm::runForecast(*state, settings, [&promise](int done, int) {
        promise.setProgressValue(done);
        return !promise.isCanceled();
    });
    promise.addResult(std::move(outcome));
}

} // namespace

ForecastArea::ForecastArea(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_watcher(new QFutureWatcher<ForecastOutcome>(this))
    , m_model(new ForecastTableModel(this)) {
    setObjectName(QStringLiteral("forecastArea"));
    buildControls();
    connect(m_watcher, &QFutureWatcher<ForecastOutcome>::progressValueChanged, m_progress,
            &QProgressBar::setValue);
    connect(m_watcher, &QFutureWatcher<ForecastOutcome>::finished, this,
            &ForecastArea::finishForecast);
    updateControls();
}

ForecastArea::~ForecastArea() {
    // The worker reads the database this window owns: stop it before the window goes.
    if (m_watcher->isRunning()) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

void ForecastArea::buildControls() {
    QSettings settings;
    m_months = new QSpinBox;
    m_months->setObjectName(QStringLiteral("forecastMonths"));
    m_months->setRange(1, ForecastSettings::kMaxMonths);
    m_months->setValue(settings.value(kMonthsKey, 36).toInt());
    m_months->setSuffix(tr(" months"));
    m_runs = new QSpinBox;
    m_runs->setObjectName(QStringLiteral("forecastRuns"));
    m_runs->setRange(1, ForecastSettings::kMaxRuns);
    m_runs->setSingleStep(100);
    m_runs->setGroupSeparatorShown(true);
    m_runs->setValue(settings.value(kRunsKey, 1000).toInt());
    m_seed = new QLineEdit;
    m_seed->setObjectName(QStringLiteral("forecastSeed"));
    m_seed->setPlaceholderText(tr("the economy's market seed"));
    m_seed->setMinimumWidth(m_seed->fontMetrics().horizontalAdvance(m_seed->placeholderText()) +
                            24);
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,19}")), m_seed));
    m_seed->setToolTip(tr("Leave empty to use the economy's own seed: run 0 then shows exactly "
                          "what the game clock will do."));

    m_run = new QPushButton(tr("&Run Forecast"));
    m_run->setObjectName(QStringLiteral("runForecast"));
    m_run->setDefault(true);
    m_run->setToolTip(tr("Play the market forward in memory; nothing is written (Ctrl+Return)"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setObjectName(QStringLiteral("cancelForecast"));
    auto* parameters = new QPushButton(tr("Market &Parameters…"));
    parameters->setObjectName(QStringLiteral("forecastMarketParameters"));
    parameters->setToolTip(tr("How each type of buyer decides; change them and forecast again"));
    connect(parameters, &QPushButton::clicked, this, [this] {
        MarketParametersDialog dialog(m_workspace, this);
        dialog.exec();
    });
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("forecastProgress"));
    m_progress->setFormat(tr("%v of %m runs"));
    m_progress->setTextVisible(true);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("forecastSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Choose how far ahead and how many runs, then Run Forecast. Each run "
                          "plays every buyer's monthly decisions and the rival labs' releases; "
                          "the charts show the middle run (p50) and the band between the 10th "
                          "and 90th percentile."));

    auto* runAction =
        areaWidgets::addAreaAction(this, QStringLiteral("runForecastAction"), tr("Run Forecast"),
                                   {QKeySequence(Qt::CTRL | Qt::Key_Return)});
    connect(runAction, &QAction::triggered, this, &ForecastArea::runForecast);
    auto* cancelAction =
        areaWidgets::addAreaAction(this, QStringLiteral("cancelForecastAction"),
                                   tr("Cancel Forecast"), {QKeySequence(Qt::Key_Escape)});
    connect(cancelAction, &QAction::triggered, this, &ForecastArea::cancelForecast);
    connect(m_run, &QPushButton::clicked, this, &ForecastArea::runForecast);
    connect(m_cancel, &QPushButton::clicked, this, &ForecastArea::cancelForecast);

    auto* form = new QFormLayout;
    form->addRow(tr("&Horizon:"), m_months);
    form->addRow(tr("R&uns:"), m_runs);
    form->addRow(tr("&Seed:"), m_seed);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addWidget(parameters);
    buttons->addWidget(m_progress, 1);
    auto* settingsColumn = new QVBoxLayout;
    settingsColumn->addLayout(form);
    settingsColumn->addLayout(buttons);
    auto* top = new QHBoxLayout;
    top->addLayout(settingsColumn);
    top->addWidget(m_summary, 1);

    m_tierFans = new ExportableChartView(QStringLiteral("forecast-revenue-by-tier"),
                                         tr("Forecast revenue per tier"));
    m_total = new ExportableChartView(QStringLiteral("forecast-total-revenue"),
                                      tr("Total revenue, history and forecast"));
    for (ExportableChartView* view : {m_tierFans, m_total}) {
        view->setMinimumHeight(300);
        connect(view, &ExportableChartView::exported, this, [this](const QString& path) {
            emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        });
    }
    m_logarithmic = new QCheckBox(tr("&Logarithmic axis"));
    m_logarithmic->setObjectName(QStringLiteral("forecastLogarithmic"));
    m_logarithmic->setToolTip(tr("Keep small tiers readable beside large ones"));
    m_logarithmic->setChecked(settings.value(kLogarithmicKey, false).toBool());
    connect(m_logarithmic, &QCheckBox::toggled, this, [this] {
        saveSettings();
        drawCharts();
    });

    m_grouping = new QComboBox;
    m_grouping->setObjectName(QStringLiteral("forecastGrouping"));
    m_grouping->addItem(tr("By tier"),
                        QVariant::fromValue(static_cast<int>(ForecastGrouping::Tier)));
    m_grouping->addItem(tr("By month"),
                        QVariant::fromValue(static_cast<int>(ForecastGrouping::Month)));
    m_grouping->addItem(tr("By lab"), QVariant::fromValue(static_cast<int>(ForecastGrouping::Lab)));
    m_grouping->addItem(tr("By size class (payback)"),
                        QVariant::fromValue(static_cast<int>(ForecastGrouping::SizeClass)));
    m_grouping->setCurrentIndex(std::clamp(settings.value(kGroupingKey, 0).toInt(), 0, 3));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        saveSettings();
        showTable();
    });
    m_exportTable = new QPushButton(tr("&Export Table…"));
    m_exportTable->setObjectName(QStringLiteral("exportForecastTable"));
    connect(m_exportTable, &QPushButton::clicked, this, &ForecastArea::exportTable);

    m_table = new QTableView;
    areaWidgets::configureRecordTable(m_table, QStringLiteral("forecastTable"),
                                      tr("Forecast numbers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* tableBar = new QHBoxLayout;
    tableBar->addWidget(new QLabel(tr("&Rows:")));
    static_cast<QLabel*>(tableBar->itemAt(0)->widget())->setBuddy(m_grouping);
    tableBar->addWidget(m_grouping);
    tableBar->addWidget(m_logarithmic);
    tableBar->addStretch(1);
    tableBar->addWidget(m_exportTable);

    auto* charts = new QSplitter(Qt::Horizontal);
    charts->addWidget(m_tierFans);
    charts->addWidget(m_total);
    auto* tablePane = new QWidget;
    auto* tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(tableBar);
    tableLayout->addWidget(m_table);
    auto* body = new QSplitter(Qt::Vertical);
    body->addWidget(charts);
    body->addWidget(tablePane);
    body->setStretchFactor(0, 3);
    body->setStretchFactor(1, 2);
    body->setSizes({560, 260});

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(body, 1);
}

bool ForecastArea::isRunning() const {
    return m_watcher->isRunning();
}

bool ForecastArea::runForecast() {
    if (isRunning())
        return false;
    ForecastSettings settings;
    settings.months = m_months->value();
    settings.runs = m_runs->value();
    const bool economySeed = m_seed->text().isEmpty();
    settings.seed = economySeed ? 0 : m_seed->text().toULongLong();
    saveSettings();
    m_progress->setRange(0, settings.runs);
    m_progress->setValue(0);
    const Database* source = &m_workspace.database();
    m_watcher->setFuture(QtConcurrent::run(&forecastOnWorker, source, settings, economySeed));
    emit statusMessage(tr("Forecasting %1 runs of %2 months…")
                           .arg(QLocale().toString(settings.runs))
                           .arg(settings.months));
    updateControls();
    return true;
}

void ForecastArea::cancelForecast() {
    if (isRunning())
        m_watcher->cancel();
}

void ForecastArea::finishForecast() {
    const QFuture<ForecastOutcome> future = m_watcher->future();
    if (future.resultCount() == 0 || future.isCanceled()) {
        emit statusMessage(tr("Forecast cancelled; the previous result stays."));
        updateControls();
        return;
    }
    ForecastOutcome outcome = future.result();
    if (!outcome.error.isEmpty()) {
        m_summary->setText(tr("The forecast could not start: %1").arg(outcome.error));
        emit statusMessage(tr("The forecast could not start."));
        updateControls();
        return;
    }
    if (outcome.result.cancelled()) {
        emit statusMessage(tr("Forecast cancelled; the previous result stays."));
        updateControls();
        return;
    }
    m_outcome = std::move(outcome);
    ++m_forecastsShown;
    showOutcome();
    updateControls();
    emit statusMessage(tr("Forecast finished: %1 runs").arg(m_outcome.result.runsDone()));
    emit forecastFinished();
}

void ForecastArea::showTable() {
    const ForecastResult& result = m_outcome.result;
    if (result.runsDone() == 0) {
        m_model->setTable({});
        return;
    }
    m_model->setTable(
        forecastTable(result, static_cast<ForecastGrouping>(m_grouping->currentData().toInt())));
    updateControls();
}

void ForecastArea::showOutcome() {
    showTable();
    const ForecastResult& result = m_outcome.result;
    if (result.runsDone() == 0)
        return;
    const Band total = result.overHorizon(ForecastSeries::Total, 0);
    const QLocale locale;
    m_summary->setText(
        tr("%1 to %2, %3 runs. Total revenue over the horizon: %4 (p50), between %5 (p10) and "
           "%6 (p90).")
            .arg(locale.toString(firstDayOfMonth(result.firstMonth()), QStringLiteral("MMM yyyy")),
                 locale.toString(firstDayOfMonth(result.firstMonth() + result.months() - 1),
                                 QStringLiteral("MMM yyyy")),
                 locale.toString(result.runsDone()),
                 Money::fromCents(total.p50).toDisplayString(locale),
                 Money::fromCents(total.p10).toDisplayString(locale),
                 Money::fromCents(total.p90).toDisplayString(locale)));
    drawCharts();
}

void ForecastArea::drawCharts() {
    if (m_outcome.result.runsDone() == 0)
        return;
    const QLocale locale;
    auto fans = forecastcharts::tierFans(m_outcome.result, locale, m_logarithmic->isChecked());
    m_tierFans->setChartAndTable(fans.chart.release(), fans.table);
    auto total = forecastcharts::historyAndForecast(m_outcome.history, m_outcome.result, locale);
    m_total->setChartAndTable(total.chart.release(), total.table);
}

void ForecastArea::updateControls() {
    const bool running = isRunning();
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_months->setEnabled(!running);
    m_runs->setEnabled(!running);
    m_seed->setEnabled(!running);
    m_progress->setVisible(running);
    m_exportTable->setEnabled(m_model->rowCount() > 0);
}

void ForecastArea::saveSettings() const {
    QSettings settings;
    settings.setValue(kMonthsKey, m_months->value());
    settings.setValue(kRunsKey, m_runs->value());
    settings.setValue(kGroupingKey, m_grouping->currentIndex());
    settings.setValue(kLogarithmicKey, m_logarithmic->isChecked());
}

void ForecastArea::exportTable() {
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Forecast Table"),
        QDir(folder).filePath(QStringLiteral("forecast-by-%1.csv")
                                  .arg(forecastGroupingKey(static_cast<ForecastGrouping>(
                                      m_grouping->currentData().toInt())))),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    ChartTable table;
    const ForecastTable& source = m_model->table();
    table.header = source.keys;
    for (const QVariantList& row : source.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < row.size(); ++i)
            cells.append(plainCell(source.kinds.at(i), row.at(i)));
        table.rows.append(cells);
    }
    if (auto done = exportChartCsv(table, path); !done) {
        emit statusMessage(done.error().toString());
        return;
    }
    emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void ForecastArea::setMonths(int months) {
    m_months->setValue(months);
}

void ForecastArea::setRuns(int runs) {
    m_runs->setValue(runs);
}

void ForecastArea::setSeed(const QString& seed) {
    m_seed->setText(seed);
}

void ForecastArea::setGrouping(ForecastGrouping grouping) {
    const int index = m_grouping->findData(static_cast<int>(grouping));
    if (index >= 0)
        m_grouping->setCurrentIndex(index);
}

QList<ExportableChartView*> ForecastArea::chartViews() const {
    return {m_tierFans, m_total};
}

void ForecastArea::copySelection() {
    copySelectionToClipboard(*m_table);
}

} // namespace mm
