#include "ui/AutoBackup.h"

#include "data/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QThread>

namespace mm {

AutoBackup::AutoBackup(const Database& db, std::chrono::milliseconds interval, int kept,
                       QObject* parent)
    : QObject(parent)
    , m_db(db) {
    connect(&m_timer, &QTimer::timeout, this, [this] { backupNow(); });
    setInterval(interval, kept);
}

AutoBackup::~AutoBackup() {
    m_timer.stop();
    if (m_worker) {
        m_worker->wait(); // the copy finishes: a backup is never left half-written
        delete m_worker;
    }
}

void AutoBackup::setInterval(std::chrono::milliseconds interval, int kept) {
    m_kept = std::max(1, kept);
    if (interval <= std::chrono::milliseconds::zero() || m_db.isReadOnly()) {
        m_timer.stop();
        return;
    }
    m_timer.start(interval);
}

QString AutoBackup::backupFolder() const {
    const QFileInfo info(m_db.path());
    return info.absoluteDir().filePath(QStringLiteral("backups"));
}

bool AutoBackup::backupNow() {
    if (m_running.exchange(true))
        return false;
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    const QString folder = backupFolder();
    const QString target = QDir(folder).filePath(
        QStringLiteral("%1-%2.sqlite")
            .arg(QFileInfo(m_db.path()).completeBaseName(),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"))));
    m_worker = QThread::create([this, folder, target] {
        QString error;
        if (!QDir().mkpath(folder)) {
            error = tr("cannot create the backup folder %1").arg(QDir::toNativeSeparators(folder));
        } else if (auto connection = m_db.openAnotherConnection(); !connection) {
            error = connection.error().toString();
        } else if (auto done = (*connection)->backupTo(target); !done) {
            error = done.error().toString();
        }
        QMetaObject::invokeMethod(this, [this, error, target] {
            m_running = false;
            if (!error.isEmpty()) {
                emit failed(error);
                return;
            }
            prune();
            emit backedUp(target);
        });
    });
    m_worker->start();
    return true;
}

void AutoBackup::prune() {
    QDir folder(backupFolder());
    const QString prefix = QFileInfo(m_db.path()).completeBaseName() + u'-';
    QStringList backups =
        folder.entryList({prefix + QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    // Names sort by their timestamp, oldest first.
    while (backups.size() > m_kept)
        folder.remove(backups.takeFirst());
}

} // namespace mm
