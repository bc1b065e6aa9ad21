#pragma once

// Checks on files as bytes, for tests that promise a file was left exactly as it was.

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>

namespace mm::testing {

// SHA-256 of the whole file; empty when it cannot be read. Read only files no SQLite connection
// of the test process has open: closing the descriptor drops SQLite's locks (OpenFileRegistry.h).
inline QByteArray fileHash(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace mm::testing
