#include "app/cli/Cli.h"
#include "ui/shell/GuiApp.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>
#include <cstdio>
#ifdef __GLIBC__
#include <malloc.h>
#endif

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

// Every INSERT into a table with IN-list CHECKs (models, jobs) builds and frees a small
// temporary b-tree in SQLite, about 90 KB of page cache. With glibc's default 128 KiB trim
// threshold each free gives that memory back to the kernel and the next row faults it in again:
// a fifth of a bulk import's time went to brk() and page faults. Keep freed heap up to 32 MiB.
void keepFreedHeap() {
#ifdef __GLIBC__
    mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024);
#endif
}

} // namespace

int main(int argc, char* argv[]) {
    keepFreedHeap();
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
