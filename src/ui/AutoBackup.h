#pragma once

#include <QObject>
#include <QString>
#include <QTimer>
#include <atomic>
#include <chrono>

class QThread;

namespace mm {

class Database;

// Copies the open database every few minutes with SQLite's VACUUM INTO, on a worker thread with
// its own connection, into "<folder>/backups/<name>-yyyyMMdd-hhmmss.sqlite", keeping the newest
// few. A copy is complete or absent: Database::backupTo writes a hidden file and renames it.
class AutoBackup : public QObject {
    Q_OBJECT
public:
    // A zero interval (or a read-only file) means no automatic backups.
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

    const Database& m_db;
    QTimer m_timer;
    int m_kept = 5;
    QThread* m_worker = nullptr;
    std::atomic<bool> m_running{false};
};

} // namespace mm
