// The automatic backup the window makes every few minutes, while another program keeps writing
// to the file: every copy is a complete, consistent database that the real `modelmarket check`
// passes, only the newest few are kept, and a copy taken at rest holds exactly the source's rows.

#include "ReliabilitySupport.h"
#include "data/Database.h"
#include "ui/shell/AutoBackup.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mm;
using namespace mm::reliability;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kBackupInterval = std::chrono::milliseconds(1100); // names have whole seconds
constexpr int kKept = 2;
constexpr int kWaitMs = 60'000;

QString cli() {
    return QStringLiteral(MM_APP_BINARY);
}

} // namespace

class TestBackups : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void periodicBackupsPassCheckWhileAnotherProgramWrites();
    void backupAtRestHoldsEveryRow();

private:
    void verifyPassesCheck(const QString& path);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestBackups::initTestCase() {
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"economy.sqlite"_s);
    QCOMPARE(QProcess::execute(cli(), {u"--db"_s, m_db, u"generate"_s, u"--models"_s, u"200"_s,
                                       u"--buyers"_s, u"40"_s, u"--licenses"_s, u"3000"_s,
                                       u"--seed"_s, u"5"_s}),
             0);
}

void TestBackups::verifyPassesCheck(const QString& path) {
    QProcess check;
    check.setProcessEnvironment(childEnvironment());
    check.start(cli(), {u"--db"_s, path, u"check"_s});
    QVERIFY(check.waitForFinished(120'000));
    const QString output = QString::fromUtf8(check.readAll());
    QVERIFY2(check.exitStatus() == QProcess::NormalExit && check.exitCode() == 0,
             qPrintable(path + u": "_s + output));
    QVERIFY2(output.startsWith(u"ok:"_s), qPrintable(output));
}

void TestBackups::periodicBackupsPassCheckWhileAnotherProgramWrites() {
    auto db = Database::open(m_db);
    QVERIFY(db);
    QStringList models;
    {
        auto q = (*db)->query(u"SELECT name FROM models ORDER BY id LIMIT 4"_s, {}, u"models"_s);
        QVERIFY(q);
        while (q->next())
            models.append(q->value(0).toString());
    }

    // The other program edits for the whole time the backups run.
    QProcess writer;
    writer.setProcessEnvironment(childEnvironment());
    writer.start(QStringLiteral(MM_WRITER_BINARY),
                 {u"edit-loop"_s, m_db, u"--count"_s, u"100000"_s, u"--models"_s, models.join(u','),
                  u"--pause-ms"_s, u"3"_s});
    QVERIFY(writer.waitForStarted());

    AutoBackup backup(**db, kBackupInterval, kKept);
    QSignalSpy done(&backup, &AutoBackup::backedUp);
    QSignalSpy failed(&backup, &AutoBackup::failed);
    QTRY_VERIFY_WITH_TIMEOUT(done.size() >= 3 || !failed.isEmpty(), kWaitMs);
    backup.setInterval(std::chrono::milliseconds::zero(), kKept);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(writer.state(), QProcess::Running); // the copies were made under load
    writer.kill();
    writer.waitForFinished();

    const QDir folder(backup.backupFolder());
    const QStringList kept = folder.entryList({u"economy-*.sqlite"_s}, QDir::Files, QDir::Name);
    QCOMPARE(kept.size(), kKept); // the older ones were pruned
    QVERIFY(folder.entryList(QDir::Hidden | QDir::Files).size() == kKept); // no half copy
    for (const QString& name : kept)
        verifyPassesCheck(folder.filePath(name));
}

void TestBackups::backupAtRestHoldsEveryRow() {
    auto db = Database::open(m_db);
    QVERIFY(db);
    AutoBackup backup(**db, std::chrono::milliseconds::zero(), kKept);
    QSignalSpy done(&backup, &AutoBackup::backedUp);
    QSignalSpy failed(&backup, &AutoBackup::failed);
    QVERIFY(backup.backupNow());
    QVERIFY(!backup.backupNow()); // one at a time
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), kWaitMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    const QString copy = done.at(0).at(0).toString();
    verifyPassesCheck(copy);
    const QByteArray source = contentChecksum(**db);
    QVERIFY(!source.isEmpty());
    QCOMPARE(contentChecksum(copy), source);
}

QTEST_MAIN(TestBackups)
#include "tst_backups.moc"
