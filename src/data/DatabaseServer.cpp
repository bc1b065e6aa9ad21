// The PostgreSQL side of Database: connecting through Qt's QPSQL driver, and the checks that must
// pass before anything is written to a server database. The rest of Database serves both.

#include "data/Database.h"
#include "data/Migrations.h"
#include "data/PgMigrations.h"
#include "data/TableNames.h"

#include <QCoreApplication>
#include <QSqlError>
#include <atomic>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::Database)
};

const QString kServerDriver = QStringLiteral("QPSQL");

QString uniqueServerConnectionName() {
    static std::atomic<quint64> counter{0};
    return QStringLiteral("modelmarket-pg-%1").arg(++counter);
}

QString openingOperation(const QString& url) {
    return Tr::tr("opening database %1").arg(url);
}

Error openError(DbError::Kind kind, const QString& url, QString detail) {
    DbError error = DbError::make(kind, openingOperation(url), std::move(detail));
    error.fromServer = true;
    return error.toError();
}

// Every table any schema version of ours has; anything else in the schema is someone else's.
QStringList ourTables() {
    using namespace dbtable;
    QStringList names;
    for (const QLatin1StringView name :
         {balanceRules, buyers, gpuTypes, labs, licenseTiers, licenses, listings, models,
          researchProjects, revenueMonthly, scenarioOverrides, scenarios, settings, sizeClasses,
          trainingJobs, usageCharges, kPgSchemaVersionTable})
        names.append(QString(name));
    return names;
}

// Refuses, before anything is written: a schema version newer than ours, and tables that are not
// ours (in an empty database without our version table, every table is someone else's).
Status checkServerSchema(Database& db, const QString& operation) {
    auto version = readSchemaVersion(db, operation);
    if (!version)
        return version.error();
    if (*version > kCurrentSchemaVersion)
        return openError(DbError::Kind::TooNew, db.path(),
                         Tr::tr("the database has schema version %1, but this version of "
                                "ModelMarket only knows versions up to %2; use a newer "
                                "ModelMarket")
                             .arg(*version)
                             .arg(kCurrentSchemaVersion));
    auto tables = db.query(QStringLiteral("SELECT table_name FROM information_schema.tables "
                                          "WHERE table_schema = current_schema() "
                                          "ORDER BY table_name"),
                           {}, operation);
    if (!tables)
        return tables.error();
    const QStringList ours = ourTables();
    QStringList foreign;
    while (tables->next()) {
        const QString name = tables->value(0).toString();
        if (*version == 0 || !ours.contains(name))
            foreign.append(name);
    }
    if (foreign.isEmpty())
        return Ok{};
    constexpr qsizetype kNamesShown = 5;
    QString names = foreign.mid(0, kNamesShown).join(QStringLiteral(", "));
    if (foreign.size() > kNamesShown)
        names += QStringLiteral(", …");
    return openError(DbError::Kind::NotOurs, db.path(),
                     *version == 0
                         ? Tr::tr("the database is not empty and was not set up by ModelMarket "
                                  "(tables: %1); give ModelMarket an empty database of its own")
                               .arg(names)
                         : Tr::tr("the database holds tables ModelMarket did not make (%1); "
                                  "give ModelMarket a database of its own")
                               .arg(names));
}

// libpq says so only in words (a refused login has no SQLSTATE on the client side): no password
// was found, or the one given was wrong.
bool asksForPassword(const QString& driverText) {
    return driverText.contains(QLatin1String("no password supplied")) ||
           driverText.contains(QLatin1String("password authentication failed"));
}

} // namespace

Result<std::unique_ptr<Database>> Database::connectServer(const ServerAddress& address,
                                                          bool readOnly, int busyTimeoutMs,
                                                          const QString& connectionName,
                                                          const QString& password) {
    const QString url = address.toUrl();
    if (!QSqlDatabase::isDriverAvailable(kServerDriver))
        return openError(DbError::Kind::CannotOpen, url,
                         Tr::tr("the Qt PostgreSQL driver (QPSQL) is not installed; install "
                                "the package libqt6sql6-psql"));
    const QString name = connectionName.isEmpty() ? uniqueServerConnectionName() : connectionName;
    if (QSqlDatabase::contains(name))
        return openError(DbError::Kind::CannotOpen, url,
                         QStringLiteral("the connection name \"%1\" is already in use").arg(name));

    std::unique_ptr<Database> db(new Database(url, name, readOnly, busyTimeoutMs));
    db->m_dialect = &SqlDialect::postgres();
    db->m_server = address;
    db->m_db = QSqlDatabase::addDatabase(kServerDriver, name);
    db->m_db.setDatabaseName(address.database);
    if (!address.host.isEmpty())
        db->m_db.setHostName(address.host);
    if (address.port != 0)
        db->m_db.setPort(address.port);
    if (!address.user.isEmpty())
        db->m_db.setUserName(address.user);
    // Without one from the window, libpq reads PGPASSWORD or ~/.pgpass itself.
    if (!password.isEmpty())
        db->m_db.setPassword(password);
    db->m_serverPassword = password;
    db->m_db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=ModelMarket"));
    if (!db->m_db.open()) {
        DbError error = fromSqlError(db->m_db.lastError(), openingOperation(url), {}, true);
        if (error.kind == DbError::Kind::Other)
            error.kind = DbError::Kind::CannotOpen;
        Error refused = error.toError();
        if (asksForPassword(error.driverText))
            refused.rule = QString(kRuleDbPassword);
        return refused;
    }
    const QString operation = openingOperation(url);
    // Notices ("relation already exists, skipping") are not for the user.
    Status settings = db->exec(QStringLiteral("SET client_min_messages = warning"), operation);
    if (settings)
        settings = db->setBusyTimeout(busyTimeoutMs);
    if (settings && readOnly)
        settings = db->exec(QStringLiteral("SET default_transaction_read_only = on"), operation);
    if (!settings)
        return settings.error();
    return Result<std::unique_ptr<Database>>(std::move(db));
}

Result<std::unique_ptr<Database>> Database::openServer(const QString& url,
                                                       const OpenOptions& options) {
    auto address = ServerAddress::parse(url);
    if (!address)
        return address.error();
    if (options.busyTimeoutMs < 0)
        return openError(DbError::Kind::CannotOpen, address->toUrl(),
                         QStringLiteral("the busy timeout cannot be negative"));
    const bool readOnly = options.mode == ReadOnly;
    auto opened = connectServer(*address, readOnly, options.busyTimeoutMs, options.connectionName,
                                options.password);
    if (!opened)
        return opened;
    Database& db = *opened.value();
    const QString operation = openingOperation(db.path());
    if (Status ours = checkServerSchema(db, operation); !ours)
        return ours.error();
    // migrate() refuses to write on a read-only connection, saying the schema needs an upgrade.
    if (Status migrated = migrate(db); !migrated)
        return migrated.error();
    return opened;
}

} // namespace mm
