// The bulk paths of the real binary against the sqlite3 shell doing the same work in the same
// run: import a catalog CSV into an empty file (the shell: `.import` into a staging table, then
// INSERT ... SELECT into the same schema), export it (the shell: `-csv` SELECT of the same
// columns), and generate the models.
//
//   bench_bulk [MODELS...]   (default 100000 1000000; files in a temporary folder)
//
// Each child runs as its own process; time is wall clock, memory its peak resident set
// (wait4's ru_maxrss). Prints one table per size, then PASS/MISS per target, and exits 1 when a
// target is missed (2 when something fails to run).

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStringList>
#include <QTemporaryDir>
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace {

const QString kApp = QStringLiteral(MM_APP_BINARY);
const QString kShell = QStringLiteral("sqlite3");

// Targets from issue 17.
constexpr double kMaxImportRatio = 1.0;         // of the shell's staging import
constexpr double kMaxExportRatio = 1.5;         // of the shell's -csv select
constexpr double kMaxGenerateSeconds = 20.0;    // for 1,000,000 models
constexpr qint64 kMaxImportPeakKb = 300 * 1024; // at 1,000,000 rows
constexpr double kMaxPeakGrowth = 1.5;          // peak at the largest size over the smallest
// Economy JSON files over this are refused by the import (exchange::kMaxImportBytes).
constexpr qint64 kMaxImportBytes = 512LL * 1024 * 1024;

const char* const kColumns = "name, architecture, size_class, parameters, dataset_tokens, status, "
                             "performance, accuracy, efficiency, composite, benchmarks, "
                             "training_cost, training_days, research_points, created_on";

void print(const QString& text) {
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

struct Run {
    bool ok = false;
    double seconds = 0;
    qint64 peakKb = 0;
};

// Runs `program` with `arguments`, stdin and stdout redirected to files when given.
Run run(const QString& program, const QStringList& arguments, const QString& input = {},
        const QString& output = {}) {
    std::vector<QByteArray> storage{program.toLocal8Bit()};
    for (const QString& argument : arguments)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& bytes : storage)
        argv.push_back(bytes.data());
    argv.push_back(nullptr);
    const QByteArray inputPath = input.toLocal8Bit();
    const QByteArray outputPath = output.toLocal8Bit();

    QElapsedTimer timer;
    timer.start();
    const pid_t child = fork();
    if (child == 0) {
        if (!inputPath.isEmpty()) {
            const int fd = open(inputPath.constData(), O_RDONLY);
            if (fd < 0 || dup2(fd, 0) < 0)
                _exit(127);
        }
        // The children's own messages and progress would bury the figures.
        const int fd = outputPath.isEmpty()
                           ? open("/dev/null", O_WRONLY)
                           : open(outputPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int quiet = open("/dev/null", O_WRONLY);
        if (fd < 0 || dup2(fd, 1) < 0 || quiet < 0 || dup2(quiet, 2) < 0)
            _exit(127);
        execvp(argv[0], argv.data());
        _exit(127);
    }
    Run result;
    if (child < 0)
        return result;
    int status = 0;
    rusage usage{};
    if (wait4(child, &status, 0, &usage) != child)
        return result;
    result.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    result.peakKb = usage.ru_maxrss;
    result.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    if (!result.ok)
        print(QStringLiteral("  failed: %1 %2").arg(program, arguments.join(u' ')));
    return result;
}

bool writeText(const QString& path, const QString& text) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

struct Figures {
    qint64 models = 0;
    Run generate, exportApp, exportShell, importApp, importShell;
    Run importEconomy; // not run (ok false) when the JSON is over the import limit
    qint64 economyBytes = 0;
};

// `export economy` of the generated file (not timed: another row's business), then
// `import economy` of it into a new file: the streaming JSON import.
bool measureEconomy(const QString& dir, const QString& generated, Figures& f) {
    const QString n = QString::number(f.models);
    const QString json = dir + QStringLiteral("/economy-%1.json").arg(n);
    const QString imported = dir + QStringLiteral("/economy-imported-%1.sqlite").arg(n);
    if (!run(kApp, {QStringLiteral("--db"), generated, QStringLiteral("export"),
                    QStringLiteral("economy"), json})
             .ok)
        return false;
    f.economyBytes = QFile(json).size();
    if (f.economyBytes <= kMaxImportBytes) {
        f.importEconomy = run(kApp, {QStringLiteral("--db"), imported, QStringLiteral("import"),
                                     QStringLiteral("economy"), json});
        if (!f.importEconomy.ok)
            return false;
    }
    for (const QString& path :
         {json, imported, imported + QStringLiteral("-wal"), imported + QStringLiteral("-shm")})
        QFile::remove(path);
    return true;
}

QString row(const QString& what, const Run& app, const Run* shell) {
    QString line = QStringLiteral("  %1 %2 s  %3 MB")
                       .arg(what, -10)
                       .arg(app.seconds, 7, 'f', 2)
                       .arg(app.peakKb / 1024, 5);
    if (shell)
        line += QStringLiteral("   sqlite3 %1 s  %2 MB   ratio %3")
                    .arg(shell->seconds, 7, 'f', 2)
                    .arg(shell->peakKb / 1024, 5)
                    .arg(app.seconds / shell->seconds, 0, 'f', 2);
    return line;
}

bool measure(const QString& dir, Figures& f) {
    const QString n = QString::number(f.models);
    const QString generated = dir + QStringLiteral("/generated-%1.sqlite").arg(n);
    const QString csv = dir + QStringLiteral("/catalog-%1.csv").arg(n);
    const QString shellCsv = dir + QStringLiteral("/catalog-%1-shell.csv").arg(n);
    const QString imported = dir + QStringLiteral("/imported-%1.sqlite").arg(n);
    const QString shellImported = dir + QStringLiteral("/shell-imported-%1.sqlite").arg(n);

    f.generate = run(kApp, {QStringLiteral("--db"), generated, QStringLiteral("generate"),
                            QStringLiteral("--models"), n, QStringLiteral("--buyers"),
                            QStringLiteral("100"), QStringLiteral("--licenses"),
                            QStringLiteral("0"), QStringLiteral("--no-usage")});
    if (!f.generate.ok || !measureEconomy(dir, generated, f))
        return false;

    f.exportApp = run(kApp, {QStringLiteral("--db"), generated, QStringLiteral("export"),
                             QStringLiteral("catalog"), csv});
    // The same columns, money as cents (formatting it is the app's extra work, not the shell's).
    f.exportShell =
        run(kShell,
            {QStringLiteral("-csv"), generated,
             QStringLiteral("SELECT %1 FROM models ORDER BY id")
                 .arg(QString::fromLatin1(kColumns).replace(
                     QStringLiteral("training_cost,"), QStringLiteral("training_cost_cents,")))},
            {}, shellCsv);
    if (!f.exportApp.ok || !f.exportShell.ok)
        return false;

    // Both targets start as the same empty ModelMarket file (same schema, same journal mode).
    if (!run(kApp,
             {QStringLiteral("--db"), imported, QStringLiteral("init"), QStringLiteral("--empty")})
             .ok ||
        !QFile::copy(imported, shellImported))
        return false;
    f.importApp = run(kApp, {QStringLiteral("--db"), imported, QStringLiteral("import"),
                             QStringLiteral("catalog"), csv});
    const QString script = dir + QStringLiteral("/import.sql");
    const QString staging = QStringLiteral(
        ".bail on\n.mode csv\n.import '%1' staging\n"
        "INSERT INTO models (%2) SELECT name, architecture, size_class, CAST(parameters AS "
        "INTEGER), CAST(dataset_tokens AS INTEGER), status, NULLIF(performance, ''), "
        "NULLIF(accuracy, ''), NULLIF(efficiency, ''), NULLIF(composite, ''), CASE benchmarks WHEN "
        "'' THEN '{}' ELSE benchmarks END, CAST(round(CAST(training_cost AS REAL) * 100) AS "
        "INTEGER), CAST(training_days AS REAL), CAST(research_points AS INTEGER), created_on FROM "
        "staging;\nDROP TABLE staging;\n");
    if (!writeText(script, staging.arg(csv, QString::fromLatin1(kColumns).replace(
                                                QStringLiteral("training_cost,"),
                                                QStringLiteral("training_cost_cents,")))))
        return false;
    f.importShell = run(kShell, {shellImported}, script);
    for (const QString& path : {generated, imported, shellImported, csv, shellCsv}) {
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    return f.importApp.ok && f.importShell.ok;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QList<qint64> sizes;
    for (const QString& argument : app.arguments().mid(1))
        sizes.append(argument.toLongLong());
    if (sizes.isEmpty())
        sizes = {100'000, 1'000'000};
    QTemporaryDir dir;
    if (!dir.isValid())
        return 2;

    QList<Figures> all;
    for (const qint64 models : std::as_const(sizes)) {
        Figures f;
        f.models = models;
        print(QStringLiteral("%L1 models").arg(models));
        if (!measure(dir.path(), f))
            return 2;
        print(row(QStringLiteral("generate"), f.generate, nullptr));
        print(row(QStringLiteral("export"), f.exportApp, &f.exportShell));
        print(row(QStringLiteral("import"), f.importApp, &f.importShell));
        print(f.importEconomy.ok
                  ? row(QStringLiteral("import economy JSON"), f.importEconomy, nullptr)
                  : QStringLiteral("  import economy JSON: %L1 MB, over the import limit")
                        .arg(f.economyBytes / (1024 * 1024)));
        all.append(f);
    }

    bool missed = false;
    const auto target = [&missed](bool met, const QString& what) {
        print(QStringLiteral("%1  %2").arg(met ? QStringLiteral("PASS") : QStringLiteral("MISS"),
                                           what));
        missed = missed || !met;
    };
    print(QString());
    for (const Figures& f : std::as_const(all)) {
        const QString size = QStringLiteral("%L1 models").arg(f.models);
        target(f.importApp.seconds < kMaxImportRatio * f.importShell.seconds,
               QStringLiteral("%1: import faster than the shell's staging import").arg(size));
        target(f.exportApp.seconds <= kMaxExportRatio * f.exportShell.seconds,
               QStringLiteral("%1: export within %2x of the shell").arg(size).arg(kMaxExportRatio));
        if (f.models >= 1'000'000) {
            target(f.importApp.peakKb < kMaxImportPeakKb,
                   QStringLiteral("%1: import peak under %2 MB")
                       .arg(size)
                       .arg(kMaxImportPeakKb / 1024));
            target(f.generate.seconds < kMaxGenerateSeconds * double(f.models) / 1e6,
                   QStringLiteral("%1: generated in under %2 s")
                       .arg(size)
                       .arg(kMaxGenerateSeconds * double(f.models) / 1e6));
        }
    }
    if (all.size() > 1) {
        const Figures& small = all.front();
        const Figures& large = all.back();
        target(double(large.importApp.peakKb) <= kMaxPeakGrowth * double(small.importApp.peakKb),
               QStringLiteral("import memory flat: %1 MB at %L2 rows, %3 MB at %L4 rows")
                   .arg(small.importApp.peakKb / 1024)
                   .arg(small.models)
                   .arg(large.importApp.peakKb / 1024)
                   .arg(large.models));
    }
    // The economy JSON of the largest size that fits under the import limit (about 900,000
    // models) against the smallest.
    QList<Figures> economies;
    for (const Figures& f : std::as_const(all)) {
        if (f.importEconomy.ok)
            economies.append(f);
    }
    if (economies.size() > 1) {
        const Figures& small = economies.front();
        const Figures& large = economies.back();
        target(double(large.importEconomy.peakKb) <=
                   kMaxPeakGrowth * double(small.importEconomy.peakKb),
               QStringLiteral("import economy JSON memory flat: %1 MB at %L2 models, %3 MB at "
                              "%L4 models")
                   .arg(small.importEconomy.peakKb / 1024)
                   .arg(small.models)
                   .arg(large.importEconomy.peakKb / 1024)
                   .arg(large.models));
    } else if (all.size() > 1) {
        print(QStringLiteral("SKIP  import economy JSON memory flat: the larger economies are over "
                             "the import limit; try bench_bulk 100000 900000"));
    }
    return missed ? 1 : 0;
}
