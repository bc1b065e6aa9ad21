#include "core/ScenarioComparison.h"

#include <QCoreApplication>

namespace mm {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::ScenarioComparison)
};

bool overlaps(const Band& a, const Band& b) {
    return a.p10 <= b.p90 && b.p10 <= a.p90;
}

// The change of p50 in basis points of the base's p50; 0 when the base is 0.
qint64 relativeChange(qint64 base, qint64 value) {
    if (base == 0)
        return 0;
    return (value - base) * 10'000 / (base < 0 ? -base : base);
}

} // namespace

Result<QList<ScenarioOutcome>> runScenarios(const MarketState& base,
                                            const QList<ScenarioVariant>& variants,
                                            const ForecastSettings& settings,
                                            const AnalysisProgress& progress) {
    if (auto valid = settings.validate(); !valid)
        return valid.error();
    QList<ScenarioVariant> all{{Tr::tr("Base"), {}}};
    all.append(variants);
    QList<MarketState> states;
    for (const ScenarioVariant& variant : std::as_const(all)) {
        auto state = scenarioState(base, variant.overrides);
        if (!state) {
            Error error = state.error();
            error.where = variant.name + QStringLiteral(": ") + error.where;
            return error;
        }
        states.append(std::move(*state));
    }
    const qint64 total = static_cast<qint64>(settings.runs) * all.size();
    QList<ScenarioOutcome> outcomes;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const qint64 before = static_cast<qint64>(settings.runs) * i;
        ForecastResult result = runForecast(states.at(i), settings, [&](int runsDone, int) {
            return !progress || progress(before + runsDone, total);
        });
        if (result.cancelled())
            return makeError(Tr::tr("cancelled"), all.at(i).name, kRuleCancelled);
        outcomes.append({all.at(i).name, std::move(result)});
    }
    return outcomes;
}

ForecastTable comparisonTable(const QList<ScenarioOutcome>& outcomes, ComparisonGrouping grouping) {
    ForecastTable table;
    const auto add = [&](const char* key, const QString& title, ForecastCell kind) {
        table.keys.append(QString::fromLatin1(key));
        table.titles.append(title);
        table.kinds.append(kind);
    };
    if (grouping == ComparisonGrouping::Year)
        add("year", Tr::tr("Year"), ForecastCell::Text);
    add("tier", Tr::tr("Tier"), ForecastCell::Text);
    add("scenario", Tr::tr("Scenario"), ForecastCell::Text);
    add("revenue_p10", Tr::tr("Revenue p10"), ForecastCell::Money);
    add("revenue_p50", Tr::tr("Revenue p50"), ForecastCell::Money);
    add("revenue_p90", Tr::tr("Revenue p90"), ForecastCell::Money);
    add("change_p50", Tr::tr("Change p50"), ForecastCell::Money);
    add("change_percent", Tr::tr("Change %"), ForecastCell::Percent);
    add("bands_overlap", Tr::tr("Bands overlap"), ForecastCell::Text);
    if (outcomes.isEmpty())
        return table;

    const int months = outcomes.first().result.months();
    const int years = grouping == ComparisonGrouping::Year ? (months + 11) / 12 : 1;
    QList<int> tiers; // -1: all tiers
    for (LicenseTier tier : enumValues<LicenseTier>())
        tiers.append(static_cast<int>(tier));
    tiers.append(-1);
    const auto bandOf = [&](const ForecastResult& result, int tier, int year) {
        if (grouping == ComparisonGrouping::Tier)
            return tier < 0 ? result.overHorizon(ForecastSeries::Total, 0)
                            : result.overHorizon(ForecastSeries::Revenue, tier);
        return result.overMonthRange(tier < 0 ? ForecastSeries::Total : ForecastSeries::Revenue,
                                     tier < 0 ? 0 : tier, year * 12,
                                     std::min(months, (year + 1) * 12));
    };
    for (int year = 0; year < years; ++year) {
        for (int tier : std::as_const(tiers)) {
            const Band base = bandOf(outcomes.first().result, tier, year);
            for (const ScenarioOutcome& outcome : outcomes) {
                const Band band = bandOf(outcome.result, tier, year);
                QVariantList row;
                if (grouping == ComparisonGrouping::Year)
                    row << Tr::tr("Year %1").arg(year + 1);
                row << (tier < 0 ? Tr::tr("All tiers") : enumLabel(static_cast<LicenseTier>(tier)))
                    << outcome.name << band.p10 << band.p50 << band.p90 << band.p50 - base.p50
                    << relativeChange(base.p50, band.p50)
                    << (overlaps(base, band) ? Tr::tr("yes") : Tr::tr("no"));
                table.rows.append(row);
            }
        }
    }
    return table;
}

} // namespace mm
