#include "ui/revenue/RevenueCharts.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHash>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieLegendMarker>
#include <QPieSeries>
#include <QPieSlice>
#include <QPointer>
#include <QRegularExpression>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::RevenueCharts)
};

// Values hidden by a legend click, to bring back on the next one.
constexpr char kHiddenValuesProperty[] = "mmHiddenValues";

std::unique_ptr<QChart> newChart(const QString& title) {
    auto chart = std::make_unique<QChart>();
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setBold(true);
    titleFont.setPointSizeF(std::max(9.0, titleFont.pointSizeF() + 1));
    chart->setTitleFont(titleFont);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    return chart;
}

QValueAxis* valueAxis(const QString& title, double max, const char* format = "%g") {
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, max > 0 ? max : 1);
    axis->applyNiceNumbers();
    axis->setLabelFormat(QString::fromLatin1(format));
    return axis;
}

QBarCategoryAxis* monthAxis(const QStringList& months, const QLocale& locale) {
    auto* axis = new QBarCategoryAxis;
    QStringList labels;
    for (const QString& month : months)
        labels.append(monthLabel(month, locale));
    axis->append(labels);
    // More than half a year of "MMM yyyy" side by side does not fit horizontally.
    if (months.size() > 6)
        axis->setLabelsAngle(-90);
    if (months.size() > 18) {
        QFont font = axis->labelsFont();
        font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1));
        axis->setLabelsFont(font);
    }
    return axis;
}

QString tierKindLabel(LicenseTier tier, bool usage) {
    return usage ? Tr::tr("%1 — usage").arg(enumLabel(tier))
                 : Tr::tr("%1 — license fees").arg(enumLabel(tier));
}

QString plainPercent(double share) {
    return QString::number(share * 100.0, 'f', 2);
}

// log10 of an amount of dollars, for decade axes.
double decades(Money amount) {
    return std::log10(amount.toDouble());
}

// "$1k", "$10k", "$100k", "$1M" for 10^decade dollars.
QString decadeLabel(int decade, const QLocale& locale) {
    qint64 cents = 100;
    for (int i = 0; i < decade; ++i)
        cents *= 10;
    QString label = Money::fromCents(cents).toAbbreviatedString(locale);
    label.remove(locale.decimalPoint() + QLatin1Char('0'));
    return label;
}

// A decade axis from 10^low to 10^high dollars, labelled at every decade.
QCategoryAxis* decadeAxis(const QString& title, int low, int high, const QLocale& locale) {
    auto* axis = new QCategoryAxis;
    axis->setTitleText(title);
    axis->setStartValue(low);
    for (int decade = low; decade <= high; ++decade)
        axis->append(decadeLabel(decade, locale), decade);
    // A little room beyond the outer decades, so points on them are not cut in half.
    axis->setRange(low - 0.08, high + 0.08);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    return axis;
}

// A decade axis for bars, which grow from 0: 10^low dollars sits at 0, 10^high at high - low.
// Bars are drawn as decades(amount) - low (see barHeightAboveDecade).
QCategoryAxis* decadeBarAxis(const QString& title, int low, int high, const QLocale& locale) {
    auto* axis = new QCategoryAxis;
    axis->setTitleText(title);
    axis->setStartValue(0);
    for (int decade = low; decade <= high; ++decade)
        axis->append(decadeLabel(decade, locale), decade - low);
    axis->setRange(0, high - low);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    return axis;
}

double barHeightAboveDecade(Money amount, int low) {
    return amount.cents() > 0 ? std::max(0.0, decades(amount) - low) : 0.0;
}

// The decades a log axis spans to show every positive amount in `amounts`, at least one. When
// `forBars`, the lowest decade lies below the smallest amount, so its bar has a height.
std::pair<int, int> decadeRange(const QList<Money>& amounts, bool forBars) {
    Money smallest = Money::fromCents(std::numeric_limits<qint64>::max());
    Money largest;
    for (Money amount : amounts) {
        if (amount.cents() <= 0)
            continue;
        smallest = std::min(smallest, amount);
        largest = std::max(largest, amount);
    }
    if (largest.cents() <= 0)
        return {0, 1};
    const double bottom = decades(smallest);
    const int low = std::max(0, forBars ? static_cast<int>(std::ceil(bottom)) - 1
                                        : static_cast<int>(std::floor(bottom)));
    const int high = std::max(low + 1, static_cast<int>(std::ceil(decades(largest))));
    return {low, high};
}

void setTips(QObject* carrier, const QStringList& tips) {
    carrier->setProperty(kHoverTipsProperty, tips);
}

QString moneyTip(const QString& what, const QString& where, Money amount, const QLocale& locale) {
    return QStringLiteral("%1\n%2: %3").arg(what, where, amount.toDisplayString(locale));
}

Money revenueOf(const TierMonthRevenue& row) {
    return row.fees + row.usage;
}

// Sums per tier over the whole data.
QHash<LicenseTier, Money> revenueByTier(const RevenueDashboardData& data) {
    QHash<LicenseTier, Money> totals;
    for (const TierMonthRevenue& row : data.tierMonths)
        totals[row.tier] += revenueOf(row);
    return totals;
}

// One shade lighter for every marker whose series is hidden.
void dimMarker(QLegendMarker* marker, bool shown) {
    const double alpha = shown ? 1.0 : 0.35;
    QBrush label = marker->labelBrush();
    QColor labelColor = label.color();
    labelColor.setAlphaF(alpha);
    label.setColor(labelColor);
    marker->setLabelBrush(label);
    QBrush brush = marker->brush();
    QColor color = brush.color();
    color.setAlphaF(alpha);
    brush.setColor(color);
    marker->setBrush(brush);
    QPen pen = marker->pen();
    QColor penColor = pen.color();
    penColor.setAlphaF(alpha);
    pen.setColor(penColor);
    marker->setPen(pen);
}

QString elided(const QString& name) {
    constexpr int kMaxChars = 28;
    return name.size() <= kMaxChars ? name : name.left(kMaxChars - 1) + QChar(0x2026);
}

} // namespace

QString MoneyScale::axisTitle(const QString& what) const {
    // "$M", "$k", "$", or "M €" in locales that write the symbol after the amount: the
    // abbreviation of one unit without its digits.
    const QLocale locale;
    QString unit =
        Money::fromCents(static_cast<qint64>(dollarsPerUnit) * 100).toAbbreviatedString(locale);
    unit.remove(QRegularExpression(QStringLiteral("[0-9]")));
    unit.remove(locale.decimalPoint());
    unit.remove(locale.groupSeparator());
    return QStringLiteral("%1 (%2)").arg(what, unit.trimmed());
}

MoneyScale moneyScaleFor(Money largest) {
    const double dollars = std::abs(largest.toDouble());
    if (dollars >= 1e9)
        return {1e9, QStringLiteral("B")};
    if (dollars >= 1e6)
        return {1e6, QStringLiteral("M")};
    if (dollars >= 1e4)
        return {1e3, QStringLiteral("k")};
    return {1, QString()};
}

QStringList monthsBetween(const QString& first, const QString& last) {
    QStringList months;
    QDate month = monthStart(first);
    const QDate end = monthStart(last);
    if (!month.isValid() || !end.isValid())
        return months;
    for (; month <= end; month = month.addMonths(1))
        months.append(monthKey(month));
    return months;
}

QStringList chartMonths(const RevenueDashboardData& data) {
    const QString first =
        data.filter.fromMonth ? monthKey(*data.filter.fromMonth) : data.firstMonth;
    const QString last = data.filter.toMonth ? monthKey(*data.filter.toMonth) : data.lastMonth;
    if (first.isEmpty() || last.isEmpty())
        return {};
    return monthsBetween(first, last);
}

QString monthLabel(const QString& key, const QLocale& locale) {
    return locale.toString(monthStart(key), QStringLiteral("MMM yyyy"));
}

QColor tierColor(LicenseTier tier) {
    switch (tier) {
    case LicenseTier::OpenSource:
        return QColor(0x43, 0xa0, 0x47);
    case LicenseTier::Academic:
        return QColor(0x1e, 0x88, 0xe5);
    case LicenseTier::Commercial:
        return QColor(0xfb, 0x8c, 0x00);
    case LicenseTier::Enterprise:
        return QColor(0x8e, 0x24, 0xaa);
    }
    return Qt::gray;
}

QColor usageColor(LicenseTier tier) {
    return tierColor(tier).lighter(155);
}

QColor sizeClassColor(SizeClass sizeClass) {
    switch (sizeClass) {
    case SizeClass::Small:
        return QColor(0x00, 0x89, 0x7b);
    case SizeClass::Medium:
        return QColor(0x39, 0x49, 0xab);
    case SizeClass::Large:
        return QColor(0xef, 0x6c, 0x00);
    case SizeClass::Frontier:
        return QColor(0xc6, 0x28, 0x28);
    }
    return Qt::gray;
}

namespace revenuecharts {

BuiltChart revenueByTierAndMonth(const RevenueDashboardData& data, const QLocale& locale,
                                 TierScale tierScale) {
    BuiltChart built;
    built.chart = newChart(Tr::tr("Revenue per tier per month"));
    built.table.header = {Tr::tr("month"), Tr::tr("tier"), Tr::tr("license fees"),
                          Tr::tr("usage charges"), Tr::tr("revenue")};
    const QStringList months = chartMonths(data);
    const qsizetype monthCount = months.size();
    QHash<QString, qsizetype> monthIndex;
    for (qsizetype i = 0; i < monthCount; ++i)
        monthIndex.insert(months.at(i), i);

    // [tier][kind] -> amount per month
    QHash<LicenseTier, QList<Money>> fees;
    QHash<LicenseTier, QList<Money>> usage;
    QList<Money> monthTotals(monthCount);
    for (LicenseTier tier : enumValues<LicenseTier>()) {
        fees[tier] = QList<Money>(monthCount);
        usage[tier] = QList<Money>(monthCount);
    }
    for (const TierMonthRevenue& row : data.tierMonths) {
        built.table.rows.append({row.month, enumLabel(row.tier), row.fees.toPlainString(),
                                 row.usage.toPlainString(), row.total().toPlainString()});
        const qsizetype at = monthIndex.value(row.month, -1);
        if (at < 0)
            continue;
        fees[row.tier][at] += row.fees;
        usage[row.tier][at] += row.usage;
        monthTotals[at] += row.total();
    }
    if (tierScale == TierScale::Logarithmic) {
        QHash<LicenseTier, QList<Money>> totals;
        QList<Money> everyTotal;
        for (LicenseTier tier : enumValues<LicenseTier>()) {
            QList<Money>& tierTotals = totals[tier];
            for (qsizetype i = 0; i < monthCount; ++i)
                tierTotals.append(fees[tier].at(i) + usage[tier].at(i));
            everyTotal += tierTotals;
        }
        const auto [low, high] = decadeRange(everyTotal, true);
        auto* series = new QBarSeries;
        series->setBarWidth(0.85);
        for (LicenseTier tier : enumValues<LicenseTier>()) {
            const QList<Money>& amounts = totals[tier];
            if (std::all_of(amounts.begin(), amounts.end(), [](Money m) { return m.isZero(); }))
                continue;
            auto* set = new QBarSet(enumLabel(tier));
            set->setColor(tierColor(tier));
            set->setBorderColor(tierColor(tier).darker(120));
            QStringList tips;
            for (qsizetype i = 0; i < monthCount; ++i) {
                set->append(barHeightAboveDecade(amounts.at(i), low));
                tips.append(moneyTip(enumLabel(tier), monthLabel(months.at(i), locale),
                                     amounts.at(i), locale) +
                            u'\n' +
                            Tr::tr("License fees %1, usage %2")
                                .arg(fees[tier].at(i).toDisplayString(locale),
                                     usage[tier].at(i).toDisplayString(locale)));
            }
            setTips(set, tips);
            series->append(set);
        }
        built.chart->addSeries(series);
        QBarCategoryAxis* x = monthAxis(months, locale);
        built.chart->addAxis(x, Qt::AlignBottom);
        series->attachAxis(x);
        QCategoryAxis* y = decadeBarAxis(Tr::tr("Revenue (log scale)"), low, high, locale);
        built.chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(y);
        return built;
    }

    const Money largest =
        monthTotals.isEmpty() ? Money() : *std::max_element(monthTotals.begin(), monthTotals.end());
    const MoneyScale scale = moneyScaleFor(largest);

    auto* series = new QStackedBarSeries;
    for (LicenseTier tier : enumValues<LicenseTier>()) {
        for (bool isUsage : {false, true}) {
            const QList<Money>& amounts = isUsage ? usage[tier] : fees[tier];
            if (std::all_of(amounts.begin(), amounts.end(), [](Money m) { return m.isZero(); }))
                continue;
            auto* set = new QBarSet(tierKindLabel(tier, isUsage));
            set->setColor(isUsage ? usageColor(tier) : tierColor(tier));
            set->setBorderColor(tierColor(tier).darker(120));
            QStringList tips;
            for (qsizetype i = 0; i < monthCount; ++i) {
                set->append(scale.toUnits(amounts.at(i)));
                tips.append(moneyTip(set->label(), monthLabel(months.at(i), locale), amounts.at(i),
                                     locale));
            }
            setTips(set, tips);
            series->append(set);
        }
    }
    built.chart->addSeries(series);
    QBarCategoryAxis* x = monthAxis(months, locale);
    built.chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = valueAxis(scale.axisTitle(Tr::tr("Revenue")), scale.toUnits(largest));
    built.chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return built;
}

BuiltChart tierShare(const RevenueDashboardData& data, const QLocale& locale) {
    BuiltChart built;
    built.chart = newChart(Tr::tr("Share of revenue by tier"));
    built.table.header = {Tr::tr("tier"), Tr::tr("revenue"), Tr::tr("share (%)")};
    const QHash<LicenseTier, Money> totals = revenueByTier(data);
    Money all;
    for (Money amount : totals)
        all += amount;

    auto* series = new QPieSeries;
    series->setHoleSize(0.45);
    series->setPieSize(0.8);
    for (LicenseTier tier : enumValues<LicenseTier>()) {
        const Money amount = totals.value(tier);
        const double share = all.isZero() ? 0.0 : amount.toDouble() / all.toDouble();
        built.table.rows.append({enumLabel(tier), amount.toPlainString(), plainPercent(share)});
        if (amount.isZero())
            continue;
        QPieSlice* slice = series->append(
            Tr::tr("%1 (%2%)").arg(enumLabel(tier), locale.toString(share * 100.0, 'f', 1)),
            amount.toDouble());
        slice->setColor(tierColor(tier));
        slice->setBorderColor(Qt::white);
        setTips(slice,
                {Tr::tr("%1\n%2 of %3 (%4%)")
                     .arg(enumLabel(tier), amount.toDisplayString(locale),
                          all.toDisplayString(locale), locale.toString(share * 100.0, 'f', 1))});
    }
    built.chart->addSeries(series);
    built.chart->legend()->setAlignment(Qt::AlignRight);
    return built;
}

BuiltChart cumulativeRevenueByTier(const RevenueDashboardData& data, const QLocale& locale,
                                   TierScale tierScale) {
    BuiltChart built;
    built.chart = newChart(Tr::tr("Cumulative revenue per tier"));
    built.table.header = {Tr::tr("month"), Tr::tr("tier"), Tr::tr("cumulative revenue")};
    const QStringList months = chartMonths(data);
    QHash<QString, QHash<LicenseTier, Money>> byMonth;
    for (const TierMonthRevenue& row : data.tierMonths)
        byMonth[row.month][row.tier] += revenueOf(row);

    // Running totals first, so the axis can be scaled to the largest.
    QHash<LicenseTier, QList<Money>> running;
    Money largest;
    for (LicenseTier tier : enumValues<LicenseTier>()) {
        Money sum;
        QList<Money> points;
        for (const QString& month : months) {
            sum += byMonth.value(month).value(tier);
            points.append(sum);
            built.table.rows.append({month, enumLabel(tier), sum.toPlainString()});
        }
        largest = std::max(largest, sum);
        running.insert(tier, points);
    }
    const MoneyScale scale = moneyScaleFor(largest);
    const bool logarithmic = tierScale == TierScale::Logarithmic;
    QList<Money> everyPoint;
    for (const QList<Money>& points : std::as_const(running))
        everyPoint += points;
    const auto [low, high] = decadeRange(everyPoint, false);

    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MMM yyyy"));
    x->setTitleText(Tr::tr("Month"));
    if (!months.isEmpty()) {
        x->setRange(monthStart(months.first()).startOfDay(),
                    monthStart(months.last()).startOfDay());
        x->setTickCount(static_cast<int>(std::clamp<qsizetype>(months.size(), 2, 7)));
    }
    built.chart->addAxis(x, Qt::AlignBottom);
    QAbstractAxis* y =
        logarithmic ? static_cast<QAbstractAxis*>(
                          decadeAxis(Tr::tr("Revenue to date (log scale)"), low, high, locale))
                    : valueAxis(scale.axisTitle(Tr::tr("Revenue to date")), scale.toUnits(largest));
    built.chart->addAxis(y, Qt::AlignLeft);

    for (LicenseTier tier : enumValues<LicenseTier>()) {
        const QList<Money>& points = running.value(tier);
        if (points.isEmpty() || points.last().isZero())
            continue;
        auto* line = new QLineSeries;
        line->setName(enumLabel(tier));
        QPen pen(tierColor(tier));
        pen.setWidthF(2.5);
        line->setPen(pen);
        QStringList tips;
        for (qsizetype i = 0; i < months.size(); ++i) {
            // Nothing earned yet has no place on a log axis: the line starts with the revenue.
            if (logarithmic && points.at(i).cents() <= 0)
                continue;
            line->append(
                static_cast<double>(monthStart(months.at(i)).startOfDay().toMSecsSinceEpoch()),
                logarithmic ? decades(points.at(i)) : scale.toUnits(points.at(i)));
            tips.append(moneyTip(Tr::tr("%1, revenue to date").arg(enumLabel(tier)),
                                 monthLabel(months.at(i), locale), points.at(i), locale));
        }
        setTips(line, tips);
        built.chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    return built;
}

BuiltChart licensesByTierAndMonth(const RevenueDashboardData& data, const QLocale& locale) {
    BuiltChart built;
    built.chart = newChart(Tr::tr("Licenses sold per tier per month"));
    built.table.header = {Tr::tr("month"), Tr::tr("tier"), Tr::tr("licenses")};
    const QStringList months = chartMonths(data);
    QHash<QString, qsizetype> monthIndex;
    for (qsizetype i = 0; i < months.size(); ++i)
        monthIndex.insert(months.at(i), i);
    QHash<LicenseTier, QList<qint64>> counts;
    for (LicenseTier tier : enumValues<LicenseTier>())
        counts[tier] = QList<qint64>(months.size());
    QList<qint64> monthTotals(months.size());
    for (const TierMonthRevenue& row : data.tierMonths) {
        if (row.licenses == 0)
            continue;
        built.table.rows.append({row.month, enumLabel(row.tier), QString::number(row.licenses)});
        const qsizetype at = monthIndex.value(row.month, -1);
        if (at < 0)
            continue;
        counts[row.tier][at] += row.licenses;
        monthTotals[at] += row.licenses;
    }
    const qint64 largest =
        monthTotals.isEmpty() ? 0 : *std::max_element(monthTotals.begin(), monthTotals.end());

    auto* series = new QStackedBarSeries;
    for (LicenseTier tier : enumValues<LicenseTier>()) {
        const QList<qint64>& values = counts[tier];
        if (std::all_of(values.begin(), values.end(), [](qint64 v) { return v == 0; }))
            continue;
        auto* set = new QBarSet(enumLabel(tier));
        set->setColor(tierColor(tier));
        set->setBorderColor(tierColor(tier).darker(120));
        QStringList tips;
        for (qsizetype i = 0; i < months.size(); ++i) {
            set->append(static_cast<double>(values.at(i)));
            tips.append(Tr::tr("%1\n%2: %3 licenses")
                            .arg(enumLabel(tier), monthLabel(months.at(i), locale),
                                 locale.toString(values.at(i))));
        }
        setTips(set, tips);
        series->append(set);
    }
    built.chart->addSeries(series);
    QBarCategoryAxis* x = monthAxis(months, locale);
    built.chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = valueAxis(Tr::tr("Licenses sold"), static_cast<double>(largest), "%.0f");
    built.chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return built;
}

BuiltChart topModels(const RevenueDashboardData& data, const QLocale& locale, int count) {
    BuiltChart built;
    built.chart = newChart(Tr::tr("Top %1 models by revenue").arg(count));
    built.table.header = {Tr::tr("rank"),         Tr::tr("model"),         Tr::tr("size class"),
                          Tr::tr("license fees"), Tr::tr("usage charges"), Tr::tr("revenue"),
                          Tr::tr("licenses")};
    const QList<ModelRevenue> top = data.models.mid(0, count);
    Money largest;
    for (qsizetype i = 0; i < top.size(); ++i) {
        const ModelRevenue& model = top.at(i);
        built.table.rows.append({QString::number(i + 1), model.name, enumLabel(model.sizeClass),
                                 model.fees.toPlainString(), model.usage.toPlainString(),
                                 model.total().toPlainString(), QString::number(model.licenses)});
        largest = std::max(largest, model.total());
    }
    const MoneyScale scale = moneyScaleFor(largest);

    // Category axes draw their first category at the bottom: list the models from the last.
    auto* series = new QHorizontalStackedBarSeries;
    auto* fees = new QBarSet(Tr::tr("License fees"));
    fees->setColor(QColor(0x3f, 0x51, 0xb5));
    auto* usage = new QBarSet(Tr::tr("Usage charges"));
    usage->setColor(QColor(0x3f, 0x51, 0xb5).lighter(160));
    QStringList names;
    QStringList feeTips;
    QStringList usageTips;
    for (qsizetype i = top.size() - 1; i >= 0; --i) {
        const ModelRevenue& model = top.at(i);
        names.append(elided(model.name));
        fees->append(scale.toUnits(model.fees));
        usage->append(scale.toUnits(model.usage));
        const QString what =
            Tr::tr("%1 (%2), %3 licenses, total %4")
                .arg(model.name, enumLabel(model.sizeClass), locale.toString(model.licenses),
                     model.total().toDisplayString(locale));
        feeTips.append(moneyTip(what, Tr::tr("License fees"), model.fees, locale));
        usageTips.append(moneyTip(what, Tr::tr("Usage charges"), model.usage, locale));
    }
    setTips(fees, feeTips);
    setTips(usage, usageTips);
    if (data.filter.kind != RevenueKind::Usage)
        series->append(fees);
    else
        delete fees;
    if (data.filter.kind != RevenueKind::Fees)
        series->append(usage);
    else
        delete usage;
    built.chart->addSeries(series);
    auto* y = new QBarCategoryAxis;
    y->append(names);
    built.chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QValueAxis* x = valueAxis(scale.axisTitle(Tr::tr("Revenue")), scale.toUnits(largest));
    built.chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    return built;
}

BuiltChart priceAgainstQuality(const RevenueDashboardData& data, const QLocale& locale) {
    BuiltChart built;
    built.chart = newChart(Tr::tr("Listing price against quality"));
    built.table.header = {Tr::tr("model"), Tr::tr("tier"), Tr::tr("composite"), Tr::tr("price")};
    double lowQuality = 100;
    double highQuality = 0;
    Money cheapest = Money::fromCents(std::numeric_limits<qint64>::max());
    Money dearest;
    for (const ListingPoint& point : data.listings) {
        built.table.rows.append({point.name, enumLabel(point.tier),
                                 QString::number(point.composite, 'f', 1),
                                 point.price.toPlainString()});
        if (point.price.cents() <= 0)
            continue;
        lowQuality = std::min(lowQuality, point.composite);
        highQuality = std::max(highQuality, point.composite);
        cheapest = std::min(cheapest, point.price);
        dearest = std::max(dearest, point.price);
    }
    const bool any = dearest.cents() > 0;
    const int lowDecade = any ? static_cast<int>(std::floor(decades(cheapest))) : 3;
    const int highDecade =
        any ? std::max(lowDecade + 1, static_cast<int>(std::ceil(decades(dearest)))) : 7;

    auto* x = new QValueAxis;
    x->setTitleText(Tr::tr("Composite quality (0–100)"));
    x->setRange(any ? std::max(0.0, std::floor(lowQuality / 5) * 5 - 5) : 0,
                any ? std::min(100.0, std::ceil(highQuality / 5) * 5 + 5) : 100);
    x->setLabelFormat(QStringLiteral("%.0f"));
    built.chart->addAxis(x, Qt::AlignBottom);
    QCategoryAxis* y = decadeAxis(Tr::tr("List price (log scale)"), lowDecade, highDecade, locale);
    built.chart->addAxis(y, Qt::AlignLeft);

    for (LicenseTier tier : enumValues<LicenseTier>()) {
        if (tier == LicenseTier::OpenSource)
            continue;
        auto* series = new QScatterSeries;
        series->setName(enumLabel(tier));
        series->setColor(tierColor(tier));
        series->setBorderColor(tierColor(tier).darker(130));
        series->setMarkerSize(7);
        QStringList tips;
        for (const ListingPoint& point : data.listings) {
            if (point.tier != tier || point.price.cents() <= 0)
                continue;
            series->append(point.composite, decades(point.price));
            tips.append(Tr::tr("%1 (%2)\nComposite %3, price %4")
                            .arg(point.name, enumLabel(tier),
                                 locale.toString(point.composite, 'f', 1),
                                 point.price.toDisplayString(locale)));
        }
        if (series->count() == 0) {
            delete series;
            continue;
        }
        setTips(series, tips);
        built.chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (data.listingCount > data.listings.size())
        built.chart->setTitle(
            Tr::tr("Listing price against quality (%1 of %2 listings)")
                .arg(locale.toString(data.listings.size()), locale.toString(data.listingCount)));
    return built;
}

BuiltChart trainingSpendAgainstRevenue(const RevenueDashboardData& data, const QLocale& locale) {
    BuiltChart built;
    built.chart = newChart(Tr::tr("Training spend against license revenue"));
    built.table.header = {Tr::tr("model"), Tr::tr("size class"), Tr::tr("training spend"),
                          Tr::tr("revenue"), Tr::tr("paid back")};
    Money smallest = Money::fromCents(std::numeric_limits<qint64>::max());
    Money largest;
    for (const ModelRevenue& model : data.models) {
        const bool paidBack = model.total() >= model.trainingCost;
        built.table.rows.append({model.name, enumLabel(model.sizeClass),
                                 model.trainingCost.toPlainString(), model.total().toPlainString(),
                                 paidBack ? Tr::tr("yes") : Tr::tr("no")});
        if (model.trainingCost.cents() <= 0 || model.total().cents() <= 0)
            continue;
        smallest = std::min({smallest, model.trainingCost, model.total()});
        largest = std::max({largest, model.trainingCost, model.total()});
    }
    const bool any = largest.cents() > 0;
    const int lowDecade = any ? static_cast<int>(std::floor(decades(smallest))) : 4;
    const int highDecade =
        any ? std::max(lowDecade + 1, static_cast<int>(std::ceil(decades(largest)))) : 8;
    // The same range on both axes, so "paid back" is the diagonal.
    QCategoryAxis* x =
        decadeAxis(Tr::tr("Training spend (log scale)"), lowDecade, highDecade, locale);
    built.chart->addAxis(x, Qt::AlignBottom);
    QCategoryAxis* y =
        decadeAxis(Tr::tr("License revenue (log scale)"), lowDecade, highDecade, locale);
    built.chart->addAxis(y, Qt::AlignLeft);

    auto* paidBack = new QLineSeries;
    paidBack->setName(Tr::tr("Paid back (revenue = spend)"));
    QPen pen(QColor(0x61, 0x61, 0x61));
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    paidBack->setPen(pen);
    paidBack->append(lowDecade, lowDecade);
    paidBack->append(highDecade, highDecade);
    setTips(paidBack, {Tr::tr("Above this line a model has earned back its training"),
                       Tr::tr("Above this line a model has earned back its training")});
    built.chart->addSeries(paidBack);
    paidBack->attachAxis(x);
    paidBack->attachAxis(y);

    for (SizeClass sizeClass : enumValues<SizeClass>()) {
        auto* series = new QScatterSeries;
        series->setName(enumLabel(sizeClass));
        series->setColor(sizeClassColor(sizeClass));
        series->setBorderColor(sizeClassColor(sizeClass).darker(130));
        series->setMarkerSize(8);
        QStringList tips;
        for (const ModelRevenue& model : data.models) {
            if (model.sizeClass != sizeClass || model.trainingCost.cents() <= 0 ||
                model.total().cents() <= 0)
                continue;
            series->append(decades(model.trainingCost), decades(model.total()));
            const bool paid = model.total() >= model.trainingCost;
            tips.append(Tr::tr("%1 (%2)\nTraining %3, revenue %4\n%5")
                            .arg(model.name, enumLabel(sizeClass),
                                 model.trainingCost.toDisplayString(locale),
                                 model.total().toDisplayString(locale),
                                 paid ? Tr::tr("Paid back") : Tr::tr("Not paid back yet")));
        }
        if (series->count() == 0) {
            delete series;
            continue;
        }
        setTips(series, tips);
        built.chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    return built;
}

BuiltChart modelComparison(const ModelComparisonData& data, const QLocale& locale) {
    BuiltChart built;
    built.chart = newChart(Tr::tr("Quality side by side"));
    QStringList categories{Tr::tr("Performance"), Tr::tr("Accuracy"), Tr::tr("Efficiency"),
                           Tr::tr("Composite")};
    for (const auto& [key, name] : data.benchmarks)
        categories.append(name);
    built.table.header = QStringList{Tr::tr("model")} + categories;

    // A palette that tells up to five models apart, also for colour-blind readers.
    static const std::array<QColor, kMaxComparedModels> kColors{
        QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
        QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9)};
    auto* series = new QBarSeries;
    int colorIndex = 0;
    for (const ComparedModel& compared : data.models) {
        const ModelRecord& model = compared.model;
        QList<std::optional<double>> values{model.performance, model.accuracy, model.efficiency,
                                            model.composite};
        for (const auto& [key, name] : data.benchmarks)
            values.append(model.benchmarks.contains(key)
                              ? std::optional<double>(model.benchmarks.value(key))
                              : std::nullopt);
        auto* set = new QBarSet(model.name);
        set->setColor(kColors.at(static_cast<std::size_t>(colorIndex++ % kColors.size())));
        QStringList tips;
        QStringList row{model.name};
        for (qsizetype i = 0; i < values.size(); ++i) {
            set->append(values.at(i).value_or(0));
            const QString text =
                values.at(i) ? locale.toString(*values.at(i), 'f', 1) : Tr::tr("–");
            tips.append(QStringLiteral("%1\n%2: %3").arg(model.name, categories.at(i), text));
            row.append(values.at(i) ? QString::number(*values.at(i), 'f', 1) : QString());
        }
        setTips(set, tips);
        series->append(set);
        built.table.rows.append(row);
    }
    built.chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    built.chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setTitleText(Tr::tr("Score (0–100)"));
    y->setRange(0, 100);
    y->setTickCount(6);
    y->setLabelFormat(QStringLiteral("%.0f"));
    built.chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return built;
}

} // namespace revenuecharts

QString hoverTip(const QObject* carrier, int index) {
    if (!carrier)
        return {};
    const QStringList tips = carrier->property(kHoverTipsProperty).toStringList();
    return index >= 0 && index < tips.size() ? tips.at(index) : QString();
}

void installHoverTips(QChart* chart, QWidget* view) {
    const QPointer<QWidget> guard(view);
    auto show = [guard](const QString& text) {
        if (guard && !text.isEmpty())
            QToolTip::showText(QCursor::pos(), text, guard);
    };
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            QObject::connect(bars, &QAbstractBarSeries::hovered, view,
                             [show](bool state, int index, QBarSet* set) {
                                 if (state)
                                     show(hoverTip(set, index));
                                 else
                                     QToolTip::hideText();
                             });
        } else if (auto* pie = qobject_cast<QPieSeries*>(series)) {
            QObject::connect(pie, &QPieSeries::hovered, view, [show](QPieSlice* slice, bool state) {
                if (state)
                    show(hoverTip(slice, 0));
                else
                    QToolTip::hideText();
                slice->setExploded(state);
            });
        } else if (auto* xy = qobject_cast<QXYSeries*>(series)) {
            QObject::connect(xy, &QXYSeries::hovered, view,
                             [show, xy](const QPointF& point, bool state) {
                                 if (!state) {
                                     QToolTip::hideText();
                                     return;
                                 }
                                 // The nearest value: a line reports the point under the pointer.
                                 const QList<QPointF> points = xy->points();
                                 int nearest = -1;
                                 double best = std::numeric_limits<double>::max();
                                 for (int i = 0; i < points.size(); ++i) {
                                     const double dx = points.at(i).x() - point.x();
                                     const double dy = points.at(i).y() - point.y();
                                     const double distance = dx * dx + dy * dy;
                                     if (distance < best) {
                                         best = distance;
                                         nearest = i;
                                     }
                                 }
                                 show(hoverTip(xy, nearest));
                             });
        }
    }
}

bool isLegendMarkerShown(QLegendMarker* marker) {
    if (auto* bar = qobject_cast<QBarLegendMarker*>(marker))
        return !bar->barset()->property(kHiddenValuesProperty).isValid();
    if (auto* pie = qobject_cast<QPieLegendMarker*>(marker))
        return !pie->slice()->property(kHiddenValuesProperty).isValid();
    return marker->series() && marker->series()->isVisible();
}

void toggleLegendMarker(QLegendMarker* marker) {
    const bool show = !isLegendMarkerShown(marker);
    if (auto* bar = qobject_cast<QBarLegendMarker*>(marker)) {
        QBarSet* set = bar->barset();
        if (show) {
            const QVariantList values = set->property(kHiddenValuesProperty).toList();
            for (int i = 0; i < values.size() && i < set->count(); ++i)
                set->replace(i, values.at(i).toDouble());
            set->setProperty(kHiddenValuesProperty, QVariant());
        } else {
            QVariantList values;
            for (int i = 0; i < set->count(); ++i) {
                values.append(set->at(i));
                set->replace(i, 0);
            }
            set->setProperty(kHiddenValuesProperty, values);
        }
    } else if (auto* pie = qobject_cast<QPieLegendMarker*>(marker)) {
        QPieSlice* slice = pie->slice();
        if (show) {
            slice->setValue(slice->property(kHiddenValuesProperty).toDouble());
            slice->setProperty(kHiddenValuesProperty, QVariant());
        } else {
            slice->setProperty(kHiddenValuesProperty, slice->value());
            slice->setValue(0);
        }
    } else if (QAbstractSeries* series = marker->series()) {
        series->setVisible(show);
        // Hiding a series hides its marker too; keep it, so it can be clicked back.
        marker->setVisible(true);
    }
    dimMarker(marker, show);
}

void installLegendToggling(QChart* chart) {
    for (QLegendMarker* marker : chart->legend()->markers()) {
        QObject::connect(marker, &QLegendMarker::clicked, chart,
                         [marker] { toggleLegendMarker(marker); });
    }
}

} // namespace mm
