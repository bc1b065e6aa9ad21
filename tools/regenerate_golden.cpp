// Rewrites the golden revenue reports (tests/data/golden/*.csv) from the committed fixture
// economy, deliberately, after a reviewed change to how revenue is counted:
//
//   tools/regenerate_golden [--economy]
//
// --economy first makes a new economy.json from the generator (goldenOptions()). Review the diff
// before committing; tst_revenuequeries checks the files independently of the code that wrote
// them. Exits 0 when everything was written, 1 otherwise.

#include "GoldenRevenue.h"
#include "core/EconomyConfig.h"
#include "data/Csv.h"
#include "data/Database.h"
#include "data/Exchange.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace mm;
using namespace mm::golden;

namespace {

int fail(const QString& what) {
    QTextStream(stderr) << "regenerate_golden: " << what << '\n';
    return 1;
}

bool writeWhole(const QString& path, const QByteArray& bytes) {
    QSaveFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(bytes) == bytes.size() && out.commit();
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const bool newEconomy = QCoreApplication::arguments().contains(QStringLiteral("--economy"));
    QTemporaryDir dir;
    if (!dir.isValid() || !QDir().mkpath(goldenDir()))
        return fail(QStringLiteral("cannot make the folders"));

    if (newEconomy) {
        auto generated = Database::open(dir.filePath(QStringLiteral("generated.sqlite")));
        if (!generated)
            return fail(generated.error().toString());
        if (Status made = generateEconomy(**generated, EconomyConfig::defaults(), goldenOptions());
            !made)
            return fail(made.error().toString());
        auto economy = exchange::exportEconomy(**generated);
        if (!economy)
            return fail(economy.error().toString());
        if (!writeWhole(goldenDir() + QStringLiteral("/economy.json"),
                        exchange::economyJsonText(*economy)))
            return fail(QStringLiteral("cannot write economy.json"));
    }

    auto db = Database::open(dir.filePath(QStringLiteral("golden.sqlite")));
    if (!db)
        return fail(db.error().toString());
    const QJsonObject economy = readEconomyJson();
    if (economy.isEmpty())
        return fail(QStringLiteral("cannot read %1/economy.json").arg(goldenDir()));
    if (Status imported = exchange::importEconomy(**db, economy); !imported)
        return fail(imported.error().toString());
    for (const GoldenReport& report : kGoldenReports) {
        auto rows = revenue(**db, report.grouping);
        if (!rows)
            return fail(rows.error().toString());
        const QString path = goldenDir() + u'/' + QLatin1String(report.file);
        if (!writeWhole(path, csv::write(kHeader, toCells(*rows))))
            return fail(QStringLiteral("cannot write %1").arg(path));
        QTextStream(stdout) << "wrote " << QDir::toNativeSeparators(path) << '\n';
    }
    return 0;
}
