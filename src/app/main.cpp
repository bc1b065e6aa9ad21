#include "app/cli/Cli.h"
#include "ui/GuiApp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

namespace {

void setApplicationIdentity() {
    QCoreApplication::setOrganizationName(QStringLiteral("ModelMarket"));
    QCoreApplication::setApplicationName(QStringLiteral("modelmarket"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MODELMARKET_VERSION));
}

QStringList rawArguments(int argc, char* argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char* argv[]) {
    const QStringList arguments = rawArguments(argc, argv);
    setApplicationIdentity();

    // --help, --version and every subcommand run without a display.
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h")) ||
        arguments.contains(QStringLiteral("--version")) || mm::cli::isSubcommand(arguments)) {
        QCoreApplication app(argc, argv);
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = mm::cli::run(arguments, out, err);
        out.flush();
        err.flush();
        return code;
    }

    QApplication app(argc, argv);
    return mm::runGui(app, arguments);
}
