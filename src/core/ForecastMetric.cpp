#include "core/ForecastMetric.h"

#include <QCoreApplication>

namespace mm {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::ForecastMetric)
};

struct KindName {
    MetricKind kind;
    const char* key;
};

constexpr KindName kKinds[] = {
    {MetricKind::Revenue, "revenue"},
    {MetricKind::CumulativeRevenue, "cumulative-revenue"},
    {MetricKind::TierRevenue, "tier-revenue"},
    {MetricKind::TierShare, "tier-share"},
    {MetricKind::Payback, "payback"},
    {MetricKind::LabRevenue, "lab-revenue"},
    {MetricKind::LabShare, "lab-share"},
};

bool takesTier(MetricKind kind) {
    return kind == MetricKind::TierRevenue || kind == MetricKind::TierShare;
}

bool takesLab(MetricKind kind) {
    return kind == MetricKind::LabRevenue || kind == MetricKind::LabShare;
}

Error badMetric(const QString& message) {
    return makeError(message, QStringLiteral("metric"), QStringLiteral("metric-invalid"));
}

QString metricHelp() {
    return Tr::tr("use revenue@M, cumulative-revenue@M, tier-revenue:TIER@M, tier-share:TIER@M, "
                  "payback:SIZE, lab-revenue:LAB@M or lab-share:LAB@M");
}

} // namespace

QString statisticKey(Statistic statistic) {
    switch (statistic) {
    case Statistic::P10:
        return QStringLiteral("p10");
    case Statistic::P50:
        return QStringLiteral("p50");
    case Statistic::P90:
        return QStringLiteral("p90");
    }
    return {};
}

std::optional<Statistic> statisticFromKey(QStringView key) {
    for (Statistic statistic : {Statistic::P10, Statistic::P50, Statistic::P90}) {
        if (key.trimmed().compare(statisticKey(statistic), Qt::CaseInsensitive) == 0)
            return statistic;
    }
    return std::nullopt;
}

qint64 pick(const Band& band, Statistic statistic) {
    switch (statistic) {
    case Statistic::P10:
        return band.p10;
    case Statistic::P50:
        return band.p50;
    case Statistic::P90:
        return band.p90;
    }
    return band.p50;
}

Result<ForecastMetric> ForecastMetric::parse(QStringView text) {
    QStringView rest = text.trimmed();
    if (rest.isEmpty())
        return badMetric(Tr::tr("no metric given: %1").arg(metricHelp()));
    ForecastMetric metric;
    if (const qsizetype at = rest.lastIndexOf(u'@'); at >= 0) {
        bool ok = false;
        metric.month = rest.mid(at + 1).trimmed().toInt(&ok);
        if (!ok || metric.month < 1 || metric.month > ForecastSettings::kMaxMonths)
            return badMetric(Tr::tr("'%1': the month after @ must be between 1 and %2")
                                 .arg(text.toString())
                                 .arg(ForecastSettings::kMaxMonths));
        rest = rest.left(at).trimmed();
    }
    QStringView argument;
    if (const qsizetype colon = rest.indexOf(u':'); colon >= 0) {
        argument = rest.mid(colon + 1).trimmed();
        rest = rest.left(colon).trimmed();
    }
    const auto kind = std::find_if(std::begin(kKinds), std::end(kKinds), [&](const KindName& k) {
        return rest.compare(QLatin1StringView(k.key), Qt::CaseInsensitive) == 0;
    });
    if (kind == std::end(kKinds))
        return badMetric(Tr::tr("unknown metric '%1': %2").arg(rest.toString(), metricHelp()));
    metric.kind = kind->kind;
    if (takesTier(metric.kind)) {
        const auto tier = enumFromText<LicenseTier>(argument);
        if (!tier)
            return badMetric(Tr::tr("'%1' needs a tier after the colon (%2)")
                                 .arg(text.toString(), enumKeys<LicenseTier>().join(u", ")));
        metric.key = static_cast<int>(*tier);
    } else if (metric.kind == MetricKind::Payback) {
        const auto size = enumFromText<SizeClass>(argument);
        if (!size)
            return badMetric(Tr::tr("'%1' needs a size class after the colon (%2)")
                                 .arg(text.toString(), enumKeys<SizeClass>().join(u", ")));
        metric.key = static_cast<int>(*size);
        if (metric.month != 0)
            return badMetric(Tr::tr("'%1': payback is measured over the whole horizon, without @")
                                 .arg(text.toString()));
    } else if (takesLab(metric.kind)) {
        if (argument.isEmpty())
            return badMetric(
                Tr::tr("'%1' needs a lab's name after the colon").arg(text.toString()));
        metric.lab = argument.toString();
    } else if (!argument.isEmpty()) {
        return badMetric(Tr::tr("'%1' takes nothing after a colon").arg(text.toString()));
    }
    if (metric.kind == MetricKind::CumulativeRevenue && metric.month == 0)
        return badMetric(Tr::tr("'%1' needs the month it runs to, e.g. cumulative-revenue@36")
                             .arg(text.toString()));
    return metric;
}

QString ForecastMetric::toText() const {
    QString text;
    for (const KindName& k : kKinds) {
        if (k.kind == kind)
            text = QString::fromLatin1(k.key);
    }
    if (takesTier(kind))
        text += u':' + enumKey(static_cast<LicenseTier>(key));
    else if (kind == MetricKind::Payback)
        text += u':' + enumKey(static_cast<SizeClass>(key));
    else if (takesLab(kind))
        text += u':' + lab;
    if (month > 0)
        text += u'@' + QString::number(month);
    return text;
}

QString ForecastMetric::label() const {
    QString what;
    switch (kind) {
    case MetricKind::Revenue:
        what = Tr::tr("Revenue");
        break;
    case MetricKind::CumulativeRevenue:
        what = Tr::tr("Revenue to date");
        break;
    case MetricKind::TierRevenue:
        what = Tr::tr("%1 revenue").arg(enumLabel(static_cast<LicenseTier>(key)));
        break;
    case MetricKind::TierShare:
        what = Tr::tr("%1 share of revenue").arg(enumLabel(static_cast<LicenseTier>(key)));
        break;
    case MetricKind::Payback:
        return Tr::tr("%1 payback").arg(enumLabel(static_cast<SizeClass>(key)));
    case MetricKind::LabRevenue:
        what = Tr::tr("%1 revenue").arg(lab);
        break;
    case MetricKind::LabShare:
        what = Tr::tr("%1 share of revenue").arg(lab);
        break;
    }
    if (month == 0)
        return Tr::tr("%1, whole horizon").arg(what);
    if (kind == MetricKind::Revenue || kind == MetricKind::TierRevenue ||
        kind == MetricKind::TierShare)
        return Tr::tr("%1, month %2").arg(what).arg(month);
    return Tr::tr("%1, months 1-%2").arg(what).arg(month);
}

ForecastCell ForecastMetric::unit() const {
    switch (kind) {
    case MetricKind::TierShare:
    case MetricKind::LabShare:
        return ForecastCell::Percent;
    case MetricKind::Payback:
        return ForecastCell::Months;
    default:
        return ForecastCell::Money;
    }
}

int ForecastMetric::monthsNeeded(int horizon) const {
    return month > 0 ? month : horizon;
}

Result<Band> ForecastMetric::evaluate(const ForecastResult& result) const {
    if (month > result.months())
        return makeError(Tr::tr("%1 needs a forecast of at least %2 months, not %3")
                             .arg(toText())
                             .arg(month)
                             .arg(result.months()),
                         QStringLiteral("metric"), QStringLiteral("metric-beyond-horizon"));
    const int through = month > 0 ? month : result.months();
    int labIndex = -1;
    if (takesLab(kind)) {
        for (qsizetype i = 0; i < result.labNames().size(); ++i) {
            if (result.labNames().at(i).compare(lab, Qt::CaseInsensitive) == 0)
                labIndex = static_cast<int>(i);
        }
        if (labIndex < 0)
            return makeError(Tr::tr("no lab is called '%1' (there are: %2)")
                                 .arg(lab, result.labNames().join(QStringLiteral(", "))),
                             QStringLiteral("metric"), QStringLiteral("metric-unknown-lab"));
    }
    switch (kind) {
    case MetricKind::Revenue:
        return month > 0 ? result.monthly(ForecastSeries::Total, 0, month - 1)
                         : result.overHorizon(ForecastSeries::Total, 0);
    case MetricKind::CumulativeRevenue:
        return result.overFirstMonths(ForecastSeries::Total, 0, through);
    case MetricKind::TierRevenue:
        return month > 0 ? result.monthly(ForecastSeries::Revenue, key, month - 1)
                         : result.overHorizon(ForecastSeries::Revenue, key);
    case MetricKind::TierShare:
        return month > 0 ? result.monthly(ForecastSeries::Share, key, month - 1)
                         : result.overHorizon(ForecastSeries::Share, key);
    case MetricKind::Payback:
        return result.payback(static_cast<SizeClass>(key));
    case MetricKind::LabRevenue:
        return result.overFirstMonths(ForecastSeries::LabRevenue, labIndex, through);
    case MetricKind::LabShare:
        return result.labShareOverFirstMonths(labIndex, through);
    }
    return Band{};
}

qint64 comparableValue(const ForecastMetric& metric, qint64 value, int horizon) {
    if (metric.kind == MetricKind::Payback && value < 0)
        return horizon + 1;
    return value;
}

QString metricValueText(const ForecastMetric& metric, qint64 value) {
    return plainCell(metric.unit(), value);
}

Result<qint64> parseMetricValue(const ForecastMetric& metric, QStringView text) {
    const QStringView trimmed = text.trimmed();
    const auto bad = [&](const QString& expected) {
        return makeError(Tr::tr("'%1' is not %2").arg(trimmed.toString(), expected),
                         metric.toText(), QStringLiteral("metric-value-invalid"));
    };
    switch (metric.unit()) {
    case ForecastCell::Months: {
        bool ok = false;
        const int months = trimmed.toInt(&ok);
        if (!ok || months < 0)
            return bad(Tr::tr("a number of months"));
        return qint64(months);
    }
    case ForecastCell::Percent: {
        QStringView number = trimmed;
        if (number.endsWith(u'%'))
            number.chop(1);
        auto basisPoints = Money::parsePlain(number);
        if (!basisPoints || basisPoints->cents() < 0 || basisPoints->cents() > 10'000)
            return bad(Tr::tr("a percentage between 0 and 100"));
        return basisPoints->cents();
    }
    default: {
        QStringView number = trimmed;
        if (number.startsWith(u'$'))
            number = number.mid(1);
        auto amount = Money::parsePlain(number);
        if (!amount)
            return bad(Tr::tr("an amount such as 1234.56"));
        return amount->cents();
    }
    }
}

} // namespace mm
