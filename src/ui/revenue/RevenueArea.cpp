#include "ui/revenue/RevenueArea.h"

#include "data/Database.h"
#include "data/TableNames.h"
#include "ui/revenue/RevenueCharts.h"
#include "ui/shell/ChartExport.h"
#include "ui/shell/StatusStyle.h"
#include "ui/shell/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>
#include <array>
#include <limits>
#include <optional>

namespace mm {

namespace {

constexpr int kEconomyDebounceMs = 300;
constexpr int kFilterDebounceMs = 30; // coalesces setFilter()'s several combo changes
constexpr int kChartMinimumHeight = 360;

using Builder = BuiltChart (*)(const RevenueDashboardData&, const QLocale&, TierScale);

// Where the tier-scale choice is remembered between sessions.
constexpr char kTierScaleKey[] = "revenue/tierScale";
constexpr char kLogarithmicValue[] = "logarithmic";

// For the charts that have no per-tier axis to scale.
template <BuiltChart (*build)(const RevenueDashboardData&, const QLocale&)>
BuiltChart withoutTierScale(const RevenueDashboardData& data, const QLocale& locale, TierScale) {
    return build(data, locale);
}

struct ChartSpec {
    const char* fileStem;
    const char* accessibleName;
    Builder build;
};

BuiltChart buildTopModels(const RevenueDashboardData& data, const QLocale& locale, TierScale) {
    return revenuecharts::topModels(data, locale, 10);
}

const std::array<ChartSpec, 7> kCharts{{
    {"revenue-by-tier-and-month",
     QT_TRANSLATE_NOOP("mm::RevenueArea", "Revenue per tier per month"),
     &revenuecharts::revenueByTierAndMonth},
    {"tier-share", QT_TRANSLATE_NOOP("mm::RevenueArea", "Share of revenue by tier"),
     &withoutTierScale<&revenuecharts::tierShare>},
    {"cumulative-revenue-by-tier",
     QT_TRANSLATE_NOOP("mm::RevenueArea", "Cumulative revenue per tier"),
     &revenuecharts::cumulativeRevenueByTier},
    {"licenses-by-tier-and-month",
     QT_TRANSLATE_NOOP("mm::RevenueArea", "Licenses sold per tier per month"),
     &withoutTierScale<&revenuecharts::licensesByTierAndMonth>},
    {"top-models", QT_TRANSLATE_NOOP("mm::RevenueArea", "Top 10 models by revenue"),
     &buildTopModels},
    {"training-spend-vs-revenue",
     QT_TRANSLATE_NOOP("mm::RevenueArea", "Training spend against license revenue"),
     &withoutTierScale<&revenuecharts::trainingSpendAgainstRevenue>},
    {"price-vs-quality", QT_TRANSLATE_NOOP("mm::RevenueArea", "Listing price against quality"),
     &withoutTierScale<&revenuecharts::priceAgainstQuality>},
}};

struct ChartPlace {
    int row;
    int column;
    int columnSpan;
};
// Same order as kCharts, which is also the tab order: left to right, top to bottom.
const std::array<ChartPlace, 7> kChartPlaces{{
    {0, 0, 2}, // revenue per tier per month
    {1, 0, 1}, // tier share
    {1, 1, 1}, // cumulative revenue
    {2, 0, 2}, // licenses per tier per month
    {3, 0, 1}, // top models
    {3, 1, 1}, // training spend against revenue
    {4, 0, 2}, // price against quality
}};

// "All sizes" first, then every enumerator with its key as data.
template <typename E>
void fillEnumCombo(QComboBox* combo, const QString& all) {
    combo->addItem(all, QString());
    for (E value : enumValues<E>())
        combo->addItem(enumLabel(value), enumKey(value));
}

template <typename E>
std::optional<E> comboEnum(const QComboBox* combo) {
    const QString key = combo->currentData().toString();
    return key.isEmpty() ? std::nullopt : enumFromKey<E>(key);
}

template <typename E>
void setComboEnum(QComboBox* combo, const std::optional<E>& value) {
    const int index = value ? combo->findData(enumKey(*value)) : 0;
    combo->setCurrentIndex(std::max(0, index));
}

} // namespace

RevenueArea::RevenueArea(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_read(workspace.database(), this) {
    setObjectName(QStringLiteral("revenueArea"));
    setAccessibleName(tr("Revenue dashboard"));

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    connect(m_debounce, &QTimer::timeout, this, &RevenueArea::requestLoad);

    buildControls();
    buildCharts();

    connect(&workspace, &Workspace::economyChanged, this,
            [this] { scheduleReload(kEconomyDebounceMs); });
    connect(&workspace, &Workspace::catalogReset, this,
            [this] { scheduleReload(kEconomyDebounceMs); });
    // Revenue comes from sales and usage (revenue_monthly follows them by trigger); an edit of
    // the catalog alone leaves the charts as they are.
    workspace.onTablesChanged(
        this,
        {dbtable::licenses, dbtable::usageCharges, dbtable::listings, dbtable::revenueMonthly},
        [this] { scheduleReload(kEconomyDebounceMs); });

    requestLoad();
}

bool RevenueArea::isReloadScheduled() const {
    return m_debounce->isActive();
}

// The read in flight is interrupted (m_read): a dashboard over a million models takes seconds,
// and closing or replacing the window must not wait for it.
RevenueArea::~RevenueArea() = default;

void RevenueArea::buildControls() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);

    auto* controls = new QGridLayout;
    controls->setHorizontalSpacing(8);
    layout->addLayout(controls);

    auto addPicker = [&](int row, int column, const QString& label, const QString& name) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        combo->setMinimumContentsLength(10);
        auto* caption = new QLabel(label, this);
        caption->setBuddy(combo);
        combo->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        controls->addWidget(caption, row, column * 2, Qt::AlignRight);
        controls->addWidget(combo, row, column * 2 + 1);
        return combo;
    };
    // Mnemonics avoid the menu bar's (File, Edit, View, Help).
    m_fromMonth = addPicker(0, 0, tr("Fro&m:"), QStringLiteral("revenueFromMonth"));
    m_toMonth = addPicker(1, 0, tr("&To:"), QStringLiteral("revenueToMonth"));
    m_sizeClass = addPicker(0, 1, tr("Si&ze class:"), QStringLiteral("revenueSizeClass"));
    m_architecture = addPicker(1, 1, tr("&Architecture:"), QStringLiteral("revenueArchitecture"));
    m_buyerType = addPicker(0, 2, tr("&Buyers:"), QStringLiteral("revenueBuyerType"));
    m_kind = addPicker(1, 2, tr("&Revenue:"), QStringLiteral("revenueKind"));
    fillEnumCombo<SizeClass>(m_sizeClass, tr("All size classes"));
    fillEnumCombo<Architecture>(m_architecture, tr("All architectures"));
    fillEnumCombo<BuyerType>(m_buyerType, tr("All buyer types"));
    m_kind->addItem(tr("License fees and usage"), int(RevenueKind::FeesAndUsage));
    m_kind->addItem(tr("License fees only"), int(RevenueKind::Fees));
    m_kind->addItem(tr("Usage charges only"), int(RevenueKind::Usage));
    m_fromMonth->setToolTip(tr("First month counted; the earliest month means from the start"));
    m_toMonth->setToolTip(tr("Last month counted; the latest month follows new sales"));

    // Not a filter: it changes how the same numbers are drawn, and is remembered.
    m_tierScale = addPicker(0, 3, tr("Tier sca&le:"), QStringLiteral("revenueTierScale"));
    m_tierScale->addItem(tr("Linear, stacked"), int(TierScale::Linear));
    m_tierScale->addItem(tr("Logarithmic, every tier readable"), int(TierScale::Logarithmic));
    m_tierScale->setToolTip(
        tr("How the revenue per tier per month and the cumulative revenue are drawn: stacked on "
           "one linear axis, where a small tier is a thin sliver, or side by side on a "
           "logarithmic axis, where every tier is readable"));
    const bool logarithmic = QSettings().value(QLatin1StringView(kTierScaleKey)).toString() ==
                             QLatin1StringView(kLogarithmicValue);
    m_tierScale->setCurrentIndex(
        m_tierScale->findData(int(logarithmic ? TierScale::Logarithmic : TierScale::Linear)));
    connect(m_tierScale, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(QLatin1StringView(kTierScaleKey),
                             tierScale() == TierScale::Logarithmic
                                 ? QString::fromLatin1(kLogarithmicValue)
                                 : QStringLiteral("linear"));
        drawCharts();
    });

    m_clearFilters = new QPushButton(tr("&Clear Filters"), this);
    m_clearFilters->setObjectName(QStringLiteral("revenueClearFilters"));
    controls->addWidget(m_clearFilters, 0, 8);
    auto* refreshButton = new QPushButton(tr("Refre&sh"), this);
    refreshButton->setObjectName(QStringLiteral("revenueRefresh"));
    refreshButton->setToolTip(tr("Read the numbers again now (F5)"));
    controls->addWidget(refreshButton, 1, 8);
    controls->setColumnStretch(9, 1);

    m_refreshAction = new QAction(tr("Refresh Revenue"), this);
    m_refreshAction->setObjectName(QStringLiteral("actionRefreshRevenue"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_refreshAction);
    connect(m_refreshAction, &QAction::triggered, this, &RevenueArea::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &RevenueArea::refresh);
    connect(m_clearFilters, &QPushButton::clicked, this, [this] { setFilter({}); });

    for (QComboBox* combo :
         {m_fromMonth, m_toMonth, m_sizeClass, m_architecture, m_buyerType, m_kind})
        connect(combo, &QComboBox::currentIndexChanged, this,
                [this] { scheduleReload(kFilterDebounceMs); });

    auto* summary = new QHBoxLayout;
    layout->addLayout(summary);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("revenueTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);
    summary->addWidget(m_totals, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("revenueStatus"));
    summary->addWidget(m_status);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("revenueError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(statusStyle::error(m_error));
    m_error->hide();
    layout->addWidget(m_error);
}

void RevenueArea::buildCharts() {
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("revenueCharts"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* grid = new QWidget(scroll);
    auto* layout = new QGridLayout(grid);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    for (std::size_t i = 0; i < kCharts.size(); ++i) {
        const ChartSpec& spec = kCharts.at(i);
        auto* view = new ExportableChartView(QString::fromLatin1(spec.fileStem),
                                             tr(spec.accessibleName), grid);
        view->setMinimumHeight(kChartMinimumHeight);
        view->setMinimumWidth(420);
        connect(view, &ExportableChartView::exported, this, [this](const QString& path) {
            emit statusMessage(tr("Chart exported to %1").arg(QDir::toNativeSeparators(path)));
        });
        const int index = static_cast<int>(i);
        // Month bars need the full width for their labels; the others pair up.
        const auto [row, column, columnSpan] = kChartPlaces.at(static_cast<std::size_t>(index));
        layout->addWidget(view, row, column, 1, columnSpan);
        m_views.append(view);
    }
    scroll->setWidget(grid);
    static_cast<QVBoxLayout*>(this->layout())->addWidget(scroll, 1);
    drawCharts(); // empty charts until the first answer
}

TierScale RevenueArea::tierScale() const {
    return static_cast<TierScale>(m_tierScale->currentData().toInt());
}

void RevenueArea::setTierScale(TierScale scale) {
    m_tierScale->setCurrentIndex(std::max(0, m_tierScale->findData(int(scale))));
}

RevenueFilter RevenueArea::filter() const {
    RevenueFilter filter;
    const int from = m_fromMonth->currentIndex();
    const int to = m_toMonth->currentIndex();
    if (from > 0)
        filter.fromMonth = monthStart(m_fromMonth->currentData().toString());
    if (to >= 0 && to < m_toMonth->count() - 1)
        filter.toMonth = monthStart(m_toMonth->currentData().toString());
    filter.sizeClass = comboEnum<SizeClass>(m_sizeClass);
    filter.architecture = comboEnum<Architecture>(m_architecture);
    filter.buyerType = comboEnum<BuyerType>(m_buyerType);
    filter.kind = static_cast<RevenueKind>(m_kind->currentData().toInt());
    return filter;
}

void RevenueArea::setFilter(const RevenueFilter& filter) {
    auto pickMonth = [](QComboBox* combo, const std::optional<QDate>& month, int openIndex) {
        if (combo->count() == 0)
            return;
        int index = openIndex;
        if (month) {
            const QString key = monthKey(*month);
            index = combo->findData(key);
            if (index < 0) // outside the months with revenue: the nearest end
                index = key < combo->itemData(0).toString() ? 0 : combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    };
    pickMonth(m_fromMonth, filter.fromMonth, 0);
    pickMonth(m_toMonth, filter.toMonth, m_toMonth->count() - 1);
    setComboEnum(m_sizeClass, filter.sizeClass);
    setComboEnum(m_architecture, filter.architecture);
    setComboEnum(m_buyerType, filter.buyerType);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(filter.kind))));
    scheduleReload(kFilterDebounceMs);
}

void RevenueArea::refresh() {
    m_debounce->stop();
    requestLoad();
}

void RevenueArea::scheduleReload(int delayMs) {
    // A pending economy reload is not pushed back by a quicker filter change, and vice versa.
    if (m_debounce->isActive() && m_debounce->remainingTime() <= delayMs)
        return;
    m_debounce->start(delayMs);
}

void RevenueArea::requestLoad() {
    const RevenueFilter wanted = filter();
    if (Status valid = validate(wanted); !valid) {
        m_error->setText(tr("The first month (%1) comes after the last month (%2); pick a range "
                            "that runs forward. The charts still show the previous selection.")
                             .arg(m_fromMonth->currentText(), m_toMonth->currentText()));
        m_error->show();
        return;
    }
    m_error->hide();
    m_pending = true;
    m_status->setText(tr("Updating…"));
    // A newer request interrupts this one: only the newest selection is worth drawing.
    m_read.start([wanted](Database& db) { return loadRevenueDashboard(db, wanted); },
                 [this](const Result<RevenueDashboardData>& result) { showResult(result); });
}

void RevenueArea::showResult(const Result<RevenueDashboardData>& result) {
    m_pending = false;
    m_status->clear();
    if (!result) {
        m_error->setText(tr("Revenue could not be read: %1").arg(result.error().toString()));
        m_error->show();
        emit statusMessage(tr("Revenue could not be read"));
        return;
    }
    m_error->hide();
    m_data = *result;
    ++m_loadsDrawn;
    updateMonthPickers();
    updateTotals();
    drawCharts();
    emit dashboardUpdated();
}

void RevenueArea::updateMonthPickers() {
    // Keep what the pickers say now (the user may have moved them while this answer was on its
    // way): an end left open stays open, and so follows new months; a chosen month stays chosen
    // even when it has no revenue.
    const RevenueFilter current = filter();
    const std::optional<QDate> from = current.fromMonth;
    const std::optional<QDate> to = current.toMonth;
    QString first = m_data.firstMonth;
    QString last = m_data.lastMonth;
    if (from && (first.isEmpty() || monthKey(*from) < first))
        first = monthKey(*from);
    if (to && (last.isEmpty() || monthKey(*to) > last))
        last = monthKey(*to);
    if (first.isEmpty() && !last.isEmpty())
        first = last;
    if (last.isEmpty() && !first.isEmpty())
        last = first;
    const QStringList months = monthsBetween(first, last);

    const QLocale locale;
    for (QComboBox* combo : {m_fromMonth, m_toMonth}) {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const QString& month : months)
            combo->addItem(monthLabel(month, locale), month);
    }
    const QSignalBlocker fromBlocker(m_fromMonth);
    const QSignalBlocker toBlocker(m_toMonth);
    m_fromMonth->setCurrentIndex(from ? std::max(0, m_fromMonth->findData(monthKey(*from))) : 0);
    m_toMonth->setCurrentIndex(to ? std::max(0, m_toMonth->findData(monthKey(*to)))
                                  : m_toMonth->count() - 1);
    m_fromMonth->setEnabled(!months.isEmpty());
    m_toMonth->setEnabled(!months.isEmpty());
}

void RevenueArea::updateTotals() {
    const QLocale locale;
    const Money fees = m_data.fees();
    const Money usage = m_data.usage();
    const qint64 licenses = m_data.licenses();
    if (m_data.tierMonths.isEmpty()) {
        m_totals->setText(tr("Nothing was sold in this selection."));
        return;
    }
    QString text;
    switch (m_data.filter.kind) {
    case RevenueKind::FeesAndUsage:
        text = tr("Revenue %1 (license fees %2, usage %3)")
                   .arg((fees + usage).toDisplayString(locale), fees.toDisplayString(locale),
                        usage.toDisplayString(locale));
        break;
    case RevenueKind::Fees:
        text = tr("License fees %1").arg(fees.toDisplayString(locale));
        break;
    case RevenueKind::Usage:
        text = tr("Usage charges %1").arg(usage.toDisplayString(locale));
        break;
    }
    text += tr(" · licenses sold: %1 · models earning: %2")
                .arg(locale.toString(licenses), locale.toString(m_data.models.size()));
    m_totals->setText(text);
}

void RevenueArea::drawCharts() {
    const QLocale locale;
    for (qsizetype i = 0; i < m_views.size(); ++i) {
        ExportableChartView* view = m_views.at(i);
        // What the user hid by clicking the legend stays hidden across refreshes.
        QStringList hidden;
        if (QChart* old = view->chart()) {
            for (QLegendMarker* marker : old->legend()->markers()) {
                if (!isLegendMarkerShown(marker))
                    hidden.append(marker->label());
            }
        }
        const ChartSpec& spec = kCharts.at(static_cast<std::size_t>(i));
        BuiltChart built = spec.build(m_data, locale, tierScale());
        QChart* chart = built.chart.release();
        if (m_loadsDrawn > 0 && built.table.rows.isEmpty())
            chart->setTitle(chart->title() + QLatin1Char('\n') + tr("Nothing in this selection"));
        view->setChartAndTable(chart, std::move(built.table));
        installHoverTips(chart, view);
        installLegendToggling(chart);
        for (QLegendMarker* marker : chart->legend()->markers()) {
            if (hidden.contains(marker->label()))
                toggleLegendMarker(marker);
        }
    }
}

void RevenueArea::copySelection() {
    QWidget* focus = QApplication::focusWidget();
    for (ExportableChartView* view : std::as_const(m_views)) {
        if (focus && (focus == view || view->isAncestorOf(focus))) {
            view->copyData();
            return;
        }
    }
    if (!m_views.isEmpty())
        m_views.first()->copyData();
}

void RevenueArea::find() {
    m_sizeClass->setFocus(Qt::ShortcutFocusReason);
}

} // namespace mm
