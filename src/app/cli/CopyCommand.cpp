// modelmarket copy --from A --to B: the whole economy from one database to another, a file or a
// PostgreSQL server on either side. It is export economy from A and import economy into B in one
// step (data/EconomyCopy.h, which the window's Upload to Server uses too).

#include "app/cli/Cli.h"
#include "app/cli/CliCommands.h"
#include "data/EconomyCopy.h"

#include <QCoreApplication>

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
    if (auto done = exchange::copyEconomy(*from, *to, context.flag(QStringLiteral("--replace")));
        !done)
        return context.failWith(done.error());
    context.out << Tr::tr("Copied the economy from %1 to %2\n").arg(*from, *to);
    return kOk;
}

} // namespace mm::cli
