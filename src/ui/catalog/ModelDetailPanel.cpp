#include "ui/catalog/ModelDetailPanel.h"

#include "core/Money.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/ModelRepository.h"
#include "models/CatalogQuery.h"
#include "ui/shell/Workspace.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFormLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QProgressBar>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <memory>

namespace mm {

namespace {

// Long enough to skip the rows an arrow key passes over, short enough to feel immediate.
constexpr int kLoadDelayMs = 60;

// "7,000,000,000 (7B)": exact, then the short form people say.
QString countText(qint64 count) {
    const QLocale locale;
    struct Scale {
        double factor;
        const char* suffix;
    };
    static constexpr Scale scales[] = {{1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}};
    for (const Scale& scale : scales) {
        if (static_cast<double>(count) >= scale.factor) {
            return QStringLiteral("%1 (%2%3)")
                .arg(locale.toString(count),
                     locale.toString(static_cast<double>(count) / scale.factor, 'g', 3),
                     QLatin1StringView(scale.suffix));
        }
    }
    return locale.toString(count);
}

double median(QList<double> values) {
    if (values.isEmpty())
        return 0.0;
    const auto middle = values.begin() + values.size() / 2;
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    const double upper = *middle;
    const double lower = *std::max_element(values.begin(), middle);
    return (lower + upper) / 2.0;
}

// Runs on a worker with that worker's connection.
Result<SizeClassMedians> computeMedians(Database& db, SizeClass sizeClass) {
    SizeClassMedians result;
    result.sizeClass = sizeClass;
    // A sample of the first kMedianSampleSize models by id (the primary key) keeps the read
    // bounded on generated catalogs of millions; the demo's classes are far smaller than that.
    auto sample =
        ModelRepository(db).benchmarkSample(result.sizeClass, ModelDetailPanel::kMedianSampleSize);
    if (!sample)
        return sample.error();
    QHash<QString, QList<double>> scores;
    for (const QMap<QString, double>& model : std::as_const(*sample)) {
        for (auto it = model.cbegin(); it != model.cend(); ++it)
            scores[it.key()].append(it.value());
    }
    result.sampled = static_cast<int>(sample->size());
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        result.medians.insert(it.key(), median(it.value()));
    return result;
}

QLabel* valueLabel(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QProgressBar* metricBar(QWidget* parent, const QString& objectName, const QString& name) {
    auto* bar = new QProgressBar(parent);
    bar->setObjectName(objectName);
    bar->setAccessibleName(name);
    bar->setRange(0, 1000); // tenths of a point
    bar->setTextVisible(true);
    bar->setMaximumHeight(parent->fontMetrics().height() + 4);
    return bar;
}

} // namespace

ModelDetailPanel::ModelDetailPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_medianRead(workspace.database(), this) {
    setObjectName(QStringLiteral("modelDetailPanel"));
    setAccessibleName(tr("Model details"));
    m_loadTimer.setSingleShot(true);
    m_loadTimer.setInterval(kLoadDelayMs);
    connect(&m_loadTimer, &QTimer::timeout, this, &ModelDetailPanel::load);
    buildUi();
    clearShown();
}

ModelDetailPanel::~ModelDetailPanel() = default;

void ModelDetailPanel::buildUi() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    auto* empty = new QLabel(tr("Select a model to see its details."), m_stack);
    empty->setObjectName(QStringLiteral("detailEmptyHint"));
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_stack->addWidget(empty);

    // Identity, quality and benchmarks first (what a designer compares while moving through
    // rows), then the slower-changing facts; the rest scrolls on short screens.
    auto* scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* content = new QWidget(scroll);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setSpacing(4);

    m_name = valueLabel(content, QStringLiteral("detailName"));
    QFont titleFont = m_name->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_name->setFont(titleFont);
    m_name->setWordWrap(true);
    m_kind = valueLabel(content, QStringLiteral("detailKind"));
    contentLayout->addWidget(m_name);
    contentLayout->addWidget(m_kind);

    auto* quality = new QFormLayout;
    addHeading(quality, tr("Quality"));
    m_performance = metricBar(content, QStringLiteral("detailPerformanceBar"), tr("Performance"));
    m_accuracy = metricBar(content, QStringLiteral("detailAccuracyBar"), tr("Accuracy"));
    m_efficiency = metricBar(content, QStringLiteral("detailEfficiencyBar"), tr("Efficiency"));
    m_composite = metricBar(content, QStringLiteral("detailCompositeBar"), tr("Composite"));
    quality->addRow(tr("Performance:"), m_performance);
    quality->addRow(tr("Accuracy:"), m_accuracy);
    quality->addRow(tr("Efficiency:"), m_efficiency);
    quality->addRow(tr("Composite:"), m_composite);
    addHeading(quality, tr("Benchmarks"));
    contentLayout->addLayout(quality);
    contentLayout->addWidget(buildChart());
    m_medianNote = valueLabel(content, QStringLiteral("detailMedianNote"));
    m_medianNote->setWordWrap(true);
    QFont noteFont = m_medianNote->font();
    noteFont.setPointSizeF(noteFont.pointSizeF() * 0.9);
    m_medianNote->setFont(noteFont);
    contentLayout->addWidget(m_medianNote);

    auto* facts = new QFormLayout;
    addHeading(facts, tr("Model"));
    m_parameters = valueLabel(content, QStringLiteral("detailParameters"));
    m_dataset = valueLabel(content, QStringLiteral("detailDataset"));
    m_createdOn = valueLabel(content, QStringLiteral("detailCreatedOn"));
    facts->addRow(tr("Parameters:"), m_parameters);
    facts->addRow(tr("Dataset tokens:"), m_dataset);
    facts->addRow(tr("Created on:"), m_createdOn);

    addHeading(facts, tr("Training"));
    m_trainingCost = valueLabel(content, QStringLiteral("detailTrainingCost"));
    m_trainingDays = valueLabel(content, QStringLiteral("detailTrainingDays"));
    m_researchPoints = valueLabel(content, QStringLiteral("detailResearchPoints"));
    facts->addRow(tr("Cost:"), m_trainingCost);
    facts->addRow(tr("Duration:"), m_trainingDays);
    facts->addRow(tr("Research points:"), m_researchPoints);

    addHeading(facts, tr("Marketplace"));
    for (LicenseTier tier : enumValues<LicenseTier>()) {
        QLabel* price = valueLabel(content, QStringLiteral("detailPrice_%1").arg(enumKey(tier)));
        m_prices.insert(tier, price);
        facts->addRow(tr("%1:").arg(enumLabel(tier)), price);
    }
    m_licensesSold = valueLabel(content, QStringLiteral("detailLicensesSold"));
    m_revenue = valueLabel(content, QStringLiteral("detailRevenue"));
    facts->addRow(tr("Licenses sold:"), m_licensesSold);
    facts->addRow(tr("Revenue to date:"), m_revenue);
    contentLayout->addLayout(facts);
    contentLayout->addStretch(1);

    scroll->setWidget(content);
    m_stack->addWidget(scroll);
}

void ModelDetailPanel::addHeading(QFormLayout* form, const QString& text) {
    auto* heading = new QLabel(text, this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setContentsMargins(0, form->rowCount() > 0 ? 8 : 4, 0, 0);
    form->addRow(heading);
}

QWidget* ModelDetailPanel::buildChart() {
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("detailBenchmarkChart"));
    m_chartView->setAccessibleName(tr("Benchmark scores against the size-class median"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(220);
    return m_chartView;
}

void ModelDetailPanel::showModel(std::optional<qint64> modelId) {
    if (modelId == m_modelId)
        return;
    m_modelId = modelId;
    if (!modelId) {
        m_loadTimer.stop();
        clearShown();
        return;
    }
    m_loadTimer.start();
}

void ModelDetailPanel::reload() {
    if (m_modelId)
        m_loadTimer.start();
}

void ModelDetailPanel::invalidateMedians() {
    m_medianRead.cancel(); // an answer in flight is now stale
    m_medians.clear();
    m_medianSampleCounts.clear();
    if (m_shownClass)
        requestMedians(*m_shownClass);
}

void ModelDetailPanel::clearShown() {
    m_shownClass.reset();
    m_shownScores.clear();
    m_stack->setCurrentIndex(0);
}

void ModelDetailPanel::load() {
    if (!m_modelId) {
        clearShown();
        return;
    }
    Database& db = m_workspace.database();
    auto record = ModelRepository(db).find(*m_modelId);
    if (!record) {
        emit problem(record.error().toString());
        return;
    }
    if (!*record) { // deleted meanwhile
        m_modelId.reset();
        clearShown();
        return;
    }
    auto rows = CatalogQuery().fetchByIds(db, {*m_modelId});
    if (!rows) {
        emit problem(rows.error().toString());
        return;
    }
    auto config = EconomyRepository(db).loadConfig();
    m_benchmarks = config ? config->benchmarks : EconomyConfig::defaults().benchmarks;

    const ModelRecord& model = **record;
    const QLocale locale;
    m_name->setText(model.name);
    m_kind->setText(tr("%1 · %2 · %3")
                        .arg(enumLabel(model.architecture), enumLabel(model.sizeClass),
                             enumLabel(model.status)));
    m_parameters->setText(countText(model.parameters));
    m_dataset->setText(countText(model.datasetTokens));
    m_createdOn->setText(locale.toString(model.createdOn, QLocale::LongFormat));
    setMetric(m_performance, model.performance);
    setMetric(m_accuracy, model.accuracy);
    setMetric(m_efficiency, model.efficiency);
    setMetric(m_composite, model.composite);
    m_trainingCost->setText(model.trainingCost.toDisplayString(locale));
    m_trainingDays->setText(model.trainingDays > 0
                                ? tr("%1 days").arg(locale.toString(model.trainingDays, 'f', 1))
                                : tr("not trained"));
    m_researchPoints->setText(locale.toString(model.researchPoints));

    const std::optional<CatalogRow> row =
        rows->isEmpty() ? std::nullopt : std::optional<CatalogRow>(rows->front());
    for (LicenseTier tier : enumValues<LicenseTier>()) {
        const auto price = row ? row->priceCents[static_cast<std::size_t>(tier)] : std::nullopt;
        m_prices.value(tier)->setText(price ? Money::fromCents(*price).toDisplayString(locale)
                                            : tr("not listed"));
    }
    m_licensesSold->setText(locale.toString(row ? row->licensesSold : 0));
    m_revenue->setText(Money::fromCents(row ? row->revenueCents : 0).toDisplayString(locale));

    m_shownClass = model.sizeClass;
    m_shownScores = model.benchmarks;
    m_stack->setCurrentIndex(1);
    if (!m_medians.contains(model.sizeClass))
        requestMedians(model.sizeClass);
    updateChart();
}

void ModelDetailPanel::setMetric(QProgressBar* bar, const std::optional<double>& value) {
    if (value) {
        bar->setValue(static_cast<int>(std::lround(*value * 10.0)));
        bar->setFormat(QLocale().toString(*value, 'f', 1));
    } else {
        bar->setValue(0);
        bar->setFormat(tr("none"));
    }
}

void ModelDetailPanel::requestMedians(SizeClass sizeClass) {
    if (m_medianRead.isRunning() && m_requestedClass == sizeClass)
        return;
    m_requestedClass = sizeClass;
    m_medianRead.start([sizeClass](Database& db) { return computeMedians(db, sizeClass); },
                       [this](const Result<SizeClassMedians>& result) {
                           if (!result) {
                               emit problem(result.error().toString());
                               return; // not cached: the next model shown asks again
                           }
                           m_medians.insert(result->sizeClass, result->medians);
                           m_medianSampleCounts.insert(result->sizeClass, result->sampled);
                           if (m_shownClass && !m_medians.contains(*m_shownClass))
                               requestMedians(*m_shownClass);
                           updateChart();
                       });
}

void ModelDetailPanel::updateChart() {
    m_chart->removeAllSeries();
    // removeAxis hands the axis back to us (removeAllSeries deletes the series itself).
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
    if (!m_shownClass)
        return;

    auto* modelSet = new QBarSet(m_name->text());
    const bool haveMedians = m_medians.contains(*m_shownClass);
    const int sampled = m_medianSampleCounts.value(*m_shownClass);
    // The legend stays short enough for a narrow panel; the note under the chart says what the
    // median is taken over.
    const QString sizeLabel = enumLabel(*m_shownClass);
    const QString medianLabel = tr("%1 median").arg(sizeLabel);
    if (!haveMedians)
        m_medianNote->setText(tr("Computing the median of the %1 models…").arg(sizeLabel));
    else if (sampled >= kMedianSampleSize)
        m_medianNote->setText(tr("Median of the first %1 %2 models (by id), a sample of the class.")
                                  .arg(QLocale().toString(sampled), sizeLabel));
    else if (sampled == 1)
        m_medianNote->setText(
            tr("Median of the only %1 model with benchmark scores.").arg(sizeLabel));
    else
        m_medianNote->setText(tr("Median of the %1 %2 models with benchmark scores.")
                                  .arg(QLocale().toString(sampled), sizeLabel));
    auto* medianSet = new QBarSet(medianLabel);
    modelSet->setObjectName(QStringLiteral("detailModelScores"));
    medianSet->setObjectName(QStringLiteral("detailMedianScores"));
    // The model in the accent colour, the class in a neutral grey it is measured against.
    modelSet->setColor(palette().color(QPalette::Highlight));
    medianSet->setColor(palette().color(QPalette::Mid));
    medianSet->setBorderColor(palette().color(QPalette::Mid));
    modelSet->setBorderColor(palette().color(QPalette::Highlight));

    QStringList categories;
    const QMap<QString, double> medians = m_medians.value(*m_shownClass);
    // Horizontal bars leave the benchmark names room to be read; Qt draws the first category at
    // the bottom, so they go in reverse to read top-down in the configured order.
    for (auto benchmark = m_benchmarks.crbegin(); benchmark != m_benchmarks.crend(); ++benchmark) {
        categories << benchmark->name;
        // Doubles here only draw the bars; a missing score draws as no bar.
        *modelSet << m_shownScores.value(benchmark->key, 0.0);
        *medianSet << medians.value(benchmark->key, 0.0);
    }
    auto* series = new QHorizontalBarSeries;
    // Appended last so it is drawn above the median in each group.
    series->append(medianSet);
    series->append(modelSet);
    m_chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    auto* scoreAxis = new QValueAxis;
    scoreAxis->setRange(0, 100);
    scoreAxis->setTickCount(6);
    scoreAxis->setLabelFormat(QStringLiteral("%d"));
    // The chart has no background of its own, so its text takes the panel's colours and stays
    // readable on a dark palette.
    const QColor text = palette().color(QPalette::WindowText);
    categoryAxis->setLabelsColor(text);
    scoreAxis->setLabelsColor(text);
    m_chart->legend()->setLabelColor(text);
    m_chart->addAxis(categoryAxis, Qt::AlignLeft);
    m_chart->addAxis(scoreAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    series->attachAxis(scoreAxis);
}

} // namespace mm
