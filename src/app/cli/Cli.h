#pragma once

#include <QStringList>
#include <QTextStream>

namespace mm::cli {

// Exit codes every subcommand uses; scripts depend on them.
enum ExitCode : int {
    kOk = 0,
    kRejected = 1, // bad input; nothing was written
    kUsage = 2,    // the command line itself is wrong
    kDatabase = 3, // the database could not be opened, read or written
};

// True when the command line is for the CLI (a subcommand, or a word that is neither a subcommand
// nor a database file), so main() can start without a display.
bool isSubcommand(const QStringList& arguments);

// Runs a subcommand. `arguments` is the whole argv (program name first).
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

QString usage();
QString versionText();

} // namespace mm::cli
