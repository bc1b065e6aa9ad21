#pragma once

// Shared by the reliability tests: whole-file checksums, copies of a database with its WAL, and
// processes started with a clean environment (no display).

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

// SHA-256 over every row of every table, with each value's type, so any committed change
// anywhere shows. Rows are sorted by their content (tables may be WITHOUT ROWID). Empty when the
// file cannot be read.
inline QByteArray contentChecksum(Database& db) {
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    {
        auto q = db.query(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                         "AND name NOT LIKE 'sqlite_%' ORDER BY name"),
                          {}, QStringLiteral("listing tables"));
        if (!q)
            return {};
        while (q->next())
            tables.append(q->value(0).toString());
    }
    for (const QString& table : tables) {
        hash.addData(table.toUtf8());
        // Table names come from sqlite_master above, never from input.
        auto q = db.query(QStringLiteral("SELECT * FROM \"%1\"").arg(table), {},
                          QStringLiteral("reading %1").arg(table));
        if (!q) {
            qWarning("%s", qPrintable(q.error().toString()));
            return {};
        }
        QList<QByteArray> rows;
        while (q->next()) {
            QByteArray row;
            const int columns = q->record().count();
            for (int c = 0; c < columns; ++c) {
                const QVariant value = q->value(c);
                row += QByteArray::number(value.isNull() ? -1 : value.typeId());
                row += value.toString().toUtf8();
                row += '\x1f';
            }
            rows.append(row);
        }
        std::sort(rows.begin(), rows.end());
        for (const QByteArray& row : std::as_const(rows)) {
            hash.addData(row);
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return hash.result().toHex();
}

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
