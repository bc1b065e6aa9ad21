#pragma once

#include "core/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>
#include <chrono>
#include <memory>

namespace mm {

class BackgroundDatabase;
class Database;

// Copies the open database every few minutes with SQLite's VACUUM INTO, in the background
// (BackgroundDatabase, a worker's own connection), into
// "<folder>/backups/<name>-yyyyMMdd-hhmmss.sqlite", keeping the newest few. A copy is complete or
// absent: Database::backupTo writes a hidden file and renames it.
class AutoBackup : public QObject {
    Q_OBJECT
public:
    // A zero interval, a read-only file or a server database means no automatic backups.
    AutoBackup(const Database& db, std::chrono::milliseconds interval, int kept,
               QObject* parent = nullptr);
    ~AutoBackup() override;

    void setInterval(std::chrono::milliseconds interval, int kept);
    QString backupFolder() const;
    // Starts a backup now unless one is running; false when one was already running.
    bool backupNow();

signals:
    void backedUp(const QString& path);
    void failed(const QString& message);

private:
    void prune();

    void finish(const QString& target);

    const Database& m_db;
    std::shared_ptr<BackgroundDatabase> m_background;
    QTimer m_timer;
    int m_kept = 5;
    QFutureWatcher<Status> m_copy;
    QString m_target;       // of the copy running
    bool m_running = false; // until its answer is handled, so no answer is lost
};

} // namespace mm
