// modelmarket copy --from A --to B: the whole economy from one database to another, a file or a
// PostgreSQL server on either side. It is export economy from A and import economy into B in one
// step, so the copy's `export economy` gives the same JSON as the original's.

#include "app/cli/Cli.h"
#include "app/cli/CliCommands.h"
#include "data/Database.h"
#include "data/DefaultDatabase.h"
#include "data/Exchange.h"
#include "data/ServerAddress.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mm::cli {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::cli)
};

QString copyUsage() {
    return Tr::tr("usage: modelmarket copy --from DATABASE --to DATABASE [--replace]\n"
                  "Copies the whole economy; each DATABASE is a file or a postgresql:// "
                  "address.\n"
                  "The target is created (a file) or set up (an empty server database) when "
                  "needed; one that\n"
                  "already holds models, buyers or licenses is refused unless --replace.");
}

} // namespace

int runCopy(CommandContext& context) {
    if (context.flag(QStringLiteral("--help"))) {
        context.out << copyUsage() << '\n';
        return kOk;
    }
    const auto from = context.option(QStringLiteral("--from"));
    const auto to = context.option(QStringLiteral("--to"));
    if (!from || !to)
        return context.fail(kUsage, copyUsage());
    if (!ServerAddress::isServerUrl(*from) && !QFileInfo::exists(*from))
        return context.fail(kDatabase, Tr::tr("no database at %1").arg(*from));

    QJsonObject economy;
    {
        auto source = Database::open(*from, Database::ReadOnly);
        if (!source)
            return context.fail(kDatabase, source.error().toString());
        auto document = exchange::exportEconomy(**source);
        if (!document)
            return context.failWith(document.error());
        economy = *document;
    }
    auto target = openOrCreate(*to, false);
    if (!target)
        return context.fail(kDatabase, target.error().toString());
    if ((*target)->isReadOnly())
        return context.fail(kDatabase, Tr::tr("%1 is read-only; nothing was written").arg(*to));
    if (auto done =
            exchange::importEconomy(**target, economy, context.flag(QStringLiteral("--replace")));
        !done)
        return context.failWith(done.error());
    context.out << Tr::tr("Copied the economy from %1 to %2\n").arg(*from, (*target)->path());
    return kOk;
}

} // namespace mm::cli
