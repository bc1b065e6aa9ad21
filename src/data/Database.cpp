#include "data/Database.h"

#include "core/ScenarioComparison.h" // kRuleCancelled
#include "data/ChangeJournal.h"
#include "data/Migrations.h"
#include "data/OpenFileRegistry.h"
#include "data/StatementInterrupt.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QTemporaryFile>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <filesystem>
#include <optional>
#include <system_error>

namespace mm {

namespace {

// This file's translation context: lupdate files every Tr::tr() string under it.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mm::Database)
};

const QString kDriver = QStringLiteral("QSQLITE");
const QString kMemoryPath = QStringLiteral(":memory:");

QString uniqueConnectionName() {
    static std::atomic<quint64> counter{0};
    return QStringLiteral("modelmarket-db-%1").arg(++counter);
}

QString openingOperation(const QString& path) {
    return Tr::tr("opening database %1").arg(QDir::toNativeSeparators(path));
}

Error openError(DbError::Kind kind, const QString& path, QString detail) {
    return DbError::make(kind, openingOperation(path), std::move(detail)).toError();
}

// Every SQLite file starts with these 16 bytes. Checking them ourselves means a document the user
// picked by mistake is refused before SQLite opens it, let alone writes to it.
bool hasSqliteHeader(const QByteArray& start) {
    static const QByteArray header("SQLite format 3\0", 16);
    return start == header;
}

// Whether the existing file at `path` is empty; refused when it is neither empty nor SQLite.
// Checking the header ourselves means a document the user picked by mistake is refused before
// SQLite opens it. A file this process already has open passed this check then; reading it again
// would drop SQLite's locks on it (see OpenFileRegistry.h).
Result<bool> isEmptyUnlessSqlite(const QString& path) {
    if (openfiles::contains(path))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return openError(DbError::Kind::CannotOpen, path,
                         QStringLiteral("cannot read the file: %1").arg(file.errorString()));
    const QByteArray start = file.read(16);
    const bool empty = start.isEmpty() && file.size() == 0;
    file.close();
    if (!empty && !hasSqliteHeader(start))
        return openError(DbError::Kind::NotSqlite, path,
                         QStringLiteral("the file is not a SQLite database"));
    return empty;
}

// Runs an integrity statement and turns anything but "ok" rows into a Corrupt error.
Status refuseProblems(Database& db, const QString& checkSql, const QString& operation) {
    auto check = db.query(checkSql, {}, operation);
    if (!check)
        return check.error();
    QStringList problems;
    while (check.value().next()) {
        const QString line = check.value().value(0).toString();
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (check.value().lastError().isValid()) {
        DbError error = fromQuery(check.value(), operation);
        if (error.kind == DbError::Kind::Other)
            error.kind = DbError::Kind::Corrupt;
        return error.toError();
    }
    if (!problems.isEmpty())
        return DbError::make(
                   DbError::Kind::Corrupt, operation,
                   Tr::tr("database file is corrupt: %1").arg(problems.join(QStringLiteral("; "))))
            .toError();
    return Ok{};
}

const QString kEveryPageCheck = QStringLiteral("PRAGMA quick_check(5)");

// The checks that must pass before we change anything in an existing file: a schema version we
// know, and pages SQLite can read.
Status checkExistingFile(Database& db, const QString& operation, qint64 fullCheckMaxBytes) {
    {
        auto version = db.query(QStringLiteral("PRAGMA user_version"), {}, operation);
        if (!version)
            return version.error();
        if (!version.value().next())
            return fromQuery(version.value(), operation).toError();
        const int fileVersion = version.value().value(0).toInt();
        if (fileVersion > kCurrentSchemaVersion)
            return DbError::make(DbError::Kind::TooNew, operation,
                                 Tr::tr("the file has schema version %1, but this "
                                        "version of ModelMarket only knows versions up "
                                        "to %2; open it with a newer ModelMarket")
                                     .arg(fileVersion)
                                     .arg(kCurrentSchemaVersion))
                .toError();
    }
    // quick_check reads every page but skips the index-versus-table cross checks, so it catches
    // damaged files at a cost that stays acceptable on every open -- up to a size. Past it only
    // the schema is read here (which still catches a broken header or first pages); the window
    // runs checkEveryPage() beforehand on a worker, and `modelmarket check` does the full pass.
    const bool everyPage = QFileInfo(db.path()).size() <= fullCheckMaxBytes;
    return refuseProblems(
        db,
        everyPage ? kEveryPageCheck
                  : QStringLiteral("SELECT 'ok' FROM (SELECT COUNT(*) FROM sqlite_master)"),
        operation);
}

Status requireCurrentVersion(Database& db, const QString& operation) {
    const int version = db.schemaVersion();
    if (version == kCurrentSchemaVersion)
        return Ok{};
    // Either the file cannot be written, or the caller chose to only read it.
    const QString remedy = QFileInfo(db.path()).isWritable()
                               ? Tr::tr("it was opened only for reading, and opening it for "
                                        "writing once upgrades it")
                               : Tr::tr("the file is read-only; make it writable and open it "
                                        "again to upgrade it");
    return DbError::make(DbError::Kind::NeedsUpgrade, operation,
                         Tr::tr("the file has schema version %1 and needs version %2; %3")
                             .arg(version)
                             .arg(kCurrentSchemaVersion)
                             .arg(remedy))
        .toError();
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly, int busyTimeoutMs)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_thread(QThread::currentThread())
    , m_readOnly(readOnly)
    , m_busyTimeoutMs(busyTimeoutMs) {
}

Database::~Database() {
    m_journal.reset(); // unhooks it while the connection still exists
    // Closing finalises any statement still prepared on the connection and makes SQLite roll
    // back a transaction a guard left open. removeDatabase() wants no QSqlDatabase handle left,
    // or it warns and the driver outlives us.
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_openFileKey.isEmpty())
        openfiles::remove(m_openFileKey);
}

Result<std::unique_ptr<Database>> Database::connect(const QString& path, bool readOnly,
                                                    int busyTimeoutMs,
                                                    const QString& connectionName) {
    const QString operation = openingOperation(path);
    if (!QSqlDatabase::isDriverAvailable(kDriver))
        return openError(DbError::Kind::CannotOpen, path,
                         QStringLiteral("the Qt SQLite driver (QSQLITE) is not installed"));
    const QString name = connectionName.isEmpty() ? uniqueConnectionName() : connectionName;
    if (QSqlDatabase::contains(name))
        return openError(DbError::Kind::CannotOpen, path,
                         QStringLiteral("the connection name \"%1\" is already in use").arg(name));

    std::unique_ptr<Database> db(new Database(path, name, readOnly, busyTimeoutMs));
    db->m_db = QSqlDatabase::addDatabase(kDriver, name);
    db->m_db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db->m_db.setConnectOptions(options);
    if (!db->m_db.open())
        return fromSqlError(db->m_db.lastError(), operation).toError();
    if (path != kMemoryPath)
        db->m_openFileKey = openfiles::add(path);

    // Per-connection settings; none of them writes to the file.
    Status pragmas = db->exec(QStringLiteral("PRAGMA foreign_keys = ON"), operation);
    if (pragmas && readOnly)
        pragmas = db->exec(QStringLiteral("PRAGMA query_only = ON"), operation);
    if (pragmas && !readOnly)
        // With WAL, NORMAL loses at most the last commits on power loss, never consistency.
        pragmas = db->exec(QStringLiteral("PRAGMA synchronous = NORMAL"), operation);
    if (pragmas)
        pragmas = db->setCacheKiB(cacheKiBForFile(QFileInfo(path).size()));
    if (!pragmas)
        return pragmas.error();
    return Result<std::unique_ptr<Database>>(std::move(db));
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode,
                                                 const QString& connectionName) {
    OpenOptions options;
    options.mode = mode;
    options.connectionName = connectionName;
    return open(path, options);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, const OpenOptions& options) {
    if (ServerAddress::isServerUrl(path))
        return openServer(path, options);
    const QString operation = openingOperation(path);
    if (path.isEmpty())
        return openError(DbError::Kind::CannotOpen, path, QStringLiteral("no file name given"));
    if (options.busyTimeoutMs < 0)
        return openError(DbError::Kind::CannotOpen, path,
                         QStringLiteral("the busy timeout cannot be negative"));

    bool readOnly = options.mode == ReadOnly;
    bool fresh = false; // nothing in the file yet: nothing to check, everything to create
    if (path == kMemoryPath) {
        fresh = true;
    } else {
        const QFileInfo info(path);
        if (!info.exists()) {
            if (readOnly)
                return openError(DbError::Kind::CannotOpen, path,
                                 QStringLiteral("the file does not exist"));
            if (!info.absoluteDir().exists())
                return openError(DbError::Kind::CannotOpen, path,
                                 Tr::tr("the folder %1 does not exist")
                                     .arg(QDir::toNativeSeparators(info.absolutePath())));
            fresh = true;
        } else {
            if (info.isDir())
                return openError(DbError::Kind::CannotOpen, path,
                                 QStringLiteral("this is a folder, not a database file"));
            // A file this process already has open passed this check then; reading it again
            // would drop SQLite's locks on it (see OpenFileRegistry.h).
            auto empty = isEmptyUnlessSqlite(path);
            if (!empty)
                return empty.error();
            fresh = *empty; // an empty file is a database SQLite has not written yet
            if (!info.isWritable())
                readOnly = true;
        }
    }
    if (fresh && readOnly)
        return openError(DbError::Kind::NeedsUpgrade, path,
                         QStringLiteral("the file is empty and open read-only, so it cannot be "
                                        "set up as a ModelMarket database"));

    bool checked = fresh;
    if (!fresh) {
        // Look at the file on a read-only connection first: refusing a newer or damaged file
        // must leave it untouched, and the writable setup below (WAL) rewrites the header.
        auto probe = connect(path, true, options.busyTimeoutMs,
                             readOnly ? options.connectionName : QString());
        // A hot rollback journal (a kill during `generate`) stops a read-only connection at its
        // first look at the file, already while it sizes its page cache: only a writable one
        // may roll it back, and the checks then run on that one.
        const bool hotJournal = !probe && !readOnly && probe.error().rule == kRuleDbReadOnly;
        if (!probe && !hotJournal)
            return probe;
        Status healthy =
            hotJournal ? Status(probe.error())
                       : checkExistingFile(*probe.value(), operation, options.fullCheckMaxBytes);
        if (readOnly) {
            if (!healthy)
                return healthy.error();
            Status current = requireCurrentVersion(*probe.value(), operation);
            if (!current)
                return current.error();
            return probe;
        }
        if (healthy)
            checked = true;
        else if (healthy.error().rule != kRuleDbReadOnly)
            return healthy.error();
        // Otherwise a crash left a hot journal that only a writable connection may roll back;
        // the checks run again on that connection, still before anything of ours is written.
    }

    auto opened = connect(path, false, options.busyTimeoutMs, options.connectionName);
    if (!opened)
        return opened;
    Database& db = *opened.value();
    if (!checked) {
        Status healthy = checkExistingFile(db, operation, options.fullCheckMaxBytes);
        if (!healthy)
            return healthy.error();
    }
    {
        // WAL lets the GUI read while a worker writes. Where it is unavailable (":memory:", some
        // network file systems) SQLite keeps its rollback journal and answers with that mode;
        // everything still works, only with less concurrency.
        auto journal = db.query(QStringLiteral("PRAGMA journal_mode = WAL"), {}, operation);
        if (!journal)
            return journal.error();
    }
    Status migrated = migrate(db);
    if (!migrated)
        return migrated.error();
    return opened;
}

bool Database::skipsPageCheckAtOpen(const QString& path, qint64 fullCheckMaxBytes) {
    const QFileInfo info(path);
    return info.isFile() && info.size() > fullCheckMaxBytes;
}

Status Database::checkEveryPage(const QString& path, StatementInterrupt* stop) {
    const QString operation = openingOperation(path);
    auto empty = isEmptyUnlessSqlite(path);
    if (!empty)
        return empty.error();
    if (*empty)
        return Ok{};
    auto probe = connect(path, true, kDefaultBusyTimeoutMs, QString());
    if (!probe)
        return probe.error();
    Status healthy = Ok{};
    {
        std::optional<StatementInterrupt::Attachment> attached;
        if (stop)
            attached.emplace(*stop, (*probe)->sql());
        if (!stop || !stop->isInterrupted())
            healthy = refuseProblems(**probe, kEveryPageCheck, operation);
        // An interrupted statement fails like a damaged page would; it says nothing of the file.
        if (stop && stop->isInterrupted())
            return makeError(Tr::tr("the check of every page was stopped"), operation,
                             QString(kRuleCancelled));
    }
    // A crash left a hot journal only a writable connection may roll back: open() handles that
    // file, and its schema read is all that can be checked before.
    if (!healthy && healthy.error().rule == kRuleDbReadOnly)
        return Ok{};
    return healthy;
}

Result<std::unique_ptr<Database>> Database::openAnotherConnection() const {
    if (!m_server && m_path == kMemoryPath)
        return openError(DbError::Kind::CannotOpen, m_path,
                         QStringLiteral("an in-memory database cannot be shared between "
                                        "connections"));
    auto other = m_server ? connectServer(*m_server,
                                          {m_readOnly, m_busyTimeoutMs, m_connectTimeoutSeconds,
                                           m_origin, m_serverPassword},
                                          QString())
                          : connect(m_path, m_readOnly, m_busyTimeoutMs, QString());
    if (!other)
        return other;
    // open() settled the version for this database; a mismatch means another program replaced
    // or upgraded it since.
    const int version = other.value()->schemaVersion();
    if (version != kCurrentSchemaVersion)
        return openError(version > kCurrentSchemaVersion ? DbError::Kind::TooNew
                                                         : DbError::Kind::NeedsUpgrade,
                         m_path,
                         QStringLiteral("the %1 now has schema version %2, expected %3")
                             .arg(m_server ? QStringLiteral("database") : QStringLiteral("file"))
                             .arg(version)
                             .arg(kCurrentSchemaVersion));
    return other;
}

QSqlDatabase& Database::sql() {
    Q_ASSERT_X(QThread::currentThread() == m_thread, "mm::Database::sql",
               "a database connection may only be used on the thread that opened it");
    return m_db;
}

qint64 Database::cacheKiBForFile(qint64 fileBytes) {
    // An eighth of the file keeps the upper levels of every index and the recent table pages in
    // memory; more would mostly hold pages read once.
    return std::clamp(fileBytes / 8 / 1024, kMinCacheKiB, kMaxOpenCacheKiB);
}

Status Database::setCacheKiB(qint64 kib) {
    if (m_server)
        return Ok{}; // the server sizes its own shared buffers
    // A negative cache_size counts KiB instead of pages. PRAGMA takes no bound values; the number
    // is one we computed.
    return exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kib),
                QStringLiteral("sizing the page cache"));
}

Database::BulkWork::BulkWork(Database& db)
    : m_db(db) {
    if (m_db.m_bulkWork++ == 0)
        static_cast<void>(m_db.setCacheKiB(kBulkCacheKiB)); // only speed depends on it
}

Database::BulkWork::~BulkWork() {
    if (--m_db.m_bulkWork == 0)
        static_cast<void>(m_db.setCacheKiB(cacheKiBForFile(QFileInfo(m_db.path()).size())));
}

namespace {

QString journalMode(Database& db, const QString& setTo) {
    const QString sql = setTo.isEmpty() ? QStringLiteral("PRAGMA journal_mode")
                                        : QStringLiteral("PRAGMA journal_mode = %1").arg(setTo);
    auto answer = db.query(sql, {}, QStringLiteral("choosing the journal"));
    if (!answer || !answer->next())
        return {};
    return answer->value(0).toString().toLower();
}

} // namespace

Database::WritingAlone::WritingAlone(Database& db)
    : m_db(db) {
    // PRAGMA takes no bound values; both modes are our own words.
    if (!m_db.isServer() && m_db.m_txDepth == 0 && journalMode(m_db, {}) == QLatin1String("wal"))
        m_switched = journalMode(m_db, QStringLiteral("DELETE")) == QLatin1String("delete");
}

Database::WritingAlone::~WritingAlone() {
    if (m_switched)
        static_cast<void>(journalMode(m_db, QStringLiteral("WAL")));
}

int Database::schemaVersion() {
    auto version = readSchemaVersion(*this, QStringLiteral("reading the schema version"));
    return version ? *version : -1;
}

qint64 Database::dataVersion() const {
    if (m_server)
        return -1;
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

Status Database::setBusyTimeout(int milliseconds) {
    const QString operation = QStringLiteral("setting the busy timeout");
    if (milliseconds < 0)
        return DbError::make(DbError::Kind::Other, operation,
                             QStringLiteral("the busy timeout cannot be negative"))
            .toError();
    // PRAGMA and SET take no bound values; the number is an int we format ourselves.
    Status set = exec(m_server ? QStringLiteral("SET lock_timeout = %1").arg(milliseconds)
                               : QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds),
                      operation);
    if (set)
        m_busyTimeoutMs = milliseconds;
    return set;
}

sqlite3* Database::nativeHandle() const {
    if (!m_db.isOpen())
        return nullptr;
    // QSQLITE hands out its sqlite3* in a QVariant named by the type (Qt's documented way).
    const QVariant handle = m_db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

Status Database::exec(const QString& sql, QString operation) {
    if (m_lost)
        return notConnectedError(operation);
    Status status = Ok{};
    {
        QSqlQuery query(m_db);
        if (!query.exec(sql)) {
            DbError error = fromQuery(query, operation);
            if (error.sql.isEmpty())
                error.sql = sql;
            status = serverFailure(std::move(error), operation);
        } else if (m_server) {
            afterServerStatement(sql, query);
        }
    }
    settleJournal(status.ok());
    return status;
}

ChangeJournal& Database::changeJournal() {
    if (!m_journal)
        m_journal = std::make_unique<ChangeJournal>(nativeHandle());
    return *m_journal;
}

void Database::recordChange(const QString& table, RowChange kind, qint64 rowId) {
    if (m_journal)
        m_journal->record(table, kind, rowId);
}

void Database::discardJournal() {
    if (m_journal)
        m_journal->discard();
}

void Database::settleJournal(bool succeeded) {
    // Inside a transaction the rows wait for its COMMIT, which is itself a statement run here
    // with the depth already back at 0; a ROLLBACK finds them discarded by Transaction.
    if (!m_journal || m_txDepth > 0)
        return;
    if (succeeded)
        m_journal->publish();
    else
        m_journal->discard();
}

Result<QSqlQuery> Database::prepare(const QString& sql, QString operation) {
    if (m_lost)
        return notConnectedError(operation);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        DbError error = fromQuery(query, operation);
        if (error.sql.isEmpty())
            error.sql = sql;
        return serverFailure(std::move(error), operation);
    }
    return Result<QSqlQuery>(std::move(query));
}

Status Database::execPrepared(QSqlQuery& query, const QVariantList& values, QString operation) {
    // Bindings survive exec(); given too few values, a reused statement would quietly run with
    // the previous call's leftovers. (Before the first exec the list is empty and the driver
    // checks the count itself.)
    const qsizetype expected = query.boundValues().size();
    if (expected != 0 && values.size() != expected)
        return DbError::make(DbError::Kind::Other, std::move(operation),
                             QStringLiteral("the statement takes %1 values, %2 were given")
                                 .arg(expected)
                                 .arg(values.size()),
                             query.lastQuery())
            .toError();
    if (m_lost)
        return notConnectedError(operation);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(static_cast<int>(i), values.at(i));
    const bool executed = query.exec();
    if (executed && m_server)
        afterServerStatement(query.lastQuery(), query);
    settleJournal(executed);
    if (!executed)
        return serverFailure(fromQuery(query, operation), operation);
    return Ok{};
}

Error Database::serverFailure(DbError error, const QString& operation) {
    if (noticeLostConnection()) {
        error.kind = DbError::Kind::ConnectionLost;
        error.detail = Tr::tr("lost the connection to the server %1").arg(m_path);
        m_lostReason = error.summary();
    }
    afterServerFailure(operation);
    return error.toError();
}

void Database::afterServerFailure(const QString& operation) {
    if (!m_server || m_txDepth == 0)
        return;
    if (m_lost) {
        // The server rolled the transaction back when the connection went; it can only fail.
        if (!m_txPoisoned) {
            m_txPoisoned = true;
            m_txPoisonedBy = operation;
        }
        return;
    }
    // PostgreSQL refuses every further statement of a transaction one has failed in, even
    // freeing a prepared one. Going back to the savepoint Transaction set at BEGIN keeps the
    // connection usable (for the caller's next look-up, and the statements' clean-up) while
    // the transaction stays doomed: on SQLite too, a failed write ends in a rollback.
    QSqlQuery rollback(m_db);
    (void)rollback.exec(
        QStringLiteral("ROLLBACK TO SAVEPOINT %1").arg(kServerTransactionSavepoint));
    if (!m_txPoisoned) {
        m_txPoisoned = true;
        m_txPoisonedBy = operation;
    }
}

Result<qint64> Database::insertedId(QSqlQuery& query, const QString& operation) {
    if (!m_server)
        return query.lastInsertId().toLongLong();
    if (!query.next())
        return DbError::make(DbError::Kind::Other, operation,
                             QStringLiteral("the INSERT returned no id"), query.lastQuery())
            .toError();
    const qint64 id = query.value(0).toLongLong();
    announceAutocommit(); // now that the row is read
    return id;
}

Result<QSqlQuery> Database::query(const QString& sql, const QVariantList& values,
                                  QString operation) {
    auto prepared = prepare(sql, operation);
    if (!prepared)
        return prepared;
    Status done = execPrepared(prepared.value(), values, std::move(operation));
    if (!done)
        return done.error();
    return prepared;
}

Status Database::backupTo(const QString& path) {
    const QString operation =
        QStringLiteral("backing up the database to %1").arg(QDir::toNativeSeparators(path));
    if (m_server)
        return DbError::make(DbError::Kind::Other, operation,
                             Tr::tr("a server database is backed up with the server's own "
                                    "tools (pg_dump)"))
            .toError();
    if (m_txDepth > 0)
        return DbError::make(DbError::Kind::Transaction, operation,
                             QStringLiteral("a backup cannot run inside a transaction"))
            .toError();
    const QFileInfo target(path);
    if (target.isDir())
        return DbError::make(DbError::Kind::CannotOpen, operation, Tr::tr("the target is a folder"))
            .toError();
    if (target.exists() && target.canonicalFilePath() == QFileInfo(m_path).canonicalFilePath())
        return DbError::make(DbError::Kind::CannotOpen, operation,
                             Tr::tr("a database cannot be backed up onto itself"))
            .toError();
    if (!target.absoluteDir().exists())
        return DbError::make(DbError::Kind::CannotOpen, operation,
                             Tr::tr("the folder %1 does not exist")
                                 .arg(QDir::toNativeSeparators(target.absolutePath())))
            .toError();

    // VACUUM INTO needs a missing or empty file; the copy is made under a temporary name in the
    // same folder and renamed over the target only once complete.
    QTemporaryFile partial(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                           QStringLiteral(".XXXXXX.partial"));
    if (!partial.open())
        return DbError::make(
                   DbError::Kind::CannotOpen, operation,
                   Tr::tr("cannot create a file next to the target: %1").arg(partial.errorString()))
            .toError();
    const QString partialPath = partial.fileName();
    partial.close();
    {
        auto vacuum = query(QStringLiteral("VACUUM INTO ?"), {partialPath}, operation);
        if (!vacuum)
            return vacuum.error();
    }
    // QTemporaryFile makes owner-only files; a backup should be as readable as a saved file.
    partial.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                           QFileDevice::ReadGroup | QFileDevice::ReadOther);
    std::error_code failure;
    std::filesystem::rename(QFileInfo(partialPath).filesystemFilePath(),
                            target.filesystemFilePath(), failure);
    if (failure)
        return DbError::make(DbError::Kind::CannotOpen, operation,
                             Tr::tr("cannot move the copy into place: %1")
                                 .arg(QString::fromStdString(failure.message())))
            .toError();
    return Ok{};
}

Result<QStringList> Database::integrityProblems() {
    const QString operation = Tr::tr("checking the database");
    QStringList problems;
    // The server checks every constraint, foreign keys included, as each row is written; it has
    // no deferred or unchecked state to look for.
    if (m_server)
        return problems;
    {
        auto check = query(QStringLiteral("PRAGMA integrity_check"), {}, operation);
        if (!check)
            return check.error();
        while (check.value().next()) {
            const QString line = check.value().value(0).toString();
            if (line != QLatin1String("ok"))
                problems << line;
        }
    }
    auto foreignKeys = query(QStringLiteral("PRAGMA foreign_key_check"), {}, operation);
    if (!foreignKeys)
        return foreignKeys.error();
    QSqlQuery& rows = foreignKeys.value();
    while (rows.next())
        problems << QStringLiteral("%1 row %2 refers to a missing row in %3")
                        .arg(rows.value(0).toString(), rows.value(1).toString(),
                             rows.value(2).toString());
    return problems;
}

} // namespace mm
