// `simulate`: the Monte Carlo forecast; `market`: whether the clock plays the market, and the labs.

#include "app/cli/Cli.h"
#include "app/cli/CliCommands.h"
#include "app/cli/TableWriter.h"
#include "core/ForecastReport.h"
#include "data/Database.h"
#include "data/MarketStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mm::cli {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::cli)
};

QString simulateUsage() {
    return Tr::tr(
        "usage: modelmarket simulate [--months N] [--runs N] [--seed S] [--threads N]\n"
        "                            [--by tier|month|lab|size-class] [--progress]\n"
        "  --months N   months ahead, 1-600 (default 36)\n"
        "  --runs N     Monte Carlo runs, 1-100000 (default 1000)\n"
        "  --seed S     the market seed (default: the economy's, so run 0 replays what the\n"
        "               game clock will do)\n"
        "  --threads N  worker threads (default: every core); the numbers do not depend on it\n"
        "  --by         what the rows are (default tier)\n"
        "  --progress   report finished runs on standard error\n"
        "Prints p10, p50 and p90 over the runs. Reads the economy; writes nothing.");
}

QString scenarioSimulateUsage() {
    return Tr::tr(
        "       modelmarket simulate --scenario NAME [--scenario NAME]... [--by tier|year]\n"
        "                            [--months N] [--runs N] [--seed S] [--threads N] "
        "[--progress]\n"
        "  --scenario   compare up to 4 scenarios with the base economy, all on the same seed\n"
        "  --by         with --scenario: tier (default) or year");
}

} // namespace

std::optional<int> wholeNumberOption(CommandContext& context, const QString& option, int low,
                                     int high, int* target) {
    const auto text = context.option(option);
    if (!text)
        return std::nullopt;
    bool ok = false;
    const qint64 value = text->toLongLong(&ok);
    if (!ok || value < low || value > high)
        return context.fail(kUsage, Tr::tr("%1 must be a whole number from %2 to %3, not '%4'")
                                        .arg(option)
                                        .arg(low)
                                        .arg(high)
                                        .arg(*text));
    *target = static_cast<int>(value);
    return std::nullopt;
}

int printForecastTable(CommandContext& context, const ForecastTable& table, const QString& heading,
                       const QJsonObject& meta) {
    if (context.format == QStringLiteral("json")) {
        QJsonArray rows;
        for (const QVariantList& row : table.rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < table.keys.size(); ++i) {
                const QString cell = plainCell(table.kinds.at(i), row.at(i));
                bool numeric = false;
                const double number = cell.toDouble(&numeric);
                object.insert(table.keys.at(i), table.kinds.at(i) != ForecastCell::Text && numeric
                                                    ? QJsonValue(number)
                                                    : QJsonValue(cell));
            }
            rows.append(object);
        }
        QJsonObject document = meta;
        document.insert(QStringLiteral("rows"), rows);
        context.out << QJsonDocument(document).toJson(QJsonDocument::Indented);
        return kOk;
    }
    QList<bool> numeric;
    for (ForecastCell kind : table.kinds)
        numeric.append(kind != ForecastCell::Text);
    TableWriter writer(table.keys, numeric);
    for (const QVariantList& row : table.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < table.keys.size(); ++i)
            cells.append(plainCell(table.kinds.at(i), row.at(i)));
        writer.addRow(cells);
    }
    if (context.format == QStringLiteral("table") && !heading.isEmpty())
        context.out << heading;
    context.out << writer.render(context.format);
    return kOk;
}

namespace {

int printTable(CommandContext& context, const ForecastResult& result, const ForecastTable& table) {
    return printForecastTable(
        context, table,
        Tr::tr("Forecast from %1, %2 months, %3 runs (p10 / p50 / p90 over runs)\n")
            .arg(monthKey(result.firstMonth()))
            .arg(result.months())
            .arg(result.runsDone()),
        QJsonObject{{QStringLiteral("firstMonth"), monthKey(result.firstMonth())},
                    {QStringLiteral("months"), result.months()},
                    {QStringLiteral("runs"), result.runsDone()}});
}

} // namespace

int runSimulate(CommandContext& context) {
    if (context.flag(QStringLiteral("--help"))) {
        context.out << simulateUsage() << '\n' << scenarioSimulateUsage() << '\n';
        return kOk;
    }
    if (context.arguments.contains(QStringLiteral("--scenario")))
        return runSimulateScenarios(context);
    const QStringList valueOptions{QStringLiteral("--months"), QStringLiteral("--runs"),
                                   QStringLiteral("--seed"),   QStringLiteral("--threads"),
                                   QStringLiteral("--by"),     QStringLiteral("--format")};
    if (auto problem = checkOptions(context, valueOptions, {QStringLiteral("--progress")}))
        return context.fail(kUsage, *problem + u'\n' + simulateUsage());
    if (auto failed = takeFormat(context))
        return *failed;
    if (!context.positionals(valueOptions).isEmpty())
        return context.fail(kUsage, simulateUsage());

    ForecastSettings settings;
    for (auto [option, low, high, target] :
         {std::tuple{QStringLiteral("--months"), 1, ForecastSettings::kMaxMonths, &settings.months},
          std::tuple{QStringLiteral("--runs"), 1, ForecastSettings::kMaxRuns, &settings.runs},
          std::tuple{QStringLiteral("--threads"), 1, 256, &settings.threads}}) {
        if (auto failed = wholeNumberOption(context, option, low, high, target))
            return *failed;
    }
    const QString byKey = context.option(QStringLiteral("--by")).value_or(QStringLiteral("tier"));
    const auto grouping = forecastGroupingFromKey(byKey);
    if (!grouping)
        return context.fail(
            kUsage, Tr::tr("--by must be tier, month, lab or size-class, not '%1'").arg(byKey));
    std::optional<quint64> seed;
    if (const auto seedText = context.option(QStringLiteral("--seed"))) {
        bool ok = false;
        seed = seedText->toULongLong(&ok);
        if (!ok)
            return context.fail(kUsage,
                                Tr::tr("--seed needs a whole number, not '%1'").arg(*seedText));
    }

    auto db = context.openForReading();
    if (!db)
        return kDatabase;
    auto state = MarketStore(*db).loadCurrentState();
    if (!state)
        return context.failWith(state.error());
    settings.seed = seed.value_or(state->config.marketSeed);

    const bool showProgress = context.flag(QStringLiteral("--progress"));
    QElapsedTimer sinceReport;
    sinceReport.start();
    const ForecastResult result = runForecast(*state, settings, [&](int done, int runs) {
        if (showProgress && (done == runs || sinceReport.elapsed() > 500)) {
            context.err << Tr::tr("simulated %1 of %2 runs").arg(done).arg(runs) << '\n';
            context.err.flush();
            sinceReport.restart();
        }
        return true;
    });
    return printTable(context, result, forecastTable(result, *grouping));
}

int runMarket(CommandContext& context) {
    const QString usage = Tr::tr("usage: modelmarket market [show|on|off]\n"
                                 "  show  whether the game clock plays the market, and the labs\n"
                                 "  on    buyers buy and rival labs release models as months pass\n"
                                 "  off   the clock only charges usage and applies license terms");
    if (context.flag(QStringLiteral("--help"))) {
        context.out << usage << '\n';
        return kOk;
    }
    if (auto problem = checkOptions(context, {QStringLiteral("--format")}))
        return context.fail(kUsage, *problem + u'\n' + usage);
    if (auto failed = takeFormat(context))
        return *failed;
    const QStringList positionals = context.positionals({QStringLiteral("--format")});
    const QString action = positionals.value(0, QStringLiteral("show"));
    if (positionals.size() > 1 ||
        (action != QStringLiteral("show") && action != QStringLiteral("on") &&
         action != QStringLiteral("off")))
        return context.fail(kUsage, usage);
    if (action != QStringLiteral("show")) {
        auto db = context.openForWriting();
        if (!db)
            return kDatabase;
        if (auto done = MarketStore(*db).setEnabled(action == QStringLiteral("on")); !done)
            return context.failWith(done.error());
        context.out << (action == QStringLiteral("on")
                            ? Tr::tr("The game clock now plays the market.")
                            : Tr::tr("The game clock no longer plays the market."))
                    << '\n';
        return kOk;
    }
    auto db = context.openForReading();
    if (!db)
        return kDatabase;
    MarketStore store(*db);
    auto enabled = store.isEnabled();
    if (!enabled)
        return context.failWith(enabled.error());
    auto state = store.loadCurrentState();
    if (!state)
        return context.failWith(state.error());
    TableWriter writer({QStringLiteral("lab"), QStringLiteral("studio"),
                        QStringLiteral("releases_per_month"), QStringLiteral("focus"),
                        QStringLiteral("price_percent"), QStringLiteral("quality_bonus"),
                        QStringLiteral("open_source"), QStringLiteral("models_in_market")},
                       {false, false, true, false, true, true, false, true});
    for (std::size_t i = 0; i < state->labs.size(); ++i) {
        const MarketLab& lab = state->labs[i];
        const auto models =
            std::count_if(state->models.begin(), state->models.end(),
                          [i](const MarketModel& model) { return model.lab == int(i); });
        writer.addRow({lab.name, lab.studio ? QStringLiteral("yes") : QStringLiteral("no"),
                       QString::number(lab.releasesPerMonth), enumKey(lab.focus),
                       QString::number(lab.pricePercent), QString::number(lab.qualityBonus),
                       lab.openSource ? QStringLiteral("yes") : QStringLiteral("no"),
                       QString::number(models)});
    }
    if (context.format == QStringLiteral("table"))
        context.out << (*enabled ? Tr::tr("The game clock plays the market.")
                                 : Tr::tr("The game clock does not play the market."))
                    << '\n';
    context.out << writer.render(context.format);
    return kOk;
}

} // namespace mm::cli
