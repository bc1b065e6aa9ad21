#pragma once

// Where a test keeps the databases it works on. The data-layer, CLI and reliability suites run
// twice: on SQLite files, and as ctest's <area>.<unit>.postgres (MODELMARKET_TEST_BACKEND=
// postgresql, tests/CMakeLists.txt) on the throwaway server of scripts/pg-test-cluster.sh. A test
// asks its TestStore for a location and hands it to Database::open() or to --db, whichever it is.
//
// On the server each location is a database of its own, copied (CREATE DATABASE ... TEMPLATE)
// from a template this process builds once: migrating a new database for every test would cost
// more than the test itself. The templates go when the application object does.

#include "CliRunner.h"
#include "DatabaseTables.h"
#include "FileChecks.h"
#include "PgTestServer.h"
#include "data/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <map>
#include <memory>

namespace mm::testing {

// Whether this run of the suite is the one against the test server.
inline bool testsOnServer() {
    return qEnvironmentVariable("MODELMARKET_TEST_BACKEND") == QLatin1String("postgresql");
}

namespace detail {

// The server templates of this process, by what they hold.
class ServerTemplates {
public:
    static ServerTemplates& instance() {
        static ServerTemplates templates;
        return templates;
    }

    // A template holding the schema open() sets up in an empty database; empty (and `error`
    // set) when it cannot be made.
    QString schema(QString* error) {
        return make(QStringLiteral("schema"), error, [](const QString& url, QString* why) {
            auto opened = Database::open(url);
            if (!opened)
                *why = opened.error().toString();
            return opened.ok();
        });
    }

    // A template holding what `modelmarket --db FILE arguments` makes in a new file, copied to
    // the server with `modelmarket copy`: the demo economy and `generate` are made through
    // SQLite's own API.
    QString made(const QStringList& arguments, QString* error) {
        return make(arguments.join(QChar(0)), error,
                    [&arguments](const QString& url, QString* why) {
                        QTemporaryDir dir;
                        const QString file = dir.filePath(QStringLiteral("template.sqlite"));
                        const CliResult madeFile =
                            runCli(QStringList{QStringLiteral("--db"), file} + arguments);
                        const CliResult copied =
                            madeFile.exitCode == 0
                                ? runCli({QStringLiteral("copy"), QStringLiteral("--from"), file,
                                          QStringLiteral("--to"), url})
                                : madeFile;
                        if (copied.exitCode != 0)
                            *why = QStringLiteral("making %1 for the server failed (exit %2): %3")
                                       .arg(arguments.join(u' '))
                                       .arg(copied.exitCode)
                                       .arg(copied.err);
                        return copied.exitCode == 0;
                    });
    }

private:
    ServerTemplates() {
        // Dropped while QtSql can still connect, before the application object is gone.
        qAddPostRoutine([] { instance().m_templates.clear(); });
    }

    template <typename Fill>
    QString make(const QString& key, QString* error, Fill fill) {
        if (auto found = m_templates.find(key); found != m_templates.end())
            return found->second->name();
        auto database = std::make_unique<PgTestDatabase>();
        if (!database->isValid()) {
            *error = database->error();
            return {};
        }
        if (!fill(database->url(), error))
            return {};
        const QString name = database->name();
        m_templates.emplace(key, std::move(database));
        return name;
    }

    std::map<QString, std::unique_ptr<PgTestDatabase>> m_templates;
};

} // namespace detail

// The databases of one test (or one test case): files in a temporary folder, or databases on the
// test server, all removed with the store.
class TestStore {
public:
    TestStore() {
        if (!m_dir.isValid())
            m_error = QStringLiteral("cannot make a temporary folder: %1").arg(m_dir.errorString());
        else if (onServer() && pgTestServerUrl().isEmpty())
            m_error = QString::fromUtf8(kNoPgServerMessage);
    }

    bool onServer() const { return testsOnServer(); }
    // Why the last location could not be made (or the store cannot make any).
    QString error() const { return m_error; }
    bool isValid() const { return m_error.isEmpty(); }

    // The store's temporary folder, and a file in it, on both backends: exports, CSV, JSON.
    QString folder() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

    // A database open() sets up: a new file `name` in the folder, or on the server a database of
    // its own that holds the schema. The same name gives the same database. Empty on failure.
    QString location(const QString& name) {
        if (!onServer())
            return filePath(name);
        return serverDatabase(
            name, [](QString* error) { return detail::ServerTemplates::instance().schema(error); });
    }

    // A database holding what `modelmarket --db X arguments` makes in a new one (the demo with
    // {"init"}, a generated economy), made once per store for those arguments and copied for
    // every name: a file copy, or on the server a copy of a template made once per process.
    // Empty on failure.
    QString made(const QString& name, const QStringList& arguments) {
        if (onServer())
            return serverDatabase(name, [&arguments](QString* error) {
                return detail::ServerTemplates::instance().made(arguments, error);
            });
        const QString path = filePath(name);
        if (QFile::exists(path))
            return path;
        const QString key = arguments.join(QChar(0));
        if (!m_madeFiles.contains(key)) {
            const QString original =
                filePath(QStringLiteral("made-%1.sqlite").arg(m_madeFiles.size()));
            const CliResult result =
                runCli(QStringList{QStringLiteral("--db"), original} + arguments);
            if (result.exitCode != 0) {
                m_error = QStringLiteral("%1 failed (exit %2): %3")
                              .arg(arguments.join(u' '))
                              .arg(result.exitCode)
                              .arg(result.err);
                return {};
            }
            m_madeFiles.insert(key, original);
        }
        const QString original = m_madeFiles.value(key);
        const QString wal = QStringLiteral("-wal");
        if (!QFile::copy(original, path) ||
            !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner) ||
            (QFile::exists(original + wal) && !QFile::copy(original + wal, path + wal))) {
            m_error = QStringLiteral("cannot copy %1 to %2").arg(original, path);
            return {};
        }
        return path;
    }

    // Opens `location` (one of location() or made(), or a file path), warning why when it
    // cannot: nullptr then, and error() says so too.
    std::unique_ptr<Database> open(const QString& location) {
        if (location.isEmpty()) {
            qWarning("%s", qPrintable(m_error));
            return nullptr;
        }
        auto opened = Database::open(location);
        if (!opened) {
            m_error = opened.error().toString();
            qWarning("%s", qPrintable(m_error));
            return nullptr;
        }
        return std::move(opened).value();
    }

    // What "left untouched" compares: the file's bytes, or on the server its schema and every
    // row (read on a connection of its own). Empty when it cannot be read.
    QByteArray fingerprint(const QString& location) const {
        if (!ServerAddress::isServerUrl(location))
            return fileHash(location);
        auto db = Database::open(location, Database::ReadOnly);
        if (!db) {
            qWarning("%s", qPrintable(db.error().toString()));
            return {};
        }
        const QByteArray rows = contentChecksum(**db);
        return rows.isEmpty() ? QByteArray() : schemaText(**db).toUtf8() + rows;
    }

    // The server database behind `location` (one this store made), for SQL a test runs as the
    // server's superuser; nullptr for a file.
    PgTestDatabase* serverDatabase(const QString& location) const {
        for (const auto& [name, database] : m_databases)
            if (database->url() == location)
                return database.get();
        return nullptr;
    }

private:
    template <typename Template>
    QString serverDatabase(const QString& name, Template templateName) {
        if (auto found = m_databases.find(name); found != m_databases.end())
            return found->second->url();
        if (pgTestServerUrl().isEmpty()) {
            m_error = QString::fromUtf8(kNoPgServerMessage);
            return {};
        }
        const QString from = templateName(&m_error);
        if (from.isEmpty())
            return {};
        auto database = std::make_unique<PgTestDatabase>(from);
        if (!database->isValid()) {
            m_error = database->error();
            return {};
        }
        const QString url = database->url();
        m_databases.emplace(name, std::move(database));
        return url;
    }

    QTemporaryDir m_dir;
    QString m_error;
    std::map<QString, std::unique_ptr<PgTestDatabase>> m_databases;
    QMap<QString, QString> m_madeFiles; // arguments → the file they made
};

} // namespace mm::testing

// Fails the test unless `store` can hand out locations (on the server run: the server is there).
#define MM_REQUIRE_STORE(store) QVERIFY2((store).isValid(), qPrintable((store).error()))

// Declares `var` as the location `expr` gives (a TestStore call), failing the test when there is
// none.
#define MM_STORE_LOCATION(var, store, expr)                                                        \
    const QString var = (store).expr;                                                              \
    QVERIFY2(!var.isEmpty(), qPrintable((store).error()))
