#pragma once

// The throwaway PostgreSQL server scripts/test.sh starts (scripts/pg-test-cluster.sh) and names
// in MODELMARKET_TEST_PG_URL. Without it a PostgreSQL test fails, saying how to start one: it
// never skips. Each test makes a database of its own, so tests can run in parallel.

#include "data/ServerAddress.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <atomic>

namespace mm::testing {

inline const char* kNoPgServerMessage =
    "MODELMARKET_TEST_PG_URL is not set: run the tests through scripts/test.sh, or start a "
    "server with scripts/pg-test-cluster.sh start and export the URL that "
    "scripts/pg-test-cluster.sh url DIR prints";

inline QString pgTestServerUrl() {
    return qEnvironmentVariable("MODELMARKET_TEST_PG_URL");
}

// A database of its own on the test server, made by the constructor and dropped by the
// destructor. exec() runs SQL on it as the server's superuser, for what a test sets up around
// ModelMarket (a foreign table, a newer version, a read-only role).
//
// Made empty, or as a copy of `templateName` (CREATE DATABASE ... TEMPLATE): copying a database
// that already holds the schema takes a fraction of the time migrating a new one does.
class PgTestDatabase {
public:
    explicit PgTestDatabase(const QString& templateName = {}) {
        auto server = ServerAddress::parse(pgTestServerUrl());
        if (!server) {
            m_error = server.error().toString();
            return;
        }
        m_address = *server;
        static std::atomic<int> counter{0};
        m_name =
            QStringLiteral("mm_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
        // Names are ours (a prefix and numbers), never user input: DDL takes no bound values.
        const QString create =
            templateName.isEmpty()
                ? QStringLiteral("CREATE DATABASE %1").arg(m_name)
                // FILE_COPY copies the files instead of logging every page: for a small
                // database on the test cluster (fsync off) about twice as fast.
                : QStringLiteral("CREATE DATABASE %1 TEMPLATE %2 STRATEGY FILE_COPY")
                      .arg(m_name, templateName);
        if (!run(m_address.database, create))
            return;
        m_created = true;
    }
    ~PgTestDatabase() {
        if (m_created)
            run(m_address.database, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(m_name));
    }
    PgTestDatabase(const PgTestDatabase&) = delete;
    PgTestDatabase& operator=(const PgTestDatabase&) = delete;

    bool isValid() const { return m_created; }
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    QString url() const {
        ServerAddress address = m_address;
        address.database = m_name;
        return address.toUrl();
    }
    // The URL with the database's name and another user.
    QString urlAs(const QString& user) const {
        ServerAddress address = m_address;
        address.database = m_name;
        address.user = user;
        return address.toUrl();
    }
    bool exec(const QString& sql) { return run(m_name, sql); }
    // The first column of the first row, or an invalid QVariant (error() says why).
    QVariant scalar(const QString& sql) {
        QVariant value;
        run(m_name, sql, &value);
        return value;
    }

private:
    bool run(const QString& database, const QString& sql, QVariant* firstValue = nullptr) {
        static std::atomic<int> connections{0};
        const QString connection = QStringLiteral("pg-test-admin-%1").arg(++connections);
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setDatabaseName(database);
            db.setHostName(m_address.host);
            if (m_address.port != 0)
                db.setPort(m_address.port);
            db.setUserName(m_address.user);
            if (!db.open()) {
                m_error = db.lastError().text();
            } else {
                QSqlQuery query(db);
                ok = query.exec(sql);
                if (!ok)
                    m_error = query.lastError().text();
                else if (firstValue && query.next())
                    *firstValue = query.value(0);
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return ok;
    }

    ServerAddress m_address;
    QString m_name;
    QString m_error;
    bool m_created = false;
};

} // namespace mm::testing

// Fails the test unless the test server is there and `db` could be made on it.
#define MM_REQUIRE_PG_DATABASE(db)                                                                 \
    do {                                                                                           \
        QVERIFY2(!mm::testing::pgTestServerUrl().isEmpty(), mm::testing::kNoPgServerMessage);      \
        QVERIFY2((db).isValid(), qPrintable((db).error()));                                        \
    } while (false)
