// `scenario`, `simulate --scenario`, `sensitivity`, `goal-seek` and `balance`: what-if overrides of
// the economy config, and the analyses that run seeded forecasts on them.

#include "app/cli/Cli.h"
#include "app/cli/CliCommands.h"
#include "app/cli/TableWriter.h"
#include "core/BalanceRule.h"
#include "core/ForecastReport.h"
#include "core/GoalSeek.h"
#include "core/ScenarioComparison.h"
#include "core/Sensitivity.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/Exchange.h"
#include "data/MarketStore.h"
#include "data/ScenarioRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <cmath>
#include <memory>
#include <variant>

namespace mm::cli {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::cli)
};

constexpr int kMaxScenarios = 4;

QString scenarioUsage() {
    return Tr::tr(
        "usage: modelmarket scenario parameters             every number a scenario may override\n"
        "       modelmarket scenario list\n"
        "       modelmarket scenario create NAME [--notes TEXT]\n"
        "       modelmarket scenario duplicate NAME NEW_NAME\n"
        "       modelmarket scenario rename NAME NEW_NAME\n"
        "       modelmarket scenario set NAME PARAMETER VALUE  (VALUE - removes the override)\n"
        "       modelmarket scenario unset NAME PARAMETER\n"
        "       modelmarket scenario show NAME               base and scenario values side by "
        "side\n"
        "       modelmarket scenario export [NAME]... [--output FILE]\n"
        "       modelmarket scenario import FILE [--replace]\n"
        "       modelmarket scenario delete NAME\n"
        "A scenario is a named set of overrides on the stored economy config; the economy itself\n"
        "never changes. Values are checked against the config: a refused one writes nothing.");
}

QString sensitivityUsage() {
    return Tr::tr(
        "usage: modelmarket sensitivity --metric METRIC [--stat p10|p50|p90]\n"
        "                               [--parameter PATH]... [--percent P] [--scenario NAME]\n"
        "                               [--months N] [--runs N] [--seed S] [--threads N] "
        "[--progress]\n"
        "  --metric     revenue@M, cumulative-revenue@M, tier-revenue:TIER@M, "
        "tier-share:TIER@M,\n"
        "               payback:SIZE, lab-revenue:LAB@M or lab-share:LAB@M\n"
        "  --parameter  a parameter to move (scenario parameters lists them); default: 20 "
        "usual ones\n"
        "  --percent    how far each is moved down and up (default 10)\n"
        "  --runs       runs per forecast (default 200); --months default 36\n"
        "Every forecast uses the same seed, so each effect is the parameter's alone. Prints the\n"
        "parameters largest effect first. Writes nothing.");
}

QString goalSeekUsage() {
    return Tr::tr(
        "usage: modelmarket goal-seek --parameter PATH --metric METRIC --target VALUE\n"
        "                             [--stat p10|p50|p90] [--from V --to V] [--scenario NAME]\n"
        "                             [--apply] [--months N] [--runs N] [--seed S] [--threads N]\n"
        "                             [--progress]\n"
        "  --target     in the metric's unit: dollars 1234.56, percent 40, months 6\n"
        "  --from/--to  the range searched (default: half to one and a half times the value)\n"
        "  --apply      save the value found into --scenario NAME (only when the target is "
        "reached)\n"
        "  --runs       runs per forecast (default 200); --months default 36\n"
        "Exit 0 when the target is reached, 1 when it is out of reach.");
}

QString balanceUsage() {
    return Tr::tr(
        "usage: modelmarket balance list\n"
        "       modelmarket balance add NAME --metric METRIC [--stat p10|p50|p90] [--min V] "
        "[--max V]\n"
        "       modelmarket balance remove NAME\n"
        "       modelmarket balance check [--scenario NAME] [--months N] [--runs N] [--seed S]\n"
        "                                 [--threads N] [--progress]\n"
        "Bounds are in the metric's unit: dollars 1234.56, percent 40, months 6. check runs a\n"
        "forecast (500 runs unless --runs) and exits 1 when any rule fails.");
}

// Every value of an option that may be given more than once.
QStringList optionValues(const CommandContext& context, const QString& name) {
    QStringList values;
    for (qsizetype i = 0; i + 1 < context.arguments.size(); ++i) {
        if (context.arguments.at(i) == name)
            values.append(context.arguments.at(++i));
    }
    return values;
}

// The forecast options shared by the analyses; a usage failure's exit code when one is wrong.
std::optional<int> forecastOptions(CommandContext& context, ForecastSettings& settings,
                                   std::optional<quint64>& seed) {
    for (auto [option, low, high, target] :
         {std::tuple{QStringLiteral("--months"), 1, ForecastSettings::kMaxMonths, &settings.months},
          std::tuple{QStringLiteral("--runs"), 1, ForecastSettings::kMaxRuns, &settings.runs},
          std::tuple{QStringLiteral("--threads"), 1, 256, &settings.threads}}) {
        if (auto failed = wholeNumberOption(context, option, low, high, target))
            return failed;
    }
    if (const auto seedText = context.option(QStringLiteral("--seed"))) {
        bool ok = false;
        seed = seedText->toULongLong(&ok);
        if (!ok)
            return context.fail(kUsage,
                                Tr::tr("--seed needs a whole number, not '%1'").arg(*seedText));
    }
    return std::nullopt;
}

AnalysisProgress progressPrinter(CommandContext& context) {
    if (!context.flag(QStringLiteral("--progress")))
        return {};
    auto sinceReport = std::make_shared<QElapsedTimer>();
    sinceReport->start();
    return [&context, sinceReport](qint64 done, qint64 total) {
        if (done == total || sinceReport->elapsed() > 500) {
            context.err << Tr::tr("simulated %1 of %2 runs").arg(done).arg(total) << '\n';
            context.err.flush();
            sinceReport->restart();
        }
        return true;
    };
}

// A malformed metric or statistic is a usage error: the command line itself is wrong.
std::optional<int> metricOptions(CommandContext& context, ForecastMetric& metric,
                                 Statistic& statistic, const QString& usage) {
    const auto text = context.option(QStringLiteral("--metric"));
    if (!text)
        return context.fail(kUsage, Tr::tr("--metric is needed") + u'\n' + usage);
    auto parsed = ForecastMetric::parse(*text);
    if (!parsed)
        return context.fail(kUsage, parsed.error().message);
    metric = *parsed;
    if (const auto key = context.option(QStringLiteral("--stat"))) {
        const auto parsedStatistic = statisticFromKey(*key);
        if (!parsedStatistic)
            return context.fail(kUsage,
                                Tr::tr("--stat must be p10, p50 or p90, not '%1'").arg(*key));
        statistic = *parsedStatistic;
    }
    return std::nullopt;
}

QString unitKey(ParameterUnit unit) {
    switch (unit) {
    case ParameterUnit::Money:
        return QStringLiteral("money");
    case ParameterUnit::Integer:
        return QStringLiteral("integer");
    case ParameterUnit::Real:
        return QStringLiteral("real");
    }
    return {};
}

// scenario − base in the parameter's unit, and in percent of the base ("" when the base is 0).
std::pair<QString, QString> changeOf(const ScenarioParameter& parameter, const QString& value) {
    QString change;
    if (parameter.unit == ParameterUnit::Money) {
        const auto cents = [](const QString& text) {
            auto amount = Money::parsePlain(text);
            return amount ? amount->cents() : 0;
        };
        const qint64 base = cents(parameter.value);
        const qint64 now = cents(value);
        change = Money::fromCents(now - base).toPlainString();
    } else {
        change =
            parameterValueFromNumber(parameter, parameterNumber(parameter, value) -
                                                    parameterNumber(parameter, parameter.value));
    }
    const double base = parameterNumber(parameter, parameter.value);
    const double now = parameterNumber(parameter, value);
    const QString percent =
        base == 0.0 ? QString() : QString::number((now - base) / std::abs(base) * 100.0, 'f', 1);
    return {change, percent};
}

// The scenario's overrides, or none without --scenario; a failure's exit code otherwise.
std::optional<int> scenarioOverrides(CommandContext& context, Database& db,
                                     QList<ParameterOverride>& overrides, QString* name = nullptr,
                                     qint64* id = nullptr) {
    const auto given = context.option(QStringLiteral("--scenario"));
    if (!given)
        return std::nullopt;
    auto scenario = ScenarioRepository(db).find(*given);
    if (!scenario)
        return context.failWith(scenario.error());
    overrides = scenario->overrides;
    if (name)
        *name = scenario->name;
    if (id)
        *id = scenario->id;
    return std::nullopt;
}

int writeJson(CommandContext& context, const QJsonObject& document,
              const std::optional<QString>& path) {
    const QByteArray bytes = QJsonDocument(document).toJson(QJsonDocument::Indented);
    if (!path) {
        context.out << QString::fromUtf8(bytes);
        return kOk;
    }
    // A failed write never leaves a half-written file behind.
    QSaveFile file(*path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return context.fail(kRejected,
                            Tr::tr("cannot write %1: %2").arg(*path, file.errorString()));
    return kOk;
}

// --- scenario ---------------------------------------------------------------------------------

int scenarioParameters(CommandContext& context) {
    auto db = context.openForReading();
    if (!db)
        return kDatabase;
    auto config = EconomyRepository(*db).loadConfig();
    if (!config)
        return context.failWith(config.error());
    TableWriter writer({QStringLiteral("parameter"), QStringLiteral("unit"),
                        QStringLiteral("value"), QStringLiteral("label")},
                       {false, false, true, false});
    for (const ScenarioParameter& parameter : scenarioParameters(*config))
        writer.addRow({parameter.path, unitKey(parameter.unit), parameter.value,
                       parameterLabel(parameter.path)});
    context.out << writer.render(context.format);
    return kOk;
}

int scenarioList(CommandContext& context) {
    auto db = context.openForReading();
    if (!db)
        return kDatabase;
    auto scenarios = ScenarioRepository(*db).list();
    if (!scenarios)
        return context.failWith(scenarios.error());
    if (scenarios->isEmpty() && context.format == QStringLiteral("table")) {
        context.out << Tr::tr("No scenarios yet (modelmarket scenario create NAME makes one).\n");
        return kOk;
    }
    TableWriter writer(
        {QStringLiteral("name"), QStringLiteral("overrides"), QStringLiteral("notes")},
        {false, true, false});
    for (const Scenario& scenario : std::as_const(*scenarios))
        writer.addRow({scenario.name, QString::number(scenario.overrides.size()), scenario.notes});
    context.out << writer.render(context.format);
    return kOk;
}

int scenarioShow(CommandContext& context, const QString& name) {
    auto db = context.openForReading();
    if (!db)
        return kDatabase;
    auto scenario = ScenarioRepository(*db).find(name);
    if (!scenario)
        return context.failWith(scenario.error());
    auto config = EconomyRepository(*db).loadConfig();
    if (!config)
        return context.failWith(config.error());
    TableWriter writer({QStringLiteral("parameter"), QStringLiteral("base_value"),
                        QStringLiteral("scenario_value"), QStringLiteral("change"),
                        QStringLiteral("change_percent")},
                       {false, true, true, true, true});
    for (const ParameterOverride& entry : std::as_const(scenario->overrides)) {
        const auto parameter = findScenarioParameter(*config, entry.path);
        if (!parameter) {
            writer.addRow(
                {entry.path, Tr::tr("(not in the config)"), entry.value, QString(), QString()});
            continue;
        }
        const auto [change, percent] = changeOf(*parameter, entry.value);
        writer.addRow({entry.path, parameter->value, entry.value, change, percent});
    }
    if (context.format == QStringLiteral("table")) {
        context.out << Tr::tr("Scenario '%1'").arg(scenario->name);
        if (!scenario->notes.isEmpty())
            context.out << Tr::tr(": %1").arg(scenario->notes);
        context.out << '\n';
        if (scenario->overrides.isEmpty()) {
            context.out << Tr::tr("No overrides: it plays exactly as the base economy.\n");
            return kOk;
        }
    }
    context.out << writer.render(context.format);
    return kOk;
}

int scenarioExport(CommandContext& context, const QStringList& names) {
    auto db = context.openForReading();
    if (!db)
        return kDatabase;
    ScenarioRepository repository(*db);
    QList<Scenario> scenarios;
    if (names.isEmpty()) {
        auto all = repository.list();
        if (!all)
            return context.failWith(all.error());
        scenarios = *all;
    }
    for (const QString& name : names) {
        auto scenario = repository.find(name);
        if (!scenario)
            return context.failWith(scenario.error());
        scenarios.append(*scenario);
    }
    return writeJson(context, scenariosDocument(scenarios),
                     context.option(QStringLiteral("--output")));
}

int scenarioImport(CommandContext& context, const QString& path) {
    auto bytes = exchange::readImportFile(path);
    if (!bytes)
        return context.failWith(bytes.error());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return context.fail(kRejected, Tr::tr("%1: not a JSON object (at byte %2: %3)")
                                           .arg(path)
                                           .arg(parseError.offset)
                                           .arg(parseError.error == QJsonParseError::NoError
                                                    ? Tr::tr("expected an object")
                                                    : parseError.errorString()));
    auto db = context.openForWriting();
    if (!db)
        return kDatabase;
    auto config = EconomyRepository(*db).loadConfig();
    if (!config)
        return context.failWith(config.error());
    auto scenarios = scenariosFromDocument(document.object(), *config);
    if (!scenarios) {
        Error error = scenarios.error();
        error.where = path + QStringLiteral(": ") + error.where;
        return context.failWith(error);
    }
    if (auto done = ScenarioRepository(*db).importScenarios(
            *scenarios, context.flag(QStringLiteral("--replace")));
        !done)
        return context.failWith(done.error());
    context.out << Tr::tr("Imported %n scenario(s) from %1", nullptr,
                          static_cast<int>(scenarios->size()))
                       .arg(path)
                << '\n';
    return kOk;
}

// The scenario's id by name, on a writable connection; a failure's exit code otherwise.
std::variant<qint64, int> scenarioId(CommandContext& context, Database& db, const QString& name) {
    auto scenario = ScenarioRepository(db).find(name);
    if (!scenario)
        return context.failWith(scenario.error());
    return scenario->id;
}

int scenarioWrite(CommandContext& context, const QString& action, const QStringList& args) {
    auto db = context.openForWriting();
    if (!db)
        return kDatabase;
    ScenarioRepository repository(*db);
    if (action == QStringLiteral("create")) {
        auto id = repository.create(args.at(0),
                                    context.option(QStringLiteral("--notes")).value_or(QString()));
        if (!id)
            return context.failWith(id.error());
        context.out << Tr::tr("Created scenario '%1'.").arg(args.at(0).trimmed()) << '\n';
        return kOk;
    }
    const auto found = scenarioId(context, *db, args.at(0));
    if (std::holds_alternative<int>(found))
        return std::get<int>(found);
    const qint64 id = std::get<qint64>(found);
    if (action == QStringLiteral("duplicate")) {
        auto copy = repository.duplicate(id, args.at(1));
        if (!copy)
            return context.failWith(copy.error());
        context.out << Tr::tr("Copied '%1' as '%2'.").arg(args.at(0), args.at(1).trimmed()) << '\n';
    } else if (action == QStringLiteral("rename")) {
        if (auto done = repository.rename(id, args.at(1)); !done)
            return context.failWith(done.error());
        context.out << Tr::tr("Renamed '%1' to '%2'.").arg(args.at(0), args.at(1).trimmed())
                    << '\n';
    } else if (action == QStringLiteral("set") || action == QStringLiteral("unset")) {
        const QString& path = args.at(1);
        const QString value = action == QStringLiteral("set") && args.at(2) != QStringLiteral("-")
                                  ? args.at(2)
                                  : QString();
        if (action == QStringLiteral("set") && value.trimmed().isEmpty() &&
            args.at(2) != QStringLiteral("-"))
            return context.fail(kUsage, Tr::tr("give a value, or - to remove the override"));
        if (auto done = repository.setOverride(id, path, value); !done)
            return context.failWith(done.error());
        auto saved = repository.load(id);
        if (!saved)
            return context.failWith(saved.error());
        const auto now = saved->overrideOf(path);
        context.out << (now ? Tr::tr("%1: %2 = %3").arg(saved->name, path, *now)
                            : Tr::tr("%1: %2 follows the base economy").arg(saved->name, path))
                    << '\n';
    } else if (action == QStringLiteral("delete")) {
        if (auto done = repository.remove(id); !done)
            return context.failWith(done.error());
        context.out << Tr::tr("Deleted scenario '%1'.").arg(args.at(0)) << '\n';
    }
    return kOk;
}

} // namespace

int runScenario(CommandContext& context) {
    if (context.flag(QStringLiteral("--help"))) {
        context.out << scenarioUsage() << '\n';
        return kOk;
    }
    const QStringList valueOptions{QStringLiteral("--notes"), QStringLiteral("--output"),
                                   QStringLiteral("--format")};
    if (auto problem = checkOptions(context, valueOptions, {QStringLiteral("--replace")}))
        return context.fail(kUsage, *problem + u'\n' + scenarioUsage());
    if (auto failed = takeFormat(context))
        return *failed;
    QStringList args = context.positionals(valueOptions);
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    struct Shape {
        const char* action;
        qsizetype minArgs;
        qsizetype maxArgs;
        const char* option; // the one option it takes besides --format, if any
    };
    constexpr Shape kShapes[] = {
        {"parameters", 0, 0, nullptr}, {"list", 0, 0, nullptr},   {"create", 1, 1, "--notes"},
        {"duplicate", 2, 2, nullptr},  {"rename", 2, 2, nullptr}, {"set", 3, 3, nullptr},
        {"unset", 2, 2, nullptr},      {"show", 1, 1, nullptr},   {"export", 0, 1000, "--output"},
        {"import", 1, 1, "--replace"}, {"delete", 1, 1, nullptr},
    };
    const Shape* shape = nullptr;
    for (const Shape& candidate : kShapes) {
        if (action == QLatin1StringView(candidate.action))
            shape = &candidate;
    }
    if (!shape || args.size() < shape->minArgs || args.size() > shape->maxArgs)
        return context.fail(kUsage, scenarioUsage());
    for (const QString& option :
         {QStringLiteral("--notes"), QStringLiteral("--output"), QStringLiteral("--replace")}) {
        if (context.arguments.contains(option) &&
            (!shape->option || option != QLatin1StringView(shape->option)))
            return context.fail(kUsage, Tr::tr("scenario %1 takes no %2").arg(action, option));
    }
    if (action == QStringLiteral("parameters"))
        return scenarioParameters(context);
    if (action == QStringLiteral("list"))
        return scenarioList(context);
    if (action == QStringLiteral("show"))
        return scenarioShow(context, args.at(0));
    if (action == QStringLiteral("export"))
        return scenarioExport(context, args);
    if (action == QStringLiteral("import"))
        return scenarioImport(context, args.at(0));
    return scenarioWrite(context, action, args);
}

// --- simulate --scenario ------------------------------------------------------------------------

int runSimulateScenarios(CommandContext& context) {
    const QStringList valueOptions{QStringLiteral("--months"),  QStringLiteral("--runs"),
                                   QStringLiteral("--seed"),    QStringLiteral("--threads"),
                                   QStringLiteral("--by"),      QStringLiteral("--format"),
                                   QStringLiteral("--scenario")};
    if (auto problem = checkOptions(context, valueOptions, {QStringLiteral("--progress")}))
        return context.fail(kUsage, *problem + QStringLiteral(" (simulate --help)"));
    if (auto failed = takeFormat(context))
        return *failed;
    if (!context.positionals(valueOptions).isEmpty())
        return context.fail(kUsage, Tr::tr("simulate takes no arguments besides its options "
                                           "(simulate --help)"));
    ForecastSettings settings;
    std::optional<quint64> seed;
    if (auto failed = forecastOptions(context, settings, seed))
        return *failed;
    const QString byKey = context.option(QStringLiteral("--by")).value_or(QStringLiteral("tier"));
    if (byKey != QStringLiteral("tier") && byKey != QStringLiteral("year"))
        return context.fail(
            kUsage, Tr::tr("with --scenario, --by must be tier or year, not '%1'").arg(byKey));
    const QStringList names = optionValues(context, QStringLiteral("--scenario"));
    if (names.size() > kMaxScenarios)
        return context.fail(kUsage, Tr::tr("at most %1 scenarios can be compared at once, not %2")
                                        .arg(kMaxScenarios)
                                        .arg(names.size()));

    auto db = context.openForReading();
    if (!db)
        return kDatabase;
    auto state = MarketStore(*db).loadCurrentState();
    if (!state)
        return context.failWith(state.error());
    QList<ScenarioVariant> variants;
    ScenarioRepository repository(*db);
    for (const QString& name : names) {
        auto scenario = repository.find(name);
        if (!scenario)
            return context.failWith(scenario.error());
        variants.append({scenario->name, scenario->overrides});
    }
    settings.seed = seed.value_or(state->config.marketSeed);
    auto outcomes = runScenarios(*state, variants, settings, progressPrinter(context));
    if (!outcomes)
        return context.failWith(outcomes.error());
    const ForecastResult& base = outcomes->first().result;
    QJsonArray scenarioNames;
    for (const ScenarioVariant& variant : std::as_const(variants))
        scenarioNames.append(variant.name);
    return printForecastTable(
        context,
        comparisonTable(*outcomes, byKey == QStringLiteral("year") ? ComparisonGrouping::Year
                                                                   : ComparisonGrouping::Tier),
        Tr::tr("Scenarios against the base from %1, %2 months, %3 runs each, seed %4 (p10 / p50 "
               "/ p90 over runs)\n")
            .arg(monthKey(base.firstMonth()))
            .arg(base.months())
            .arg(base.runsDone())
            .arg(settings.seed),
        QJsonObject{{QStringLiteral("firstMonth"), monthKey(base.firstMonth())},
                    {QStringLiteral("months"), base.months()},
                    {QStringLiteral("runs"), base.runsDone()},
                    {QStringLiteral("seed"), QString::number(settings.seed)},
                    {QStringLiteral("scenarios"), scenarioNames}});
}

// --- sensitivity --------------------------------------------------------------------------------

int runSensitivity(CommandContext& context) {
    if (context.flag(QStringLiteral("--help"))) {
        context.out << sensitivityUsage() << '\n';
        return kOk;
    }
    const QStringList valueOptions{QStringLiteral("--scenario"), QStringLiteral("--parameter"),
                                   QStringLiteral("--percent"),  QStringLiteral("--metric"),
                                   QStringLiteral("--stat"),     QStringLiteral("--months"),
                                   QStringLiteral("--runs"),     QStringLiteral("--seed"),
                                   QStringLiteral("--threads"),  QStringLiteral("--format")};
    if (auto problem = checkOptions(context, valueOptions, {QStringLiteral("--progress")}))
        return context.fail(kUsage, *problem + u'\n' + sensitivityUsage());
    if (auto failed = takeFormat(context))
        return *failed;
    if (!context.positionals(valueOptions).isEmpty())
        return context.fail(kUsage, sensitivityUsage());
    SensitivitySettings settings;
    settings.forecast.runs = 200;
    std::optional<quint64> seed;
    if (auto failed = forecastOptions(context, settings.forecast, seed))
        return *failed;
    if (auto failed =
            metricOptions(context, settings.metric, settings.statistic, sensitivityUsage()))
        return *failed;
    if (const auto text = context.option(QStringLiteral("--percent"))) {
        bool ok = false;
        settings.percent = text->toDouble(&ok);
        if (!ok || !(settings.percent > 0.0 && settings.percent <= 100.0))
            return context.fail(
                kUsage, Tr::tr("--percent must be above 0 and at most 100, not '%1'").arg(*text));
    }
    settings.parameters = optionValues(context, QStringLiteral("--parameter"));

    auto db = context.openForReading();
    if (!db)
        return kDatabase;
    auto state = MarketStore(*db).loadCurrentState();
    if (!state)
        return context.failWith(state.error());
    QList<ParameterOverride> overrides;
    QString scenarioName;
    if (auto failed = scenarioOverrides(context, *db, overrides, &scenarioName))
        return *failed;
    settings.forecast.seed = seed.value_or(state->config.marketSeed);
    auto result = runSensitivity(*state, overrides, settings, progressPrinter(context));
    if (!result)
        return context.failWith(result.error());
    const QString baseText = metricValueText(result->metric, result->baseMetric);
    return printForecastTable(
        context, sensitivityTable(*result),
        Tr::tr("Sensitivity of %1 (%2) to ±%3% on %4: %5 as it is; %6 forecasts of %7 runs × %8 "
               "months, seed %9; largest effect first\n")
            .arg(result->metric.label(), statisticKey(result->statistic))
            .arg(result->percent)
            .arg(scenarioName.isEmpty() ? Tr::tr("the base economy")
                                        : Tr::tr("scenario '%1'").arg(scenarioName),
                 baseText)
            .arg(result->forecasts)
            .arg(settings.forecast.runs)
            .arg(result->horizon)
            .arg(settings.forecast.seed),
        QJsonObject{{QStringLiteral("metric"), result->metric.toText()},
                    {QStringLiteral("statistic"), statisticKey(result->statistic)},
                    {QStringLiteral("percent"), result->percent},
                    {QStringLiteral("scenario"), scenarioName},
                    {QStringLiteral("base"), baseText},
                    {QStringLiteral("months"), result->horizon},
                    {QStringLiteral("runs"), settings.forecast.runs},
                    {QStringLiteral("seed"), QString::number(settings.forecast.seed)},
                    {QStringLiteral("forecasts"), result->forecasts}});
}

// --- goal-seek ----------------------------------------------------------------------------------

int runGoalSeek(CommandContext& context) {
    if (context.flag(QStringLiteral("--help"))) {
        context.out << goalSeekUsage() << '\n';
        return kOk;
    }
    const QStringList valueOptions{
        QStringLiteral("--parameter"), QStringLiteral("--metric"),  QStringLiteral("--target"),
        QStringLiteral("--stat"),      QStringLiteral("--from"),    QStringLiteral("--to"),
        QStringLiteral("--scenario"),  QStringLiteral("--runs"),    QStringLiteral("--months"),
        QStringLiteral("--seed"),      QStringLiteral("--threads"), QStringLiteral("--format")};
    if (auto problem = checkOptions(context, valueOptions,
                                    {QStringLiteral("--apply"), QStringLiteral("--progress")}))
        return context.fail(kUsage, *problem + u'\n' + goalSeekUsage());
    if (auto failed = takeFormat(context))
        return *failed;
    if (!context.positionals(valueOptions).isEmpty())
        return context.fail(kUsage, goalSeekUsage());
    GoalSeekSettings settings;
    settings.forecast.runs = 200;
    std::optional<quint64> seed;
    if (auto failed = forecastOptions(context, settings.forecast, seed))
        return *failed;
    const auto parameter = context.option(QStringLiteral("--parameter"));
    const auto target = context.option(QStringLiteral("--target"));
    if (!parameter || !target)
        return context.fail(kUsage, Tr::tr("--parameter, --metric and --target are needed") +
                                        u'\n' + goalSeekUsage());
    if (auto failed = metricOptions(context, settings.metric, settings.statistic, goalSeekUsage()))
        return *failed;
    auto targetValue = parseMetricValue(settings.metric, *target);
    if (!targetValue)
        return context.fail(kUsage, Tr::tr("--target: %1").arg(targetValue.error().message));
    settings.parameter = *parameter;
    settings.target = *targetValue;
    settings.from = context.option(QStringLiteral("--from")).value_or(QString());
    settings.to = context.option(QStringLiteral("--to")).value_or(QString());
    if (settings.from.isEmpty() != settings.to.isEmpty())
        return context.fail(kUsage, Tr::tr("--from and --to go together"));
    const bool apply = context.flag(QStringLiteral("--apply"));
    if (apply && !context.option(QStringLiteral("--scenario")))
        return context.fail(kUsage, Tr::tr("--apply needs --scenario NAME: the value found is "
                                           "saved into a scenario, never into the economy"));

    // --apply writes at the end: one connection for the whole command.
    auto db = apply ? context.openForWriting() : context.openForReading();
    if (!db)
        return kDatabase;
    auto state = MarketStore(*db).loadCurrentState();
    if (!state)
        return context.failWith(state.error());
    QList<ParameterOverride> overrides;
    QString scenarioName;
    qint64 targetScenarioId = 0;
    if (auto failed = scenarioOverrides(context, *db, overrides, &scenarioName, &targetScenarioId))
        return *failed;
    settings.forecast.seed = seed.value_or(state->config.marketSeed);
    auto result = goalSeek(*state, overrides, settings, progressPrinter(context));
    if (!result)
        return context.failWith(result.error());

    const auto text = [&](qint64 value) { return metricValueText(settings.metric, value); };
    TableWriter steps({QStringLiteral("step"), QStringLiteral("value"), QStringLiteral("measured")},
                      {true, true, true});
    QJsonArray stepList;
    for (qsizetype i = 0; i < result->steps.size(); ++i) {
        const GoalSeekStep& step = result->steps.at(i);
        steps.addRow({QString::number(i + 1), step.value, text(step.measured)});
        stepList.append(QJsonObject{{QStringLiteral("value"), step.value},
                                    {QStringLiteral("measured"), text(step.measured)}});
    }
    if (context.format == QStringLiteral("json")) {
        const QJsonObject document{
            {QStringLiteral("reached"), result->reached},
            {QStringLiteral("parameter"), settings.parameter},
            {QStringLiteral("metric"), settings.metric.toText()},
            {QStringLiteral("statistic"), statisticKey(settings.statistic)},
            {QStringLiteral("target"), text(settings.target)},
            {QStringLiteral("tolerance"), text(result->tolerance)},
            {QStringLiteral("value"), result->value},
            {QStringLiteral("measured"), text(result->measured)},
            {QStringLiteral("p10"), text(result->band.p10)},
            {QStringLiteral("p50"), text(result->band.p50)},
            {QStringLiteral("p90"), text(result->band.p90)},
            {QStringLiteral("forecasts"), static_cast<int>(result->steps.size())},
            {QStringLiteral("message"), result->message},
            {QStringLiteral("steps"), stepList},
        };
        context.out << QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else if (context.format == QStringLiteral("csv")) {
        context.out << steps.render(context.format);
    } else {
        context.out << result->message << '\n'
                    << Tr::tr("%1 = %2 (%3: p10 %4, p50 %5, p90 %6)")
                           .arg(settings.parameter, result->value, settings.metric.label(),
                                text(result->band.p10), text(result->band.p50),
                                text(result->band.p90))
                    << '\n'
                    << Tr::tr("%1 forecasts of %2 runs × %3 months, seed %4:")
                           .arg(result->steps.size())
                           .arg(settings.forecast.runs)
                           .arg(settings.metric.monthsNeeded(settings.forecast.months))
                           .arg(settings.forecast.seed)
                    << '\n'
                    << steps.render(context.format);
    }
    if (!result->reached)
        return context.fail(kRejected, result->message);
    if (apply) {
        if (auto done = ScenarioRepository(*db).setOverride(targetScenarioId, settings.parameter,
                                                            result->value);
            !done)
            return context.failWith(done.error());
        context.err << Tr::tr("Saved %1 = %2 in scenario '%3'.")
                           .arg(settings.parameter, result->value, scenarioName)
                    << '\n';
    }
    return kOk;
}

// --- balance ------------------------------------------------------------------------------------

namespace {

int balanceList(CommandContext& context) {
    auto db = context.openForReading();
    if (!db)
        return kDatabase;
    auto rules = BalanceRuleRepository(*db).list();
    if (!rules)
        return context.failWith(rules.error());
    if (rules->isEmpty() && context.format == QStringLiteral("table")) {
        context.out << Tr::tr("No balance rules yet (modelmarket balance add adds one).\n");
        return kOk;
    }
    TableWriter writer({QStringLiteral("name"), QStringLiteral("metric"), QStringLiteral("label"),
                        QStringLiteral("statistic"), QStringLiteral("min"), QStringLiteral("max"),
                        QStringLiteral("bounds")},
                       {false, false, false, false, true, true, false});
    for (const BalanceRule& rule : std::as_const(*rules))
        writer.addRow({rule.name, rule.metric.toText(), rule.metric.label(),
                       statisticKey(rule.statistic),
                       rule.minimum ? metricValueText(rule.metric, *rule.minimum) : QString(),
                       rule.maximum ? metricValueText(rule.metric, *rule.maximum) : QString(),
                       rule.boundsText()});
    context.out << writer.render(context.format);
    return kOk;
}

int balanceAdd(CommandContext& context, const QString& name) {
    BalanceRule rule;
    rule.name = name.trimmed();
    if (auto failed = metricOptions(context, rule.metric, rule.statistic, balanceUsage()))
        return *failed;
    for (auto [option, bound] : {std::pair{QStringLiteral("--min"), &rule.minimum},
                                 std::pair{QStringLiteral("--max"), &rule.maximum}}) {
        if (const auto text = context.option(option)) {
            auto value = parseMetricValue(rule.metric, *text);
            if (!value)
                return context.fail(kUsage, Tr::tr("%1: %2").arg(option, value.error().message));
            *bound = *value;
        }
    }
    if (!rule.minimum && !rule.maximum)
        return context.fail(kUsage, Tr::tr("give --min, --max or both") + u'\n' + balanceUsage());
    auto db = context.openForWriting();
    if (!db)
        return kDatabase;
    if (auto added = BalanceRuleRepository(*db).add(rule); !added)
        return context.failWith(added.error());
    context.out << Tr::tr("Added balance rule '%1': %2, %3 %4.")
                       .arg(rule.name, rule.metric.label(), statisticKey(rule.statistic),
                            rule.boundsText())
                << '\n';
    return kOk;
}

int balanceRemove(CommandContext& context, const QString& name) {
    auto db = context.openForWriting();
    if (!db)
        return kDatabase;
    BalanceRuleRepository repository(*db);
    auto rule = repository.find(name);
    if (!rule)
        return context.failWith(rule.error());
    if (auto done = repository.remove(rule->id); !done)
        return context.failWith(done.error());
    context.out << Tr::tr("Removed balance rule '%1'.").arg(rule->name) << '\n';
    return kOk;
}

int balanceCheck(CommandContext& context) {
    ForecastSettings settings;
    settings.runs = 500;
    std::optional<quint64> seed;
    if (auto failed = forecastOptions(context, settings, seed))
        return *failed;
    auto db = context.openForReading();
    if (!db)
        return kDatabase;
    auto rules = BalanceRuleRepository(*db).list();
    if (!rules)
        return context.failWith(rules.error());
    if (rules->isEmpty()) {
        context.out << Tr::tr("No balance rules to check (modelmarket balance add adds one).\n");
        return kOk;
    }
    auto base = MarketStore(*db).loadCurrentState();
    if (!base)
        return context.failWith(base.error());
    QList<ParameterOverride> overrides;
    QString scenarioName;
    if (auto failed = scenarioOverrides(context, *db, overrides, &scenarioName))
        return *failed;
    settings.months = balanceHorizon(*rules, settings.months);
    settings.seed = seed.value_or(base->config.marketSeed);
    auto checked = runBalanceCheck(*base, overrides, *rules, settings, progressPrinter(context));
    if (!checked) {
        Error error = checked.error();
        if (!scenarioName.isEmpty())
            error.where = scenarioName + QStringLiteral(": ") + error.where;
        return context.failWith(error);
    }
    const QList<BalanceOutcome>& outcomes = *checked;

    TableWriter writer({QStringLiteral("rule"), QStringLiteral("metric"),
                        QStringLiteral("statistic"), QStringLiteral("bounds"),
                        QStringLiteral("measured"), QStringLiteral("p10"), QStringLiteral("p50"),
                        QStringLiteral("p90"), QStringLiteral("result"), QStringLiteral("note")},
                       {false, false, false, false, true, true, true, true, false, false});
    int failures = 0;
    for (const BalanceOutcome& outcome : outcomes) {
        const ForecastMetric& metric = outcome.rule.metric;
        // A metric that could not be evaluated leaves the band empty; a payback beyond the
        // horizon has one ("never") and a note.
        const bool measured = outcome.problem.isEmpty() || outcome.band != Band{};
        failures += outcome.passed ? 0 : 1;
        writer.addRow({outcome.rule.name, metric.label(), statisticKey(outcome.rule.statistic),
                       outcome.rule.boundsText(),
                       measured ? metricValueText(metric, outcome.measured) : QString(),
                       measured ? metricValueText(metric, outcome.band.p10) : QString(),
                       measured ? metricValueText(metric, outcome.band.p50) : QString(),
                       measured ? metricValueText(metric, outcome.band.p90) : QString(),
                       outcome.passed ? QStringLiteral("PASS") : QStringLiteral("FAIL"),
                       outcome.problem});
    }
    if (context.format == QStringLiteral("table"))
        context.out << Tr::tr("Balance of %1 from %2, %3 months, %4 runs, seed %5\n")
                           .arg(scenarioName.isEmpty() ? Tr::tr("the base economy")
                                                       : Tr::tr("scenario '%1'").arg(scenarioName),
                                monthKey(base->month))
                           .arg(settings.months)
                           .arg(settings.runs)
                           .arg(settings.seed);
    context.out << writer.render(context.format);
    if (failures > 0)
        return context.fail(kRejected, Tr::tr("%1 of %n balance rule(s) fail", nullptr,
                                              static_cast<int>(outcomes.size()))
                                           .arg(failures));
    if (context.format == QStringLiteral("table"))
        context.out << Tr::tr("All %n balance rule(s) pass.", nullptr,
                              static_cast<int>(outcomes.size()))
                    << '\n';
    return kOk;
}

} // namespace

int runBalance(CommandContext& context) {
    if (context.flag(QStringLiteral("--help"))) {
        context.out << balanceUsage() << '\n';
        return kOk;
    }
    const QStringList valueOptions{QStringLiteral("--metric"),   QStringLiteral("--stat"),
                                   QStringLiteral("--min"),      QStringLiteral("--max"),
                                   QStringLiteral("--scenario"), QStringLiteral("--runs"),
                                   QStringLiteral("--months"),   QStringLiteral("--seed"),
                                   QStringLiteral("--threads"),  QStringLiteral("--format")};
    if (auto problem = checkOptions(context, valueOptions, {QStringLiteral("--progress")}))
        return context.fail(kUsage, *problem + u'\n' + balanceUsage());
    if (auto failed = takeFormat(context))
        return *failed;
    QStringList args = context.positionals(valueOptions);
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    const auto only = [&](const QStringList& allowed) -> std::optional<int> {
        for (const QString& option : valueOptions + QStringList{QStringLiteral("--progress")}) {
            if (option != QStringLiteral("--format") && context.arguments.contains(option) &&
                !allowed.contains(option))
                return context.fail(kUsage, Tr::tr("balance %1 takes no %2").arg(action, option));
        }
        return std::nullopt;
    };
    if (action == QStringLiteral("list") && args.isEmpty()) {
        if (auto failed = only({}))
            return *failed;
        return balanceList(context);
    }
    if (action == QStringLiteral("add") && args.size() == 1) {
        if (auto failed = only({QStringLiteral("--metric"), QStringLiteral("--stat"),
                                QStringLiteral("--min"), QStringLiteral("--max")}))
            return *failed;
        return balanceAdd(context, args.at(0));
    }
    if (action == QStringLiteral("remove") && args.size() == 1) {
        if (auto failed = only({}))
            return *failed;
        return balanceRemove(context, args.at(0));
    }
    if (action == QStringLiteral("check") && args.isEmpty()) {
        if (auto failed = only({QStringLiteral("--scenario"), QStringLiteral("--runs"),
                                QStringLiteral("--months"), QStringLiteral("--seed"),
                                QStringLiteral("--threads"), QStringLiteral("--progress")}))
            return *failed;
        return balanceCheck(context);
    }
    return context.fail(kUsage, balanceUsage());
}

} // namespace mm::cli
