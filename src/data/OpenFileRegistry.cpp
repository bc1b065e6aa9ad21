#include "data/OpenFileRegistry.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

namespace mm::openfiles {

namespace {

// Connections open and close on worker threads too.
QMutex& registryMutex() {
    static QMutex mutex;
    return mutex;
}

QHash<QString, int>& openCounts() {
    static QHash<QString, int> counts;
    return counts;
}

// One key per file, however it was named (relative, through a symlink).
QString keyOf(const QString& path) {
    const QString canonical = QFileInfo(path).canonicalFilePath();
    return canonical.isEmpty() ? QFileInfo(path).absoluteFilePath() : canonical;
}

} // namespace

QString add(const QString& path) {
    const QString key = keyOf(path);
    const QMutexLocker lock(&registryMutex());
    ++openCounts()[key];
    return key;
}

void remove(const QString& key) {
    const QMutexLocker lock(&registryMutex());
    auto found = openCounts().find(key);
    if (found == openCounts().end())
        return;
    if (--found.value() <= 0)
        openCounts().erase(found);
}

bool contains(const QString& path) {
    const QString key = keyOf(path);
    const QMutexLocker lock(&registryMutex());
    return openCounts().contains(key);
}

} // namespace mm::openfiles
