#include "data/DefaultDatabase.h"

#include "data/DbError.h"
#include "data/EconomyGenerator.h"
#include "data/EconomyRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>

namespace mm {

namespace {

bool isDefaultDatabaseLocation(const QString& path) {
    return QFileInfo(path).absoluteFilePath() ==
           QFileInfo(defaultDatabasePath()).absoluteFilePath();
}
// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::DefaultDatabase)
};

} // namespace

QString defaultDatabasePath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("modelmarket.sqlite"));
}

Result<bool> isEmptyEconomy(Database& db) {
    auto q = db.query(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM settings WHERE key = ?) + "
                       "(SELECT COUNT(*) FROM models) + (SELECT COUNT(*) FROM buyers)"),
        {EconomyRepository::kConfigKey}, QStringLiteral("checking whether the database is new"));
    if (!q)
        return q.error();
    return q->next() && q->value(0).toLongLong() == 0;
}

Result<std::unique_ptr<Database>> openOrCreate(const QString& path, bool seedDemo,
                                               qint64 fullCheckMaxBytes) {
    Database::OpenOptions options;
    options.fullCheckMaxBytes = fullCheckMaxBytes;
    return openOrCreate(path, seedDemo, options);
}

Result<std::unique_ptr<Database>> openOrCreate(const QString& path, bool seedDemo,
                                               const Database::OpenOptions& options) {
    // Only the default location's folder is ours to create. A folder the user named and that is
    // missing is more likely a typo than a wish for a new economy there: Database::open refuses
    // it, naming the folder, as the sqlite3 shell does.
    const QFileInfo info(path);
    if (!info.exists() && isDefaultDatabaseLocation(path) && !QDir().mkpath(info.absolutePath()))
        return makeError(Tr::tr("cannot create the folder %1")
                             .arg(QDir::toNativeSeparators(info.absolutePath())),
                         path, QString(kRuleDbCannotOpen));
    auto db = Database::open(path, options);
    if (!db)
        return db;
    if ((*db)->isReadOnly())
        return db;
    auto empty = isEmptyEconomy(**db);
    if (!empty)
        return empty.error();
    if (*empty) {
        const Status seeded = seedDemo
                                  ? createDemoEconomy(**db)
                                  : EconomyRepository(**db).saveConfig(EconomyConfig::defaults());
        if (!seeded)
            return seeded.error();
    }
    return db;
}

} // namespace mm
