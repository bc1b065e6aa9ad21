#include "data/Migrations.h"

#include "data/Database.h"
#include "data/DbError.h"
#include "data/PgMigrations.h"
#include "data/SqlDialect.h"
#include "data/Transaction.h"

#include <QCoreApplication>
#include <array>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::Migrations)
};

// Add a step by appending a row and raising kCurrentSchemaVersion. A step that rebuilds a table
// (SQLite's 12-step ALTER) needs foreign_keys OFF, which cannot change inside a transaction;
// give such a step a flag here and switch it around the transaction in migrate().
const std::array<MigrationStep, 7> kSteps{{
    {1, u"catalog, economy and sales tables", &createSchemaV1},
    {2, u"monthly revenue summary kept by triggers", &createSchemaV2},
    {3, u"AI labs and the lab of every model", &createSchemaV3},
    {4, u"scenarios and balance rules", &createSchemaV4},
    {5, u"value-list checks without temporary tables", &createSchemaV5},
    {6, u"an index of the catalog's default order", &createSchemaV6},
    {7, u"nothing to do in a file (the server's name index)", &createSchemaV7},
}};

Error tooNew(int fileVersion, int knownVersion, const QString& operation) {
    return DbError::make(DbError::Kind::TooNew, operation,
                         Tr::tr("the file has schema version %1, but this version of "
                                "ModelMarket only knows versions up to %2; open it with "
                                "a newer ModelMarket")
                             .arg(fileVersion)
                             .arg(knownVersion))
        .toError();
}

} // namespace

std::span<const MigrationStep> migrationSteps() {
    return kSteps;
}

Status migrate(Database& db) {
    return migrate(db, db.dialect().isPostgres() ? postgresMigrationSteps() : migrationSteps(),
                   kCurrentSchemaVersion);
}

Status migrate(Database& db, std::span<const MigrationStep> steps, int targetVersion) {
    const QString operation = QStringLiteral("upgrading the database schema");
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].version != static_cast<int>(i) + 1 || steps[i].apply == nullptr)
            return DbError::make(
                       DbError::Kind::Other, operation,
                       QStringLiteral("migration step list is broken at position %1").arg(i + 1))
                .toError();
    }
    if (targetVersion < 0 || static_cast<std::size_t>(targetVersion) > steps.size())
        return DbError::make(
                   DbError::Kind::Other, operation,
                   QStringLiteral("no migration steps lead to version %1").arg(targetVersion))
            .toError();

    Result<int> version = readSchemaVersion(db, operation);
    if (!version)
        return version.error();
    if (*version > targetVersion)
        return tooNew(*version, targetVersion, operation);
    if (*version == targetVersion)
        return Ok{};
    if (db.isReadOnly())
        return DbError::make(DbError::Kind::NeedsUpgrade, operation,
                             (db.isServer()
                                  ? Tr::tr("the database has schema version %1 and needs version "
                                           "%2, but it is open read-only; open it once for "
                                           "writing (the window, or a command that writes) as "
                                           "the login that owns its tables to upgrade it")
                                  : Tr::tr("the file has schema version %1 and needs version %2, "
                                           "but it is open read-only; make it writable and open "
                                           "it again to upgrade it"))
                                 .arg(*version)
                                 .arg(targetVersion))
            .toError();

    for (const MigrationStep& step : steps) {
        if (step.version <= *version || step.version > targetVersion)
            continue;
        const QString stepOperation = QStringLiteral("upgrading the database to schema version "
                                                     "%1 (%2)")
                                          .arg(step.version)
                                          .arg(step.description);
        Transaction transaction(db, stepOperation);
        if (!transaction.isActive())
            return transaction.status();
        // Another program may have upgraded the file between our first look and taking the
        // write lock; look again now that nobody else can write.
        if (Status locked = lockSchemaForUpgrade(db, stepOperation); !locked)
            return locked;
        Result<int> lockedVersion = readSchemaVersion(db, stepOperation);
        if (!lockedVersion)
            return lockedVersion.error();
        if (*lockedVersion > targetVersion)
            return tooNew(*lockedVersion, targetVersion, stepOperation);
        if (*lockedVersion >= step.version) {
            Status committed = transaction.commit();
            if (!committed)
                return committed;
            continue;
        }
        Status applied = step.apply(db);
        if (!applied)
            return applied;
        Status bumped = writeSchemaVersion(db, step.version, stepOperation);
        if (!bumped)
            return bumped;
        Status committed = transaction.commit();
        if (!committed)
            return committed;
    }
    return Ok{};
}

} // namespace mm
