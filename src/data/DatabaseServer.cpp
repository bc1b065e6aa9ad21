// The PostgreSQL side of Database: connecting through Qt's QPSQL driver, and the checks that must
// pass before anything is written to a server database. The rest of Database serves both.

#include "data/ChangeJournal.h"
#include "data/Database.h"
#include "data/Migrations.h"
#include "data/PgMigrations.h"
#include "data/TableNames.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>
#include <algorithm>
#include <atomic>
#include <optional>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::Database)
};

const QString kServerDriver = QStringLiteral("QPSQL");
// libpq waits at least this long, whatever connect_timeout says.
constexpr int kMinConnectTimeoutSeconds = 2;

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

// A new origin() for a database open() makes: unique among every program on the server.
QString newOrigin() {
    return QStringLiteral("%1-%2")
        .arg(QCoreApplication::applicationPid())
        .arg(QUuid::createUuid().toString(QUuid::Id128));
}

// TCP keepalives and the TCP user timeout make a connection whose server vanished from the
// network (a crashed machine, a cable pulled) fail its statement after about half a minute,
// where a plain socket would wait for hours. A server that is merely slow or busy keeps
// answering them, so long reports still finish; lock waits end with the busy timeout.
constexpr int kKeepaliveIdleSeconds = 10;
constexpr int kKeepaliveIntervalSeconds = 5;
constexpr int kKeepaliveCount = 3;
constexpr int kTcpUserTimeoutMs = 30'000;

void configureServerConnection(QSqlDatabase& db, const ServerAddress& address,
                               int connectTimeoutSeconds, const QString& password = {}) {
    db.setDatabaseName(address.database);
    if (!address.host.isEmpty())
        db.setHostName(address.host);
    if (address.port != 0)
        db.setPort(address.port);
    if (!address.user.isEmpty())
        db.setUserName(address.user);
    // Without one from the window, libpq reads PGPASSWORD or ~/.pgpass itself.
    if (!password.isEmpty())
        db.setPassword(password);
    QString options =
        QStringLiteral("connect_timeout=%1;application_name=ModelMarket;keepalives=1;"
                       "keepalives_idle=%2;keepalives_interval=%3;keepalives_count=%4;"
                       "tcp_user_timeout=%5")
            .arg(connectTimeoutSeconds)
            .arg(kKeepaliveIdleSeconds)
            .arg(kKeepaliveIntervalSeconds)
            .arg(kKeepaliveCount)
            .arg(kTcpUserTimeoutMs);
    // ServerAddress::parse let through only values that stay one setting each.
    if (!address.sslMode.isEmpty())
        options += QStringLiteral(";sslmode=") + address.sslMode;
    if (!address.sslRootCert.isEmpty())
        options += QStringLiteral(";sslrootcert=") + address.sslRootCert;
    db.setConnectOptions(options);
}

// libpq says so only in words (a refused login has no SQLSTATE on the client side): no password
// was found, or the one given was wrong.
bool asksForPassword(const QString& driverText) {
    return driverText.contains(QLatin1String("no password supplied")) ||
           driverText.contains(QLatin1String("password authentication failed"));
}

// Why connecting failed, in words that name the address; a server that did not answer in time
// says so with the timeout, where libpq only says "timeout expired".
Error connectFailure(const QSqlError& sqlError, const QString& url, int connectTimeoutSeconds) {
    DbError error = fromSqlError(sqlError, openingOperation(url), {}, true);
    if (error.kind == DbError::Kind::Other)
        error.kind = DbError::Kind::CannotOpen;
    if (error.driverText.contains(QLatin1String("timeout expired")))
        error.detail = Tr::tr("the server did not answer within %1 seconds (connect timeout)")
                           .arg(std::max(connectTimeoutSeconds, kMinConnectTimeoutSeconds));
    Error refused = error.toError();
    if (asksForPassword(error.driverText))
        refused.rule = QString(kRuleDbPassword);
    return refused;
}

// What a write statement of ours changes, read from its text.
struct WrittenTable {
    QString table; // empty when the statement does not say (a WITH ... that writes)
    RowChange kind = RowChange::Update;
};

std::optional<WrittenTable> writtenTable(const QString& sql) {
    static const QRegularExpression write(
        QStringLiteral(R"(^\s*(INSERT\s+INTO|UPDATE|DELETE\s+FROM|TRUNCATE(?:\s+TABLE)?)\s+)"
                       R"("?([A-Za-z_][A-Za-z0-9_]*))"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = write.match(sql);
    if (!match.hasMatch()) {
        static const QRegularExpression cteWrite(
            QStringLiteral(R"(^\s*WITH\b.*\b(INSERT|UPDATE|DELETE)\b)"),
            QRegularExpression::CaseInsensitiveOption |
                QRegularExpression::DotMatchesEverythingOption);
        if (cteWrite.match(sql).hasMatch())
            return WrittenTable{{}, RowChange::Delete};
        return std::nullopt;
    }
    const QString verb = match.captured(1).left(1).toUpper();
    const RowChange kind = verb == u'I'   ? RowChange::Insert
                           : verb == u'U' ? RowChange::Update
                                          : RowChange::Delete;
    return WrittenTable{match.captured(2).toLower(), kind};
}

// The other tables a write may change through the schema's triggers (the revenue summary) and
// its foreign keys (ON DELETE CASCADE / SET NULL): a window reloads them too.
QStringList tablesChangedBy(const WrittenTable& written) {
    using namespace dbtable;
    if (written.kind == RowChange::Delete || written.table.isEmpty())
        return ourTables();
    if (written.table == licenses || written.table == usageCharges || written.table == buyers)
        return {QString(revenueMonthly)};
    return {};
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

} // namespace

Result<std::unique_ptr<Database>> Database::connectServer(const ServerAddress& address,
                                                          const ServerSettings& settings,
                                                          const QString& connectionName) {
    const QString url = address.toUrl();
    if (!QSqlDatabase::isDriverAvailable(kServerDriver))
        return openError(DbError::Kind::CannotOpen, url,
                         Tr::tr("the Qt PostgreSQL driver (QPSQL) is not installed; install "
                                "the package libqt6sql6-psql"));
    const QString name = connectionName.isEmpty() ? uniqueServerConnectionName() : connectionName;
    if (QSqlDatabase::contains(name))
        return openError(DbError::Kind::CannotOpen, url,
                         QStringLiteral("the connection name \"%1\" is already in use").arg(name));

    std::unique_ptr<Database> db(
        new Database(url, name, settings.readOnly, settings.busyTimeoutMs));
    db->m_dialect = &SqlDialect::postgres();
    db->m_server = address;
    db->m_connectTimeoutSeconds = settings.connectTimeoutSeconds;
    db->m_origin = settings.origin.isEmpty() ? newOrigin() : settings.origin;
    db->m_db = QSqlDatabase::addDatabase(kServerDriver, name);
    configureServerConnection(db->m_db, address, settings.connectTimeoutSeconds, settings.password);
    db->m_serverPassword = settings.password;
    if (Status opened = db->openServerSession(); !opened)
        return opened.error();
    return Result<std::unique_ptr<Database>>(std::move(db));
}

Status Database::openServerSession() {
    const QString operation = openingOperation(m_path);
    if (!m_db.open())
        return connectFailure(m_db.lastError(), m_path, m_connectTimeoutSeconds);
    // Notices ("relation already exists, skipping") are not for the user.
    Status settings = exec(QStringLiteral("SET client_min_messages = warning"), operation);
    if (settings)
        settings = setBusyTimeout(m_busyTimeoutMs);
    if (settings && m_readOnly)
        settings = exec(QStringLiteral("SET default_transaction_read_only = on"), operation);
    // The schema's triggers announce the writes of sessions without an origin (psql, scripts);
    // ours announce themselves with it (announceCommit).
    if (!settings)
        return settings;
    auto origin = query(QStringLiteral("SELECT set_config('modelmarket.origin', ?, false)"),
                        {m_origin}, operation);
    if (!origin)
        return origin.error();
    return Ok{};
}

Status Database::probeServer(const QString& url, int connectTimeoutSeconds) {
    auto address = ServerAddress::parse(url);
    if (!address)
        return address.error();
    static std::atomic<quint64> counter{0};
    const QString name = QStringLiteral("modelmarket-pg-probe-%1").arg(++counter);
    Status answered = Ok{};
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(kServerDriver, name);
        configureServerConnection(probe, *address, connectTimeoutSeconds);
        // A server that asks for the password it was not given here has answered all the same.
        if (!probe.open() && !asksForPassword(probe.lastError().driverText()))
            answered = connectFailure(probe.lastError(), address->toUrl(), connectTimeoutSeconds);
        probe.close();
    }
    QSqlDatabase::removeDatabase(name);
    return answered;
}

bool Database::noticeLostConnection() {
    if (!m_server)
        return false;
    if (m_lost)
        return true;
    if (m_db.isOpen()) // libpq's own state: CONNECTION_OK until it read the end of the socket
        return false;
    m_lost = true;
    m_lostReason = Tr::tr("the server closed the connection");
    // Closing drops the driver's watch on the dead socket, whose number the system may give to
    // the next connection.
    m_db.close();
    return true;
}

bool Database::isConnected() {
    return !noticeLostConnection();
}

Error Database::notConnectedError(const QString& operation) const {
    DbError error = DbError::make(
        DbError::Kind::ConnectionLost, operation,
        Tr::tr("not connected to the server %1 (%2); ModelMarket reconnects when it answers again")
            .arg(m_path, m_lostReason));
    error.fromServer = true;
    return error.toError();
}

Status Database::reconnect() {
    if (!m_server)
        return Ok{};
    const QString operation = Tr::tr("reconnecting to %1").arg(m_path);
    if (m_txDepth > 0)
        return DbError::make(DbError::Kind::Transaction, operation,
                             QStringLiteral("a transaction is still open on the lost connection"))
            .toError();
    m_db.close();
    m_lost = false;
    Status done = openServerSession();
    if (done) {
        // open() settled the version; another program may have changed it while we were away.
        auto version = readSchemaVersion(*this, operation);
        if (!version)
            done = version.error();
        else if (*version != kCurrentSchemaVersion)
            done = openError(*version > kCurrentSchemaVersion ? DbError::Kind::TooNew
                                                              : DbError::Kind::NeedsUpgrade,
                             m_path,
                             Tr::tr("the database now has schema version %1, expected %2")
                                 .arg(*version)
                                 .arg(kCurrentSchemaVersion));
    }
    if (done && m_listening)
        done = listenForChanges();
    if (!done) {
        m_db.close();
        m_lost = true;
        m_lostReason = done.error().message;
        return done;
    }
    m_lostReason.clear();
    return Ok{};
}

Status Database::listenForChanges() {
    if (!m_server)
        return Ok{};
    if (m_lost)
        return notConnectedError(Tr::tr("listening for changes"));
    if (!m_db.driver()->subscribeToNotification(QString(kChangesChannel)))
        return fromSqlError(m_db.driver()->lastError(), Tr::tr("listening for changes"), {}, true)
            .toError();
    m_listening = true;
    return Ok{};
}

Status Database::announceCommit(const QString& operation) {
    if (!m_server || !m_txWrote)
        return Ok{};
    m_txWrote = false;
    auto notified = query(QStringLiteral("SELECT pg_notify(?, ?)"),
                          {QString(kChangesChannel), m_origin}, operation);
    if (!notified)
        return notified.error();
    return Ok{};
}

void Database::afterServerStatement(const QString& sql, QSqlQuery& query) {
    const std::optional<WrittenTable> written = writtenTable(sql);
    // An INSERT ... RETURNING is a select to the driver, which streams its rows: its count is
    // not known yet, and it changed a row unless it failed.
    if (!written || (!query.isSelect() && query.numRowsAffected() == 0))
        return;
    if (m_journal) {
        for (const QString& table : tablesChangedBy(*written))
            m_journal->recordWholeTable(
                table, written->kind == RowChange::Delete ? written->kind : RowChange::Update);
        m_journal->recordWholeTable(written->table, written->kind);
    }
    m_txWrote = true;
    // Outside a transaction it committed on its own, and the announcement follows on its own.
    // Another statement now would throw away the rows a RETURNING still streams: insertedId()
    // announces once it has read them.
    if (m_txDepth == 0 && !query.isSelect())
        announceAutocommit();
}

void Database::announceAutocommit() {
    if (m_txDepth == 0)
        static_cast<void>(announceCommit(Tr::tr("announcing a change")));
}

Result<std::unique_ptr<Database>> Database::openServer(const QString& url,
                                                       const OpenOptions& options) {
    auto address = ServerAddress::parse(url);
    if (!address)
        return address.error();
    if (options.busyTimeoutMs < 0)
        return openError(DbError::Kind::CannotOpen, address->toUrl(),
                         QStringLiteral("the busy timeout cannot be negative"));
    if (options.connectTimeoutSeconds <= 0)
        return openError(DbError::Kind::CannotOpen, address->toUrl(),
                         QStringLiteral("the connect timeout must be at least one second"));
    const ServerSettings settings{options.mode == ReadOnly,
                                  options.busyTimeoutMs,
                                  options.connectTimeoutSeconds,
                                  {},
                                  options.password};
    auto opened = connectServer(*address, settings, options.connectionName);
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
