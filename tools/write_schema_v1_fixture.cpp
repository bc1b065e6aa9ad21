// Writes tests/data/schema_v1.sqlite, the committed version-1 file the migration tests upgrade:
// the version-1 schema and the rows of tests/common/SchemaV1Fixture.h, on a plain QtSql
// connection (Database would upgrade it). Only needed when those rows change:
//
//   tools/write_schema_v1_fixture
//
// Exits 0 when the file was written, 1 otherwise.

#include "SchemaV1Fixture.h"
#include "data/Migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

using namespace mm;
using namespace mm::schemav1;

namespace {

// Fails with the statement and SQLite's reason.
bool run(QSqlQuery& query, const QString& sql) {
    if (query.exec(sql))
        return true;
    QTextStream(stderr) << sql << ": " << query.lastError().text() << '\n';
    return false;
}

bool write(const QString& path) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(path);
    if (!db.open())
        return false;
    QSqlQuery query(db);
    // Before the first table: page size is fixed once the file has content.
    if (!run(query, QStringLiteral("PRAGMA page_size = 1024")) ||
        !run(query, QStringLiteral("PRAGMA journal_mode = DELETE")) ||
        !run(query, QStringLiteral("PRAGMA foreign_keys = ON")) || !db.transaction())
        return false;
    for (const QString& sql : schemaV1Statements()) {
        if (!run(query, sql))
            return false;
    }
    if (!run(query, QStringLiteral("PRAGMA user_version = 1")))
        return false;
    for (const Insert& row : fixtureRows()) {
        if (!query.prepare(row.sql))
            return false;
        for (qsizetype i = 0; i < row.values.size(); ++i)
            query.bindValue(static_cast<int>(i), row.values.at(i));
        if (!query.exec()) {
            QTextStream(stderr) << row.sql << ": " << query.lastError().text() << '\n';
            return false;
        }
    }
    if (!db.commit() || !run(query, QStringLiteral("VACUUM")))
        return false;
    query.finish();
    db.close();
    return true;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QString path = QStringLiteral(MM_TEST_DATA_DIR "/schema_v1.sqlite");
    QFile::remove(path);
    const bool written = write(path);
    QSqlDatabase::removeDatabase(QLatin1StringView(QSqlDatabase::defaultConnection));
    // Small enough to review as a binary diff and to keep in the repository.
    if (!written || QFileInfo(path).size() >= 100 * 1024) {
        QTextStream(stderr) << "write_schema_v1_fixture: " << path << " was not written\n";
        return 1;
    }
    QTextStream(stdout) << "wrote " << path << '\n';
    return 0;
}
