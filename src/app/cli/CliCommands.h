#pragma once

#include "core/Result.h"

#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

class QJsonObject;

namespace mm {
class Database;
struct ForecastTable;
} // namespace mm

namespace mm::cli {

struct CommandContext {
    QTextStream& out;
    QTextStream& err;
    QString databasePath;
    QString format = QStringLiteral("table");
    QStringList arguments; // after the subcommand

    // Writes "error: <message>" to stderr and returns `code`.
    int fail(int code, const QString& message);
    // Exit code for an error from storage: rejected input (1) or database trouble (3).
    int failWith(const Error& error);
    // Opens the database for writing (creating it with the default config when new).
    std::unique_ptr<Database> openForWriting();
    std::unique_ptr<Database> openForReading();
    // "--name value" among the subcommand's arguments.
    std::optional<QString> option(const QString& name) const;
    bool flag(const QString& name) const;
    // Positional arguments (not options nor their values).
    QStringList positionals(const QStringList& optionsWithValues = {}) const;
};

// Checks that every "--option" is known and that those taking a value have one.
std::optional<QString> checkOptions(const CommandContext& context, const QStringList& valueOptions,
                                    const QStringList& flags = {});
// "--format F" given after the subcommand, where people tend to type it; a failure's exit code.
std::optional<int> takeFormat(CommandContext& context);

int runInit(CommandContext& context);
int runImport(CommandContext& context);
int runExport(CommandContext& context);
int runReport(CommandContext& context);
int runCheck(CommandContext& context);
int runGenerate(CommandContext& context);
int runSell(CommandContext& context);
int runList(CommandContext& context);
int runTrain(CommandContext& context);
int runClock(CommandContext& context);
int runSimulate(CommandContext& context);
int runMarket(CommandContext& context);
int runScenario(CommandContext& context);
int runSimulateScenarios(CommandContext& context); // simulate --scenario
int runSensitivity(CommandContext& context);
int runGoalSeek(CommandContext& context);
int runBalance(CommandContext& context);
int runDiff(CommandContext& context);
int runCopy(CommandContext& context); // CopyCommand.cpp

// Shared by the forecast commands (SimulateCommands.cpp).
// "--option N" within [low, high] into *target when given; a usage failure's exit code otherwise.
std::optional<int> wholeNumberOption(CommandContext& context, const QString& option, int low,
                                     int high, int* target);
// A forecast table as text (after `heading`, which ends with a newline), CSV, or JSON (`meta` with
// the rows added).
int printForecastTable(CommandContext& context, const ForecastTable& table, const QString& heading,
                       const QJsonObject& meta);

} // namespace mm::cli
