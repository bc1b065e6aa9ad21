// startInBackground(): the call returns at once (no nested event loop), the work runs on a
// worker's connection to the same file, the answer arrives on the GUI thread, and
// finishBackgroundTasks() waits for the work and drops its answer.

#include "ResultChecks.h"
#include "data/Database.h"
#include "ui/shell/BackgroundTask.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

using namespace mm;
using namespace Qt::StringLiterals;

class TestBackgroundTask : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void returnsAtOnceAndAnswersLater();
    void finishingWaitsAndDropsTheAnswer();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestBackgroundTask::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = Database::open(m_dir->filePath(u"task.sqlite"_s));
    MM_VERIFY_OK(opened);
    m_db = std::move(opened).value();
}

void TestBackgroundTask::cleanup() {
    m_db.reset();
    m_dir.reset();
}

void TestBackgroundTask::returnsAtOnceAndAnswersLater() {
    QWidget window;
    auto release = std::make_shared<std::atomic<bool>>(false);
    auto workerThread = std::make_shared<std::atomic<QThread*>>(nullptr);
    std::optional<Status> answer;
    startInBackground(
        &window, *m_db, u"Testing…"_s,
        [release, workerThread](Database& connection, const TaskProgress& progress) -> Status {
            *workerThread = QThread::currentThread();
            while (!release->load()) {
                if (!progress(0.5))
                    return makeError(u"cancelled"_s);
                QThread::yieldCurrentThread();
            }
            return connection.exec(u"CREATE TABLE written_by_the_task (x)"_s, u"writing"_s);
        },
        [&answer](const Status& status) { answer = status; });
    // Still running: the call did not wait for it.
    QVERIFY(!answer.has_value());
    QTRY_VERIFY(workerThread->load() != nullptr);
    QVERIFY(workerThread->load() != QThread::currentThread());
    *release = true;
    QTRY_VERIFY(answer.has_value());
    MM_VERIFY_OK(*answer);
    auto written = m_db->query(u"SELECT COUNT(*) FROM written_by_the_task"_s, {}, u"reading"_s);
    MM_VERIFY_OK(written);
}

void TestBackgroundTask::finishingWaitsAndDropsTheAnswer() {
    QWidget window;
    auto finished = std::make_shared<std::atomic<bool>>(false);
    auto started = std::make_shared<std::atomic<bool>>(false);
    bool answered = false;
    startInBackground(
        &window, *m_db, u"Testing…"_s,
        [started, finished](Database& connection, const TaskProgress&) -> Status {
            *started = true;
            // Work that is under way when the window goes: counting in SQL for a moment.
            auto counted = connection.query(
                u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < ?) "
                "SELECT count(*) FROM c"_s,
                {300000}, u"counting"_s);
            *finished = true;
            return counted ? Status(Ok{}) : Status(counted.error());
        },
        [&answered](const Status&) { answered = true; });
    QTRY_VERIFY(started->load());
    finishBackgroundTasks(&window);
    QVERIFY(finished->load());
    QCoreApplication::processEvents();
    QVERIFY(!answered);
}

QTEST_MAIN(TestBackgroundTask)
#include "tst_backgroundtask.moc"
