#pragma once

// Shared by the reliability tests: whole-file checksums, copies of a database with its WAL, and
// processes started with a clean environment (no display).

#include "DatabaseTables.h"
#include "data/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <algorithm>

namespace mm::reliability {

inline QStringList sidecars(const QString& path) {
    return {path + QStringLiteral("-wal"), path + QStringLiteral("-shm"),
            path + QStringLiteral("-journal")};
}

inline void removeDatabaseFiles(const QString& path) {
    QFile::remove(path);
    for (const QString& file : sidecars(path))
        QFile::remove(file);
}

// Copies a closed, checkpointed database (no -wal beside it) to `to`, replacing what was there.
inline bool copyDatabase(const QString& from, const QString& to) {
    removeDatabaseFiles(to);
    return QFile::copy(from, to) &&
           QFile::setPermissions(to, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// contentChecksum(Database&) is shared with the other suites (tests/common/DatabaseTables.h).
using testing::contentChecksum;

inline QByteArray contentChecksum(const QString& path) {
    auto db = Database::open(path);
    if (!db) {
        qWarning("cannot open %s: %s", qPrintable(path), qPrintable(db.error().toString()));
        return {};
    }
    return contentChecksum(**db);
}

inline QProcessEnvironment childEnvironment() {
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}

inline qint64 fileSize(const QString& path) {
    QFile file(path);
    return file.exists() ? file.size() : -1;
}

} // namespace mm::reliability
