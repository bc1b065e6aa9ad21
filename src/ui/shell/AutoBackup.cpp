#include "ui/shell/AutoBackup.h"

#include "data/BackgroundDatabase.h"
#include "data/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace mm {

AutoBackup::AutoBackup(const Database& db, std::chrono::milliseconds interval, int kept,
                       QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_background(BackgroundDatabase::of(db)) {
    connect(&m_timer, &QTimer::timeout, this, [this] { backupNow(); });
    connect(&m_copy, &QFutureWatcherBase::finished, this, [this] { finish(m_target); });
    setInterval(interval, kept);
}

AutoBackup::~AutoBackup() {
    m_timer.stop();
    m_copy.waitForFinished(); // the copy finishes: a backup is never left half-written
}

void AutoBackup::setInterval(std::chrono::milliseconds interval, int kept) {
    m_kept = std::max(1, kept);
    // A server is backed up with its own tools (pg_dump): Database::backupTo refuses it.
    if (interval <= std::chrono::milliseconds::zero() || m_db.isReadOnly() || m_db.isServer()) {
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
    if (m_running)
        return false;
    m_running = true;
    const QString folder = backupFolder();
    m_target = QDir(folder).filePath(
        QStringLiteral("%1-%2.sqlite")
            .arg(QFileInfo(m_db.path()).completeBaseName(),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-hhmmss"))));
    m_copy.setFuture(m_background->run<Ok>([folder, target = m_target](Database& db) -> Status {
        if (!QDir().mkpath(folder))
            return makeError(
                tr("cannot create the backup folder %1").arg(QDir::toNativeSeparators(folder)));
        return db.backupTo(target);
    }));
    return true;
}

void AutoBackup::finish(const QString& target) {
    m_running = false;
    const Status done = m_copy.result();
    if (!done) {
        emit failed(done.error().toString());
        return;
    }
    prune();
    emit backedUp(target);
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
