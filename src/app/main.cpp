#include "app/cli/Cli.h"
#include "ui/GuiApp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>
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

// The language chosen in the preferences, else the system's; numbers and dates follow it too.
void installTranslators(QCoreApplication& app) {
    const QString language = QSettings().value(QStringLiteral("preferences/language")).toString();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* ownTranslator = new QTranslator(&app);
    if (ownTranslator->load(locale, QStringLiteral("modelmarket"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ownTranslator);
}

} // namespace

int main(int argc, char* argv[]) {
    const QStringList arguments = rawArguments(argc, argv);
    setApplicationIdentity();

    // --help, --version and every subcommand run without a display.
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h")) ||
        arguments.contains(QStringLiteral("--version")) || mm::cli::isSubcommand(arguments)) {
        QCoreApplication app(argc, argv);
        installTranslators(app);
        QTextStream out(stdout);
        QTextStream err(stderr);
        const int code = mm::cli::run(arguments, out, err);
        out.flush();
        err.flush();
        return code;
    }

    QApplication app(argc, argv);
    installTranslators(app);
    return mm::runGui(app, arguments);
}
