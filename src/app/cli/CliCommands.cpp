#include "app/cli/CliCommands.h"

#include "app/cli/Cli.h"
#include "app/cli/TableWriter.h"
#include "core/CountText.h"
#include "data/Database.h"
#include "data/DefaultDatabase.h"
#include "data/EconomyGenerator.h"
#include "data/EconomyRepository.h"
#include "data/Exchange.h"
#include "data/IntegrityCheck.h"
#include "data/RevenueQueries.h"
#include "data/RevenueReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <memory>

namespace mm::cli {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::cli)
};

std::optional<ExchangeTable> tableNamed(const QString& name) {
    if (name == QStringLiteral("catalog"))
        return ExchangeTable::Catalog;
    if (name == QStringLiteral("buyers"))
        return ExchangeTable::Buyers;
    if (name == QStringLiteral("licenses"))
        return ExchangeTable::Licenses;
    return std::nullopt;
}

// "2024-03" means the whole month: the first day for --from, the last for --to.
std::optional<QDate> parseDate(const QString& text, bool endOfMonth) {
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return date;
    date = QDate::fromString(text + QStringLiteral("-01"), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return endOfMonth ? date.addMonths(1).addDays(-1) : date;
}

// A plain name for the callback type: lupdate misreads a namespace-qualified return type.
using ProgressCallback = exchange::Progress;

// Progress of long work on standard error, one line per tenth ("40% (catalog)").
ProgressCallback progressPrinter(CommandContext& context, const QString& stage) {
    auto lastTenth = std::make_shared<int>(0);
    return [&context, stage, lastTenth](double share) {
        const int percent = static_cast<int>(share * 100);
        if (percent / 10 > *lastTenth) {
            *lastTenth = percent / 10;
            context.err << Tr::tr("%1% (%2)").arg(percent).arg(stage) << '\n';
            context.err.flush();
        }
        return true;
    };
}

} // namespace

int CommandContext::fail(int code, const QString& message) {
    err << Tr::tr("error: %1").arg(message) << '\n';
    err.flush();
    return code;
}

int CommandContext::failWith(const Error& error) {
    const bool rejectedInput =
        !error.rule.startsWith(kRuleDbPrefix) || error.rule.startsWith(kRuleDbConstraint);
    return fail(rejectedInput ? kRejected : kDatabase, error.toString());
}

std::unique_ptr<Database> CommandContext::openForWriting() {
    auto db = openOrCreate(databasePath, false);
    if (!db) {
        fail(kDatabase, db.error().toString());
        return nullptr;
    }
    if ((*db)->isReadOnly()) {
        fail(kDatabase, Tr::tr("%1 is read-only; nothing was written").arg(databasePath));
        return nullptr;
    }
    return std::move(*db);
}

std::unique_ptr<Database> CommandContext::openForReading() {
    if (!ServerAddress::isServerUrl(databasePath) && !QFileInfo::exists(databasePath)) {
        fail(kDatabase,
             Tr::tr("no database at %1 (run 'modelmarket init' first)").arg(databasePath));
        return nullptr;
    }
    auto db = Database::open(databasePath, Database::ReadOnly);
    if (!db) {
        QString message = db.error().toString();
        if (db.error().rule == kRuleDbNeedsUpgrade && QFileInfo(databasePath).isWritable())
            message +=
                Tr::tr(" (run 'modelmarket --db %1 init' once, then try again)").arg(databasePath);
        fail(kDatabase, message);
        return nullptr;
    }
    return std::move(*db);
}

std::optional<QString> CommandContext::option(const QString& name) const {
    const qsizetype index = arguments.indexOf(name);
    if (index < 0 || index + 1 >= arguments.size())
        return std::nullopt;
    return arguments.at(index + 1);
}

bool CommandContext::flag(const QString& name) const {
    return arguments.contains(name);
}

QStringList CommandContext::positionals(const QStringList& optionsWithValues) const {
    QStringList result;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (optionsWithValues.contains(arguments.at(i))) {
            ++i;
            continue;
        }
        if (!arguments.at(i).startsWith(QStringLiteral("--")))
            result.append(arguments.at(i));
    }
    return result;
}

int runInit(CommandContext& context) {
    const bool server = ServerAddress::isServerUrl(context.databasePath);
    const bool existed = !server && QFileInfo::exists(context.databasePath);
    auto db = openOrCreate(context.databasePath, !context.flag(QStringLiteral("--empty")));
    if (!db)
        return context.fail(kDatabase, db.error().toString());
    // A server database was created by its administrator; init sets up or opens its schema.
    const QString done = server    ? Tr::tr("Ready: %1 (schema version %2)\n")
                         : existed ? Tr::tr("Opened %1 (schema version %2)\n")
                                   : Tr::tr("Created %1 (schema version %2)\n");
    context.out << done.arg((*db)->path()).arg((*db)->schemaVersion());
    return kOk;
}

int runImport(CommandContext& context) {
    const QStringList args = context.positionals();
    if (args.size() != 2)
        return context.fail(kUsage, Tr::tr("usage: import catalog|buyers|licenses|economy FILE"));
    const QString& path = args.at(1);
    if (!QFileInfo::exists(path))
        return context.fail(kRejected, Tr::tr("no such file: %1").arg(path));
    if (QFileInfo(path).size() > exchange::kMaxImportBytes)
        return context.fail(kRejected, Tr::tr("%1 is larger than the %2 MB an import accepts")
                                           .arg(path)
                                           .arg(exchange::kMaxImportBytes / (1024 * 1024)));
    auto db = context.openForWriting();
    if (!db)
        return kDatabase;

    // Small files are done before progress would tell anything.
    constexpr qint64 kProgressMinBytes = 16LL * 1024 * 1024;
    const bool showProgress = QFileInfo(path).size() >= kProgressMinBytes;
    if (args.at(0) == QStringLiteral("economy")) {
        if (auto done = exchange::importEconomyFile(
                *db, path, context.flag(QStringLiteral("--replace")),
                showProgress ? progressPrinter(context, args.at(0)) : exchange::Progress());
            !done)
            return context.failWith(done.error());
        context.out << Tr::tr("Imported the economy from %1\n").arg(path);
        return kOk;
    }

    const auto table = tableNamed(args.at(0));
    if (!table)
        return context.fail(
            kUsage,
            Tr::tr("cannot import '%1': use catalog, buyers, licenses or economy").arg(args.at(0)));
    auto report = exchange::importCsvFile(*db, *table, path,
                                          showProgress ? progressPrinter(context, args.at(0))
                                                       : exchange::Progress());
    if (!report)
        return context.failWith(report.error());
    for (const QString& column : report->unknownColumns)
        context.err << Tr::tr("warning: unknown column '%1' ignored").arg(column) << '\n';
    if (!report->ok()) {
        for (const ImportProblem& problem : report->problems)
            context.err << path << ':' << problem.toString() << '\n';
        return context.fail(kRejected, Tr::tr("%n row problem(s); nothing was imported", nullptr,
                                              static_cast<int>(report->problems.size())));
    }
    context.out << report->summary() << '\n';
    return kOk;
}

int runExport(CommandContext& context) {
    const QStringList args = context.positionals();
    if (args.isEmpty() || args.size() > 2)
        return context.fail(kUsage, Tr::tr("usage: export catalog|buyers|licenses|economy [FILE]"));
    const bool economy = args.at(0) == QStringLiteral("economy");
    const auto table = tableNamed(args.at(0));
    if (!economy && !table)
        return context.fail(
            kUsage,
            Tr::tr("cannot export '%1': use catalog, buyers, licenses or economy").arg(args.at(0)));
    auto db = context.openForReading();
    if (!db)
        return kDatabase;

    // Writing to a QSaveFile means a failed export never leaves a half-written file behind.
    QSaveFile file;
    QFile standardOutput;
    QIODevice* device = nullptr;
    if (args.size() == 2) {
        file.setFileName(args.at(1));
        if (!file.open(QIODevice::WriteOnly))
            return context.fail(kRejected,
                                Tr::tr("cannot write %1: %2").arg(args.at(1), file.errorString()));
        device = &file;
    } else {
        context.out.flush();
        if (!standardOutput.open(stdout, QIODevice::WriteOnly))
            return context.fail(kDatabase, Tr::tr("cannot write to standard output"));
        device = &standardOutput;
    }

    if (economy) {
        auto document = exchange::exportEconomy(*db);
        if (!document)
            return context.failWith(document.error());
        device->write(exchange::economyJsonText(*document));
    } else if (auto done =
                   exchange::exportCsv(*db, *table, *device, progressPrinter(context, args.at(0)));
               !done) {
        return context.failWith(done.error());
    }
    if (args.size() == 2 && !file.commit())
        return context.fail(kRejected,
                            Tr::tr("cannot write %1: %2").arg(args.at(1), file.errorString()));
    if (standardOutput.isOpen())
        standardOutput.flush();
    return kOk;
}

int runReport(CommandContext& context) {
    const QStringList args = context.positionals(
        {QStringLiteral("--by"), QStringLiteral("--from"), QStringLiteral("--to")});
    if (args != QStringList{QStringLiteral("revenue")})
        return context.fail(kUsage,
                            Tr::tr("usage: report revenue --by tier|month|model|buyer-type|lab "
                                   "[--from DATE] [--to DATE]"));
    const QString by = context.option(QStringLiteral("--by")).value_or(QStringLiteral("tier"));
    RevenueGrouping grouping;
    if (by == QStringLiteral("tier"))
        grouping = RevenueGrouping::Tier;
    else if (by == QStringLiteral("month"))
        grouping = RevenueGrouping::Month;
    else if (by == QStringLiteral("model"))
        grouping = RevenueGrouping::Model;
    else if (by == QStringLiteral("buyer-type"))
        grouping = RevenueGrouping::BuyerType;
    else if (by == QStringLiteral("lab"))
        grouping = RevenueGrouping::Lab;
    else
        return context.fail(
            kUsage, Tr::tr("--by must be tier, month, model, buyer-type or lab, not '%1'").arg(by));

    std::optional<QDate> from;
    std::optional<QDate> to;
    if (auto text = context.option(QStringLiteral("--from"))) {
        from = parseDate(*text, false);
        if (!from)
            return context.fail(
                kUsage,
                Tr::tr("--from needs a date like 2024-03 or 2024-03-15, not '%1'").arg(*text));
    }
    if (auto text = context.option(QStringLiteral("--to"))) {
        to = parseDate(*text, true);
        if (!to)
            return context.fail(
                kUsage,
                Tr::tr("--to needs a date like 2024-03 or 2024-03-15, not '%1'").arg(*text));
    }
    auto db = context.openForReading();
    if (!db)
        return kDatabase;
    // Whole months read the summary (one row per month, tier, buyer type and model that earned;
    // its size grows with the models earning each month, not with the licenses as such) instead
    // of grouping every license and usage charge; both give the same rows. docs/cli.md has figures.
    const bool wholeMonths = (!from || from->day() == 1) && (!to || to->day() == to->daysInMonth());
    RevenueFilter months;
    months.fromMonth = from;
    months.toMonth = to;
    auto rows =
        wholeMonths ? revenueSummary(*db, grouping, months) : revenue(*db, grouping, from, to);
    if (!rows)
        return context.failWith(rows.error());

    const QString keyHeader =
        by == QStringLiteral("buyer-type") ? QStringLiteral("buyer_type") : by;
    TableWriter writer({keyHeader, QStringLiteral("licenses"), QStringLiteral("fees"),
                        QStringLiteral("usage"), QStringLiteral("total")},
                       {false, true, true, true, true});
    Money fees, usage, total;
    qint64 licenses = 0;
    for (const RevenueRow& row : *rows) {
        writer.addRow({row.key, QString::number(row.licenses), row.fees.toPlainString(),
                       row.usage.toPlainString(), row.total.toPlainString()});
        fees += row.fees;
        usage += row.usage;
        total += row.total;
        licenses += row.licenses;
    }
    if (context.format == QStringLiteral("table"))
        writer.setFooter({Tr::tr("total"), QString::number(licenses), fees.toPlainString(),
                          usage.toPlainString(), total.toPlainString()});
    context.out << writer.render(context.format);
    return kOk;
}

int runCheck(CommandContext& context) {
    auto db = context.openForReading();
    if (!db)
        return kDatabase;
    auto problems = checkEconomy(*db);
    if (!problems)
        return context.failWith(problems.error());
    if (problems->isEmpty()) {
        context.out << Tr::tr("ok: %1 passed integrity, foreign key and domain checks\n")
                           .arg(context.databasePath);
        return kOk;
    }
    for (const QString& problem : *problems)
        context.out << problem << '\n';
    return context.fail(kRejected,
                        Tr::tr("%n problem(s) found", nullptr, static_cast<int>(problems->size())));
}

int runGenerate(CommandContext& context) {
    GeneratorOptions options;
    options.researchProjects = true;
    struct CountOption {
        const char* name;
        qint64* target;
    };
    qint64 months = options.months;
    qint64 seed = 1;
    const CountOption counts[] = {{"--models", &options.models},
                                  {"--buyers", &options.buyers},
                                  {"--licenses", &options.licenses},
                                  {"--months", &months},
                                  {"--seed", &seed}};
    QStringList valueOptions;
    for (const CountOption& count : counts) {
        const QString name = QString::fromLatin1(count.name);
        valueOptions.append(name);
        if (auto text = context.option(name)) {
            const auto parsed = parseCount(*text, QLocale::c());
            if (!parsed)
                return context.fail(
                    kUsage, Tr::tr("%1 needs a whole number ≥ 0, not '%2'").arg(name, *text));
            *count.target = *parsed;
        }
    }
    if (!context.positionals(valueOptions).isEmpty())
        return context.fail(kUsage,
                            Tr::tr("usage: generate --models N --buyers N --licenses N [--seed "
                                   "S] [--months M] [--no-usage]"));
    if (months < 1 || months > 600)
        return context.fail(kUsage, Tr::tr("--months must be between 1 and 600"));
    options.months = static_cast<int>(months);
    options.seed = static_cast<quint64>(seed);
    options.usageCharges = !context.flag(QStringLiteral("--no-usage"));

    auto db = context.openForWriting();
    if (!db)
        return kDatabase;
    {
        auto models =
            db->query(QStringLiteral("SELECT COUNT(*) FROM models"), {}, Tr::tr("counting models"));
        if (!models)
            return context.failWith(models.error());
        if (models->next() && models->value(0).toLongLong() > 0)
            return context.fail(kRejected,
                                Tr::tr("%1 already holds an economy; generate into a new file")
                                    .arg(context.databasePath));
    }

    auto config = EconomyRepository(*db).loadConfig();
    if (!config)
        return context.failWith(config.error());
    int lastPercent = -1;
    auto progress = [&context, &lastPercent](double share, const QString& stage) {
        const int percent = static_cast<int>(share * 100);
        if (percent / 10 != lastPercent / 10) {
            context.err << Tr::tr("%1% (%2)").arg(percent).arg(stage) << '\n';
            context.err.flush();
            lastPercent = percent;
        }
        return true;
    };
    const Database::WritingAlone intoANewFile(*db);
    if (auto done = generateEconomy(*db, *config, options, progress); !done)
        return context.failWith(done.error());
    context.out << Tr::tr("Generated %1 models, %2 buyers and %3 licenses in %4\n")
                       .arg(options.models)
                       .arg(options.buyers)
                       .arg(options.licenses)
                       .arg(context.databasePath);
    return kOk;
}

// Checks that every "--option" is known and that those taking a value have one.
std::optional<QString> checkOptions(const CommandContext& context, const QStringList& valueOptions,
                                    const QStringList& flags) {
    for (qsizetype i = 0; i < context.arguments.size(); ++i) {
        const QString& argument = context.arguments.at(i);
        if (!argument.startsWith(QStringLiteral("--")))
            continue;
        if (flags.contains(argument))
            continue;
        if (!valueOptions.contains(argument))
            return Tr::tr("unknown option '%1'").arg(argument);
        if (i + 1 >= context.arguments.size())
            return Tr::tr("%1 needs a value").arg(argument);
        ++i;
    }
    return std::nullopt;
}

// "--format F" given after the subcommand, where people tend to type it.
std::optional<int> takeFormat(CommandContext& context) {
    if (const auto format = context.option(QStringLiteral("--format"))) {
        if (*format != QStringLiteral("table") && *format != QStringLiteral("csv") &&
            *format != QStringLiteral("json"))
            return context.fail(
                kUsage, Tr::tr("--format must be table, csv or json, not '%1'").arg(*format));
        context.format = *format;
    }
    return std::nullopt;
}

} // namespace mm::cli
