#pragma once

#include "core/Result.h"
#include "data/ChangeSet.h"
#include "data/DbError.h"
#include "data/ServerAddress.h"
#include "data/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <memory>
#include <optional>

class QThread;

struct sqlite3;

namespace mm {

class ChangeJournal;
class StatementInterrupt;

// open() of a server refused the login for want of a password (none in PGPASSWORD, ~/.pgpass or
// OpenOptions::password) or because the one given was wrong: the window asks for one and tries
// again. The error's kind stays db.cannot_open in every other respect.
inline constexpr QLatin1StringView kRuleDbPassword{"db.password"};

// One open SQLite file, or one PostgreSQL database (a postgresql:// URL, see ServerAddress.h and
// docs/team-server.md), on one QSqlDatabase connection. dialect() says which; the SQLite-only
// members say what they do on a server.
//
// A connection belongs to the thread that opened it (QtSql's rule): use a Database only on that
// thread, and give each worker thread its own via openAnotherConnection(), called on the worker.
// Every QSqlQuery made on it must be destroyed before the Database is.
class Database {
public:
    enum OpenMode { ReadWrite, ReadOnly };

    static constexpr int kDefaultBusyTimeoutMs = 5000;
    // open() reads every page of files up to this size (PRAGMA quick_check). Bigger ones would
    // keep a window from appearing for seconds: open() reads only their schema, and the window
    // shows them read-only while checkEveryPage() runs on a worker thread (ui/shell/CheckedOpen.h).
    static constexpr qint64 kFullCheckMaxBytes = 128LL * 1024 * 1024;
    // How long connecting to a server may take (libpq's connect_timeout, which counts whole
    // seconds and takes at least 2): an address where nothing answers fails with a message
    // naming it instead of hanging whoever waits for it.
    static constexpr int kDefaultConnectTimeoutSeconds = 10;

    struct OpenOptions {
        OpenMode mode = ReadWrite;
        QString connectionName; // empty: a unique name is made up
        int busyTimeoutMs = kDefaultBusyTimeoutMs;
        qint64 fullCheckMaxBytes = kFullCheckMaxBytes;
        int connectTimeoutSeconds = kDefaultConnectTimeoutSeconds; // servers only
        // A server login's password, for when libpq finds none in PGPASSWORD or ~/.pgpass (the
        // window asks for it). Kept in memory only, for this database's further connections
        // (openAnotherConnection); never part of path(), an error or a setting.
        QString password;
    };

    // Opens `path`, creating it when missing (ReadWrite), checks that it is a healthy SQLite file
    // of a schema version we know, sets the connection pragmas and, for ReadWrite, migrates it to
    // kCurrentSchemaVersion. A file that cannot be written is opened read-only. A file we refuse
    // (not SQLite, corrupt, from a newer version) is left byte-for-byte as it was.
    //
    // A postgresql:// URL connects to that server database instead (QPSQL driver, password from
    // OpenOptions::password, else PGPASSWORD or ~/.pgpass) and migrates it the same way; an empty
    // database gets the whole schema. One with a newer schema version, or with tables that are not
    // ModelMarket's (rule db.not_ours), is refused before anything is written to it.
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode = ReadWrite,
                                                  const QString& connectionName = {});
    static Result<std::unique_ptr<Database>> open(const QString& path, const OpenOptions& options);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Whether open() leaves the page check of the existing file at `path` to checkEveryPage().
    static bool skipsPageCheckAtOpen(const QString& path,
                                     qint64 fullCheckMaxBytes = kFullCheckMaxBytes);
    // PRAGMA quick_check over every page of the file, on a read-only connection of the calling
    // thread (any thread): refused like open() refuses a damaged file, with kind Corrupt. Writes
    // nothing. Stopped through `stop` (from any thread), it fails with rule kRuleCancelled.
    static Status checkEveryPage(const QString& path, StatementInterrupt* stop = nullptr);

    // The same file on a new connection (same mode and busy timeout), for another thread. Call
    // it on the thread that will use the result. Skips the checks and migration open() did.
    Result<std::unique_ptr<Database>> openAnotherConnection() const;

    QSqlDatabase& sql();
    // The file, or the server's URL (never with a password).
    QString path() const { return m_path; }
    const SqlDialect& dialect() const { return *m_dialect; }
    bool isServer() const { return m_server.has_value(); }
    // The id the INSERT just run by `query` gave its row; the INSERT must end with
    // dialect().returningId().
    Result<qint64> insertedId(QSqlQuery& query, const QString& operation);
    QString connectionName() const { return m_connectionName; }
    bool isReadOnly() const { return m_readOnly; }
    // The driver's SQLite handle, for SqliteStatement; nullptr when the connection is closed.
    sqlite3* nativeHandle() const;
    // The schema version (PRAGMA user_version, or the row of modelmarket_schema on a server), or
    // -1 when it cannot be read.
    int schemaVersion();
    // PRAGMA data_version: changes whenever another connection (this program's workers or
    // another program) commits to the file, never for this connection's own commits. -1 when it
    // cannot be read, and always on a server (which tells other programs' commits differently).
    qint64 dataVersion() const;

    // Working together on a server (docs/team-server.md). Every commit a ModelMarket connection
    // makes on a server is announced on kChangesChannel by pg_notify inside the transaction, so
    // PostgreSQL delivers it only once the commit succeeded. Its payload is the committing
    // connection's origin(): the same for a database open() made and every
    // openAnotherConnection() of it, so a window can tell its own workers' commits from others'.
    // The session carries it as modelmarket.origin; the schema's triggers announce the writes of
    // sessions without one (psql, scripts) with the payload "outside" (PgSchemaV7.cpp).
    static constexpr QLatin1StringView kChangesChannel{"modelmarket_changes"};
    QString origin() const { return m_origin; }
    // LISTENs on kChangesChannel; notifications arrive through sql().driver()'s notification()
    // signal while the owning thread's event loop runs (the driver watches the socket, nothing
    // is polled). reconnect() listens again.
    Status listenForChanges();
    // On a server: false once the connection is gone, noticed by a statement that failed or by
    // the driver reading the end of the socket; it looks at libpq's state and sends nothing.
    // The connection is then closed, and every statement fails at once with rule
    // db.connection_lost until reconnect() succeeds. Always true for a file.
    bool isConnected();
    // Connects to the server again after the connection was lost, with the same settings, and
    // checks that the schema version is still ours. Fails (and stays disconnected) while the
    // server cannot be reached; blocks for up to the connect timeout, so a window calls it once
    // probeServer() on a worker said the server answers.
    Status reconnect();
    // Whether the server at `url` answers: opens and closes a connection of its own, on the
    // calling thread (any thread).
    static Status probeServer(const QString& url,
                              int connectTimeoutSeconds = kDefaultConnectTimeoutSeconds);
    int connectTimeoutSeconds() const { return m_connectTimeoutSeconds; }
    // Why the connection was found lost (the driver's words when a statement noticed it).
    QString lostReason() const { return m_lostReason; }

    // SQLite's page cache, sized here and nowhere else. Its default (2 MiB) makes every index
    // page of a big file be read again and again; a connection gets a cache that grows with its
    // file (up to kMaxOpenCacheKiB), and bulk work that writes many rows through the indexes
    // (an import into a big table, generated licenses) kBulkCacheKiB while a BulkWork guard
    // lives. SQLite allocates pages only as it uses them. Bulk paths that defer the indexes
    // (DeferredIndexes) write in id order and take no BulkWork: there the bigger cache made
    // memory grow with the file and saved no time (1M models: 49 MB instead of 219 MB).
    static constexpr qint64 kMinCacheKiB = 2 * 1024;
    static constexpr qint64 kMaxOpenCacheKiB = 64 * 1024;
    static constexpr qint64 kBulkCacheKiB = 128 * 1024;
    static qint64 cacheKiBForFile(qint64 fileBytes);
    // The page cache for bulk work on this connection while it lives, the usual one after.
    class BulkWork {
    public:
        explicit BulkWork(Database& db);
        ~BulkWork();
        BulkWork(const BulkWork&) = delete;
        BulkWork& operator=(const BulkWork&) = delete;

    private:
        Database& m_db;
    };

    // While it lives, a connection that has its file to itself writes through SQLite's rollback
    // journal instead of the WAL. A bulk write into a new file (generate, the demo) then lands in
    // the file once, instead of in the WAL and again at the checkpoint; the journal holds only
    // the few pages the file had before. SQLite refuses the switch while another connection has
    // the file open or a transaction is running, and then the WAL simply stays: only speed
    // depends on it. A server has no journal of ours to choose.
    class WritingAlone {
    public:
        explicit WritingAlone(Database& db);
        ~WritingAlone();
        WritingAlone(const WritingAlone&) = delete;
        WritingAlone& operator=(const WritingAlone&) = delete;

        bool switched() const { return m_switched; }

    private:
        Database& m_db;
        bool m_switched = false;
    };

    int busyTimeout() const { return m_busyTimeoutMs; }
    // How long a write waits for another program's lock before failing with db.locked (on a
    // server: lock_timeout).
    Status setBusyTimeout(int milliseconds);

    // Runs one statement without bound values (DDL, pragmas, BEGIN...).
    Status exec(const QString& sql, QString operation);
    // A prepared, forward-only query on this connection.
    Result<QSqlQuery> prepare(const QString& sql, QString operation);
    // Binds `values` positionally (replacing earlier bindings) and executes.
    Status execPrepared(QSqlQuery& query, const QVariantList& values, QString operation);
    // prepare() + execPrepared() in one go; read rows from the returned query.
    Result<QSqlQuery> query(const QString& sql, const QVariantList& values, QString operation);

    // A consistent, compacted copy (VACUUM INTO) written next to `path` and then moved over it, so
    // an existing file there is replaced only by a complete copy. Not inside a transaction.
    // Refused on a server: its own backup tools (pg_dump) do that job.
    Status backupTo(const QString& path);
    // Everything integrity_check and foreign_key_check report; empty when the file is healthy.
    // Always empty on a server, which checks every constraint as each row is written.
    Result<QStringList> integrityProblems();

    // Nesting depth of Transaction guards currently open on this connection.
    int transactionDepth() const { return m_txDepth; }

    // The rows this connection writes, announced as they are committed (data/ChangeJournal.h).
    // Started by the first call, so connections nobody listens to pay nothing for it.
    ChangeJournal& changeJournal();
    // For tables WITHOUT ROWID, which SQLite's update hook does not report; a no-op until
    // changeJournal() was called.
    void recordChange(const QString& table, RowChange kind, qint64 rowId);

private:
    friend class Transaction;

    Database(QString path, QString connectionName, bool readOnly, int busyTimeoutMs);
    Status setCacheKiB(qint64 kib);
    // After a statement: outside a transaction it committed (or failed) on its own.
    void settleJournal(bool succeeded);
    // After a statement failed on a server inside a transaction (Database.cpp says why).
    void afterServerFailure(const QString& operation);
    // Set by Transaction right after BEGIN on a server.
    static constexpr QLatin1StringView kServerTransactionSavepoint{"mm_transaction"};
    // Drops the rows of a transaction about to be rolled back.
    void discardJournal();
    static Result<std::unique_ptr<Database>>
    connect(const QString& path, bool readOnly, int busyTimeoutMs, const QString& connectionName);
    // The server side of open() and openAnotherConnection() (DatabaseServer.cpp).
    static Result<std::unique_ptr<Database>> openServer(const QString& url,
                                                        const OpenOptions& options);
    struct ServerSettings {
        bool readOnly = false;
        int busyTimeoutMs = kDefaultBusyTimeoutMs;
        int connectTimeoutSeconds = kDefaultConnectTimeoutSeconds;
        QString origin;   // empty: a new one
        QString password; // OpenOptions::password
    };
    static Result<std::unique_ptr<Database>> connectServer(const ServerAddress& address,
                                                           const ServerSettings& settings,
                                                           const QString& connectionName);
    // Opens m_db and sets up the session (after connectServer() and reconnect()).
    Status openServerSession();
    // After a statement failed on a server: whether the connection is gone (then it is closed).
    bool noticeLostConnection();
    // A failed statement's error, as db.connection_lost when the connection went with it.
    Error serverFailure(DbError error, const QString& operation);
    // The error for a statement tried while disconnected.
    Error notConnectedError(const QString& operation) const;
    // Announces a commit on kChangesChannel (inside the transaction about to commit) when the
    // transaction wrote a row.
    Status announceCommit(const QString& operation);
    // The same for a write that committed on its own.
    void announceAutocommit();
    // Outside a transaction: the change journal's rows and the announcement for a write that
    // committed on its own (Database.cpp says how the rows are found on a server).
    void afterServerStatement(const QString& sql, QSqlQuery& query);

    QString m_path;
    QString m_connectionName;
    const SqlDialect* m_dialect = &SqlDialect::sqlite();
    std::optional<ServerAddress> m_server;
    int m_connectTimeoutSeconds = kDefaultConnectTimeoutSeconds;
    QString m_origin;
    bool m_lost = false;      // the server connection is gone and closed
    bool m_listening = false; // LISTEN kChangesChannel, renewed by reconnect()
    QString m_lostReason;
    bool m_txWrote = false;   // the open transaction wrote a row (a server announces its commit)
    QString m_serverPassword; // OpenOptions::password, for openAnotherConnection()
    QSqlDatabase m_db;
    QThread* m_thread = nullptr;
    bool m_readOnly = false;
    QString m_openFileKey; // in OpenFileRegistry while open
    int m_busyTimeoutMs = kDefaultBusyTimeoutMs;
    int m_bulkWork = 0; // nesting depth of BulkWork guards

    // Transaction bookkeeping, shared by all guards on this connection.
    int m_txDepth = 0;
    bool m_txPoisoned = false;
    QString m_txPoisonedBy;
    quint64 m_txSerial = 0;

    std::unique_ptr<ChangeJournal> m_journal;
};

} // namespace mm
