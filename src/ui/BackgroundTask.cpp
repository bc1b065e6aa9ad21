#include "ui/BackgroundTask.h"

#include "data/Database.h"

#include <QApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <atomic>

namespace mm {

Status runOnWorker(QWidget* parent, const QString& label, bool cancellable,
                   const std::function<Status(const TaskProgress& progress)>& work) {
    QProgressDialog dialog(label, QApplication::translate("mm::BackgroundTask", "Cancel"), 0, 1000,
                           parent);
    if (!cancellable) {
        dialog.setCancelButton(nullptr);
        dialog.setRange(0, 0); // a busy indicator: such work does not report shares either
    }
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);

    std::atomic<int> permille{0};
    std::atomic<bool> cancelled{false};
    Status result = Ok{};

    QThread* thread = QThread::create([&] {
        const TaskProgress progress = [&](double share) {
            permille = static_cast<int>(share * 1000);
            return !cancelled.load();
        };
        result = work(progress);
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] { cancelled = true; });
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &dialog,
                     [&] { dialog.setValue(cancellable ? permille.load() : 0); });
    timer.start(100);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    return result;
}

Status runInBackground(
    QWidget* parent, const Database& db, const QString& label,
    const std::function<Status(Database& connection, const TaskProgress& progress)>& work) {
    return runOnWorker(parent, label, true, [&](const TaskProgress& progress) -> Status {
        auto connection = db.openAnotherConnection();
        if (!connection)
            return connection.error();
        return work(**connection, progress);
    });
}

} // namespace mm
