// `modelmarket list ...` and `modelmarket sell ...`: the marketplace, headless.

#include "app/cli/Cli.h"
#include "app/cli/CliCommands.h"
#include "app/cli/TableWriter.h"
#include "core/CountText.h"
#include "data/BuyerRepository.h"
#include "data/Database.h"
#include "data/EconomyRepository.h"
#include "data/ListingRepository.h"
#include "data/MarketplaceService.h"
#include "data/ModelRepository.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <QLocale>
#include <optional>
#include <variant>

namespace mm::cli {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::cli)
};

QString sellUsage() {
    return Tr::tr(
        "usage: modelmarket sell --model NAME --buyer NAME\n"
        "         --tier open_source|academic|commercial|enterprise\n"
        "         [--use research|business] [--deployments N|unlimited] [--calls N]\n"
        "         [--no-attribution] [--date YYYY-MM-DD]\n"
        "Sells a license on a listed model at its listing price and takes the fee from the\n"
        "buyer's budget. Defaults: research use for academic buyers, business otherwise; one\n"
        "deployment (unlimited in a tier that sells unlimited deployments only); 0 API calls a\n"
        "month; attribution accepted; the game date. A sale that breaks a tier rule is refused\n"
        "with exit code 1 and 'error: refused (RULE): ...', and nothing is written.\n");
}

QString listUsage() {
    return Tr::tr(
        "usage: modelmarket list --model NAME [--tiers KEY,...] [--price-KEY AMOUNT]...\n"
        "       modelmarket list --model NAME --unlist KEY,...\n"
        "       modelmarket list --model NAME --show\n"
        "Offers a completed model in license tiers (KEY: open_source, academic, commercial,\n"
        "enterprise). A tier named in --tiers without --price-KEY gets the recommended price\n"
        "for the model's quality and size; --price-KEY (e.g. --price-academic 5000, or 7.5k)\n"
        "sets it and names the tier. A price outside the tier's range is refused and nothing\n"
        "is written. --unlist withdraws the model from tiers; with no listing left it goes back\n"
        "to Completed. Prints the model's listings afterwards.\n");
}

// Checks that every "--option" is known and that those taking a value have one.
std::optional<QString> unknownOption(const CommandContext& context, const QStringList& valueOptions,
                                     const QStringList& flags) {
    for (qsizetype i = 0; i < context.arguments.size(); ++i) {
        const QString& argument = context.arguments.at(i);
        if (!argument.startsWith(QStringLiteral("--"))) {
            return Tr::tr("unexpected argument '%1'").arg(argument);
        }
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

// A refusal says its rule, so scripts can match it; storage trouble keeps exit code 3.
int refused(CommandContext& context, const Error& error) {
    if (error.rule.startsWith(kRuleDbPrefix) || error.rule.isEmpty())
        return context.failWith(error);
    return context.fail(kRejected, Tr::tr("refused (%1): %2").arg(error.rule, error.toString()));
}

std::optional<LicenseTier> tierFromText(const QString& text) {
    QString key = text.trimmed();
    key.replace(u'-', u'_');
    return enumFromText<LicenseTier>(key);
}

// "academic,commercial" → the tiers, or the first word that is not one.
std::variant<QList<LicenseTier>, QString> tierList(const QString& text) {
    QList<LicenseTier> tiers;
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const auto tier = tierFromText(part);
        if (!tier)
            return part.trimmed();
        if (!tiers.contains(*tier))
            tiers.append(*tier);
    }
    return tiers;
}

QString tierKeys() {
    return enumKeys<LicenseTier>().join(QStringLiteral(", "));
}

Result<ModelRecord> modelNamed(Database& db, const QString& name) {
    auto model = ModelRepository(db).findByName(name);
    if (!model)
        return model.error();
    if (!model->has_value())
        return makeError(Tr::tr("there is no model named '%1'").arg(name), {},
                         rules::kModelNotFound);
    return model->value();
}

int printListings(CommandContext& context, Database& db, const ModelRecord& model) {
    auto listings = ListingRepository(db).forModel(model.id);
    if (!listings)
        return context.failWith(listings.error());
    auto current = ModelRepository(db).find(model.id);
    if (!current)
        return context.failWith(current.error());
    const ModelStatus status = current->has_value() ? current->value().status : model.status;
    TableWriter writer({QStringLiteral("model"), QStringLiteral("status"), QStringLiteral("tier"),
                        QStringLiteral("price"), QStringLiteral("listed_on")},
                       {false, false, false, true, false});
    for (const ListingRecord& listing : *listings)
        writer.addRow({model.name, enumKey(status), enumKey(listing.tier),
                       listing.price.toPlainString(), listing.listedOn.toString(Qt::ISODate)});
    if (listings->isEmpty() && context.format == QStringLiteral("table")) {
        context.out
            << Tr::tr("'%1' is %2 and not listed in any tier\n").arg(model.name, enumLabel(status));
        return kOk;
    }
    context.out << writer.render(context.format);
    return kOk;
}

} // namespace

int runList(CommandContext& context) {
    if (context.flag(QStringLiteral("--help"))) {
        context.out << listUsage();
        return kOk;
    }
    QStringList valueOptions{QStringLiteral("--model"), QStringLiteral("--tiers"),
                             QStringLiteral("--unlist"), QStringLiteral("--format")};
    for (const QString& key : enumKeys<LicenseTier>()) {
        valueOptions.append(QStringLiteral("--price-") + key);
        if (key.contains(u'_'))
            valueOptions.append(QStringLiteral("--price-") + QString(key).replace(u'_', u'-'));
    }
    if (auto problem = unknownOption(context, valueOptions, {QStringLiteral("--show")})) {
        context.err << listUsage();
        return context.fail(kUsage, *problem);
    }
    if (auto failed = takeFormat(context))
        return *failed;
    const auto modelName = context.option(QStringLiteral("--model"));
    if (!modelName)
        return context.fail(kUsage, Tr::tr("list needs --model NAME (see list --help)"));

    // The tiers to list in and their prices (none: recommended).
    QMap<LicenseTier, std::optional<Money>> prices;
    if (auto text = context.option(QStringLiteral("--tiers"))) {
        auto tiers = tierList(*text);
        if (auto* bad = std::get_if<QString>(&tiers))
            return context.fail(kUsage, Tr::tr("'%1' is not a tier; use %2").arg(*bad, tierKeys()));
        for (LicenseTier tier : std::get<QList<LicenseTier>>(tiers))
            prices.insert(tier, std::nullopt);
    }
    for (LicenseTier tier : enumValues<LicenseTier>()) {
        const QString key = enumKey(tier);
        auto text = context.option(QStringLiteral("--price-") + key);
        if (!text)
            text = context.option(QStringLiteral("--price-") + QString(key).replace(u'_', u'-'));
        if (!text)
            continue;
        auto price = Money::parseDisplay(*text, QLocale::c());
        if (!price)
            return context.fail(kUsage,
                                Tr::tr("--price-%1 needs an amount like 5000, 7.5k or $1.2M, "
                                       "not '%2'")
                                    .arg(key, *text));
        prices.insert(tier, *price);
    }
    const auto unlistText = context.option(QStringLiteral("--unlist"));
    const bool show = context.flag(QStringLiteral("--show"));
    if (unlistText && !prices.isEmpty())
        return context.fail(kUsage,
                            Tr::tr("--unlist cannot be combined with --tiers or --price-KEY"));
    if (!unlistText && prices.isEmpty() && !show)
        return context.fail(kUsage,
                            Tr::tr("name the tiers with --tiers KEY,... or --price-KEY AMOUNT "
                                   "(see list --help)"));
    QList<LicenseTier> unlistTiers;
    if (unlistText) {
        auto tiers = tierList(*unlistText);
        if (auto* bad = std::get_if<QString>(&tiers))
            return context.fail(kUsage, Tr::tr("'%1' is not a tier; use %2").arg(*bad, tierKeys()));
        unlistTiers = std::get<QList<LicenseTier>>(tiers);
        if (unlistTiers.isEmpty())
            return context.fail(kUsage, Tr::tr("--unlist needs at least one tier"));
    }

    auto db = show && prices.isEmpty() && !unlistText ? context.openForReading()
                                                      : context.openForWriting();
    if (!db)
        return kDatabase;
    auto model = modelNamed(*db, *modelName);
    if (!model)
        return refused(context, model.error());

    MarketplaceService market(*db);
    if (!prices.isEmpty()) {
        if (auto listed = market.listModel(model->id, prices); !listed)
            return refused(context, listed.error());
    } else if (!unlistTiers.isEmpty()) {
        // Several tiers at once: all of them or none.
        Transaction transaction(*db, Tr::tr("unlisting '%1'").arg(model->name));
        if (auto begun = transaction.status(); !begun)
            return context.failWith(begun.error());
        for (LicenseTier tier : unlistTiers) {
            if (auto done = market.unlist(model->id, tier); !done)
                return refused(context, done.error());
        }
        if (auto done = transaction.commit(); !done)
            return context.failWith(done.error());
    }
    return printListings(context, *db, *model);
}

int runSell(CommandContext& context) {
    if (context.flag(QStringLiteral("--help"))) {
        context.out << sellUsage();
        return kOk;
    }
    const QStringList valueOptions{QStringLiteral("--model"),       QStringLiteral("--buyer"),
                                   QStringLiteral("--tier"),        QStringLiteral("--use"),
                                   QStringLiteral("--deployments"), QStringLiteral("--calls"),
                                   QStringLiteral("--date"),        QStringLiteral("--format")};
    if (auto problem = unknownOption(context, valueOptions, {QStringLiteral("--no-attribution")})) {
        context.err << sellUsage();
        return context.fail(kUsage, *problem);
    }
    if (auto failed = takeFormat(context))
        return *failed;
    const auto modelName = context.option(QStringLiteral("--model"));
    const auto buyerName = context.option(QStringLiteral("--buyer"));
    const auto tierText = context.option(QStringLiteral("--tier"));
    if (!modelName || !buyerName || !tierText)
        return context.fail(kUsage, Tr::tr("sell needs --model NAME, --buyer NAME and --tier KEY "
                                           "(see sell --help)"));
    const auto tier = tierFromText(*tierText);
    if (!tier)
        return context.fail(kUsage,
                            Tr::tr("'%1' is not a tier; use %2").arg(*tierText, tierKeys()));

    SaleRequest request;
    request.tier = *tier;
    request.attributionAccepted = !context.flag(QStringLiteral("--no-attribution"));
    std::optional<IntendedUse> use;
    if (auto text = context.option(QStringLiteral("--use"))) {
        use = enumFromText<IntendedUse>(*text);
        if (!use)
            return context.fail(kUsage,
                                Tr::tr("--use must be research or business, not '%1'").arg(*text));
    }
    bool deploymentsGiven = false;
    if (auto text = context.option(QStringLiteral("--deployments"))) {
        deploymentsGiven = true;
        if (text->compare(QStringLiteral("unlimited"), Qt::CaseInsensitive) == 0) {
            request.deployments = std::nullopt;
        } else {
            bool ok = false;
            const int count = text->toInt(&ok);
            if (!ok)
                return context.fail(kUsage,
                                    Tr::tr("--deployments needs a whole number or 'unlimited', "
                                           "not '%1'")
                                        .arg(*text));
            request.deployments = count;
        }
    }
    if (auto text = context.option(QStringLiteral("--calls"))) {
        const auto calls = parseCount(*text, QLocale::c());
        if (!calls)
            return context.fail(
                kUsage, Tr::tr("--calls needs a whole number of API calls a month ≥ 0, not '%1'")
                            .arg(*text));
        request.monthlyApiCalls = *calls;
    }
    if (auto text = context.option(QStringLiteral("--date"))) {
        const QDate date = QDate::fromString(*text, Qt::ISODate);
        if (!date.isValid())
            return context.fail(kUsage,
                                Tr::tr("--date needs a date like 2025-03-15, not '%1'").arg(*text));
        request.date = date;
    }

    auto db = context.openForWriting();
    if (!db)
        return kDatabase;
    auto model = modelNamed(*db, *modelName);
    if (!model)
        return refused(context, model.error());
    auto buyer = BuyerRepository(*db).findByName(*buyerName);
    if (!buyer)
        return context.failWith(buyer.error());
    if (!buyer->has_value())
        return refused(context, makeError(Tr::tr("there is no buyer named '%1'").arg(*buyerName),
                                          {}, rules::kBuyerNotFound));
    auto config = EconomyRepository(*db).loadConfig();
    if (!config)
        return context.failWith(config.error());

    request.modelId = model->id;
    request.buyerId = buyer->value().id;
    request.use = use.value_or(MarketplaceService::defaultUse(buyer->value().type));
    if (!deploymentsGiven)
        request.deployments = MarketplaceService::defaultDeployments(config->tier(*tier));

    auto sold = MarketplaceService(*db).sell(request);
    if (!sold)
        return refused(context, sold.error());
    auto after = BuyerRepository(*db).find(request.buyerId);
    if (!after)
        return context.failWith(after.error());
    const Money budgetLeft = after->has_value() ? after->value().budget : Money();

    TableWriter writer(
        {QStringLiteral("license"), QStringLiteral("model"), QStringLiteral("buyer"),
         QStringLiteral("tier"), QStringLiteral("use"), QStringLiteral("fee"),
         QStringLiteral("deployments"), QStringLiteral("monthly_api_calls"),
         QStringLiteral("usage_rate_per_1000"), QStringLiteral("sold_on"),
         QStringLiteral("expires_on"), QStringLiteral("budget_left")},
        {true, false, false, false, false, true, false, true, true, false, false, true});
    writer.addRow(
        {QString::number(sold->id), model->name, buyer->value().name, enumKey(sold->tier),
         enumKey(sold->use), sold->fee.toPlainString(),
         sold->deployments ? QString::number(*sold->deployments) : QStringLiteral("unlimited"),
         QString::number(sold->monthlyApiCalls), sold->usageRatePer1000Calls.toPlainString(),
         sold->soldOn.toString(Qt::ISODate),
         sold->expiresOn ? sold->expiresOn->toString(Qt::ISODate) : QStringLiteral("perpetual"),
         budgetLeft.toPlainString()});
    context.out << writer.render(context.format);
    return kOk;
}

} // namespace mm::cli
