#include "app/cli/Cli.h"

#include "app/cli/CliCommands.h"
#include "data/DefaultDatabase.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mm::cli {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::cli)
};

struct Subcommand {
    const char* name;
    int (*run)(CommandContext&);
};

constexpr Subcommand kSubcommands[] = {
    {"init", &runInit},          {"import", &runImport},
    {"export", &runExport},      {"report", &runReport},
    {"check", &runCheck},        {"generate", &runGenerate},
    {"train", &runTrain},        {"clock", &runClock},
    {"sell", &runSell},          {"list", &runList},
    {"simulate", &runSimulate},  {"market", &runMarket},
    {"scenario", &runScenario},  {"sensitivity", &runSensitivity},
    {"goal-seek", &runGoalSeek}, {"balance", &runBalance},
    {"diff", &runDiff},          {"copy", &runCopy},
};

const Subcommand* findSubcommand(const QString& name) {
    for (const Subcommand& command : kSubcommands) {
        if (name == QLatin1StringView(command.name))
            return &command;
    }
    return nullptr;
}

// Global options take a value; everything else after the subcommand belongs to it.
bool takesValue(const QString& option) {
    return option == QStringLiteral("--db") || option == QStringLiteral("--format");
}

} // namespace

QString usage() {
    const QString text = Tr::tr(
        "Usage: modelmarket [--db PATH] [FILE]\n"
        "       modelmarket [--db PATH] [--format table|csv|json] SUBCOMMAND [ARGS]\n"
        "\n"
        "Without a subcommand the window opens on the database (default: %1).\n"
        "\n"
        "Subcommands (no display needed):\n"
        "  init [--empty]                         create the database; with the demo economy "
        "unless --empty\n"
        "  import catalog|buyers|licenses FILE    import a CSV file, all rows or none\n"
        "  export catalog|buyers|licenses [FILE]  export as CSV (standard output without "
        "FILE)\n"
        "  export economy [FILE]                  export the whole economy as JSON\n"
        "  import economy FILE [--replace]        load a whole economy from JSON\n"
        "  report revenue --by tier|month|model|buyer-type [--from DATE] [--to DATE]\n"
        "  check                                  integrity, foreign keys and domain rules\n"
        "  generate --models N --buyers N --licenses N [--seed S] [--months M] [--no-usage]\n"
        "  list --model NAME [--tiers KEY,...] [--price-KEY AMOUNT]...  offer a completed "
        "model;\n"
        "                                         tiers without a price get the recommended "
        "one\n"
        "  list --model NAME --unlist KEY,...     withdraw the model from tiers\n"
        "  sell --model NAME --buyer NAME --tier open_source|academic|commercial|enterprise\n"
        "       [--use research|business] [--deployments N|unlimited] [--calls N]\n"
        "       [--no-attribution] [--date YYYY-MM-DD]  sell a license (sell --help)\n"
        "  train --name NAME --size small|medium|large|frontier [...]  queue a training job "
        "(train --help)\n"
        "  clock [show] | clock advance --days N  show the game date and queue, or run the "
        "clock\n"
        "  market [show|on|off]                   whether the clock plays the market; the "
        "labs\n"
        "  simulate [--months N] [--runs N] [--seed S] [--by tier|month|lab|size-class]\n"
        "                                         Monte Carlo forecast (simulate --help)\n"
        "  simulate --scenario NAME [--scenario NAME]... [--by tier|year]\n"
        "                                         scenarios side by side with the base\n"
        "  scenario parameters|list|create|duplicate|rename|set|unset|show|export|import|delete\n"
        "                                         what-if overrides of the config (scenario "
        "--help)\n"
        "  sensitivity --metric METRIC [--parameter PATH]... [--percent P] [--scenario NAME]\n"
        "                                         each parameter's effect, largest first\n"
        "  goal-seek --parameter PATH --metric METRIC --target VALUE [--apply --scenario NAME]\n"
        "                                         the value that reaches a target "
        "(goal-seek --help)\n"
        "  balance list|add|remove|check          bounds the forecast must keep "
        "(balance --help)\n"
        "  diff A B                               what changed between two economies (databases "
        "or\n"
        "                                         economy JSON); exit 1 when they differ (diff "
        "--help)\n"
        "  copy --from DATABASE --to DATABASE [--replace]\n"
        "                                         the whole economy from one database (file or "
        "server)\n"
        "                                         to another (copy --help)\n"
        "\n"
        "Options:\n"
        "  --db PATH        the database file, or a PostgreSQL database as\n"
        "                   postgresql://USER@HOST:PORT/DBNAME (docs/team-server.md)\n"
        "  --format FORMAT  table (default), csv or json, for report and diff output\n"
        "  --help           this text\n"
        "  --version        the version\n"
        "\n"
        "Exit codes: 0 ok, 1 input rejected (nothing written), 2 usage error, 3 database "
        "error.\n");
    return text.arg(defaultDatabasePath());
}

QString versionText() {
    return QStringLiteral("modelmarket %1\n").arg(QCoreApplication::applicationVersion());
}

bool isSubcommand(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (takesValue(argument)) {
            ++i;
            continue;
        }
        if (argument.startsWith(u'-'))
            continue;
        if (findSubcommand(argument))
            return true;
        // A database to open in the window must exist or be named like one; any other word is a
        // mistyped subcommand, which run() reports, rather than a new file created by accident.
        const QFileInfo file(argument);
        const QString suffix = file.suffix().toLower();
        return !file.exists() && suffix != QStringLiteral("sqlite") &&
               suffix != QStringLiteral("sqlite3") && suffix != QStringLiteral("db");
    }
    return false;
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err) {
    CommandContext context{out, err, {}, QStringLiteral("table"), {}};
    const Subcommand* command = nullptr;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!command && takesValue(argument)) {
            if (i + 1 >= arguments.size()) {
                err << Tr::tr("error: %1 needs a value").arg(argument) << '\n';
                return kUsage;
            }
            const QString value = arguments.at(++i);
            if (argument == QStringLiteral("--db"))
                context.databasePath = value;
            else
                context.format = value;
            continue;
        }
        if (!command &&
            (argument == QStringLiteral("--help") || argument == QStringLiteral("-h"))) {
            out << usage();
            return kOk;
        }
        if (!command && argument == QStringLiteral("--version")) {
            out << versionText();
            return kOk;
        }
        if (!command) {
            command = findSubcommand(argument);
            if (!command) {
                err << Tr::tr("error: unknown subcommand or option '%1' (see --help)").arg(argument)
                    << '\n';
                return kUsage;
            }
            continue;
        }
        context.arguments.append(argument);
    }
    if (!command) {
        out << usage();
        return kOk;
    }
    if (context.databasePath.isEmpty())
        context.databasePath = defaultDatabasePath();
    if (context.format != QStringLiteral("table") && context.format != QStringLiteral("csv") &&
        context.format != QStringLiteral("json")) {
        err << Tr::tr("error: --format must be table, csv or json, not '%1'").arg(context.format)
            << '\n';
        return kUsage;
    }
    return command->run(context);
}

} // namespace mm::cli
