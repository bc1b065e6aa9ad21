#include "ui/shell/BackgroundTask.h"

#include "data/BackgroundDatabase.h"
#include "data/Database.h"
#include "data/WorkerPool.h"

#include <QApplication>
#include <QFutureWatcher>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>
#include <atomic>
#include <memory>

namespace mm {

namespace {

QProgressDialog* makeProgressDialog(QWidget* parent, const QString& label, bool cancellable) {
    auto* dialog = new QProgressDialog(
        label, QApplication::translate("mm::BackgroundTask", "Cancel"), 0, 1000, parent);
    if (!cancellable) {
        dialog->setCancelButton(nullptr);
        dialog->setRange(0, 0); // a busy indicator: such work does not report shares either
    }
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    return dialog;
}

// What the work on the worker and the dialog on the GUI thread share.
struct TaskState {
    std::atomic<int> permille{0};
    std::atomic<bool> cancelled{false};
};

// The work's side of `state`: it records each share and hears Cancel.
TaskProgress reportingTo(TaskState& state) {
    return [&state](double share) {
        state.permille = static_cast<int>(share * 1000);
        return !state.cancelled.load();
    };
}

// One startInBackground() call: lives as a child of the parent until the work has answered.
class BackgroundTaskRun : public QObject {
public:
    BackgroundTaskRun(QWidget* parent, const Database& db, const QString& label, TaskWork work,
                      TaskDone done)
        : QObject(parent)
        , m_background(BackgroundDatabase::of(db))
        , m_dialog(makeProgressDialog(parent, label, true))
        , m_done(std::move(done)) {
        auto state = std::make_shared<TaskState>();
        connect(m_dialog, &QProgressDialog::canceled, this, [state] { state->cancelled = true; });
        connect(&m_timer, &QTimer::timeout, this,
                [this, state] { m_dialog->setValue(state->permille.load()); });
        connect(&m_watcher, &QFutureWatcherBase::finished, this, &BackgroundTaskRun::finish);
        m_timer.start(100);
        m_watcher.setFuture(
            m_background->run<Ok>([work = std::move(work), state](Database& connection) {
                const TaskProgress progress = reportingTo(*state);
                return work(connection, progress);
            }));
    }

    ~BackgroundTaskRun() override {
        m_watcher.waitForFinished();
        delete m_dialog.data();
    }

private:
    void finish() {
        m_timer.stop();
        delete m_dialog.data();
        const Status status = m_watcher.result();
        const TaskDone done = std::move(m_done);
        deleteLater();
        done(status);
    }

    std::shared_ptr<BackgroundDatabase> m_background;
    QPointer<QProgressDialog> m_dialog; // a child of the parent too: it may go first
    TaskDone m_done;
    QTimer m_timer;
    QFutureWatcher<Status> m_watcher;
};

} // namespace

void startInBackground(QWidget* parent, const Database& db, const QString& label, TaskWork work,
                       TaskDone done) {
    new BackgroundTaskRun(parent, db, label, std::move(work), std::move(done));
}

void finishBackgroundTasks(QWidget* parent) {
    // Collected first: deleting a run deletes its progress dialog, another child of the parent.
    QList<BackgroundTaskRun*> runs;
    for (QObject* child : parent->children()) {
        if (auto* run = dynamic_cast<BackgroundTaskRun*>(child))
            runs.append(run);
    }
    qDeleteAll(runs);
}

namespace {

// One startOnWorker() call: lives until the work has answered or Cancel was pressed, as a child
// of the parent when there is one.
class WorkerRun : public QObject {
public:
    WorkerRun(QWidget* parent, const QString& label, bool cancellable, WorkerWork work,
              WorkerDone done)
        : QObject(parent)
        , m_dialog(makeProgressDialog(parent, label, cancellable))
        , m_done(std::move(done)) {
        auto state = std::make_shared<TaskState>();
        connect(m_dialog, &QProgressDialog::canceled, this, [this, state] {
            state->cancelled = true;
            answer(std::nullopt);
        });
        connect(&m_timer, &QTimer::timeout, this, [this, state] {
            if (m_dialog && m_dialog->maximum() > 0)
                m_dialog->setValue(state->permille.load());
        });
        connect(&m_watcher, &QFutureWatcherBase::finished, this,
                [this] { answer(m_watcher.result()); });
        m_timer.start(100);
        // The work keeps `state` alive by itself: its answer may come after this object is gone.
        m_watcher.setFuture(
            QtConcurrent::run(&workerPool(), [work = std::move(work), state]() -> Status {
                const TaskProgress progress = reportingTo(*state);
                return work(progress);
            }));
        m_dialog->setValue(0);
    }

    ~WorkerRun() override { delete m_dialog.data(); }

    QProgressDialog* dialog() const { return m_dialog; }

private:
    void answer(std::optional<Status> status) {
        if (!m_done)
            return; // Cancel came first; the work's late answer is dropped
        m_timer.stop();
        m_watcher.disconnect(this);
        delete m_dialog.data();
        const WorkerDone done = std::move(m_done);
        m_done = nullptr;
        deleteLater();
        done(std::move(status));
    }

    QPointer<QProgressDialog> m_dialog; // a child of the parent too: it may go first
    WorkerDone m_done;
    QTimer m_timer;
    QFutureWatcher<Status> m_watcher;
};

} // namespace

QProgressDialog* startOnWorker(QWidget* parent, const QString& label, bool cancellable,
                               WorkerWork work, WorkerDone done) {
    return (new WorkerRun(parent, label, cancellable, std::move(work), std::move(done)))->dialog();
}

} // namespace mm
