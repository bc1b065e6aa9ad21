// modelmarket diff A B: what changed between two economies, field by field.

#include "app/cli/Cli.h"
#include "app/cli/CliCommands.h"
#include "app/cli/TableWriter.h"
#include "core/Scenario.h"
#include "data/Database.h"
#include "data/DbError.h"
#include "data/EconomyDiff.h"
#include "data/EconomyRepository.h"
#include "data/ScenarioRepository.h"

#include <QCoreApplication>

namespace mm::cli {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::cli)
};

// As diff(1): scripts and CI read "different" from the exit code alone. A file that cannot be
// read exits kDatabase, never this, so 1 always means the economies differ.
constexpr int kDifferent = 1;

QString diffUsage() {
    return Tr::tr(
        "usage: modelmarket diff A B [--format table|csv|json]\n"
        "       modelmarket --db FILE diff --scenario NAME [--format table|csv|json]\n"
        "\n"
        "Compares two economies, each a ModelMarket database (read only) or an economy\n"
        "JSON file (export economy), and lists every change from A to B: table, row\n"
        "(its id, or its name for scenarios and balance rules), field (a config\n"
        "parameter's path for the config), added, removed or changed, old and new value.\n"
        "\n"
        "With --scenario: the stored economy against the scenario NAME, parameter by\n"
        "parameter (listing price levels as listingPricePercent.TIER, 100 = as stored).\n"
        "\n"
        "Exit codes: 0 the same, 1 different, 2 usage error, 3 a file cannot be read.\n");
}

// A whole added or removed row is hundreds of characters; in the aligned table it would push
// every other line's last column off the screen. CSV and JSON carry it whole.
QString shortened(const QString& value) {
    constexpr qsizetype kMaxTableCell = 60;
    return value.size() <= kMaxTableCell ? value : value.left(kMaxTableCell - 1) + u'…';
}

// The stored config against the scenario's: every parameter the scenario changes, with the
// listing price levels (not part of the config) as parameters of their own.
Result<EconomyDiff> scenarioDiff(Database& db, const QString& name) {
    auto config = EconomyRepository(db).loadConfig();
    if (!config)
        return config.error();
    auto scenario = ScenarioRepository(db).find(name);
    if (!scenario)
        return scenario.error();
    auto applied = applyOverrides(*config, scenario->overrides);
    if (!applied)
        return applied.error();
    EconomyDiff diff = diffEconomyConfigs(config->toJson(), applied->toJson());
    for (const ParameterOverride& entry : scenario->overrides) {
        if (!entry.path.startsWith(QLatin1StringView("listingPricePercent.")))
            continue;
        const auto parameter = findScenarioParameter(*config, entry.path);
        if (parameter && parameter->value != entry.value)
            diff.changes.append({QStringLiteral("config"), QString(), entry.path,
                                 EconomyChangeKind::Changed, parameter->value, entry.value,
                                 QString()});
    }
    return diff;
}

} // namespace

int runDiff(CommandContext& context) {
    if (context.flag(QStringLiteral("--help"))) {
        context.out << diffUsage();
        return kOk;
    }
    if (auto failed = takeFormat(context))
        return *failed;
    const QString scenario = context.option(QStringLiteral("--scenario")).value_or(QString());
    if (auto problem =
            checkOptions(context, {QStringLiteral("--format"), QStringLiteral("--scenario")}))
        return context.fail(kUsage, *problem + u'\n' + diffUsage());
    const QStringList files =
        context.positionals({QStringLiteral("--format"), QStringLiteral("--scenario")});
    EconomyDiff diff;
    if (!scenario.isEmpty()) {
        if (!files.isEmpty())
            return context.fail(kUsage, diffUsage());
        auto db = context.openForReading();
        if (!db)
            return kDatabase;
        auto found = scenarioDiff(*db, scenario);
        // Exit 1 means "different" here, so storage trouble keeps code 3 and an unknown
        // scenario is a usage error.
        if (!found)
            return context.fail(found.error().rule.startsWith(kRuleDbPrefix) ? kDatabase : kUsage,
                                found.error().toString());
        diff = *found;
    } else {
        if (files.size() != 2)
            return context.fail(kUsage, diffUsage());
        QList<QJsonObject> economies;
        for (const QString& file : files) {
            auto economy = loadEconomySource(file);
            if (!economy)
                return context.fail(kDatabase, economy.error().toString());
            economies.append(*economy);
        }
        diff = diffEconomies(economies.at(0), economies.at(1));
    }

    TableWriter writer({QStringLiteral("table"), QStringLiteral("row"), QStringLiteral("field"),
                        QStringLiteral("change"), QStringLiteral("old"), QStringLiteral("new")},
                       {false, false, false, false, false, false});
    const bool table = context.format == QStringLiteral("table");
    for (const EconomyChange& change : diff.changes)
        writer.addRow({change.table, change.row, change.field, economyChangeKindKey(change.kind),
                       table ? shortened(change.oldValue) : change.oldValue,
                       table ? shortened(change.newValue) : change.newValue});
    if (!table) {
        context.out << writer.render(context.format);
    } else if (diff.isEmpty()) {
        context.out << Tr::tr("The economies are the same.\n");
    } else {
        context.out << writer.render(context.format);
        context.out << Tr::tr("Changes: %1 (%2 added, %3 removed, %4 changed)\n")
                           .arg(diff.changes.size())
                           .arg(diff.count(EconomyChangeKind::Added))
                           .arg(diff.count(EconomyChangeKind::Removed))
                           .arg(diff.count(EconomyChangeKind::Changed));
    }
    return diff.isEmpty() ? kOk : kDifferent;
}

} // namespace mm::cli
