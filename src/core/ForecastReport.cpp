#include "core/ForecastReport.h"

#include <QCoreApplication>

namespace mm {

namespace {

QString title(const char* text) {
    return QCoreApplication::translate("mm::ForecastReport", text);
}

struct Columns {
    ForecastTable& table;
    void add(const char* key, const char* heading, ForecastCell kind) {
        table.keys.append(QString::fromLatin1(key));
        table.titles.append(title(heading));
        table.kinds.append(kind);
    }
    void band(const char* key, const char* heading, ForecastCell kind) {
        const QString base = QString::fromLatin1(key);
        for (const char* percentile : {"p10", "p50", "p90"}) {
            table.keys.append(base + u'_' + QLatin1StringView(percentile));
            table.titles.append(title(heading).arg(QLatin1StringView(percentile)));
            table.kinds.append(kind);
        }
    }
};

void appendBand(QVariantList& row, const Band& band) {
    row << band.p10 << band.p50 << band.p90;
}

} // namespace

ForecastTable forecastTable(const ForecastResult& result, ForecastGrouping grouping) {
    ForecastTable table;
    Columns columns{table};
    switch (grouping) {
    case ForecastGrouping::Tier:
        columns.add("tier", QT_TRANSLATE_NOOP("mm::ForecastReport", "Tier"), ForecastCell::Text);
        columns.band("revenue", QT_TRANSLATE_NOOP("mm::ForecastReport", "Revenue %1"),
                     ForecastCell::Money);
        columns.add("fees_p50", QT_TRANSLATE_NOOP("mm::ForecastReport", "Fees p50"),
                    ForecastCell::Money);
        columns.add("usage_p50", QT_TRANSLATE_NOOP("mm::ForecastReport", "Usage p50"),
                    ForecastCell::Money);
        columns.band("licenses", QT_TRANSLATE_NOOP("mm::ForecastReport", "Licenses %1"),
                     ForecastCell::Count);
        columns.band("share", QT_TRANSLATE_NOOP("mm::ForecastReport", "Share %1"),
                     ForecastCell::Percent);
        for (LicenseTier tier : enumValues<LicenseTier>()) {
            const int key = static_cast<int>(tier);
            QVariantList row{enumLabel(tier)};
            appendBand(row, result.overHorizon(ForecastSeries::Revenue, key));
            row << result.overHorizon(ForecastSeries::Fees, key).p50
                << result.overHorizon(ForecastSeries::Usage, key).p50;
            appendBand(row, result.overHorizon(ForecastSeries::Licenses, key));
            appendBand(row, result.overHorizon(ForecastSeries::Share, key));
            table.rows.append(row);
        }
        break;
    case ForecastGrouping::Month:
        columns.add("month", QT_TRANSLATE_NOOP("mm::ForecastReport", "Month"), ForecastCell::Text);
        columns.band("revenue", QT_TRANSLATE_NOOP("mm::ForecastReport", "Revenue %1"),
                     ForecastCell::Money);
        for (LicenseTier tier : enumValues<LicenseTier>()) {
            table.keys.append(enumKey(tier) + QStringLiteral("_p50"));
            table.titles.append(
                QCoreApplication::translate("mm::ForecastReport", "%1 p50").arg(enumLabel(tier)));
            table.kinds.append(ForecastCell::Money);
        }
        columns.add("out_of_budget_p50",
                    QT_TRANSLATE_NOOP("mm::ForecastReport", "Buyers out of budget p50"),
                    ForecastCell::Count);
        for (int month = 0; month < result.months(); ++month) {
            QVariantList row{monthKey(result.firstMonth() + month)};
            appendBand(row, result.monthly(ForecastSeries::Total, 0, month));
            for (LicenseTier tier : enumValues<LicenseTier>())
                row << result.monthly(ForecastSeries::Revenue, static_cast<int>(tier), month).p50;
            row << result.monthly(ForecastSeries::OutOfBudget, 0, month).p50;
            table.rows.append(row);
        }
        break;
    case ForecastGrouping::Lab:
        columns.add("lab", QT_TRANSLATE_NOOP("mm::ForecastReport", "Lab"), ForecastCell::Text);
        columns.band("revenue", QT_TRANSLATE_NOOP("mm::ForecastReport", "Revenue %1"),
                     ForecastCell::Money);
        columns.band("share", QT_TRANSLATE_NOOP("mm::ForecastReport", "Market share %1"),
                     ForecastCell::Percent);
        for (int lab = 0; lab < result.labNames().size(); ++lab) {
            QVariantList row{result.labNames().at(lab)};
            appendBand(row, result.overHorizon(ForecastSeries::LabRevenue, lab));
            appendBand(row, result.labShare(lab));
            table.rows.append(row);
        }
        break;
    case ForecastGrouping::SizeClass:
        columns.add("size_class", QT_TRANSLATE_NOOP("mm::ForecastReport", "Size class"),
                    ForecastCell::Text);
        columns.band("payback_months", QT_TRANSLATE_NOOP("mm::ForecastReport", "Payback months %1"),
                     ForecastCell::Months);
        for (SizeClass sizeClass : enumValues<SizeClass>()) {
            QVariantList row{enumLabel(sizeClass)};
            appendBand(row, result.payback(sizeClass));
            table.rows.append(row);
        }
        break;
    }
    return table;
}

std::optional<ForecastGrouping> forecastGroupingFromKey(QStringView key) {
    for (ForecastGrouping grouping : {ForecastGrouping::Tier, ForecastGrouping::Month,
                                      ForecastGrouping::Lab, ForecastGrouping::SizeClass}) {
        if (key == forecastGroupingKey(grouping))
            return grouping;
    }
    return std::nullopt;
}

QString forecastGroupingKey(ForecastGrouping grouping) {
    switch (grouping) {
    case ForecastGrouping::Tier:
        return QStringLiteral("tier");
    case ForecastGrouping::Month:
        return QStringLiteral("month");
    case ForecastGrouping::Lab:
        return QStringLiteral("lab");
    case ForecastGrouping::SizeClass:
        return QStringLiteral("size-class");
    }
    return {};
}

QString plainCell(ForecastCell kind, const QVariant& value) {
    switch (kind) {
    case ForecastCell::Text:
        return value.toString();
    case ForecastCell::Money:
        return Money::fromCents(value.toLongLong()).toPlainString();
    case ForecastCell::Count:
        return QString::number(value.toLongLong());
    case ForecastCell::Percent: {
        const qint64 basisPoints = value.toLongLong();
        const qint64 magnitude = basisPoints < 0 ? -basisPoints : basisPoints;
        return QStringLiteral("%1%2.%3")
            .arg(basisPoints < 0 ? QStringLiteral("-") : QString())
            .arg(magnitude / 100)
            .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    }
    case ForecastCell::Months:
        return value.toLongLong() < 0 ? QStringLiteral("never")
                                      : QString::number(value.toLongLong());
    }
    return {};
}

} // namespace mm
