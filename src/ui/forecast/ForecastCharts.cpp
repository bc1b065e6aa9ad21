#include "ui/forecast/ForecastCharts.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCoreApplication>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMap>
#include <QValueAxis>
#include <algorithm>

namespace mm::forecastcharts {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::ForecastCharts)
};

qreal monthX(int month) {
    return static_cast<qreal>(QDateTime(firstDayOfMonth(month), QTime(0, 0)).toMSecsSinceEpoch());
}

std::unique_ptr<QChart> newFanChart(const QString& title) {
    auto chart = std::make_unique<QChart>();
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

QDateTimeAxis* timeAxis(int firstMonth, int lastMonth) {
    auto* axis = new QDateTimeAxis;
    axis->setFormat(QStringLiteral("MMM yy"));
    axis->setRange(QDateTime(firstDayOfMonth(firstMonth), QTime(0, 0)),
                   QDateTime(firstDayOfMonth(lastMonth), QTime(0, 0)));
    axis->setTickCount(std::clamp(lastMonth - firstMonth + 1, 2, 6));
    axis->setLabelsAngle(-45);
    axis->setTitleText(Tr::tr("Month"));
    return axis;
}

// The p10–p90 band and the p50 line of one series; attaches both to the chart and axes.
void addFan(QChart& chart, const QString& name, const QColor& color, const std::vector<Band>& bands,
            int firstMonth, const MoneyScale& scale, QAbstractAxis* x, QAbstractAxis* y,
            bool logarithmic) {
    auto* upper = new QLineSeries;
    auto* lower = new QLineSeries;
    auto* median = new QLineSeries;
    // A log axis cannot draw zero: floor the band at one unit's hundredth.
    const auto at = [&](qint64 cents) {
        const double value = scale.toUnits(Money::fromCents(cents));
        return logarithmic ? std::max(value, 0.01) : value;
    };
    for (std::size_t i = 0; i < bands.size(); ++i) {
        const qreal x0 = monthX(firstMonth + static_cast<int>(i));
        upper->append(x0, at(bands[i].p90));
        lower->append(x0, at(bands[i].p10));
        median->append(x0, at(bands[i].p50));
    }
    auto* band = new QAreaSeries(upper, lower);
    // An area series does not own its edges.
    upper->setParent(band);
    lower->setParent(band);
    band->setName(QCoreApplication::translate("mm::ForecastCharts", "%1 p10–p90").arg(name));
    QColor fill = color;
    fill.setAlpha(60);
    band->setBrush(fill);
    band->setPen(QPen(Qt::NoPen));
    chart.addSeries(band);
    median->setName(QCoreApplication::translate("mm::ForecastCharts", "%1 p50").arg(name));
    QPen pen(color);
    pen.setWidthF(2);
    median->setPen(pen);
    chart.addSeries(median);
    for (QAbstractSeries* series :
         {static_cast<QAbstractSeries*>(band), static_cast<QAbstractSeries*>(median)}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
}

QAbstractAxis* moneyAxis(QChart& chart, const MoneyScale& scale, double largest, bool logarithmic) {
    const QString title = scale.axisTitle(Tr::tr("Revenue"));
    if (logarithmic) {
        auto* axis = new QLogValueAxis;
        axis->setBase(10);
        axis->setTitleText(title);
        axis->setLabelFormat(QStringLiteral("%g"));
        axis->setRange(0.01, std::max(1.0, largest * 1.5));
        chart.addAxis(axis, Qt::AlignLeft);
        return axis;
    }
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, largest > 0 ? largest * 1.05 : 1);
    axis->applyNiceNumbers();
    chart.addAxis(axis, Qt::AlignLeft);
    return axis;
}

QString plainMoney(qint64 cents) {
    return Money::fromCents(cents).toPlainString();
}

} // namespace

BuiltChart tierFans(const ForecastResult& result, const QLocale& locale, bool logarithmic) {
    Q_UNUSED(locale);
    BuiltChart built;
    built.chart = newFanChart(Tr::tr("Revenue per tier: p50 with the p10–p90 band"));
    built.table.header = {QStringLiteral("month")};
    std::array<std::vector<Band>, 4> bands;
    qint64 largest = 0;
    for (LicenseTier tier : enumValues<LicenseTier>()) {
        for (int month = 0; month < result.months(); ++month) {
            const Band band =
                result.monthly(ForecastSeries::Revenue, static_cast<int>(tier), month);
            bands[static_cast<std::size_t>(tier)].push_back(band);
            largest = std::max(largest, band.p90);
        }
        if (tier != LicenseTier::OpenSource) {
            for (const char* percentile : {"p10", "p50", "p90"})
                built.table.header.append(enumKey(tier) + u'_' + QLatin1StringView(percentile));
        }
    }
    if (result.runsDone() == 0)
        return built;
    const MoneyScale scale = moneyScaleFor(Money::fromCents(largest));
    auto* x = timeAxis(result.firstMonth(), result.firstMonth() + result.months() - 1);
    built.chart->addAxis(x, Qt::AlignBottom);
    QAbstractAxis* y =
        moneyAxis(*built.chart, scale, scale.toUnits(Money::fromCents(largest)), logarithmic);
    for (LicenseTier tier : enumValues<LicenseTier>()) {
        if (tier == LicenseTier::OpenSource) // free: its fan is a line at zero
            continue;
        addFan(*built.chart, enumLabel(tier), tierColor(tier),
               bands[static_cast<std::size_t>(tier)], result.firstMonth(), scale, x, y,
               logarithmic);
    }
    for (int month = 0; month < result.months(); ++month) {
        QStringList row{monthKey(result.firstMonth() + month)};
        for (LicenseTier tier : enumValues<LicenseTier>()) {
            if (tier == LicenseTier::OpenSource)
                continue;
            const Band& band =
                bands[static_cast<std::size_t>(tier)][static_cast<std::size_t>(month)];
            row << plainMoney(band.p10) << plainMoney(band.p50) << plainMoney(band.p90);
        }
        built.table.rows.append(row);
    }
    return built;
}

BuiltChart historyAndForecast(const QList<TierMonthRevenue>& history, const ForecastResult& result,
                              const QLocale& locale) {
    Q_UNUSED(locale);
    BuiltChart built;
    built.chart = newFanChart(Tr::tr("Total revenue: history and forecast"));
    built.table.header = {QStringLiteral("month"), QStringLiteral("history"),
                          QStringLiteral("forecast_p10"), QStringLiteral("forecast_p50"),
                          QStringLiteral("forecast_p90")};
    QMap<QString, qint64> past;
    for (const TierMonthRevenue& row : history)
        past[row.month] += row.total().cents();
    std::vector<Band> bands;
    qint64 largest = 0;
    for (qint64 value : past)
        largest = std::max(largest, value);
    for (int month = 0; month < result.months(); ++month) {
        bands.push_back(result.monthly(ForecastSeries::Total, 0, month));
        largest = std::max(largest, bands.back().p90);
    }
    int firstMonth = result.firstMonth();
    if (!past.isEmpty())
        firstMonth = std::min(
            firstMonth,
            monthNumber(QDate::fromString(past.firstKey() + QStringLiteral("-01"), Qt::ISODate)));
    const int lastMonth = std::max(result.firstMonth() + result.months() - 1, firstMonth + 1);
    const MoneyScale scale = moneyScaleFor(Money::fromCents(largest));
    auto* x = timeAxis(firstMonth, lastMonth);
    built.chart->addAxis(x, Qt::AlignBottom);
    QAbstractAxis* y =
        moneyAxis(*built.chart, scale, scale.toUnits(Money::fromCents(largest)), false);
    auto* line = new QLineSeries;
    line->setName(Tr::tr("History"));
    QPen pen(QColor(0x55, 0x55, 0x55));
    pen.setWidthF(2);
    line->setPen(pen);
    for (auto it = past.cbegin(); it != past.cend(); ++it) {
        const int month =
            monthNumber(QDate::fromString(it.key() + QStringLiteral("-01"), Qt::ISODate));
        line->append(monthX(month), scale.toUnits(Money::fromCents(it.value())));
        built.table.rows.append({it.key(), plainMoney(it.value()), {}, {}, {}});
    }
    built.chart->addSeries(line);
    line->attachAxis(x);
    line->attachAxis(y);
    if (result.runsDone() > 0)
        addFan(*built.chart, Tr::tr("Forecast"), QColor(0x1f, 0x77, 0xb4), bands,
               result.firstMonth(), scale, x, y, false);
    for (int month = 0; month < result.months() && result.runsDone() > 0; ++month) {
        const Band& band = bands[static_cast<std::size_t>(month)];
        built.table.rows.append({monthKey(result.firstMonth() + month),
                                 {},
                                 plainMoney(band.p10),
                                 plainMoney(band.p50),
                                 plainMoney(band.p90)});
    }
    return built;
}

BuiltChart scenarioFans(const QList<ScenarioOutcome>& outcomes, const QLocale& locale) {
    Q_UNUSED(locale);
    BuiltChart built;
    built.chart = newFanChart(Tr::tr("Total revenue per month: base and scenarios"));
    built.table.header = {QStringLiteral("month")};
    if (outcomes.isEmpty() || outcomes.first().result.runsDone() == 0)
        return built;
    // The base in grey, scenarios in colours that stay apart when bands overlap.
    static const std::array<QColor, 5> colors{QColor(0x55, 0x55, 0x55), QColor(0x1f, 0x77, 0xb4),
                                              QColor(0xd6, 0x27, 0x28), QColor(0x2c, 0xa0, 0x2c),
                                              QColor(0x94, 0x67, 0xbd)};
    const ForecastResult& first = outcomes.first().result;
    std::vector<std::vector<Band>> bands;
    qint64 largest = 0;
    for (const ScenarioOutcome& outcome : outcomes) {
        bands.emplace_back();
        for (int month = 0; month < outcome.result.months(); ++month) {
            bands.back().push_back(outcome.result.monthly(ForecastSeries::Total, 0, month));
            largest = std::max(largest, bands.back().back().p90);
        }
        for (const char* percentile : {"p10", "p50", "p90"})
            built.table.header.append(outcome.name + u'_' + QLatin1StringView(percentile));
    }
    const MoneyScale scale = moneyScaleFor(Money::fromCents(largest));
    auto* x = timeAxis(first.firstMonth(), first.firstMonth() + first.months() - 1);
    built.chart->addAxis(x, Qt::AlignBottom);
    QAbstractAxis* y =
        moneyAxis(*built.chart, scale, scale.toUnits(Money::fromCents(largest)), false);
    for (qsizetype i = 0; i < outcomes.size(); ++i)
        addFan(*built.chart, outcomes.at(i).name,
               colors[static_cast<std::size_t>(i) % colors.size()],
               bands[static_cast<std::size_t>(i)], first.firstMonth(), scale, x, y, false);
    for (int month = 0; month < first.months(); ++month) {
        QStringList row{monthKey(first.firstMonth() + month)};
        for (const std::vector<Band>& series : bands) {
            const Band& band = series[static_cast<std::size_t>(month)];
            row << plainMoney(band.p10) << plainMoney(band.p50) << plainMoney(band.p90);
        }
        built.table.rows.append(row);
    }
    return built;
}

BuiltChart tornado(const SensitivityResult& result, const QLocale& locale) {
    Q_UNUSED(locale);
    BuiltChart built;
    built.chart =
        newFanChart(Tr::tr("%1 (%2)").arg(result.metric.label(), statisticKey(result.statistic)));
    built.table.header = {QStringLiteral("parameter"), QStringLiteral("effect_low"),
                          QStringLiteral("effect_high")};
    if (result.rows.isEmpty())
        return built;
    const bool money = result.metric.unit() == ForecastCell::Money;
    const bool percent = result.metric.unit() == ForecastCell::Percent;
    qint64 largest = 1;
    for (const SensitivityRow& row : result.rows)
        largest = std::max(largest, row.swing(result.baseMetric));
    const MoneyScale scale = money ? moneyScaleFor(Money::fromCents(largest)) : MoneyScale{};
    const auto units = [&](qint64 value) {
        if (money)
            return scale.toUnits(Money::fromCents(value));
        return percent ? static_cast<double>(value) / 100.0 : static_cast<double>(value);
    };
    auto* low = new QBarSet(Tr::tr("−%1%").arg(result.percent));
    auto* high = new QBarSet(Tr::tr("+%1%").arg(result.percent));
    low->setColor(QColor(0xd6, 0x27, 0x28));
    high->setColor(QColor(0x1f, 0x77, 0xb4));
    QStringList categories;
    // Horizontal bars are drawn from the bottom up: the largest effect goes last to sit on top.
    for (auto it = result.rows.crbegin(); it != result.rows.crend(); ++it) {
        // The last parts of the path name it well enough; the table beside has it whole.
        QString name = it->path;
        for (const char* prefix : {"demand.buyerTypes.", "tiers.", "demand."}) {
            if (name.startsWith(QLatin1StringView(prefix))) {
                name = name.mid(static_cast<qsizetype>(qstrlen(prefix)));
                break;
            }
        }
        categories.append(name);
        low->append(units(it->lowEffect(result.baseMetric)));
        high->append(units(it->highEffect(result.baseMetric)));
    }
    for (const SensitivityRow& row : result.rows) {
        const auto cell = [&](qint64 value) {
            return money ? plainMoney(value) : plainCell(ForecastCell::Count, value);
        };
        built.table.rows.append({row.path, cell(row.lowEffect(result.baseMetric)),
                                 cell(row.highEffect(result.baseMetric))});
    }
    auto* series = new QHorizontalBarSeries;
    series->append(low);
    series->append(high);
    series->setBarWidth(0.8);
    built.chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(categories);
    built.chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    auto* x = new QValueAxis;
    const double extent = units(largest) * 1.1;
    x->setRange(-extent, extent);
    x->applyNiceNumbers();
    x->setTitleText(money     ? scale.axisTitle(Tr::tr("Change"))
                    : percent ? Tr::tr("Change (percentage points)")
                              : Tr::tr("Change (months)"));
    built.chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return built;
}

} // namespace mm::forecastcharts
